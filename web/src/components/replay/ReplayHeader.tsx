/** Who read what: reader, strategy, duration, findings with certainty; links to the case and multi-reader mode. */
import Link from 'next/link';
import { formatClock } from '@/lib/replay-clock';
import { readerSummary, type ReplayReadModel } from './replay-model';
import styles from './replay.module.css';

export function ReplayHeader({
  read,
  imageId,
  readCount,
  strategyLabel,
}: {
  read: ReplayReadModel;
  imageId: string;
  readCount: number;
  strategyLabel: (s: string) => string;
}) {
  return (
    <header className={styles.head}>
      <div>
        <h1>Replay of read {read.id}</h1>
        <p>
          {readerSummary(read.reader)} · strategy: {strategyLabel(read.strategy)} · {formatClock(read.durationSec)} long
        </p>
        <p>
          Image <Link href={`/images/${encodeURIComponent(imageId)}`}>{imageId}</Link>
          {readCount > 1 && (
            <>
              {' · '}
              <Link href={`/reads/${encodeURIComponent(read.id)}?multi=1`} data-testid="multi-link">
                Replay all {readCount} readers of this image together
              </Link>
            </>
          )}
        </p>
      </div>
      <FindingList findings={read.findings} />
    </header>
  );
}

export function FindingList({ findings }: { findings: ReplayReadModel['findings'] }) {
  if (findings.length === 0) return <p className={styles.muted}>No findings reported.</p>;
  return (
    <ul className={styles.findings} aria-label="Findings reported">
      {[...findings]
        .sort((a, b) => b.certainty - a.certainty)
        .map((f) => (
          <li key={f.finding} title={`Certainty ${f.certainty} of 5`}>
            {f.label}{' '}
            <span className={styles.certainty}>
              · {f.certaintyName} ({f.certainty}/5)
            </span>
          </li>
        ))}
    </ul>
  );
}
