/**
 * Per-operation DataLoaders: every `load(id)` issued while resolving one level of a query is
 * answered by one `_mget` per index, so a page of reads with their images and readers costs
 * one search plus one mget per entity kind, whatever the page size.
 */
import DataLoader from 'dataloader';
import type { EngineClient, IndexAliases, TrackDocument } from '@chexthought/search-index';
import { READ_SEARCH_ONLY_FIELDS, type ImageModel, type ReaderModel, type ReadModel } from './models.ts';
import type { Searcher } from './searcher.ts';

export interface Loaders {
  images: DataLoader<string, ImageModel | null>;
  readers: DataLoader<string, ReaderModel | null>;
  reads: DataLoader<string, ReadModel | null>;
  tracks: DataLoader<string, TrackDocument | null>;
  /** The reads of an image, in start order, keyed by `${imageId}\u0000${first}`. */
  readsOfImage: DataLoader<string, ReadModel[]>;
}

/** Largest mget: beyond this DataLoader splits the batch. */
const MAX_MGET = 1_000;

export function createLoaders(es: EngineClient, indices: IndexAliases, searcher: Searcher): Loaders {
  function mgetLoader<T>(index: string, excludes?: readonly string[]) {
    return new DataLoader<string, T | null>(
      async (ids) => {
        const res = await es.mget<T>({
          index,
          ids: [...ids],
          ...(excludes ? { _source_excludes: [...excludes] } : {}),
        });
        return res.docs.map((d) => ('found' in d && d.found ? (d._source ?? null) : null));
      },
      { maxBatchSize: MAX_MGET },
    );
  }
  return {
    images: mgetLoader<ImageModel>(indices.images),
    readers: mgetLoader<ReaderModel>(indices.readers),
    reads: mgetLoader<ReadModel>(indices.reads, READ_SEARCH_ONLY_FIELDS),
    tracks: mgetLoader<TrackDocument>(indices.tracks),
    // One search per image, sent together as one msearch by the searcher.
    readsOfImage: new DataLoader<string, ReadModel[]>(async (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [imageId, first] = key.split('\u0000') as [string, string];
          const res = await searcher.search({
            index: indices.reads,
            query: { bool: { filter: [{ term: { imageId } }] } },
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
