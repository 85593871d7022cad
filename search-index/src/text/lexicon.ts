/**
 * The lexicon of a dataset: every plain word of its searched text (reasoning, impression,
 * clinical context), built at ingest and stored with the reads index. The query compiler
 * expands a query word into the forms of the corpus that share its stem ("effusions" →
 * effusion, effusions), so the engine matches and highlights the words as written, on any
 * cluster, with or without stemming analysis of its own.
 */
import type { ReadRecord } from '../model.ts';
import { isNegationPair } from './negation.ts';
import { STEMMER, stem, type StemFunction } from './stems.ts';
import { eachPlainWord } from './words.ts';

/**
 * Bound on the stored words (most frequent first): a few hundred thousand characters in the
 * index metadata at most. Radiology prose uses far fewer; the rarest words are typos.
 */
export const LEXICON_MAX_WORDS = 60_000;

/** As stored in the reads index `_meta.search.lexicon`. */
export interface LexiconData {
  stemmer: string;
  /** The words, sorted, separated by single spaces. */
  words: string;
  wordCount: number;
  /** True when rarer words beyond LEXICON_MAX_WORDS were left out. */
  truncated: boolean;
}

/** The texts of a read that search looks in (the API's SEARCH_FIELDS): reasoning, impression, clinical context. */
export function searchedTexts(read: Pick<ReadRecord, 'reasoning' | 'impression' | 'clinicalContext'>): string[] {
  return [...read.reasoning.map((s) => s.text), read.impression, read.clinicalContext.text ?? ''];
}

export class LexiconBuilder {
  private readonly counts = new Map<string, number>();

  add(text: string | null | undefined): void {
    eachPlainWord(text, (w) => this.counts.set(w, (this.counts.get(w) ?? 0) + 1));
  }

  build(maxWords = LEXICON_MAX_WORDS): LexiconData {
    let words = [...this.counts.keys()];
    const truncated = words.length > maxWords;
    if (truncated)
      words = words.sort((a, b) => this.counts.get(b)! - this.counts.get(a)! || cmp(a, b)).slice(0, maxWords);
    words.sort(cmp);
    return { stemmer: STEMMER, words: words.join(' '), wordCount: words.length, truncated };
  }
}

export class Lexicon {
  private readonly byStem = new Map<string, string[]>();

  constructor(
    words: Iterable<string>,
    private readonly stemOf: StemFunction = stem,
  ) {
    for (const w of words) {
      const key = stemOf(w);
      const group = this.byStem.get(key);
      if (group) group.push(w);
      else this.byStem.set(key, [w]);
    }
  }

  /** The stored lexicon, or null when another stemmer built it (its groups would not match ours). */
  static fromData(data: LexiconData): Lexicon | null {
    if (data.stemmer !== STEMMER) return null;
    return new Lexicon(data.words.split(' ').filter(Boolean));
  }

  /**
   * The forms of the corpus that share the word's stem, the word itself first (even when the
   * corpus lacks it), never a form that negates it or that it negates.
   */
  formsOf(word: string): string[] {
    const w = word.toLowerCase();
    const group = this.byStem.get(this.stemOf(w)) ?? [];
    return [w, ...group.filter((f) => f !== w && !isNegationPair(f, w, this.stemOf))];
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
