/**
 * GraphQL fragments on an image: what the zoomable viewer and its caption need, and the
 * agreement of its readers.
 */
import { graphql } from '@/generated';

/** The image as a viewer shows it: size, tiles, the real image it displays, how many reads it has. */
export const ImageViewFieldsFragment = graphql(`
  fragment ImageViewFields on Image {
    id
    dataset
    patientId
    width
    height
    tileSource
    displayImageId
    synthetic
    readCount
  }
`);

/** How much the readers agreed and how hard the case was (the explore columns and the case page). */
export const ImageAgreementFieldsFragment = graphql(`
  fragment ImageAgreementFields on Image {
    agreement
    difficulty
  }
`);
