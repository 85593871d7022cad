/**
 * The exact operation and variables the explore page sends for a state: used by the request
 * hook and by "Copy as GraphQL / curl", so what is copied is what ran.
 */
import type { ImageSortField, ReadFilter, ReadSortField } from '@/generated/graphql';
import { toReadFilter } from '@/lib/filters';
import { searchVariables, type ExploreState, type SearchVariables } from '@/lib/url-state';
import { ExploreImagesQuery, ExploreReadsQuery } from './explore-queries';

/** Rows in the first answer: enough to fill a tall screen twice, small enough to come back fast. */
export const FIRST_PAGE = 100;
/** Rows per later page while scrolling (the API allows up to 500). */
export const NEXT_PAGE = 250;

export interface MainVariables extends SearchVariables {
  filter: ReadFilter | null;
  sort: { field: string; direction: 'ASC' | 'DESC' }[] | null;
  first: number;
}

export function mainVariables(state: ExploreState): MainVariables {
  return {
    filter: toReadFilter(state.filters),
    ...searchVariables(state),
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
