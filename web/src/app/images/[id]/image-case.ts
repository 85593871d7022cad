import { graphql } from '@/generated';

/** The case page: the image, its prior study, its reads and how much the readers agreed. Fragments: src/fragments. */
export const ImageCaseQuery = graphql(`
  query ImageCase($id: ID!) {
    dataset {
      ...DatasetCredit
    }
    vocabulary {
      ...VocabularyLabels
    }
    image(id: $id) {
      ...ImageViewFields
      ...ImageAgreementFields
      followUp
      viewPosition
      pixelSpacingMm
      patientAge
      patientSex
      sourceLabels
      referenceFindings
      findingVotes {
        finding
        label
        positive
        readCount
        meanCertainty
      }
      prior {
        id
        followUp
        viewPosition
        tileSource
        sourceLabels
      }
      next {
        id
        followUp
      }
      reads(first: 50) {
        ...ReadSummaryFields
        trackSummary {
          sampleCount
          fixationCount
          hasViewport
          samplingHz
        }
        reasoning {
          hasWordTimings
          hedgeCount
        }
        gaze {
          ...GazeSummaryFields
        }
        findingGaze {
          ...FindingMissFields
        }
      }
    }
  }
`);
