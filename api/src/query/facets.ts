/**
 * The facet compiler: every facet requested by one GraphQL operation becomes aggregations of
 * the SAME search request that fetches the hits (one Elasticsearch request per connection, not
 * one per facet), and `parseFacets` turns the response into the schema's TermsFacet and
 * NumericFacet.
 *
 * Multi-select semantics: a facet's counts apply every active filter except its own filter
 * field, so a selected value's siblings keep their counts. Facets whose own field is not in the
 * filter count exactly the request's hits, so they sit at the top level of `aggs` (they see the
 * request's query: filter + search). Facets whose own field IS in the filter escape the query
 * with `global` and re-apply "filter minus own field, plus search" in one `filter` agg, shared
 * by the facets with the same own field (finding and certainty both live in `findings`).
 *
 * Images count images: under the image-level scope, a `nested` agg over the reads and a
 * `filter` with the read-level filter (minus own field, plus search) lets only the matching
 * reads vote, and `reverse_nested` counts each value's images. A bucket's count is therefore
 * the totalCount of the same filter with that value added (the images query is one nested
 * clause, so the value must hold on a matching read).
 *
 * Numeric facets' histograms are compiled and parsed by histogram.ts (shared with statistics).
 */
import type { estypes } from '@elastic/elasticsearch';
import { CERTAINTY, FINDINGS } from '@chexthought/search-index/vocabulary';
import type { FindingFilter, MissType, NumericFacet, ReadFilter, TermsFacet } from '../generated/graphql.ts';
import { IMAGES, bucketCount, countImages, child, need, rawBuckets, type RawBucket } from './buckets.ts';
import { FilterError, quote } from './errors.ts';
import { IMAGE_FIELD, READ_FIELD } from './fields.ts';
import {
  MISS_TYPES,
  activeFields,
  compileImageQuery,
  compileMisses,
  compileReadQuery,
  validateReadFilter,
  type FilterFieldPath,
  type Prefix,
} from './filter.ts';
import { histogramAggregation, histogramPlan, parseHistogram } from './histogram.ts';
// The facet tests reach the histogram helpers through the facet compiler's module.
export { histogramEdges, histogramPlan } from './histogram.ts';
import { restricted } from './scope.ts';
import {
  CONTINENT,
  COUNTRY_CODES,
  EXPERIENCE_BAND_KEYS,
  FINDING,
  ROLE,
  STRATEGY,
  VIEW_POSITION,
  certaintyName,
  countryName,
  type EnumMapping,
} from './vocabulary-map.ts';

type Query = estypes.QueryDslQueryContainer;
type Aggs = Record<string, estypes.AggregationsAggregationContainer>;

export const DEFAULT_FACET_SIZE = 20;
export const MAX_FACET_SIZE = 500;
export const DEFAULT_HISTOGRAM_BUCKETS = 20;
export const MAX_HISTOGRAM_BUCKETS = 200;
export const MAX_CONTAINS_LENGTH = 100;
/** Near-exact below this many distinct values; the facet vocabularies are far smaller. */
const CARDINALITY_PRECISION = 1000;

export type Target = 'reads' | 'images';

// ---------------------------------------------------------------------------------------------
// Facet table

interface TermsFacetSpec {
  /** The ReadFilter field this facet selects (its own field, omitted from its counts). */
  filterField: FilterFieldPath;
  /** Field in the reads index (`reads.` + field in the images index). */
  field: string;
  /** Number of values the field can hold, when a vocabulary bounds it (undefined: open). */
  vocabularySize?: number;
  /** Stored key → {value for the filter, display label}. */
  bucket: (key: string) => { value: string; label: string };
  /**
   * How `contains` is applied: 'vocabulary' resolves matching values (by value or label) from
   * the vocabulary into an explicit include list; 'regex' matches the stored value itself.
   */
  contains?: { kind: 'vocabulary'; candidates: (text: string) => string[] } | { kind: 'regex' };
}

/** Buckets of a vocabulary's values, labelled once (labels are humanised with regexes). */
const enumBucket = (mapping: EnumMapping<string>) => {
  const known = new Map(mapping.values.map((value, i) => [mapping.stored[i]!, { value, label: mapping.label(value) }]));
  return (key: string) => known.get(key) ?? { value: key, label: key };
};
const plainBucket = (key: string) => ({ value: key, label: key });
const includes = (haystack: string, needle: string) => haystack.toLowerCase().includes(needle.toLowerCase());

export const TERMS_FACETS = {
  country: {
    filterField: 'countries',
    field: READ_FIELD.country,
    vocabularySize: COUNTRY_CODES.size,
    bucket: (code) => ({ value: code, label: countryName(code) }),
    // 'bra' must find BR (Brazil): match the code or the country name.
    contains: {
      kind: 'vocabulary',
      candidates: (text) => [...COUNTRY_CODES].filter((c) => includes(c, text) || includes(countryName(c), text)),
    },
  },
  continent: {
    filterField: 'continents',
    field: READ_FIELD.continent,
    vocabularySize: CONTINENT.values.length,
    bucket: enumBucket(CONTINENT),
  },
  finding: {
    filterField: 'findings',
    field: READ_FIELD.findingLabels,
    vocabularySize: FINDINGS.length,
    bucket: enumBucket(FINDING),
    contains: {
      kind: 'vocabulary',
      candidates: (text) => FINDINGS.filter((l) => includes(l, text) || includes(FINDING.fromStored(l)!, text)),
    },
  },
  strategy: {
    filterField: 'strategies',
    field: 'strategy',
    vocabularySize: STRATEGY.values.length,
    bucket: enumBucket(STRATEGY),
  },
  // Certainty has no filter field of its own: it is findings.certainty, so its counts ignore
  // the whole `findings` filter (labels included), like the finding facet's.
  certainty: {
    filterField: 'findings',
    field: READ_FIELD.certainties,
    vocabularySize: CERTAINTY.length,
    bucket: (key) => ({ value: key, label: certaintyName(Number(key)) }),
  },
  experienceBand: {
    filterField: 'experienceBands',
    field: READ_FIELD.experienceBand,
    vocabularySize: EXPERIENCE_BAND_KEYS.length,
    bucket: plainBucket,
  },
  role: { filterField: 'roles', field: READ_FIELD.role, vocabularySize: ROLE.values.length, bucket: enumBucket(ROLE) },
  viewPosition: {
    filterField: 'viewPositions',
    field: READ_FIELD.viewPosition,
    vocabularySize: VIEW_POSITION.values.length,
    bucket: plainBucket,
  },
  dataset: { filterField: 'datasets', field: READ_FIELD.dataset, bucket: plainBucket, contains: { kind: 'regex' } },
  hedge: { filterField: 'hedges', field: READ_FIELD.hedges, bucket: plainBucket, contains: { kind: 'regex' } },
} satisfies Record<string, TermsFacetSpec>;

/**
 * The missType facet counts, per miss type T, the entities the filter would match with
 * `missTypes: [T]` — so, with `findings`, misses of those findings. Its buckets are a `filters`
 * agg of one compiled missTypes clause per type (each holds the filter's findings), over a scope
 * that leaves out both `missTypes` and `findings` (the buckets carry them).
 */
export const MISS_TYPE_FACET = {
  filterField: 'missTypes',
  bucket: (key: string) => ({ value: key, label: MISS_TYPE_LABELS[key as MissType] ?? key }),
} as const;

const MISS_TYPE_LABELS: Record<MissType, string> = {
  SEARCH: 'Search (never fixated)',
  RECOGNITION: 'Recognition (fixated briefly)',
  DECISION: 'Decision (fixated long, not reported)',
};

interface NumericFacetSpec {
  filterField: FilterFieldPath;
  /** Field in the reads index (`reads.` + field under the images index's nested reads). */
  field: string;
  /** Image-level field of the images index: images facets use it directly (no nesting). */
  imageField?: string;
}

export const NUMERIC_FACETS = {
  duration: { filterField: 'durationSec', field: READ_FIELD.durationSec },
  experience: { filterField: 'experienceYears', field: READ_FIELD.experienceYears },
  fixationCount: { filterField: 'fixationCount', field: READ_FIELD.fixationCount },
  agreement: { filterField: 'agreement', field: READ_FIELD.agreement, imageField: IMAGE_FIELD.agreement },
  difficulty: { filterField: 'difficulty', field: READ_FIELD.difficulty, imageField: IMAGE_FIELD.difficulty },
  lungCoverage: { filterField: 'gaze.lungCoverage', field: READ_FIELD.lungCoverage },
  eyeVoiceSpan: { filterField: 'gaze.eyeVoiceSpanSec', field: READ_FIELD.eyeVoiceSpanSec },
  peerSimilarity: { filterField: 'gaze.peerSimilarity', field: READ_FIELD.peerSimilarity },
} satisfies Record<string, NumericFacetSpec>;

export type TermsFacetName = keyof typeof TERMS_FACETS;
export type NumericFacetName = keyof typeof NUMERIC_FACETS;
export type FacetName = TermsFacetName | NumericFacetName | 'missType';

export function isFacetName(name: string): name is FacetName {
  return Object.hasOwn(TERMS_FACETS, name) || Object.hasOwn(NUMERIC_FACETS, name) || name === 'missType';
}

/** One requested facet, as the GraphQL field gives it. */
export interface FacetRequest {
  name: FacetName;
  /**
   * Distinguishes two requests of the same facet with different arguments (GraphQL aliases,
   * e.g. `a: country(size: 5) b: country(contains: "br")`); defaults to the name.
   */
  key?: string;
  size?: number | null;
  contains?: string | null;
  buckets?: number | null;
}

/** Global min/max of each numeric field (cached per index version by the service). */
export type NumericBounds = Partial<Record<NumericFacetName, { min: number | null; max: number | null }>>;

export interface FacetInput {
  requests: readonly FacetRequest[];
  filter?: ReadFilter | null;
  search?: string | null;
  target: Target;
  bounds: NumericBounds;
  /**
   * A condition the request's query carries besides the filter (e.g. an access-control
   * restriction). `global` escapes the query, so the excluding facets must re-apply it.
   */
  restrict?: Query;
}

export type FacetResult = TermsFacet | NumericFacet;

// ---------------------------------------------------------------------------------------------
// Planning: validated requests with everything compile and parse both need.

type Plan = TermsPlan | NumericPlan | MissPlan;

interface MissPlan {
  kind: 'misses';
  key: string;
  spec: typeof MISS_TYPE_FACET;
  size: number;
  /** The request filter's findings, which every bucket carries (set by compileFacets). */
  findings?: FindingFilter | null;
}

interface TermsPlan {
  kind: 'terms';
  key: string;
  name: TermsFacetName;
  spec: TermsFacetSpec;
  size: number;
  /** Explicit values (vocabulary contains) or a regex (open contains), when `contains` is set. */
  include?: string[] | string;
}

interface NumericPlan {
  kind: 'numeric';
  key: string;
  name: NumericFacetName;
  spec: NumericFacetSpec;
  buckets: number;
}

function plan(requests: readonly FacetRequest[]): Plan[] {
  const byKey = new Map<string, { plan: Plan; request: string }>();
  for (const r of requests) {
    const key = r.key ?? r.name;
    const p = planOne(r, key);
    const signature = JSON.stringify([r.name, r.size ?? null, r.contains ?? null, r.buckets ?? null]);
    const seen = byKey.get(key);
    if (seen && seen.request !== signature)
      throw new Error(`facet key ${quote(key)} is used by two different facet requests; give each its own key`);
    if (!seen) byKey.set(key, { plan: p, request: signature });
  }
  return [...byKey.values()].map((v) => v.plan);
}

function planOne(r: FacetRequest, key: string): Plan {
  const field = `facets.${key}`;
  if (r.name === 'missType') {
    if (r.buckets != null || r.contains != null)
      throw new FilterError(`${field}: the missType facet takes size only`, field);
    return { kind: 'misses', key, spec: MISS_TYPE_FACET, size: checkedSize(r.size, field) };
  }
  if (Object.hasOwn(TERMS_FACETS, r.name)) {
    const name = r.name as TermsFacetName;
    const spec: TermsFacetSpec = TERMS_FACETS[name];
    if (r.buckets != null) throw new FilterError(`${field}: buckets applies to numeric facets only`, field);
    const p: TermsPlan = { kind: 'terms', key, name, spec, size: checkedSize(r.size, field) };
    const text = r.contains?.trim();
    if (text) {
      if (!spec.contains)
        throw new FilterError(`${field}.contains: the ${name} facet does not take contains`, `${field}.contains`);
      if (text.length > MAX_CONTAINS_LENGTH)
        throw new FilterError(`${field}.contains: longer than ${MAX_CONTAINS_LENGTH} characters`, `${field}.contains`);
      p.include = spec.contains.kind === 'vocabulary' ? spec.contains.candidates(text) : containsRegex(text);
    }
    return p;
  }
  if (Object.hasOwn(NUMERIC_FACETS, r.name)) {
    const name = r.name as NumericFacetName;
    if (r.size != null || r.contains != null)
      throw new FilterError(`${field}: size and contains apply to terms facets only`, field);
    const buckets = r.buckets ?? DEFAULT_HISTOGRAM_BUCKETS;
    if (!Number.isInteger(buckets) || buckets < 1 || buckets > MAX_HISTOGRAM_BUCKETS)
      throw new FilterError(
        `${field}.buckets: ${quote(buckets)} is outside 1–${MAX_HISTOGRAM_BUCKETS}`,
        `${field}.buckets`,
      );
    return { kind: 'numeric', key, name, spec: NUMERIC_FACETS[name], buckets };
  }
  throw new FilterError(`${field}: unknown facet ${quote(r.name)}`, field);
}

function checkedSize(requested: number | null | undefined, field: string): number {
  const size = requested ?? DEFAULT_FACET_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_FACET_SIZE)
    throw new FilterError(`${field}.size: ${quote(size)} is outside 1–${MAX_FACET_SIZE}`, `${field}.size`);
  return size;
}

/**
 * Lucene regex (terms `include`) matching values that contain `text`, case-insensitively:
 * every letter becomes [xX] and every ASCII character with a meaning in Lucene's regex syntax
 * is escaped, so user text is never syntax.
 */
export function containsRegex(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== upper && lower.length === 1 && upper.length === 1) out += `[${lower}${upper}]`;
    else out += /[A-Za-z0-9 _-]/.test(ch) || ch.codePointAt(0)! > 127 ? ch : `\\${ch}`;
  }
  return `.*${out}.*`;
}

// ---------------------------------------------------------------------------------------------
// Aggregation names (agg names may hold anything but [ ] >; ':' cannot occur in a GraphQL alias)

const FACET = (key: string) => `facet:${key}`;
const DISTINCT = (key: string) => `facet:${key}:distinct`;
const STATS = (key: string) => `facet:${key}:stats`;
const WITH_VALUE = (key: string) => `facet:${key}:with-value`;
const WITHOUT = (field: string) => `facets:without:${field}`;
const SCOPE = 'scope';
const READS = 'facets:reads';
const MATCHING = 'matching';

// ---------------------------------------------------------------------------------------------
// Compilation

/** The `aggs` to add to the search request whose query is the connection's filter + search. */
export function compileFacets(input: FacetInput): Aggs {
  const { filter, search, target, restrict } = input;
  validateReadFilter(filter);
  const plans = plan(input.requests);
  const active = activeFields(filter);
  // Group by the field to leave out: '' = none (the request's own query, top level).
  const groups = new Map<FilterFieldPath | '', Plan[]>();
  for (const p of plans) {
    if (p.kind === 'misses') p.findings = filter?.findings;
    const escapes =
      p.kind === 'misses' ? active.has('missTypes') || active.has('findings') : active.has(p.spec.filterField);
    const omit = escapes ? p.spec.filterField : '';
    groups.set(omit, [...(groups.get(omit) ?? []), p]);
  }
  const aggs: Aggs = {};
  for (const [omit, group] of groups) {
    if (omit === '') {
      Object.assign(aggs, scopeAggregations(group, input, undefined));
      continue;
    }
    // The missType facet's scope leaves out findings too: its buckets carry them.
    const scoped = omit === 'missTypes' ? { ...input, filter: { ...filter, missTypes: null, findings: null } } : input;
    const scopeAggs = scopeAggregations(group, scoped, omit);
    const entities =
      target === 'reads'
        ? compileReadQuery(scoped.filter, search, { omit })
        : compileImageQuery(scoped.filter, search, { omit });
    aggs[WITHOUT(omit)] = {
      global: {},
      aggs: { [SCOPE]: { filter: restricted(entities, restrict), aggs: scopeAggs } },
    };
  }
  return aggs;
}

/** The facet aggs of one scope (entities matching the filter minus `omit`, plus search). */
function scopeAggregations(plans: Plan[], input: FacetInput, omit: FilterFieldPath | undefined): Aggs {
  const out: Aggs = {};
  if (input.target === 'reads') {
    for (const p of plans) Object.assign(out, facetAggregations(p, '', false, input));
    return out;
  }
  // Images: image-level numeric facets on the image; everything else on the matching reads.
  const nested: Aggs = {};
  for (const p of plans) {
    if (p.kind === 'numeric' && p.spec.imageField)
      Object.assign(out, numericAggregations(p, p.spec.imageField, false, input.bounds));
    else Object.assign(nested, facetAggregations(p, 'reads.', true, input));
  }
  if (Object.keys(nested).length > 0)
    out[READS] = {
      nested: { path: 'reads' },
      aggs: {
        [MATCHING]: {
          filter: compileReadQuery(input.filter, input.search, { omit, prefix: 'reads.' }),
          aggs: nested,
        },
      },
    };
  return out;
}

function facetAggregations(p: Plan, prefix: Prefix, images: boolean, input: FacetInput): Aggs {
  if (p.kind === 'misses') return missAggregations(p, prefix, images);
  return p.kind === 'terms'
    ? termsAggregations(p, prefix + p.spec.field, images)
    : numericAggregations(p, prefix + p.spec.field, images, input.bounds);
}

/** One `filters` bucket per miss type, each the missTypes clause with the filter's findings. */
function missAggregations(p: MissPlan, prefix: Prefix, images: boolean): Aggs {
  const filters = Object.fromEntries(
    MISS_TYPES.map((t) => {
      const clauses = compileMisses([t], p.findings, prefix);
      return [t, clauses.length === 1 ? clauses[0]! : { bool: { filter: clauses } }];
    }),
  );
  return {
    [FACET(p.key)]: images ? { filters: { filters }, aggs: countImages() } : { filters: { filters } },
  };
}

/**
 * Reads: `size` buckets (shard_size as Elasticsearch's own default formula) and a cardinality
 * for otherValues; otherCount is sum_other_doc_count.
 * Images: counts come from reverse_nested, so sum_other_doc_count (in reads) is no use; the
 * vocabularies are small, so fetch every value (at most the vocabulary, or 500 for open fields)
 * and cut to `size` when parsing: otherCount is then the images of the cut buckets.
 * With `contains`, the include list/regex bounds the values; all matches are fetched (cut when
 * parsing) because a cardinality cannot be restricted to the matching values.
 */
function termsAggregations(p: TermsPlan, field: string, images: boolean): Aggs {
  const terms: estypes.AggregationsTermsAggregation = { field };
  const out: Aggs = {
    [FACET(p.key)]: images ? { terms, aggs: countImages() } : { terms },
  };
  if (p.include !== undefined) {
    terms.size = Array.isArray(p.include) ? Math.max(1, p.include.length) : MAX_FACET_SIZE;
    terms.include = p.include;
  } else {
    if (images) terms.size = Math.min(MAX_FACET_SIZE, Math.max(p.size, p.spec.vocabularySize ?? MAX_FACET_SIZE));
    else {
      terms.size = p.size;
      terms.shard_size = Math.ceil(p.size * 1.5 + 10);
    }
    out[DISTINCT(p.key)] = { cardinality: { field, precision_threshold: CARDINALITY_PRECISION } };
  }
  // Most images first (ties by value), not most reads.
  if (images) terms.order = [{ [IMAGES]: 'desc' }, { _key: 'asc' }];
  return out;
}

/**
 * stats for count/min/max/avg and an equal-width histogram from the cached global bounds
 * (no second request). Inside nested reads (images target), each histogram bucket and the
 * count are reverse_nested image counts; min/max/avg are over the matching reads.
 */
function numericAggregations(p: NumericPlan, field: string, images: boolean, bounds: NumericBounds): Aggs {
  const out: Aggs = { [STATS(p.key)]: { stats: { field } } };
  const h = histogramPlan(bounds[p.name], p.buckets);
  if (h) {
    const agg = histogramAggregation(field, h);
    if (images) agg.aggs = countImages();
    out[FACET(p.key)] = agg;
  }
  if (images) out[WITH_VALUE(p.key)] = { filter: { exists: { field } }, aggs: countImages() };
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * The response's aggregations → one facet result per request key. Finds each facet where
 * compileFacets put it: under `facets:without:<own field>` when that group exists (its own
 * field was in the filter), else at the top level; under the nested reads for images.
 */
export function parseFacets(
  requests: readonly FacetRequest[],
  aggregations: Record<string, unknown> | undefined,
): Record<string, FacetResult> {
  const out: Record<string, FacetResult> = {};
  const root = aggregations ?? {};
  for (const p of plan(requests)) {
    const group = child(root, WITHOUT(p.spec.filterField));
    const scope = group ? need(group, SCOPE) : root;
    const reads = child(scope, READS);
    const nested = reads ? need(reads, MATCHING) : undefined;
    if (p.kind === 'terms') out[p.key] = parseTerms(p, nested ?? scope);
    else if (p.kind === 'misses') out[p.key] = parseMisses(p, nested ?? scope);
    else out[p.key] = parseNumeric(p, p.spec.imageField || !nested ? scope : nested);
  }
  return out;
}

function parseTerms(p: TermsPlan, container: Record<string, unknown>): TermsFacet {
  const agg = need(container, FACET(p.key)) as { sum_other_doc_count?: number };
  const fetched = rawBuckets(agg);
  const shown = fetched.slice(0, p.size);
  const cut = fetched.slice(p.size);
  const images = fetched.some((b) => b[IMAGES] !== undefined);
  const distinct = child(container, DISTINCT(p.key)) as { value?: number } | undefined;
  const cutCount = cut.reduce((n, b) => n + bucketCount(b), 0);
  return {
    filterField: p.spec.filterField,
    buckets: shown.map((b) => ({ ...p.spec.bucket(String(b.key)), count: bucketCount(b), suppressed: false })),
    otherValues: distinct?.value != null ? Math.max(0, distinct.value - shown.length, cut.length) : cut.length,
    // Counts per value (an entity with two other values counts twice), as the buckets do.
    otherCount: cutCount + (images ? 0 : (agg.sum_other_doc_count ?? 0)),
  };
}

/** Non-empty miss types, most entities first (ties in MISS_TYPES order), cut to `size`. */
function parseMisses(p: MissPlan, container: Record<string, unknown>): TermsFacet {
  const keyed = (need(container, FACET(p.key)) as { buckets?: Record<string, RawBucket> }).buckets ?? {};
  const counted = MISS_TYPES.map((t) => ({ ...p.spec.bucket(t), count: keyed[t] ? bucketCount(keyed[t]) : 0 }))
    .filter((b) => b.count > 0)
    .sort((a, b) => b.count - a.count);
  const cut = counted.slice(p.size);
  return {
    filterField: p.spec.filterField,
    buckets: counted.slice(0, p.size).map((b) => ({ ...b, suppressed: false })),
    otherValues: cut.length,
    otherCount: cut.reduce((n, b) => n + b.count, 0),
  };
}

function parseNumeric(p: NumericPlan, container: Record<string, unknown>): NumericFacet {
  const stats = need(container, STATS(p.key)) as {
    count: number;
    min: number | null;
    max: number | null;
    avg: number | null;
  };
  const withValue = child(container, WITH_VALUE(p.key));
  const imagesWithValue = withValue ? (need(withValue, IMAGES) as { doc_count: number }).doc_count : undefined;
  return {
    filterField: p.spec.filterField,
    count: imagesWithValue ?? stats.count,
    min: stats.count > 0 ? stats.min : null,
    max: stats.count > 0 ? stats.max : null,
    avg: stats.count > 0 ? stats.avg : null,
    histogram: parseHistogram(child(container, FACET(p.key))),
  };
}

// ---------------------------------------------------------------------------------------------
// Bounds: min/max of every numeric facet field, one small request the service caches per
// index version. Run it on the reads index: the images index's nested reads hold the same
// values, and an image's agreement/difficulty equal its reads' image.agreement/difficulty.

export function boundsAggregations(): Aggs {
  return Object.fromEntries(
    (Object.keys(NUMERIC_FACETS) as NumericFacetName[]).map((name) => [
      `bounds:${name}`,
      { stats: { field: NUMERIC_FACETS[name].field } },
    ]),
  );
}

export function parseBounds(aggregations: Record<string, unknown> | undefined): Required<NumericBounds> {
  const out = {} as Required<NumericBounds>;
  for (const name of Object.keys(NUMERIC_FACETS) as NumericFacetName[]) {
    const s = need(aggregations ?? {}, `bounds:${name}`) as { count: number; min: number | null; max: number | null };
    out[name] = s.count > 0 ? { min: s.min, max: s.max } : { min: null, max: null };
  }
  return out;
}
