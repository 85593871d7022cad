/** Root fields: thin; data access lives in loaders and connections. */
import type { QueryResolvers } from '../generated/graphql.ts';
import { imagesConnection, readersConnection, readsConnection } from '../connections.ts';
import { loadDataset } from './dataset.ts';
import { VOCABULARY } from './vocabulary.ts';
import { statistics } from '../statistics.ts';
import { subFields } from '../selection.ts';
import { access, auditEvents } from './access.ts';

export const Query: QueryResolvers = {
  dataset: (_p, _a, ctx) => loadDataset(ctx),
  vocabulary: () => VOCABULARY,
  image: (_p, { id }, ctx) => ctx.loaders.images.load(id),
  images: (_p, args, ctx, info) => imagesConnection(ctx, info, args),
  read: (_p, { id }, ctx, info) => {
    // The track does not depend on the read's fields: fetch both at once (two mgets in parallel).
    if (subFields(info).some((f) => f.name === 'track')) ctx.loaders.tracks.load(id).catch(() => {});
    return ctx.loaders.reads.load(id);
  },
  reads: (_p, args, ctx, info) => readsConnection(ctx, info, args),
  reader: (_p, { id }, ctx) => ctx.loaders.readers.load(id),
  readers: (_p, args, ctx, info) => readersConnection(ctx, info, args),
  statistics: (_p, args, ctx, info) => statistics(ctx, info, args),
  access,
  auditEvents,
};
