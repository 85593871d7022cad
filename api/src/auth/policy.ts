/**
 * What each tier may ask for (docs/access.md), checked on the parsed operation before anything
 * runs: the public tier reads aggregates only (dataset, vocabulary, statistics, connection
 * totals and facets); every other field is record-level (credentialed); audit events are for
 * admins. The walk follows fragments, so a fragment cannot smuggle a field past it.
 */
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { ReadFilter, ReaderFilter } from '../generated/graphql.ts';
import { atLeast, type Principal, type Tier } from './principal.ts';

/**
 * Fields the public tier may select, by parent type ('*': all of the type's fields). Anything
 * not listed is record-level by default — also new aggregate types whose counts cannot be
 * suppressed yet (statistics' missesByFinding, lungCoverageByExperience: non-null counts).
 */
const PUBLIC_FIELDS: Record<string, '*' | readonly string[]> = {
  Query: ['dataset', 'vocabulary', 'statistics', 'reads', 'images', 'readers', 'access'],
  Dataset: '*',
  SearchAnalysis: '*',
  MetricThresholds: '*',
  Vocabulary: '*',
  FindingInfo: '*',
  StrategyInfo: '*',
  CountryInfo: '*',
  ContinentInfo: '*',
  CertaintyLevel: '*',
  DatasetStatistics: '*',
  CountBucket: '*',
  HistogramBucket: '*',
  ReadConnection: ['totalCount', 'facets'],
  ImageConnection: ['totalCount', 'facets'],
  ReaderConnection: ['totalCount'],
  Facets: '*',
  TermsFacet: '*',
  FacetBucket: '*',
  NumericFacet: '*',
  AccessInfo: '*',
};

/** Fields for admins only. */
const ADMIN_FIELDS: Record<string, readonly string[]> = { Query: ['auditEvents'] };

export function requiredTier(typeName: string, field: string): Tier {
  if (field === '__typename' || typeName.startsWith('__') || field === '__schema' || field === '__type')
    return 'public';
  if (ADMIN_FIELDS[typeName]?.includes(field)) return 'admin';
  const pub = PUBLIC_FIELDS[typeName];
  return pub === '*' || pub?.includes(field) ? 'public' : 'credentialed';
}

export interface OperationAccess {
  /** The highest tier any selected field needs. */
  tier: Tier;
  /** First field (Type.field) needing more than the public tier, for the error message. */
  recordField?: string;
  adminField?: string;
}

/** Walks every selection of the document (all operations and fragments). */
export function operationAccess(schema: GraphQLSchema, document: DocumentNode): OperationAccess {
  const typeInfo = new TypeInfo(schema);
  const out: OperationAccess = { tier: 'public' };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const type = getNamedType(parent).name;
        const need = requiredTier(type, node.name.value);
        if (need === 'admin') {
          out.tier = 'admin';
          out.adminField ??= `${type}.${node.name.value}`;
        } else if (need === 'credentialed') {
          if (out.tier === 'public') out.tier = 'credentialed';
          out.recordField ??= `${type}.${node.name.value}`;
        }
      },
    }),
  );
  return out;
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** FORBIDDEN unless the principal's tier covers what the operation selects. */
export function assertAllowed(p: Principal, access: OperationAccess): void {
  if (access.adminField && !atLeast(p, 'admin')) throw forbidden(`${access.adminField} is for administrators`);
  if (access.recordField && !atLeast(p, 'credentialed'))
    throw forbidden(
      `${access.recordField} is record-level data, available to credentialed users only; the public tier sees aggregates (totalCount, facets, statistics)`,
    );
}

// ---------------------------------------------------------------------------------------------
// Public filters: cells only (the differencing rule in docs/access.md)

/** Filter fields a public filter may use, each with at most one value. */
const PUBLIC_LIST_FIELDS = new Set([
  'countries',
  'continents',
  'strategies',
  'experienceBands',
  'roles',
  'viewPositions',
  'datasets',
  'hedges',
]);
const PUBLIC_FLAG_FIELDS = new Set(['hasClinicalContext', 'usedClinicalContext']);

/**
 * The public tier filters by one value per field (a cell of the cross-tabulation): no lists of
 * several values, no and/or/not, no ranges, no ids, no text search. Unions, complements and
 * arbitrary sets are what differencing attacks subtract; cells and rounded counts leave nothing
 * smaller than the threshold to recover.
 */
export function assertPublicFilter(filter: ReadFilter | ReaderFilter | null | undefined, search?: string | null): void {
  if (search != null && search.trim() !== '') throw forbidden('text search is available to credentialed users only');
  if (filter == null) return;
  for (const [key, value] of Object.entries(filter)) {
    if (value == null) continue;
    if (PUBLIC_FLAG_FIELDS.has(key)) continue;
    if (PUBLIC_LIST_FIELDS.has(key) && Array.isArray(value) && value.length <= 1) continue;
    if (key === 'findings' && isSingleFinding(value)) continue;
    throw forbidden(
      `filter.${key}: the public tier filters by at most one value per field (no ranges, ids, and/or/not); sign in for more`,
    );
  }
}

function isSingleFinding(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as { any?: unknown[] | null; all?: unknown[] | null; certainty?: unknown };
  const n = (f.any?.length ?? 0) + (f.all?.length ?? 0);
  return f.certainty == null && n <= 1;
}
