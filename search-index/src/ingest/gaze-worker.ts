/** The metrics side of the ingest worker: computes batches of images (./gaze-image.ts) off the main thread. */
import type { MessagePort } from 'node:worker_threads';
import { computeImageMetrics, type ImageJob, type ImageJobResult } from './gaze-image.ts';

export type WorkerReply = { ok: true; results: ImageJobResult[] } | { ok: false; message: string };

export function serveMetrics(port: MessagePort): void {
  port.on('message', (jobs: ImageJob[]) => {
    let reply: WorkerReply;
    try {
      reply = { ok: true, results: jobs.map(computeImageMetrics) };
    } catch (err) {
      reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
