/** GET /auth/callback: the identity provider's redirect; exchanges the code for a token. */
import { NextResponse } from 'next/server';
import { oidcClient } from '@/lib/access';
import { callbackUrl, discover, type PendingSignIn } from '@/lib/oidc-client';
import { clearCookie, cookieValue, PKCE_COOKIE, requestOrigin, SESSION_COOKIE, setCookie } from '@/lib/session';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const origin = requestOrigin(req);
  const fail = (error: string) => {
    const res = NextResponse.redirect(`${origin}/signin?error=${error}`, 303);
    clearCookie(res, req, PKCE_COOKIE);
    return res;
  };
  const client = oidcClient();
  const params = new URL(req.url).searchParams;
  let pending: PendingSignIn;
  try {
    pending = JSON.parse(cookieValue(req.headers.get('cookie'), PKCE_COOKIE) ?? '') as PendingSignIn;
  } catch {
    return fail('no-sign-in-in-progress');
  }
  const code = params.get('code');
  if (!client || !code || params.get('state') !== pending.state) return fail('sign-in-refused');
  let token: { access_token?: string; expires_in?: number };
  try {
    const res = await fetch((await discover(client.issuer)).token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: callbackUrl(req),
        client_id: client.clientId,
        code_verifier: pending.verifier,
      }),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    token = (await res.json()) as typeof token;
    if (!res.ok || !token.access_token) return fail('sign-in-refused');
  } catch {
    return fail('issuer-unreachable');
  }
  const res = NextResponse.redirect(`${origin}${pending.returnTo}`, 303);
  clearCookie(res, req, PKCE_COOKIE);
  setCookie(res, req, SESSION_COOKIE, token.access_token, Math.max(60, token.expires_in ?? 300));
  return res;
}
