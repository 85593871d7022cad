/**
 * Words of free text as the search engine's `standard` tokenizer sees them: Unicode word
 * boundaries (UAX #29, which Lucene's StandardTokenizer implements and Intl.Segmenter
 * exposes), lower-cased. The lexicon and the query expansion agree with the index this way.
 */
const SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' });

/** Letters only: the words stemming and synonyms apply to (numbers, codes and "patient's" are left as written). */
export function isPlainWord(word: string): boolean {
  return /^\p{L}+$/u.test(word);
}

/** The plain words of a text, lower-cased, in order (repeats kept). */
export function plainWords(text: string | null | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const s of SEGMENTER.segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase();
    if (isPlainWord(w)) out.push(w);
  }
  return out;
}
