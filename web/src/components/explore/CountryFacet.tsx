'use client';
/**
 * The country facet: up to ~250 values, so the page's main request brings the top 10 and this
 * component asks for more only when needed — a search (`contains`, matching code or name),
 * "Show all", or a checked country outside the top 10 (its count must still show). That extra
 * request carries the same filter and search, so its counts agree with the main one.
 */
import { useEffect, useId, useState } from 'react';
import type { ReadFilter, TermsFacetFieldsFragment } from '@/generated/graphql';
import { useApiQuery } from '@/lib/query';
import type { View } from '@/lib/explore-views';
import type { SearchVariables } from '@/lib/url-state';
import { ExploreCountryFacetQuery } from './explore-queries';
import { TermsFacet, type FacetBucket } from './TermsFacet';

interface Props {
  facet: TermsFacetFieldsFragment | undefined;
  selected: readonly string[];
  onToggle: (value: string) => void;
  labelOf: (value: string) => string;
  view: View;
  filter: ReadFilter | null;
  search: SearchVariables;
}

const ALL_COUNTRIES = 500;

export function CountryFacet({ facet, selected, onToggle, labelOf, view, filter, search }: Props) {
  const inputId = useId();
  const [text, setText] = useState('');
  const [contains, setContains] = useState('');
  const [expanded, setExpanded] = useState(false);

  // Debounce typing: one request per pause, not per key.
  useEffect(() => {
    const t = setTimeout(() => setContains(text.trim()), 200);
    return () => clearTimeout(t);
  }, [text]);

  const topMissesSelected = !!facet && selected.some((v) => !facet.buckets.some((b) => b.value === v));
  const needExtra = contains !== '' || expanded || topMissesSelected;
  // The main request reports API errors; this list shows nothing extra when it fails.
  const extra = useApiQuery(
    ExploreCountryFacetQuery,
    {
      filter,
      ...search,
      contains: contains || null,
      size: ALL_COUNTRIES,
      images: view === 'images',
    },
    { enabled: needExtra },
  ).data;
  const extraFacet = view === 'images' ? extra?.images?.facets.country : extra?.reads?.facets.country;
  const extraBuckets: FacetBucket[] | undefined = needExtra ? extraFacet?.buckets : undefined;
  let buckets: FacetBucket[] | undefined;
  if (contains)
    buckets = extraBuckets; // results of the search (or skeleton while it runs)
  else if (expanded) buckets = extraBuckets ?? facet?.buckets;
  else if (facet) {
    // Top 10, plus checked countries beyond it with their counts from the long list.
    const top = facet.buckets;
    const extraSelected = (extraBuckets ?? []).filter(
      (b) => selected.includes(b.value) && !top.some((t) => t.value === b.value),
    );
    buckets = [...top, ...extraSelected];
  }
  const more = facet ? facet.otherValues : 0;

  return (
    <TermsFacet
      title="Reader country"
      buckets={buckets}
      selected={selected}
      onToggle={onToggle}
      labelOf={labelOf}
      testId="facet-country"
      more={
        contains ? (
          <span />
        ) : expanded ? (
          <button type="button" className="link-button facet-more" aria-expanded onClick={() => setExpanded(false)}>
            Show top 10
          </button>
        ) : more > 0 ? (
          <button
            type="button"
            className="link-button facet-more"
            aria-expanded={false}
            onClick={() => setExpanded(true)}
          >
            Show all ({more} more)
          </button>
        ) : (
          <span />
        )
      }
    >
      <label htmlFor={inputId} className="visually-hidden">
        Find a country
      </label>
      <input
        id={inputId}
        type="search"
        className="facet-search"
        placeholder="Find a country (name or code)"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
    </TermsFacet>
  );
}
