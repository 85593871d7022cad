/**
 * Which text analysis an index uses, recorded in the reads index `_meta.search` at ingest and
 * read back by the API (Dataset.search) and by the query compiler (the lexicon).
 *
 * The index analyses text with the standard analyzer (English stop words) on every cluster.
 * Stemming and synonyms are query-time expansion, the same on any cluster: the engine's own
 * stemmers (analysis-common) are detected and recorded when the indices are created, as a
 * fact about the cluster, but search never depends on them.
 */
import type { EngineClient } from '../engine.ts';
import type { LexiconData } from './lexicon.ts';
import { STEMMER } from './stems.ts';

export interface SearchAnalysis {
  /** Analyzer of the text fields (search-index/src/indices/reads.ts). */
  analyzer: string;
  /** Query words expand into the corpus forms sharing their stem (text/lexicon.ts). */
  stemming: 'lexicon-expansion';
  /** Query words and phrases expand through the thesaurus (text/synonyms.ts). */
  synonyms: 'thesaurus-expansion';
  /** Whether the cluster had stemming token filters when the indices were created. */
  engineStemmers: boolean;
  lexicon: LexiconData;
}

/** True when an index's recorded analysis is what this code builds (else re-ingest to get stemming). */
export function searchAnalysisCurrent(search: SearchAnalysis | undefined): search is SearchAnalysis {
  return search?.stemming === 'lexicon-expansion' && search.lexicon.stemmer === STEMMER;
}

/** Whether the cluster has analysis-common's stemmers (the Maven integ-test build has not). */
export async function engineHasStemmers(client: EngineClient): Promise<boolean> {
  try {
    const res = await client.indices.analyze({ tokenizer: 'standard', filter: ['porter_stem'], text: 'effusions' });
    return res.tokens?.[0]?.token === 'effus';
  } catch {
    return false;
  }
}

/** `filter_path` of a mapping request that leaves the lexicon's words out (they are large). */
export const META_WITHOUT_LEXICON_WORDS = ['*.mappings._meta', '-*.mappings._meta.search.lexicon.words'];
/** `filter_path` of a mapping request for the search analysis alone, lexicon included. */
export const SEARCH_ANALYSIS_PATH = ['*.mappings._meta.search'];
