/** Reader fields; `reads` is the reads connection restricted to the reader. */
import type { ReaderResolvers } from '../generated/graphql.ts';
import { CONTINENT, ROLE, STRATEGY } from '../query/vocabulary-map.ts';
import { readsConnection } from '../connections.ts';
import { toEnum, toEnums } from './enums.ts';

export const Reader: ReaderResolvers = {
  continent: (r) => toEnum(CONTINENT, r.continent),
  role: (r) => toEnum(ROLE, r.role),
  strategies: (r) => toEnums(STRATEGY, r.strategies),
  reads: (r, args, ctx, info) =>
    readsConnection(ctx, info, {
      filter: { readerIds: [r.id] },
      first: args.first,
      after: args.after,
      sort: args.sort,
    }),
};
