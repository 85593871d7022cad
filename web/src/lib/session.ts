/**
 * The portal's session: the credential (an API key, or an OIDC access token) lives only in an
 * httpOnly cookie that page scripts cannot read; the proxy routes attach it to API requests as
 * `Authorization: Bearer`. Secure when the portal is served over https; SameSite=Lax so the
 * identity provider's redirect back still carries the PKCE cookie.
 */
import type { NextResponse } from 'next/server';

export const SESSION_COOKIE = 'cxt_session';
/** The PKCE verifier and state of a sign-in in progress (ten minutes). */
export const PKCE_COOKIE = 'cxt_pkce';
/** An API key session lasts a working day; a token's, until the token expires. */
export const KEY_SESSION_SECONDS = 12 * 3600;

export function isHttps(req: Request): boolean {
  return new URL(req.url).protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https';
}

/**
 * The origin the browser used (Host header), not the one Next reconstructs for `req.url`
 * (which may say localhost for 127.0.0.1): redirects and the same-origin check need it.
 */
export function requestOrigin(req: Request): string {
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  return host ? `${isHttps(req) ? 'https' : 'http'}://${host}` : new URL(req.url).origin;
}

export function setCookie(res: NextResponse, req: Request, name: string, value: string, maxAge: number): void {
  res.cookies.set({ name, value, httpOnly: true, secure: isHttps(req), sameSite: 'lax', path: '/', maxAge });
}

export function clearCookie(res: NextResponse, req: Request, name: string): void {
  setCookie(res, req, name, '', 0);
}

/** A cookie's value from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim()) || undefined;
  }
  return undefined;
}

/** Where to send the browser after signing in or out: same-origin paths only. */
export function safeReturnPath(raw: string | null | undefined): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/';
}
