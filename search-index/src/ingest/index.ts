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
 * track summary and gaze metrics appended; then images (with their reads nested) and readers.
 */
import type { z } from 'zod';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineClient } from '../engine.ts';
import {
  DatasetManifest,
  ImageRecord,
  LAYOUT,
  ReadRecord,
  ReaderRecord,
  TrackRecord,
  describeIssues,
} from '../model.ts';
import type { FixationMethod } from '../metrics/contract.ts';
import { detectFixations } from '../metrics/fixations.ts';
import { resolveThresholds } from '../metrics/thresholds.ts';
import { imageDocument } from '../indices/images.ts';
import type { IndexAliases } from '../indices/names.ts';
import { readerDocument } from '../indices/readers.ts';
import {
  READS_ANALYZER,
  filterableReadBase,
  readDocumentBase,
  readImageFields,
  type TrackSummary,
} from '../indices/reads.ts';
import type { TrackDocument } from '../indices/tracks.ts';
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
import { LexiconBuilder, searchedTexts } from '../text/lexicon.ts';
import { ReadAggregates } from './aggregates.ts';
import { bulkLoad, type SourcedDocument } from './bulk.ts';
import { GazeMetricsCollector } from './gaze.ts';
import { appendFields, appendRawFields, removeNullField } from './json-text.ts';
import { parseJsonDocument, readLines } from './ndjson.ts';
import { silentProgress, type ProgressReporter } from './progress.ts';
import { Reconciliation, type FileCounts, type Reject } from './reconcile.ts';
import { Spool } from './spool.ts';
import { outsideImage, parseRecord } from './validate.ts';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

export interface IngestOptions {
  dir: string;
  client: EngineClient;
  prefix: string;
  rejectsPath: string;
  progress?: ProgressReporter;
  /** Bulk request size (bytes) and parallel requests. */
  flushBytes?: number;
  concurrency?: number;
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

interface GoodRead {
  imageId: string;
  readerId: string;
  line: number;
}

export async function ingestDataset(opts: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const progress = opts.progress ?? silentProgress;
  const paths = datasetPaths(opts.dir);
  const manifest = loadManifest(paths.manifest);
  const fixationChoice = opts.fixations ?? manifest.fixations;
  const thresholds = resolveThresholds(manifest.metrics);
  const rec = new Reconciliation(opts.rejectsPath);
  for (const f of [LAYOUT.images, LAYOUT.readers, LAYOUT.reads, LAYOUT.tracks]) rec.track(f);

  const spool = new Spool();
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  const phaseDone = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round((now - phaseStart) / 100) / 10;
    phaseStart = now;
  };
  const orphansRemoved = await removeOrphans(opts.client, opts.prefix);
  // Created while the files are validated (creation waits on Elasticsearch, validation on the CPU).
  const meta: IndexMeta = {
    dataset: manifest,
    indexedAt: new Date().toISOString(),
    ...(opts.contentHash ? { contentHash: opts.contentHash } : {}),
  };
  const indicesCreated = createVersionedIndices(opts.client, opts.prefix, meta);
  indicesCreated.catch(() => {}); // awaited below; a failure surfaces there
  const engineStemmers = engineHasStemmers(opts.client);
  const lexicon = new LexiconBuilder();
  let swapped = false;
  let gaze: GazeMetricsCollector | undefined; // owns a worker thread
  try {
    const images = await loadById(paths.images, LAYOUT.images, ImageRecord, rec, progress);
    const metrics = new GazeMetricsCollector(images.records, thresholds, opts.metrics ?? true);
    gaze = metrics; // closed in `finally`
    const readers = await loadById(paths.readers, LAYOUT.readers, ReaderRecord, rec, progress);

    // Pass 1 over reads: validate, cross-check, aggregate, serialise to the spool.
    const goodReads = new Map<string, GoodRead>();
    const aggregates = new ReadAggregates();
    /** Per image: its reads' filterable fields, serialised (image and track appended later). */
    const imageReads = new Map<string, Array<{ readId: string; json: string }>>();
    progress.start('validating reads', fileSize(paths.reads));
    for await (const { line, text, bytes } of readLines(paths.reads)) {
      rec.read(LAYOUT.reads);
      const r = parseRecord(ReadRecord, text);
      const reason = !r.ok
        ? r.reason
        : goodReads.has(r.value.id)
          ? `duplicate read id ${r.value.id} (first at line ${goodReads.get(r.value.id)!.line})`
          : !images.records.has(r.value.imageId)
            ? `image ${r.value.imageId} is not in ${LAYOUT.images} (unknown or rejected)`
            : !readers.records.has(r.value.readerId)
              ? `reader ${r.value.readerId} is not in ${LAYOUT.readers} (unknown or rejected)`
              : null;
      if (reason !== null || !r.ok) {
        rec.reject({ file: LAYOUT.reads, line, reason: reason!, id: r.ok ? r.value.id : r.id });
        continue;
      }
      const read = r.value;
      const reader = readers.records.get(read.readerId)!;
      goodReads.set(read.id, { imageId: read.imageId, readerId: read.readerId, line });
      aggregates.add(read, reader);
      metrics.addRead(read);
      for (const text of searchedTexts(read)) lexicon.add(text);
      const base = readDocumentBase(read, reader, images.records.get(read.imageId)!);
      await spool.write({ id: read.id, line, json: JSON.stringify(base) });
      const list = imageReads.get(read.imageId) ?? [];
      list.push({ readId: read.id, json: JSON.stringify(filterableReadBase(base)) });
      imageReads.set(read.imageId, list);
      if ((goodReads.size & 1023) === 0) progress.update(bytes, goodReads.size);
    }
    await spool.finish();
    progress.update(fileSize(paths.reads), goodReads.size);
    progress.stop();
    phaseDone('validate');

    const indices = await indicesCreated;
    phaseDone('create indices');
    const load = async (source: AsyncIterable<SourcedDocument>, kind: keyof IndexAliases, file: string) => {
      const observed = opts.onDocument ? observe(source, (d) => opts.onDocument!(kind, d.id, d.doc)) : source;
      try {
        await bulkLoad(observed, {
          client: opts.client,
          index: indices[kind],
          file,
          reconciliation: rec,
          flushBytes: opts.flushBytes,
          concurrency: opts.concurrency,
        });
      } finally {
        progress.stop();
      }
    };

    // Tracks: validate against their read's image, derive fixations, load; keep summaries.
    const trackSummaries = new Map<string, TrackSummary>();
    const trackLines = new Map<string, number>();
    async function* trackDocs(): AsyncGenerator<SourcedDocument> {
      progress.start('loading tracks', fileSize(paths.tracks));
      let n = 0;
      for await (const { line, text, bytes } of readLines(paths.tracks)) {
        rec.read(LAYOUT.tracks);
        const r = parseRecord(TrackRecord, text);
        if (!r.ok) {
          rec.reject({ file: LAYOUT.tracks, line, reason: r.reason, id: r.id });
          continue;
        }
        const track = r.value;
        const read = goodReads.get(track.readId);
        const image = read && images.records.get(read.imageId);
        const reason =
          !read || !image
            ? `read ${track.readId} is not in ${LAYOUT.reads} (unknown or rejected)`
            : trackLines.has(track.readId)
              ? `second track for read ${track.readId} (first at line ${trackLines.get(track.readId)})`
              : outsideImage(track, image);
        if (reason !== null || !read) {
          rec.reject({ file: LAYOUT.tracks, line, reason: reason!, id: track.readId });
          continue;
        }
        trackLines.set(track.readId, line);
        // Given fixations are kept as they are (method 'given'); otherwise detected by the choice.
        const { fixations, method } = detectFixations(track, fixationChoice, thresholds);
        const { json, summary } = trackDocumentJson(text, r.raw as Record<string, unknown>, track, read, {
          fixations,
          method,
        });
        trackSummaries.set(track.readId, summary);
        metrics.addTrack(track.readId, read.imageId, fixations, track.pixelsPerDegree);
        if ((++n & 255) === 0) progress.update(bytes, n);
        yield { id: track.readId, doc: json, line };
      }
      progress.update(fileSize(paths.tracks), n);
    }
    await load(trackDocs(), 'tracks', LAYOUT.tracks);
    metrics.tracksDone();
    phaseDone('load tracks');

    // Reads, pass 2: the spooled documents with what the later passes learnt appended.
    const lateFields = (readId: string, imageId: string) => ({
      image: readImageFields(images.records.get(imageId)!, aggregates.agreement(imageId)),
      track: trackSummaries.get(readId) ?? null,
    });
    async function* readDocs(): AsyncGenerator<SourcedDocument> {
      progress.start('loading reads', goodReads.size);
      let n = 0;
      for await (const { id, line, json } of spool.entries()) {
        const { imageId } = goodReads.get(id)!;
        const doc = appendRawFields(appendFields(json, lateFields(id, imageId)), await metrics.readFields(id, imageId));
        if ((++n & 1023) === 0) progress.update(n, n);
        yield { id, doc, line };
      }
      progress.update(n, n);
    }
    await load(readDocs(), 'reads', LAYOUT.reads);
    await recordSearchAnalysis(opts.client, indices.reads, meta, {
      analyzer: READS_ANALYZER,
      stemming: 'lexicon-expansion',
      synonyms: 'thesaurus-expansion',
      engineStemmers: await engineStemmers,
      lexicon: lexicon.build(),
    });
    phaseDone('load reads');

    // Images with prior/next links, read aggregates and their reads nested.
    const links = followUpLinks(images.records);
    async function* imageDocs(): AsyncGenerator<SourcedDocument> {
      progress.start('loading images', images.records.size);
      let n = 0;
      for (const [id, image] of images.records) {
        const nested: string[] = [];
        for (const r of imageReads.get(id) ?? [])
          nested.push(
            appendRawFields(
              appendFields(r.json, lateFields(r.readId, id)),
              await metrics.nestedReadFields(r.readId, id),
            ),
          );
        const doc = appendRawFields(JSON.stringify(imageDocument(image, links.get(id)!, aggregates.image(id))), {
          ...(await metrics.imageFields(id)),
          reads: `[${nested.join(',')}]`,
        });
        imageReads.delete(id);
        if ((++n & 255) === 0) progress.update(n, n);
        yield { id, doc, line: images.lines.get(id)! };
      }
      progress.update(n, n);
    }
    await load(imageDocs(), 'images', LAYOUT.images);
    phaseDone('load images');

    async function* readerDocs(): AsyncGenerator<SourcedDocument> {
      progress.start('loading readers', readers.records.size);
      let n = 0;
      for (const [id, reader] of readers.records) {
        const doc = readerDocument(reader, aggregates.reader(id));
        if ((++n & 255) === 0) progress.update(n, n);
        yield { id, doc, line: readers.lines.get(id)! };
      }
      progress.update(n, n);
    }
    await load(readerDocs(), 'readers', LAYOUT.readers);
    phaseDone('load readers');

    const { replicas } = await finishLoading(opts.client, indices);
    const retired = await swapAliases(opts.client, opts.prefix, indices);
    swapped = true;
    const retiredKept = await deleteRetired(opts.client, opts.prefix);
    phaseDone('finish and swap');

    const files = rec.files;
    return {
      manifest,
      prefix: opts.prefix,
      files,
      rejected: rec.totalRejected,
      unaccounted: rec.unaccounted,
      rejectsPath: opts.rejectsPath,
      firstRejects: rec.samples,
      indices,
      retired,
      orphansRemoved,
      retiredKept,
      replicas,
      documents: files.reduce((n, f) => n + f.indexed, 0),
      seconds: (performance.now() - started) / 1000,
      phases,
      ok: rec.totalRejected === 0 && rec.unaccounted === 0,
    };
  } catch (err) {
    // Never leave half-loaded indices behind; the aliases still point at the previous ones.
    if (!swapped)
      await indicesCreated.then(
        (created) => deleteIndices(opts.client, Object.values(created)),
        () => {},
      );
    throw err;
  } finally {
    progress.stop();
    spool.remove();
    await gaze?.close();
    await rec.close();
  }
}

/**
 * The packed track document as JSON: the line as written (its samples are never re-serialised,
 * the bulk of the work for 1,000 Hz tracks) with the summary fields, derived fixations and
 * defaults of absent optional fields appended.
 */
function trackDocumentJson(
  line: string,
  raw: Record<string, unknown>,
  track: TrackRecord,
  read: GoodRead,
  { fixations, method }: { fixations: TrackRecord['fixations'] & object; method: FixationMethod },
) {
  const summary: TrackSummary = {
    sampleCount: track.samples.t.length,
    fixationCount: fixations.length,
    hasViewport: track.viewport.length > 0,
    samplingHz: track.samplingHz,
    fixationMethod: method,
  };
  const late: Partial<TrackDocument> = {
    imageId: read.imageId,
    readerId: read.readerId,
    sampleCount: summary.sampleCount,
    durationSec: track.samples.t.at(-1) ?? 0,
    fixationCount: summary.fixationCount,
    fixationsDerived: track.fixations === null,
    fixationMethod: method,
    hasViewport: summary.hasViewport,
  };
  let json = line.trim();
  if (track.fixations === null) {
    if ('fixations' in raw) json = removeNullField(json, 'fixations');
    late.fixations = fixations;
  }
  for (const key of ['samplingHz', 'pixelsPerDegree', 'viewport'] as const)
    if (!(key in raw)) Object.assign(late, { [key]: track[key] });
  return { json: appendFields(json, late), summary };
}

async function* observe<T>(source: AsyncIterable<T>, see: (item: T) => void | Promise<void>): AsyncGenerator<T> {
  for await (const item of source) {
    await see(item);
    yield item;
  }
}

export function datasetPaths(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DatasetError(`dataset folder ${dir} does not exist`);
  const paths = {
    manifest: join(dir, LAYOUT.manifest),
    images: join(dir, LAYOUT.images),
    readers: join(dir, LAYOUT.readers),
    reads: join(dir, LAYOUT.reads),
    tracks: join(dir, LAYOUT.tracks),
  };
  const missing = Object.values(paths).filter((p) => !existsSync(p));
  if (missing.length)
    throw new DatasetError(
      `${dir} is not a dataset in the canonical layout: missing ${missing.join(', ')} (see docs/dataset-format.md)`,
    );
  return paths;
}

function loadManifest(path: string): DatasetManifest {
  const json = parseJsonDocument(readFileSync(path, 'utf8'));
  if (!json.ok) throw new DatasetError(`${path}: ${json.reason}`);
  const parsed = DatasetManifest.safeParse(json.value);
  if (!parsed.success) throw new DatasetError(`${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

async function loadById<T extends { id: string }>(
  path: string,
  file: string,
  schema: z.ZodType<T>,
  rec: Reconciliation,
  progress: ProgressReporter,
) {
  const records = new Map<string, T>();
  const lines = new Map<string, number>();
  progress.start(`validating ${file.replace('.ndjson', '')}`, fileSize(path));
  for await (const { line, text, bytes } of readLines(path)) {
    rec.read(file);
    const r = parseRecord(schema, text);
    if (!r.ok) rec.reject({ file, line, reason: r.reason, id: r.id });
    else if (records.has(r.value.id))
      rec.reject({
        file,
        line,
        id: r.value.id,
        reason: `duplicate id ${r.value.id} (first at line ${lines.get(r.value.id)})`,
      });
    else {
      records.set(r.value.id, r.value);
      lines.set(r.value.id, line);
    }
    if ((line & 1023) === 0) progress.update(bytes, records.size);
  }
  progress.stop();
  return { records, lines };
}

function fileSize(path: string): number {
  return statSync(path).size;
}

/** Prior and next study of the same patient, by follow-up order. */
function followUpLinks(images: Map<string, ImageRecord>) {
  const byPatient = new Map<string, ImageRecord[]>();
  for (const img of images.values()) {
    const list = byPatient.get(img.patientId) ?? [];
    list.push(img);
    byPatient.set(img.patientId, list);
  }
  const links = new Map<string, { priorImageId: string | null; nextImageId: string | null }>();
  for (const list of byPatient.values()) {
    list.sort((a, b) => a.followUp - b.followUp || a.id.localeCompare(b.id));
    list.forEach((img, i) =>
      links.set(img.id, { priorImageId: list[i - 1]?.id ?? null, nextImageId: list[i + 1]?.id ?? null }),
    );
  }
  return links;
}
