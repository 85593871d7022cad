/**
 * Named thresholds of the reading-process metrics (docs/metrics.md#thresholds) and the
 * `metrics` object of a dataset's `dataset.json` that may override them.
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
export function resolveThresholds(_override?: Partial<MetricThresholds> | null): MetricThresholds {
  throw new Error('not implemented');
}
