/** What the coverage overlay's colours mean, with the radius it uses and where the lung fields came from. */
import type { LungFieldSource } from '@/generated/graphql';
import { LUNG_FIELD_SOURCE_TEXT, MISS_TYPES, MISS_TYPE_INFO } from '@/lib/gaze-metrics';
import { COVERED_COLOR, REPORTED_COLOR, UNCOVERED_COLOR } from './draw-coverage';
import styles from './metrics.module.css';
import replay from './replay.module.css';

export function CoverageLegend({
  radiusPx,
  radiusDeg,
  source,
  missTypes,
}: {
  radiusPx: number;
  radiusDeg: number;
  source: LungFieldSource;
  /** Miss types among this read's findings (only those get a legend line). */
  missTypes: ReadonlySet<string>;
}) {
  return (
    <section className={replay.panel} aria-labelledby="coverage-legend-title" data-testid="coverage-legend">
      <h2 id="coverage-legend-title">Coverage overlay</h2>
      <ul className={replay.legendList}>
        <li>
          <span className={styles.legendSwatch} style={{ background: COVERED_COLOR, opacity: 0.7 }} />
          <span>
            Lung field covered so far: within {radiusDeg}° ({Math.round(radiusPx)} px) of a fixation
          </span>
        </li>
        <li>
          <span className={styles.legendSwatch} style={{ background: UNCOVERED_COLOR, opacity: 0.7 }} />
          <span>Lung field not covered (yet)</span>
        </li>
        <li>
          <span className={styles.legendSwatch} style={{ borderColor: REPORTED_COLOR }} />
          <span>Region of a reported finding</span>
        </li>
        {MISS_TYPES.filter((m) => missTypes.has(m)).map((m) => (
          <li key={m}>
            <span className={styles.legendSwatch} style={{ borderColor: MISS_TYPE_INFO[m].color }} />
            <span>Region of a {MISS_TYPE_INFO[m].label.toLowerCase()}</span>
          </li>
        ))}
      </ul>
      <p className={replay.muted}>
        Lung fields from {LUNG_FIELD_SOURCE_TEXT[source]}. At the end of the read the green share is the lung-coverage
        metric.
      </p>
    </section>
  );
}
