/**
 * Sign-in: with the identity provider (authorization code + PKCE) when one is configured, and
 * with an API key from the data custodian in any case. The credential goes to the portal's
 * server only (an httpOnly cookie); page scripts never see it.
 */
import { oidcClient } from '@/lib/access';

export const dynamic = 'force-dynamic';

const ERRORS: Record<string, string> = {
  'empty-key': 'Paste an API key first.',
  'key-refused': 'That key was not accepted: it may be mistyped, expired or revoked.',
  'api-unreachable': 'The API cannot be reached right now; try again shortly.',
  'issuer-unreachable': 'The identity provider cannot be reached right now; try again shortly.',
  'sign-in-refused': 'The identity provider did not complete the sign-in. Try again.',
  'no-sign-in-in-progress': 'The sign-in took too long or was started elsewhere. Try again.',
  'no-issuer': 'No identity provider is configured here; use an API key.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { error, next } = await searchParams;
  const client = oidcClient();
  const returnTo = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return (
    <main className="signin-page">
      <h1>Sign in</h1>
      <p>
        Records of this dataset (reads, reasoning, gaze tracks, exports) are for credentialed users. Anyone can see the
        aggregate counts without signing in.
      </p>
      {error && (
        <p className="signin-error" role="alert" data-testid="signin-error">
          {ERRORS[error] ?? 'Sign-in failed.'}
        </p>
      )}
      {client && (
        <section>
          <a className="button" href={`/auth/login?next=${encodeURIComponent(returnTo)}`} data-testid="oidc-sign-in">
            Sign in with your institution
          </a>
        </section>
      )}
      <section>
        <form method="post" action="/auth/key" className="signin-key">
          <label htmlFor="key">API key</label>
          <input
            id="key"
            name="key"
            type="password"
            autoComplete="off"
            placeholder="cxt_…"
            required
            data-testid="api-key-input"
          />
          <input type="hidden" name="next" value={returnTo} />
          <button type="submit" data-testid="api-key-submit">
            Sign in with the key
          </button>
        </form>
        <p className="signin-hint">
          Keys are issued by the data custodian (<code>chexthought keys create</code>). The key is kept in a secure
          cookie on this site until you sign out.
        </p>
      </section>
    </main>
  );
}
