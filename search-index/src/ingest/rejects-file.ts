/**
 * The rejects file of an ingest or an import: one JSON line per rejected row (file, line,
 * reason…), written as rejects happen, with the first few kept in memory for the summary.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { NdjsonWriter } from '../ndjson-writer.ts';

/** Rejects kept in memory for the printed summary. */
const SAMPLES = 20;

export class RejectsFile<R> {
  readonly samples: R[] = [];
  private readonly out: NdjsonWriter;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.out = new NdjsonWriter(path);
  }

  /** Awaiting the promise is the back-pressure; a caller that cannot wait may drop it (close() reports errors). */
  write(r: R): Promise<void> {
    if (this.samples.length < SAMPLES) this.samples.push(r);
    return this.out.write(r);
  }

  close(): Promise<void> {
    return this.out.close();
  }
}
