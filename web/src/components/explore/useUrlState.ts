'use client';
/**
 * The page state IS the URL: read with useSearchParams, written with the History API (which
 * Next.js integrates with its router, so useSearchParams follows). Discrete changes (a facet
 * click) push a history entry so Back undoes them; continuous ones (typing, dragging) replace.
 * Values the URL holds but the page cannot use are dropped and named in `problems`.
 */
import { useCallback, useMemo } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { parseState, queryString, type ExploreState } from '@/lib/url-state';
import { useVocabularyQuery } from './useVocabulary';

export type StateUpdate = ExploreState | ((current: ExploreState) => ExploreState);

export function useUrlState() {
  const params = useSearchParams();
  const pathname = usePathname();
  // Country codes are checked against the dataset's vocabulary once it has arrived; until then
  // (when the URL names countries) `settled` is false and pages hold their request.
  const vocabulary = useVocabularyQuery();
  const countries = useMemo(() => {
    const list = vocabulary.data?.vocabulary.countries;
    return list ? new Set(list.map((c) => c.code)) : undefined;
  }, [vocabulary.data]);
  const { state, problems } = useMemo(() => parseState(params, { countries }), [params, countries]);
  const settled = !vocabulary.isPending || state.filters.countries.length === 0;

  const update = useCallback(
    (next: StateUpdate, opts: { replace?: boolean } = {}) => {
      // The live URL, not the last render: two updates in one tick must not lose the first.
      const current = parseState(window.location.search).state;
      const target = typeof next === 'function' ? next(current) : next;
      const url = `${pathname}${queryString(target)}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (opts.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [pathname],
  );

  return { state, problems, settled, update };
}
