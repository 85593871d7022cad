/** The main thread's side of the tracks preparation (./track-worker.ts): its prepared tracks, in file order. */
import type { SentTrack, TrackWorkerMessage } from './track-worker.ts';
import type { IngestWorker } from './workers.ts';

export class PreparedTracks implements AsyncIterable<SentTrack> {
  private readonly batches: Array<{ tracks: SentTrack[]; weight: number }> = [];
  private done = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  /** The worker prepares from its start: make this before the reads are validated. */
  constructor(private readonly worker: IngestWorker) {
    worker.tracks.on('message', (m: TrackWorkerMessage) => {
      if ('tracks' in m) this.batches.push(m);
      else if ('done' in m) this.done = true;
      else this.failure = new Error(`preparing the tracks: ${m.error}`);
      this.notify();
    });
    worker.onFailure((err) => {
      this.failure ??= err;
      this.notify();
    });
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SentTrack> {
    for (;;) {
      const batch = this.batches.shift();
      if (batch) {
        this.worker.tracks.postMessage({ taken: batch.weight });
        yield* batch.tracks;
      } else if (this.failure) throw this.failure;
      else if (this.done) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    this.wake?.();
    this.wake = null;
  }
}
