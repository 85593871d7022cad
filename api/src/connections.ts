/**
 * Connections (reads, images, readers, Reader.reads): ONE search per connection field answers
 * its hits, its exact totalCount and every facet selected under it. Look-ahead decides what
 * that search asks for: no hits when only totalCount/facets are selected, facet aggregations
 * only when `facets` is.
 *
 * Paging: `first` + 1 hits are fetched to know whether there is a next page; each edge's
 * cursor carries its sort values and the concrete index it came from. The first page searches
 * the alias; the first time a cursor is followed, a point in time (keep_alive 5m) is opened on
 * that concrete index and its id travels in every later cursor, so a client paging through
 * millions of results sees one consistent snapshot. An expired PIT or a retired index is a
 * BAD_USER_INPUT "cursor expired", never a server error.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { estypes } from '@elastic/elasticsearch';
import { engineErrors } from '@chexthought/search-index';
import type { Highlight, ImageSort, ReadFilter, ReaderFilter, ReaderSort, ReadSort } from './generated/graphql.ts';
import type { ApiContext } from './context.ts';
import type { ConnectionModel, EdgeModel, ImageModel, ReaderModel, ReadModel } from './models.ts';
import { READ_SEARCH_ONLY_FIELDS } from './models.ts';
import { compileImageQuery, compileReaderFilter, compileReadQuery, validateReadFilter } from './query/filter.ts';
import { compileSearch, highlightRequest, matchedReadId, parseHighlights } from './query/search.ts';
import { resolveSearch } from './search-text.ts';
import { compileImageSort, compileReaderSort, compileReadSort } from './query/sort.ts';
import { decodeCursor, encodeCursor, searchAfterFor, type Cursor } from './query/cursor.ts';
import { CURSOR_EXPIRED, badUserInput, isExpiredSnapshot } from './errors.ts';
import { LIMITS } from './limits.ts';
import { subFields, subFieldsOf, type SelectedField } from './selection.ts';
import { sourceIncludes, type NodeType } from './source-fields.ts';
import { planFacets, type FacetPlan } from './facet-plan.ts';
import { checkFilter } from './auth/access.ts';
import { scopedReaderIds } from './auth/reader-scope.ts';
import { scoped } from './query/scope.ts';

export const PIT_KEEP_ALIVE = '5m';

/** Validated page size: `first` defaults to 50 and must be 0–500. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  const n = first ?? LIMITS.defaultFirst;
  if (!Number.isInteger(n) || n < 0 || n > LIMITS.maxFirst)
    throw badUserInput(`${field} must be between 0 and ${LIMITS.maxFirst} (got ${n}); page with \`after\` for more`, {
      field,
      limit: LIMITS.maxFirst,
    });
  return n;
}

export interface ReadsArgs {
  filter?: ReadFilter | null;
  search?: string | null;
  expand?: boolean | null;
  first?: number | null;
  after?: string | null;
  sort?: readonly ReadSort[] | null;
}

export interface ImagesArgs {
  filter?: ReadFilter | null;
  search?: string | null;
  expand?: boolean | null;
  first?: number | null;
  after?: string | null;
  sort?: readonly ImageSort[] | null;
}

export interface ReadersArgs {
  filter?: ReaderFilter | null;
  first?: number | null;
  after?: string | null;
  sort?: readonly ReaderSort[] | null;
}

export async function readsConnection(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: ReadsArgs,
): Promise<ConnectionModel> {
  const { first, expanded, search, sel, facets } = await readFilterStart(ctx, info, args, 'reads');
  const connection = await runConnection(ctx, {
    index: ctx.indices.reads,
    query: scoped(compileReadQuery(args.filter, search), ctx.access.scope),
    sort: compileReadSort(args.sort, { search: search != null }),
    first,
    after: args.after,
    sel,
    facets,
    source: hitSource('Read', sel, READ_SEARCH_ONLY_FIELDS),
    highlight: search != null && sel.highlights ? highlightRequest() : undefined,
    prime: (node) => ctx.loaders.reads.prime((node as ReadModel).id, node as ReadModel),
  });
  return { ...connection, searchExpansions: expanded?.expansions ?? [] };
}

export async function imagesConnection(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: ImagesArgs,
): Promise<ConnectionModel> {
  const { first, expanded, search, sel, facets } = await readFilterStart(ctx, info, args, 'images');
  const connection = await runConnection(ctx, {
    index: ctx.indices.images,
    query: scoped(
      compileImageQuery(args.filter, search, { innerHits: search != null && sel.highlights }),
      ctx.access.scope,
    ),
    sort: compileImageSort(args.sort, { search: search != null }),
    first,
    after: args.after,
    sel,
    facets,
    source: hitSource('Image', sel),
    prime: (node) => ctx.loaders.images.prime((node as ImageModel).id, node as ImageModel),
    highlightsOf: search != null && sel.highlights ? (hits) => imageHighlights(ctx, search, hits) : undefined,
  });
  return { ...connection, searchExpansions: expanded?.expansions ?? [] };
}

/** What a read-filtered connection (reads, images) settles before its search: checks, search expansion, facets. */
async function readFilterStart(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: ReadsArgs | ImagesArgs,
  kind: 'reads' | 'images',
) {
  const first = pageSize(args.first);
  validateReadFilter(args.filter);
  checkFilter(ctx.access, args.filter, args.search);
  const expanded = await resolveSearch(ctx.shared, ctx.es, args.search, args.expand);
  const search = expanded?.query ?? null;
  const sel = lookAhead(info);
  const facets = sel.facets ? await planFacets(ctx, info, sel.facets, kind, args.filter ?? null, search) : null;
  return { first, expanded, search, sel, facets };
}

/**
 * Highlights of image hits come from each image's best matching read (the inner hit). The
 * images index keeps its nested reads out of _source, so they cannot be highlighted there: one
 * more search on the reads index, restricted to those reads, highlights them all at once.
 */
async function imageHighlights(
  ctx: ApiContext,
  search: string,
  hits: estypes.SearchHit<unknown>[],
): Promise<Highlight[][]> {
  const readIds = hits.map((h) => matchedReadId(h));
  const wanted = [...new Set(readIds.filter((id): id is string => id !== undefined))];
  if (wanted.length === 0) return hits.map(() => []);
  const res = await ctx.searcher.search({
    index: ctx.indices.reads,
    size: wanted.length,
    track_total_hits: false,
    _source: false,
    query: scoped({ bool: { filter: [{ terms: { id: wanted } }], must: [compileSearch(search)] } }, ctx.access.scope),
    highlight: highlightRequest(),
  });
  const byId = new Map(res.hits.hits.map((h) => [h._id, parseHighlights(h) as Highlight[]]));
  return readIds.map((id) => (id === undefined ? [] : (byId.get(id) ?? [])));
}

export async function readersConnection(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: ReadersArgs,
): Promise<ConnectionModel> {
  const first = pageSize(args.first);
  checkFilter(ctx.access, args.filter);
  const sel = lookAhead(info);
  const readerIds = await scopedReaderIds(ctx.es, ctx.shared, ctx.access.scope);
  const query = compileReaderFilter(args.filter);
  return runConnection(ctx, {
    index: ctx.indices.readers,
    query: readerIds ? scoped(query, [...readerIds], 'id') : query,
    sort: compileReaderSort(args.sort),
    first,
    after: args.after,
    sel: { ...sel, facets: undefined },
    facets: null,
    source: hitSource('Reader', sel),
    prime: (node) => ctx.loaders.readers.prime((node as ReaderModel).id, node as ReaderModel),
  });
}

// ---------------------------------------------------------------------------------------------

interface Selection {
  totalCount: boolean;
  /** Edges or pageInfo selected: hits are needed. */
  hits: boolean;
  /** An edge's cursor or pageInfo selected: each edge's cursor is encoded. */
  cursors: boolean;
  highlights: boolean;
  /** Names of the fields selected on the edges' nodes (empty when no node is). */
  nodeFields: string[];
  /** Every `facets` selection (several when aliased), each with its own response key. */
  facets?: SelectedField[];
}

function lookAhead(info: GraphQLResolveInfo): Selection {
  const fields = subFields(info);
  const byName = (name: string) => fields.filter((f) => f.name === name);
  const edges = byName('edges');
  const edgeFields = edges.flatMap((e) => subFieldsOf(info, e));
  const nodes = edgeFields.filter((f) => f.name === 'node');
  const facets = byName('facets');
  return {
    totalCount: byName('totalCount').length > 0,
    hits: edges.length > 0 || byName('pageInfo').length > 0,
    cursors: byName('pageInfo').length > 0 || edgeFields.some((f) => f.name === 'cursor'),
    highlights: edgeFields.some((f) => f.name === 'highlights'),
    nodeFields: nodes.flatMap((n) => subFieldsOf(info, n)).map((f) => f.name),
    facets: facets.length ? facets : undefined,
  };
}

/**
 * What the hits carry: the stored fields the selected node fields read (source-fields.ts), or
 * whole documents when a selected field has no row there; `excludes` either way.
 */
function hitSource(
  type: NodeType,
  sel: Selection,
  excludes: readonly string[] = [],
): estypes.SearchSourceFilter | undefined {
  const includes = sourceIncludes(type, sel.nodeFields);
  if (!includes && excludes.length === 0) return undefined;
  return { ...(includes ? { includes } : {}), ...(excludes.length ? { excludes: [...excludes] } : {}) };
}

interface ConnectionSpec {
  index: string;
  query: estypes.QueryDslQueryContainer;
  sort: estypes.SortCombinations[];
  first: number;
  after: string | null | undefined;
  sel: Selection;
  facets: FacetPlan | null;
  source?: estypes.SearchSourceFilter;
  highlight?: estypes.SearchHighlight;
  /** Puts a whole hit document into its loader (never a partial one: see runConnection). */
  prime: (node: unknown) => void;
  /** Highlights computed after the search (images); default: from the hits themselves. */
  highlightsOf?: (hits: estypes.SearchHit<unknown>[]) => Promise<Highlight[][]>;
}

async function runConnection(ctx: ApiContext, spec: ConnectionSpec): Promise<ConnectionModel> {
  const cursor = spec.after == null ? null : decodeCursor(spec.after);
  const searchAfter = cursor ? searchAfterFor(cursor, spec.sort) : undefined;
  // Cursors are client input: never let one point a PIT at an index of another list.
  if (cursor?.index !== undefined && !ownsIndex(spec.index, cursor.index)) throw foreignCursor();
  const size = spec.sel.hits ? spec.first + 1 : 0;
  const pit = cursor ? await pointInTime(ctx, cursor) : undefined;

  const request: estypes.SearchRequest = {
    ...(pit ? { pit: { id: pit, keep_alive: PIT_KEEP_ALIVE } } : { index: spec.index }),
    query: spec.query,
    size,
    track_total_hits: spec.sel.totalCount,
    ...(size > 0 ? { sort: spec.sort } : {}),
    ...(size > 0 && searchAfter ? { search_after: searchAfter } : {}),
    ...(size > 0 && spec.source ? { _source: spec.source } : {}),
    ...(size > 0 && spec.highlight ? { highlight: spec.highlight } : {}),
    ...(spec.facets ? { aggs: spec.facets.aggs } : {}),
  };
  let res: estypes.SearchResponse<unknown>;
  try {
    res = await ctx.searcher.search(request);
  } catch (err) {
    if (pit && isExpiredSnapshot(err)) throw badUserInput(CURSOR_EXPIRED, { field: 'after' });
    // A cursor whose values do not parse for the sort fields: Elasticsearch says 400.
    if (cursor && isBadRequest(err)) throw badUserInput('malformed cursor', { field: 'after' });
    throw err;
  }

  const hits = res.hits.hits;
  if (pit && hits.some((h) => !ownsIndex(spec.index, h._index))) throw foreignCursor();
  const page = hits.slice(0, spec.first);
  ctx.records.count += page.length;
  const nextPit = res.pit_id ?? pit;
  const highlights = spec.highlightsOf
    ? await spec.highlightsOf(page)
    : page.map((h) => parseHighlights(h) as Highlight[]);
  // A loader answers any later selection of its document: only whole documents may enter it.
  const whole = spec.source?.includes === undefined;
  const edges: EdgeModel<ImageModel | ReadModel | ReaderModel>[] = page.map((h, i) => {
    const node = h._source as ImageModel | ReadModel | ReaderModel;
    if (whole) spec.prime(node);
    return {
      // A cursor nobody selected is never read: it is not encoded (JSON and base64 per edge).
      cursor: spec.sel.cursors
        ? encodeCursor({ sort: h.sort ?? [], ...(nextPit ? { pit: nextPit } : {}), index: h._index })
        : '',
      node,
      highlights: highlights[i] ?? [],
    };
  });
  return {
    totalCount: totalOf(res),
    edges,
    pageInfo: { hasNextPage: hits.length > spec.first, endCursor: edges.at(-1)?.cursor ?? null },
    facets: spec.facets ? spec.facets.parse(res.aggregations ?? {}) : null,
  };
}

/** The PIT to continue from: the cursor's own, or a new one on the cursor's concrete index. */
async function pointInTime(ctx: ApiContext, cursor: Cursor): Promise<string | undefined> {
  if (cursor.pit) return cursor.pit;
  if (!cursor.index) return undefined;
  try {
    const res = await ctx.es.openPointInTime({ index: cursor.index, keep_alive: PIT_KEEP_ALIVE });
    return res.id;
  } catch (err) {
    if (isExpiredSnapshot(err)) throw badUserInput(CURSOR_EXPIRED, { field: 'after' });
    throw err;
  }
}

/** Concrete indices of an alias are `<alias>-v<stamp>` (search-index's versionedName). */
function ownsIndex(alias: string, index: string): boolean {
  return index.startsWith(`${alias}-v`) && /^[0-9]+$/.test(index.slice(alias.length + 2));
}

function foreignCursor() {
  return badUserInput('malformed cursor: it belongs to another list', { field: 'after' });
}

function isBadRequest(err: unknown): boolean {
  return err instanceof engineErrors.ResponseError && err.meta.statusCode === 400;
}

function totalOf(res: estypes.SearchResponse<unknown>): number {
  const t = res.hits.total;
  return typeof t === 'number' ? t : (t?.value ?? 0);
}
