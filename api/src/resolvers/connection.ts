/** Connection, edge and facet objects: everything was computed by the connection's one search. */
import type { GraphQLResolveInfo } from 'graphql';
import type {
  FacetsResolvers,
  ImageConnectionResolvers,
  ReadConnectionResolvers,
  ReaderConnectionResolvers,
  ResolversTypes,
} from '../generated/graphql.ts';
import type { ConnectionModel, FacetsModel } from '../models.ts';
import { facetKey } from '../facet-plan.ts';
import type { ApiContext } from '../context.ts';
import { releaseCount, releaseFacet } from '../auth/suppression.ts';

const common = {
  totalCount: (c: ConnectionModel, _a: unknown, ctx: ApiContext) => releaseCount(c.totalCount, ctx.access.minCell),
  pageInfo: (c: ConnectionModel) => c.pageInfo,
};

export const ReadConnection: ReadConnectionResolvers = {
  ...common,
  edges: (c) => c.edges as ResolversTypes['ReadEdge'][],
  facets: (c) => facetsOf(c),
  searchExpansions: (c) => c.searchExpansions ?? [],
};

export const ImageConnection: ImageConnectionResolvers = {
  ...common,
  edges: (c) => c.edges as ResolversTypes['ImageEdge'][],
  facets: (c) => facetsOf(c),
  searchExpansions: (c) => c.searchExpansions ?? [],
};

export const ReaderConnection: ReaderConnectionResolvers = {
  ...common,
  edges: (c) => c.edges as ResolversTypes['ReaderEdge'][],
};

function facetsOf(c: ConnectionModel): FacetsModel {
  // Look-ahead put every selected facet into the search; absent means it was not selected.
  if (!c.facets) throw new Error('facets were not computed for this connection');
  return c.facets;
}

/** Each facet field returns the result its (facets alias, facet alias) key was compiled under. */
function byKey<T>(parent: FacetsModel, info: GraphQLResolveInfo): T {
  const key = facetKey(info.path.prev?.key ?? 'facets', info.path.key);
  const value = parent[key];
  if (value === undefined) throw new Error(`facet ${key} was not computed`);
  return value as T;
}

const facet = <T>(parent: FacetsModel, _args: unknown, ctx: ApiContext, info: GraphQLResolveInfo) =>
  releaseFacet(byKey<T>(parent, info), ctx.access.minCell) as T;

export const Facets: FacetsResolvers = {
  country: facet,
  continent: facet,
  finding: facet,
  strategy: facet,
  certainty: facet,
  experienceBand: facet,
  role: facet,
  viewPosition: facet,
  dataset: facet,
  hedge: facet,
  duration: facet,
  experience: facet,
  fixationCount: facet,
  agreement: facet,
  difficulty: facet,
  missType: facet,
  lungCoverage: facet,
  eyeVoiceSpan: facet,
  peerSimilarity: facet,
};
