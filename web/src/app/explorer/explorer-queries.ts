import { graphql } from '@/generated';

/** A real read id of the served dataset, for the "read with its track" example. */
export const ExplorerSampleReadQuery = graphql(`
  query ExplorerSampleRead {
    dataset {
      synthetic
    }
    reads(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
