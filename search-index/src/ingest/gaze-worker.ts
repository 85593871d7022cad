/** The metrics worker: computes batches of images (./gaze-image.ts) off the ingest's main thread. */
import { parentPort } from 'node:worker_threads';
import { computeImageMetrics, type ImageJob, type ImageJobResult } from './gaze-image.ts';

export type WorkerReply = { ok: true; results: ImageJobResult[] } | { ok: false; message: string };

parentPort!.on('message', (jobs: ImageJob[]) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, results: jobs.map(computeImageMetrics) };
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
