/**
 * The search text of a request, expanded once (query/expand.ts) and then used by everything the
 * request compiles — hits, facets, highlights, statistics, export — so they all agree. The
 * lexicon comes from the served reads index (its `_meta.search`), cached per concrete index: a
 * re-index brings its own lexicon within the alias cache's few seconds.
 */
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
  return expandSearch(text, { lexicon: await servedLexicon(shared, es), synonyms: true });
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
