/**
 * Versioned indices behind aliases: an ingest creates fresh concrete indices, loads them with
 * loading settings, restores serving settings, then moves every alias in one atomic
 * `_aliases` call and deletes the indices the aliases used to point at.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { EngineClient } from '../engine.ts';
import type { DatasetManifest } from '../model.ts';
import { INDEX_KINDS, aliasNames, versionedName, type IndexAliases, type IndexKind } from '../indices/names.ts';
import { loadingSettings, replicaCount, servingSettings } from '../indices/settings.ts';
import { imagesMapping } from '../indices/images.ts';
import { readersMapping } from '../indices/readers.ts';
import { readsAnalysis, readsMapping } from '../indices/reads.ts';
import { tracksMapping } from '../indices/tracks.ts';
import { META_WITHOUT_LEXICON_WORDS, SEARCH_ANALYSIS_PATH, type SearchAnalysis } from '../text/analysis.ts';

export const MAPPINGS: Record<IndexKind, estypes.MappingTypeMapping> = {
  images: imagesMapping,
  readers: readersMapping,
  reads: readsMapping,
  tracks: tracksMapping,
};

/** Stored in the reads index's mapping `_meta`: what dataset the indices hold, and since when. */
export interface IndexMeta {
  dataset: DatasetManifest;
  indexedAt: string;
  /** Absent on indices built before search expansion: they are searched as written. */
  search?: SearchAnalysis;
  /** Hash of the dataset files indexed (`ingest --if-changed` skips a dataset already indexed, with a current search analysis). */
  contentHash?: string;
}

/** Adds the search analysis (known once the reads are read) to the reads index `_meta`. */
export async function recordSearchAnalysis(
  client: EngineClient,
  readsIndex: string,
  meta: IndexMeta,
  search: SearchAnalysis,
): Promise<void> {
  await client.indices.putMapping({ index: readsIndex, _meta: { ...meta, search } });
}

/** The search analysis of a concrete reads index, lexicon included; null when it has none. */
export async function readSearchAnalysis(client: EngineClient, readsIndex: string): Promise<SearchAnalysis | null> {
  const res = await client.indices.getMapping({ index: readsIndex, filter_path: SEARCH_ANALYSIS_PATH });
  const first = Object.values(res)[0];
  return ((first?.mappings._meta as IndexMeta | undefined)?.search as SearchAnalysis | undefined) ?? null;
}

/** How long an ingest waits for the replicas of its new indices before swapping the aliases. */
const REPLICA_WAIT = '30m';

export async function createVersionedIndices(
  client: EngineClient,
  prefix: string,
  meta: IndexMeta,
): Promise<IndexAliases> {
  const aliases = aliasNames(prefix);
  const now = new Date();
  const created = {} as IndexAliases;
  // In parallel: each creation waits for its shards to start, about half a second apiece.
  await Promise.all(
    INDEX_KINDS.map(async (kind) => {
      const index = versionedName(aliases[kind], now);
      const mappings = kind === 'reads' ? { ...MAPPINGS[kind], _meta: { ...meta } } : MAPPINGS[kind];
      // Images nest the reads' text fields, so both need the reads' analyzer.
      const analysis = kind === 'reads' || kind === 'images' ? readsAnalysis : undefined;
      await client.indices.create({ index, settings: loadingSettings(analysis ? { analysis } : {}), mappings });
      created[kind] = index;
    }),
  );
  return created;
}

/**
 * Serving settings, then waits until every copy is allocated: the aliases only ever point at
 * indices that survive the loss of a node when the cluster has replicas.
 */
export async function finishLoading(client: EngineClient, indices: IndexAliases): Promise<{ replicas: number }> {
  const names = Object.values(indices);
  const replicas = replicaCount(await dataNodeCount(client));
  await client.indices.putSettings({ index: names, settings: servingSettings(replicas) });
  await client.indices.refresh({ index: names });
  const health = await client.cluster.health(
    { index: names, wait_for_status: replicas > 0 ? 'green' : 'yellow', timeout: REPLICA_WAIT },
    { requestTimeout: 31 * 60_000 },
  );
  if (health.timed_out)
    throw new Error(`the new indices did not reach ${replicas > 0 ? 'green' : 'yellow'} in ${REPLICA_WAIT}`);
  return { replicas };
}

export async function dataNodeCount(client: EngineClient): Promise<number> {
  const health = await client.cluster.health({ filter_path: ['number_of_data_nodes'] });
  return health.number_of_data_nodes;
}

/**
 * Deletes the versioned indices of the prefix that no alias points at: left by an ingest that
 * was killed before it could clean up (and retired ones no longer read, see deleteRetired).
 * Two ingests of one prefix at once are not supported: they would race for the aliases anyway.
 */
export async function removeOrphans(client: EngineClient, prefix: string): Promise<string[]> {
  await deleteRetired(client, prefix);
  const res = await client.indices.get({
    index: INDEX_KINDS.map((k) => `${prefix}-${k}-v*`),
    allow_no_indices: true,
    expand_wildcards: ['open', 'closed'],
    filter_path: ['*.aliases'],
  });
  const orphans = Object.entries(res)
    .filter(([, index]) => Object.keys(index.aliases ?? {}).length === 0)
    .map(([name]) => name);
  await deleteIndices(client, orphans);
  return orphans;
}

/**
 * The alias retired indices move to in the swap: no client queries it, but an index behind it is
 * known to be a finished, once-served index (not a half-built orphan) that a point in time may
 * still be reading.
 */
export function retiredAlias(prefix: string): string {
  return `${prefix}-retired`;
}

/** Points every alias at the new indices atomically; returns the indices it retired. */
export async function swapAliases(client: EngineClient, prefix: string, indices: IndexAliases): Promise<string[]> {
  const aliases = aliasNames(prefix);
  const actions: estypes.IndicesUpdateAliasesAction[] = [];
  const retired: string[] = [];
  for (const kind of INDEX_KINDS) {
    const alias = aliases[kind];
    const current = await currentIndices(client, alias);
    for (const index of current) {
      actions.push({ remove: { index, alias } }, { add: { index, alias: retiredAlias(prefix) } });
      retired.push(index);
    }
    actions.push({ add: { index: indices[kind], alias, is_write_index: true } });
  }
  await client.indices.updateAliases({ actions });
  return retired;
}

/**
 * Deletes the retired indices of the prefix that no search context (a point in time a client is
 * paging through) still reads; the others are kept, so a cursor across a re-index sees its whole
 * snapshot, and a later ingest deletes them once their readers are done. Returns those kept.
 */
export async function deleteRetired(client: EngineClient, prefix: string): Promise<string[]> {
  const alias = retiredAlias(prefix);
  if (!(await client.indices.existsAlias({ name: alias }))) return [];
  const stats = await client.indices.stats({ index: alias, metric: 'search' });
  const inUse = (name: string) => (stats.indices?.[name]?.total?.search?.open_contexts ?? 0) > 0;
  const names = Object.keys(stats.indices ?? {});
  await deleteIndices(
    client,
    names.filter((n) => !inUse(n)),
  );
  return names.filter(inUse);
}

async function currentIndices(client: EngineClient, alias: string): Promise<string[]> {
  const exists = await client.indices.existsAlias({ name: alias });
  if (!exists) {
    // A concrete index squatting on the alias name would make the swap fail: say so.
    if (await client.indices.exists({ index: alias }))
      throw new Error(
        `an index named ${alias} exists where the alias should be; delete it or pick another CHEXTHOUGHT_INDEX_PREFIX`,
      );
    return [];
  }
  const res = await client.indices.getAlias({ name: alias });
  return Object.keys(res);
}

export async function deleteIndices(client: EngineClient, names: string[]): Promise<void> {
  if (names.length) await client.indices.delete({ index: names, ignore_unavailable: true });
}

/** Removes every index of a prefix (tests, `chexthought ingest --drop`). */
export async function dropPrefix(client: EngineClient, prefix: string): Promise<void> {
  const res = await client.indices.get({
    index: INDEX_KINDS.map((k) => `${prefix}-${k}-v*`),
    allow_no_indices: true,
    expand_wildcards: ['open', 'closed'],
  });
  await deleteIndices(client, Object.keys(res));
}

/** The `_meta` of the reads index behind the alias (without the lexicon's words), or null when nothing is indexed. */
export async function readIndexMeta(client: EngineClient, prefix: string): Promise<IndexMeta | null> {
  const alias = aliasNames(prefix).reads;
  if (!(await client.indices.existsAlias({ name: alias }))) return null;
  const res = await client.indices.getMapping({ index: alias, filter_path: META_WITHOUT_LEXICON_WORDS });
  const first = Object.values(res)[0];
  return (first?.mappings._meta as IndexMeta | undefined) ?? null;
}
