'use client';
/** The overlay's settings: trailing window, heatmap, raw samples, numbers, lead window, coverage. */
import type { HeatmapMode } from './GazeOverlay';
import styles from './replay.module.css';

/** Slider positions for the trailing window; the last one means "everything so far". */
export const WINDOW_STEPS = [0.5, 1, 2, 3, 5, 8, 10, 15, 20, 30, 60, Infinity] as const;

export interface OverlayChoices {
  windowSec: number;
  heatmap: HeatmapMode;
  showSamples: boolean;
  showNumbers: boolean;
  leadSec: number;
  /** Paint the lung fields' covered and uncovered parts and the finding regions. */
  coverage: boolean;
}

export function OverlayOptions({
  value,
  onChange,
  hasSamples,
  showLead = true,
  hasCoverage = false,
}: {
  value: OverlayChoices;
  onChange: (next: OverlayChoices) => void;
  hasSamples: boolean;
  showLead?: boolean;
  /** The read has gaze metrics and lung fields to paint. */
  hasCoverage?: boolean;
}) {
  const stepIndex = Math.max(
    0,
    WINDOW_STEPS.findIndex((s) => s === value.windowSec),
  );
  const set = <K extends keyof OverlayChoices>(k: K, v: OverlayChoices[K]) => onChange({ ...value, [k]: v });
  return (
    <fieldset className={styles.options}>
      <legend>Overlay</legend>
      <label className={styles.option}>
        Trailing window{' '}
        <input
          type="range"
          min={0}
          max={WINDOW_STEPS.length - 1}
          step={1}
          value={stepIndex}
          onChange={(e) => set('windowSec', WINDOW_STEPS[Number(e.target.value)]!)}
          aria-valuetext={Number.isFinite(value.windowSec) ? `last ${value.windowSec} s` : 'whole read so far'}
          data-testid="window-slider"
        />{' '}
        <output>{Number.isFinite(value.windowSec) ? `last ${value.windowSec} s` : 'all so far'}</output>
      </label>
      <label className={styles.option}>
        Heatmap{' '}
        <select
          value={value.heatmap}
          onChange={(e) => set('heatmap', e.target.value as HeatmapMode)}
          data-testid="heatmap-mode"
        >
          <option value="off">off</option>
          <option value="read">whole read</option>
          <option value="window">trailing window</option>
        </select>
      </label>
      {hasSamples && (
        <label className={styles.option}>
          <input type="checkbox" checked={value.showSamples} onChange={(e) => set('showSamples', e.target.checked)} />{' '}
          Raw gaze samples
        </label>
      )}
      <label className={styles.option}>
        <input type="checkbox" checked={value.showNumbers} onChange={(e) => set('showNumbers', e.target.checked)} />{' '}
        Fixation numbers
      </label>
      {hasCoverage && (
        <label
          className={styles.option}
          title="Lung fields covered by the useful field of view of a fixation so far, and finding regions"
        >
          <input
            type="checkbox"
            checked={value.coverage}
            onChange={(e) => set('coverage', e.target.checked)}
            data-testid="coverage-toggle"
          />{' '}
          Lung coverage and finding regions
        </label>
      )}
      {showLead && (
        <label
          className={styles.option}
          title="A word is linked to the fixations of this many seconds before it was said"
        >
          Look-before-speak lead{' '}
          <input
            type="number"
            min={0}
            max={10}
            step={0.5}
            value={value.leadSec}
            onChange={(e) => set('leadSec', Math.min(10, Math.max(0, Number(e.target.value) || 0)))}
            className={styles.numberInput}
            data-testid="lead-seconds"
          />{' '}
          s
        </label>
      )}
    </fieldset>
  );
}
