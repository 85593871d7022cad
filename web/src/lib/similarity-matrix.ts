/**
 * The multi-reader similarity matrix from the API's pairwise scores (Image.scanpathSimilarity):
 * one value per pair and dimension, and an order of the readers that puts similar scanpaths
 * next to each other. The scores themselves are computed at ingest (MultiMatch, Jarodzka et al.
 * 2010 and Dewhurst et al. 2012; AOI-string Levenshtein, Brandt & Stark 1997); nothing here
 * computes a similarity.
 *
 * Order (greedy seriation, nearest neighbour): start with the reader whose mean similarity to
 * the others is highest (the most typical scanpath), then repeatedly append the unplaced reader
 * most similar to the last one placed. Ties (within 1e-9, so sums in another order still tie)
 * keep the input order. Pairs without a score (a scanpath too short for MultiMatch) count as
 * least similar.
 */

export const SIMILARITY_DIMENSIONS = ['vector', 'direction', 'length', 'position', 'duration', 'aoi'] as const;
export type SimilarityDimension = (typeof SIMILARITY_DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<SimilarityDimension, string> = {
  vector: 'MultiMatch: vector (shape)',
  direction: 'MultiMatch: direction',
  length: 'MultiMatch: saccade length',
  position: 'MultiMatch: position',
  duration: 'MultiMatch: fixation duration',
  aoi: 'AOI-string Levenshtein',
};

export const DIMENSION_HELP: Record<SimilarityDimension, string> = {
  vector: 'Difference of the aligned saccade vectors, relative to the image diagonal.',
  direction: 'Difference of the aligned saccades’ angles.',
  length: 'Difference of the aligned saccades’ amplitudes, relative to the image diagonal.',
  position: 'Distance between the aligned fixations, relative to the image diagonal.',
  duration: 'Difference of the aligned fixations’ durations.',
  aoi: 'Fixations as a string of 5×5-grid regions, repeats collapsed: 1 − edit distance / longer length.',
};

export interface PairScores {
  readA: string;
  readB: string;
  multimatch: { vector: number; direction: number; length: number; position: number; duration: number } | null;
  aoiLevenshtein: number;
}

export function pairValue(p: PairScores, dim: SimilarityDimension): number | null {
  if (dim === 'aoi') return p.aoiLevenshtein;
  return p.multimatch ? p.multimatch[dim] : null;
}

/** Symmetric lookup of one dimension: value(a, b) is null for a pair the API did not score. */
export function similarityLookup(
  pairs: readonly PairScores[],
  dim: SimilarityDimension,
): (a: string, b: string) => number | null {
  const m = new Map<string, number | null>();
  for (const p of pairs) {
    const v = pairValue(p, dim);
    m.set(`${p.readA}\u0000${p.readB}`, v);
    m.set(`${p.readB}\u0000${p.readA}`, v);
  }
  return (a, b) => m.get(`${a}\u0000${b}`) ?? null;
}

/** Mean of the scored pairs of `id` with the other `ids`, or null when none is scored. */
export function meanSimilarity(
  id: string,
  ids: readonly string[],
  value: (a: string, b: string) => number | null,
): number | null {
  let sum = 0;
  let n = 0;
  for (const other of ids) {
    if (other === id) continue;
    const v = value(id, other);
    if (v === null) continue;
    sum += v;
    n++;
  }
  return n ? sum / n : null;
}

/** The readers in seriation order (see the module header). */
export function orderBySimilarity(
  ids: readonly string[],
  pairs: readonly PairScores[],
  dim: SimilarityDimension,
): string[] {
  if (ids.length < 3) return [...ids];
  const value = similarityLookup(pairs, dim);
  const score = (v: number | null) => v ?? -Infinity;
  const means = new Map(ids.map((id) => [id, score(meanSimilarity(id, ids, value))]));
  const left = [...ids];
  let start = 0;
  left.forEach((id, i) => {
    if (above(means.get(id)!, means.get(left[start]!)!)) start = i;
  });
  const order = left.splice(start, 1);
  while (left.length) {
    const last = order[order.length - 1]!;
    let best = 0;
    left.forEach((id, i) => {
      if (above(score(value(last, id)), score(value(last, left[best]!)))) best = i;
    });
    order.push(...left.splice(best, 1));
  }
  return order;
}

const TIE = 1e-9;
const above = (a: number, b: number) => a > b + TIE;
