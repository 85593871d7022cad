/**
 * Streams one JSON record per line to a file in constant memory: lines are batched into ~1 MB
 * writes (one syscall per batch, not per record) and the producer waits for 'drain' whenever
 * the stream's buffer is full, so a fast generator cannot outrun the disk.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

export class NdjsonWriter {
  private batch: string[] = [];
  private batchChars = 0;
  private failure: Error | null = null;
  /** Records written so far. */
  count = 0;

  private constructor(
    private readonly stream: WriteStream,
    private readonly batchLimit: number,
  ) {
    // Remember the error; the next write or close reports it.
    stream.on('error', (err) => (this.failure ??= err));
  }

  static async open(path: string, batchLimit = 1 << 20): Promise<NdjsonWriter> {
    const stream = createWriteStream(path, { flags: 'w', highWaterMark: batchLimit });
    await Promise.race([once(stream, 'open'), once(stream, 'error').then(([err]) => Promise.reject(err))]);
    return new NdjsonWriter(stream, batchLimit);
  }

  async write(record: unknown): Promise<void> {
    const line = JSON.stringify(record) + '\n';
    this.batch.push(line);
    this.batchChars += line.length;
    this.count++;
    if (this.batchChars >= this.batchLimit) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.batch.length === 0) return;
    const chunk = this.batch.join('');
    this.batch = [];
    this.batchChars = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    if (this.failure) throw this.failure;
  }

  /** Closes without caring about errors (used when another error is already on its way). */
  destroy(): void {
    this.stream.destroy();
  }
}
