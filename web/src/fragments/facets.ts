/** GraphQL fragments on the explore page's facets: one shape per facet kind, and the set it asks for. */
import { graphql } from '@/generated';

export const TermsFacetFieldsFragment = graphql(`
  fragment TermsFacetFields on TermsFacet {
    filterField
    buckets {
      value
      label
      count
    }
    otherValues
    otherCount
  }
`);

export const NumericFacetFieldsFragment = graphql(`
  fragment NumericFacetFields on NumericFacet {
    filterField
    count
    min
    max
    histogram {
      ...HistogramBucketFields
    }
  }
`);

/** Every facet the sidebar shows, with the bucket counts it asks for. */
export const ExploreFacetsFragment = graphql(`
  fragment ExploreFacets on Facets {
    country(size: 10) {
      ...TermsFacetFields
    }
    continent {
      ...TermsFacetFields
    }
    finding(size: 20) {
      ...TermsFacetFields
    }
    strategy {
      ...TermsFacetFields
    }
    certainty {
      ...TermsFacetFields
    }
    experienceBand {
      ...TermsFacetFields
    }
    role {
      ...TermsFacetFields
    }
    viewPosition {
      ...TermsFacetFields
    }
    dataset {
      ...TermsFacetFields
    }
    hedge(size: 40) {
      ...TermsFacetFields
    }
    duration(buckets: 24) {
      ...NumericFacetFields
    }
    experience(buckets: 24) {
      ...NumericFacetFields
    }
    fixationCount(buckets: 24) {
      ...NumericFacetFields
    }
    agreement(buckets: 20) {
      ...NumericFacetFields
    }
    difficulty(buckets: 20) {
      ...NumericFacetFields
    }
    missType {
      ...TermsFacetFields
    }
    lungCoverage(buckets: 20) {
      ...NumericFacetFields
    }
    eyeVoiceSpan(buckets: 24) {
      ...NumericFacetFields
    }
    peerSimilarity(buckets: 20) {
      ...NumericFacetFields
    }
  }
`);

export const SearchExpansionItemFragment = graphql(`
  fragment SearchExpansionItem on SearchExpansion {
    term
    forms
    synonyms
  }
`);
