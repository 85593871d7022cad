/** What the marks on the image mean, including which fixation sizing is in use. */
import type { FixationSizing } from '@/lib/replay-fixation-size';
import { HEATMAP_GRADIENT_CSS, heatmapSigmaPx } from '@/lib/replay-heatmap';
import { withAlpha } from './draw-gaze';
import styles from './replay.module.css';

export function OverlayLegend({
  sizing,
  color,
  pixelsPerDegree,
  leadSec,
  hasViewport,
  heatmapOn,
}: {
  sizing: FixationSizing;
  color: string;
  pixelsPerDegree: number | null;
  leadSec: number;
  hasViewport: boolean;
  heatmapOn: boolean;
}) {
  return (
    <section className={styles.panel} aria-label="Legend" data-testid="overlay-legend" data-sizing={sizing.mode}>
      <h2>Legend</h2>
      <ul className={styles.legendList}>
        <li>
          <span className={styles.swatch} style={{ background: withAlpha(color, 0.5), borderColor: color }} />
          <span>Fixation, numbered in order. {sizing.legend}</span>
        </li>
        <li>
          <span
            className={styles.swatch}
            style={{ background: 'rgba(255,59,48,0.55)', borderColor: '#fff', outline: '2px solid #ff3b30' }}
          />
          <span>Current fixation</span>
        </li>
        <li>
          <span className={styles.swatch} style={{ borderColor: '#00e5ff', borderStyle: 'dashed' }} />
          <span>Fixations in the {leadSec} s before the linked word was said</span>
        </li>
        <li>
          <span
            className={styles.swatch}
            style={{ background: color, width: 8, height: 8, border: '1px solid #000' }}
          />
          <span>Gaze now; lines: saccades (and raw samples, when shown)</span>
        </li>
        {hasViewport && (
          <li>
            <span className={styles.swatch} style={{ borderColor: color, borderStyle: 'dashed', borderRadius: 2 }} />
            <span>The part of the image the reader had on screen</span>
          </li>
        )}
        {heatmapOn && (
          <li>
            <span
              className={styles.swatch}
              style={{
                background: HEATMAP_GRADIENT_CSS,
                borderRadius: 2,
                width: 28,
              }}
            />
            <span>
              Heatmap: dwell time, Gaussian σ ={' '}
              {pixelsPerDegree
                ? `1° (${heatmapSigmaPx(pixelsPerDegree)} px)`
                : `${heatmapSigmaPx(null)} px (default; pixels per degree unknown)`}
              , scaled to its maximum
            </span>
          </li>
        )}
      </ul>
    </section>
  );
}
