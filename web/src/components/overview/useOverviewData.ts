'use client';
/** The overview's one request for the URL's filter and search; superseded requests are aborted. */
import { useEffect, useState } from 'react';
import type { OverviewQuery as OverviewData, ReadFilter } from '@/generated/graphql';
import { ApiError, request } from '@/lib/graphql';
import { OverviewQuery } from './overview-queries';

export interface OverviewState {
  data: OverviewData | null;
  error: ApiError | null;
  loading: boolean;
}

export function useOverviewData(filter: ReadFilter | null, search: string): OverviewState {
  const key = JSON.stringify([filter, search]);
  const [state, setState] = useState<OverviewState>({ data: null, error: null, loading: true });
  useEffect(() => {
    const ac = new AbortController();
    const [f, s] = JSON.parse(key) as [ReadFilter | null, string];
    setState((st) => ({ ...st, loading: true }));
    request(OverviewQuery, { filter: f, search: s || null }, { signal: ac.signal }).then(
      (data) => !ac.signal.aborted && setState({ data, error: null, loading: false }),
      (err: unknown) => {
        if (ac.signal.aborted || (err as Error).name === 'AbortError') return;
        setState((st) => ({
          ...st,
          loading: false,
          error: err instanceof ApiError ? err : new ApiError(String(err), 'ERROR'),
        }));
      },
    );
    return () => ac.abort();
  }, [key]);
  return state;
}
