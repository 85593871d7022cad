/** The resolver map handed to Apollo; types come from codegen (schema.graphql is the contract). */
import type { Resolvers } from '../generated/graphql.ts';
import { Facets, ImageConnection, ReadConnection, ReaderConnection } from './connection.ts';
import { Dataset } from './dataset.ts';
import { Image } from './image.ts';
import { Query } from './query.ts';
import { Read } from './read.ts';
import { Reader } from './reader.ts';
import { AttentionTrack } from './track.ts';

export const resolvers: Resolvers = {
  Query,
  Dataset,
  Image,
  Read,
  Reader,
  AttentionTrack,
  ReadConnection,
  ImageConnection,
  ReaderConnection,
  Facets,
};
