/**
 * `chexthought ingest DIR`: reads a dataset folder in the canonical layout and indexes it into
 * fresh versioned indices, then swaps the aliases. Every row is either indexed or written to the
 * rejects file with its file, line and reason; the report reconciles the two.
 *
 * Passes: images and readers are held in memory (needed to denormalise reads); reads are
 * validated once to learn which are good and to aggregate per image and reader; tracks are then
 * loaded (their bounds are checked against the read's image) and summarised; reads are loaded
 * with those summaries; then images and readers with their aggregates.
 */
import type { z } from 'zod';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineClient } from '../engine.ts';
import { DatasetManifest, ImageRecord, LAYOUT, ReadRecord, ReaderRecord, TrackRecord, describeIssues } from '../model.ts';
import { imageAgreement, type ReadVote } from '../metrics/agreement.ts';
import { COUNTRIES, type Finding } from '../vocabulary.ts';
import { deriveFixations } from '../metrics/fixations.ts';
import { imageDocument } from '../indices/images.ts';
import type { IndexAliases } from '../indices/names.ts';
import { readerDocument } from '../indices/readers.ts';
import { filterableRead, positiveLabels, readDocument, type FilterableRead, type TrackSummary } from '../indices/reads.ts';
import type { TrackDocument } from '../indices/tracks.ts';
import { createVersionedIndices, deleteIndices, finishLoading, swapAliases } from './aliases.ts';
import { bulkLoad, type SourcedDocument } from './bulk.ts';
import { readLines } from './ndjson.ts';
import { silentProgress, type ProgressReporter } from './progress.ts';
import { Reconciliation, type FileCounts, type Reject } from './reconcile.ts';
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
  /** Sees every document as it is sent (the ingest benchmark records them for its raw baseline). */
  onDocument?: (kind: keyof IndexAliases, id: string, doc: object) => void;
}

export interface IngestReport {
  manifest: DatasetManifest;
  files: FileCounts[];
  rejected: number;
  unaccounted: number;
  rejectsPath: string;
  firstRejects: Reject[];
  indices: IndexAliases;
  retired: string[];
  documents: number;
  seconds: number;
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
  const rec = new Reconciliation(opts.rejectsPath);
  for (const f of [LAYOUT.images, LAYOUT.readers, LAYOUT.reads, LAYOUT.tracks]) rec.track(f);

  try {
    const images = await loadById(paths.images, LAYOUT.images, ImageRecord, rec, progress);
    const readers = await loadById(paths.readers, LAYOUT.readers, ReaderRecord, rec, progress);

    // Pass 1 over reads: validate, cross-check, aggregate.
    const goodReads = new Map<string, GoodRead>();
    const votes = new Map<string, ReadVote<Finding>[]>();
    const readerStats = new Map<string, { count: number; duration: number; strategies: Set<string> }>();
    const imageReadStats = new Map<string, { countries: Set<string>; continents: Set<string>; strategies: Set<string> }>();
    const imageVotes = new Map<string, Map<Finding, { positive: number; certaintySum: number }>>();
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
      goodReads.set(read.id, { imageId: read.imageId, readerId: read.readerId, line });
      const v = votes.get(read.imageId) ?? [];
      const positive = positiveLabels(read);
      v.push({ positive, certainties: read.findings.filter((f) => f.label !== 'No finding').map((f) => f.certainty) });
      votes.set(read.imageId, v);
      const iv = imageVotes.get(read.imageId) ?? new Map();
      for (const f of read.findings.filter((f) => positive.includes(f.label))) {
        const e = iv.get(f.label) ?? { positive: 0, certaintySum: 0 };
        e.positive++;
        e.certaintySum += f.certainty;
        iv.set(f.label, e);
      }
      imageVotes.set(read.imageId, iv);
      const reader = readers.records.get(read.readerId)!;
      const rs = readerStats.get(read.readerId) ?? { count: 0, duration: 0, strategies: new Set() };
      rs.count++;
      rs.duration += read.durationSec;
      rs.strategies.add(read.strategy);
      readerStats.set(read.readerId, rs);
      const is = imageReadStats.get(read.imageId) ?? { countries: new Set(), continents: new Set(), strategies: new Set() };
      is.countries.add(reader.country);
      is.continents.add(COUNTRIES[reader.country]!.continent);
      is.strategies.add(read.strategy);
      imageReadStats.set(read.imageId, is);
      if ((goodReads.size & 1023) === 0) progress.update(bytes, goodReads.size);
    }
    progress.stop();
    const agreement = new Map([...votes].map(([id, v]) => [id, imageAgreement(v)]));

    const indices = await createVersionedIndices(opts.client, opts.prefix, { dataset: manifest, indexedAt: new Date().toISOString() });
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
        const reason = !read || !image
          ? `read ${track.readId} is not in ${LAYOUT.reads} (unknown or rejected)`
          : trackLines.has(track.readId)
            ? `second track for read ${track.readId} (first at line ${trackLines.get(track.readId)})`
            : outsideImage(track, image);
        if (reason !== null || !read) {
          rec.reject({ file: LAYOUT.tracks, line, reason: reason!, id: track.readId });
          continue;
        }
        trackLines.set(track.readId, line);
        const fixations = track.fixations ?? deriveFixations(track);
        const doc: TrackDocument = {
          readId: track.readId,
          imageId: read.imageId,
          readerId: read.readerId,
          synthetic: track.synthetic,
          samplingHz: track.samplingHz,
          pixelsPerDegree: track.pixelsPerDegree,
          sampleCount: track.samples.t.length,
          durationSec: track.samples.t.at(-1) ?? 0,
          fixationCount: fixations.length,
          fixationsDerived: track.fixations === null,
          hasViewport: track.viewport.length > 0,
          samples: track.samples,
          fixations,
          viewport: track.viewport,
        };
        trackSummaries.set(track.readId, {
          sampleCount: doc.sampleCount,
          fixationCount: doc.fixationCount,
          hasViewport: doc.hasViewport,
          samplingHz: doc.samplingHz,
        });
        if ((++n & 255) === 0) progress.update(bytes, n);
        yield { id: track.readId, doc, line };
      }
      progress.update(fileSize(paths.tracks), n);
    }
    await load(trackDocs(), 'tracks', LAYOUT.tracks);

    // Reads, pass 2: only the lines pass 1 accepted.
    const imageReads = new Map<string, FilterableRead[]>();
    async function* readDocs(): AsyncGenerator<SourcedDocument> {
      progress.start('loading reads', fileSize(paths.reads));
      let n = 0;
      for await (const { line, text, bytes } of readLines(paths.reads)) {
        const r = parseRecord(ReadRecord, text);
        if (!r.ok) continue; // rejected in pass 1
        const good = goodReads.get(r.value.id);
        if (!good || good.line !== line) continue; // rejected in pass 1 (e.g. a duplicate)
        const image = images.records.get(good.imageId)!;
        const doc = readDocument(
          r.value,
          readers.records.get(good.readerId)!,
          image,
          agreement.get(good.imageId) ?? { agreement: null, difficulty: null },
          trackSummaries.get(r.value.id) ?? null,
        );
        const list = imageReads.get(good.imageId) ?? [];
        list.push(filterableRead(doc));
        imageReads.set(good.imageId, list);
        if ((++n & 1023) === 0) progress.update(bytes, n);
        yield { id: r.value.id, doc, line };
      }
      progress.update(fileSize(paths.reads), n);
    }
    await load(readDocs(), 'reads', LAYOUT.reads);

    // Images with prior/next links and read aggregates.
    const links = followUpLinks(images.records);
    async function* imageDocs(): AsyncGenerator<SourcedDocument> {
      progress.start('loading images', images.records.size);
      let n = 0;
      for (const [id, image] of images.records) {
        const v = votes.get(id) ?? [];
        const s = imageReadStats.get(id);
        const doc = imageDocument(image, links.get(id)!, {
          readCount: v.length,
          readerCountries: [...(s?.countries ?? [])].sort(),
          readerContinents: [...(s?.continents ?? [])].sort(),
          findingLabels: [...new Set(v.flatMap((x) => x.positive))].sort(),
          strategies: [...(s?.strategies ?? [])].sort(),
          ...(agreement.get(id) ?? { agreement: null, difficulty: null }),
          findingVotes: findingVotes(imageVotes.get(id)),
          reads: imageReads.get(id) ?? [],
        });
        imageReads.delete(id);
        if ((++n & 255) === 0) progress.update(n, n);
        yield { id, doc, line: images.lines.get(id)! };
      }
      progress.update(n, n);
    }
    await load(imageDocs(), 'images', LAYOUT.images);

    async function* readerDocs(): AsyncGenerator<SourcedDocument> {
      progress.start('loading readers', readers.records.size);
      let n = 0;
      for (const [id, reader] of readers.records) {
        const s = readerStats.get(id);
        const doc = readerDocument(reader, {
          readCount: s?.count ?? 0,
          strategies: [...(s?.strategies ?? [])].sort(),
          meanDurationSec: s ? Math.round((s.duration / s.count) * 10) / 10 : null,
        });
        if ((++n & 255) === 0) progress.update(n, n);
        yield { id, doc, line: readers.lines.get(id)! };
      }
      progress.update(n, n);
    }
    await load(readerDocs(), 'readers', LAYOUT.readers);

    await finishLoading(opts.client, indices);
    const retired = await swapAliases(opts.client, opts.prefix, indices);
    await deleteIndices(opts.client, retired);

    const files = rec.files;
    return {
      manifest,
      files,
      rejected: rec.totalRejected,
      unaccounted: rec.unaccounted,
      rejectsPath: opts.rejectsPath,
      firstRejects: rec.samples,
      indices,
      retired,
      documents: files.reduce((n, f) => n + f.indexed, 0),
      seconds: (performance.now() - started) / 1000,
      ok: rec.totalRejected === 0 && rec.unaccounted === 0,
    };
  } finally {
    progress.stop();
    await rec.close();
  }
}

async function* observe<T>(source: AsyncIterable<T>, see: (item: T) => void): AsyncGenerator<T> {
  for await (const item of source) {
    see(item);
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
    throw new DatasetError(`${dir} is not a dataset in the canonical layout: missing ${missing.join(', ')} (see docs/dataset-format.md)`);
  return paths;
}

function loadManifest(path: string): DatasetManifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DatasetError(`${path}: invalid JSON (${(err as Error).message})`);
  }
  const parsed = DatasetManifest.safeParse(json);
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
      rec.reject({ file, line, id: r.value.id, reason: `duplicate id ${r.value.id} (first at line ${lines.get(r.value.id)})` });
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

function findingVotes(votes: Map<Finding, { positive: number; certaintySum: number }> | undefined) {
  return [...(votes ?? [])]
    .sort((a, b) => b[1].positive - a[1].positive || a[0].localeCompare(b[0]))
    .map(([label, v]) => ({ label, positive: v.positive, meanCertainty: Math.round((v.certaintySum / v.positive) * 100) / 100 }));
}
