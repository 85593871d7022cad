import { graphql } from '@/generated';

/** Dataset identity and honesty flags: shown by the banner wherever demo reads appear. */
export const DatasetInfoQuery = graphql(`
  query DatasetInfo {
    dataset {
      name
      description
      synthetic
      attribution
      indexedAt
      imageCount
      readCount
      readerCount
    }
  }
`);
