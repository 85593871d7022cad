/**
 * The ingest's one worker thread (./ingest-worker.ts, bundled by ./worker-bundle.ts): it prepares
 * the tracks (./track-worker.ts) and computes the gaze metrics (./gaze-worker.ts), each over its
 * own message port. One thread for both: each thread costs CPU to start, and the two are busy
 * mostly one after the other.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { TrackWorkerData } from './track-worker.ts';
import { workerBundle } from './worker-bundle.ts';

export class IngestWorker {
  readonly metrics: MessagePort;
  readonly tracks: MessagePort;
  private readonly worker: Worker;
  private readonly failed: Array<(err: Error) => void> = [];
  private closing = false;

  /** Starts the thread; it begins preparing the tracks at once. */
  static async start(tracksData: TrackWorkerData): Promise<IngestWorker> {
    return new IngestWorker(await workerBundle(new URL('./ingest-worker.ts', import.meta.url)), tracksData);
  }

  private constructor(bundle: string, tracksData: TrackWorkerData) {
    const metrics = new MessageChannel();
    const tracks = new MessageChannel();
    this.metrics = metrics.port1;
    this.tracks = tracks.port1;
    this.worker = new Worker(bundle, {
      workerData: {
        metrics: metrics.port2,
        tracks: tracks.port2,
        tracksData,
      },
      transferList: [metrics.port2, tracks.port2],
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`the ingest worker exited early (code ${code})`));
    });
  }

  onFailure(handler: (err: Error) => void): void {
    this.failed.push(handler);
  }

  /** Ends the thread and its ports (the ingest always calls it, having succeeded or not). */
  async close(): Promise<void> {
    this.closing = true;
    this.metrics.close();
    this.tracks.close();
    await this.worker.terminate();
  }

  private fail(err: Error): void {
    for (const handler of this.failed) handler(err);
  }
}
