import { graphql } from '@/generated';

/** The case page: the image, its prior study, its reads and how much the readers agreed. */
export const ImageCaseQuery = graphql(`
  query ImageCase($id: ID!) {
    dataset {
      name
      synthetic
      attribution
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
    }
    image(id: $id) {
      id
      dataset
      patientId
      followUp
      viewPosition
      width
      height
      pixelSpacingMm
      patientAge
      patientSex
      sourceLabels
      referenceFindings
      tileSource
      displayImageId
      synthetic
      readCount
      agreement
      difficulty
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
        id
        durationSec
        strategy
        strategySource
        synthetic
        reader {
          id
          country
          countryName
          experienceYears
          role
        }
        findings {
          finding
          label
          certainty
          certaintyName
        }
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
          synthetic
          lungCoverage
        }
        findingGaze {
          finding
          label
          missType
        }
      }
    }
  }
`);
