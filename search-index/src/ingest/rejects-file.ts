/**
 * The rejects file of an ingest or an import: one JSON line per rejected row (file, line,
 * reason…), written as rejects happen, with the first few kept in memory for the summary.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

/** Rejects kept in memory for the printed summary. */
const SAMPLES = 20;

export class RejectsFile<R> {
  readonly samples: R[] = [];
  private readonly out: WriteStream;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.out = createWriteStream(path, { encoding: 'utf8' });
  }

  write(r: R): void {
    if (this.samples.length < SAMPLES) this.samples.push(r);
    this.out.write(JSON.stringify(r) + '\n');
  }

  close(): Promise<void> {
    return new Promise<void>((resolve, reject) =>
      this.out.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
  }
}
