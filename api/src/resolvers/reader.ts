/** Reader fields; `reads` is the reads connection restricted to the reader. */
import type { ReaderResolvers } from '../generated/graphql.ts';
import { CONTINENT, ROLE, STRATEGY } from '../query/vocabulary-map.ts';
import { readsConnection } from '../connections.ts';
import { toEnum, toEnums } from './enums.ts';
import type { ApiContext } from '../context.ts';
import type { ReaderModel } from '../models.ts';

/** Under a dataset scope a reader's aggregates count the reads in scope only. */
const inScope = async (ctx: ApiContext, r: ReaderModel) =>
  ctx.access.scope === null ? r : await ctx.loaders.readerStats.load(r.id);

export const Reader: ReaderResolvers = {
  continent: (r) => toEnum(CONTINENT, r.continent),
  role: (r) => toEnum(ROLE, r.role),
  readCount: async (r, _a, ctx) => (await inScope(ctx, r)).readCount,
  meanDurationSec: async (r, _a, ctx) => (await inScope(ctx, r)).meanDurationSec,
  strategies: async (r, _a, ctx) => toEnums(STRATEGY, (await inScope(ctx, r)).strategies),
  reads: (r, args, ctx, info) =>
    readsConnection(ctx, info, {
      filter: { readerIds: [r.id] },
      first: args.first,
      after: args.after,
      sort: args.sort,
    }),
};
