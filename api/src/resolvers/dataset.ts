/**
 * Dataset: the manifest stored in the reads index `_meta` at ingest, and exact counts (the
 * three count searches resolve in the same tick, so the searcher sends them as one msearch).
 */
import { READS_ANALYZER, STEMMER, readIndexMeta } from '@chexthought/search-index';
import { resolveThresholds } from '@chexthought/search-index/metrics/thresholds';
import type { DatasetResolvers, SearchAnalysis } from '../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import type { DatasetModel } from '../models.ts';
import { serviceUnavailable } from '../errors.ts';

export async function loadDataset(ctx: ApiContext): Promise<DatasetModel> {
  const meta = await readIndexMeta(ctx.es, ctx.shared.config.indexPrefix);
  if (!meta) throw notIndexed(ctx);
  return { meta };
}

export function notIndexed(ctx: ApiContext) {
  return serviceUnavailable(
    `no dataset is indexed under the prefix "${ctx.shared.config.indexPrefix}"; run \`chexthought ingest\` (or set CHEXTHOUGHT_INDEX_PREFIX)`,
  );
}

async function count(ctx: ApiContext, index: string, query: object = { match_all: {} }): Promise<number> {
  const res = await ctx.searcher.search({ index, size: 0, track_total_hits: true, query });
  const total = res.hits.total;
  return typeof total === 'number' ? total : (total?.value ?? 0);
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
  // One definition everywhere (statistics too): readers with at least one read.
  readerCount: (_d, _a, ctx) => count(ctx, ctx.indices.readers, { range: { readCount: { gte: 1 } } }),
  search: (d) => searchAnalysis(d.meta),
};

/** What the index recorded; an index built before the lexicon is searched as written, plus synonyms. */
function searchAnalysis(meta: DatasetModel['meta']): SearchAnalysis {
  const s = meta.search;
  return {
    stemming: s !== undefined && s.lexicon.stemmer === STEMMER,
    synonyms: true,
    analyzer: s?.analyzer ?? READS_ANALYZER,
    stemmer: s?.lexicon.stemmer ?? null,
    lexiconWords: s?.lexicon.wordCount ?? 0,
    engineStemmers: s?.engineStemmers ?? false,
  };
}
