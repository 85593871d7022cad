/** GraphQL fragments on the bucket types of facets and statistics: counted values and histogram bins. */
import { graphql } from '@/generated';

export const CountBucketFieldsFragment = graphql(`
  fragment CountBucketFields on CountBucket {
    value
    label
    count
  }
`);

export const HistogramBucketFieldsFragment = graphql(`
  fragment HistogramBucketFields on HistogramBucket {
    from
    to
    count
  }
`);
