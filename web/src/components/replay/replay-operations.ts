/** The replays' operations: one read (with its gaze metrics), or every read of one image. Fragments: src/fragments. */
import { graphql } from '@/generated';

export const ReplayReadQuery = graphql(`
  query ReplayRead($id: ID!, $maxPoints: Int) {
    dataset {
      ...DatasetCredit
      ...ShownThresholds
    }
    vocabulary {
      ...VocabularyLabels
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
      ...DatasetCredit
    }
    image(id: $imageId) {
      ...ReplayImageFields
      reads(first: 50) {
        ...ReplayReadFields
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
