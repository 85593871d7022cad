/**
 * Query.statistics: one size-0 search on the reads index for counts and distributions and, when
 * `readsPerImage` is selected, one counting search per possible number of matching reads on the
 * images index (query/statistics.ts); all go out together as one msearch. Histograms use the
 * cached global bounds (facet-plan.ts); the largest reads-per-image is cached the same way.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { DatasetStatistics, ReadFilter } from './generated/graphql.ts';
import type { ApiContext } from './context.ts';
import { compileImageQuery, compileReadQuery } from './query/filter.ts';
import { resolveSearch } from './search-text.ts';
import {
  maxReadsPerImageAggregations,
  parseMaxReadsPerImage,
  parseReadsPerImage,
  parseStatistics,
  readsPerImageSearches,
  statisticsAggregations,
} from './query/statistics.ts';
import { numericBounds } from './facet-plan.ts';
import { subFields } from './selection.ts';
import { checkFilter } from './auth/access.ts';
import { releaseStatistics } from './auth/suppression.ts';
import { scoped } from './query/scope.ts';

export async function statistics(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: { filter?: ReadFilter | null; search?: string | null; expand?: boolean | null },
): Promise<DatasetStatistics> {
  checkFilter(ctx.access, args.filter, args.search);
  const scope = ctx.access.scope;
  const search = (await resolveSearch(ctx.shared, ctx.es, args.search, args.expand))?.query ?? null;
  const selected = new Set(subFields(info).map((f) => f.name));
  const needsBounds = selected.has('experienceHistogram') || selected.has('durationHistogram');
  const [bounds, maxReads] = await Promise.all([
    needsBounds ? numericBounds(ctx) : {},
    selected.has('readsPerImage') ? maxReadsPerImage(ctx) : 0,
  ]);
  // The scope is a filter: the nested query's score (the number of matching reads) is kept.
  const imagesQuery = scoped(compileImageQuery(args.filter, search, { countReads: true }), scope);
  const [reads, ...atLeast] = await Promise.all([
    ctx.searcher.search({
      index: ctx.indices.reads,
      size: 0,
      track_total_hits: false,
      query: scoped(compileReadQuery(args.filter, search), scope),
      aggs: statisticsAggregations(bounds),
    }),
    ...readsPerImageSearches(imagesQuery, maxReads).map((body) =>
      ctx.searcher.search({ index: ctx.indices.images, ...body }),
    ),
  ]);
  const stats = parseStatistics(
    reads.aggregations as Record<string, unknown> | undefined,
    parseReadsPerImage(atLeast.map((r) => totalHits(r.hits.total))),
  );
  return releaseStatistics(stats, ctx.access.minCell);
}

function totalHits(total: number | { value: number } | undefined): number {
  return typeof total === 'number' ? total : (total?.value ?? 0);
}

/** Largest readCount of the current images index version, fetched once per version. */
async function maxReadsPerImage(ctx: ApiContext): Promise<number> {
  const index = await ctx.shared.versions.concreteIndex(ctx.es, ctx.indices.images);
  return (await ctx.shared.bounds.get(index, async () => {
    const res = await ctx.es.search({ index, size: 0, track_total_hits: false, aggs: maxReadsPerImageAggregations() });
    return parseMaxReadsPerImage(res.aggregations as Record<string, unknown> | undefined);
  })) as number;
}
