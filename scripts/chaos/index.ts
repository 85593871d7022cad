/**
 * The chaos suite: every fault scenario in turn on nodes of its own (a temp node folder, ports
 * from `port` up: one single node, then three cluster nodes), then a table of what was injected
 * and what was observed. `short` is the version `npm test` runs: the same scenarios, a smaller
 * dataset and seconds instead of minutes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopLocalNode } from '../elasticsearch/node.ts';
import { makeDataset } from './harness.ts';
import {
  ingestKill,
  nodeLoss,
  reindexUnderLoad,
  soak,
  startSingle,
  stopSingle,
  stopStart,
  type ChaosConfig,
  type Row,
} from './scenarios.ts';

export const SCENARIOS = ['ingest-kill', 'reindex', 'stop-start', 'soak', 'node-loss'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface ChaosOptions {
  short: boolean;
  /** First HTTP port: the single node's; the cluster takes the next three. */
  port: number;
  only?: ScenarioName[];
  soakMinutes?: number;
  /** Requests per second of the load (default 10 short, 30 full). */
  rate?: number;
  log?: (line: string) => void;
}

export async function runChaos(opts: ChaosOptions): Promise<Row[]> {
  const log = opts.log ?? ((line: string) => console.error(`[chaos] ${line}`));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cxt-chaos-'));
  fs.chmodSync(work, 0o755); // the unprivileged node account traverses it
  process.env.CHEXTHOUGHT_ES_NODES_DIR = path.join(work, 'nodes');
  delete process.env.ELASTICSEARCH_URL;
  const wanted = (n: ScenarioName) => !opts.only || opts.only.includes(n);
  const size = opts.short ? { images: 300, reads: 1_200 } : { images: 3_000, reads: 9_000 };
  log(`generating ${size.images} images / ${size.reads} reads in ${work}`);
  const dataset = await makeDataset(path.join(work, 'dataset'), size);
  fs.mkdirSync(path.join(work, 'rejects'));
  const cfg: ChaosConfig = {
    dataset,
    rate: opts.rate ?? (opts.short ? 10 : 30),
    seconds: opts.short ? 12 : 60,
    heap: '512m',
    rejectsDir: path.join(work, 'rejects'),
    restartLostNode: !opts.short,
    log,
  };
  const rows: Row[] = [];
  try {
    if (['ingest-kill', 'reindex', 'stop-start', 'soak'].some((n) => wanted(n as ScenarioName))) {
      const single = await startSingle(cfg, opts.port);
      try {
        if (wanted('ingest-kill')) rows.push(await ingestKill(cfg, single));
        if (wanted('reindex')) rows.push(await reindexUnderLoad(cfg, single));
        if (wanted('stop-start')) rows.push(await stopStart(cfg, single));
        if (wanted('soak')) {
          const seconds = opts.short ? 15 : (opts.soakMinutes ?? 10) * 60;
          rows.push(await soak(cfg, single, seconds, opts.short ? 5 : 60));
        }
      } finally {
        await stopSingle(single);
      }
    }
    if (wanted('node-loss')) rows.push(await nodeLoss(cfg, opts.port + 1));
  } finally {
    await stopLocalNode({ port: opts.port, quiet: true });
    await stopLocalNode({ port: opts.port + 1, quiet: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

/** The table: one scenario per block, pass/FAIL first. */
export function formatTable(rows: Row[]): string {
  return rows
    .map(
      (r) => `${r.pass ? 'pass' : 'FAIL'}  ${r.scenario}\n      injected: ${r.injected}\n      observed: ${r.observed}`,
    )
    .join('\n');
}
