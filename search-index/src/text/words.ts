/**
 * Words of free text as the search engine's `standard` tokenizer sees them (Unicode word
 * boundaries, UAX #29, which Lucene's StandardTokenizer implements), lower-cased. The parts of
 * UAX #29 that decide whether a run of letters is a word of its own are kept: letters, marks,
 * digits and "_" join, and so do letters on both sides of ' ’ . : ("patient's", "e.g" are one
 * word each). A regular expression instead of Intl.Segmenter: ten times faster at ingest.
 */
const NON_ASCII = /[^\p{ASCII}]/u;
const WORD_ASCII = /[A-Za-z0-9_]+(?:['.:][A-Za-z0-9_]+)*/g;
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.:][\p{L}\p{M}\p{N}_]+)*/gu;
const PLAIN_ASCII = /^[A-Za-z]+$/;
const PLAIN = /^\p{L}+$/u;

/** Letters only: the words stemming and synonyms apply to (numbers, codes and "patient's" are left as written). */
export function isPlainWord(word: string): boolean {
  return PLAIN.test(word);
}

/** Calls `see` with each plain word of the text, lower-cased, in order (repeats included). */
export function eachPlainWord(text: string | null | undefined, see: (word: string) => void): void {
  if (!text) return;
  const ascii = !NON_ASCII.test(text);
  const re = ascii ? WORD_ASCII : WORD;
  const plain = ascii ? PLAIN_ASCII : PLAIN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (plain.test(m[0])) see(m[0].toLowerCase());
}

/** The plain words of a text, lower-cased, in order (repeats kept). */
export function plainWords(text: string | null | undefined): string[] {
  const out: string[] = [];
  eachPlainWord(text, (w) => out.push(w));
  return out;
}
