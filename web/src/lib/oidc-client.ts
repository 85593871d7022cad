/**
 * The portal's side of OIDC sign-in: authorization code with PKCE (RFC 7636, S256). The
 * verifier and state wait in a short-lived httpOnly cookie; the token endpoint is called from
 * the portal's server, so the access token never reaches page scripts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { requestOrigin } from './session';

export interface Endpoints {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

export async function discover(issuer: string): Promise<Endpoints> {
  const res = await fetch(`${issuer}/.well-known/openid-configuration`, {
    cache: 'no-store',
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`the identity provider answered ${res.status}`);
  return (await res.json()) as Endpoints;
}

export interface PendingSignIn {
  verifier: string;
  state: string;
  returnTo: string;
}

export function newPendingSignIn(returnTo: string): PendingSignIn {
  return { verifier: randomBytes(32).toString('base64url'), state: randomBytes(16).toString('base64url'), returnTo };
}

export function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function callbackUrl(req: Request): string {
  return `${requestOrigin(req)}/auth/callback`;
}
