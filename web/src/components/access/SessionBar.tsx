/** The header's sign-in state (protected mode only): who is signed in, or a sign-in link. */
import Link from 'next/link';
import type { AccessView } from '@/lib/access-view';

const TIER_LABEL = { PUBLIC: 'public', CREDENTIALED: 'credentialed', ADMIN: 'admin' } as const;

export function SessionBar({ access }: { access: AccessView | null }) {
  if (!access || access.mode !== 'protected') return null;
  const signedIn = access.principal !== 'anonymous';
  return (
    <div className="session-bar" data-testid="session-bar">
      {signedIn ? (
        <>
          <span data-testid="session-who">
            {access.name ?? access.principal} · {TIER_LABEL[access.tier]}
            {access.datasets ? ` · ${access.datasets.join(', ')}` : ''}
          </span>
          <form method="post" action="/auth/signout">
            <button type="submit" data-testid="sign-out">
              Sign out
            </button>
          </form>
        </>
      ) : (
        <>
          <span data-testid="session-who">{access.expired ? 'Session ended · public view' : 'Public view'}</span>
          <Link href="/signin" data-testid="sign-in-link">
            Sign in
          </Link>
        </>
      )}
    </div>
  );
}
