/**
 * The explore page's operations. One state change = one request: `ExploreReads` /
 * `ExploreImages` fetch the first page AND every facet of the same filter and search in one
 * GraphQL operation (the API answers it with one Elasticsearch request). Later pages
 * (`…Page`) fetch rows only; `ExploreCountryFacet` serves the country facet's search box and
 * "show all".
 */
import { graphql } from '@/generated';

export const TermsFacetFieldsDoc = graphql(`
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

export const NumericFacetFieldsDoc = graphql(`
  fragment NumericFacetFields on NumericFacet {
    filterField
    count
    min
    max
    histogram {
      from
      to
      count
    }
  }
`);

export const ExploreFacetsDoc = graphql(`
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
  }
`);

export const ReadRowDoc = graphql(`
  fragment ReadRow on ReadEdge {
    cursor
    highlights {
      field
      fragments
    }
    node {
      id
      startedAt
      durationSec
      strategy
      reader {
        country
        countryName
        experienceYears
        role
      }
      image {
        id
        thumbnail
        agreement
        difficulty
      }
      findings {
        finding
        label
        certainty
      }
      trackSummary {
        fixationCount
      }
    }
  }
`);

export const ImageRowDoc = graphql(`
  fragment ImageRow on ImageEdge {
    cursor
    highlights {
      field
      fragments
    }
    node {
      id
      dataset
      thumbnail
      viewPosition
      patientAge
      patientSex
      followUp
      sourceLabels
      reportedFindings
      readCount
      readerCountries
      agreement
      difficulty
    }
  }
`);

export const SearchExpansionFragment = graphql(`
  fragment SearchExpansionItem on SearchExpansion {
    term
    forms
    synonyms
  }
`);

export const ExploreReadsQuery = graphql(`
  query ExploreReads($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ReadSort!], $first: Int!) {
    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {
      totalCount
      searchExpansions {
        ...SearchExpansionItem
      }
      pageInfo {
        hasNextPage
        endCursor
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
        hasNextPage
        endCursor
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
        hasNextPage
        endCursor
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
        hasNextPage
        endCursor
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
      name
      synthetic
    }
    vocabulary {
      findings {
        finding
        label
      }
      strategies {
        strategy
        label
        description
      }
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
