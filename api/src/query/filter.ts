/**
 * ReadFilter / ReaderFilter → Elasticsearch query DSL. Pure functions: no client, no I/O, so the
 * output is pinned by golden tests and the same compiler serves the reads index, the images
 * index (reads nested under `reads.`) and every facet's "all filters but mine" variant.
 *
 * Semantics (schema.graphql's ReadFilter): top-level fields AND (bool `filter`: no scoring,
 * cacheable), values within a list OR (`terms`), `and`/`or`/`not` compose sub-filters. An empty
 * value list or a range without bounds is no condition (a facet UI with nothing selected sends
 * `[]`, which should mean "any", not "none").
 */
import type { estypes } from '@elastic/elasticsearch';
import { CERTAINTY_MAX, CERTAINTY_MIN } from '@chexthought/search-index/vocabulary';
import type {
  FindingFilter,
  FloatRange,
  GazeFilter,
  IntRange,
  MissType,
  ReadFilter,
  ReaderFilter,
} from '../generated/graphql.ts';
import { fieldError, quote } from './errors.ts';
import { FINDINGS } from '@chexthought/search-index/vocabulary';
import { missKey } from '@chexthought/search-index/indices/reads';
import { FINDING_ENTRY, READER_FIELD, READ_FIELD } from './fields.ts';
import { compileSearch, imageInnerHits } from './search.ts';
import {
  CONTINENT,
  COUNTRY_CODES,
  EXPERIENCE_BAND_KEYS,
  FINDING,
  HEDGE_SET,
  ROLE,
  STRATEGY,
  VIEW_POSITION,
  type EnumMapping,
} from './vocabulary-map.ts';

type Query = estypes.QueryDslQueryContainer;

/** Deepest and/or/not nesting accepted (the top-level filter is level 1). */
export const MAX_FILTER_DEPTH = 8;
/** Longest value list accepted in one filter field (ids lists in practice). */
export const MAX_LIST_LENGTH = 1000;

export type Prefix = '' | 'reads.';
export type ReadFilterField = keyof ReadFilter;
/** ReadFilter fields that are conditions (not and/or/not composition). */
export type ReadConditionField = Exclude<ReadFilterField, 'and' | 'or' | 'not'>;
/** A range of the `gaze` filter, by path: a numeric gaze facet omits only its own range. */
export type GazeFilterPath = `gaze.${keyof GazeFilter}`;
/** What a facet can leave out of the filter: a top-level field, or one gaze range. */
export type FilterFieldPath = ReadFilterField | GazeFilterPath;

export interface CompileOptions {
  /** Drop this TOP-LEVEL field (a facet's own field); sub-filters inside and/or/not keep it. */
  omit?: FilterFieldPath;
  /** '' on the reads index; 'reads.' inside the images index's nested reads. */
  prefix?: Prefix;
}

// A fresh object each time: callers may extend what they get.
const matchAll = (): Query => ({ match_all: {} });

// ---------------------------------------------------------------------------------------------
// Field table: one line per ReadFilter field says how it compiles. Its order is the order of the
// clauses in the output (so the DSL does not depend on the key order the client sent).

type Compiler = (value: never, field: string, prefix: Prefix) => Query[];
type Validator = (value: never, field: string) => void;

interface FieldSpec {
  validate: Validator;
  compile: Compiler;
}

const terms = (esField: string, map: (v: string, field: string) => string = (v) => v): FieldSpec => ({
  validate: () => {},
  compile: ((values: readonly string[] | null | undefined, field: string, prefix: Prefix) => {
    const list = uniq((values ?? []).map((v) => map(v, field)));
    return list.length === 0 ? [] : [{ terms: { [prefix + esField]: list } }];
  }) as Compiler,
});

const enumTerms = (esField: string, mapping: EnumMapping<string>): FieldSpec => ({
  ...terms(esField, (v, field) => mapping.toStored(v, field)),
  validate: ((values: readonly string[] | null | undefined, field: string) =>
    listOf(values, field, (v, i) => void mapping.toStored(v, `${field}[${i}]`))) as Validator,
});

const vocabularyTerms = (esField: string, known: (v: string) => boolean, what: string, hint: string): FieldSpec => ({
  ...terms(esField),
  validate: ((values: readonly string[] | null | undefined, field: string) =>
    listOf(values, field, (v, i) => {
      if (!known(v)) throw fieldError(`${field}[${i}]`, `unknown ${what} ${quote(v)}; ${hint}`);
    })) as Validator,
});

const idTerms = (esField: string): FieldSpec => ({
  ...terms(esField),
  validate: ((values: readonly string[] | null | undefined, field: string) =>
    listOf(values, field, (v, i) => {
      if (typeof v !== 'string') throw fieldError(`${field}[${i}]`, `expected a string, got ${quote(v)}`);
    })) as Validator,
});

const range = (esField: string, bounds?: { min: number; max: number }): FieldSpec => ({
  validate: ((r: FloatRange | IntRange | null | undefined, field: string) =>
    validateRange(r, field, bounds)) as Validator,
  compile: ((r: FloatRange | IntRange | null | undefined, _field: string, prefix: Prefix) => {
    const b = rangeBounds(r);
    return b ? [{ range: { [prefix + esField]: b } }] : [];
  }) as Compiler,
});

const flag = (esField: string): FieldSpec => ({
  validate: ((v: boolean | null | undefined, field: string) => {
    if (v != null && typeof v !== 'boolean') throw fieldError(field, `expected true or false, got ${quote(v)}`);
  }) as Validator,
  compile: ((v: boolean | null | undefined, _field: string, prefix: Prefix) =>
    v == null ? [] : [{ term: { [prefix + esField]: v } }]) as Compiler,
});

const findings: FieldSpec = {
  validate: ((f: FindingFilter | null | undefined, field: string) => {
    if (f == null) return;
    if (typeof f !== 'object') throw fieldError(field, `expected an object, got ${quote(f)}`);
    for (const key of Object.keys(f))
      if (key !== 'any' && key !== 'all' && key !== 'certainty')
        throw fieldError(`${field}.${key}`, 'unknown field (expected any, all or certainty)');
    for (const key of ['any', 'all'] as const)
      listOf(f[key], `${field}.${key}`, (v, i) => void FINDING.toStored(v, `${field}.${key}[${i}]`));
    validateRange(f.certainty, `${field}.certainty`, { min: CERTAINTY_MIN, max: CERTAINTY_MAX });
  }) as Validator,
  compile: ((f: FindingFilter | null | undefined, field: string, prefix: Prefix) =>
    compileFindings(f, field, prefix)) as Compiler,
};

/** ReadFilter field → how it validates and compiles. `satisfies` keeps it total over the schema. */
const countryTerms = (esField: string) =>
  vocabularyTerms(
    esField,
    (v) => COUNTRY_CODES.has(v),
    'country code',
    'use ISO 3166-1 alpha-2 codes in upper case, e.g. "BR" (see Vocabulary.countries)',
  );
const bandTerms = (esField: string) =>
  vocabularyTerms(
    esField,
    (v) => EXPERIENCE_BAND_KEYS.includes(v),
    'experience band',
    `expected one of ${EXPERIENCE_BAND_KEYS.map((b) => quote(b)).join(', ')}`,
  );

const UNIT = { min: 0, max: 1 };

/** GazeFilter range → its field; all must hold (docs/metrics.md). */
export const GAZE_RANGES = {
  lungCoverage: range(READ_FIELD.lungCoverage, UNIT),
  meanFixationMs: range(READ_FIELD.meanFixationMs),
  meanSaccadeDeg: range(READ_FIELD.meanSaccadeDeg),
  ttffLungSec: range(READ_FIELD.ttffLungSec),
  eyeVoiceSpanSec: range(READ_FIELD.eyeVoiceSpanSec),
  peerSimilarity: range(READ_FIELD.peerSimilarity, UNIT),
  peerAoiSimilarity: range(READ_FIELD.peerAoiSimilarity, UNIT),
} satisfies Record<keyof GazeFilter, FieldSpec>;

const gaze: FieldSpec = {
  validate: ((g: GazeFilter | null | undefined, field: string) => {
    if (g == null) return;
    if (typeof g !== 'object' || Array.isArray(g)) throw fieldError(field, `expected an object, got ${quote(g)}`);
    for (const [key, value] of Object.entries(g)) {
      if (!Object.hasOwn(GAZE_RANGES, key))
        throw fieldError(`${field}.${key}`, `unknown field (expected ${Object.keys(GAZE_RANGES).join(', ')})`);
      (GAZE_RANGES[key as keyof GazeFilter].validate as (v: unknown, f: string) => void)(value, `${field}.${key}`);
    }
  }) as Validator,
  compile: ((g: GazeFilter | null | undefined, field: string, prefix: Prefix) =>
    g == null
      ? []
      : (Object.keys(GAZE_RANGES) as (keyof GazeFilter)[]).flatMap((key) =>
          (GAZE_RANGES[key].compile as (v: unknown, f: string, p: Prefix) => Query[])(
            g[key],
            `${field}.${key}`,
            prefix,
          ),
        )) as Compiler,
};

export const MISS_TYPES = ['SEARCH', 'RECOGNITION', 'DECISION'] as const satisfies readonly MissType[];

/** Compiled by readClauses together with `findings` (compileMisses); alone it is any finding's miss. */
const missTypes: FieldSpec = {
  validate: ((values: readonly string[] | null | undefined, field: string) =>
    listOf(values, field, (v, i) => {
      if (!(MISS_TYPES as readonly string[]).includes(v))
        throw fieldError(`${field}[${i}]`, `unknown miss type ${quote(v)}; expected ${MISS_TYPES.join(', ')}`);
    })) as Validator,
  compile: ((values: readonly MissType[] | null | undefined, _field: string, prefix: Prefix) =>
    compileMisses(values, null, prefix)) as Compiler,
};

export const READ_FILTER_FIELDS = {
  countries: countryTerms(READ_FIELD.country),
  continents: enumTerms(READ_FIELD.continent, CONTINENT),
  findings,
  strategies: enumTerms(READ_FIELD.strategy, STRATEGY),
  experienceYears: range(READ_FIELD.experienceYears),
  experienceBands: bandTerms(READ_FIELD.experienceBand),
  roles: enumTerms(READ_FIELD.role, ROLE),
  viewPositions: enumTerms(READ_FIELD.viewPosition, VIEW_POSITION),
  datasets: idTerms(READ_FIELD.dataset),
  durationSec: range(READ_FIELD.durationSec),
  hasClinicalContext: flag(READ_FIELD.clinicalContextShown),
  usedClinicalContext: flag(READ_FIELD.clinicalContextUsed),
  agreement: range(READ_FIELD.agreement),
  difficulty: range(READ_FIELD.difficulty),
  fixationCount: range(READ_FIELD.fixationCount),
  missTypes,
  gaze,
  hedges: vocabularyTerms(READ_FIELD.hedges, (v) => HEDGE_SET.has(v), 'hedge', 'see Vocabulary.hedges'),
  imageIds: idTerms(READ_FIELD.imageId),
  readerIds: idTerms(READ_FIELD.readerId),
  readIds: idTerms(READ_FIELD.id),
} satisfies Record<ReadConditionField, FieldSpec>;

/** The readers index holds the same reader fields at its top level. */
const READER_FILTER_FIELDS = {
  countries: countryTerms(READER_FIELD.country),
  continents: enumTerms(READER_FIELD.continent, CONTINENT),
  roles: enumTerms(READER_FIELD.role, ROLE),
  experienceYears: range(READER_FIELD.experienceYears),
  experienceBands: bandTerms(READER_FIELD.experienceBand),
  readerIds: idTerms(READER_FIELD.id),
} satisfies Record<keyof ReaderFilter, FieldSpec>;

// ---------------------------------------------------------------------------------------------
// Validation

/**
 * Throws FilterError (naming the field path, e.g. `filter.or[1].countries[0]`) for: unknown
 * fields or vocabulary values (country code, experience band, hedge, enum), inverted or
 * non-finite ranges, certainty outside 1–5, empty `and`/`or`, nesting deeper than 8 levels,
 * lists longer than 1,000 values.
 */
export function validateReadFilter(filter: ReadFilter | null | undefined, path = 'filter'): void {
  validateNode(filter, path, 1);
}

function validateNode(filter: ReadFilter | null | undefined, path: string, depth: number): void {
  if (filter == null) return;
  if (typeof filter !== 'object' || Array.isArray(filter))
    throw fieldError(path, `expected a filter object, got ${quote(filter)}`);
  if (depth > MAX_FILTER_DEPTH)
    throw fieldError(path, `filter nesting is deeper than ${MAX_FILTER_DEPTH} levels of and/or/not`);
  for (const [key, value] of Object.entries(filter)) {
    const field = `${path}.${key}`;
    if (key === 'and' || key === 'or') {
      if (value == null) continue;
      if (!Array.isArray(value)) throw fieldError(field, `expected a list of filters, got ${quote(value)}`);
      if (value.length === 0) throw fieldError(field, `empty list: give at least one filter or leave ${key} out`);
      if (value.length > MAX_LIST_LENGTH) throw fieldError(field, `more than ${MAX_LIST_LENGTH} filters`);
      value.forEach((sub: ReadFilter, i: number) => validateNode(sub, `${field}[${i}]`, depth + 1));
    } else if (key === 'not') {
      validateNode(value as ReadFilter | null, field, depth + 1);
    } else if (Object.hasOwn(READ_FILTER_FIELDS, key)) {
      (READ_FILTER_FIELDS[key as ReadConditionField].validate as (v: unknown, f: string) => void)(value, field);
    } else {
      throw fieldError(field, 'unknown filter field');
    }
  }
}

export function validateReaderFilter(filter: ReaderFilter | null | undefined, path = 'filter'): void {
  if (filter == null) return;
  if (typeof filter !== 'object' || Array.isArray(filter))
    throw fieldError(path, `expected a filter object, got ${quote(filter)}`);
  for (const [key, value] of Object.entries(filter)) {
    if (!Object.hasOwn(READER_FILTER_FIELDS, key)) throw fieldError(`${path}.${key}`, 'unknown filter field');
    (READER_FILTER_FIELDS[key as keyof ReaderFilter].validate as (v: unknown, f: string) => void)(
      value,
      `${path}.${key}`,
    );
  }
}

function listOf<T>(values: readonly T[] | null | undefined, field: string, check: (v: T, i: number) => void): void {
  if (values == null) return;
  if (!Array.isArray(values)) throw fieldError(field, `expected a list, got ${quote(values)}`);
  if (values.length > MAX_LIST_LENGTH)
    throw fieldError(field, `${values.length} values; at most ${MAX_LIST_LENGTH} are accepted in one list`);
  values.forEach(check);
}

function validateRange(
  r: FloatRange | IntRange | null | undefined,
  field: string,
  bounds?: { min: number; max: number },
): void {
  if (r == null) return;
  if (typeof r !== 'object') throw fieldError(field, `expected a range {gte, lte}, got ${quote(r)}`);
  for (const key of Object.keys(r))
    if (key !== 'gte' && key !== 'lte') throw fieldError(`${field}.${key}`, 'unknown field (expected gte or lte)');
  for (const key of ['gte', 'lte'] as const) {
    const v = r[key];
    if (v == null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw fieldError(`${field}.${key}`, `expected a finite number, got ${quote(v)}`);
    if (bounds && (v < bounds.min || v > bounds.max))
      throw fieldError(`${field}.${key}`, `${v} is outside ${bounds.min}–${bounds.max}`);
  }
  if (r.gte != null && r.lte != null && r.gte > r.lte)
    throw fieldError(field, `inverted range: gte ${r.gte} is greater than lte ${r.lte}`);
}

// ---------------------------------------------------------------------------------------------
// Compilation

/**
 * The read-level filter as a query. match_all for an empty filter; otherwise a bool `filter` of
 * one clause per active top-level field (in READ_FILTER_FIELDS order), then and/or/not.
 * Validates first (cheap), so unvalidated input cannot reach the engine.
 */
export function compileReadFilter(filter: ReadFilter | null | undefined, opts: CompileOptions = {}): Query {
  validateReadFilter(filter);
  return boolFilter(readClauses(filter, opts.prefix ?? '', opts.omit, 'filter'));
}

/** The reads index query: the filter (no scoring) plus the search text (scored) when given. */
export function compileReadQuery(
  filter: ReadFilter | null | undefined,
  search?: string | null,
  opts: CompileOptions = {},
): Query {
  validateReadFilter(filter);
  return withSearch(readClauses(filter, opts.prefix ?? '', opts.omit, 'filter'), search, opts.prefix ?? '');
}

function withSearch(clauses: Query[], search: string | null | undefined, prefix: Prefix): Query {
  if (search == null) return boolFilter(clauses);
  const must = [compileSearch(search, prefix)];
  return { bool: clauses.length ? { filter: clauses, must } : { must } };
}

export interface ImageQueryOptions {
  omit?: FilterFieldPath;
  /** Ask for the best matching read as inner hit (with highlights when there is a search). */
  innerHits?: boolean;
  /** Score each image by its number of matching reads (1 per read, summed), for `min_score`. */
  countReads?: boolean;
}

/**
 * The images index query: images with at least one read matching the whole filter (and the
 * search). ONE nested clause, so every condition holds on the same read; image-level fields
 * (agreement, viewPosition…) are copied onto every read, so they need no separate clause.
 * Scores are the best read's (score_mode max), so RELEVANCE ranks by best match.
 */
export function compileImageQuery(
  filter: ReadFilter | null | undefined,
  search?: string | null,
  opts: ImageQueryOptions = {},
): Query {
  validateReadFilter(filter);
  const clauses = readClauses(filter, 'reads.', opts.omit, 'filter');
  // No condition left: every image, including any without reads.
  if (opts.countReads)
    return {
      nested: {
        path: 'reads',
        query: { constant_score: { filter: withSearch(clauses, search, 'reads.'), boost: 1 } },
        score_mode: 'sum',
      },
    };
  if (clauses.length === 0 && search == null) return matchAll();
  const nested: estypes.QueryDslNestedQuery = {
    path: 'reads',
    query: withSearch(clauses, search, 'reads.'),
    score_mode: 'max',
  };
  if (opts.innerHits) nested.inner_hits = imageInnerHits(search != null);
  return { nested };
}

/** The readers index query (fields: country, continent, role, experienceYears, experienceBand, id). */
export function compileReaderFilter(filter: ReaderFilter | null | undefined): Query {
  validateReaderFilter(filter);
  const clauses: Query[] = [];
  if (filter != null)
    for (const key of Object.keys(READER_FILTER_FIELDS) as (keyof ReaderFilter)[]) {
      const compile = READER_FILTER_FIELDS[key].compile as (v: unknown, f: string, p: Prefix) => Query[];
      clauses.push(...compile(filter[key], `filter.${key}`, ''));
    }
  return boolFilter(clauses);
}

/**
 * Top-level ReadFilter fields that contribute a condition (what a facet's `omit` can remove);
 * the `gaze` field contributes one path per active range (`gaze.lungCoverage`).
 */
export function activeFields(filter: ReadFilter | null | undefined): Set<FilterFieldPath> {
  const out = new Set<FilterFieldPath>();
  if (filter == null) return out;
  for (const key of Object.keys(READ_FILTER_FIELDS) as ReadConditionField[])
    if (key !== 'gaze' && compileField(key, filter[key], '', 'filter').length > 0) out.add(key);
  for (const key of Object.keys(GAZE_RANGES) as (keyof GazeFilter)[])
    if (compileField('gaze', { [key]: filter.gaze?.[key] }, '', 'filter').length > 0) out.add(`gaze.${key}`);
  for (const key of ['and', 'or', 'not'] as const) if (filter[key] != null) out.add(key);
  return out;
}

/** True when `missTypes` is active: `findings` then says whose misses (compiled with it). */
function missesTakeFindings(filter: ReadFilter, omit: FilterFieldPath | undefined): boolean {
  return omit !== 'missTypes' && (filter.missTypes ?? []).length > 0;
}

function readClauses(
  filter: ReadFilter | null | undefined,
  prefix: Prefix,
  omit: FilterFieldPath | undefined,
  path: string,
): Query[] {
  if (filter == null) return [];
  const clauses: Query[] = [];
  const takeFindings = missesTakeFindings(filter, omit);
  for (const key of Object.keys(READ_FILTER_FIELDS) as ReadConditionField[]) {
    if (key === omit || (key === 'findings' && takeFindings)) continue;
    const field = `${path}.${key}`;
    if (key === 'missTypes')
      clauses.push(...compileMisses(filter.missTypes, omit === 'findings' ? null : filter.findings, prefix, field));
    else if (key === 'gaze' && omit?.startsWith('gaze.') && filter.gaze)
      clauses.push(...compileField(key, { ...filter.gaze, [omit.slice(5)]: null }, prefix, field));
    else clauses.push(...compileField(key, filter[key], prefix, field));
  }
  // Sub-filters are compiled whole: `omit` applies to the top level only. One clause needs no
  // bool of its own (the DSL stays readable for "show me the query").
  const sub = (f: ReadFilter, p: string) => {
    const inner = readClauses(f, prefix, undefined, p);
    return inner.length === 1 ? inner[0]! : boolFilter(inner);
  };
  if (omit !== 'and' && filter.and)
    clauses.push({ bool: { must: filter.and.map((f, i) => sub(f, `${path}.and[${i}]`)) } });
  if (omit !== 'or' && filter.or)
    clauses.push({ bool: { should: filter.or.map((f, i) => sub(f, `${path}.or[${i}]`)), minimum_should_match: 1 } });
  if (omit !== 'not' && filter.not) clauses.push({ bool: { must_not: [sub(filter.not, `${path}.not`)] } });
  return clauses;
}

function compileField(key: ReadConditionField, value: unknown, prefix: Prefix, path: string): Query[] {
  return (READ_FILTER_FIELDS[key].compile as (v: unknown, f: string, p: Prefix) => Query[])(value, path, prefix);
}

/**
 * FindingFilter (schema): without certainty, labels are the positive ones (certainty ≥ 3, the
 * flat `findingLabels` field): any → one terms, all → one term per label. With certainty, one
 * reported finding must have both a listed label and a certainty in range, so it is a nested
 * query on `findings` (per label for `all`; without labels, any finding in range).
 */
function compileFindings(f: FindingFilter | null | undefined, field: string, prefix: Prefix): Query[] {
  if (f == null) return [];
  const any = uniq((f.any ?? []).map((v, i) => FINDING.toStored(v, `${field}.any[${i}]`)));
  const all = uniq((f.all ?? []).map((v, i) => FINDING.toStored(v, `${field}.all[${i}]`)));
  const certainty = rangeBounds(f.certainty);
  if (!certainty) {
    const out: Query[] = [];
    const labels = prefix + READ_FIELD.findingLabels;
    if (any.length) out.push({ terms: { [labels]: any } });
    for (const label of all) out.push({ term: { [labels]: label } });
    return out;
  }
  const path = prefix + READ_FIELD.findings;
  const inRange: Query = { range: { [`${path}.${FINDING_ENTRY.certainty}`]: certainty } };
  const oneFinding = (label?: Query): Query => ({
    nested: { path, query: { bool: { filter: label ? [label, inRange] : [inRange] } } },
  });
  const out: Query[] = [];
  if (any.length) out.push(oneFinding({ terms: { [`${path}.${FINDING_ENTRY.label}`]: any } }));
  for (const label of all) out.push(oneFinding({ term: { [`${path}.${FINDING_ENTRY.label}`]: label } }));
  if (!any.length && !all.length) out.push(oneFinding());
  return out;
}

/**
 * A read with at least one miss of a listed type; with `findings`, a miss of one of `any` (one
 * clause), of each of `all` (a clause per label), with a certainty in `certainty` — the reading
 * "a miss of that finding" (schema: missTypes). Each miss is indexed as one missKey (finding,
 * type, certainty), so the conditions hold within one finding: a terms over the keys they allow
 * (certainty is 1–5, or none when the reader did not name the finding).
 */
export function compileMisses(
  types: readonly MissType[] | null | undefined,
  f: FindingFilter | null | undefined,
  prefix: Prefix,
  field = 'filter.missTypes',
): Query[] {
  const list = uniq(types ?? []);
  if (list.length === 0) return [];
  const any = uniq((f?.any ?? []).map((v, i) => FINDING.toStored(v, `${field}.any[${i}]`)));
  const all = uniq((f?.all ?? []).map((v, i) => FINDING.toStored(v, `${field}.all[${i}]`)));
  const range = rangeBounds(f?.certainty);
  if (!any.length && !all.length && !range) return [{ terms: { [prefix + READ_FIELD.missTypes]: list } }];
  const certainties: Array<number | null> = range
    ? CERTAINTY_LEVELS.filter((c) => (range.gte == null || c >= range.gte) && (range.lte == null || c <= range.lte))
    : [null, ...CERTAINTY_LEVELS];
  const keys = (labels: readonly string[]) => ({
    terms: {
      [prefix + READ_FIELD.misses]: labels.flatMap((l) =>
        list.flatMap((t) => certainties.map((c) => missKey(l as (typeof FINDINGS)[number], t, c))),
      ),
    },
  });
  const out: Query[] = [];
  if (any.length) out.push(keys(any));
  for (const label of all) out.push(keys([label]));
  if (!any.length && !all.length) out.push(keys(FINDINGS));
  return out;
}

const CERTAINTY_LEVELS = Array.from({ length: CERTAINTY_MAX - CERTAINTY_MIN + 1 }, (_, i) => CERTAINTY_MIN + i);

function rangeBounds(r: FloatRange | IntRange | null | undefined): { gte?: number; lte?: number } | undefined {
  if (r == null) return undefined;
  const b: { gte?: number; lte?: number } = {};
  if (r.gte != null) b.gte = r.gte;
  if (r.lte != null) b.lte = r.lte;
  return b.gte === undefined && b.lte === undefined ? undefined : b;
}

function boolFilter(clauses: Query[]): Query {
  return clauses.length === 0 ? matchAll() : { bool: { filter: clauses } };
}

function uniq<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
