/**
 * OIDC bearer tokens: JWTs verified with `jose` against the issuer's JWKS (fetched from its
 * discovery document, cached, refetched when a token names an unknown key: rotation). Tier and
 * datasets come from configurable claims; `alg: none` and symmetric algorithms are refused.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from './config.ts';
import { AuthenticationError, TIERS, isTier, type Principal, type Tier } from './principal.ts';

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export class OidcVerifier {
  private jwks?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(private readonly config: OidcConfig) {}

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const { payload: p } = await jwtVerify(token, await this.keySet(), {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 30,
      });
      payload = p;
    } catch (err) {
      throw new AuthenticationError(`token: ${(err as { code?: string }).code ?? (err as Error).message}`);
    }
    if (!payload.sub) throw new AuthenticationError('token without sub');
    const datasets = stringList(claim(payload, this.config.datasetsClaim));
    const name = typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined;
    return {
      id: `oidc:${payload.sub}`,
      tier: tierOf(claim(payload, this.config.tierClaim)) ?? this.config.defaultTier,
      ...(name ? { name } : {}),
      ...(datasets?.length ? { datasets } : {}),
    };
  }

  private keySet() {
    this.jwks ??= this.discover().then((uri) =>
      createRemoteJWKSet(new URL(uri), {
        cacheMaxAge: 10 * 60_000,
        cooldownDuration: this.config.jwksCooldownMs ?? 30_000,
        timeoutDuration: 5_000,
      }),
    );
    this.jwks.catch(() => (this.jwks = undefined));
    return this.jwks;
  }

  private async discover(): Promise<string> {
    if (this.config.jwksUri) return this.config.jwksUri;
    const url = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    if (!res.ok) throw new AuthenticationError(`discovery: HTTP ${res.status}`);
    const doc = (await res.json()) as { jwks_uri?: string };
    if (!doc.jwks_uri) throw new AuthenticationError('discovery: no jwks_uri');
    return doc.jwks_uri;
  }
}

/** A claim by dot path (`realm_access.roles`). */
function claim(payload: JWTPayload, path: string): unknown {
  let v: unknown = payload;
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** A tier name, or the highest tier named in a list (realm roles hold other roles too). */
function tierOf(value: unknown): Tier | undefined {
  const names = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  let best: Tier | undefined;
  for (const n of names) if (isTier(n) && (!best || TIERS.indexOf(n) > TIERS.indexOf(best))) best = n;
  return best;
}

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return undefined;
}
