/**
 * Shown where records would be for the public tier: what the page would hold, why it is not
 * shown, and how to get access.
 */
import Link from 'next/link';

export function RecordsNotice({ what }: { what: string }) {
  return (
    <section className="records-notice" data-testid="records-notice" role="note">
      <h2>{what} are available to credentialed users</h2>
      <p>
        This dataset is released under a data-use agreement: individual records (reads, readers, reasoning, gaze tracks)
        may only be shown to credentialed users. Anyone may see the aggregate counts on the{' '}
        <Link href="/">overview</Link>; counts below the disclosure threshold are shown as &ldquo;&lt; 10&rdquo;.
      </p>
      <p>
        <Link href="/signin" className="button">
          Sign in
        </Link>{' '}
        with your institution&rsquo;s account or an API key issued by the data custodian.
      </p>
    </section>
  );
}
