'use client';
/**
 * Facets + first page for the current state in ONE request, later pages with the cursor, as one
 * infinite query per state. A new state supersedes the old one (TanStack Query aborts what is in
 * flight), and the previous results stay on screen, marked busy, until the new ones arrive (no
 * flash, no layout jump) — unless they belong to the other view, whose columns differ.
 */
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import type {
  ExploreFacetsFragment,
  ImageRowFragment,
  ReadRowFragment,
  SearchExpansionItemFragment,
} from '@/generated/graphql';
import type { ApiError } from '@/lib/graphql';
import type { View } from '@/lib/explore-views';
import { request } from '@/lib/graphql';
import { asApiError } from '@/lib/query';
import type { ExploreState } from '@/lib/url-state';
import { NEXT_PAGE, mainVariables, type ImageSortVar, type MainVariables, type ReadSortVar } from './explore-operation';
import {
  ExploreImagesPageQuery,
  ExploreImagesQuery,
  ExploreReadsPageQuery,
  ExploreReadsQuery,
} from './explore-queries';

export type Rows = { view: 'reads'; edges: ReadRowFragment[] } | { view: 'images'; edges: ImageRowFragment[] };

export interface ExploreResults {
  /** 'loading' also while stale results of the previous state are shown. */
  status: 'loading' | 'ready' | 'error';
  error: ApiError | null;
  totalCount: number | null;
  facets: ExploreFacetsFragment | null;
  /** How the API widened the search (word forms, synonyms); empty without search. */
  expansions: SearchExpansionItemFragment[];
  rows: Rows;
  hasNextPage: boolean;
  loadingMore: boolean;
  pageError: ApiError | null;
  /** Grows with every first-page answer shown (tests and the benchmark wait on it; the table resets on it). */
  seq: number;
}

interface Page {
  edges: ReadRowFragment[] | ImageRowFragment[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** First page only. */
  totalCount?: number;
  facets?: ExploreFacetsFragment;
  expansions?: SearchExpansionItemFragment[];
  answeredAt?: number;
}

type Key = readonly ['explore', View, MainVariables];

async function fetchPage(
  view: View,
  variables: MainVariables,
  after: string | null,
  signal: AbortSignal,
): Promise<Page> {
  const init = { signal };
  if (after === null) {
    const conn =
      view === 'reads'
        ? (await request(ExploreReadsQuery, { ...variables, sort: variables.sort as ReadSortVar }, init)).reads
        : (await request(ExploreImagesQuery, { ...variables, sort: variables.sort as ImageSortVar }, init)).images;
    const { edges, pageInfo, totalCount, facets, searchExpansions } = conn;
    // totalCount is null only when suppressed (public tier), which never browses records.
    return {
      edges,
      ...pageInfo,
      totalCount: totalCount ?? undefined,
      facets,
      expansions: searchExpansions,
      answeredAt: Date.now(),
    };
  }
  const pageVars = { ...variables, first: NEXT_PAGE, after };
  const conn =
    view === 'reads'
      ? (await request(ExploreReadsPageQuery, { ...pageVars, sort: pageVars.sort as ReadSortVar }, init)).reads
      : (await request(ExploreImagesPageQuery, { ...pageVars, sort: pageVars.sort as ImageSortVar }, init)).images;
  return { edges: conn.edges, ...conn.pageInfo };
}

function rowsOf(view: View, data: InfiniteData<Page> | undefined): Rows {
  const edges = data?.pages.flatMap((p) => p.edges as (ReadRowFragment | ImageRowFragment)[]) ?? [];
  return view === 'reads' ? { view, edges: edges as ReadRowFragment[] } : { view, edges: edges as ImageRowFragment[] };
}

/** `enabled` false holds the request (the URL's values are not checked yet). */
export function useExploreResults(state: ExploreState, enabled = true): ExploreResults & { loadMore: () => void } {
  const view = state.view;
  const q = useInfiniteQuery<Page, Error, InfiniteData<Page>, Key, string | null>({
    queryKey: ['explore', view, mainVariables(state)],
    queryFn: ({ queryKey: [, v, variables], pageParam, signal }) => fetchPage(v, variables, pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (last) => (last.hasNextPage ? last.endCursor : undefined),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === view ? previous : undefined),
    // Each state is fetched afresh when it comes back (the counter then grows, and no stale pages pile up).
    gcTime: 0,
    enabled,
  });
  // Appending a page renders in the background, between frames: never one task that blocks scrolling.
  const shown = useDeferredValue(useMemo(() => ({ view, data: q.data }), [view, q.data]));
  const data = shown.data;
  const rows = useMemo(() => rowsOf(shown.view, shown.data), [shown]);
  const first = data?.pages[0];
  const pageFailed = q.isFetchNextPageError;
  const failed = q.isError && !pageFailed;

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = q;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return {
    // Loading until this state's first page is the one on screen (appended pages do not count).
    status: failed ? 'error' : q.isPending || q.isPlaceholderData || first !== q.data?.pages[0] ? 'loading' : 'ready',
    error: failed ? asApiError(q.error) : null,
    totalCount: first?.totalCount ?? null,
    facets: first?.facets ?? null,
    expansions: first?.expansions ?? [],
    rows,
    hasNextPage: !!data?.pages.at(-1)?.hasNextPage,
    loadingMore: isFetchingNextPage,
    pageError: pageFailed ? asApiError(q.error) : null,
    seq: Math.max(first?.answeredAt ?? 0, failed ? q.errorUpdatedAt : 0),
    loadMore,
  };
}
