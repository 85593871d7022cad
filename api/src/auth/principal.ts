/**
 * Who is asking, and what they may see. Tiers are ordered: public < credentialed < admin
 * (docs/access.md). `datasets` limits every path to those datasets (absent: all of them).
 */
export const TIERS = ['public', 'credentialed', 'admin'] as const;
export type Tier = (typeof TIERS)[number];

export interface Principal {
  /** Stable id written to the audit log: `anonymous`, `key:<id>`, `oidc:<sub>`, `local`. */
  id: string;
  tier: Tier;
  datasets?: readonly string[];
  /** Display name (key name or token's preferred username). */
  name?: string;
}

export const ANONYMOUS: Principal = { id: 'anonymous', tier: 'public' };

/** Open mode: a researcher on their own machine sees everything. */
export const LOCAL: Principal = { id: 'local', tier: 'admin', name: 'open mode' };

export function atLeast(p: Principal, tier: Tier): boolean {
  return TIERS.indexOf(p.tier) >= TIERS.indexOf(tier);
}

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** An error the edge turns into 401 UNAUTHENTICATED; its message never says why. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
  constructor(readonly reason: string) {
    super('the credential is not valid');
  }
}
