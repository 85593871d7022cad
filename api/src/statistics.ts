/**
 * Query.statistics: one size-0 search on the reads index for counts and distributions and, when
 * `readsPerImage` is selected, one on the images index; both go out together as one msearch.
 * Histograms use the cached global bounds (facet-plan.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { DatasetStatistics, ReadFilter } from './generated/graphql.ts';
import type { ApiContext } from './context.ts';
import { compileImageQuery, compileReadQuery } from './query/filter.ts';
import { resolveSearch } from './search-text.ts';
import { parseStatistics, readsPerImageAggregations, statisticsAggregations } from './query/statistics.ts';
import { numericBounds } from './facet-plan.ts';
import { subFields } from './selection.ts';

export async function statistics(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: { filter?: ReadFilter | null; search?: string | null; expand?: boolean | null },
): Promise<DatasetStatistics> {
  const search = (await resolveSearch(ctx.shared, ctx.es, args.search, args.expand))?.query ?? null;
  const selected = new Set(subFields(info).map((f) => f.name));
  const needsBounds = selected.has('experienceHistogram') || selected.has('durationHistogram');
  const bounds = needsBounds ? await numericBounds(ctx) : {};
  const [reads, images] = await Promise.all([
    ctx.searcher.search({
      index: ctx.indices.reads,
      size: 0,
      track_total_hits: false,
      query: compileReadQuery(args.filter, search),
      aggs: statisticsAggregations(bounds),
    }),
    selected.has('readsPerImage')
      ? ctx.searcher.search({
          index: ctx.indices.images,
          size: 0,
          track_total_hits: false,
          query: compileImageQuery(args.filter, search),
          aggs: readsPerImageAggregations(),
        })
      : null,
  ]);
  return parseStatistics(
    reads.aggregations as Record<string, unknown> | undefined,
    images?.aggregations as Record<string, unknown> | undefined,
  );
}
