/**
 * Aggregations of the `statistics` query: one request on the reads index (query =
 * compileReadQuery(filter, search), size 0) for counts and distributions, plus one on the
 * images index (query = compileImageQuery(filter, search), size 0) for readsPerImage.
 *
 * readsPerImage — a choice: counting each image's MATCHING reads needs one bucket per image
 * (terms on imageId: unbounded, 50k+ buckets) or a script. Instead it buckets the images that
 * have at least one matching read by their `readCount` (all their reads). Without a read-level
 * filter (or with image-level conditions only) that is exactly "reads per image"; with one, it
 * is "how many reads the matching images have".
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

/** For the images request: images with a matching read, by their number of reads. */
export function readsPerImageAggregations(): Aggs {
  return { readsPerImage: { terms: { field: 'readCount', size: READS_PER_IMAGE_SIZE, order: { _key: 'asc' } } } };
}

export function parseStatistics(
  readsAggregations: Record<string, unknown> | undefined,
  imagesAggregations: Record<string, unknown> | undefined,
): DatasetStatistics {
  const r = readsAggregations ?? {};
  const value = (name: string) => Math.round(Number((r[name] as { value?: number | null } | undefined)?.value ?? 0));
  const counts = (name: keyof typeof DISTRIBUTIONS): CountBucket[] =>
    rawBuckets(r[name]).map((b) => ({
      ...TERMS_FACETS[DISTRIBUTIONS[name].facet].bucket(String(b.key)),
      count: b.doc_count,
      suppressed: false,
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
    readsPerImage: rawBuckets(imagesAggregations?.readsPerImage).map((b) => ({
      value: String(b.key),
      label: String(b.key),
      count: b.doc_count,
      suppressed: false,
    })),
  };
}
