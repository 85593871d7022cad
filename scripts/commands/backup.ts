/**
 * `chexthought backup [DIR]` / `chexthought restore [DIR]`: Elasticsearch snapshots of every
 * index and alias of the prefix (dataset and deployment state) into a folder, and back.
 *
 * With the managed local node(s), DIR is prepared and added to their path.repo (restarting them
 * once if it was not allowed yet; their data is kept). With ELASTICSEARCH_URL, DIR is a path on
 * the cluster's nodes that their path.repo must already allow.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { createClient } from '../../search-index/src/engine.ts';
import { indexPrefix } from '../../search-index/src/indices/names.ts';
import { prepareSnapshotFolder } from '../backup/folder.ts';
import { backup, restore, type Inventory } from '../backup/snapshots.ts';
import { defaultSnapshotDir, resolvePort } from '../elasticsearch/config.ts';
import { ensureElasticsearch, type EnsuredElasticsearch } from '../elasticsearch/index.ts';
import { clusterPorts, nodePids, stopLocalNode } from '../elasticsearch/node.ts';
import { formatSeconds } from '../elasticsearch/progress.ts';

interface Options {
  prefix?: string;
  snapshot?: string;
  replace?: boolean;
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Snapshot every index and alias of the prefix (dataset, keys, audit) into a folder.')
    .argument('[dir]', 'backup folder (empty, new, or an earlier backup folder)', defaultSnapshotDir())
    .option('--prefix <prefix>', 'index/alias prefix (default: CHEXTHOUGHT_INDEX_PREFIX or "chexthought")')
    .action(async (dir: string, opts: Options) => {
      const prefix = opts.prefix ?? indexPrefix();
      const result = await withCluster(path.resolve(dir), 'backup', (client, where) => backup(client, prefix, where));
      console.log(`Backed up ${describe(result.inventory)} as snapshot ${result.snapshot} in ${path.resolve(dir)}`);
      console.log(`  ${result.shards} shards in ${formatSeconds(result.ms)}`);
    });

  program
    .command('restore')
    .description('Restore the newest backup of the prefix from a folder, and check every count and alias.')
    .argument('[dir]', 'backup folder', defaultSnapshotDir())
    .option('--prefix <prefix>', 'index/alias prefix (default: CHEXTHOUGHT_INDEX_PREFIX or "chexthought")')
    .option('--snapshot <name>', 'a particular snapshot (default: the newest of the prefix)')
    .option('--replace', "delete the prefix's current indices first (otherwise restore refuses to overwrite)")
    .action(async (dir: string, opts: Options) => {
      const prefix = opts.prefix ?? indexPrefix();
      const result = await withCluster(path.resolve(dir), 'restore', (client, where) =>
        restore(client, prefix, where, opts),
      );
      if (result.replaced.length) console.log(`Deleted ${result.replaced.length} index(es) of prefix ${prefix} first.`);
      console.log(
        `Restored ${describe(result.restored)} from snapshot ${result.snapshot}; every count and alias matches.`,
      );
      console.log(`  ${result.shards} shards in ${formatSeconds(result.ms)}`);
    });
}

function describe(inv: Inventory): string {
  const docs = Object.values(inv.counts).reduce((a, b) => a + b, 0);
  return `${Object.keys(inv.counts).length} indices (${docs.toLocaleString('en-US')} documents) and ${Object.keys(inv.aliases).length} aliases`;
}

/** Runs `fn` against the cluster, the managed nodes prepared (and restarted if path.repo grew). */
async function withCluster<T>(
  dir: string,
  use: 'backup' | 'restore',
  fn: (client: ReturnType<typeof createClient>, dir: string) => Promise<T>,
): Promise<T> {
  let es: EnsuredElasticsearch | undefined;
  let leaveRunning = false;
  if (!process.env.ELASTICSEARCH_URL?.trim()) {
    const port = resolvePort();
    const running = nodePids(port).size > 0;
    const { allowedNow } = prepareSnapshotFolder(dir, use);
    if (allowedNow && running) {
      console.error(`Restarting the local Elasticsearch so it may use ${dir} for snapshots (path.repo); data is kept.`);
      await stopLocalNode({ port });
      leaveRunning = true;
    }
    es = await ensureElasticsearch({ port, nodes: clusterPorts(port).length });
    leaveRunning ||= !es.startedHere;
  }
  const client = createClient({ url: es?.url, requestTimeoutMs: 120_000 });
  try {
    return await fn(client, dir);
  } finally {
    await client.close();
    if (es && !leaveRunning) await es.stop();
  }
}
