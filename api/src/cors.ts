/** CORS for the portal's origins only (no wildcard): the API is read-only but not public-by-default. */
import type { NextFunction, Request, Response } from 'express';

export function cors(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'x-es-requests, x-request-id, content-disposition, retry-after');
      res.append('vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader(
          'access-control-allow-headers',
          'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id',
        );
        res.setHeader('access-control-max-age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
