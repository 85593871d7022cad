/**
 * `npm run bench:ingest -- [--images N] [--reads M] [--seed S] [--dataset DIR] [--repeat R]
 *   [--skip-raw] [--skip-bare] [--keep]`
 *
 * Generates a dataset of the given scale (or takes the one in `--dataset`), ingests it with
 * `chexthought ingest`'s pipeline, and in the same run sends the very same documents with a raw
 * `_bulk` sender (pre-serialised bodies, plain fetch, same request size and concurrency, same
 * mappings and load settings) as the baseline; then the pipeline once more without the gaze
 * metrics (their cost, target ≤ +25%). `--repeat` runs the three R times, interleaved, and reports
 * medians (a shared machine's noise is larger than a single run's differences). `--skip-raw`
 * leaves out the raw baseline, `--skip-bare` the run without metrics. Every run reports wall time,
 * this process's CPU time (all its threads) and Elasticsearch's (its node stats), and the load
 * average around it. Runs with `chexthought ingest`'s V8 flags (scripts/node-flags.mjs). Needs a running Elasticsearch (ELASTICSEARCH_URL, or `npx chexthought
 * elasticsearch start`).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, elasticsearchUrl, engineAnswers } from '../../search-index/src/engine.ts';
import { generateDataset } from '../../search-index/src/generate/index.ts';
import { type IndexKind } from '../../search-index/src/indices/names.ts';
import {
  createVersionedIndices,
  dropPrefix,
  finishLoading,
  swapAliases,
} from '../../search-index/src/ingest/aliases.ts';
import { ingestDataset } from '../../search-index/src/ingest/index.ts';
import { readLines } from '../../search-index/src/ingest/ndjson.ts';
import { terminalProgress } from '../../search-index/src/ingest/progress.ts';
import { formatBytes, percentile } from './stats.ts';
import { COMMAND_NODE_FLAGS, ensureNodeFlags } from '../node-flags.mjs';

// The pipeline runs in this process: with the V8 flags `chexthought ingest` runs with.
await ensureNodeFlags(COMMAND_NODE_FLAGS.ingest, process.argv[1]!, process.argv.slice(2));

const FLUSH_BYTES = 5_000_000;
const CONCURRENCY = 2;

const { values } = parseArgs({
  options: {
    images: { type: 'string', default: '5000' },
    reads: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    dataset: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'skip-raw': { type: 'boolean', default: false },
    'skip-bare': { type: 'boolean', default: false },
  },
});
const images = Number(values.images);
const reads = Number(values.reads);
const repeat = Number(values.repeat);
if (!Number.isInteger(images) || !Number.isInteger(reads) || images < 1 || reads < 2 * images)
  throw new Error('--images and --reads must be whole numbers with reads ≥ 2 × images');
if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat must be a whole number ≥ 1');

const client = createClient({ requestTimeoutMs: 300_000 });
if (!(await engineAnswers(client))) throw new Error(`no Elasticsearch at ${elasticsearchUrl()}`);
const work = mkdtempSync(join(tmpdir(), 'cxt-bench-ingest-'));
const dataset = values.dataset ?? join(work, 'dataset');
const captured = join(work, 'bulk.ndjson');
const ours = `bench-ours-${process.pid}`;
const raw = `bench-raw-${process.pid}`;

/** One measured run: wall and CPU seconds, the load average (1 min) before and after. */
interface Run {
  seconds: number;
  cpu: number;
  engineCpu: number;
  load: [number, number];
  phases?: Record<string, number>;
}
type Kind = 'pipeline' | 'bare' | 'raw';

try {
  if (values.dataset) console.log(`Dataset ${dataset} (given; --images/--reads/--seed not used)`);
  else {
    console.log(`Generating ${images} images / ${reads} reads (seed ${values.seed}) …`);
    const t = performance.now();
    const gen = await generateDataset({ seed: Number(values.seed), images, reads, out: dataset });
    console.log(
      `  generated in ${((performance.now() - t) / 1000).toFixed(1)} s: ${gen.samples.toLocaleString('en-US')} attention samples`,
    );
  }

  const capture = values['skip-raw'] ? null : await captureDocuments();
  const runs: Record<Kind, Run[]> = { pipeline: [], bare: [], raw: [] };
  let documents = capture?.documents ?? 0;
  for (let i = 0; i < repeat; i++) {
    if (capture) {
      const indices = await rawIndices(capture.manifest);
      runs.raw.push(await measured(() => rawLoad(indices)));
    }
    runs.pipeline.push(
      await measured(async () => {
        const report = await runPipeline();
        documents = report.documents;
        return report.phases;
      }),
    );
    if (i < repeat - 1 || !values.keep) await dropPrefix(client, ours);
    if (!values['skip-bare']) {
      runs.bare.push(await measured(async () => (await runPipeline(undefined, false)).phases));
      if (i < repeat - 1 || !values.keep) await dropPrefix(client, ours);
    }
  }
  printResults(runs, documents);
  if (capture) console.log(`  bulk body captured: ${formatBytes(statSync(captured).size)}`);
} finally {
  if (!values.keep) {
    await dropPrefix(client, ours).catch(() => {});
    await dropPrefix(client, raw).catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
  await client.close();
}

function printResults(runs: Record<Kind, Run[]>, documents: number): void {
  const label: Record<Kind, string> = {
    pipeline: 'pipeline (validate + build + bulk)',
    bare: 'pipeline without gaze metrics',
    raw: 'raw _bulk baseline (pre-serialised)',
  };
  console.log(`\nResults (${documents} documents, ${repeat} run(s) each; medians, every run in brackets):`);
  const med = (kind: Kind, key: 'seconds' | 'cpu' | 'engineCpu') => median(runs[kind].map((r) => r[key]));
  for (const kind of ['pipeline', 'bare', 'raw'] as const) {
    const list = runs[kind];
    if (list.length === 0) continue;
    const s = med(kind, 'seconds');
    console.log(
      `  ${label[kind].padEnd(42)} ${s.toFixed(1)} s, ${Math.round(documents / s)} docs/s ` +
        `[${list.map((r) => r.seconds.toFixed(1)).join(', ')} s]; CPU: this process ${med(kind, 'cpu').toFixed(1)} s, ` +
        `Elasticsearch ${med(kind, 'engineCpu').toFixed(1)} s; load ${list.map((r) => r.load.map((l) => l.toFixed(1)).join('→')).join(', ')}`,
    );
    for (const r of list.filter((x) => x.phases))
      console.log(
        `      phases: ${Object.entries(r.phases!)
          .map(([k, v]) => `${k} ${v} s`)
          .join(', ')}`,
      );
  }
  if (runs.bare.length)
    console.log(
      `  gaze metrics cost: +${((med('pipeline', 'seconds') / med('bare', 'seconds') - 1) * 100).toFixed(1)}% ingest time, ` +
        `+${(med('pipeline', 'cpu') - med('bare', 'cpu')).toFixed(1)} s CPU of this process`,
    );
  if (runs.raw.length) {
    const ratios = runs.raw.map((r, i) => r.seconds / runs.pipeline[i]!.seconds);
    console.log(
      `  ratio pipeline / raw (docs/s): ${(med('raw', 'seconds') / med('pipeline', 'seconds')).toFixed(2)}× ` +
        `[each pair: ${ratios.map((x) => x.toFixed(2)).join(', ')}]`,
    );
  }
}

function median(xs: number[]): number {
  return percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
}

async function measured(run: () => Promise<Record<string, number> | void>): Promise<Run> {
  const before = loadavg()[0]!;
  const engineBefore = await engineCpuSeconds();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const phases = await run();
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const engineCpu = (await engineCpuSeconds()) - engineBefore;
  return {
    seconds,
    cpu: (used.user + used.system) / 1e6,
    engineCpu,
    load: [before, loadavg()[0]!],
    ...(phases ? { phases } : {}),
  };
}

/** CPU seconds of every Elasticsearch node's process since it started. */
async function engineCpuSeconds(): Promise<number> {
  const stats = await client.nodes.stats({ metric: 'process', filter_path: 'nodes.*.process.cpu.total_in_millis' });
  return Object.values(stats.nodes ?? {}).reduce((s, n) => s + (n.process?.cpu?.total_in_millis ?? 0), 0) / 1000;
}

/**
 * Our pipeline, recording the documents it sends as pre-serialised bulk lines (the recording
 * costs time, so this run is not measured). Returns the manifest and the number of documents.
 */
async function captureDocuments() {
  const out = createWriteStream(captured);
  const capture = await runPipeline(async (kind, id, doc) => {
    const line = `${kind}\t${JSON.stringify({ index: { _index: `@${kind}`, _id: id } })}\n${typeof doc === 'string' ? doc : JSON.stringify(doc)}\n`;
    if (!out.write(line)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
  await dropPrefix(client, ours);
  return { manifest: capture.manifest, documents: capture.documents };
}

/** Fresh raw indices (not timed, as the pipeline creates its own while it validates). */
async function rawIndices(manifest: Parameters<typeof createVersionedIndices>[2]['dataset']) {
  await dropPrefix(client, raw);
  return createVersionedIndices(client, raw, { dataset: manifest, indexedAt: new Date().toISOString() });
}

/** The captured documents, same index settings, plain _bulk; then the same finish and swap. */
async function rawLoad(indices: Record<IndexKind, string>): Promise<void> {
  await rawBulk(captured, indices);
  await finishLoading(client, indices);
  await swapAliases(client, raw, indices);
}

async function runPipeline(onDocument?: Parameters<typeof ingestDataset>[0]['onDocument'], metrics = true) {
  const report = await ingestDataset({
    dir: dataset,
    client,
    prefix: ours,
    rejectsPath: join(work, 'rejects.ndjson'),
    progress: terminalProgress(),
    flushBytes: FLUSH_BYTES,
    concurrency: CONCURRENCY,
    onDocument,
    metrics,
  });
  if (!report.ok)
    throw new Error(
      `the pipeline rejected ${report.rejected} rows: ${JSON.stringify(report.firstRejects.slice(0, 3))}`,
    );
  return report;
}

/** Sends captured bulk lines in ~FLUSH_BYTES bodies, CONCURRENCY at a time; returns docs indexed. */
async function rawBulk(file: string, indices: Record<IndexKind, string>): Promise<number> {
  const url = `${elasticsearchUrl().replace(/\/$/, '')}/_bulk`;
  const inFlight = new Set<Promise<void>>();
  let body: string[] = [];
  let bytes = 0;
  let docs = 0;
  let errors = 0;
  const send = (chunk: string) => {
    const p = fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: chunk })
      .then((r) => r.json() as Promise<{ errors: boolean; items: Array<Record<string, { status: number }>> }>)
      .then((r) => {
        for (const item of r.items) {
          const status = Object.values(item)[0]!.status;
          if (status < 300) docs++;
          else errors++;
        }
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    return p;
  };
  let action: string | null = null;
  for await (const { text } of readLines(file)) {
    if (action === null) {
      const tab = text.indexOf('\t');
      const kind = text.slice(0, tab) as IndexKind;
      action = text.slice(tab + 1).replace(`"@${kind}"`, JSON.stringify(indices[kind]));
      continue;
    }
    body.push(action, text);
    bytes += action.length + text.length + 2;
    action = null;
    if (bytes >= FLUSH_BYTES) {
      if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
      void send(body.join('\n') + '\n');
      body = [];
      bytes = 0;
    }
  }
  if (body.length) void send(body.join('\n') + '\n');
  await Promise.all(inFlight);
  if (errors) throw new Error(`raw baseline: ${errors} documents failed`);
  return docs;
}
