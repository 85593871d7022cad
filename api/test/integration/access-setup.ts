/**
 * Protected-mode fixture: the shared dataset served with CHEXTHOUGHT_ACCESS=protected, API keys
 * of every tier created through the real key store, and an OIDC issuer served by the test
 * itself (discovery document + JWKS over HTTP) whose tokens the service verifies with jose.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { ACCESS_DEFAULTS, type AccessConfig } from '../../src/auth/config.ts';
import { FIXTURE, startFixture, type Fixture } from './setup.ts';

export const NIH = 'NIH ChestX-ray14';
export const SYNTHETIC = 'CheXthought-synthetic';
export const AUDIENCE = 'chexthought-api';

export interface TestIssuer {
  url: string;
  /** A token signed by the issuer's key (claims merged over sensible defaults). */
  token(claims?: Record<string, unknown>, opts?: { expiresIn?: string | number; key?: CryptoKey }): Promise<string>;
  /** A key the issuer never published. */
  foreignKey: CryptoKey;
  /** Publishes a new signing key (kid test-2) beside the old one and signs with it from now on. */
  rotate(): Promise<void>;
  close(): Promise<void>;
}

export async function startIssuer(): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const keys: JWK[] = [{ ...(await exportJWK(publicKey)), kid: 'test-1', alg: 'RS256', use: 'sig' }];
  let signing = { key: privateKey, kid: 'test-1' };
  let url = '';
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration')
      res.end(JSON.stringify({ issuer: url, jwks_uri: `${url}/jwks` }));
    else if (req.url === '/jwks') res.end(JSON.stringify({ keys }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    foreignKey: foreign.privateKey,
    async rotate() {
      const next = await generateKeyPair('RS256');
      keys.push({ ...(await exportJWK(next.publicKey)), kid: 'test-2', alg: 'RS256', use: 'sig' });
      signing = { key: next.privateKey, kid: 'test-2' };
    },
    async token(claims = {}, opts = {}) {
      return new SignJWT({ chexthought_tier: 'credentialed', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: opts.key ? 'test-1' : signing.kid })
        .setIssuer(url)
        .setAudience(AUDIENCE)
        .setSubject(String(claims.sub ?? 'user-1'))
        .setIssuedAt()
        .setExpirationTime(opts.expiresIn ?? '5m')
        .sign(opts.key ?? signing.key);
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** An unsigned token (`alg: none`), which must never be accepted. */
export function unsignedToken(issuer: string, claims: Record<string, unknown> = {}): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: issuer, aud: AUDIENCE, sub: 'mallory', exp: now + 300, chexthought_tier: 'admin', ...claims })}.`;
}

export interface ProtectedFixture extends Fixture {
  issuer: TestIssuer;
  keys: Record<'publicKey' | 'credentialed' | 'limited' | 'admin' | 'expired' | 'revoked', string>;
  tilesDir: string;
  bearer(credential: string | undefined): Record<string, string>;
}

export function protectedAccess(issuer: string, overrides: Partial<AccessConfig> = {}): AccessConfig {
  return {
    mode: 'protected',
    minCell: ACCESS_DEFAULTS.minCell,
    publicImageDatasets: [],
    oidc: {
      issuer,
      audience: AUDIENCE,
      tierClaim: ACCESS_DEFAULTS.tierClaim,
      datasetsClaim: ACCESS_DEFAULTS.datasetsClaim,
      defaultTier: 'public',
      jwksCooldownMs: 500,
    },
    rateLimit: { perMinute: 1_000_000, burst: 1_000_000 },
    keyCacheMs: 0,
    ...overrides,
  };
}

export async function startProtectedFixture(
  name: string,
  overrides: Partial<AccessConfig> = {},
): Promise<ProtectedFixture> {
  const issuer = await startIssuer();
  const tilesDir = mkdtempSync(join(tmpdir(), 'cxt-tiles-'));
  const fx = await startFixture(name, FIXTURE, { access: protectedAccess(issuer.url, overrides), tilesDir });
  // One tiny descriptor per displayed image, so an allowed tile is a 200 and a refused one 403.
  for (const img of fx.data.images.values()) {
    const id = img.displayImageId ?? img.id;
    writeFileSync(join(tilesDir, `${id}.dzi`), '<Image/>');
    mkdirSync(join(tilesDir, `${id}_files/0`), { recursive: true });
    writeFileSync(join(tilesDir, `${id}_files/0/0_0.jpg`), 'jpg');
  }
  const store = fx.app.shared.auth.keys;
  const make = async (name: string, tier: 'public' | 'credentialed' | 'admin', extra = {}) =>
    (await store.create({ name, tier, ...extra })).key;
  const keys = {
    publicKey: await make('public', 'public'),
    credentialed: await make('credentialed', 'credentialed'),
    limited: await make('limited', 'credentialed', { datasets: [NIH] }),
    admin: await make('admin', 'admin'),
    expired: await make('expired', 'credentialed', { expiresAt: new Date(Date.now() - 1000) }),
    revoked: await make('revoked', 'credentialed'),
  };
  await store.revoke(/^cxt_([0-9a-f]{16})_/.exec(keys.revoked)![1]!);
  return {
    ...fx,
    issuer,
    keys,
    tilesDir,
    bearer: (c): Record<string, string> => (c === undefined ? {} : { authorization: `Bearer ${c}` }),
    async close() {
      await fx.close();
      await issuer.close();
    },
  };
}
