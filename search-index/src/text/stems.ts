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

/** Stems already computed (query expansion asks for the same few words again and again). */
const MEMO = new Map<string, string>();
const MEMO_MAX = 100_000;

export function stem(word: string): string {
  const w = word.toLowerCase();
  let s = MEMO.get(w);
  if (s === undefined) {
    s = KEEP_AS_WRITTEN.has(w) ? w : stemmer(w);
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    MEMO.set(w, s);
  }
  return s;
}

export type StemFunction = (word: string) => string;
