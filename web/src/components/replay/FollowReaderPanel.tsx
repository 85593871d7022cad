/** The follow-reader switch and what it is showing (zoom, window/level approximation). */
import type { ReplayViewportEvent } from '@/lib/replay-track';
import styles from './replay.module.css';

export function FollowReaderPanel({
  hasViewport,
  follow,
  onFollow,
  state,
}: {
  hasViewport: boolean;
  follow: boolean;
  onFollow: (on: boolean) => void;
  state: { filter: string; event: ReplayViewportEvent | null };
}) {
  if (!hasViewport)
    return (
      <section className={styles.panel} aria-label="Reader's view">
        <h2>Reader&apos;s view</h2>
        <p className={styles.missing}>
          This track has no viewport events: what the reader had on screen is unknown, so the viewer cannot follow them.
        </p>
      </section>
    );
  const e = state.event;
  return (
    <section
      className={styles.panel}
      aria-label="Reader's view"
      data-testid="follow-panel"
      data-follow={follow ? 'on' : 'off'}
    >
      <h2>Reader&apos;s view</h2>
      <label className={styles.option}>
        <input type="checkbox" checked={follow} onChange={(ev) => onFollow(ev.target.checked)} />
        <span className={styles.optionText}>Follow the reader&apos;s zoom, pan and window</span>
      </label>
      {follow && e ? (
        <p className={styles.status}>
          Showing image px {Math.round(e.xmin)}–{Math.round(e.xmax)} × {Math.round(e.ymin)}–{Math.round(e.ymax)}
          {e.zoom ? `, reader's zoom ${e.zoom.toFixed(2)}×` : ''}
          {e.windowWidth && e.windowLevel
            ? `, window W ${Math.round(e.windowWidth)} / L ${Math.round(e.windowLevel)}`
            : ''}
          .
        </p>
      ) : (
        <p className={styles.status}>
          Your own view: panning or zooming leaves follow mode; switch it back on to return. The dashed box shows the
          reader&apos;s view.
        </p>
      )}
      <p className={styles.muted}>
        Window/level is approximated with CSS brightness and contrast on the 8-bit display image, not applied to the
        original pixel values.
      </p>
    </section>
  );
}
