/** The reads of this image: who read it, how, how long, what they found; each links to its replay. */
import Link from 'next/link';
import type { FindingMissFieldsFragment, GazeSummaryFieldsFragment, ImageCaseQuery } from '@/generated/graphql';
import { MISS_TYPES, MISS_TYPE_INFO, fmt } from '@/lib/gaze-metrics';
import styles from './case.module.css';

type Image = NonNullable<ImageCaseQuery['image']>;

const ROLE: Record<string, string> = { RESIDENT: 'Resident', FELLOW: 'Fellow', ATTENDING: 'Attending' };

function duration(s: number) {
  const m = Math.floor(s / 60);
  const r = Math.round(s % 60);
  return m > 0 ? `${m} min ${r} s` : `${r} s`;
}

export function ReadsOfImage({ image, strategyLabel }: { image: Image; strategyLabel: (s: string) => string }) {
  return (
    <section className={styles.panel} aria-labelledby="reads-title" data-testid="reads-of-image">
      <div className={styles.panelHead}>
        <h2 id="reads-title">Reads ({image.reads.length})</h2>
        {image.reads.length > 1 && (
          <Link href={`/images/${encodeURIComponent(image.id)}/replay`} data-testid="replay-all">
            Replay all readers together
          </Link>
        )}
      </div>
      {image.reads.length === 0 ? (
        <p className={styles.muted}>No reads of this image.</p>
      ) : (
        <ul className={styles.reads}>
          {image.reads.map((r) => (
            <li key={r.id} data-read-id={r.id}>
              <div className={styles.readHead}>
                <Link href={`/reads/${encodeURIComponent(r.id)}`} className={styles.replayLink}>
                  ▶ Replay {r.id}
                </Link>
                <span className={styles.muted}>{duration(r.durationSec)}</span>
              </div>
              <p className={styles.readMeta}>
                {r.reader.countryName} ({r.reader.country}) · {ROLE[r.reader.role] ?? r.reader.role} ·{' '}
                {Math.round(r.reader.experienceYears)} y experience · {strategyLabel(r.strategy)}
                {r.strategySource === 'DERIVED' ? ' (derived from the track)' : ''}
              </p>
              <p className={styles.readMeta}>
                {r.trackSummary
                  ? `${r.trackSummary.samplingHz ? `${r.trackSummary.samplingHz} Hz gaze` : 'sparse attention samples'}, ${r.trackSummary.fixationCount} fixations${r.trackSummary.hasViewport ? ', viewport events' : ''}`
                  : 'no attention track'}
                {r.reasoning.hasWordTimings ? ' · word timings' : ''}
                {r.reasoning.hedgeCount > 0
                  ? ` · ${r.reasoning.hedgeCount} hedge${r.reasoning.hedgeCount === 1 ? '' : 's'}`
                  : ''}
              </p>
              {r.gaze && <GazeLine gaze={r.gaze} findingGaze={r.findingGaze} />}
              {r.findings.length === 0 ? (
                <p className={styles.muted}>No findings.</p>
              ) : (
                <ul className={styles.findingList}>
                  {[...r.findings]
                    .sort((a, b) => b.certainty - a.certainty)
                    .map((f) => (
                      <li
                        key={f.finding}
                        className={f.certainty >= 3 ? styles.positive : styles.negative}
                        title={`Certainty ${f.certainty}/5`}
                      >
                        {f.label} <span className={styles.muted}>{f.certaintyName}</span>
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Lung coverage and the findings the reader missed (docs/metrics.md); said to be synthetic gaze in the demo. */
function GazeLine({
  gaze,
  findingGaze,
}: {
  gaze: GazeSummaryFieldsFragment;
  findingGaze: readonly FindingMissFieldsFragment[];
}) {
  const missed = MISS_TYPES.flatMap((m) => findingGaze.filter((f) => f.missType === m));
  return (
    <p className={styles.readMeta} data-testid="read-gaze">
      Lung coverage {fmt.share(gaze.lungCoverage)}
      {missed.length > 0
        ? ` · missed: ${missed.map((f) => `${f.label} (${MISS_TYPE_INFO[f.missType!].short.toLowerCase()})`).join(', ')}`
        : ' · no finding missed'}
      {gaze.synthetic ? ' · synthetic gaze' : ''}
    </p>
  );
}
