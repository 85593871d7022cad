/**
 * Access configuration (docs/access.md), read once from the environment. Secure by default: a
 * service on a non-loopback address refuses to start in open mode unless CHEXTHOUGHT_ACCESS=open
 * says so explicitly.
 */
import { isIP } from 'node:net';
import { ConfigError, intVar } from '../config.ts';
import { TIERS, type Tier } from './principal.ts';

export type AccessMode = 'open' | 'protected';

export interface OidcConfig {
  issuer: string;
  audience: string;
  /** JWKS location; default: the issuer's discovery document's `jwks_uri`. */
  jwksUri?: string;
  /** Dot path of the claim holding the tier (a string, or a list such as realm roles). */
  tierClaim: string;
  /** Dot path of the claim listing the datasets a principal may see (absent: all). */
  datasetsClaim: string;
  /** Tier of a valid token whose tier claim names no tier. */
  defaultTier: Tier;
  /** Least time between two JWKS fetches (an unknown `kid` triggers one: key rotation). */
  jwksCooldownMs?: number;
}

export interface AccessConfig {
  mode: AccessMode;
  /** Counts below this are suppressed for the public tier. */
  minCell: number;
  /** Datasets whose images anyone may view (their tiles are public). */
  publicImageDatasets: string[];
  oidc?: OidcConfig;
  /** Token bucket per principal: sustained requests per minute and burst size. */
  rateLimit: { perMinute: number; burst: number };
  /** How long a verified API key is trusted before it is looked up again (revocation delay). */
  keyCacheMs: number;
}

export const ACCESS_DEFAULTS = {
  minCell: 10,
  publicImageDatasets: ['NIH ChestX-ray14'],
  tierClaim: 'chexthought_tier',
  datasetsClaim: 'chexthought_datasets',
  perMinute: 600,
  burst: 120,
  keyCacheMs: 1_000,
} as const;

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
}

export function loadAccessConfig(env: NodeJS.ProcessEnv, host: string): AccessConfig {
  return {
    mode: accessMode(env, host),
    minCell: intVar(env, 'CHEXTHOUGHT_MIN_CELL', ACCESS_DEFAULTS.minCell, 1, 1_000_000),
    publicImageDatasets: env.CHEXTHOUGHT_PUBLIC_IMAGE_DATASETS
      ? list(env.CHEXTHOUGHT_PUBLIC_IMAGE_DATASETS)
      : [...ACCESS_DEFAULTS.publicImageDatasets],
    oidc: oidcConfig(env),
    rateLimit: {
      perMinute: intVar(env, 'CHEXTHOUGHT_RATE_LIMIT', ACCESS_DEFAULTS.perMinute, 1, 10_000_000),
      burst: intVar(env, 'CHEXTHOUGHT_RATE_BURST', ACCESS_DEFAULTS.burst, 1, 10_000_000),
    },
    keyCacheMs: intVar(env, 'CHEXTHOUGHT_KEY_CACHE_MS', ACCESS_DEFAULTS.keyCacheMs, 0, 600_000),
  };
}

/** The mode, refusing open mode on a non-loopback address unless it is set explicitly. */
export function accessMode(env: NodeJS.ProcessEnv, host: string): AccessMode {
  const raw = env.CHEXTHOUGHT_ACCESS?.trim().toLowerCase();
  if (raw === 'open' || raw === 'protected') return raw;
  if (raw)
    throw new ConfigError(
      `CHEXTHOUGHT_ACCESS must be open or protected (got ${JSON.stringify(env.CHEXTHOUGHT_ACCESS)})`,
    );
  if (isLoopback(host)) return 'open';
  throw new ConfigError(
    `refusing to serve every record on ${host} without access control: set CHEXTHOUGHT_ACCESS=protected, or CHEXTHOUGHT_ACCESS=open if that is really meant`,
  );
}

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.CHEXTHOUGHT_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const audience = env.CHEXTHOUGHT_OIDC_AUDIENCE?.trim();
  if (!audience) throw new ConfigError('CHEXTHOUGHT_OIDC_AUDIENCE must be set with CHEXTHOUGHT_OIDC_ISSUER');
  const defaultTier = (env.CHEXTHOUGHT_OIDC_DEFAULT_TIER?.trim() || 'public') as Tier;
  if (!TIERS.includes(defaultTier))
    throw new ConfigError(`CHEXTHOUGHT_OIDC_DEFAULT_TIER must be one of ${TIERS.join(', ')} (got ${defaultTier})`);
  return {
    issuer,
    audience,
    jwksUri: env.CHEXTHOUGHT_OIDC_JWKS_URI?.trim() || undefined,
    tierClaim: env.CHEXTHOUGHT_OIDC_TIER_CLAIM?.trim() || ACCESS_DEFAULTS.tierClaim,
    datasetsClaim: env.CHEXTHOUGHT_OIDC_DATASETS_CLAIM?.trim() || ACCESS_DEFAULTS.datasetsClaim,
    defaultTier,
  };
}

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
