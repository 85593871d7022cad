/**
 * Aggregations of the `statistics` query: one request on the reads index (query =
 * compileReadQuery(filter, search), size 0) for counts and distributions, plus, for
 * readsPerImage, counting requests on the images index.
 *
 * readsPerImage counts each image's MATCHING reads without one bucket per image (terms on
 * imageId: 50k+ buckets) and without scripts (the engine runs without a script language): the
 * images query scores an image by its number of matching reads (compileImageQuery countReads),
 * and request k counts the images scoring ≥ k (`min_score`). Images with exactly k matching
 * reads = n(≥ k) − n(≥ k+1), for k up to the dataset's largest readCount.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { CountBucket, DatasetStatistics } from '../generated/graphql.ts';
import {
  DEFAULT_HISTOGRAM_BUCKETS,
  TERMS_FACETS,
  histogramAggregation,
  histogramPlan,
  parseHistogram,
  rawBuckets,
  type NumericBounds,
  type TermsFacetName,
} from './facets.ts';

type Aggs = Record<string, estypes.AggregationsAggregationContainer>;
type Query = estypes.QueryDslQueryContainer;

/** Distribution terms: bucket sizes cover every vocabulary with room (countries: all of them). */
const DISTRIBUTIONS = {
  readsByCountry: { facet: 'country', size: 300 },
  readsByContinent: { facet: 'continent', size: 20 },
  readsByFinding: { facet: 'finding', size: 50 },
  readsByStrategy: { facet: 'strategy', size: 20 },
  readsByRole: { facet: 'role', size: 20 },
} as const satisfies Record<string, { facet: TermsFacetName; size: number }>;

const HISTOGRAMS = {
  experienceHistogram: { bound: 'experience', field: 'reader.experienceYears' },
  durationHistogram: { bound: 'duration', field: 'durationSec' },
} as const satisfies Record<string, { bound: keyof NumericBounds; field: string }>;

/** Largest read count per image bucketed (images have a handful of reads each). */
const READS_PER_IMAGE_SIZE = 100;

/** For the reads request. `bounds`: the cached global min/max (facets.ts boundsAggregations). */
export function statisticsAggregations(bounds: NumericBounds, buckets = DEFAULT_HISTOGRAM_BUCKETS): Aggs {
  const aggs: Aggs = {
    readCount: { value_count: { field: 'id' } },
    // 40000 is the highest precision Elasticsearch allows: exact up to ~40k, ±~1% beyond.
    imageCount: { cardinality: { field: 'imageId', precision_threshold: 40000 } },
    readerCount: { cardinality: { field: 'readerId', precision_threshold: 40000 } },
    countryCount: { cardinality: { field: 'reader.country', precision_threshold: 1000 } },
    sampleCount: { sum: { field: 'track.sampleCount' } },
  };
  for (const [name, d] of Object.entries(DISTRIBUTIONS))
    aggs[name] = { terms: { field: TERMS_FACETS[d.facet].field, size: d.size } };
  for (const [name, h] of Object.entries(HISTOGRAMS)) {
    const plan = histogramPlan(bounds[h.bound], buckets);
    if (plan) aggs[name] = histogramAggregation(h.field, plan);
  }
  return aggs;
}

/** The dataset's largest read count per image (an upper bound of matching reads per image). */
export function maxReadsPerImageAggregations(): Aggs {
  return { maxReads: { max: { field: 'readCount' } } };
}

export function parseMaxReadsPerImage(aggregations: Record<string, unknown> | undefined): number {
  const max = Number((aggregations?.maxReads as { value?: number | null } | undefined)?.value ?? 0);
  return Math.min(READS_PER_IMAGE_SIZE, Math.max(0, Math.round(max)));
}

/** Request k−1 counts the images with at least k matching reads (`query` from countReads). */
export function readsPerImageSearches(query: Query, maxReads: number) {
  return Array.from({ length: maxReads }, (_, i) => ({
    size: 0,
    track_total_hits: true,
    min_score: i + 0.5, // scores are whole numbers: ≥ i + 1
    query,
  }));
}

/** From n(≥ k) for k = 1… to the number of images with exactly k matching reads (empty k left out). */
export function parseReadsPerImage(atLeast: readonly number[]): CountBucket[] {
  const out: CountBucket[] = [];
  atLeast.forEach((n, i) => {
    const count = n - (atLeast[i + 1] ?? 0);
    if (count > 0) out.push({ value: String(i + 1), label: String(i + 1), count });
  });
  return out;
}

export function parseStatistics(
  readsAggregations: Record<string, unknown> | undefined,
  readsPerImage: CountBucket[],
): DatasetStatistics {
  const r = readsAggregations ?? {};
  const value = (name: string) => Math.round(Number((r[name] as { value?: number | null } | undefined)?.value ?? 0));
  const counts = (name: keyof typeof DISTRIBUTIONS): CountBucket[] =>
    rawBuckets(r[name]).map((b) => ({
      ...TERMS_FACETS[DISTRIBUTIONS[name].facet].bucket(String(b.key)),
      count: b.doc_count,
    }));
  return {
    readCount: value('readCount'),
    imageCount: value('imageCount'),
    readerCount: value('readerCount'),
    countryCount: value('countryCount'),
    // Float in the schema (it can exceed 2^31); a sum of integers, so no rounding error.
    sampleCount: Number((r.sampleCount as { value?: number } | undefined)?.value ?? 0),
    readsByCountry: counts('readsByCountry'),
    readsByContinent: counts('readsByContinent'),
    readsByFinding: counts('readsByFinding'),
    readsByStrategy: counts('readsByStrategy'),
    readsByRole: counts('readsByRole'),
    experienceHistogram: parseHistogram(r.experienceHistogram),
    durationHistogram: parseHistogram(r.durationHistogram),
    readsPerImage,
  };
}
