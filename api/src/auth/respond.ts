/**
 * Refusals at the HTTP edge, in the shape the route's clients read: GraphQL clients get
 * `{errors: [{message, extensions: {code}}]}`, REST clients `{error: {code, message}}`. Plain
 * node:http types, so both the Express routes and the /graphql handler (graphql-http.ts) use it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The path /graphql is served on, matched as Express matched its mount (any case, optional slash). */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?', 1)[0]!.toLowerCase();
  return path === '/graphql' || path === '/graphql/';
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

export function sendError(
  req: IncomingMessage & { originalUrl?: string },
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  // Express rewrites req.url under a mount; originalUrl is the request's own.
  if (isGraphqlPath(req.originalUrl ?? req.url)) sendJson(res, status, { errors: [{ message, extensions: { code } }] });
  else sendJson(res, status, { error: { code, message } });
}
