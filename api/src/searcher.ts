/**
 * The per-operation gateway for searches. Searches issued in the same tick (sibling
 * connections, the reads of every image on a page) are sent as one `_msearch`; a lone search
 * goes out as a plain `_search`. Searches on a point in time are never batched (their index
 * comes from the PIT).
 */
import DataLoader from 'dataloader';
import type { estypes } from '@elastic/elasticsearch';
import { engineErrors, type EngineClient } from '@chexthought/search-index';

export type SearchRequest = estypes.SearchRequest;
export type SearchResponse = estypes.SearchResponse<unknown>;

export interface SearcherOptions {
  /** `request_cache` for every search (undefined: the index default). */
  requestCache?: boolean;
}

export class Searcher {
  private batch = this.newBatch();

  constructor(
    private readonly es: EngineClient,
    private readonly opts: SearcherOptions = {},
  ) {}

  /** Lets go of the last batch, which DataLoader keeps with its answers (context.ts release). */
  release(): void {
    this.batch = this.newBatch();
  }

  private newBatch(): DataLoader<SearchRequest, SearchResponse> {
    return new DataLoader((reqs) => this.run(reqs), { cache: false, maxBatchSize: 50 });
  }

  search(req: SearchRequest): Promise<SearchResponse> {
    const withCache = this.opts.requestCache === undefined ? req : { ...req, request_cache: this.opts.requestCache };
    if (withCache.pit) return this.es.search(withCache);
    return this.batch.load(withCache);
  }

  private async run(reqs: readonly SearchRequest[]): Promise<Array<SearchResponse | Error>> {
    if (reqs.length === 1) return [await this.es.search(reqs[0]!)];
    const searches: estypes.MsearchRequestItem[] = [];
    for (const { index, request_cache, ...body } of reqs) {
      searches.push(
        { index, ...(request_cache === undefined ? {} : { request_cache }) },
        body as estypes.SearchSearchRequestBody,
      );
    }
    const res = await this.es.msearch({ searches });
    return res.responses.map((item) => ('error' in item ? itemError(item) : (item as SearchResponse)));
  }
}

/** An msearch item's failure, shaped like the error a plain search would have thrown. */
function itemError(item: estypes.ErrorResponseBase): Error {
  return new engineErrors.ResponseError({
    body: { error: item.error, status: item.status },
    statusCode: item.status,
    headers: {},
    warnings: null,
    meta: {} as never,
  });
}
