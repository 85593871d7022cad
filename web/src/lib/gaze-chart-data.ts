/**
 * The overview's reading-process charts as data: misses per finding (sorted, with totals) and
 * mean lung coverage per experience band as percentages with their min–max spread. Pure.
 */
import type { OverviewGazeQuery } from '../generated/graphql';

type Stats = OverviewGazeQuery['statistics'];
export type MissRow = Stats['missesByFinding'][number];
export type CoverageRow = Stats['lungCoverageByExperience'][number];

/** Findings present on some matching read's image, most misses first (then most often present). */
export function missChartData(rows: readonly MissRow[]): (MissRow & { missed: number })[] {
  return rows
    .filter((r) => r.present > 0)
    .map((r) => ({ ...r, missed: r.search + r.recognition + r.decision }))
    .sort((a, b) => b.missed - a.missed || b.present - a.present || a.label.localeCompare(b.label));
}

export interface CoverageDatum {
  band: string;
  readCount: number;
  /** Mean coverage, percent; null for a band without a value. */
  mean: number | null;
  /** [below, above] the mean to the band's min and max, percentage points (ErrorBar's format). */
  spread: [number, number];
  label: string;
}

/** Bands as the API orders them (Vocabulary.experienceBands); shares as percentages. */
export function coverageChartData(rows: readonly CoverageRow[]): CoverageDatum[] {
  return rows.map((r) => {
    const mean = r.meanLungCoverage == null ? null : r.meanLungCoverage * 100;
    const lo = r.minLungCoverage == null ? mean : r.minLungCoverage * 100;
    const hi = r.maxLungCoverage == null ? mean : r.maxLungCoverage * 100;
    return {
      band: r.experienceBand,
      readCount: r.readCount,
      mean,
      spread: mean == null ? [0, 0] : [mean - (lo ?? mean), (hi ?? mean) - mean],
      label: mean == null ? '–' : `${mean.toFixed(0)} %`,
    };
  });
}
