'use client';
/**
 * Facets + first page for the current state in ONE request, later pages with the cursor.
 * A new state aborts every request of the old one (first page and paging), and the previous
 * results stay on screen, marked busy, until the new ones arrive (no flash, no layout jump).
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ExploreFacetsFragment, ImageRowFragment, ReadRowFragment } from '@/generated/graphql';
import { ApiError, request } from '@/lib/graphql';
import type { View } from '@/lib/explore-views';
import { NEXT_PAGE, mainVariables, type ImageSortVar, type ReadSortVar } from './explore-operation';
import {
  ExploreImagesPageQuery,
  ExploreImagesQuery,
  ExploreReadsPageQuery,
  ExploreReadsQuery,
} from './explore-queries';
import type { ExploreState } from '@/lib/url-state';

export type Rows = { view: 'reads'; edges: ReadRowFragment[] } | { view: 'images'; edges: ImageRowFragment[] };

export interface ExploreResults {
  /** 'loading' also while stale results of the previous state are shown. */
  status: 'loading' | 'ready' | 'error';
  error: ApiError | null;
  totalCount: number | null;
  facets: ExploreFacetsFragment | null;
  rows: Rows;
  hasNextPage: boolean;
  loadingMore: boolean;
  pageError: ApiError | null;
  /** Completed first-page answers so far (tests and the benchmark wait on it). */
  seq: number;
}

const initial = (view: View): ExploreResults => ({
  status: 'loading',
  error: null,
  totalCount: null,
  facets: null,
  rows: view === 'reads' ? { view, edges: [] } : { view, edges: [] },
  hasNextPage: false,
  loadingMore: false,
  pageError: null,
  seq: 0,
});

function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(err instanceof Error ? err.message : String(err), 'ERROR');
}

export function useExploreResults(state: ExploreState): ExploreResults & { loadMore: () => void } {
  const vars = mainVariables(state);
  const key = JSON.stringify([state.view, vars]);
  const [results, setResults] = useState<ExploreResults>(() => initial(state.view));
  const cursor = useRef<string | null>(null);
  const paging = useRef<AbortController | null>(null);
  const current = useRef(key);

  useEffect(() => {
    current.current = key;
    paging.current?.abort();
    paging.current = null;
    const ac = new AbortController();
    const [view, variables] = JSON.parse(key) as [View, ReturnType<typeof mainVariables>];
    // Rows of the other view cannot be shown under this view's columns: clear them.
    setResults((r) => ({
      ...r,
      status: 'loading',
      loadingMore: false,
      pageError: null,
      ...(r.rows.view !== view ? { rows: initial(view).rows, hasNextPage: false } : {}),
    }));
    const done = (patch: Partial<ExploreResults>, endCursor: string | null) => {
      if (ac.signal.aborted) return;
      cursor.current = endCursor;
      setResults((r) => ({ ...r, ...patch, seq: r.seq + 1 }));
    };
    const fail = (err: unknown) => {
      if (ac.signal.aborted || (err as Error).name === 'AbortError') return;
      setResults((r) => ({ ...r, status: 'error', error: asApiError(err), seq: r.seq + 1 }));
    };
    if (view === 'reads') {
      request(ExploreReadsQuery, { ...variables, sort: variables.sort as ReadSortVar }, { signal: ac.signal }).then(
        ({ reads }) => {
          done(
            {
              status: 'ready',
              error: null,
              totalCount: reads.totalCount,
              facets: reads.facets,
              rows: { view, edges: reads.edges },
              hasNextPage: reads.pageInfo.hasNextPage,
            },
            reads.pageInfo.endCursor,
          );
        },
        fail,
      );
    } else {
      request(ExploreImagesQuery, { ...variables, sort: variables.sort as ImageSortVar }, { signal: ac.signal }).then(
        ({ images }) => {
          done(
            {
              status: 'ready',
              error: null,
              totalCount: images.totalCount,
              facets: images.facets,
              rows: { view, edges: images.edges },
              hasNextPage: images.pageInfo.hasNextPage,
            },
            images.pageInfo.endCursor,
          );
        },
        fail,
      );
    }
    return () => ac.abort();
  }, [key]);

  const loadMore = useCallback(() => {
    if (paging.current || !cursor.current) return;
    const ac = new AbortController();
    paging.current = ac;
    const requestKey = current.current;
    const [view, variables] = JSON.parse(requestKey) as [View, ReturnType<typeof mainVariables>];
    const pageVars = { ...variables, first: NEXT_PAGE, after: cursor.current };
    setResults((r) => ({ ...r, loadingMore: true, pageError: null }));
    const finish = (edges: ReadRowFragment[] | ImageRowFragment[], hasNextPage: boolean, endCursor: string | null) => {
      if (ac.signal.aborted || current.current !== requestKey) return;
      paging.current = null;
      cursor.current = endCursor;
      // A transition: React renders the longer list in slices between frames, never as one
      // task that blocks scrolling.
      startTransition(() =>
        setResults((r) => {
          const rows: Rows =
            r.rows.view === 'reads'
              ? { view: 'reads', edges: [...r.rows.edges, ...(edges as ReadRowFragment[])] }
              : { view: 'images', edges: [...r.rows.edges, ...(edges as ImageRowFragment[])] };
          return { ...r, rows, hasNextPage, loadingMore: false };
        }),
      );
    };
    const fail = (err: unknown) => {
      if (ac.signal.aborted || (err as Error).name === 'AbortError') return;
      paging.current = null;
      setResults((r) => ({ ...r, loadingMore: false, pageError: asApiError(err) }));
    };
    if (view === 'reads')
      request(ExploreReadsPageQuery, { ...pageVars, sort: pageVars.sort as ReadSortVar }, { signal: ac.signal }).then(
        ({ reads }) => finish(reads.edges, reads.pageInfo.hasNextPage, reads.pageInfo.endCursor),
        fail,
      );
    else
      request(ExploreImagesPageQuery, { ...pageVars, sort: pageVars.sort as ImageSortVar }, { signal: ac.signal }).then(
        ({ images }) => finish(images.edges, images.pageInfo.hasNextPage, images.pageInfo.endCursor),
        fail,
      );
  }, []);

  // Unmount: nothing may land after the page has gone.
  useEffect(() => () => paging.current?.abort(), []);

  return { ...results, loadMore };
}
