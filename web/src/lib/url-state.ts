/**
 * Explore and overview state <-> URL query string. Everything a page shows (filters, search,
 * view, sort, columns) lives in the URL, so reloading or sharing a link restores the same page.
 *
 * Encoding (compact, readable, stable key order):
 *   ?view=images&q=pleural+effusion&country=BR,US&finding=PNEUMOTHORAX&certainty=4-5
 *    &duration=30-60&agreement=0.5-&sort=DURATION:desc&cols=thumb,id,country
 * - lists are comma-separated; a comma or percent sign inside a value is escaped as %2C / %25
 *   before the URL's own encoding (so `a,b` stays one dataset name);
 * - ranges are `lo-hi`, `lo-` or `-hi` (all fields are non-negative, so `-` is unambiguous);
 * - defaults (reads view, API default order, default columns) are left out.
 * Parsing never throws: values that do not validate are dropped and named in `problems`, so a
 * hand-edited or stale link still opens, and says what it ignored.
 */
// The enums' values come from the schema (codegen enumsAsConst), never a hand-written copy.
import { Continent, Finding, Role, Strategy, ViewPosition } from '../generated/graphql';
import { COLUMNS, DEFAULT_VIEW, SORT_FIELDS, VIEWS, type View } from './explore-views';

export type { View } from './explore-views';

/** Inclusive range; a missing bound is open. */
export interface NumRange {
  gte?: number;
  lte?: number;
}

export interface ExploreFilters {
  countries: string[];
  continents: Continent[];
  findings: Finding[];
  strategies: Strategy[];
  experienceBands: string[];
  roles: Role[];
  viewPositions: ViewPosition[];
  datasets: string[];
  hedges: string[];
  /** Certainty levels 1–5 of a reported finding (FindingFilter.certainty). */
  certainty?: NumRange;
  durationSec?: NumRange;
  experienceYears?: NumRange;
  fixationCount?: NumRange;
  agreement?: NumRange;
  difficulty?: NumRange;
}

export type ListKey =
  | 'countries'
  | 'continents'
  | 'findings'
  | 'strategies'
  | 'experienceBands'
  | 'roles'
  | 'viewPositions'
  | 'datasets'
  | 'hedges';
export type RangeKey = 'certainty' | 'durationSec' | 'experienceYears' | 'fixationCount' | 'agreement' | 'difficulty';

export interface SortKey {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface ExploreState {
  view: View;
  /** Full-text search over reasoning, impression and clinical context ('' = none). */
  search: string;
  /** Search the words as written: no other word forms or synonyms (`exact=1`). */
  exact: boolean;
  filters: ExploreFilters;
  /** null: the API's default order (relevance with a search, else id). */
  sort: SortKey | null;
  /** Visible column ids in table order; null: the view's defaults. */
  columns: string[] | null;
}

export const MAX_SEARCH_LENGTH = 1000;

export interface SearchVariables {
  search: string | null;
  /** Sent (false) only when the search is taken as written; the API expands by default. */
  expand?: boolean;
}

/** The search part of every request a page sends for a state (results, facets, overview, export). */
export function searchVariables(state: Pick<ExploreState, 'search' | 'exact'>): SearchVariables {
  const search = state.search.trim() || null;
  return search && state.exact ? { search, expand: false } : { search };
}
const MAX_VALUES = 200;
const MAX_VALUE_LENGTH = 200;

type Check = (v: string) => string | undefined; // error text, or undefined when valid
const oneOf = (values: Record<string, string>, what: string): Check => {
  const known = new Set(Object.values(values));
  return (v) => (known.has(v) ? undefined : `unknown ${what}`);
};
const anyText: Check = (v) => (v.length > 0 && v.length <= MAX_VALUE_LENGTH ? undefined : 'empty or too long');

/** Values only the dataset knows (its `vocabulary`); until it has arrived, the form is checked. */
export interface KnownValues {
  countries?: ReadonlySet<string>;
}

const countryCheck =
  (known: KnownValues): Check =>
  (v) =>
    !/^[A-Z]{2}$/.test(v)
      ? 'not an ISO 3166-1 alpha-2 code (two capital letters)'
      : known.countries && !known.countries.has(v)
        ? 'unknown country code'
        : undefined;

/** URL parameter per list filter, in URL order. */
export const LIST_PARAMS: readonly { key: ListKey; param: string; check: Check }[] = [
  { key: 'countries', param: 'country', check: countryCheck({}) },
  { key: 'continents', param: 'continent', check: oneOf(Continent, 'continent') },
  { key: 'findings', param: 'finding', check: oneOf(Finding, 'finding') },
  { key: 'strategies', param: 'strategy', check: oneOf(Strategy, 'strategy') },
  {
    key: 'experienceBands',
    param: 'band',
    check: (v) => (/^\d{1,3}(-\d{1,3}|\+)?$/.test(v) ? undefined : 'not an experience band such as 5-9'),
  },
  { key: 'roles', param: 'role', check: oneOf(Role, 'role') },
  { key: 'viewPositions', param: 'position', check: oneOf(ViewPosition, 'view position') },
  { key: 'datasets', param: 'dataset', check: anyText },
  { key: 'hedges', param: 'hedge', check: anyText },
];

/** URL parameter per range filter; `integer` ranges reject fractions; `max` bounds them. */
export const RANGE_PARAMS: readonly { key: RangeKey; param: string; integer: boolean; max?: number; min?: number }[] = [
  { key: 'certainty', param: 'certainty', integer: true, min: 1, max: 5 },
  { key: 'durationSec', param: 'duration', integer: false },
  { key: 'experienceYears', param: 'experience', integer: false },
  { key: 'fixationCount', param: 'fixations', integer: true },
  { key: 'agreement', param: 'agreement', integer: false, max: 1 },
  { key: 'difficulty', param: 'difficulty', integer: false, max: 1 },
];

export function emptyFilters(): ExploreFilters {
  return {
    countries: [],
    continents: [],
    findings: [],
    strategies: [],
    experienceBands: [],
    roles: [],
    viewPositions: [],
    datasets: [],
    hedges: [],
  };
}

export function defaultState(): ExploreState {
  return { view: DEFAULT_VIEW, search: '', exact: false, filters: emptyFilters(), sort: null, columns: null };
}

export interface ParseResult {
  state: ExploreState;
  /** What was ignored and why, e.g. `country: "XX" is not an ISO 3166-1 alpha-2 code`. */
  problems: string[];
}

/** Anything with `get` (URLSearchParams, Next's ReadonlyURLSearchParams). */
export interface ParamSource {
  get(name: string): string | null;
}

export function parseState(params: ParamSource | string, known: KnownValues = {}): ParseResult {
  const source: ParamSource = typeof params === 'string' ? new URLSearchParams(params) : params;
  const problems: string[] = [];
  const state = defaultState();

  const view = source.get('view');
  if (view !== null && view !== '') {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as View;
    else problems.push(`view: ${quote(view)} is not one of ${VIEWS.join(', ')}`);
  }

  const q = source.get('q');
  if (q !== null) {
    const text = q.trim();
    if (text.length > MAX_SEARCH_LENGTH) problems.push(`q: longer than ${MAX_SEARCH_LENGTH} characters`);
    else state.search = text;
  }

  const exact = source.get('exact');
  if (exact !== null && exact !== '') {
    if (exact === '1') state.exact = true;
    else if (exact !== '0') problems.push(`exact: ${quote(exact)} is not 1 or 0`);
  }

  for (const spec of LIST_PARAMS) {
    const { key, param } = spec;
    const check = key === 'countries' ? countryCheck(known) : spec.check;
    const raw = source.get(param);
    if (raw === null || raw === '') continue;
    const values: string[] = [];
    for (const v of splitList(raw)) {
      const err = check(v);
      if (err) problems.push(`${param}: ${quote(v)} ${err.startsWith('unknown') ? 'is an ' + err : 'is ' + err}`);
      else if (!values.includes(v)) values.push(v);
    }
    if (values.length > MAX_VALUES) problems.push(`${param}: more than ${MAX_VALUES} values; the rest were ignored`);
    (state.filters[key] as string[]) = values.slice(0, MAX_VALUES);
  }

  for (const spec of RANGE_PARAMS) {
    const raw = source.get(spec.param);
    if (raw === null || raw === '') continue;
    const parsed = parseRange(raw, spec);
    if (typeof parsed === 'string') problems.push(`${spec.param}: ${parsed}`);
    else if (parsed) state.filters[spec.key] = parsed;
  }

  const sort = source.get('sort');
  if (sort !== null && sort !== '') {
    const m = /^([A-Z_]+)(?::(asc|desc))?$/i.exec(sort);
    const field = m?.[1]?.toUpperCase();
    if (!m || !field || !SORT_FIELDS[state.view].includes(field))
      problems.push(`sort: ${quote(sort)} is not a sort of the ${state.view} view`);
    else state.sort = { field, direction: m[2]?.toLowerCase() === 'desc' ? 'DESC' : 'ASC' };
  }

  const cols = source.get('cols');
  if (cols !== null && cols !== '') {
    const known = new Set(COLUMNS[state.view].map((c) => c.id));
    const chosen: string[] = [];
    for (const c of splitList(cols)) {
      if (!known.has(c)) problems.push(`cols: ${quote(c)} is not a column of the ${state.view} view`);
      else if (!chosen.includes(c)) chosen.push(c);
    }
    state.columns = chosen.length ? chosen : null;
  }

  return { state, problems };
}

/** The query string (without `?`) for a state; '' for the default state. */
export function serializeState(state: ExploreState, opts: { only?: 'filters' } = {}): string {
  const parts: string[] = [];
  const add = (param: string, value: string) => parts.push(`${param}=${encodeParam(value)}`);
  if (!opts.only && state.view !== DEFAULT_VIEW) add('view', state.view);
  if (state.search.trim()) add('q', state.search.trim());
  if (state.search.trim() && state.exact) add('exact', '1');
  for (const { key, param } of LIST_PARAMS) {
    const values = state.filters[key];
    if (values.length) add(param, values.map(escapeListValue).join(','));
  }
  for (const { key, param } of RANGE_PARAMS) {
    const r = state.filters[key];
    if (r && (r.gte !== undefined || r.lte !== undefined)) add(param, `${formatNumber(r.gte)}-${formatNumber(r.lte)}`);
  }
  if (!opts.only) {
    if (state.sort) add('sort', `${state.sort.field}:${state.sort.direction.toLowerCase()}`);
    if (state.columns) add('cols', state.columns.join(','));
  }
  return parts.join('&');
}

/** `?query` or '' — for building links. */
export function queryString(state: ExploreState, opts: { only?: 'filters' } = {}): string {
  const s = serializeState(state, opts);
  return s ? `?${s}` : '';
}

function parseRange(raw: string, spec: (typeof RANGE_PARAMS)[number]): NumRange | string | undefined {
  const m = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(raw.trim());
  if (!m) return `${quote(raw)} is not a range such as 10-60, 10- or -60`;
  const range: NumRange = {};
  if (m[1] !== undefined) range.gte = Number(m[1]);
  if (m[2] !== undefined) range.lte = Number(m[2]);
  for (const v of [range.gte, range.lte]) {
    if (v === undefined) continue;
    if (spec.integer && !Number.isInteger(v)) return `${quote(raw)}: whole numbers only`;
    if (spec.max !== undefined && v > spec.max) return `${quote(raw)}: values go up to ${spec.max}`;
    if (spec.min !== undefined && v < spec.min) return `${quote(raw)}: values start at ${spec.min}`;
  }
  if (range.gte !== undefined && range.lte !== undefined && range.gte > range.lte)
    return `${quote(raw)}: the lower bound is above the upper one`;
  return range.gte === undefined && range.lte === undefined ? undefined : range;
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => (v.includes('%') ? safeDecode(v) : v));
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** A value's own commas and percent signs, so the list separator stays unambiguous. */
function escapeListValue(v: string): string {
  return v.replace(/%/g, '%25').replace(/,/g, '%2C');
}

/** encodeURIComponent, then un-escape what is safe and readable in a query value. */
function encodeParam(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** Shortest exact decimal: 0.5, 30, 12.25 (no exponent for the ranges we hold). */
function formatNumber(v: number | undefined): string {
  if (v === undefined) return '';
  return String(Number(v.toFixed(6)));
}

function quote(v: string): string {
  return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
}
