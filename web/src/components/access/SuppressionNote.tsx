'use client';
/** For the public tier, above the aggregates: what "< 10" means and why counts are rounded. */
import Link from 'next/link';
import { useAccess, usePublicTier } from './AccessContext';

export function SuppressionNote() {
  const minCell = useAccess()?.minCell ?? 10;
  if (!usePublicTier()) return null;
  return (
    <p className="records-notice" data-testid="suppression-note" role="note">
      Public view: counts below {minCell} are shown as &ldquo;&lt; {minCell}&rdquo; and the others are rounded to a
      multiple of {minCell}, so that no small group of records can be singled out. Filters take one value per field.{' '}
      <Link href="/signin">Sign in</Link> for exact counts and the records themselves.
    </p>
  );
}
