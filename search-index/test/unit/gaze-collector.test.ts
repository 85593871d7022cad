import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { generateDataset } from '../../src/generate/index.ts';
import { ImageRecord, ReadRecord, TrackRecord } from '../../src/model.ts';
import { detectFixations } from '../../src/metrics/fixations.ts';
import { DEFAULT_THRESHOLDS } from '../../src/metrics/thresholds.ts';
import { GazeMetricsCollector } from '../../src/ingest/gaze.ts';
import { pack } from '../../src/ingest/gaze-image.ts';
import { serveMetrics } from '../../src/ingest/gaze-worker.ts';
import type { IngestWorker } from '../../src/ingest/workers.ts';

/** The metrics port served in this thread: the collector cannot tell it from the worker's. */
function localWorker() {
  const channel = new MessageChannel();
  serveMetrics(channel.port2);
  const worker = { metrics: channel.port1, onFailure: () => {} } as unknown as IngestWorker;
  return { worker, close: () => (channel.port1.close(), channel.port2.close()) };
}

function records<T>(path: string, schema: { parse(v: unknown): T }): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => schema.parse(JSON.parse(l)));
}

test('an image that gains a read after it was computed is computed again, with all its reads; stale results are dropped', async () => {
  const out = mkdtempSync(join(tmpdir(), 'cxt-collector-'));
  try {
    // Enough images that batches go to the worker before every read is in (a batch is 32 queueings).
    await generateDataset({ seed: 3, images: 40, reads: 120, out });
    const images = new Map(records(join(out, 'images.ndjson'), ImageRecord).map((i) => [i.id, i]));
    const reads = records(join(out, 'reads.ndjson'), ReadRecord);
    const tracks = new Map(records(join(out, 'tracks.ndjson'), TrackRecord).map((t) => [t.readId, t]));
    const feedTrack = (c: GazeMetricsCollector, r: ReadRecord) => {
      const t = tracks.get(r.id)!;
      c.addTrack(r.id, r.imageId, pack(detectFixations(t, 'idt', DEFAULT_THRESHOLDS).fixations), t.pixelsPerDegree);
    };
    const results = async (c: GazeMetricsCollector) =>
      Object.fromEntries(
        await Promise.all(reads.map(async (r) => [r.id, await c.readFields(r.id, r.imageId)] as const)),
      );

    // In order: every read, then every track (nothing is computed before all of an image's reads are in).
    const a = localWorker();
    const inOrder = new GazeMetricsCollector(images, DEFAULT_THRESHOLDS, true, a.worker);
    for (const r of reads) inOrder.addRead(r);
    inOrder.readsDone();
    for (const r of reads) feedTrack(inOrder, r);
    inOrder.tracksDone();
    const expected = await results(inOrder);

    // Not grouped by image (by reader), each read's track right after it: an image is computed
    // when the reads move past it, and again when a later read of it comes.
    const mixed = [...reads].sort((x, y) => x.readerId.localeCompare(y.readerId) || x.id.localeCompare(y.id));
    const runs = mixed.filter((r, i) => i === 0 || mixed[i - 1]!.imageId !== r.imageId).length;
    assert.ok(runs > images.size, 'some image has reads apart');
    const b = localWorker();
    const interleaved = new GazeMetricsCollector(images, DEFAULT_THRESHOLDS, true, b.worker);
    for (const r of mixed) {
      interleaved.addRead(r);
      feedTrack(interleaved, r);
    }
    interleaved.readsDone();
    interleaved.tracksDone();
    // The stale results are answered first, while the reads already wait: they must not settle them.
    assert.deepEqual(await results(interleaved), expected);
    assert.ok(
      Object.values(expected).some((f) => !f.includes('"peerSimilarity":null')),
      'the reads are compared with their peers',
    );
    a.close();
    b.close();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
