/**
 * Equal-width histograms of numeric fields, for numeric facets (facets.ts) and the dataset
 * statistics (statistics.ts): a plan from the cached global bounds, its bucket edges, the
 * `range` aggregation that counts them in the same search, and the parse back into the schema's
 * HistogramBucket list. The plan travels in the aggregation's `meta`, so parsing needs nothing
 * else.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { HistogramBucket } from '../generated/graphql.ts';
import { bucketCount, rawBuckets, type RawBucket } from './buckets.ts';

/** Equal-width buckets between the global min and max; echoed back through the agg's `meta`. */
export interface HistogramPlan {
  min: number;
  max: number;
  interval: number;
  buckets: number;
}

interface Bounds {
  min: number | null;
  max: number | null;
}

/** The plan for `buckets` buckets over `bounds`; undefined when the field holds no value. */
export function histogramPlan(bounds: Bounds | undefined, buckets: number): HistogramPlan | undefined {
  if (!hasFiniteBounds(bounds)) return undefined;
  const { min, max } = bounds;
  // One value only (or inverted bounds): one bucket holding it.
  if (max <= min) return { min, max: min, interval: 0, buckets: 1 };
  return { min, max, interval: (max - min) / buckets, buckets };
}

function hasFiniteBounds(b: Bounds | undefined): b is { min: number; max: number } {
  return b != null && b.min != null && b.max != null && Number.isFinite(b.min) && Number.isFinite(b.max);
}

/** Bucket edges: edges[i] ≤ value < edges[i + 1]; the first is min, the last max. */
export function histogramEdges(h: HistogramPlan): number[] {
  return Array.from({ length: h.buckets + 1 }, (_, i) =>
    i === 0 ? h.min : i === h.buckets ? h.max : tidy(h.min + i * h.interval),
  );
}

/** 0.15000000000000002 → 0.15: inner bucket edges are for display, 12 significant digits suffice. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * An equal-width histogram as a `range` aggregation over the bucket edges, rather than a
 * `histogram` with offset/extended_bounds: a `histogram` puts a value equal to max in an extra
 * bucket, and for images (reverse_nested counts) that bucket cannot be folded into the last one
 * without counting an image twice; hard_bounds also drops the first bucket's documents on
 * Elasticsearch 9.2 when min is a float32 value (both checked on a real node). Ranges give
 * exactly the reported edges, from inclusive, to exclusive; the first and last are open so
 * every value lands in a bucket (max in the last, as HistogramBucket.to says), and the buckets
 * add up to the facet's count.
 */
export function histogramAggregation(field: string, h: HistogramPlan): estypes.AggregationsAggregationContainer {
  return { range: { field, ranges: openEndedRanges(histogramEdges(h)) }, meta: { ...h } };
}

/** One range per pair of consecutive edges; the first has no `from`, the last no `to`. */
function openEndedRanges(edges: readonly number[]): estypes.AggregationsAggregationRange[] {
  const last = edges.length - 2;
  return edges.slice(0, -1).map((from, i) => ({
    ...(i > 0 ? { from } : {}),
    ...(i < last ? { to: edges[i + 1]! } : {}),
  }));
}

/** Histogram agg result → HistogramBucket[] (count = reverse_nested images when present). */
export function parseHistogram(agg: unknown): HistogramBucket[] {
  if (agg == null) return [];
  const edges = histogramEdges(planOf(agg));
  const buckets = rawBuckets(agg);
  return edges.slice(0, -1).map((from, i) => bucketOf(from, edges[i + 1]!, buckets[i]));
}

function planOf(agg: unknown): HistogramPlan {
  const h = (agg as { meta?: HistogramPlan }).meta;
  if (!h) throw new Error('histogram aggregation without its meta (compile it with histogramAggregation)');
  return h;
}

function bucketOf(from: number, to: number, raw: RawBucket | undefined): HistogramBucket {
  return { from, to, count: raw ? bucketCount(raw) : 0, suppressed: false };
}
