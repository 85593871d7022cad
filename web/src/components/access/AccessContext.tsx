'use client';
/**
 * The caller's access for client components: whether records may be shown and the threshold
 * below which the API suppresses counts (shown as "< 10").
 */
import { createContext, useContext, type ReactNode } from 'react';
import { RecordsNotice } from './RecordsNotice';
import { isPublicTier, type AccessView } from '@/lib/access-view';

const AccessContext = createContext<AccessView | null>(null);

export function AccessProvider({ value, children }: { value: AccessView | null; children: ReactNode }) {
  return <AccessContext.Provider value={value}>{children}</AccessContext.Provider>;
}

export function useAccess(): AccessView | null {
  return useContext(AccessContext);
}

/** True when this caller sees aggregates only (protected mode, public tier). */
export function usePublicTier(): boolean {
  return isPublicTier(useAccess());
}

/** Renders its children only for callers who may see records; the public tier gets the notice. */
export function RecordsGate({ what, children }: { what: string; children: ReactNode }) {
  if (usePublicTier())
    return (
      <main className="records-gate">
        <RecordsNotice what={what} />
      </main>
    );
  return <>{children}</>;
}

/** "< 10" for a suppressed count, else the formatted number. */
export function useCountText(): (n: number | null | undefined, format: (n: number) => string) => string {
  const minCell = useAccess()?.minCell ?? 10;
  return (n, format) => (n == null ? `< ${minCell}` : format(n));
}
