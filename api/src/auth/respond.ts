/**
 * Refusals at the HTTP edge, in the shape the route's clients read: GraphQL clients get
 * `{errors: [{message, extensions: {code}}]}`, REST clients `{error: {code, message}}`.
 */
import type { Request, Response } from 'express';

export function sendError(req: Request, res: Response, status: number, code: string, message: string): void {
  if (req.path === '/graphql' || req.baseUrl === '/graphql')
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  else res.status(status).json({ error: { code, message } });
}
