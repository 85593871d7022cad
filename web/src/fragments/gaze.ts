/**
 * GraphQL fragments on the gaze metrics computed at ingest (docs/metrics.md): the summary a list
 * row shows, the full per-read and per-finding metrics of the replay's metrics panel, regions,
 * and the scanpath similarity to the other readers of the image.
 */
import { graphql } from '@/generated';

/** What a row of reads shows: coverage, fixation and saccade means, timing to the lungs and speech. */
export const GazeSummaryFieldsFragment = graphql(`
  fragment GazeSummaryFields on GazeMetrics {
    synthetic
    lungCoverage
    meanFixationMs
    meanSaccadeDeg
    ttffLungSec
    eyeVoiceSpanSec
  }
`);

/** Each finding's miss type (search, recognition or decision error), for "missed: …" lines and columns. */
export const FindingMissFieldsFragment = graphql(`
  fragment FindingMissFields on FindingGaze {
    finding
    label
    missType
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

export const GazeMetricsFieldsFragment = graphql(`
  fragment GazeMetricsFields on GazeMetrics {
    ...GazeSummaryFields
    fixationCount
    medianFixationMs
    lungDwellSec
    scanpathLengthDeg
    searchBeforeSpeechShare
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
`);

export const FindingGazeFieldsFragment = graphql(`
  fragment FindingGazeFields on FindingGaze {
    ...FindingMissFields
    synthetic
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

/** The thresholds the miss-type and coverage explanations quote. */
export const ShownThresholdsFragment = graphql(`
  fragment ShownThresholds on Dataset {
    metricThresholds {
      usefulFieldOfViewDeg
      decisionDwellSec
    }
  }
`);
