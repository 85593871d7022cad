/**
 * The search text of a request, expanded once (query/expand.ts) and then used by everything the
 * request compiles — hits, facets, highlights, statistics, export — so they all agree. The
 * lexicon comes from the served reads index (its `_meta.search`), cached per concrete index: a
 * re-index brings its own lexicon within the alias cache's few seconds. Expanding walks the
 * lexicon and the thesaurus for every word (about 0.5 ms for "pleural effusion"), so each
 * lexicon remembers the expansions of recent texts; the results are frozen and shared.
 */
import { LRUCache } from 'lru-cache';
import { Lexicon, readSearchAnalysis, type EngineClient } from '@chexthought/search-index';
import type { SharedState } from './shared.ts';
import { engineErrorTypes } from './errors.ts';
import { asWritten, expandSearch, type ExpandedSearch } from './query/expand.ts';
import { normalizeSearch } from './query/search.ts';

/** Null without search text; `expand: false` searches the text as written. */
export async function resolveSearch(
  shared: SharedState,
  es: EngineClient,
  raw: string | null | undefined,
  expand: boolean | null | undefined,
): Promise<ExpandedSearch | null> {
  if (raw == null) return null;
  const text = normalizeSearch(raw);
  if (expand === false) return asWritten(text);
  return expanded(text, await servedLexicon(shared, es));
}

/** Texts remembered per lexicon, and the longest text remembered. */
const EXPANSIONS_PER_LEXICON = 1_000;
const MAX_REMEMBERED_CHARS = 1_000;

/** Stands for "no lexicon" as a WeakMap key. */
const NO_LEXICON = {};
const expansions = new WeakMap<object, LRUCache<string, ExpandedSearch>>();

function expanded(text: string, lexicon: Lexicon | null): ExpandedSearch {
  const expand = () => expandSearch(text, { lexicon, synonyms: true });
  if (text.length > MAX_REMEMBERED_CHARS) return expand();
  const key = lexicon ?? NO_LEXICON;
  let memo = expansions.get(key);
  if (!memo) expansions.set(key, (memo = new LRUCache({ max: EXPANSIONS_PER_LEXICON })));
  let hit = memo.get(text);
  if (!hit) memo.set(text, (hit = frozen(expand())));
  return hit;
}

function frozen(e: ExpandedSearch): ExpandedSearch {
  for (const x of e.expansions) {
    Object.freeze(x.forms);
    Object.freeze(x.synonyms);
    Object.freeze(x);
  }
  Object.freeze(e.expansions);
  return Object.freeze(e);
}

/** The lexicon of the served reads index; null when the index was built without one. */
export async function servedLexicon(shared: SharedState, es: EngineClient): Promise<Lexicon | null> {
  const index = await shared.versions.concreteIndex(es, shared.indices.reads);
  return shared.lexicons.get(index, async () => {
    try {
      const analysis = await readSearchAnalysis(es, index);
      return analysis ? Lexicon.fromData(analysis.lexicon) : null;
    } catch (err) {
      // Retired by a re-index since the alias was looked up: this request searches as written.
      if (engineErrorTypes(err).includes('index_not_found_exception')) return null;
      throw err;
    }
  });
}
