/**
 * Named thresholds of the reading-process metrics (docs/metrics.md#thresholds) and the
 * `metrics` object of a dataset's `dataset.json` that may override them.
 *
 * - usefulFieldOfViewDeg 2.5°: radius of the useful field of view around a fixation (Kundel,
 *   Nodine & Carmody 1978; Rubin et al. 2015 use the same order of radius for lung coverage).
 * - decisionDwellSec 1.0 s: cumulative dwell separating a recognition miss from a decision miss
 *   (Kundel, Nodine & Carmody 1978; some studies use 0.5 s).
 * - ivtVelocityDegPerSec 20 °/s and minFixationSec 0.1 s: I-VT as pymovements configures it
 *   (Salvucci & Goldberg 2000).
 * - idtDispersionDeg 1.0°: I-DT dispersion limit (Salvucci & Goldberg 2000).
 */
import type { MetricThresholds } from './contract.ts';

export const DEFAULT_THRESHOLDS: MetricThresholds = {
  usefulFieldOfViewDeg: 2.5,
  decisionDwellSec: 1.0,
  ivtVelocityDegPerSec: 20,
  minFixationSec: 0.1,
  idtDispersionDeg: 1.0,
};

/** Defaults with a dataset's overrides applied (validated by the manifest's schema). */
export function resolveThresholds(override?: Partial<MetricThresholds> | null): MetricThresholds {
  const out: MetricThresholds = { ...DEFAULT_THRESHOLDS };
  if (!override) return out;
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof MetricThresholds)[]) {
    const value = override[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      throw new RangeError(`metrics.${key} must be a positive number (got ${JSON.stringify(value)})`);
    out[key] = value;
  }
  return out;
}
