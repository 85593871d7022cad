/** GraphQL fragments on connections: the cursor of the next page and the search highlights of an edge. */
import { graphql } from '@/generated';

export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

export const HighlightFieldsFragment = graphql(`
  fragment HighlightFields on Highlight {
    field
    fragments
  }
`);
