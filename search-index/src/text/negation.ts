/**
 * Negation guard: a search for a word never matches its opposite. English negates with a
 * prefix ("unchanged", "inactive", "nonspecific", "abnormal"), and a stemmer that stripped
 * prefixes (hunspell's en_US affix rules do) would put both in one group. The lexicon drops
 * any form that is another form with a negating prefix, whatever the stemmer says.
 */
import type { StemFunction } from './stems.ts';

export const NEGATING_PREFIXES = ['non', 'un', 'in', 'im', 'ir', 'il', 'dis', 'ab', 'an', 'a'] as const;

/** Word pairs a search must keep apart ([word, its opposite]); the unit tests check each. */
export const NEGATION_GUARD: ReadonlyArray<readonly [string, string]> = [
  ['changed', 'unchanged'],
  ['active', 'inactive'],
  ['crease', 'increased'],
  ['remarkable', 'unremarkable'],
  ['likely', 'unlikely'],
  ['specific', 'nonspecific'],
  ['typical', 'atypical'],
  ['symmetric', 'asymmetric'],
  ['regular', 'irregular'],
  ['complete', 'incomplete'],
  ['calcified', 'noncalcified'],
  ['displaced', 'nondisplaced'],
  ['mobile', 'immobile'],
  ['continuous', 'discontinuous'],
  ['definite', 'indefinite'],
  ['normal', 'abnormal'],
];

/** True when one word is the other with a negating prefix (compared by stem). */
export function isNegationPair(a: string, b: string, stemOf: StemFunction): boolean {
  return negates(a, b, stemOf) || negates(b, a, stemOf);
}

function negates(negated: string, plain: string, stemOf: StemFunction): boolean {
  return NEGATING_PREFIXES.some((p) => {
    if (!negated.startsWith(p) || plain.startsWith(p)) return false;
    const rest = negated.slice(p.length);
    return rest.length >= 3 && stemOf(rest) === stemOf(plain);
  });
}
