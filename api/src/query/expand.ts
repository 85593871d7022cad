/**
 * Query-time expansion of search text: stemming through the dataset's lexicon and synonyms
 * through the thesaurus (search-index/src/text/), written back into the same simple syntax the
 * user wrote, so the compiled query, the highlights and every count follow one text.
 *
 *   effusions            → (effusions | effusion | "pleural effusion" | "pleural fluid" | …)
 *   -nodules             → -(nodules | nodule | "pulmonary nodule" | …)
 *   "pleural effusions"  → ("pleural effusions" | "pleural effusion" | effusion | …)
 *   enlarged cardiac silhouette → ((enlarged cardiac silhouette) | cardiomegaly | …)
 *
 * Only plain words (letters only) and phrases of plain words are expanded; everything else —
 * operators, prefix*, numbers, "patient's" — is passed through exactly as written. Each word's
 * forms come from the lexicon, which never pairs a word with its negation ("changed" never
 * becomes "unchanged"). The number of alternatives is bounded so no text can compile to a
 * query beyond the engine's clause limit.
 */
import { LONGEST_TERM_WORDS, relatedTerms, type Lexicon } from '@chexthought/search-index';

/** Alternatives added across one search text; words past the budget are searched as written. */
export const MAX_ALTERNATIVES = 200;
/** Variants of one phrase (the product of its words' forms is cut here). */
export const MAX_PHRASE_VARIANTS = 8;

/** How one word or phrase of the search was widened (reported as SearchExpansion). */
export interface Expansion {
  /** The word or phrase as written (lower case). */
  term: string;
  /** Other forms of the corpus that share its stems. */
  forms: string[];
  /** Thesaurus terms searched too. */
  synonyms: string[];
}

export interface ExpandedSearch {
  /** The text the user wrote (trimmed). */
  text: string;
  /** The text sent to the engine. */
  query: string;
  expansions: Expansion[];
}

export interface ExpandOptions {
  /** The dataset's lexicon; null when the index has none (stemming off). */
  lexicon: Lexicon | null;
  synonyms: boolean;
}

/** Unexpanded: the text searched as written. */
export function asWritten(text: string): ExpandedSearch {
  return { text, query: text, expansions: [] };
}

export function expandSearch(text: string, opts: ExpandOptions): ExpandedSearch {
  if (!opts.lexicon && !opts.synonyms) return asWritten(text);
  const tokens = lex(text);
  const out: string[] = [];
  const expansions: Expansion[] = [];
  let budget = MAX_ALTERNATIVES;
  const widen = (term: string, words: string[], quoted = false): string | null => {
    const expansion = expandTerm(term, words, quoted, opts);
    const cost = expansion.alternatives.length - 1;
    if (cost === 0 || cost > budget) return null;
    budget -= cost;
    expansions.push({ term, forms: expansion.forms, synonyms: expansion.synonyms });
    return `(${expansion.alternatives.join(' | ')})`;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'phrase' && tok.words) {
      out.push(widen(tok.words.join(' '), tok.words, true) ?? tok.raw);
    } else if (tok.kind === 'word') {
      const run = opts.synonyms && !negated(tokens, i) ? wordRun(tokens, i) : [];
      const long = longestThesaurusRun(run);
      if (long > 1) {
        const words = run.slice(0, long).map((t) => t.raw.toLowerCase());
        const replaced = widen(words.join(' '), words);
        if (replaced) {
          out.push(replaced);
          i += 2 * (long - 1); // the words and the spaces between them
          continue;
        }
      }
      out.push(widen(tok.raw.toLowerCase(), [tok.raw.toLowerCase()]) ?? tok.raw);
    } else out.push(tok.raw);
  }
  return { text, query: out.join(''), expansions };
}

interface TermExpansion {
  /** Rendered alternatives, the term itself first. */
  alternatives: string[];
  forms: string[];
  synonyms: string[];
}

/**
 * The term as written, its other forms, then each thesaurus term with its forms. Words written
 * unquoted stay separate words (all must occur, anywhere), each with its forms.
 */
function expandTerm(term: string, words: string[], quoted: boolean, opts: ExpandOptions): TermExpansion {
  const synonyms = opts.synonyms ? [...relatedTerms(term)] : [];
  const related = synonyms.flatMap((s) => variantsOf(s.split(' '), opts.lexicon)).map(render);
  if (quoted || words.length === 1) {
    const variants = variantsOf(words, opts.lexicon);
    return {
      alternatives: [...new Set([...variants.map(render), ...related])],
      forms: variants.slice(1).map((v) => v.join(' ')),
      synonyms,
    };
  }
  const perWord = words.map((w) => (opts.lexicon ? opts.lexicon.formsOf(w) : [w]));
  const all = perWord.map((forms) => (forms.length === 1 ? forms[0]! : `(${forms.join(' | ')})`)).join(' ');
  return {
    alternatives: [...new Set([`(${all})`, ...related])],
    forms: perWord.flatMap((forms) => forms.slice(1)),
    synonyms,
  };
}

/** Every combination of the words' forms, the words as written first, at most MAX_PHRASE_VARIANTS. */
function variantsOf(words: string[], lexicon: Lexicon | null): string[][] {
  let combos: string[][] = [[]];
  for (const w of words) {
    const forms = lexicon ? lexicon.formsOf(w) : [w];
    combos = combos.flatMap((c) => forms.map((f) => [...c, f])).slice(0, MAX_PHRASE_VARIANTS);
  }
  return combos;
}

function render(words: string[]): string {
  return words.length === 1 ? words[0]! : `"${words.join(' ')}"`;
}

// ---------------------------------------------------------------------------------------------
// The simple syntax, as far as expansion needs it: which parts are plain words and phrases.

interface Token {
  kind: 'word' | 'phrase' | 'space' | 'other';
  raw: string;
  /** A phrase's words when they are all plain; absent otherwise (the phrase is kept as written). */
  words?: string[];
}

/** Characters that end a term in the simple syntax (besides whitespace). */
const OPERATORS = new Set(['|', '+', '(', ')', '"']);
const PLAIN = /^\p{L}+$/u;

function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    let j = i + 1;
    if (/\s/.test(c)) {
      while (j < text.length && /\s/.test(text[j]!)) j++;
      tokens.push({ kind: 'space', raw: text.slice(i, j) });
    } else if (c === '"') {
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      j = Math.min(j + 1, text.length);
      const raw = text.slice(i, j);
      const inner = raw.endsWith('"') && raw.length > 1 ? raw.slice(1, -1) : null;
      const words = inner?.trim().split(/\s+/);
      const plain = words && words.length > 0 && words.every((w) => PLAIN.test(w));
      tokens.push({ kind: 'phrase', raw, words: plain ? words.map((w) => w.toLowerCase()) : undefined });
    } else if (OPERATORS.has(c) || (c === '-' && startsTerm(tokens))) {
      tokens.push({ kind: 'other', raw: c });
    } else {
      j = i;
      while (j < text.length && !/\s/.test(text[j]!) && !OPERATORS.has(text[j]!)) j += text[j] === '\\' ? 2 : 1;
      j = Math.min(j, text.length);
      const raw = text.slice(i, j);
      // A term touching a quote is left alone: how the engine splits it there is its own affair.
      const nextIsQuote = text[j] === '"';
      tokens.push({ kind: PLAIN.test(raw) && !nextIsQuote ? 'word' : 'other', raw });
    }
    i = j;
  }
  return tokens;
}

/** '-' is NOT only where a term starts: at the beginning, after whitespace or an operator. */
function startsTerm(tokens: Token[]): boolean {
  const prev = tokens.at(-1);
  return !prev || prev.kind === 'space' || (prev.kind === 'other' && OPERATORS.has(prev.raw)) || prev.raw === '-';
}

function negated(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.raw === '-';
}

/** Consecutive plain words from i, separated by whitespace only (no operators between). */
function wordRun(tokens: Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < LONGEST_TERM_WORDS; k += 2) {
    if (tokens[k]?.kind !== 'word') break;
    run.push(tokens[k]!);
    if (tokens[k + 1]?.kind !== 'space') break;
  }
  return run;
}

/** Length of the longest prefix of the run (≥ 2 words) that is a thesaurus term; 0 when none. */
function longestThesaurusRun(run: Token[]): number {
  for (let n = run.length; n >= 2; n--)
    if (
      relatedTerms(
        run
          .slice(0, n)
          .map((t) => t.raw)
          .join(' '),
      ).length > 0
    )
      return n;
  return 0;
}
