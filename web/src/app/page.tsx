import { Suspense } from 'react';
import { OverviewPage } from '@/components/overview/OverviewPage';

/** The overview reads its filter from the URL on the client (useSearchParams), hence the boundary. */
export default function Overview() {
  return (
    <Suspense fallback={<main className="overview-page" aria-busy="true" />}>
      <OverviewPage />
    </Suspense>
  );
}
