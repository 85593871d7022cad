'use client';
/**
 * /: what the dataset is, its headline numbers and its distributions. The page takes the same
 * URL filter state as /explore (chips, "Open in explore"), every chart follows it, and clicking
 * a bar adds that value to the filter.
 */
import Link from 'next/link';
import type { Finding, MissType } from '@/generated/graphql';
import { useMemo } from 'react';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import { FilterChips } from '@/components/explore/FilterChips';
import { UrlProblems } from '@/components/explore/UrlProblems';
import { useUrlState } from '@/components/explore/useUrlState';
import { makeLabeler, useVocabulary } from '@/components/explore/useVocabulary';
import { hasActiveFilters, toReadFilter, toggleValue } from '@/lib/filters';
import { queryString, searchVariables, type ListKey } from '@/lib/url-state';
import { HeadlineCounts } from './HeadlineCounts';
import { OverviewCharts } from './OverviewCharts';
import { SuppressionNote } from '@/components/access/SuppressionNote';
import { useOverviewData, useOverviewGaze, type OverviewState } from './useOverviewData';
import { usePublicTier } from '@/components/access/AccessContext';
import './overview.css';

export function OverviewPage() {
  const { state, problems, settled, update } = useUrlState();
  const vocabulary = useVocabulary();
  const labelOf = useMemo(() => makeLabeler(vocabulary), [vocabulary]);
  const filter = toReadFilter(state.filters);
  const { data, error, loading } = useOverviewData(filter, searchVariables(state), settled);
  const publicTier = usePublicTier();
  const gaze = useOverviewGaze(filter, searchVariables(state), settled && !publicTier);
  const filtered = hasActiveFilters(state);
  const toggle = (key: ListKey) => (value: string) =>
    update((s) => ({ ...s, filters: toggleValue(s.filters, key, value) }));
  const exploreHref = `/explore${queryString(state, { only: 'filters' })}`;
  // A miss bar: the reads that missed this finding in this way (findings + missTypes combine so).
  const selectMiss = (finding: string, missType: MissType) =>
    update((s) => ({
      ...s,
      filters: {
        ...s.filters,
        findings: s.filters.findings.includes(finding as Finding)
          ? s.filters.findings
          : [...s.filters.findings, finding as Finding],
        missTypes: s.filters.missTypes.includes(missType) ? s.filters.missTypes : [...s.filters.missTypes, missType],
      },
    }));
  const stats = data?.statistics;

  return (
    <main className="overview-page" aria-busy={loading} data-status={loading ? 'loading' : error ? 'error' : 'ready'}>
      <div className="notice-slot">
        {data ? <SyntheticNotice synthetic={data.dataset.synthetic} /> : <div className="notice-placeholder" />}
      </div>
      <SuppressionNote />
      <OverviewIntro dataset={data?.dataset ?? null} filtered={filtered} exploreHref={exploreHref} />

      <UrlProblems problems={problems} />
      <div className="overview-filters">
        <FilterChips state={state} labelOf={labelOf} update={update} />
        {filtered && (
          <Link href={exploreHref} className="link-strong">
            Open in explore →
          </Link>
        )}
      </div>

      {error && (
        <div className="error-banner" role="alert">
          <strong>The statistics could not be loaded</strong> <code>{error.code}</code>: {error.message}
        </div>
      )}

      {stats && data && (
        <>
          <HeadlineCounts stats={stats} dataset={data.dataset} filtered={filtered} />
          {stats.readCount === 0 ? (
            <p className="empty-state">No reads match these filters. Remove one above.</p>
          ) : (
            <OverviewCharts
              stats={stats}
              synthetic={data.dataset.synthetic}
              filters={state.filters}
              busy={loading}
              gaze={gaze}
              publicTier={publicTier}
              toggle={toggle}
              selectMiss={selectMiss}
            />
          )}
        </>
      )}
      {!data && !error && <div className="chart-grid-placeholder" aria-hidden="true" />}
    </main>
  );
}

type OverviewDataset = NonNullable<OverviewState['data']>['dataset'];

/** What the dataset is, where it comes from, and the ways in. */
function OverviewIntro({
  dataset,
  filtered,
  exploreHref,
}: {
  dataset: OverviewDataset | null;
  filtered: boolean;
  exploreHref: string;
}) {
  return (
    <section className="overview-intro" aria-labelledby="dataset-name">
      <div>
        <p className="eyebrow">Dataset</p>
        <h1 id="dataset-name">{dataset?.name ?? 'CheXthought'}</h1>
        <p className="overview-description">
          {dataset?.description ?? 'How radiologists read chest X-rays: images, reads, reasoning and gaze.'}
        </p>
        {dataset && (
          <p className="overview-attribution">
            <strong>Attribution.</strong> {dataset.attribution}
          </p>
        )}
        {dataset && <p className="muted small">Indexed {dataset.indexedAt.slice(0, 10)}.</p>}
      </div>
      <div className="overview-actions">
        <Link className="button button-primary" href={exploreHref} data-testid="open-in-explore">
          {filtered ? 'Open these filters in Explore' : 'Explore reads and images'}
        </Link>
        <Link className="button" href="/explorer">
          Query the API (GraphiQL)
        </Link>
      </div>
    </section>
  );
}
