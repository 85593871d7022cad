/**
 * The fault scenarios of `npm run chaos`, each bounded in time and on loopback only. Each
 * returns one row: what was injected, what was observed, and whether that is what a production
 * deployment must show.
 */
import path from 'node:path';
import { createClient, type EngineClient } from '../../search-index/src/engine.ts';
import { INDEX_KINDS, aliasNames } from '../../search-index/src/indices/names.ts';
import { ingestDataset } from '../../search-index/src/ingest/index.ts';
import { nodePids, startLocalNode, stopLocalNode } from '../elasticsearch/node.ts';
import {
  BAD_READ_ROWS,
  ingestChild,
  rejectLines,
  sleep,
  startApi,
  type ApiProcess,
  type ChaosDataset,
} from './harness.ts';
import { countsByKind, failures, percentile, startLoad, summary, type Answer } from './load.ts';

export interface Row {
  scenario: string;
  injected: string;
  observed: string;
  pass: boolean;
}

export interface ChaosConfig {
  dataset: ChaosDataset;
  /** Requests per second of the mixed load. */
  rate: number;
  /** Seconds of load around each fault. */
  seconds: number;
  heap: string;
  rejectsDir: string;
  /** Start the killed node again and wait for green (the full run). */
  restartLostNode: boolean;
  log: (line: string) => void;
}

const PREFIX = 'chaos';
/** Failing fast: the typical answer while the engine is down (the API's timeout is 10 s). */
const FAIL_FAST_MS = 500;
/** Recovering by itself: no failure later than this after the node is back. */
const RECOVERY_S = 15;

/** Documents behind each alias of the prefix. */
async function aliasCounts(es: EngineClient): Promise<Record<string, number>> {
  const a = aliasNames(PREFIX);
  const out: Record<string, number> = {};
  for (const kind of INDEX_KINDS) out[kind] = (await es.count({ index: a[kind] })).count;
  return out;
}

function same(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One count per query kind over every answer: nothing changed while faults were injected. */
function steadyCounts(answers: Answer[]): { ok: boolean; text: string } {
  const counts = countsByKind(answers);
  const ok = Object.values(counts).every((c) => c.length === 1) && Object.keys(counts).length === 3;
  return {
    ok,
    text: Object.entries(counts)
      .map(([k, v]) => `${k} ${v.join('/')}`)
      .join(', '),
  };
}

async function ingestHere(url: string, cfg: ChaosConfig): Promise<void> {
  const es = createClient({ url, requestTimeoutMs: 120_000 });
  try {
    await ingestDataset({
      dir: cfg.dataset.dir,
      client: es,
      prefix: PREFIX,
      rejectsPath: path.join(cfg.rejectsDir, 'first.ndjson'),
    });
  } finally {
    await es.close();
  }
}

// ------------------------------------------------------------------------------ node loss

/** kill -9 the elected master of three nodes under load: no request fails, no count changes. */
export async function nodeLoss(cfg: ChaosConfig, port: number): Promise<Row> {
  cfg.log(`node loss: starting 3 nodes on ${port}-${port + 2}`);
  const cluster = await startLocalNode({ port, nodes: 3, fresh: true, heap: cfg.heap, quiet: true });
  let api: ApiProcess | undefined;
  try {
    await ingestHere(cluster.url, cfg);
    api = await startApi(cluster.url, PREFIX);
    const load = startLoad(api.url, cfg.dataset, cfg.rate, cfg.seconds);
    await sleep((cfg.seconds * 1000) / 3);
    const es = createClient({ url: cluster.url, maxRetries: 2 });
    const master = (await es.cat.master({ format: 'json' }))[0]?.node ?? '';
    const victim = Number(/(\d+)$/.exec(master)?.[1] ?? port);
    process.kill(nodePids(port).get(victim)!, 'SIGKILL');
    cfg.log(`node loss: killed ${master} (kill -9)`);
    const answers = await load.done;
    const health = (await es.cluster.health()).status;
    let back = '';
    if (cfg.restartLostNode) {
      const restartStart = Date.now();
      await startLocalNode({ port, nodes: 3, heap: cfg.heap, quiet: true }); // brings the lost node back, waits for green
      back = `, green again ${((Date.now() - restartStart) / 1000).toFixed(0)} s after restarting the node`;
    }
    const after = await aliasCounts(es);
    await es.close();
    const steady = steadyCounts(answers);
    const countsOk = same(after, cfg.dataset.expected);
    return {
      scenario: 'kill -9 one node of three under load',
      injected: `kill -9 ${master} (the elected master) a third into ${cfg.seconds} s of ${cfg.rate} req/s`,
      observed:
        `${summary(answers)}; counts ${steady.ok ? 'identical' : 'CHANGED'} (${steady.text}); health ${health} after the loss${back}; ` +
        `alias counts after ${countsOk ? 'match the files' : `DIFFER ${JSON.stringify(after)}`}`,
      pass: failures(answers).length === 0 && steady.ok && countsOk,
    };
  } finally {
    await api?.stop();
    await stopLocalNode({ port, quiet: true });
  }
}

// ---------------------------------------------------------------------- single-node scenarios

export interface SingleNode {
  url: string;
  port: number;
  api: ApiProcess;
}

export async function startSingle(cfg: ChaosConfig, port: number): Promise<SingleNode> {
  cfg.log(`single node: starting on ${port}`);
  const node = await startLocalNode({ port, fresh: true, heap: cfg.heap, quiet: true });
  await ingestHere(node.url, cfg);
  return { url: node.url, port, api: await startApi(node.url, PREFIX) };
}

export async function stopSingle(s: SingleNode): Promise<void> {
  await s.api.stop();
  await stopLocalNode({ port: s.port, quiet: true });
}

/** Documents indexed into the prefix's versioned indices that no alias points at (a running ingest's). */
async function unaliasedDocs(es: EngineClient): Promise<{ names: string[]; docs: number }> {
  const res = await es.indices.get({ index: `${PREFIX}-*-v*`, filter_path: ['*.aliases'] });
  const names = Object.entries(res)
    .filter(([, i]) => Object.keys(i.aliases ?? {}).length === 0)
    .map(([n]) => n);
  if (!names.length) return { names, docs: 0 };
  const stats = await es.indices.stats({ index: names, metric: 'indexing' });
  const docs = names.reduce((n, i) => n + (stats.indices?.[i]?.primaries?.indexing?.index_total ?? 0), 0);
  return { names, docs };
}

/** kill -9 an ingest half way, then run it again: rows once, aliases served, orphans gone. */
export async function ingestKill(cfg: ChaosConfig, s: SingleNode): Promise<Row> {
  const es = createClient({ url: s.url });
  const rejects = path.join(cfg.rejectsDir, 'rerun.ndjson');
  const total = Object.values(cfg.dataset.expected).reduce((a, b) => a + b, 0);
  const load = startLoad(s.api.url, cfg.dataset, cfg.rate);
  try {
    await sleep(1_000);
    const first = ingestChild(s.url, cfg.dataset.dir, PREFIX, rejects);
    let progress = { names: [] as string[], docs: 0 };
    let exited: number | string | undefined;
    void first.exit.then((e) => (exited = e));
    while (exited === undefined && progress.docs < total / 2) {
      await sleep(50);
      progress = await unaliasedDocs(es).catch(() => progress);
    }
    const killedAt = progress.docs;
    const killedMidway = exited === undefined && killedAt > 0;
    first.child.kill('SIGKILL');
    await first.exit;
    const left = await unaliasedDocs(es);
    const rejectsAfterKill = rejectLines(rejects);
    cfg.log(`ingest kill: killed at ${killedAt}/${total} documents; ${left.names.length} half-built indices left`);
    const second = ingestChild(s.url, cfg.dataset.dir, PREFIX, rejects);
    const code = await second.exit;
    await sleep(1_000);
    load.stop();
    const answers = await load.done;
    const after = await aliasCounts(es);
    const remaining = Object.keys(await es.indices.get({ index: `${PREFIX}-*-v*` }));
    const orphansGone = left.names.every((n) => !remaining.includes(n));
    const rejectRows = rejectLines(rejects);
    const steady = steadyCounts(answers);
    return {
      scenario: 'kill -9 an ingest half way, run it again',
      injected: `kill -9 the ingest at ${killedAt} of ${total} documents (${((100 * killedAt) / total).toFixed(0)} %), then ingest again; ${cfg.rate} req/s throughout`,
      observed:
        `${summary(answers)}; counts ${steady.ok ? 'identical' : 'CHANGED'} (old aliases served); ${left.names.length} half-built indices ` +
        `${orphansGone ? 'removed by the re-run' : 'STILL THERE'}; alias counts ${same(after, cfg.dataset.expected) ? 'match the files (every row once)' : `DIFFER ${JSON.stringify(after)}`}; ` +
        `rejects file ${rejectRows} rows (${BAD_READ_ROWS} bad rows; ${rejectsAfterKill} after the kill), re-run exit ${code}`,
      pass:
        killedMidway &&
        failures(answers).length === 0 &&
        steady.ok &&
        orphansGone &&
        same(after, cfg.dataset.expected) &&
        rejectRows === BAD_READ_ROWS,
    };
  } finally {
    load.stop();
    await load.done;
    await es.close();
  }
}

/** Pages through every read with a cursor, re-indexing once two pages in. */
async function pageAcrossSwap(url: string, esUrl: string, cfg: ChaosConfig): Promise<{ ids: string[]; total: number }> {
  const q = `query($after: String) { reads(first: 100, after: $after) { totalCount edges { node { id } } pageInfo { endCursor hasNextPage } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let page = 0; ; page++) {
    if (page === 2) {
      const reindex = ingestChild(esUrl, cfg.dataset.dir, PREFIX, path.join(cfg.rejectsDir, 'swap.ndjson'));
      await reindex.exit;
    }
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q, variables: { after } }),
    });
    const body = (await res.json()) as {
      data?: {
        reads: {
          totalCount: number;
          edges: Array<{ node: { id: string } }>;
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      };
      errors?: Array<{ message: string }>;
    };
    if (!body.data) throw new Error(`paging failed on page ${page + 1}: ${body.errors?.[0]?.message}`);
    total ||= body.data.reads.totalCount;
    ids.push(...body.data.reads.edges.map((e) => e.node.id));
    if (!body.data.reads.pageInfo.hasNextPage) return { ids, total };
    after = body.data.reads.pageInfo.endCursor;
  }
}

/** Re-index (alias swap) under load, with a client paging through the swap. */
export async function reindexUnderLoad(cfg: ChaosConfig, s: SingleNode): Promise<Row> {
  const load = startLoad(s.api.url, cfg.dataset, cfg.rate);
  let paged: { ids: string[]; total: number } | undefined;
  let error = '';
  try {
    await sleep(1_000);
    paged = await pageAcrossSwap(s.api.url, s.url, cfg).catch((err: Error) => {
      error = err.message;
      return undefined;
    });
    await sleep(1_000);
  } finally {
    load.stop();
  }
  const answers = await load.done;
  const unique = new Set(paged?.ids ?? []).size;
  const steady = steadyCounts(answers);
  const once = paged !== undefined && unique === paged.ids.length && unique === cfg.dataset.expected.reads;
  return {
    scenario: 're-index (alias swap) under load',
    injected: `full re-ingest while ${cfg.rate} req/s run and a client pages (100 per page) through the swap`,
    observed:
      `${summary(answers)}; counts ${steady.ok ? 'identical' : 'CHANGED'}; the paging client got ` +
      (paged
        ? `${paged.ids.length} reads, ${unique} distinct, of ${paged.total} in its snapshot${once ? ' (each exactly once)' : ''}`
        : `an error: ${error}`),
    pass: failures(answers).length === 0 && steady.ok && once,
  };
}

/** Stop and start the single node: fail fast while it is down, recover by itself, data intact. */
export async function stopStart(cfg: ChaosConfig, s: SingleNode): Promise<Row> {
  const es = createClient({ url: s.url });
  const before = await aliasCounts(es);
  const load = startLoad(s.api.url, cfg.dataset, cfg.rate);
  await sleep(2_000);
  const healthy = load.answers.filter((a) => a.ok).map((a) => a.ms);
  const stopStarted = performance.now();
  await stopLocalNode({ port: s.port, quiet: true });
  const stopped = performance.now();
  await sleep(3_000);
  await startLocalNode({ port: s.port, heap: cfg.heap, quiet: true });
  const up = performance.now();
  await sleep(3_000);
  load.stop();
  const answers = await load.done;
  const after = await aliasCounts(es);
  await es.close();
  const sent = (a: Answer) => load.startedAt + a.at;
  const down = answers.filter((a) => !a.ok);
  const codes = [...new Set(down.map((a) => a.code))];
  const downP99 = percentile(
    down.map((a) => a.ms),
    99,
  );
  const firstOk = answers
    .filter((a) => a.ok && sent(a) > stopped)
    .map((a) => sent(a) + a.ms)
    .sort((a, b) => a - b)[0];
  // Recovered: nothing sent after this moment failed.
  const lastFailure = Math.max(...down.map((a) => sent(a) + a.ms));
  const recoveredIn = (lastFailure - up) / 1000;
  // A failure is early when its answer came before the stop began: requests still in flight
  // when the node starts shutting down may fail, and do so as SERVICE_UNAVAILABLE like the rest.
  const early = answers.filter((a) => !a.ok && sent(a) + a.ms < stopStarted);
  const downP50 = percentile(
    down.map((a) => a.ms),
    50,
  );
  return {
    scenario: 'stop and start the single node',
    injected: `elasticsearch stop (${((stopped - stopStarted) / 1000).toFixed(1)} s), 3 s down, elasticsearch start (${((up - stopped - 3_000) / 1000).toFixed(0)} s); ${cfg.rate} req/s throughout`,
    observed:
      `${down.length} of ${answers.length} requests failed, ${early.length === 0 ? 'none' : early.length} before the stop began, as ${codes.join(', ') || '-'}, ` +
      `in p50 ${downP50.toFixed(0)} / p99 ${downP99.toFixed(0)} ms (healthy answers before: p50 ${percentile(healthy, 50).toFixed(0)} / p99 ${percentile(healthy, 99).toFixed(0)} ms); ` +
      `first success ${firstOk ? `${((firstOk - up) / 1000).toFixed(1)} s` : 'NEVER'} and last failure ${recoveredIn.toFixed(1)} s after start returned, none after; ` +
      `data ${same(before, after) ? 'intact' : `CHANGED ${JSON.stringify(after)}`}`,
    pass:
      codes.every((c) => c === 'SERVICE_UNAVAILABLE') &&
      downP50 < FAIL_FAST_MS && // after the first failures, answered at once, not at the timeout
      firstOk !== undefined &&
      recoveredIn < RECOVERY_S &&
      early.length === 0 &&
      same(before, after),
  };
}

/** A fixed-rate soak: zero errors, memory flat, p99 stable per window. */
export async function soak(cfg: ChaosConfig, s: SingleNode, seconds: number, windowSec: number): Promise<Row> {
  const rssStart = s.api.rssMiB();
  const answers = await startLoad(s.api.url, cfg.dataset, cfg.rate, seconds).done;
  const rssEnd = s.api.rssMiB();
  const windows: string[] = [];
  for (let w = 0; w * windowSec < seconds; w++) {
    const ms = answers
      .filter((a) => a.ok && a.at >= w * windowSec * 1000 && a.at < (w + 1) * windowSec * 1000)
      .map((a) => a.ms);
    windows.push(percentile(ms, 99).toFixed(0));
  }
  const steady = steadyCounts(answers);
  return {
    scenario: `soak, ${seconds >= 60 ? `${seconds / 60} min` : `${seconds} s`} at a fixed rate`,
    injected: `${cfg.rate} req/s mixed load for ${seconds} s`,
    observed:
      `${summary(answers)}; RSS ${rssStart.toFixed(0)} → ${rssEnd.toFixed(0)} MiB; p99 per ${windowSec} s: ${windows.join(', ')} ms; ` +
      `counts ${steady.ok ? 'identical' : 'CHANGED'}`,
    pass: failures(answers).length === 0 && steady.ok,
  };
}
