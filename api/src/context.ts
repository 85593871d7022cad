/**
 * The per-operation context: a request-counting Elasticsearch client, the batched searcher and
 * fresh DataLoaders (so nothing is cached across operations), plus the process-wide state.
 */
import { randomUUID } from 'node:crypto';
import type { EngineClient, IndexAliases } from '@chexthought/search-index';
import { LOCAL, type Principal } from './auth/principal.ts';
import { requestAccess, type RequestAccess } from './auth/access.ts';
import { scopedReaderIds } from './auth/reader-scope.ts';
import { countingClient, type EsRequestCounter } from './es-requests.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { Searcher } from './searcher.ts';
import type { RequestLog } from './request-log.ts';
import type { SharedState } from './shared.ts';

export interface ApiContext {
  requestId: string;
  /** Every request made through this client is counted in esRequests. */
  es: EngineClient;
  esRequests: EsRequestCounter;
  searcher: Searcher;
  loaders: Loaders;
  indices: IndexAliases;
  shared: SharedState;
  /** The HTTP request's log line (absent when run outside HTTP, e.g. by the benchmark). */
  log?: RequestLog;
  /** Who is asking, their dataset scope and suppression threshold (auth/access.ts). */
  access: RequestAccess;
  /** Records (documents) returned so far, for the audit log. */
  records: { count: number };
  /**
   * Lets go of what the operation fetched once its answer is out (graphql-http.ts): the searcher's
   * batch and the loaders are replaced by fresh ones (a resolver still running would fetch again). A
   * DataLoader keeps its last batch, and with it the answers, for as long as it lives; Apollo's
   * gateway request context keeps the operation's context reachable through a getter's closure,
   * which V8 holds through every young-generation collection until the next full one. Before,
   * each operation's fetched documents were copied and promoted by the scavenges that followed
   * (search-index's engineTransport has the same pattern and the measurements).
   */
  release(): void;
}

export function createContext(shared: SharedState, opts: { log?: RequestLog; principal?: Principal } = {}): ApiContext {
  const esRequests: EsRequestCounter = opts.log?.esRequests ?? { count: 0 };
  const es = countingClient(shared.root.client, esRequests);
  const access = requestAccess(shared.config.access, opts.principal ?? LOCAL);
  const records = { count: 0 };
  const searcher = new Searcher(es, { requestCache: shared.config.esRequestCache });
  const newLoaders = () =>
    createLoaders(es, shared.indices, searcher, {
      scope: access.scope,
      records,
      readers: async (docs) => {
        const ids = await scopedReaderIds(es, shared, access.scope);
        return docs.map((d) => d !== null && (ids === null || ids.has(d.id)));
      },
    });
  const loaders = newLoaders();
  return {
    requestId: opts.log?.requestId ?? randomUUID(),
    es,
    esRequests,
    searcher,
    loaders,
    indices: shared.indices,
    shared,
    log: opts.log,
    access,
    records,
    // In place: Apollo runs the operation on a shallow copy of this object.
    release: () => {
      searcher.release();
      Object.assign(loaders, newLoaders());
    },
  };
}
