/** MultiMatch scanpath comparison (Jarodzka et al. 2010; Dewhurst et al. 2012). Header to be completed. */
import type { Fixation } from '../model.ts';
import type { MultiMatch } from './contract.ts';

export function multimatch(
  _a: readonly Fixation[],
  _b: readonly Fixation[],
  _size: { width: number; height: number },
): MultiMatch | null {
  throw new Error('not implemented');
}
