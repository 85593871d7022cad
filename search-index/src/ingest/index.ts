/**
 * `chexthought ingest DIR`: reads a dataset folder in the canonical layout and indexes it into
 * fresh versioned indices, then swaps the aliases. Every row is either indexed or written to the
 * rejects file with its file, line and reason; the report reconciles the two.
 *
 * Passes: images and readers are held in memory (needed to denormalise reads); reads are
 * validated once, aggregated per image and reader, and their documents serialised to a spool
 * file; tracks are then loaded (their bounds are checked against the read's image) and
 * summarised, their fixations kept (compact) and each image's gaze metrics computed in a worker
 * as soon as its tracks are in (./gaze.ts); the spooled reads are loaded with the image agreement,
 * track summary and gaze metrics appended, each image (with its reads nested) right after its
 * last read; then the readers.
 * One module per pass: ./dataset-files.ts (layout, manifest, images and readers), ./read-pass.ts,
 * ./track-pass.ts, ./documents.ts (reads, images, readers); this one runs them in order.
 */
import type { EngineClient } from '../engine.ts';
import { type DatasetManifest, ImageRecord, LAYOUT, ReaderRecord } from '../model.ts';
import { resolveThresholds } from '../metrics/thresholds.ts';
import type { IndexAliases } from '../indices/names.ts';
import { READS_ANALYZER } from '../indices/reads.ts';
import {
  createVersionedIndices,
  deleteIndices,
  deleteRetired,
  finishLoading,
  recordSearchAnalysis,
  removeOrphans,
  swapAliases,
  type IndexMeta,
} from './aliases.ts';
import { engineHasStemmers } from '../text/analysis.ts';
import { LexiconBuilder } from '../text/lexicon.ts';
import { bulkLoad, documentText, isJsonBytes, type RoutedDocument, type SourcedDocument } from './bulk.ts';
import type { IngestContext } from './context.ts';
import { datasetPaths, loadById, loadManifest } from './dataset-files.ts';
import { lateReadFields, readAndImageDocuments, readerDocuments } from './documents.ts';
import { GazeMetricsCollector } from './gaze.ts';
import { PhaseClock } from './phases.ts';
import { PreparedTracks } from './prepared-tracks.ts';
import { IngestWorker } from './workers.ts';
import { silentProgress, type ProgressReporter } from './progress.ts';
import { newReadPass, validateReads } from './read-pass.ts';
import { ReadGate } from './read-gate.ts';
import { Reconciliation, type FileCounts, type Reject } from './reconcile.ts';
import { Spool } from './spool.ts';
import { trackDocuments } from './track-pass.ts';

export { DatasetError, datasetPaths } from './dataset-files.ts';

export interface IngestOptions {
  dir: string;
  client: EngineClient;
  prefix: string;
  rejectsPath: string;
  progress?: ProgressReporter;
  /** Bulk request size (bytes) and parallel requests. */
  flushBytes?: number;
  concurrency?: number;
  /** What is answered 429 (too busy): tries after the first, and the first wait (./bulk-retry.ts). */
  retries?: number;
  retryWaitMs?: number;
  /** Recorded in the index meta (see IndexMeta.contentHash). */
  contentHash?: string;
  /** Sees every document as it is sent (the ingest benchmark records them for its raw baseline). */
  onDocument?: (kind: keyof IndexAliases, id: string, doc: object | string) => void | Promise<void>;
  /** Fixation detection for dense tracks without given fixations; overrides dataset.json's `fixations`. */
  fixations?: DatasetManifest['fixations'];
  /** False skips the gaze metrics (the ingest benchmark's baseline); documents then carry none. */
  metrics?: boolean;
}

export interface IngestReport {
  manifest: DatasetManifest;
  /** Alias prefix the dataset was indexed under. */
  prefix: string;
  files: FileCounts[];
  rejected: number;
  unaccounted: number;
  rejectsPath: string;
  firstRejects: Reject[];
  indices: IndexAliases;
  retired: string[];
  /** Retired indices kept because a point in time still reads them (a later ingest deletes them). */
  retiredKept: string[];
  /** Half-built indices of an earlier, interrupted ingest of the prefix, deleted first. */
  orphansRemoved: string[];
  /** Replicas of the new indices. */
  replicas: number;
  documents: number;
  seconds: number;
  /** Seconds spent in each phase, in order (validation, each index's load, finishing). */
  phases: Record<string, number>;
  ok: boolean;
}

/** What an ingest sets up before reading the files: the index creation runs meanwhile. */
interface IngestRun {
  started: number;
  manifest: DatasetManifest;
  ctx: Omit<IngestContext, 'images' | 'readers' | 'metrics'>;
  spool: Spool;
  clock: PhaseClock;
  lexicon: LexiconBuilder;
  meta: IndexMeta;
  orphansRemoved: string[];
  indicesCreated: Promise<IndexAliases>;
  engineStemmers: Promise<boolean>;
}

export async function ingestDataset(opts: IngestOptions): Promise<IngestReport> {
  const run = await beginIngest(opts);
  const { manifest, spool, clock, ctx: base } = run;
  const thresholds = resolveThresholds(manifest.metrics);
  let swapped = false;
  const pass = newReadPass();
  const gate = new ReadGate(pass.goodReads);
  let worker: IngestWorker | undefined;
  let loading: Promise<void> | undefined;
  try {
    // Prepares the tracks while the reads are validated here, then computes the metrics.
    worker = await IngestWorker.start({
      path: base.paths.tracks,
      choices: { fixations: opts.fixations ?? manifest.fixations, thresholds },
    });
    const prepared = new PreparedTracks(worker);
    const images = await loadById(base.paths.images, LAYOUT.images, ImageRecord, base.rec, base.progress);
    const gaze = new GazeMetricsCollector(images.records, thresholds, opts.metrics ?? true, worker);
    const readers = await loadById(base.paths.readers, LAYOUT.readers, ReaderRecord, base.rec, base.progress);
    const ctx: IngestContext = { ...base, images, readers, metrics: gaze };

    // One bulk stream for every index: the tracks go while the reads are validated (each once its
    // read is accepted), then the reads, images and readers, without draining in between.
    const tracks = new Map<string, string>();
    const trackLines = new Map<string, number>();
    const validated = validateReads(ctx, pass, gate, spool, run.lexicon).then(() =>
      clock.done('validate reads (tracks loading alongside)'),
    );
    validated.catch(() => {}); // awaited by the stream and below; a failure surfaces there
    async function* documents(): AsyncGenerator<RoutedDocument> {
      yield* routed('tracks', trackDocuments(ctx, pass.goodReads, gate, prepared, tracks, trackLines));
      await validated;
      gaze.tracksDone();
      clock.done('send tracks');
      const late = lateReadFields(ctx, pass, tracks);
      yield* section(ctx, readAndImageDocuments(ctx, pass, spool, late));
      clock.done('send reads and images');
      yield* section(ctx, routed('readers', readerDocuments(ctx, pass)));
    }
    const indices = await run.indicesCreated;
    loading = bulkLoad(opts.onDocument ? observed(documents(), opts.onDocument) : documents(), {
      client: opts.client,
      indices,
      files: LOADED_FILES,
      lineOf: (kind, id) =>
        kind === 'reads'
          ? pass.goodReads.get(id)?.line
          : { tracks: trackLines, images: images.lines, readers: readers.lines }[kind].get(id),
      reconciliation: ctx.rec,
      flushBytes: opts.flushBytes,
      concurrency: opts.concurrency,
      retries: opts.retries,
      retryWaitMs: opts.retryWaitMs,
    });
    await Promise.all([validated, loading]);
    clock.done('send readers and the last requests');
    await recordLexicon(opts.client, indices, run);

    const { replicas } = await finishLoading(opts.client, indices);
    const retired = await swapAliases(opts.client, opts.prefix, indices);
    swapped = true;
    const retiredKept = await deleteRetired(opts.client, opts.prefix);
    clock.done('finish and swap');
    return report(opts, run, { indices, retired, retiredKept, replicas });
  } catch (err) {
    // The loading stops first (it would write on), then the half-loaded indices go.
    gate.abort(err instanceof Error ? err : new Error(String(err)));
    await loading?.catch(() => {});
    // Never leave half-loaded indices behind; the aliases still point at the previous ones.
    if (!swapped)
      await run.indicesCreated.then(
        (created) => deleteIndices(opts.client, Object.values(created)),
        () => {},
      );
    throw err;
  } finally {
    base.progress.stop();
    spool.remove();
    await worker?.close();
    await base.rec.close();
  }
}

/** Checks the folder and manifest, removes an interrupted ingest's indices, starts creating new ones. */
async function beginIngest(opts: IngestOptions): Promise<IngestRun> {
  const started = performance.now();
  const paths = datasetPaths(opts.dir);
  const manifest = loadManifest(paths.manifest);
  const rec = new Reconciliation(opts.rejectsPath);
  for (const f of [LAYOUT.images, LAYOUT.readers, LAYOUT.reads, LAYOUT.tracks]) rec.track(f);
  const clock = new PhaseClock();
  let orphansRemoved: string[];
  try {
    orphansRemoved = await removeOrphans(opts.client, opts.prefix);
  } catch (err) {
    await rec.close();
    throw err;
  }
  // Created while the files are validated (creation waits on Elasticsearch, validation on the CPU).
  const meta: IndexMeta = {
    dataset: manifest,
    indexedAt: new Date().toISOString(),
    ...(opts.contentHash ? { contentHash: opts.contentHash } : {}),
  };
  const indicesCreated = createVersionedIndices(opts.client, opts.prefix, meta);
  indicesCreated.catch(() => {}); // awaited by the ingest; a failure surfaces there
  const engineStemmers = engineHasStemmers(opts.client);
  const ctx = { paths, rec, progress: opts.progress ?? silentProgress };
  const lexicon = new LexiconBuilder();
  return {
    started,
    manifest,
    ctx,
    spool: new Spool(),
    clock,
    lexicon,
    meta,
    orphansRemoved,
    indicesCreated,
    engineStemmers,
  };
}

/** The search analysis (the corpus's lexicon, known once the reads are read) in the reads index's meta. */
async function recordLexicon(client: EngineClient, indices: IndexAliases, run: IngestRun): Promise<void> {
  await recordSearchAnalysis(client, indices.reads, run.meta, {
    analyzer: READS_ANALYZER,
    stemming: 'lexicon-expansion',
    synonyms: 'thesaurus-expansion',
    engineStemmers: await run.engineStemmers,
    lexicon: run.lexicon.build(),
  });
}

function report(
  opts: IngestOptions,
  run: IngestRun,
  done: Pick<IngestReport, 'indices' | 'retired' | 'retiredKept' | 'replicas'>,
): IngestReport {
  const { rec } = run.ctx;
  const files = rec.files;
  return {
    manifest: run.manifest,
    prefix: opts.prefix,
    files,
    rejected: rec.totalRejected,
    unaccounted: rec.unaccounted,
    rejectsPath: opts.rejectsPath,
    firstRejects: rec.samples,
    orphansRemoved: run.orphansRemoved,
    ...done,
    documents: files.reduce((n, f) => n + f.indexed, 0),
    seconds: (performance.now() - run.started) / 1000,
    phases: run.clock.phases,
    ok: rec.totalRejected === 0 && rec.unaccounted === 0,
  };
}

/** The file each index's documents come from. */
const LOADED_FILES: Record<keyof IndexAliases, string> = {
  images: LAYOUT.images,
  readers: LAYOUT.readers,
  reads: LAYOUT.reads,
  tracks: LAYOUT.tracks,
};

/** Tags each document with its index in place (no copy per document on the hot path). */
async function* routed(
  kind: keyof IndexAliases,
  source: AsyncIterable<SourcedDocument>,
): AsyncGenerator<RoutedDocument> {
  for await (const d of source) yield Object.assign(d, { kind });
}

/** A pass's documents; then the progress bar they started ends (the tracks end their own). */
async function* section(ctx: IngestContext, source: AsyncIterable<RoutedDocument>): AsyncGenerator<RoutedDocument> {
  try {
    yield* source;
  } finally {
    ctx.progress.stop();
  }
}

/** Each document seen by `onDocument` (the ingest benchmark records them) before it is sent. */
async function* observed(
  source: AsyncIterable<RoutedDocument>,
  see: NonNullable<IngestOptions['onDocument']>,
): AsyncGenerator<RoutedDocument> {
  for await (const d of source) {
    await see(d.kind, d.id, isJsonBytes(d.doc) ? documentText(d.doc) : d.doc);
    yield d;
  }
}
