/**
 * The caller's access as the API sees it (mode, tier, principal), asked once per page render
 * on the server with the session cookie's credential. `null` when the API cannot be reached.
 */
import { cookies } from 'next/headers';
import { apiUrl } from './api-proxy';
import { SESSION_COOKIE } from './session';
import type { AccessView } from './access-view';

export type { AccessView } from './access-view';

const QUERY = '{ access { mode tier principal name datasets minCell } }';

export async function accessWith(credential: string | undefined): Promise<AccessView | null> {
  try {
    const res = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}) },
      body: JSON.stringify({ query: QUERY }),
      cache: 'no-store',
      signal: AbortSignal.timeout(5_000),
    });
    if (res.status === 401 && credential) return { ...((await accessWith(undefined)) ?? PUBLIC), expired: true };
    const body = (await res.json()) as { data?: { access: AccessView } };
    return body.data?.access ?? null;
  } catch {
    return null;
  }
}

const PUBLIC: AccessView = {
  mode: 'protected',
  tier: 'PUBLIC',
  principal: 'anonymous',
  name: null,
  datasets: null,
  minCell: 10,
};

export async function currentAccess(): Promise<AccessView | null> {
  return accessWith((await cookies()).get(SESSION_COOKIE)?.value);
}

/** Sign-in with an identity provider is offered when the portal knows one (and its client id). */
export function oidcClient(): { issuer: string; clientId: string } | null {
  const issuer = process.env.CHEXTHOUGHT_OIDC_ISSUER?.trim();
  const clientId = process.env.CHEXTHOUGHT_OIDC_CLIENT_ID?.trim();
  return issuer && clientId ? { issuer: issuer.replace(/\/$/, ''), clientId } : null;
}
