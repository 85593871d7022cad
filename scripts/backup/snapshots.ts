/**
 * Backups with Elasticsearch's own snapshot and restore, into a shared-filesystem repository:
 * every index of the prefix (`<prefix>-*`: the dataset's versioned indices and the
 * deployment's own state, keys and audit) with its aliases. Each snapshot records the document
 * count of every index and the aliases in its metadata, so a restore reconciles against them.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { EngineClient } from '../../search-index/src/engine.ts';
import { replicaCount } from '../../search-index/src/indices/settings.ts';
import { dataNodeCount } from '../../search-index/src/ingest/aliases.ts';
import { UserError } from '../user-error.ts';

/** What a snapshot holds: documents per index, and the indices behind each alias. */
export interface Inventory {
  counts: Record<string, number>;
  aliases: Record<string, string[]>;
}

export interface BackupResult {
  repository: string;
  snapshot: string;
  inventory: Inventory;
  shards: number;
  ms: number;
}

export interface RestoreResult extends BackupResult {
  /** Counts and aliases after the restore, equal to the snapshot's (else restore throws). */
  restored: Inventory;
  replaced: string[];
}

const TIMEOUT = { requestTimeout: 60 * 60_000 };

export function repositoryName(prefix: string): string {
  return `${prefix}-backup`;
}

function pattern(prefix: string): string {
  return `${prefix}-*`;
}

/** Documents per index and aliases of every index of the prefix, as they are now. */
export async function inventory(client: EngineClient, prefix: string): Promise<Inventory> {
  const res = await client.indices.get({
    index: pattern(prefix),
    allow_no_indices: true,
    expand_wildcards: ['open'],
    filter_path: ['*.aliases'],
  });
  const counts: Record<string, number> = {};
  const aliases: Record<string, string[]> = {};
  const names = Object.keys(res).sort();
  if (names.length) await client.indices.refresh({ index: names });
  for (const name of names) {
    counts[name] = (await client.count({ index: name })).count;
    for (const alias of Object.keys(res[name]?.aliases ?? {})) (aliases[alias] ??= []).push(name);
  }
  return { counts, aliases };
}

async function registerRepository(client: EngineClient, name: string, dir: string, readonly: boolean): Promise<void> {
  try {
    await client.snapshot.createRepository({
      name,
      repository: { type: 'fs', settings: { location: dir, readonly } },
      verify: true,
    });
  } catch (err) {
    const reason = (err as { meta?: { body?: { error?: { reason?: string; caused_by?: { reason?: string } } } } }).meta
      ?.body?.error;
    const text = [reason?.reason, reason?.caused_by?.reason].filter(Boolean).join(': ');
    if (/path\.repo|doesn't match any of the locations/i.test(text))
      throw new UserError(
        `${dir} is not an allowed snapshot location of this cluster: add it to path.repo in every node's elasticsearch.yml ` +
          '(a folder every node reaches at the same path) and restart them',
      );
    throw new UserError(`could not use ${dir} as a snapshot repository: ${text || (err as Error).message}`);
  }
}

function stamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 17);
}

export async function backup(client: EngineClient, prefix: string, dir: string): Promise<BackupResult> {
  const started = Date.now();
  const inv = await inventory(client, prefix);
  if (Object.keys(inv.counts).length === 0)
    throw new UserError(`nothing to back up: no index matches ${pattern(prefix)} (CHEXTHOUGHT_INDEX_PREFIX)`);
  const repository = repositoryName(prefix);
  await registerRepository(client, repository, dir, false);
  const snapshot = `${prefix}-${stamp()}`;
  const res = await client.snapshot.create(
    {
      repository,
      snapshot,
      indices: Object.keys(inv.counts),
      include_global_state: false,
      wait_for_completion: true,
      metadata: { prefix, inventory: inv } as unknown as estypes.Metadata,
    },
    TIMEOUT,
  );
  const info = res.snapshot;
  if (info?.state !== 'SUCCESS')
    throw new UserError(
      `the snapshot ${snapshot} ended ${info?.state ?? 'without a state'}${info?.failures?.length ? `: ${JSON.stringify(info.failures[0])}` : ''}`,
    );
  return { repository, snapshot, inventory: inv, shards: info.shards?.total ?? 0, ms: Date.now() - started };
}

/** The newest successful snapshot of the prefix in the repository (or the one named). */
async function pickSnapshot(
  client: EngineClient,
  repository: string,
  prefix: string,
  name?: string,
): Promise<estypes.SnapshotSnapshotInfo> {
  const res = await client.snapshot.get({ repository, snapshot: name ?? '*' }, { ignore: [404] });
  const mine = (res.snapshots ?? [])
    .filter((s) => s.state === 'SUCCESS' && (name ? s.snapshot === name : s.snapshot.startsWith(`${prefix}-`)))
    .sort((a, b) => (a.start_time_in_millis ?? 0) - (b.start_time_in_millis ?? 0));
  const picked = mine.at(-1);
  if (!picked)
    throw new UserError(
      name
        ? `no successful snapshot named ${name} in that folder`
        : `no successful snapshot of prefix ${prefix} in that folder (CHEXTHOUGHT_INDEX_PREFIX)`,
    );
  return picked;
}

export async function restore(
  client: EngineClient,
  prefix: string,
  dir: string,
  opts: { snapshot?: string; replace?: boolean } = {},
): Promise<RestoreResult> {
  const started = Date.now();
  const repository = repositoryName(prefix);
  await registerRepository(client, repository, dir, true);
  const info = await pickSnapshot(client, repository, prefix, opts.snapshot);
  const expected = (info.metadata as { inventory?: Inventory } | undefined)?.inventory;
  if (!expected) throw new UserError(`snapshot ${info.snapshot} was not made by chexthought backup (no inventory)`);
  const present = await inventory(client, prefix);
  const existing = Object.keys(present.counts);
  if (existing.length && !opts.replace)
    throw new UserError(
      `the cluster already has ${existing.length} index(es) of prefix ${prefix} (${existing.slice(0, 3).join(', ')}…); ` +
        'restore into a fresh node, or pass --replace to delete them first',
    );
  if (existing.length) await client.indices.delete({ index: existing });
  await client.snapshot.restore(
    {
      repository,
      snapshot: info.snapshot,
      indices: Object.keys(expected.counts),
      include_aliases: true,
      include_global_state: false,
      wait_for_completion: true,
    },
    TIMEOUT,
  );
  // The dataset's indices get the replicas this cluster wants (the deployment-state indices
  // manage theirs with auto_expand_replicas).
  const datasetIndices = Object.keys(expected.counts).filter((n) => /-v\d+$/.test(n));
  if (datasetIndices.length)
    await client.indices.putSettings({
      index: datasetIndices,
      settings: { number_of_replicas: replicaCount(await dataNodeCount(client)) },
    });
  await client.cluster.health(
    { index: Object.keys(expected.counts), wait_for_status: 'yellow', timeout: '5m' },
    TIMEOUT,
  );
  const restored = await inventory(client, prefix);
  const problems = reconcile(expected, restored);
  if (problems.length) throw new UserError(`restore of ${info.snapshot} does not reconcile: ${problems.join('; ')}`);
  return {
    repository,
    snapshot: info.snapshot,
    inventory: expected,
    restored,
    replaced: existing,
    shards: info.shards?.total ?? 0,
    ms: Date.now() - started,
  };
}

/** Differences between two inventories, one line each (none: they agree). */
export function reconcile(expected: Inventory, actual: Inventory): string[] {
  const problems: string[] = [];
  for (const [index, n] of Object.entries(expected.counts)) {
    const got = actual.counts[index];
    if (got === undefined) problems.push(`${index} missing`);
    else if (got !== n) problems.push(`${index}: ${got} documents, expected ${n}`);
  }
  for (const index of Object.keys(actual.counts))
    if (!(index in expected.counts)) problems.push(`${index} was not in the snapshot`);
  const aliasNames = new Set([...Object.keys(expected.aliases), ...Object.keys(actual.aliases)]);
  for (const alias of aliasNames) {
    const a = [...(expected.aliases[alias] ?? [])].sort().join(',');
    const b = [...(actual.aliases[alias] ?? [])].sort().join(',');
    if (a !== b) problems.push(`alias ${alias} points at [${b}], expected [${a}]`);
  }
  return problems;
}
