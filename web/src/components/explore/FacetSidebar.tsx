'use client';
/** Every facet of the current view, in the order researchers narrow a set down. */
import { memo } from 'react';
import type { ExploreFacetsFragment, ExploreVocabularyQuery } from '@/generated/graphql';
import { GROUP_LABELS, setRange, toReadFilter, toggleValue } from '@/lib/filters';
import { searchVariables, type ExploreState, type ListKey, type NumRange, type RangeKey } from '@/lib/url-state';
import { CertaintyFacet } from './CertaintyFacet';
import { CountryFacet } from './CountryFacet';
import { RangeFacet } from './RangeFacet';
import { TermsFacet } from './TermsFacet';
import type { StateUpdate } from './useUrlState';
import type { Labeler } from './useVocabulary';

interface Props {
  state: ExploreState;
  facets: ExploreFacetsFragment | null;
  vocabulary: ExploreVocabularyQuery | null;
  labelOf: Labeler;
  update: (next: StateUpdate, opts?: { replace?: boolean }) => void;
}

type TermsFacetName =
  'continent' | 'finding' | 'strategy' | 'experienceBand' | 'role' | 'viewPosition' | 'hedge' | 'dataset';
type NumericFacetName = 'duration' | 'experience' | 'fixationCount' | 'agreement' | 'difficulty';

const RANGES: { key: RangeKey; facet: NumericFacetName; unit: string; step: number }[] = [
  { key: 'experienceYears', facet: 'experience', unit: ' yrs', step: 1 },
  { key: 'durationSec', facet: 'duration', unit: ' s', step: 1 },
  { key: 'fixationCount', facet: 'fixationCount', unit: '', step: 1 },
  { key: 'agreement', facet: 'agreement', unit: '', step: 0.01 },
  { key: 'difficulty', facet: 'difficulty', unit: '', step: 0.01 },
];

/** Memoised: a page of rows appended while scrolling changes none of its props. */
export const FacetSidebar = memo(function FacetSidebar({ state, facets, vocabulary, labelOf, update }: Props) {
  const f = state.filters;
  const toggle = (key: ListKey) => (value: string) =>
    update((s) => ({ ...s, filters: toggleValue(s.filters, key, value) }));
  const terms = (
    key: ListKey,
    facet: TermsFacetName,
    extra: { order?: readonly string[]; collapsedCount?: number } = {},
  ) => {
    const data = facets?.[facet];
    return (
      <TermsFacet
        key={key}
        title={GROUP_LABELS[key]}
        testId={`facet-${facet}`}
        buckets={data?.buckets}
        selected={f[key]}
        onToggle={toggle(key)}
        labelOf={(v) => labelOf(key, v)}
        {...extra}
      />
    );
  };
  const range = ({ key, facet, unit, step }: (typeof RANGES)[number]) => {
    const data = facets?.[facet];
    return (
      <RangeFacet
        key={key}
        title={GROUP_LABELS[key]}
        testId={`facet-${facet}`}
        unit={unit}
        step={step}
        facet={data}
        value={f[key]}
        onCommit={(next: NumRange | undefined, domain) =>
          update((s) => ({ ...s, filters: setRange(s.filters, key, next, domain) }), { replace: true })
        }
      />
    );
  };
  const rangeOf = (key: RangeKey) => range(RANGES.find((r) => r.key === key)!);

  return (
    <div className="facet-list">
      <CountryFacet
        facet={facets?.country}
        selected={f.countries}
        onToggle={toggle('countries')}
        labelOf={(v) => labelOf('countries', v)}
        view={state.view}
        filter={toReadFilter(f)}
        search={searchVariables(state)}
      />
      {terms('continents', 'continent')}
      {terms('findings', 'finding')}
      <CertaintyFacet
        facet={facets?.certainty}
        value={f.certainty}
        scale={vocabulary?.vocabulary.certainty}
        onChange={(next) => update((s) => ({ ...s, filters: setRange(s.filters, 'certainty', next) }))}
      />
      {terms('strategies', 'strategy')}
      {terms('experienceBands', 'experienceBand', { order: vocabulary?.vocabulary.experienceBands })}
      {rangeOf('experienceYears')}
      {terms('roles', 'role')}
      {terms('viewPositions', 'viewPosition')}
      {rangeOf('durationSec')}
      {rangeOf('fixationCount')}
      {rangeOf('agreement')}
      {rangeOf('difficulty')}
      {terms('hedges', 'hedge', { collapsedCount: 6 })}
      {terms('datasets', 'dataset')}
    </div>
  );
});
