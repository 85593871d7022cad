/**
 * GraphQL fragments of the replays: a read with its timed reasoning and packed attention track,
 * its full gaze metrics, and the image with its lung fields.
 */
import { graphql } from '@/generated';

export const ReasoningStepFieldsFragment = graphql(`
  fragment ReasoningStepFields on ReasoningStep {
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
`);

/** The track as the replay draws it: packed samples (up to $maxPoints), fixations, viewport events. */
export const ReplayTrackFieldsFragment = graphql(`
  fragment ReplayTrackFields on AttentionTrack {
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
`);

/** Everything a replay needs about one read: reader, findings, timed reasoning and the packed track. */
export const ReplayReadFieldsFragment = graphql(`
  fragment ReplayReadFields on Read {
    ...ReadSummaryFields
    reasoning {
      hasWordTimings
      steps {
        ...ReasoningStepFields
      }
    }
    track(maxPoints: $maxPoints) {
      ...ReplayTrackFields
    }
    peerSimilarity {
      ...PeerSimilarityFields
    }
  }
`);

/** The read's gaze metrics (docs/metrics.md) for the metrics panel and the coverage overlay. */
export const ReplayGazeFieldsFragment = graphql(`
  fragment ReplayGazeFields on Read {
    gaze {
      ...GazeMetricsFields
    }
    findingGaze {
      ...FindingGazeFields
    }
  }
`);

export const ReplayImageFieldsFragment = graphql(`
  fragment ReplayImageFields on Image {
    ...ImageViewFields
    lungFields {
      source
      regions {
        ...RegionFields
      }
    }
  }
`);
