/**
 * What resolvers pass between each other (codegen maps the schema's types onto these): the
 * stored documents as Elasticsearch returns them, and connection/facet results computed once
 * per connection field.
 */
import type { IndexMeta, ImageDocument, ReadDocument, ReaderDocument, TrackDocument } from '@chexthought/search-index';
import type { Highlight } from './generated/graphql.ts';
import type { TimeWindow } from './tracks.ts';
import type { Expansion } from './query/expand.ts';

/** An image as stored (its nested `reads` are excluded from _source). */
export type ImageModel = Omit<ImageDocument, 'reads'>;

/** Fields of the read document used only for searching; never fetched. */
export const READ_SEARCH_ONLY_FIELDS = ['reasoningText', 'mentionedLabels', 'certainties'] as const;
export type ReadModel = Omit<ReadDocument, (typeof READ_SEARCH_ONLY_FIELDS)[number]>;

export type ReaderModel = ReaderDocument;

/** A track document with the window and resolution asked for (slicing is done lazily, once). */
export interface TrackModel {
  doc: TrackDocument;
  window: TimeWindow | null;
  maxPoints: number | null;
}

export interface EdgeModel<N> {
  cursor: string;
  node: N;
  highlights: Highlight[];
}

/** One connection field's answer, from a single search. */
export interface ConnectionModel {
  totalCount: number;
  edges: EdgeModel<ImageModel | ReadModel | ReaderModel>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Parsed facets, keyed by the response key (alias or name) of each Facets field selected. */
  facets: FacetsModel | null;
  /** How the search text was widened (reads and images connections). */
  searchExpansions?: Expansion[];
}

/** Facet results keyed by response key, ready to return as TermsFacet / NumericFacet. */
export type FacetsModel = Record<string, unknown>;

export interface DatasetModel {
  meta: IndexMeta;
}
