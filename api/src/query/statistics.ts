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
 *
 * missesByFinding: matching reads per present finding (terms on presentFindings) and per miss
 * (terms on the misses keys, one per missed finding of a read, so keys count reads);
 * lungCoverageByExperience is a stats agg per experience band.
 */
import type { estypes } from '@elastic/elasticsearch';
import { CERTAINTY, EXPERIENCE_BANDS, FINDINGS } from '@chexthought/search-index/vocabulary';
import type {
  CountBucket,
  CoverageByExperience,
  DatasetStatistics,
  FindingMisses,
  MissType,
} from '../generated/graphql.ts';
import { READ_FIELD } from './fields.ts';
import { FINDING } from './vocabulary-map.ts';
import { rawBuckets } from './buckets.ts';
import { DEFAULT_HISTOGRAM_BUCKETS, TERMS_FACETS, type NumericBounds, type TermsFacetName } from './facets.ts';
import { histogramAggregation, histogramPlan, parseHistogram } from './histogram.ts';

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
  experienceHistogram: { bound: 'experience', field: READ_FIELD.experienceYears },
  durationHistogram: { bound: 'duration', field: READ_FIELD.durationSec },
} as const satisfies Record<string, { bound: keyof NumericBounds; field: string }>;

/** Largest read count per image bucketed (images have a handful of reads each). */
const READS_PER_IMAGE_SIZE = 100;

/** For the reads request. `bounds`: the cached global min/max (facets.ts boundsAggregations). */
export function statisticsAggregations(bounds: NumericBounds, buckets = DEFAULT_HISTOGRAM_BUCKETS): Aggs {
  const aggs: Aggs = {
    readCount: { value_count: { field: 'id' } },
    // 40000 is the highest precision Elasticsearch allows: exact up to ~40k, ±~1% beyond.
    imageCount: { cardinality: { field: READ_FIELD.imageId, precision_threshold: 40000 } },
    readerCount: { cardinality: { field: READ_FIELD.readerId, precision_threshold: 40000 } },
    countryCount: { cardinality: { field: READ_FIELD.country, precision_threshold: 1000 } },
    sampleCount: { sum: { field: READ_FIELD.sampleCount } },
    ...missesByFindingAggregation(),
    lungCoverageByExperience: {
      terms: { field: READ_FIELD.experienceBand, size: EXPERIENCE_BANDS.length + 1 },
      aggs: { coverage: { stats: { field: READ_FIELD.lungCoverage } } },
    },
  };
  for (const [name, d] of Object.entries(DISTRIBUTIONS))
    aggs[name] = { terms: { field: TERMS_FACETS[d.facet].field, size: d.size } };
  for (const [name, h] of Object.entries(HISTOGRAMS)) {
    const plan = histogramPlan(bounds[h.bound], buckets);
    if (plan) aggs[name] = histogramAggregation(h.field, plan);
  }
  return aggs;
}

/** Every finding × miss type × certainty (or none) fits in one terms agg of the misses keys. */
const MISS_KEYS = FINDINGS.length * 3 * (CERTAINTY.length + 1);

function missesByFindingAggregation(): Aggs {
  return {
    missesPresent: { terms: { field: READ_FIELD.presentFindings, size: FINDINGS.length } },
    misses: { terms: { field: READ_FIELD.misses, size: MISS_KEYS } },
  };
}

/** Per finding present: its reads, and those that missed it by type (keys: finding|type|certainty). */
function parseMissesByFinding(present: unknown, misses: unknown): FindingMisses[] {
  const byFinding = new Map<string, Record<MissType, number>>();
  for (const b of rawBuckets(misses)) {
    const [finding, type] = String(b.key).split('|') as [string, MissType];
    const counts = byFinding.get(finding) ?? { SEARCH: 0, RECOGNITION: 0, DECISION: 0 };
    counts[type] += b.doc_count;
    byFinding.set(finding, counts);
  }
  return rawBuckets(present).map((b) => {
    const finding = FINDING.fromStored(String(b.key))!;
    const c = byFinding.get(String(b.key));
    return {
      finding,
      label: FINDING.label(finding),
      present: b.doc_count,
      search: c?.SEARCH ?? 0,
      recognition: c?.RECOGNITION ?? 0,
      decision: c?.DECISION ?? 0,
    };
  });
}

function parseCoverageByExperience(agg: unknown): CoverageByExperience[] {
  const byBand = new Map(rawBuckets(agg).map((b) => [String(b.key), b.coverage as StatsValue]));
  return EXPERIENCE_BANDS.filter((b) => byBand.has(b.key)).map((b) => {
    const s = byBand.get(b.key)!;
    const some = s.count > 0;
    return {
      experienceBand: b.key,
      readCount: s.count,
      meanLungCoverage: some ? s.avg : null,
      minLungCoverage: some ? s.min : null,
      maxLungCoverage: some ? s.max : null,
    };
  });
}

interface StatsValue {
  count: number;
  min: number | null;
  max: number | null;
  avg: number | null;
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
    if (count > 0) out.push({ value: String(i + 1), label: String(i + 1), count, suppressed: false });
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
    missesByFinding: parseMissesByFinding(r.missesPresent, r.misses),
    lungCoverageByExperience: parseCoverageByExperience(r.lungCoverageByExperience),
    readsPerImage,
  };
}
