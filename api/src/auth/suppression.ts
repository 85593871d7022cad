/**
 * Small-cell suppression for the public tier (docs/access.md#suppression), after the threshold
 * rule of statistical disclosure control (Hundepool et al., Statistical Disclosure Control,
 * Wiley 2012, ch. 5) as Gen3 Guppy's tiered access applies it: a count below the threshold k
 * is released as null (`suppressed: true`).
 *
 * Differencing: a suppressed cell could be recovered by subtracting released counts (a total
 * minus its other cells, or two totals whose sets differ by the cell). Two rules close that:
 * public filters are single cells (policy.ts assertPublicFilter), and every released count is
 * rounded to a multiple of k — so any sum or difference of released counts is a multiple of k
 * and can never equal a count between 1 and k − 1. Values of single records that aggregates
 * would expose (min, max, mean, sums) are not released to the public tier.
 */
import type { DatasetStatistics, HistogramBucket, NumericFacet, TermsFacet } from '../generated/graphql.ts';

/** `null` threshold: exact counts (credentialed and admin tiers, open mode). */
export type Threshold = number | null;

/** A count as released: exact, or null below k, or rounded to the nearest multiple of k. */
export function releaseCount(n: number, k: Threshold): number | null {
  if (k === null) return n;
  if (n < k) return null;
  return Math.round(n / k) * k;
}

interface Counted {
  count: number | null;
  suppressed: boolean;
}

function bucket<T extends Counted>(b: T, k: Threshold): T {
  const count = b.count === null ? null : releaseCount(b.count, k);
  return { ...b, count, suppressed: b.suppressed || count === null };
}

export function releaseHistogram(h: HistogramBucket[], k: Threshold): HistogramBucket[] {
  return k === null ? h : h.map((b) => bucket(b, k));
}

export function releaseTermsFacet(f: TermsFacet, k: Threshold): TermsFacet {
  if (k === null) return f;
  return {
    ...f,
    buckets: f.buckets.map((b) => bucket(b, k)),
    otherCount: f.otherCount === null ? null : releaseCount(f.otherCount, k),
  };
}

export function releaseNumericFacet(f: NumericFacet, k: Threshold): NumericFacet {
  if (k === null) return f;
  return {
    ...f,
    count: f.count === null ? null : releaseCount(f.count, k),
    min: null,
    max: null,
    avg: null,
    histogram: releaseHistogram(f.histogram, k),
  };
}

export function releaseFacet(f: unknown, k: Threshold): unknown {
  if (k === null || typeof f !== 'object' || f === null) return f;
  return 'buckets' in f ? releaseTermsFacet(f as TermsFacet, k) : releaseNumericFacet(f as NumericFacet, k);
}

export function releaseStatistics(s: DatasetStatistics, k: Threshold): DatasetStatistics {
  if (k === null) return s;
  const n = (v: number | null) => (v === null ? null : releaseCount(v, k));
  return {
    ...s,
    readCount: n(s.readCount),
    imageCount: n(s.imageCount),
    readerCount: n(s.readerCount),
    countryCount: n(s.countryCount),
    // A sum of per-read values: differences of sums would give one read's sample count.
    sampleCount: null,
    readsByCountry: s.readsByCountry.map((b) => bucket(b, k)),
    readsByContinent: s.readsByContinent.map((b) => bucket(b, k)),
    readsByFinding: s.readsByFinding.map((b) => bucket(b, k)),
    readsByStrategy: s.readsByStrategy.map((b) => bucket(b, k)),
    readsByRole: s.readsByRole.map((b) => bucket(b, k)),
    readsPerImage: s.readsPerImage.map((b) => bucket(b, k)),
    experienceHistogram: releaseHistogram(s.experienceHistogram, k),
    durationHistogram: releaseHistogram(s.durationHistogram, k),
  };
}
