import { graphql } from '@/generated';

/** Everything a replay needs about one read: reader, findings, timed reasoning and the packed track. */
export const ReplayReadFieldsFragment = graphql(`
  fragment ReplayReadFields on Read {
    id
    durationSec
    synthetic
    strategy
    strategySource
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
    reasoning {
      hasWordTimings
      steps {
        index
        text
        start
        end
        kind
        findings
        hedges
        words {
          text
          start
          end
        }
      }
    }
    track(maxPoints: $maxPoints) {
      samplingHz
      pixelsPerDegree
      sampleCount
      durationSec
      fixationsDerived
      packedSamples {
        encoding
        count
        windowCount
        t
        x
        y
      }
      fixations {
        number
        start
        end
        x
        y
      }
      viewport {
        t
        xmin
        ymin
        xmax
        ymax
        zoom
        windowWidth
        windowLevel
      }
    }
  }
`);

/** The read's gaze metrics (docs/metrics.md) for the metrics panel and the coverage overlay. */
export const ReplayGazeFieldsFragment = graphql(`
  fragment ReplayGazeFields on Read {
    gaze {
      synthetic
      fixationCount
      meanFixationMs
      medianFixationMs
      lungDwellSec
      lungCoverage
      meanSaccadeDeg
      scanpathLengthDeg
      ttffLungSec
      searchBeforeSpeechShare
      eyeVoiceSpanSec
      lungFieldSource
      usefulFieldOfViewPx
      fixationMethod {
        method
        maxDispersionDeg
        minFixationSec
        velocityThresholdDegPerSec
        maxDwellSec
      }
    }
    findingGaze {
      synthetic
      finding
      label
      reported
      certainty
      present
      region {
        ...RegionFields
      }
      regionSource
      ttffSec
      dwellSec
      firstPassDwellSec
      visits
      fixationCount
      eyeVoiceSpanSec
      missType
    }
    peerSimilarity {
      ...PeerSimilarityFields
    }
  }
`);

export const PeerSimilarityFieldsFragment = graphql(`
  fragment PeerSimilarityFields on PeerSimilarity {
    synthetic
    multimatch
    aoiLevenshtein
    peers
  }
`);

export const RegionFieldsFragment = graphql(`
  fragment RegionFields on Region {
    shape
    xmin
    ymin
    xmax
    ymax
  }
`);

export const ReplayImageFieldsFragment = graphql(`
  fragment ReplayImageFields on Image {
    id
    dataset
    patientId
    width
    height
    tileSource
    readCount
    synthetic
    displayImageId
    lungFields {
      source
      regions {
        ...RegionFields
      }
    }
  }
`);

/** The thresholds the miss-type explanations quote. */
export const ShownThresholdsFragment = graphql(`
  fragment ShownThresholds on Dataset {
    metricThresholds {
      usefulFieldOfViewDeg
      decisionDwellSec
    }
  }
`);

export const ReplayReadQuery = graphql(`
  query ReplayRead($id: ID!, $maxPoints: Int) {
    dataset {
      synthetic
      attribution
      ...ShownThresholds
    }
    vocabulary {
      findings {
        finding
        label
      }
      strategies {
        strategy
        label
      }
    }
    read(id: $id) {
      ...ReplayReadFields
      ...ReplayGazeFields
      image {
        ...ReplayImageFields
      }
    }
  }
`);

export const MultiReplayForImageQuery = graphql(`
  query MultiReplayForImage($imageId: ID!, $maxPoints: Int) {
    dataset {
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
      }
    }
    image(id: $imageId) {
      ...ReplayImageFields
      reads(first: 50) {
        ...ReplayReadFields
        peerSimilarity {
          ...PeerSimilarityFields
        }
      }
      scanpathSimilarity {
        synthetic
        readA
        readB
        multimatch {
          vector
          direction
          length
          position
          duration
        }
        aoiLevenshtein
      }
    }
  }
`);

/** /reads/[id]?multi=1: which image the read belongs to. */
export const ReadImageIdQuery = graphql(`
  query ReadImageId($id: ID!) {
    read(id: $id) {
      id
      image {
        id
      }
    }
  }
`);
