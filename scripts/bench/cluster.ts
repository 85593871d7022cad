/**
 * `npx tsx scripts/bench/cluster.ts [--reads N] [--rate R] [--duration S] [--heap H]`: the same
 * dataset on one node and on a three-node cluster (one replica), each behind its own API,
 * loaded at the same time with the same fixed-rate mix (facets, search, read with track), so
 * both see the same machine. Prints p50/p99 per query and side, and the cluster/single ratios;
 * also the ingest time of each. Nodes of its own, from port CHEXTHOUGHT_ES_PORT + 10.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '../../search-index/src/engine.ts';
import { ingestDataset } from '../../search-index/src/ingest/index.ts';
import { makeDataset, startApi } from '../chaos/harness.ts';
import { percentile, startLoad, type Answer } from '../chaos/load.ts';
import { startLocalNode, stopLocalNode } from '../elasticsearch/node.ts';

function arg(name: string, fallback: number | string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? String(fallback)) : String(fallback);
}

const reads = Number(arg('reads', 20_000));
const rate = Number(arg('rate', 10));
const duration = Number(arg('duration', 60));
const heap = arg('heap', '1g');
const base = Number(process.env.CHEXTHOUGHT_ES_PORT ?? 9200) + 10;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cxt-bench-cluster-'));
fs.chmodSync(work, 0o755);
process.env.CHEXTHOUGHT_ES_NODES_DIR = path.join(work, 'nodes');
delete process.env.ELASTICSEARCH_URL;

async function ingest(url: string, dir: string): Promise<{ seconds: number; replicas: number }> {
  const client = createClient({ url, requestTimeoutMs: 300_000 });
  try {
    const r = await ingestDataset({ dir, client, prefix: 'bench', rejectsPath: path.join(work, 'rejects.ndjson') });
    return { seconds: r.seconds, replicas: r.replicas };
  } finally {
    await client.close();
  }
}

function stats(answers: Answer[], kind: string) {
  const ms = answers.filter((a) => a.kind === kind && a.ok).map((a) => a.ms);
  return {
    n: ms.length,
    failed: answers.filter((a) => a.kind === kind && !a.ok).length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
  };
}

try {
  console.error(`generating ${reads} reads in ${work} …`);
  const dataset = await makeDataset(path.join(work, 'dataset'), { images: Math.ceil(reads / 2.1), reads });
  const single = await startLocalNode({ port: base, heap, fresh: true, quiet: true });
  const cluster = await startLocalNode({ port: base + 1, nodes: 3, heap, fresh: true, quiet: true });
  const ingestSingle = await ingest(single.url, dataset.dir);
  const ingestCluster = await ingest(cluster.url, dataset.dir);
  const apiSingle = await startApi(single.url, 'bench');
  const apiCluster = await startApi(cluster.url, 'bench');
  console.error('warming up …');
  await Promise.all([
    startLoad(apiSingle.url, dataset, rate, 5).done,
    startLoad(apiCluster.url, dataset, rate, 5).done,
  ]);
  const [a, b] = await Promise.all([
    startLoad(apiSingle.url, dataset, rate, duration).done,
    startLoad(apiCluster.url, dataset, rate, duration).done,
  ]);
  await apiSingle.stop();
  await apiCluster.stop();
  console.log(
    `\n${reads} reads; ${rate} req/s on each side at once for ${duration} s; heap ${heap} per node; ${os.availableParallelism()} cores`,
  );
  console.log(
    `ingest: one node ${ingestSingle.seconds.toFixed(1)} s (${ingestSingle.replicas} replicas), three nodes ${ingestCluster.seconds.toFixed(1)} s (${ingestCluster.replicas} replica)`,
  );
  console.log('query        side        n  fail   p50 ms   p99 ms');
  for (const kind of ['facets', 'search', 'read+track']) {
    const s = stats(a, kind);
    const c = stats(b, kind);
    for (const [side, x] of [
      ['1 node', s],
      ['3 nodes', c],
    ] as const)
      console.log(
        `${kind.padEnd(12)} ${side.padEnd(8)} ${String(x.n).padStart(4)} ${String(x.failed).padStart(5)} ${x.p50.toFixed(1).padStart(8)} ${x.p99.toFixed(1).padStart(8)}`,
      );
    console.log(
      `${''.padEnd(12)} ratio    p50 ${(c.p50 / s.p50).toFixed(2)}×  p99 ${(c.p99 / s.p99).toFixed(2)}× (3 nodes / 1 node)`,
    );
  }
} finally {
  await stopLocalNode({ port: base, quiet: true });
  await stopLocalNode({ port: base + 1, quiet: true });
  fs.rmSync(work, { recursive: true, force: true });
}
