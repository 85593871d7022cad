/**
 * Hedge detection: the uncertainty markers of the vocabulary (HEDGES) found in a sentence. The
 * one detector the generator, the importers and anything else that labels reasoning text use,
 * so a sentence gets the same hedges whichever way it entered the dataset.
 *
 * Rules: case-insensitive; whole words only (a hedge is not found inside a longer word:
 * "likely" is not in "unlikely"); a longer hedge wins over one it overlaps ("less likely" is
 * not also "likely", "cannot be excluded" not also "excluded"); each hedge reported once, in
 * the order it first appears in the text.
 */
import { HEDGES, type Hedge } from '../vocabulary.ts';

const LONGEST_FIRST = [...HEDGES].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters or digits on either side mean the hedge is part of a longer word.
const PATTERNS = LONGEST_FIRST.map(
  (h) => [h, new RegExp(`(?<![\\p{L}\\p{N}])${escape(h)}(?![\\p{L}\\p{N}])`, 'giu')] as const,
);

export function findHedges(text: string): Hedge[] {
  const hits: { at: number; end: number; hedge: Hedge }[] = [];
  for (const [hedge, re] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index;
      const end = at + m[0].length;
      if (!hits.some((h) => at < h.end && end > h.at)) hits.push({ at, end, hedge });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.hedge))];
}
