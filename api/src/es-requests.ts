/**
 * Counting Elasticsearch requests per GraphQL operation (and per export). Each operation gets a
 * view of the root client (same connection pool) whose requests carry a counter in their
 * transport context; one listener on the root's diagnostic events counts every request actually sent,
 * retries included, so the figure is honest whichever code path issued it.
 */
import type { TransportRequestOptions } from '@elastic/elasticsearch';
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

/**
 * A view of the root client whose requests add to `counter`: every API call, namespaced ones
 * too (`es.indices.getAlias`), gets `{ context: { counter } }` in its per-request options. A
 * Proxy rather than `root.child()`: a child builds a whole client and transport per operation
 * (about 0.15 ms, most of the cost of an operation's context). `helpers` are not counted.
 */
export function countingClient(root: EngineClient, counter: EsRequestCounter): EngineClient {
  return countingView(root, { counter });
}

/** Client methods that send no request (or build another client): passed through unchanged. */
const NOT_REQUESTS = new Set(['child', 'close', 'extend']);

type Method = (this: unknown, params?: unknown, options?: TransportRequestOptions) => unknown;

function countingView<T extends object>(target: T, context: CounterContext): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop !== 'string') return value;
      if (typeof value === 'function') {
        const method = value as Method;
        if (NOT_REQUESTS.has(prop)) return method.bind(t);
        return (params?: unknown, options?: TransportRequestOptions) =>
          method.call(t, params, { ...options, context: { ...(options?.context as object | undefined), ...context } });
      }
      // API namespaces (indices, cluster, …) hold the transport their methods send with.
      if (value !== null && typeof value === 'object' && prop !== 'transport' && 'transport' in value)
        return countingView(value, context);
      return value;
    },
  });
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body; // ndjson (msearch/mget bodies are JSON; bulk is not used here)
  }
}
