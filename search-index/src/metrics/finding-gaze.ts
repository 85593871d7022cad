/** Per-finding gaze metrics and miss types (Kundel, Nodine & Carmody 1978). Header to be completed. */
import type { FindingGaze, ReadMetricInput } from './contract.ts';

export function findingGaze(_input: ReadMetricInput): FindingGaze[] {
  throw new Error('not implemented');
}
