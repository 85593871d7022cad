/**
 * /graphql on node:http: Apollo's documented way to serve from a framework it ships no
 * integration for (`executeHTTPGraphQLRequest`), here the bare server. The edge steps are the
 * same functions the Express routes run (request log, security headers, CORS, authentication,
 * rate limit), then the body, the token limit, Apollo, and the answer.
 *
 * Why not Express: on this route, the hottest one, Express's router, body-parser and response
 * helpers cost about 0.6 ms of a request's ~3 ms overhead over Elasticsearch (measured with
 * `bench:api --phases`: server → route 0.26 → 0.07 ms, body 0.23 → 0.02 ms, answer 0.41 →
 * 0.24 ms). Tiles, exports, health and 404s stay on Express.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from './context.ts';
import { createContext } from './context.ts';
import type { CorsStep } from './cors.ts';
import type { Logger } from './logger.ts';
import { tokenLimitRefusal } from './limits.ts';
import { startRequestLog } from './request-log.ts';
import { sendJson } from './auth/respond.ts';
import { withinRateLimit, type TokenBuckets } from './auth/rate-limit.ts';
import type { SharedState } from './shared.ts';

export interface GraphqlRoute {
  apollo: ApolloServer<ApiContext>;
  shared: SharedState;
  logger: Logger;
  /** helmet's middleware: it needs nothing of Express. */
  securityHeaders: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
  cors: CorsStep;
  /** Protected mode's per-principal token buckets. */
  rateLimit?: TokenBuckets;
  bodyLimitBytes: number;
}

export function graphqlHandler(route: GraphqlRoute): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(route, req, res).catch((err: unknown) => internalError(route.logger, req, res, err));
  };
}

async function serve(route: GraphqlRoute, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const log = startRequestLog(route.logger, req, res);
  route.securityHeaders(req, res, () => {});
  if (route.cors(req, res)) return;
  const principal = await route.shared.auth.authenticate(req, res, route.logger, log);
  if (principal === undefined) return;
  if (route.rateLimit && !withinRateLimit(route.rateLimit, principal, req, res)) return;

  const body = req.method === 'POST' ? await readJsonBody(req, res, route.bodyLimitBytes) : undefined;
  if (body === REFUSED) return;
  const refusal = tokenLimitRefusal((body as { query?: unknown } | undefined)?.query);
  if (refusal) return sendJson(res, 400, refusal);

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const url = req.url ?? '';
  const q = url.indexOf('?');
  let context: ApiContext | undefined;
  try {
    const answer = await route.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: q < 0 ? '' : url.slice(q), body },
      context: async () => (context = createContext(route.shared, { log, principal })),
    });
    await send(res, answer);
  } finally {
    context?.release();
  }
}

type HttpAnswer = Awaited<ReturnType<ApolloServer<ApiContext>['executeHTTPGraphQLRequest']>>;

async function send(res: ServerResponse, answer: HttpAnswer): Promise<void> {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

const REFUSED = Symbol('refused');

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * The request's JSON body (undefined when it is not sent as JSON: Apollo refuses that itself),
 * or REFUSED once a 400/413/415 has been sent. At most `limit` bytes after decompression, as
 * Express's JSON parser allowed, and an object or array (its strict mode).
 */
async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
): Promise<unknown | typeof REFUSED> {
  const type = req.headers['content-type'] ?? '';
  if (!JSON_TYPE.test(type)) {
    req.resume();
    return undefined;
  }
  const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `unsupported charset "${charset}": send UTF-8 JSON`);
    return REFUSED;
  }
  const stream = decoded(req);
  if (stream === undefined) {
    refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `unsupported content-encoding "${req.headers['content-encoding']}"`);
    return REFUSED;
  }
  if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge(res);
  const text = await readText(req, stream, limit);
  if (text === TOO_LARGE) return tooLarge(res);
  if (text === UNREADABLE) {
    // Aborted by the client, or a corrupt compressed body.
    refuse(res, 400, 'BAD_REQUEST', 'request body could not be read');
    return REFUSED;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (typeof body !== 'object' || body === null) {
    refuse(res, 400, 'BAD_REQUEST', 'request body is not valid JSON');
    return REFUSED;
  }
  return body;
}

const TOO_LARGE = Symbol('too large');
const UNREADABLE = Symbol('unreadable');

/**
 * A stream's bytes as UTF-8 text, at most `limit` of them (events: lighter than async
 * iteration). Past the limit the rest is dropped, not read into memory: the socket stays whole so
 * the 413 can be sent (its connection then closes), while an inflating stream is stopped at once.
 */
function readText(
  req: IncomingMessage,
  stream: Readable,
  limit: number,
): Promise<string | typeof TOO_LARGE | typeof UNREADABLE> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      if (stream !== req) stream.destroy();
      resolve(TOO_LARGE);
    });
    stream.on('end', () =>
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')),
    );
    stream.on('error', () => resolve(UNREADABLE));
    // Closed before its end: the client went away (a later resolve is ignored).
    stream.on('close', () => resolve(UNREADABLE));
  });
}

/** The body as sent, inflated when compressed; undefined for an encoding we do not read. */
function decoded(req: IncomingMessage): Readable | undefined {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity') return req;
  const inflate =
    encoding === 'gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!inflate) {
    req.resume();
    return undefined;
  }
  req.on('error', (err) => inflate.destroy(err));
  return req.pipe(inflate);
}

function tooLarge(res: ServerResponse): typeof REFUSED {
  // The rest of the body is not read: the connection closes after the answer.
  res.setHeader('connection', 'close');
  refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'request body too large; the limit is documented in docs/api.md');
  return REFUSED;
}

/** Body-level refusals keep the shape Express's error handler gave them (docs/api.md). */
function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

/** A fault of ours: logged with an id, answered without detail. */
export function internalError(logger: Logger, req: IncomingMessage, res: ServerResponse, err: unknown): void {
  const id = Math.random().toString(16).slice(2, 10);
  logger.error('unhandled error', { logId: id, path: (req.url ?? '').split('?', 1)[0], error: err });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: `internal error; see server log id=${id}` } });
}
