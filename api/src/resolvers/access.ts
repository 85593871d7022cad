/** Query.access (who the caller is) and Query.auditEvents (admins; the policy checked the tier). */
import type { QueryResolvers } from '../generated/graphql.ts';
import { parseSince } from '../audit/log.ts';
import { badUserInput } from '../errors.ts';
import type { Tier } from '../auth/principal.ts';

const TIER_ENUM = { public: 'PUBLIC', credentialed: 'CREDENTIALED', admin: 'ADMIN' } as const;
export const tierEnum = (t: Tier) => TIER_ENUM[t];

export const access: QueryResolvers['access'] = (_p, _a, ctx) => {
  const { mode, principal, scope, minCell } = ctx.access;
  return {
    mode,
    tier: tierEnum(principal.tier),
    principal: principal.id,
    name: principal.name ?? null,
    datasets: scope === null ? null : [...scope],
    minCell,
  };
};

export const auditEvents: QueryResolvers['auditEvents'] = async (_p, { since, principal, first }, ctx) => {
  if (first != null && (first < 0 || first > 10_000))
    throw badUserInput(`first must be between 0 and 10000 (got ${first})`, { field: 'first' });
  let from: Date | undefined;
  try {
    from = since ? parseSince(since) : undefined;
  } catch (err) {
    throw badUserInput((err as Error).message, { field: 'since' });
  }
  const events = await ctx.shared.audit.query({
    ...(from ? { since: from } : {}),
    ...(principal ? { principal } : {}),
    first: first ?? 100,
  });
  return events.map((e) => ({ ...e, tier: tierEnum(e.tier) }));
};
