/**
 * Counting Elasticsearch requests per GraphQL operation (and per export). Each operation gets a
 * child client (it shares the root's connection pool) whose transport context carries a
 * counter; one listener on the root's diagnostic events counts every request actually sent,
 * retries included, so the figure is honest whichever code path issued it.
 */
import { createClient, type EngineClient } from '@chexthought/search-index';
import { CircuitBreaker } from './circuit-breaker.ts';
import { isEngineUnavailable } from './errors.ts';
import type { Logger } from './logger.ts';

export interface EsRequestCounter {
  count: number;
}

/** A request as sent, for debugging and for the benchmark's raw baseline. */
export interface CapturedRequest {
  method: string;
  path: string;
  querystring?: unknown;
  body?: unknown;
}

interface CounterContext {
  counter?: EsRequestCounter;
}

export interface RootClient {
  client: EngineClient;
  /** Observers of every request sent (debug logging, the benchmark's capture). */
  onRequest(listener: (req: CapturedRequest) => void): () => void;
  /** Observers of every response (or failure) received. */
  onResponse(listener: () => void): () => void;
}

export function createRootClient(opts: { url: string; requestTimeoutMs: number; logger: Logger }): RootClient {
  // Lazily connecting: constructing the client opens nothing, so a service started before
  // Elasticsearch recovers by itself once it answers. The breaker makes requests fail fast
  // while it does not; with several nodes a failed node's request is retried on another.
  const breaker = new CircuitBreaker({
    isFailure: isEngineUnavailable,
    onChange: (state) =>
      state === 'closed'
        ? opts.logger.info('search engine answers again')
        : opts.logger.warn('search engine unavailable: failing fast', { breaker: state }),
  });
  const client = createClient({ url: opts.url, requestTimeoutMs: opts.requestTimeoutMs, maxRetries: 1, gate: breaker });
  const listeners = new Set<(req: CapturedRequest) => void>();
  const responseListeners = new Set<() => void>();
  client.diagnostic.on('response', () => {
    for (const l of responseListeners) l();
  });
  client.diagnostic.on('request', (_err, result) => {
    const ctx = result?.meta.context as CounterContext | null | undefined;
    if (ctx?.counter) ctx.counter.count++;
    if (!result || (listeners.size === 0 && !opts.logger.enabled('debug'))) return;
    const p = result.meta.request.params;
    const req: CapturedRequest = {
      method: p.method,
      path: p.path,
      querystring: p.querystring,
      body: parseBody(p.body),
    };
    opts.logger.debug('es request', { es: req });
    for (const l of listeners) l(req);
  });
  return {
    client,
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResponse(listener) {
      responseListeners.add(listener);
      return () => responseListeners.delete(listener);
    },
  };
}

/** A client whose requests add to `counter`. */
export function countingClient(root: EngineClient, counter: EsRequestCounter): EngineClient {
  return root.child({ context: { counter } satisfies CounterContext });
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body; // ndjson (msearch/mget bodies are JSON; bulk is not used here)
  }
}
