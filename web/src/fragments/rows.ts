/** GraphQL fragments on the explore table's rows: one edge of reads, one of images. */
import { graphql } from '@/generated';

export const ReadRowFragment = graphql(`
  fragment ReadRow on ReadEdge {
    cursor
    highlights {
      ...HighlightFields
    }
    node {
      id
      startedAt
      durationSec
      strategy
      reader {
        ...ReaderFields
      }
      image {
        id
        thumbnail
        ...ImageAgreementFields
      }
      findings {
        ...ReadFindingFields
      }
      trackSummary {
        fixationCount
      }
      gaze {
        ...GazeSummaryFields
      }
      findingGaze {
        ...FindingMissFields
      }
      peerSimilarity {
        multimatch
      }
    }
  }
`);

export const ImageRowFragment = graphql(`
  fragment ImageRow on ImageEdge {
    cursor
    highlights {
      ...HighlightFields
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
      ...ImageAgreementFields
    }
  }
`);
