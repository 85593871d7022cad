/**
 * Same-origin proxy to the API service: the browser only ever talks to the portal's origin.
 * Bodies stream both ways, so a large export or track never sits in the portal's memory. The
 * session cookie becomes the API's Authorization header; portal cookies never reach the API.
 */
import { SESSION_COOKIE, cookieValue } from './session';

const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length', 'host'];

export function apiUrl(): string {
  return (process.env.CHEXTHOUGHT_API_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
}

export async function proxy(req: Request, path: string): Promise<Response> {
  const source = new URL(req.url);
  const target = `${apiUrl()}${path}${source.search}`;
  const headers = new Headers(req.headers);
  for (const h of HOP_BY_HOP) headers.delete(h);
  const credential = cookieValue(req.headers.get('cookie'), SESSION_COOKIE);
  headers.delete('cookie');
  if (credential) headers.set('authorization', `Bearer ${credential}`);
  try {
    const res = await fetch(target, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body,
      // @ts-expect-error -- Node's fetch needs duplex for a streamed request body.
      duplex: 'half',
      signal: req.signal,
    });
    const out = new Headers(res.headers);
    for (const h of HOP_BY_HOP) out.delete(h);
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers: out });
  } catch {
    return Response.json(
      { errors: [{ message: 'The API service cannot be reached.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
      { status: 502 },
    );
  }
}
