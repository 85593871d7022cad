/**
 * The overview's chart grid: the read statistics (each bar toggles its value in the filter) and
 * the gaze statistics (credentialed tiers only; computed from the reads, so marked synthetic with them).
 */
import type { MissType } from '@/generated/graphql';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import type { ExploreFilters, ListKey } from '@/lib/url-state';
import { Histogram, RankedBars, histogramData, type CategoryDatum } from './charts';
import { CoverageByExperienceChart, MissesByFindingChart } from './gaze-charts';
import type { OverviewState, useOverviewGaze } from './useOverviewData';

type Statistics = NonNullable<OverviewState['data']>['statistics'];

interface Props {
  stats: Statistics;
  synthetic: boolean;
  filters: ExploreFilters;
  busy: boolean;
  gaze: ReturnType<typeof useOverviewGaze>;
  publicTier: boolean;
  toggle: (key: ListKey) => (value: string) => void;
  selectMiss: (finding: string, missType: MissType) => void;
}

export function OverviewCharts({ stats, synthetic, filters, busy, gaze, publicTier, toggle, selectMiss }: Props) {
  /** A ranked bar chart whose bars toggle their value in the filter. */
  const bars = (key: ListKey, data: CategoryDatum[], labelWidth: number, title: string, testId: string) => (
    <RankedBars
      data={data}
      selected={filters[key]}
      onSelect={toggle(key)}
      labelWidth={labelWidth}
      title={title}
      testId={testId}
    />
  );
  return (
    <div className={`chart-grid${busy ? ' is-busy' : ''}`}>
      <ChartCard
        title="Reads by reader country"
        subtitle={`${countriesPhrase(stats.readsByCountry.length)}, most reads first. Click a bar to filter by it.`}
        className="span-rows"
      >
        <div className="chart-scroll" tabIndex={0} role="region" aria-label="Reads by reader country (scrollable)">
          {bars('countries', stats.readsByCountry, 150, 'Reads by reader country', 'chart-country')}
        </div>
      </ChartCard>
      <ChartCard title="Findings reported" subtitle="Reads reporting each finding (certainty ≥ 3). Click to filter.">
        {bars('findings', stats.readsByFinding, 230, 'Findings reported', 'chart-finding')}
      </ChartCard>
      <ChartCard title="Visual search strategy" subtitle="How the reader searched the image. Click to filter.">
        {bars('strategies', stats.readsByStrategy, 140, 'Visual search strategy', 'chart-strategy')}
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
      <GazeCards synthetic={synthetic} gaze={gaze} publicTier={publicTier} selectMiss={selectMiss} />
      <ChartCard title="Continent and role" subtitle="Where readers work and their role. Click to filter.">
        {bars('continents', stats.readsByContinent, 120, 'Reads by continent', 'chart-continent')}
        {bars('roles', stats.readsByRole, 120, 'Reads by reader role', 'chart-role')}
      </ChartCard>
    </div>
  );
}

/** The gaze statistics' cards. */
function GazeCards({
  synthetic,
  gaze,
  publicTier,
  selectMiss,
}: Pick<Props, 'synthetic' | 'gaze' | 'publicTier' | 'selectMiss'>) {
  return (
    <>
      <ChartCard
        title="Missed findings by type"
        subtitle="Reads that did not report a finding present on their image, by why (search: never looked; recognition: looked briefly; decision: looked long enough). Click a segment to filter."
      >
        <GazeChart publicTier={publicTier} error={gaze.error} loaded={gaze.data !== null}>
          <SyntheticNotice synthetic={synthetic} subject="metrics" />
          {gaze.data && <MissesByFindingChart rows={gaze.data.missesByFinding} onSelect={selectMiss} />}
        </GazeChart>
      </ChartCard>
      <ChartCard
        title="Lung coverage by reader experience"
        subtitle="Mean share of the lung fields within the useful field of view of a fixation; whiskers: lowest and highest read."
      >
        <GazeChart publicTier={publicTier} error={gaze.error} loaded={gaze.data !== null}>
          <SyntheticNotice synthetic={synthetic} subject="metrics" />
          {gaze.data && <CoverageByExperienceChart rows={gaze.data.lungCoverageByExperience} />}
        </GazeChart>
      </ChartCard>
    </>
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
