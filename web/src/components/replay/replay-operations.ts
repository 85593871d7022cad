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
  }
`);

export const ReplayReadQuery = graphql(`
  query ReplayRead($id: ID!, $maxPoints: Int) {
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
    read(id: $id) {
      ...ReplayReadFields
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
