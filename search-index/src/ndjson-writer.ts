/**
 * The one NDJSON writer (generated datasets, imported datasets, rejects files): one JSON record
 * per line, in constant memory. Lines are batched into ~1 MB writes (one syscall per batch, not
 * per record); a write waits while the file's buffer is full, so a fast producer cannot outrun
 * the disk. close() flushes, fsyncs and closes, and rejects with the first error of any of them
 * (a full disk shows up here, not as a silently short file).
 */
import { closeSync, createWriteStream, fsync, openSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';

const fsyncFd = promisify(fsync);
/** fsync's answer for files that cannot be synced (pipes, character devices): nothing to do. */
const UNSYNCABLE = new Set(['EINVAL', 'ENOTSUP', 'EROFS']);

export class NdjsonWriter {
  /** Records written so far. */
  count = 0;
  private readonly fd: number;
  private readonly stream: WriteStream;
  private batch: string[] = [];
  private batchChars = 0;
  private failure: Error | null = null;
  /** One wait for 'drain' shared by every writer waiting on it. */
  private drained: Promise<void> | null = null;
  private closed = false;

  /** Opens (truncates) `path` at once, so a path that cannot be written fails before any work. */
  constructor(
    readonly path: string,
    private readonly batchLimit = 1 << 20,
  ) {
    try {
      this.fd = openSync(path, 'w');
    } catch (err) {
      throw this.named(err);
    }
    // autoClose off: the descriptor outlives the stream, for the fsync in close().
    this.stream = createWriteStream(path, { fd: this.fd, autoClose: false, highWaterMark: batchLimit });
    this.stream.on('error', (err) => (this.failure ??= this.named(err)));
  }

  /**
   * Appends one record. The promise settles at once unless the file's buffer is full, then when it
   * has drained: awaiting it is the back-pressure. It rejects with a write error already seen; a
   * caller that cannot wait may drop it, and close() reports the error.
   */
  write(record: unknown): Promise<void> {
    const p = this.append(JSON.stringify(record) + '\n');
    p.catch(() => {}); // dropped by a caller that cannot wait: close() rethrows the error
    return p;
  }

  private async append(line: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.batch.push(line);
    this.batchChars += line.length;
    this.count++;
    if (this.batchChars >= this.batchLimit && !this.flush()) await this.drain();
  }

  /** Hands the batch to the stream; false when the stream's buffer is full. */
  private flush(): boolean {
    if (this.batch.length === 0) return true;
    const chunk = this.batch.join('');
    this.batch = [];
    this.batchChars = 0;
    return this.stream.write(chunk);
  }

  private drain(): Promise<void> {
    // events.once rejects when 'error' comes first, so a failed disk does not leave us waiting.
    this.drained ??= once(this.stream, 'drain').then(
      () => void (this.drained = null),
      (err: unknown) => {
        throw this.failure ?? this.named(err);
      },
    );
    return this.drained;
  }

  /** Flushes, fsyncs and closes the file; rejects with the first error of the file's life. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    let error: Error | null = null;
    try {
      if (!this.failure) this.flush();
      this.stream.end();
      await finished(this.stream).catch(() => {}); // its error is this.failure
      if (this.failure) throw this.failure;
      await fsyncFd(this.fd).catch((err: NodeJS.ErrnoException) => {
        if (!UNSYNCABLE.has(err.code ?? '')) throw this.named(err);
      });
    } catch (err) {
      error = err as Error;
    }
    try {
      closeSync(this.fd);
    } catch (err) {
      error ??= this.named(err);
    }
    if (error) throw error;
  }

  /** Drops what is not written yet and closes (another error is already on its way). */
  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.stream.destroy();
    try {
      closeSync(this.fd);
    } catch {
      // nothing more to report: the caller is already handling an error
    }
  }

  /** The error with the file it concerns, as a one-line message; the code is kept. */
  private named(err: unknown): Error {
    const e = err as NodeJS.ErrnoException;
    return Object.assign(new Error(`cannot write ${this.path}: ${e.message}`), { code: e.code, cause: err });
  }
}
