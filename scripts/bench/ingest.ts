/**
 * `npm run bench:ingest -- [--images N] [--reads M] [--seed S] [--keep] [--skip-raw]`
 *
 * Generates a dataset of the given scale, ingests it with `chexthought ingest`'s pipeline, and
 * in the same run sends the very same documents with a raw `_bulk` sender (pre-serialised
 * bodies, plain fetch, same request size and concurrency, same mappings and load settings) as
 * the baseline; then the pipeline once more without the gaze metrics (their cost, target ≤ +25%).
 * `--skip-raw` leaves out the raw baseline. Prints docs/s, ratios and index sizes. Needs a running
 * Elasticsearch (ELASTICSEARCH_URL, or `npx chexthought elasticsearch start`).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
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
import { formatBytes } from './stats.ts';

const FLUSH_BYTES = 5_000_000;
const CONCURRENCY = 2;

const { values } = parseArgs({
  options: {
    images: { type: 'string', default: '5000' },
    reads: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'skip-raw': { type: 'boolean', default: false },
  },
});
const images = Number(values.images);
const reads = Number(values.reads);
if (!Number.isInteger(images) || !Number.isInteger(reads) || images < 1 || reads < 2 * images)
  throw new Error('--images and --reads must be whole numbers with reads ≥ 2 × images');

const client = createClient({ requestTimeoutMs: 300_000 });
if (!(await engineAnswers(client))) throw new Error(`no Elasticsearch at ${elasticsearchUrl()}`);
const work = mkdtempSync(join(tmpdir(), 'cxt-bench-ingest-'));
const dataset = join(work, 'dataset');
const captured = join(work, 'bulk.ndjson');
const ours = `bench-ours-${process.pid}`;
const raw = `bench-raw-${process.pid}`;

try {
  console.log(`Generating ${images} images / ${reads} reads (seed ${values.seed}) …`);
  const t = performance.now();
  const gen = await generateDataset({ seed: Number(values.seed), images, reads, out: dataset });
  console.log(
    `  generated in ${((performance.now() - t) / 1000).toFixed(1)} s: ${gen.samples.toLocaleString('en-US')} attention samples`,
  );

  const rawSeconds = values['skip-raw'] ? null : await rawBaseline();

  // 3. Our pipeline again, without recording: the figure reported.
  let cpu = process.cpuUsage();
  const report = await runPipeline();
  const reportCpu = cpuSeconds(process.cpuUsage(cpu));
  const oursRate = report.documents / report.seconds;
  await dropPrefix(client, ours);
  // 4. And without the gaze metrics: what they cost (wall time, and CPU time of this process's
  //    threads, which a busy shared machine disturbs less).
  cpu = process.cpuUsage();
  const bare = await runPipeline(undefined, false);
  const bareCpu = cpuSeconds(process.cpuUsage(cpu));

  const sizes = async (prefix: string) => {
    const res = await client.cat.indices({ index: `${prefix}-*`, format: 'json', bytes: 'b' });
    return Object.fromEntries(
      res.map((r) => [
        r.index!.replace(`${prefix}-`, '').replace(/-v\d+$/, ''),
        `${r['docs.count']} docs, ${formatBytes(Number(r['store.size']))}`,
      ]),
    );
  };
  console.log(
    `\nResults (${images} images, ${reads} reads, ${gen.samples.toLocaleString('en-US')} samples; ${report.documents} documents):`,
  );
  console.log(
    `  pipeline (validate + build + bulk helper): ${report.seconds.toFixed(1)} s, ${Math.round(oursRate)} docs/s`,
  );
  console.log(
    `    phases: ${Object.entries(report.phases)
      .map(([k, v]) => `${k} ${v} s`)
      .join(', ')}`,
  );
  console.log(
    `  pipeline without gaze metrics:              ${bare.seconds.toFixed(1)} s (phases: ${Object.entries(bare.phases)
      .map(([k, v]) => `${k} ${v} s`)
      .join(', ')})`,
  );
  console.log(`  gaze metrics cost: +${((report.seconds / bare.seconds - 1) * 100).toFixed(1)}% ingest time`);
  console.log(
    `  ingest CPU time (all threads of this process): ${reportCpu.toFixed(1)} s with metrics, ${bareCpu.toFixed(1)} s without (+${(reportCpu - bareCpu).toFixed(1)} s)`,
  );
  if (rawSeconds !== null) {
    const rawRate = report.documents / rawSeconds;
    console.log(
      `  raw _bulk baseline (pre-serialised):       ${rawSeconds.toFixed(1)} s, ${Math.round(rawRate)} docs/s`,
    );
    console.log(`  ratio pipeline / raw: ${(oursRate / rawRate).toFixed(2)}×`);
    console.log(`  bulk body captured: ${formatBytes(statSync(captured).size)}`);
  }
  console.log('  index sizes (pipeline):', await sizes(ours));
  console.log('  index sizes (raw):     ', await sizes(raw));
} finally {
  if (!values.keep) {
    await dropPrefix(client, ours).catch(() => {});
    await dropPrefix(client, raw).catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
  await client.close();
}

function cpuSeconds(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

/**
 * 1. Our pipeline, recording the documents it sends as pre-serialised bulk lines (the recording
 * costs time, so this run is not the one reported); 2. the same documents, same index settings,
 * plain _bulk. Returns the raw seconds.
 */
async function rawBaseline(): Promise<number> {
  const out = createWriteStream(captured);
  const capture = await runPipeline(async (kind, id, doc) => {
    const line = `${kind}\t${JSON.stringify({ index: { _index: `@${kind}`, _id: id } })}\n${typeof doc === 'string' ? doc : JSON.stringify(doc)}\n`;
    if (!out.write(line)) await once(out, 'drain');
  });
  out.end();
  await once(out, 'finish');
  await dropPrefix(client, ours);
  const indices = await createVersionedIndices(client, raw, {
    dataset: capture.manifest,
    indexedAt: new Date().toISOString(),
  });
  const t = performance.now();
  await rawBulk(captured, indices);
  await finishLoading(client, indices);
  await swapAliases(client, raw, indices);
  return (performance.now() - t) / 1000;
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
