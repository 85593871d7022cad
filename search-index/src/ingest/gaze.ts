/**
 * The ingest's side of the reading-process metrics (docs/metrics.md): compact per-read inputs kept
 * from the reads and tracks passes, each image computed (./gaze-image.ts) as soon as all of its
 * reads' tracks are in — in a worker thread, so the work overlaps with loading the tracks and the
 * reads instead of holding Elasticsearch idle — and the results kept as the documents' text (one
 * string per read and per image, made in the worker) for the reads' second pass and the images.
 *
 * Memory: a read keeps its findings, first-step start and first mentions; a track its fixations as
 * one Float64Array (start, end, x, y per fixation); both leave with their image's job. Results are
 * one string each, not objects.
 */
import type { MessagePort } from 'node:worker_threads';
import type { MetricThresholds } from '../metrics/contract.ts';
import { firstMentions } from '../metrics/eye-voice.ts';
import { DEFAULT_PIXELS_PER_DEGREE } from '../metrics/fixations.ts';
import type { ImageRecord, ReadRecord } from '../model.ts';
import { positiveLabels } from '../indices/reads.ts';
import {
  NO_TRACK_MEMBERS,
  computeImageMetrics,
  metricText,
  nestedMembers,
  type ImageJob,
  type ImageMetricText,
  type ReadInput,
  type TrackInput,
} from './gaze-image.ts';
import type { WorkerReply } from './gaze-worker.ts';
import type { IngestWorker } from './workers.ts';

export type { ImageMetricFields, ReadMetricFields } from './gaze-image.ts';

/** Images per message to the worker (fewer, larger messages; results still arrive early). */
const BATCH = 32;

interface Pending {
  done: Promise<void>;
  settle(error?: Error): void;
}

/** What the metrics keep of a read. */
export function readInput(read: ReadRecord): ReadInput {
  return {
    readId: read.id,
    synthetic: read.synthetic,
    durationSec: read.durationSec,
    findings: read.findings,
    positive: positiveLabels(read),
    firstStepStartSec: read.reasoning.length ? Math.min(...read.reasoning.map((s) => s.start)) : null,
    firstMentionSec: firstMentions(read.reasoning),
  };
}

export class GazeMetricsCollector {
  private readonly reads = new Map<string, ReadInput[]>();
  private readonly tracks = new Map<string, Map<string, TrackInput>>();
  /** Per image: its reads whose track has not come yet. */
  private readonly waiting = new Map<string, number>();
  private readonly pending = new Map<string, Pending>();
  /** Per read and per image: the members its document appends (./gaze-image.ts metricText). */
  private readonly readResults = new Map<string, string>();
  private readonly imageResults = new Map<string, string>();
  /** Per image: how often it was queued (a later read makes an earlier result stale). */
  private readonly versions = new Map<string, number>();
  private batch: Array<{ job: ImageJob; version: number }> = [];
  private sent: Array<Array<{ job: ImageJob; version: number }>> = [];
  private readonly port: MessagePort | null;
  private failure: Error | null = null;
  private readsSeen = false;
  /** The image of the read seen last (its next read may follow). */
  private lastReadImage: string | null = null;

  /** With metrics, images are computed on the ingest worker's metrics port; without, lung fields only, here. */
  constructor(
    private readonly images: ReadonlyMap<string, ImageRecord>,
    private readonly thresholds: MetricThresholds,
    private readonly metrics: boolean,
    worker: IngestWorker,
  ) {
    this.port = metrics ? worker.metrics : null;
    this.port?.on('message', (reply: WorkerReply) => this.received(reply));
    worker.onFailure((err) => this.failAll(err));
  }

  addRead(read: ReadRecord): void {
    const previous = this.lastReadImage;
    this.lastReadImage = read.imageId;
    this.waiting.set(read.imageId, (this.waiting.get(read.imageId) ?? 0) + 1);
    // Queued already (its tracks were all in): it is computed again once this read's track comes.
    this.pending.delete(read.imageId);
    if (previous !== null && previous !== read.imageId) this.queueIfComplete(previous);
    if (!this.metrics) return;
    const list = this.reads.get(read.imageId) ?? [];
    list.push(readInput(read));
    this.reads.set(read.imageId, list);
  }

  /** A loaded track's fixations, packed (./gaze-image.ts `pack`). */
  addTrack(readId: string, imageId: string, packed: Float64Array, pixelsPerDegree: number | null): void {
    if (this.metrics) {
      const tracks = this.tracks.get(imageId) ?? new Map<string, TrackInput>();
      tracks.set(readId, { packed, pixelsPerDegree: pixelsPerDegree ?? DEFAULT_PIXELS_PER_DEGREE });
      this.tracks.set(imageId, tracks);
    }
    const left = this.waiting.get(imageId)! - 1;
    this.waiting.set(imageId, left);
    if (this.readsSeen || imageId !== this.lastReadImage) this.queueIfComplete(imageId);
  }

  /** Every read has been seen: the inputs kept for recomputing queued images can go. */
  readsDone(): void {
    this.readsSeen = true;
    if (this.lastReadImage !== null) this.queueIfComplete(this.lastReadImage);
    for (const id of [...this.reads.keys()]) if (this.pending.has(id)) this.forget(id);
  }

  /**
   * Queues an image whose reads' tracks are all in, once the reads have moved past it. Before
   * every read is seen it may still gain one (and is then computed again): in a file grouped by
   * image, as the generator and the importers write them, it never does.
   */
  private queueIfComplete(imageId: string): void {
    if (this.waiting.get(imageId) === 0 && !this.pending.has(imageId)) this.queue(imageId);
  }

  /** Every track is in (after readsDone): the images still waiting (reads without a track) are computed too. */
  tracksDone(): void {
    for (const id of this.images.keys()) if (!this.pending.has(id)) this.queue(id);
    this.flush();
  }

  /** The late metric fields of a read document, as members to append (./json-text.ts appendMembers). */
  async readFields(readId: string, imageId: string): Promise<string> {
    await this.ready(imageId);
    return this.readResults.get(readId) ?? NO_TRACK_MEMBERS;
  }

  /** The same for an image's nested copy of the read: the filterable fields only. */
  async nestedReadFields(readId: string, imageId: string): Promise<string> {
    return nestedMembers(await this.readFields(readId, imageId));
  }

  /** An image document's metric fields, as members to append. */
  async imageFields(imageId: string): Promise<string> {
    await this.ready(imageId);
    return this.imageResults.get(imageId)!;
  }

  private async ready(imageId: string): Promise<void> {
    const p = this.pending.get(imageId);
    if (!p) throw new Error(`gaze metrics of image ${imageId} were never queued (tracksDone not called?)`);
    await p.done;
  }

  private queue(imageId: string): void {
    const p = pending();
    this.pending.set(imageId, p);
    if (this.failure) p.settle(this.failure);
    const version = (this.versions.get(imageId) ?? 0) + 1;
    this.versions.set(imageId, version);
    const job: ImageJob = {
      image: this.images.get(imageId)!,
      reads: [...(this.reads.get(imageId) ?? [])],
      tracks: new Map(this.tracks.get(imageId)),
      thresholds: this.thresholds,
      metrics: this.metrics,
    };
    this.batch.push({ job, version });
    if (this.readsSeen) this.forget(imageId);
    if (this.batch.length >= BATCH) this.flush();
  }

  private forget(imageId: string): void {
    this.reads.delete(imageId);
    this.tracks.delete(imageId);
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    if (!this.port)
      return this.store(
        batch,
        batch.map((b) => metricText(computeImageMetrics(b.job))),
      );
    this.sent.push(batch);
    this.port.postMessage(batch.map((b) => b.job));
  }

  /** The worker answers batches in the order they were sent. */
  private received(reply: WorkerReply): void {
    const batch = this.sent.shift()!;
    if (reply.ok) return this.store(batch, reply.results);
    const err = new Error(`gaze metrics: ${reply.message}`);
    for (const b of batch) if (this.current(b)) this.pending.get(b.job.image.id)?.settle(err);
  }

  /** Results of the image's latest queueing only; a stale one is dropped (a later one is coming). */
  private store(batch: Array<{ job: ImageJob; version: number }>, results: ImageMetricText[]): void {
    results.forEach((r, i) => {
      if (!this.current(batch[i]!)) return;
      for (let j = 0; j < r.reads.length; j += 2) this.readResults.set(r.reads[j]!, r.reads[j + 1]!);
      this.imageResults.set(r.imageId, r.image);
      this.pending.get(r.imageId)?.settle();
    });
  }

  private current({ job, version }: { job: ImageJob; version: number }): boolean {
    return this.versions.get(job.image.id) === version && this.pending.has(job.image.id);
  }

  /** The worker failed: every image waiting fails, and any queued later too. */
  private failAll(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.settle(err);
  }
}

function pending(): Pending {
  let settle!: Pending['settle'];
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  // Awaited by readFields/imageFields; an ingest that fails earlier must not see it unhandled.
  done.catch(() => {});
  return { done, settle };
}
