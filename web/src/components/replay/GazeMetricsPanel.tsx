'use client';
/**
 * "Gaze metrics" beside the reasoning: the API's per-read figures (docs/metrics.md#per-read) and,
 * per finding present on the image or reported by the reader, time to first fixation, dwell,
 * visits, eye-voice span and, for a present finding left unreported, its miss type with a
 * one-line explanation. Values are the API's, computed at ingest; nothing is recomputed here.
 * Clicking a time to first fixation seeks the replay there; pointing at a finding singles out its
 * region on the image.
 */
import type {
  FindingGazeFieldsFragment,
  GazeMetricsFieldsFragment,
  PeerSimilarityFieldsFragment,
} from '@/generated/graphql';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import {
  LUNG_FIELD_SOURCE_TEXT,
  MISS_TYPE_INFO,
  REGION_SOURCE_TEXT,
  describeFixationMethod,
  fmt,
  formatSpan,
  type ThresholdsShown,
} from '@/lib/gaze-metrics';
import styles from './metrics.module.css';

type Gaze = GazeMetricsFieldsFragment;
type FindingGaze = FindingGazeFieldsFragment;

interface Props {
  gaze: Gaze | null;
  findingGaze: readonly FindingGaze[];
  peer: PeerSimilarityFieldsFragment | null;
  thresholds: ThresholdsShown;
  onSeek: (t: number) => void;
  /** A finding pointed at or focused (null when left): the replay singles out its region. */
  onHoverFinding?: (finding: string | null) => void;
}

export function GazeMetricsPanel({ gaze, findingGaze, peer, thresholds, onSeek, onHoverFinding }: Props) {
  const synthetic = !!gaze?.synthetic || findingGaze.some((f) => f.synthetic);
  return (
    <section className={styles.metrics} aria-labelledby="gaze-metrics-title" data-testid="gaze-metrics">
      <header className={styles.head}>
        <h2 id="gaze-metrics-title">Gaze metrics</h2>
        <SyntheticNotice synthetic={synthetic} subject="metrics" />
      </header>
      {!gaze ? (
        <p className={styles.missing}>This read has no attention track, so no gaze metrics.</p>
      ) : (
        <>
          <ReadFigures gaze={gaze} peer={peer} />
          <p className={styles.source} data-testid="gaze-sources">
            Lung fields: {LUNG_FIELD_SOURCE_TEXT[gaze.lungFieldSource]}. Fixations{' '}
            {describeFixationMethod(gaze.fixationMethod)}. Coverage radius: the useful field of view,{' '}
            {thresholds.usefulFieldOfViewDeg}° ({Math.round(gaze.usefulFieldOfViewPx)} image px).
          </p>
          <FindingList findings={findingGaze} thresholds={thresholds} onSeek={onSeek} onHover={onHoverFinding} />
        </>
      )}
    </section>
  );
}

function ReadFigures({ gaze, peer }: { gaze: Gaze; peer: Props['peer'] }) {
  const rows: [key: string, label: string, value: string, help: string][] = [
    ['fixationCount', 'Fixations', fmt.count(gaze.fixationCount), 'Number of fixations in the read'],
    ['meanFixationMs', 'Mean fixation', fmt.ms(gaze.meanFixationMs), 'Mean fixation duration'],
    ['medianFixationMs', 'Median fixation', fmt.ms(gaze.medianFixationMs), 'Median fixation duration'],
    ['lungDwellSec', 'Dwell on the lungs', fmt.sec(gaze.lungDwellSec, 1), 'Total fixation time on the lung fields'],
    [
      'lungCoverage',
      'Lung coverage',
      fmt.share(gaze.lungCoverage),
      'Share of the lung-field area within the useful field of view of at least one fixation',
    ],
    ['meanSaccadeDeg', 'Mean saccade', fmt.deg(gaze.meanSaccadeDeg), 'Mean saccade amplitude, degrees of visual angle'],
    [
      'scanpathLengthDeg',
      'Scanpath length',
      fmt.deg(gaze.scanpathLengthDeg, 0),
      'Sum of the saccade amplitudes, degrees of visual angle',
    ],
    [
      'ttffLungSec',
      'First look at the lungs',
      fmt.sec(gaze.ttffLungSec),
      'Time to the first fixation on the lung fields',
    ],
    [
      'searchBeforeSpeechShare',
      'Search before speech',
      fmt.share(gaze.searchBeforeSpeechShare),
      'Share of the read before the first reasoning step',
    ],
    [
      'eyeVoiceSpanSec',
      'Eye-voice span (mean)',
      formatSpan(gaze.eyeVoiceSpanSec),
      'Mean over the findings of the time from the first look at the finding to the first word naming it',
    ],
  ];
  if (peer) {
    const peers = `the image’s ${peer.peers} other ${peer.peers === 1 ? 'read' : 'reads'}`;
    rows.push(
      [
        'peerMultimatch',
        'Peer similarity (MultiMatch)',
        fmt.sim(peer.multimatch),
        `Mean MultiMatch similarity (mean of its five dimensions) to ${peers}, 0–1`,
      ],
      ['peerAoi', 'Peer similarity (AOI)', fmt.sim(peer.aoiLevenshtein), `Mean AOI-string similarity to ${peers}, 0–1`],
    );
  }
  return (
    <dl className={styles.figures} data-testid="gaze-figures">
      {rows.map(([key, label, value, help]) => (
        <div key={key} className={styles.figure} title={help} data-metric={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function FindingList({
  findings,
  thresholds,
  onSeek,
  onHover,
}: {
  findings: readonly FindingGaze[];
  thresholds: ThresholdsShown;
  onSeek: (t: number) => void;
  onHover?: (finding: string | null) => void;
}) {
  if (findings.length === 0)
    return <p className={styles.muted}>No finding is present on the image or reported by this reader.</p>;
  // Misses first (what a teacher looks for), then reported findings; each group by label.
  const sorted = [...findings].sort(
    (a, b) => Number(!!b.missType) - Number(!!a.missType) || a.label.localeCompare(b.label),
  );
  return (
    <section aria-labelledby="finding-gaze-title">
      <h3 id="finding-gaze-title" className={styles.subhead}>
        Per finding
      </h3>
      <ul className={styles.findingList}>
        {sorted.map((f) => (
          <li
            key={f.finding}
            className={styles.finding}
            data-testid="finding-gaze"
            data-finding={f.finding}
            onPointerEnter={() => onHover?.(f.finding)}
            onPointerLeave={() => onHover?.(null)}
            onFocus={() => onHover?.(f.finding)}
            onBlur={() => onHover?.(null)}
          >
            <div className={styles.findingHead}>
              <h4>{f.label}</h4>
              <span className={styles.status}>
                {f.reported
                  ? `reported (${f.certainty}/5)`
                  : f.certainty != null
                    ? `not reported (${f.certainty}/5)`
                    : 'not reported'}
                {f.present ? ' · present on the image' : ' · not present by reference or consensus'}
              </span>
              {f.missType && (
                <span
                  className={styles.missTag}
                  style={{ borderColor: MISS_TYPE_INFO[f.missType].color }}
                  data-testid="miss-type"
                  data-miss-type={f.missType}
                >
                  <span className={styles.missDot} style={{ background: MISS_TYPE_INFO[f.missType].color }} />
                  {MISS_TYPE_INFO[f.missType].label}
                </span>
              )}
            </div>
            {f.missType && <p className={styles.explain}>{MISS_TYPE_INFO[f.missType].explain(thresholds)}</p>}
            <dl className={styles.findingFigures}>
              <div data-metric="ttffSec">
                <dt>First look</dt>
                <dd>
                  {f.ttffSec == null ? (
                    'never'
                  ) : (
                    <button
                      type="button"
                      className={styles.seek}
                      onClick={() => onSeek(f.ttffSec!)}
                      aria-label={`First look at ${f.label} after ${fmt.sec(f.ttffSec)}: go there`}
                    >
                      {fmt.sec(f.ttffSec)}
                    </button>
                  )}
                </dd>
              </div>
              <div data-metric="dwellSec" title={`First pass ${fmt.sec(f.firstPassDwellSec)}`}>
                <dt>Dwell</dt>
                <dd>{fmt.sec(f.dwellSec)}</dd>
              </div>
              <div data-metric="visits" title={`${f.fixationCount} fixations`}>
                <dt>Visits</dt>
                <dd>{fmt.count(f.visits)}</dd>
              </div>
              <div data-metric="eyeVoiceSpanSec" title="From the first look to the first word naming the finding">
                <dt>Eye-voice</dt>
                <dd>{formatSpan(f.eyeVoiceSpanSec)}</dd>
              </div>
            </dl>
            <p className={styles.regionNote}>
              {f.region && f.regionSource
                ? `Region: ${REGION_SOURCE_TEXT[f.regionSource]}.`
                : 'No region is known for this finding, so no gaze on it can be measured.'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
