/** GET /auth/login: starts an authorization-code sign-in with PKCE at the identity provider. */
import { NextResponse } from 'next/server';
import { oidcClient } from '@/lib/access';
import { callbackUrl, challengeOf, discover, newPendingSignIn } from '@/lib/oidc-client';
import { PKCE_COOKIE, requestOrigin, safeReturnPath, setCookie } from '@/lib/session';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const client = oidcClient();
  const origin = requestOrigin(req);
  if (!client) return NextResponse.redirect(`${origin}/signin?error=no-issuer`, 303);
  let authorize: string;
  try {
    authorize = (await discover(client.issuer)).authorization_endpoint;
  } catch {
    return NextResponse.redirect(`${origin}/signin?error=issuer-unreachable`, 303);
  }
  const pending = newPendingSignIn(safeReturnPath(new URL(req.url).searchParams.get('next')));
  const url = new URL(authorize);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: callbackUrl(req),
    scope: 'openid',
    state: pending.state,
    code_challenge: challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  const res = NextResponse.redirect(url.toString(), 303);
  setCookie(res, req, PKCE_COOKIE, JSON.stringify(pending), 600);
  return res;
}
