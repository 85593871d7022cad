/** I-VT fixation identification (Salvucci & Goldberg 2000). Header to be completed with the definition. */
import type { Fixation, TrackRecord } from '../model.ts';

export function ivtFixations(
  _samples: TrackRecord['samples'],
  _opts: { pixelsPerDegree: number; velocityThresholdDegPerSec: number; minFixationSec: number },
): Fixation[] {
  throw new Error('not implemented');
}
