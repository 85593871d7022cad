/** Per-read gaze metrics. Header to be completed with each definition and its source. */
import type { GazeMetrics, ReadMetricInput } from './contract.ts';

export function readGazeMetrics(_input: ReadMetricInput): GazeMetrics {
  throw new Error('not implemented');
}
