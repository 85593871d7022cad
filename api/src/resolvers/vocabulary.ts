/** Vocabulary: static, built once from search-index's vocabularies and the enum mapping. */
import {
  CERTAINTY,
  CONTINENTS,
  COUNTRIES,
  EXPERIENCE_BANDS,
  HEDGES,
  NIH_LABEL_TO_FINDING,
  THESAURUS,
} from '@chexthought/search-index';
import type { Vocabulary as VocabularyType } from '../generated/graphql.ts';
import { CONTINENT, FINDING, ROLE, STEP_KIND, STRATEGY, VIEW_POSITION } from '../query/vocabulary-map.ts';
import { toEnum } from './enums.ts';

/** One-line descriptions of the strategies (docs/dataset-format.md#strategies has the detail). */
const STRATEGY_DESCRIPTIONS: Record<string, string> = {
  systematic: 'Checklist order (e.g. ABCDE): regions visited in a fixed sequence.',
  'global-then-focal': 'Gestalt first: a global survey, then focal inspection.',
  focal: 'Straight to the abnormality.',
  'comparison-driven': 'Prior image first, then the current one.',
  'free-search': 'No discernible order.',
};

export const VOCABULARY: VocabularyType = {
  findings: FINDING.stored.map((label) => ({
    finding: toEnum(FINDING, label),
    label,
    nihLabels: Object.entries(NIH_LABEL_TO_FINDING)
      .filter(([, f]) => f === label)
      .map(([nih]) => nih),
  })),
  strategies: STRATEGY.stored.map((s) => ({
    strategy: toEnum(STRATEGY, s),
    label: STRATEGY.label(toEnum(STRATEGY, s)),
    description: STRATEGY_DESCRIPTIONS[s] ?? '',
  })),
  countries: Object.entries(COUNTRIES)
    .map(([code, c]) => ({ code, name: c.name, continent: toEnum(CONTINENT, c.continent) }))
    .sort((a, b) => a.code.localeCompare(b.code)),
  continents: Object.entries(CONTINENTS).map(([code, name]) => ({ code: toEnum(CONTINENT, code), name })),
  certainty: CERTAINTY.map((c) => ({ value: c.value, name: c.name, probability: c.probability })),
  stepKinds: [...STEP_KIND.values],
  roles: [...ROLE.values],
  viewPositions: [...VIEW_POSITION.values],
  experienceBands: EXPERIENCE_BANDS.map((b) => b.key),
  hedges: [...HEDGES],
  searchThesaurus: THESAURUS.map((e) => ({
    finding: e.finding ? toEnum(FINDING, e.finding) : null,
    terms: [...e.terms],
    narrower: [...(e.narrower ?? [])],
  })),
};
