import type { Metadata } from 'next';
import { Suspense } from 'react';
import { QueryExplorer } from './QueryExplorer';

export const metadata: Metadata = { title: 'Query explorer · CheXthought Explorer' };

export default function ExplorerPage() {
  return (
    <Suspense fallback={<main className="explorer-page" aria-busy="true" />}>
      <QueryExplorer />
    </Suspense>
  );
}
