import { graphql } from '@/generated';

/** Everything the overview draws for the filter and search in the URL, but the gaze charts: one request. */
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
        ...CountBucketFields
      }
      readsByContinent {
        ...CountBucketFields
      }
      readsByFinding {
        ...CountBucketFields
      }
      readsByStrategy {
        ...CountBucketFields
      }
      readsByRole {
        ...CountBucketFields
      }
      experienceHistogram {
        ...HistogramBucketFields
      }
      readsPerImage {
        ...CountBucketFields
      }
      durationHistogram {
        ...HistogramBucketFields
      }
    }
  }
`);

/**
 * The gaze charts' statistics, apart: the public tier may not see them (their counts are not
 * suppressible), so the overview asks for them only when the caller may see records.
 */
export const OverviewGazeQuery = graphql(`
  query OverviewGaze($filter: ReadFilter, $search: String, $expand: Boolean) {
    statistics(filter: $filter, search: $search, expand: $expand) {
      missesByFinding {
        finding
        label
        present
        search
        recognition
        decision
      }
      lungCoverageByExperience {
        experienceBand
        readCount
        meanLungCoverage
        minLungCoverage
        maxLungCoverage
      }
    }
  }
`);
