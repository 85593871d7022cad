'use client';
/** Display labels and the dataset's `synthetic` flag: one request per page load, shared. */
import type { ExploreVocabularyQuery } from '@/generated/graphql';
import { useApiQuery } from '@/lib/query';
import type { ListKey } from '@/lib/url-state';
import { MISS_TYPES, MISS_TYPE_INFO } from '@/lib/gaze-metrics';
import { vocabularyLabels } from '@/lib/vocabulary-labels';
import { ExploreVocabularyQuery as VocabularyDoc } from './explore-queries';

/** The query itself (its pending and error states), for code that must wait for it. */
export function useVocabularyQuery() {
  return useApiQuery(VocabularyDoc, {}, { staleTime: Infinity });
}

/** Labels fall back to the raw values while it loads or if it fails. */
export function useVocabulary(): ExploreVocabularyQuery | null {
  return useVocabularyQuery().data ?? null;
}

export type Labeler = (key: ListKey, value: string) => string;

/** Label lookup for chips and cells; the raw value when the vocabulary has not arrived. */
export function makeLabeler(v: ExploreVocabularyQuery | null): Labeler {
  if (!v) return (_k, value) => value;
  const maps: Partial<Record<ListKey, Map<string, string>>> = {
    countries: new Map(v.vocabulary.countries.map((c) => [c.code, c.name])),
    continents: new Map(v.vocabulary.continents.map((c) => [c.code, c.name])),
    roles: new Map([
      ['RESIDENT', 'Resident'],
      ['FELLOW', 'Fellow'],
      ['ATTENDING', 'Attending'],
    ]),
    missTypes: new Map(MISS_TYPES.map((m) => [m, MISS_TYPE_INFO[m].label])),
  };
  const labels = vocabularyLabels(v.vocabulary);
  return (key, value) =>
    key === 'findings'
      ? labels.finding(value)
      : key === 'strategies'
        ? labels.strategy(value)
        : (maps[key]?.get(value) ?? value);
}
