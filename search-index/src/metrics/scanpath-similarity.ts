/**
 * Pairwise scanpath similarity of the reads of one image, and each read's mean similarity to
 * its peers (docs/metrics.md#scanpath-similarity).
 *
 * - Every pair (i < j, in the order given): MultiMatch (multimatch.ts) on the fixations in image
 *   pixels, normalised by the image size, and the AOI-string Levenshtein similarity on the
 *   DEFAULT_AOI_GRID grid (aoi-levenshtein.ts). Values are rounded to 1e-4.
 * - A read's peer similarity: the mean over its pairs of the mean of the five MultiMatch
 *   dimensions (pairs without MultiMatch left out), and the mean AOI similarity; null without
 *   pairs ("readers who searched unlike their peers" sort by these).
 * Each scanpath is prepared once (saccades, AOI string), so an image of k reads costs
 * k(k − 1)/2 alignments of about n × m cells.
 */
import type { Fixation } from '../model.ts';
import { aoiString, stringSimilarity } from './aoi-levenshtein.ts';
import type { MultiMatch, ScanpathPair } from './contract.ts';
import { compareSaccadePaths, saccadePath } from './multimatch.ts';
import { round } from './numbers.ts';

export interface PeerSimilarity {
  /** Mean over this read's pairs of the mean of the five MultiMatch dimensions (null: no pair). */
  multimatch: number | null;
  /** Mean AOI-Levenshtein similarity over this read's pairs (null: no pair). */
  aoiLevenshtein: number | null;
}

export function imageScanpathPairs(
  reads: ReadonlyArray<{ readId: string; fixations: readonly Fixation[] }>,
  size: { width: number; height: number },
): { pairs: ScanpathPair[]; peers: Map<string, PeerSimilarity> } {
  const prepared = reads.map((r) => ({
    readId: r.readId,
    path: saccadePath(r.fixations),
    aoi: aoiString(r.fixations, size.width, size.height),
  }));
  const sums = prepared.map(() => ({ mm: 0, mmPairs: 0, aoi: 0, aoiPairs: 0 }));
  const pairs: ScanpathPair[] = [];
  for (let i = 0; i < prepared.length; i++)
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      const mm = compareSaccadePaths(a.path, b.path, size);
      const aoi = stringSimilarity(a.aoi, b.aoi);
      pairs.push({ readA: a.readId, readB: b.readId, multimatch: mm && rounded(mm), aoiLevenshtein: round(aoi, 4) });
      for (const s of [sums[i]!, sums[j]!]) {
        s.aoi += aoi;
        s.aoiPairs++;
        if (mm) {
          s.mm += (mm.vector + mm.direction + mm.length + mm.position + mm.duration) / 5;
          s.mmPairs++;
        }
      }
    }
  const peers = new Map<string, PeerSimilarity>();
  prepared.forEach((r, i) => {
    const s = sums[i]!;
    peers.set(r.readId, {
      multimatch: s.mmPairs ? round(s.mm / s.mmPairs, 4) : null,
      aoiLevenshtein: s.aoiPairs ? round(s.aoi / s.aoiPairs, 4) : null,
    });
  });
  return { pairs, peers };
}

function rounded(mm: MultiMatch): MultiMatch {
  return {
    vector: round(mm.vector, 4),
    direction: round(mm.direction, 4),
    length: round(mm.length, 4),
    position: round(mm.position, 4),
    duration: round(mm.duration, 4),
  };
}
