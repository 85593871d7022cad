/** Pairwise scanpath similarity of the reads of one image, and each read's mean similarity to its peers. */
import type { Fixation } from '../model.ts';
import type { ScanpathPair } from './contract.ts';

export interface PeerSimilarity {
  /** Mean over this read's pairs of the mean of the five MultiMatch dimensions (null: no pair). */
  multimatch: number | null;
  /** Mean AOI-Levenshtein similarity over this read's pairs (null: no pair). */
  aoiLevenshtein: number | null;
}

export function imageScanpathPairs(
  _reads: ReadonlyArray<{ readId: string; fixations: readonly Fixation[] }>,
  _size: { width: number; height: number },
): { pairs: ScanpathPair[]; peers: Map<string, PeerSimilarity> } {
  throw new Error('not implemented');
}
