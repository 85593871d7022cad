/** The metrics side of the ingest worker: computes batches of images (./gaze-image.ts) off the main thread. */
import type { MessagePort } from 'node:worker_threads';
import { computeImageMetrics, metricText, type ImageJob, type ImageMetricText } from './gaze-image.ts';

/** Results as the documents' text: the main thread only appends them. */
export type WorkerReply = { ok: true; results: ImageMetricText[] } | { ok: false; message: string };

export function serveMetrics(port: MessagePort): void {
  port.on('message', (jobs: ImageJob[]) => {
    let reply: WorkerReply;
    try {
      reply = { ok: true, results: jobs.map((job) => metricText(computeImageMetrics(job))) };
    } catch (err) {
      reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
