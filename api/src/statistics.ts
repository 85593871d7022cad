/**
 * Query.statistics: one size-0 search on the reads index for counts and distributions and, when
 * `readsPerImage` is selected, one on the images index; both go out together as one msearch.
 * Histograms use the cached global bounds (facet-plan.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { DatasetStatistics, ReadFilter } from './generated/graphql.ts';
import type { ApiContext } from './context.ts';
import { compileImageQuery, compileReadQuery } from './query/filter.ts';
import { normalizeSearch } from './query/search.ts';
import { parseStatistics, readsPerImageAggregations, statisticsAggregations } from './query/statistics.ts';
import { numericBounds } from './facet-plan.ts';
import { subFields } from './selection.ts';
import { checkFilter } from './auth/access.ts';
import { releaseStatistics } from './auth/suppression.ts';
import { scoped } from './query/scope.ts';

export async function statistics(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: { filter?: ReadFilter | null; search?: string | null },
): Promise<DatasetStatistics> {
  const search = args.search == null ? null : normalizeSearch(args.search);
  checkFilter(ctx.access, args.filter, search);
  const scope = ctx.access.scope;
  const selected = new Set(subFields(info).map((f) => f.name));
  const needsBounds = selected.has('experienceHistogram') || selected.has('durationHistogram');
  const bounds = needsBounds ? await numericBounds(ctx) : {};
  const [reads, images] = await Promise.all([
    ctx.searcher.search({
      index: ctx.indices.reads,
      size: 0,
      track_total_hits: false,
      query: scoped(compileReadQuery(args.filter, search), scope),
      aggs: statisticsAggregations(bounds),
    }),
    selected.has('readsPerImage')
      ? ctx.searcher.search({
          index: ctx.indices.images,
          size: 0,
          track_total_hits: false,
          query: scoped(compileImageQuery(args.filter, search), scope),
          aggs: readsPerImageAggregations(),
        })
      : null,
  ]);
  const stats = parseStatistics(
    reads.aggregations as Record<string, unknown> | undefined,
    images?.aggregations as Record<string, unknown> | undefined,
  );
  return releaseStatistics(stats, ctx.access.minCell);
}
