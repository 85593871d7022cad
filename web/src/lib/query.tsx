'use client';
/**
 * Data fetching for every page: TanStack Query caches, de-duplicates and aborts superseded
 * requests (its `signal` reaches fetch), so no page writes its own loading/abort/error state.
 */
import { QueryClient, QueryClientProvider, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { TypedDocumentString } from '@/generated/graphql';
import { ApiError, request } from './graphql';

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        // An API error is stated, not retried behind the user's back; data is the dataset's, which
        // changes only on a re-ingest, so a page revisited within a minute is served from cache.
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000 } },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** Any failure as the ApiError the pages show (a network error already is one). */
export function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(err instanceof Error ? err.message : String(err), 'ERROR');
}

type ApiQueryOptions<T> = Omit<UseQueryOptions<T, Error, T, readonly unknown[]>, 'queryKey' | 'queryFn'>;

/** One typed operation as a query keyed by its text and variables. */
export function useApiQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: ApiQueryOptions<TResult> = {},
) {
  return useQuery({
    queryKey: [document.toString(), variables],
    queryFn: ({ signal }) => request(document, variables, { signal }),
    ...options,
  });
}
