/**
 * Stems for grouping the forms of a word: Porter's algorithm (M. F. Porter, "An algorithm for
 * suffix stripping", Program 14(3), 1980) — the stemmer behind Elasticsearch's `english`
 * analyzer — from the `stemmer` package. It strips suffixes only, never prefixes, so
 * "unchanged", "inactive" and "increased" keep stems of their own (negation.ts guards this).
 */
import { stemmer } from 'stemmer';

/** Recorded with every lexicon: a lexicon is used only with the stemmer that built it. */
export const STEMMER = 'porter-1980';

/**
 * Words left as written: Porter reduces them to a word of another meaning in radiology prose
 * ("likely" → "like", as in "band-like").
 */
const KEEP_AS_WRITTEN: ReadonlySet<string> = new Set(['likely']);

export function stem(word: string): string {
  const w = word.toLowerCase();
  return KEEP_AS_WRITTEN.has(w) ? w : stemmer(w);
}

export type StemFunction = (word: string) => string;
