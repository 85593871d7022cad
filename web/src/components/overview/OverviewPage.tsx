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
import { Histogram, RankedBars, histogramData } from './charts';
import { HeadlineCounts } from './HeadlineCounts';
import { CoverageByExperienceChart, MissesByFindingChart } from './gaze-charts';
import { SuppressionNote } from '@/components/access/SuppressionNote';
import { useOverviewData, useOverviewGaze } from './useOverviewData';
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
      <section className="overview-intro" aria-labelledby="dataset-name">
        <div>
          <p className="eyebrow">Dataset</p>
          <h1 id="dataset-name">{data?.dataset.name ?? 'CheXthought'}</h1>
          <p className="overview-description">
            {data?.dataset.description ?? 'How radiologists read chest X-rays: images, reads, reasoning and gaze.'}
          </p>
          {data && (
            <p className="overview-attribution">
              <strong>Attribution.</strong> {data.dataset.attribution}
            </p>
          )}
          {data && <p className="muted small">Indexed {data.dataset.indexedAt.slice(0, 10)}.</p>}
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
            <div className={`chart-grid${loading ? ' is-busy' : ''}`}>
              <ChartCard
                title="Reads by reader country"
                subtitle={`${countriesPhrase(stats.readsByCountry.length)}, most reads first. Click a bar to filter by it.`}
                className="span-rows"
              >
                <div
                  className="chart-scroll"
                  tabIndex={0}
                  role="region"
                  aria-label="Reads by reader country (scrollable)"
                >
                  <RankedBars
                    data={stats.readsByCountry}
                    selected={state.filters.countries}
                    onSelect={toggle('countries')}
                    labelWidth={150}
                    title="Reads by reader country"
                    testId="chart-country"
                  />
                </div>
              </ChartCard>
              <ChartCard
                title="Findings reported"
                subtitle="Reads reporting each finding (certainty ≥ 3). Click to filter."
              >
                <RankedBars
                  data={stats.readsByFinding}
                  selected={state.filters.findings}
                  onSelect={toggle('findings')}
                  labelWidth={230}
                  title="Findings reported"
                  testId="chart-finding"
                />
              </ChartCard>
              <ChartCard title="Visual search strategy" subtitle="How the reader searched the image. Click to filter.">
                <RankedBars
                  data={stats.readsByStrategy}
                  selected={state.filters.strategies}
                  onSelect={toggle('strategies')}
                  labelWidth={140}
                  title="Visual search strategy"
                  testId="chart-strategy"
                />
              </ChartCard>
              <ChartCard title="Reader experience" subtitle="Reads by the reader’s years of experience.">
                <Histogram
                  data={histogramData(stats.experienceHistogram)}
                  xLabel="years"
                  title="Reader experience"
                  testId="chart-experience"
                />
              </ChartCard>
              <ChartCard title="Reads per image" subtitle="How many images have 1, 2, 3… matching reads.">
                <Histogram
                  data={stats.readsPerImage.map((b) => ({ label: b.label, count: b.count }))}
                  xLabel="reads of the image"
                  unit="images"
                  title="Reads per image"
                  testId="chart-reads-per-image"
                />
              </ChartCard>
              <ChartCard title="Read duration" subtitle="Seconds from the start of a read to its end.">
                <Histogram
                  data={histogramData(stats.durationHistogram)}
                  xLabel="seconds"
                  title="Read duration"
                  testId="chart-duration"
                />
              </ChartCard>
              <ChartCard
                title="Missed findings by type"
                subtitle="Reads that did not report a finding present on their image, by why (search: never looked; recognition: looked briefly; decision: looked long enough). Click a segment to filter."
              >
                <GazeChart publicTier={publicTier} error={gaze.error} loaded={gaze.data !== null}>
                  <SyntheticNotice synthetic={data.dataset.synthetic} subject="metrics" />
                  {gaze.data && <MissesByFindingChart rows={gaze.data.missesByFinding} onSelect={selectMiss} />}
                </GazeChart>
              </ChartCard>
              <ChartCard
                title="Lung coverage by reader experience"
                subtitle="Mean share of the lung fields within the useful field of view of a fixation; whiskers: lowest and highest read."
              >
                <GazeChart publicTier={publicTier} error={gaze.error} loaded={gaze.data !== null}>
                  <SyntheticNotice synthetic={data.dataset.synthetic} subject="metrics" />
                  {gaze.data && <CoverageByExperienceChart rows={gaze.data.lungCoverageByExperience} />}
                </GazeChart>
              </ChartCard>
              <ChartCard title="Continent and role" subtitle="Where readers work and their role. Click to filter.">
                <RankedBars
                  data={stats.readsByContinent}
                  selected={state.filters.continents}
                  onSelect={toggle('continents')}
                  labelWidth={120}
                  title="Reads by continent"
                  testId="chart-continent"
                />
                <RankedBars
                  data={stats.readsByRole}
                  selected={state.filters.roles}
                  onSelect={toggle('roles')}
                  labelWidth={120}
                  title="Reads by reader role"
                  testId="chart-role"
                />
              </ChartCard>
            </div>
          )}
        </>
      )}
      {!data && !error && <div className="chart-grid-placeholder" aria-hidden="true" />}
    </main>
  );
}

function ChartCard({
  title,
  subtitle,
  className,
  children,
}: {
  title: string;
  subtitle: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section className={`chart-card${className ? ` ${className}` : ''}`} aria-label={title}>
      <h2>{title}</h2>
      <p className="chart-subtitle">{subtitle}</p>
      {children}
    </section>
  );
}

function countriesPhrase(n: number): string {
  return n === 1 ? 'The one country' : `All ${n} countries`;
}

/** A gaze chart's body: a note for the public tier (per-read metrics are records), the error, or the chart. */
function GazeChart({
  publicTier,
  error,
  loaded,
  children,
}: {
  publicTier: boolean;
  error: { code: string; message: string } | null;
  loaded: boolean;
  children: React.ReactNode;
}) {
  if (publicTier)
    return (
      <p className="muted small" role="note">
        Gaze metrics are computed per read; they are shown to credentialed users only.
      </p>
    );
  if (error)
    return (
      <p className="muted small" role="alert">
        The gaze statistics could not be loaded <code>{error.code}</code>: {error.message}
      </p>
    );
  return loaded ? <>{children}</> : <div className="chart-placeholder" aria-hidden="true" />;
}
