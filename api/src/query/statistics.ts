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
    readsPerImage: rawBuckets(imagesAggregations?.readsPerImage).map((b) => ({
      value: String(b.key),
      label: String(b.key),
      count: b.doc_count,
    })),
  };
}
