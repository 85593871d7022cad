/** The caller's access as the API reports it (`Query.access`), shared by server and client code. */
export interface AccessView {
  mode: 'open' | 'protected';
  tier: 'PUBLIC' | 'CREDENTIALED' | 'ADMIN';
  principal: string;
  name: string | null;
  datasets: string[] | null;
  minCell: number | null;
  /** The session's credential was refused (expired or revoked): signed out. */
  expired?: boolean;
}

/** True when this caller sees aggregates only (protected mode, public tier). */
export function isPublicTier(a: AccessView | null | undefined): boolean {
  return a?.mode === 'protected' && a.tier === 'PUBLIC';
}
