/**
 * The per-request view of access: principal, dataset scope (the compiler's hook input,
 * query/scope.ts) and suppression threshold. Open mode gives the local principal: no scope,
 * exact counts.
 */
import type { ReadFilter, ReaderFilter } from '../generated/graphql.ts';
import type { DatasetScope } from '../query/scope.ts';
import { assertPublicFilter } from './policy.ts';
import type { AccessConfig, AccessMode } from './config.ts';
import { atLeast, type Principal } from './principal.ts';
import type { Threshold } from './suppression.ts';

export interface RequestAccess {
  mode: AccessMode;
  principal: Principal;
  scope: DatasetScope;
  /** Suppression threshold for this principal (null: exact counts). */
  minCell: Threshold;
}

export function requestAccess(config: AccessConfig, principal: Principal): RequestAccess {
  const isPublic = config.mode === 'protected' && !atLeast(principal, 'credentialed');
  return {
    mode: config.mode,
    principal,
    scope: principal.datasets?.length ? principal.datasets : null,
    minCell: isPublic ? config.minCell : null,
  };
}

/** Public principals filter by cells only (policy.ts); others by anything the schema allows. */
export function checkFilter(
  access: RequestAccess,
  filter: ReadFilter | ReaderFilter | null | undefined,
  search?: string | null,
): void {
  if (access.minCell !== null) assertPublicFilter(filter, search);
}
