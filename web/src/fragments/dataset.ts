/**
 * GraphQL fragments on the dataset and its vocabulary that every data page asks for: what the
 * honesty notice and the image attribution need, and the labels of findings and strategies.
 */
import { graphql } from '@/generated';

/** The synthetic-data notice and the image attribution (shown wherever images or reads are). */
export const DatasetCreditFragment = graphql(`
  fragment DatasetCredit on Dataset {
    name
    synthetic
    attribution
  }
`);

/** Display labels of the finding and strategy codes (useVocabularyLabels turns them into look-ups). */
export const VocabularyLabelsFragment = graphql(`
  fragment VocabularyLabels on Vocabulary {
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
`);
