import { graphql } from '@/generated';

/** Everything the overview draws, for the filter and search in the URL: one request. */
export const OverviewQuery = graphql(`
  query Overview($filter: ReadFilter, $search: String, $expand: Boolean) {
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
    statistics(filter: $filter, search: $search, expand: $expand) {
      readCount
      imageCount
      readerCount
      countryCount
      sampleCount
      readsByCountry {
        value
        label
        count
      }
      readsByContinent {
        value
        label
        count
      }
      readsByFinding {
        value
        label
        count
      }
      readsByStrategy {
        value
        label
        count
      }
      readsByRole {
        value
        label
        count
      }
      experienceHistogram {
        from
        to
        count
      }
      readsPerImage {
        value
        label
        count
      }
      durationHistogram {
        from
        to
        count
      }
    }
  }
`);
