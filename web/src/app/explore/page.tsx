import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExplorePage } from '@/components/explore/ExplorePage';
import { RecordsGate } from '@/components/access/AccessContext';

export const metadata: Metadata = { title: 'Explore · CheXthought Explorer' };

/** The page reads its state from the URL on the client (useSearchParams), hence the boundary. */
export default function Explore() {
  return (
    <RecordsGate what="Reads and images">
      <Suspense fallback={<main className="explore-page" aria-busy="true" />}>
        <ExplorePage />
      </Suspense>
    </RecordsGate>
  );
}
