/**
 * GraphQL fragments on a read and its reader: who read, how long, by which strategy, what they
 * reported. Used by the case page, the replays and the explore table.
 */
import { graphql } from '@/generated';

export const ReaderFieldsFragment = graphql(`
  fragment ReaderFields on Reader {
    id
    country
    countryName
    experienceYears
    role
  }
`);

export const ReadFindingFieldsFragment = graphql(`
  fragment ReadFindingFields on ReadFinding {
    finding
    label
    certainty
    certaintyName
  }
`);

/** A read as its headline says it: reader, duration, strategy (and where it came from), findings. */
export const ReadSummaryFieldsFragment = graphql(`
  fragment ReadSummaryFields on Read {
    id
    durationSec
    synthetic
    strategy
    strategySource
    reader {
      ...ReaderFields
    }
    findings {
      ...ReadFindingFields
    }
  }
`);
