/**
 * Dataset: the manifest stored in the reads index `_meta` at ingest, and exact counts (the
 * three count searches resolve in the same tick, so the searcher sends them as one msearch).
 */
import type { estypes } from '@elastic/elasticsearch';
import { READS_ANALYZER, readIndexMeta, searchAnalysisCurrent } from '@chexthought/search-index';
import { resolveThresholds } from '@chexthought/search-index/metrics/thresholds';
import type { DatasetResolvers, SearchAnalysis } from '../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import type { DatasetModel } from '../models.ts';
import { serviceUnavailable } from '../errors.ts';
import { scopedReaderIds } from '../auth/reader-scope.ts';
import { releaseCount } from '../auth/suppression.ts';
import { scoped } from '../query/scope.ts';

export async function loadDataset(ctx: ApiContext): Promise<DatasetModel> {
  const meta = await readIndexMeta(ctx.es, ctx.shared.config.indexPrefix);
  if (!meta) throw notIndexed(ctx);
  return { meta };
}

export function notIndexed(ctx: ApiContext) {
  // A protected deployment names no index to its callers; its operator reads the log.
  if (ctx.access.mode === 'protected') return serviceUnavailable('no dataset is indexed here yet');
  return serviceUnavailable(
    `no dataset is indexed under the prefix "${ctx.shared.config.indexPrefix}"; run \`chexthought ingest\` (or set CHEXTHOUGHT_INDEX_PREFIX)`,
  );
}

async function count(
  ctx: ApiContext,
  index: string,
  query: estypes.QueryDslQueryContainer = { match_all: {} },
): Promise<number | null> {
  const res = await ctx.searcher.search({
    index,
    size: 0,
    track_total_hits: true,
    query: scoped(query, ctx.access.scope),
  });
  const total = res.hits.total;
  return releaseCount(typeof total === 'number' ? total : (total?.value ?? 0), ctx.access.minCell);
}

async function readerCount(ctx: ApiContext): Promise<number | null> {
  const ids = await scopedReaderIds(ctx.es, ctx.shared, ctx.access.scope);
  // One definition everywhere (statistics too): readers with at least one read.
  if (ids === null) return count(ctx, ctx.indices.readers, { range: { readCount: { gte: 1 } } });
  return releaseCount(ids.size, ctx.access.minCell);
}

export const Dataset: DatasetResolvers = {
  name: (d) => d.meta.dataset.name,
  description: (d) => d.meta.dataset.description,
  synthetic: (d) => d.meta.dataset.synthetic,
  attribution: (d) => d.meta.dataset.attribution,
  indexedAt: (d) => d.meta.indexedAt,
  metricThresholds: (d) => resolveThresholds(d.meta.dataset.metrics),
  imageCount: (_d, _a, ctx) => count(ctx, ctx.indices.images),
  readCount: (_d, _a, ctx) => count(ctx, ctx.indices.reads),
  readerCount: (_d, _a, ctx) => readerCount(ctx),
  search: (d) => searchAnalysis(d.meta),
};

/** What the index recorded; an index built before the lexicon is searched as written, plus synonyms. */
function searchAnalysis(meta: DatasetModel['meta']): SearchAnalysis {
  const s = meta.search;
  return {
    stemming: searchAnalysisCurrent(s),
    synonyms: true,
    analyzer: s?.analyzer ?? READS_ANALYZER,
    stemmer: s?.lexicon.stemmer ?? null,
    lexiconWords: s?.lexicon.wordCount ?? 0,
    engineStemmers: s?.engineStemmers ?? false,
  };
}
