/**
 * The one access-control filter hook (docs/access.md): a principal limited to some datasets
 * gets every query it causes restricted to them, ANDed in as a non-scoring filter. Every path
 * compiles through here — connections, facets (whose `global` aggregations re-apply it),
 * statistics, export, numeric bounds, dataset counts, an image's reads — and lookups by id check
 * each fetched document with `inScope`, so a DataLoader batch drops other datasets' documents.
 *
 * Reads and images carry `dataset`; readers do not (a reader may read several datasets), so
 * their scope is the set of reader ids with a read in scope, computed by the service.
 */
import type { estypes } from '@elastic/elasticsearch';

type Query = estypes.QueryDslQueryContainer;

/** Datasets a principal may see; `null` means all of them. */
export type DatasetScope = readonly string[] | null;

/** The restriction itself (undefined: none). */
export function scopeClause(scope: DatasetScope, field = 'dataset'): Query | undefined {
  return scope === null ? undefined : { terms: { [field]: [...scope] } };
}

/** `query` AND `restriction` (the restriction alone when the query matches everything). */
export function restricted(query: Query, restriction: Query | undefined): Query {
  if (!restriction) return query;
  if ('match_all' in (query as object)) return restriction;
  return { bool: { filter: [restriction], must: [query] } };
}

/** The query restricted to the scope's datasets. */
export function scoped(query: Query, scope: DatasetScope, field = 'dataset'): Query {
  return restricted(query, scopeClause(scope, field));
}

/** Whether a fetched document (read, image) belongs to the scope. */
export function inScope(scope: DatasetScope, dataset: string | undefined): boolean {
  return scope === null || (dataset !== undefined && scope.includes(dataset));
}

/** A stable key of a scope, for caches of scoped answers. */
export function scopeKey(scope: DatasetScope): string {
  return scope === null ? '*' : JSON.stringify([...scope].sort());
}
