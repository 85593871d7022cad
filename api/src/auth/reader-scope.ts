/**
 * Readers under a dataset scope. Reader documents carry no dataset (a reader may read several),
 * so a scoped principal sees the readers with at least one read in scope, and a reader's
 * aggregates (read count, strategies, mean duration) are recomputed over those reads only:
 * nothing about another dataset's reads leaks through a reader.
 */
import DataLoader from 'dataloader';
import type { EngineClient, IndexAliases } from '@chexthought/search-index';
import { scoped, scopeKey, type DatasetScope } from '../query/scope.ts';
import type { Searcher } from '../searcher.ts';
import type { SharedState } from '../shared.ts';

/** More readers than any dataset of this kind has (CheXthought: 501). */
const MAX_READERS = 65_536;

/** Ids of the readers with a read in scope (null: no scope), cached per index version. */
export async function scopedReaderIds(
  es: EngineClient,
  shared: SharedState,
  scope: DatasetScope,
): Promise<Set<string> | null> {
  if (scope === null) return null;
  const index = await shared.versions.concreteIndex(es, shared.indices.reads);
  return (await shared.scoped.get(`readers|${index}|${scopeKey(scope)}`, async () => {
    const res = await es.search({
      index,
      size: 0,
      track_total_hits: false,
      query: scoped({ match_all: {} }, scope),
      aggs: { readers: { terms: { field: 'readerId', size: MAX_READERS } } },
    });
    const agg = res.aggregations?.readers as { buckets?: Array<{ key: string }> } | undefined;
    return new Set((agg?.buckets ?? []).map((b) => String(b.key)));
  })) as Set<string>;
}

export interface ReaderStats {
  readCount: number;
  strategies: string[];
  meanDurationSec: number | null;
}

/** One search per batch of readers: their read count, strategies and mean duration in scope. */
export function readerStatsLoader(searcher: Searcher, indices: IndexAliases, scope: DatasetScope) {
  return new DataLoader<string, ReaderStats>(async (ids) => {
    const res = await searcher.search({
      index: indices.reads,
      size: 0,
      track_total_hits: false,
      query: scoped({ bool: { filter: [{ terms: { readerId: [...ids] } }] } }, scope),
      aggs: {
        byReader: {
          terms: { field: 'readerId', size: ids.length },
          aggs: {
            duration: { avg: { field: 'durationSec' } },
            strategies: { terms: { field: 'strategy', size: 20, order: { _key: 'asc' } } },
          },
        },
      },
    });
    type Bucket = {
      key: string;
      doc_count: number;
      duration: { value: number | null };
      strategies: { buckets: Array<{ key: string }> };
    };
    const buckets = (res.aggregations?.byReader as { buckets: Bucket[] } | undefined)?.buckets ?? [];
    const byId = new Map(buckets.map((b) => [String(b.key), b]));
    return ids.map((id) => {
      const b = byId.get(id);
      return {
        readCount: b?.doc_count ?? 0,
        strategies: b ? b.strategies.buckets.map((s) => String(s.key)) : [],
        meanDurationSec: b?.duration.value ?? null,
      };
    });
  });
}
