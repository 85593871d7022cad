/**
 * From the `facets { … }` selection of a connection to the aggregations of its one search:
 * every selected facet (with its arguments and alias) becomes a FacetRequest for the compiler.
 * Numeric facets need global bounds for their histograms: one `boundsAggregations` request per
 * concrete index, cached (see shared.ts), counted in the operation that first needs it.
 * Compiling is pure, so the aggregations of recent (facets, filter, search, bounds, scope)
 * inputs are remembered and shared (never mutated: they are only serialised).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { estypes } from '@elastic/elasticsearch';
import type { ReadFilter } from './generated/graphql.ts';
import type { ApiContext } from './context.ts';
import type { FacetsModel } from './models.ts';
import {
  NUMERIC_FACETS,
  boundsAggregations,
  isFacetName,
  compileFacets,
  parseBounds,
  parseFacets,
  type FacetName,
  type FacetInput,
  type FacetRequest,
  type NumericBounds,
  type Target,
} from './query/facets.ts';
import { fieldArgs, subFieldsOf, type SelectedField } from './selection.ts';
import { scopeClause, scoped, scopeKey } from './query/scope.ts';

export interface FacetPlan {
  aggs: Record<string, estypes.AggregationsAggregationContainer>;
  parse(aggregations: Record<string, unknown>): FacetsModel;
}

/** Key of one facet field: `<facets response key>/<facet response key>` (aliases at both levels). */
export function facetKey(facetsKey: string | number, fieldKey: string | number): string {
  return `${facetsKey}/${fieldKey}`;
}

export async function planFacets(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  facetsFields: SelectedField[],
  target: Target,
  filter: ReadFilter | null,
  search: string | null,
): Promise<FacetPlan> {
  const requests: FacetRequest[] = [];
  for (const facets of facetsFields)
    for (const f of subFieldsOf(info, facets)) {
      if (!isFacetName(f.name)) continue; // __typename
      requests.push({ name: f.name as FacetName, key: facetKey(facets.key, f.key), ...fieldArgs(info, 'Facets', f) });
    }
  const numeric = requests.some((r) => Object.hasOwn(NUMERIC_FACETS, r.name));
  const bounds = numeric ? await numericBounds(ctx) : {};
  const restrict = scopeClause(ctx.access.scope);
  const input = { requests, filter, search, target, bounds, ...(restrict ? { restrict } : {}) };
  return { aggs: compiledFacets(input), parse: (a) => parseFacets(requests, a) };
}

type Aggs = FacetPlan['aggs'];
const compiled = new LRUCache<string, Aggs>({ max: 500 });
/** Longest input remembered (a filter with thousands of ids is compiled afresh). */
const MAX_KEY_CHARS = 4_000;

function compiledFacets(input: FacetInput): Aggs {
  const key = JSON.stringify(input);
  if (key.length > MAX_KEY_CHARS) return compileFacets(input);
  let aggs = compiled.get(key);
  if (!aggs) compiled.set(key, (aggs = compileFacets(input)));
  return aggs;
}

/** Min/max of the numeric facet fields of the current index version, within the principal's scope. */
export async function numericBounds(ctx: ApiContext): Promise<NumericBounds> {
  const index = await ctx.shared.versions.concreteIndex(ctx.es, ctx.indices.reads);
  const scope = ctx.access.scope;
  const key = scope === null ? index : `${index}|${scopeKey(scope)}`;
  return (await ctx.shared.bounds.get(key, async () => {
    const res = await ctx.es.search({
      index,
      size: 0,
      track_total_hits: false,
      ...(scope === null ? {} : { query: scoped({ match_all: {} }, scope) }),
      aggs: boundsAggregations(),
    });
    return parseBounds(res.aggregations as Record<string, unknown> | undefined);
  })) as NumericBounds;
}
