/** CORS for the portal's origins only (no wildcard): the API is read-only but not public-by-default. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * Sets the CORS headers of an allowed origin; answers a preflight (204) itself. True when the
 * response has been sent.
 */
export type CorsStep = (req: IncomingMessage, res: ServerResponse) => boolean;

export function corsStep(origins: readonly string[]): CorsStep {
  const allowed = new Set(origins);
  return (req, res) => {
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-es-requests, x-request-id, content-disposition, retry-after');
    res.appendHeader('vary', 'Origin');
    if (req.method !== 'OPTIONS') return false;
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id',
    );
    res.setHeader('access-control-max-age', '600');
    res.statusCode = 204;
    res.end();
    return true;
  };
}

/** The same step as Express middleware (every route but /graphql). */
export function cors(step: CorsStep) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!step(req, res)) next();
  };
}
