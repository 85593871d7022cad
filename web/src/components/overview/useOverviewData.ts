'use client';
/** The overview's one request for the URL's filter and search; the last answer stays while the next loads. */
import { keepPreviousData } from '@tanstack/react-query';
import type { OverviewGazeQuery as GazeData, OverviewQuery as OverviewData, ReadFilter } from '@/generated/graphql';
import type { ApiError } from '@/lib/graphql';
import { asApiError, useApiQuery } from '@/lib/query';
import type { SearchVariables } from '@/lib/url-state';
import { OverviewGazeQuery, OverviewQuery } from './overview-queries';

export interface OverviewState {
  data: OverviewData | null;
  error: ApiError | null;
  loading: boolean;
}

export function useOverviewData(filter: ReadFilter | null, search: SearchVariables, enabled = true): OverviewState {
  const q = useApiQuery(OverviewQuery, { filter, ...search }, { placeholderData: keepPreviousData, enabled });
  return { data: q.data ?? null, error: q.error ? asApiError(q.error) : null, loading: q.isFetching || q.isPending };
}

/** The gaze charts' statistics; not asked for when `enabled` is false (the public tier). */
export function useOverviewGaze(
  filter: ReadFilter | null,
  search: SearchVariables,
  enabled: boolean,
): { data: GazeData['statistics'] | null; error: ApiError | null } {
  const q = useApiQuery(OverviewGazeQuery, { filter, ...search }, { placeholderData: keepPreviousData, enabled });
  return { data: q.data?.statistics ?? null, error: q.error ? asApiError(q.error) : null };
}
