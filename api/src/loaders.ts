/**
 * Per-operation DataLoaders: every `load(id)` issued while resolving one level of a query is
 * answered by one `_mget` per index, so a page of reads with their images and readers costs
 * one search plus one mget per entity kind, whatever the page size.
 */
import DataLoader from 'dataloader';
import type { EngineClient, IndexAliases, TrackDocument } from '@chexthought/search-index';
import { READ_SEARCH_ONLY_FIELDS, type ImageModel, type ReaderModel, type ReadModel } from './models.ts';
import { inScope, scoped, type DatasetScope } from './query/scope.ts';
import type { Searcher } from './searcher.ts';
import { readerStatsLoader, type ReaderStats } from './auth/reader-scope.ts';

export interface Loaders {
  images: DataLoader<string, ImageModel | null>;
  readers: DataLoader<string, ReaderModel | null>;
  reads: DataLoader<string, ReadModel | null>;
  tracks: DataLoader<string, TrackDocument | null>;
  /** The reads of an image, in start order, keyed by `${imageId}\u0000${first}`. */
  readsOfImage: DataLoader<string, ReadModel[]>;
  /** A reader's aggregates over the reads in scope (used only under a dataset scope). */
  readerStats: DataLoader<string, ReaderStats>;
}

/** Largest mget: beyond this DataLoader splits the batch. */
const MAX_MGET = 1_000;

export interface LoaderAccess {
  /** Datasets the principal may see: documents of others come back as null (not found). */
  scope: DatasetScope;
  /** Counts the documents returned, for the audit log. */
  records: { count: number };
  /** Which fetched readers are in scope (readers carry no dataset: see auth/reader-scope.ts). */
  readers?: Keep<ReaderModel>;
}

/** Whether a batch of fetched documents may be returned (reads and images carry `dataset`). */
type Keep<T> = (docs: (T | null)[]) => Promise<boolean[]> | boolean[];

export function createLoaders(
  es: EngineClient,
  indices: IndexAliases,
  searcher: Searcher,
  access: LoaderAccess = { scope: null, records: { count: 0 } },
): Loaders {
  function mgetLoader<T>(index: string, excludes?: readonly string[], keep?: Keep<T>) {
    return new DataLoader<string, T | null>(
      async (ids) => {
        const res = await es.mget<T>({
          index,
          ids: [...ids],
          ...(excludes ? { _source_excludes: [...excludes] } : {}),
        });
        const docs = res.docs.map((d) => ('found' in d && d.found ? (d._source ?? null) : null));
        const kept = keep ? await keep(docs) : docs.map(() => true);
        const out = docs.map((d, i) => (kept[i] ? d : null));
        access.records.count += out.filter((d) => d !== null).length;
        return out;
      },
      { maxBatchSize: MAX_MGET },
    );
  }
  const byDataset = (docs: ({ dataset: string } | null)[]) => docs.map((d) => inScope(access.scope, d?.dataset));
  return {
    images: mgetLoader<ImageModel>(indices.images, undefined, byDataset),
    readers: mgetLoader<ReaderModel>(indices.readers, undefined, access.readers),
    reads: mgetLoader<ReadModel>(indices.reads, READ_SEARCH_ONLY_FIELDS, byDataset),
    // Reached only through a read that passed the scope check.
    tracks: mgetLoader<TrackDocument>(indices.tracks),
    readerStats: readerStatsLoader(searcher, indices, access.scope),
    // One search per image, sent together as one msearch by the searcher.
    readsOfImage: new DataLoader<string, ReadModel[]>(async (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [imageId, first] = key.split('\u0000') as [string, string];
          const res = await searcher.search({
            index: indices.reads,
            query: scoped({ bool: { filter: [{ term: { imageId } }] } }, access.scope),
            size: Number(first),
            sort: [{ startedAt: 'asc' }, { id: 'asc' }],
            _source: { excludes: [...READ_SEARCH_ONLY_FIELDS] },
            track_total_hits: false,
          });
          return res.hits.hits.map((h) => h._source as ReadModel);
        }),
      ),
    ),
  };
}
