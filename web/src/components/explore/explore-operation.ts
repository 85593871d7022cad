/**
 * The exact operation and variables the explore page sends for a state: used by the request
 * hook and by "Copy as GraphQL / curl", so what is copied is what ran.
 */
import type { ImageSortField, ReadFilter, ReadSortField } from '@/generated/graphql';
import { toReadFilter } from '@/lib/filters';
import type { ExploreState } from '@/lib/url-state';
import { ExploreImagesQuery, ExploreReadsQuery } from './explore-queries';

/** Rows in the first answer: enough to fill a tall screen twice, small enough to come back fast. */
export const FIRST_PAGE = 100;
/** Rows per later page while scrolling (the API allows up to 500). */
export const NEXT_PAGE = 250;

export interface MainVariables {
  filter: ReadFilter | null;
  search: string | null;
  sort: { field: string; direction: 'ASC' | 'DESC' }[] | null;
  first: number;
}

export function mainVariables(state: ExploreState): MainVariables {
  return {
    filter: toReadFilter(state.filters),
    search: state.search.trim() || null,
    sort: state.sort ? [{ field: state.sort.field, direction: state.sort.direction }] : null,
    first: FIRST_PAGE,
  };
}

export function mainOperation(state: ExploreState) {
  const variables = mainVariables(state);
  const document = state.view === 'reads' ? ExploreReadsQuery : ExploreImagesQuery;
  return { document, variables, query: document.toString() };
}

export type ReadSortVar = { field: ReadSortField; direction: 'ASC' | 'DESC' }[] | null;
export type ImageSortVar = { field: ImageSortField; direction: 'ASC' | 'DESC' }[] | null;
