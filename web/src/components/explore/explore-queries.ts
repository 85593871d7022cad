/**
 * The explore page's operations (fragments: src/fragments). One state change = one request:
 * `ExploreReads` / `ExploreImages` fetch the first page AND every facet of the same filter and search in one
 * GraphQL operation (the API answers it with one Elasticsearch request). Later pages
 * (`…Page`) fetch rows only; `ExploreCountryFacet` serves the country facet's search box and
 * "show all".
 */
import { graphql } from '@/generated';

export const ExploreReadsQuery = graphql(`
  query ExploreReads($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ReadSort!], $first: Int!) {
    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {
      totalCount
      searchExpansions {
        ...SearchExpansionItem
      }
      pageInfo {
        ...PageInfoFields
      }
      edges {
        ...ReadRow
      }
      facets {
        ...ExploreFacets
      }
    }
  }
`);

export const ExploreReadsPageQuery = graphql(`
  query ExploreReadsPage(
    $filter: ReadFilter
    $search: String
    $expand: Boolean
    $sort: [ReadSort!]
    $first: Int!
    $after: String
  ) {
    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {
      pageInfo {
        ...PageInfoFields
      }
      edges {
        ...ReadRow
      }
    }
  }
`);

export const ExploreImagesQuery = graphql(`
  query ExploreImages($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ImageSort!], $first: Int!) {
    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {
      totalCount
      searchExpansions {
        ...SearchExpansionItem
      }
      pageInfo {
        ...PageInfoFields
      }
      edges {
        ...ImageRow
      }
      facets {
        ...ExploreFacets
      }
    }
  }
`);

export const ExploreImagesPageQuery = graphql(`
  query ExploreImagesPage(
    $filter: ReadFilter
    $search: String
    $expand: Boolean
    $sort: [ImageSort!]
    $first: Int!
    $after: String
  ) {
    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {
      pageInfo {
        ...PageInfoFields
      }
      edges {
        ...ImageRow
      }
    }
  }
`);

export const ExploreCountryFacetQuery = graphql(`
  query ExploreCountryFacet(
    $filter: ReadFilter
    $search: String
    $expand: Boolean
    $contains: String
    $size: Int!
    $images: Boolean!
  ) {
    reads(filter: $filter, search: $search, expand: $expand, first: 0) @skip(if: $images) {
      facets {
        country(size: $size, contains: $contains) {
          ...TermsFacetFields
        }
      }
    }
    images(filter: $filter, search: $search, expand: $expand, first: 0) @include(if: $images) {
      facets {
        country(size: $size, contains: $contains) {
          ...TermsFacetFields
        }
      }
    }
  }
`);

/** Labels for chips and table cells, and the dataset's honesty flag: fetched once per page load. */
export const ExploreVocabularyQuery = graphql(`
  query ExploreVocabulary {
    dataset {
      ...DatasetCredit
    }
    vocabulary {
      ...VocabularyLabels
      countries {
        code
        name
      }
      continents {
        code
        name
      }
      certainty {
        value
        name
        probability
      }
      experienceBands
    }
  }
`);
