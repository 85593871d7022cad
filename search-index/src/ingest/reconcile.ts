/**
 * Reconciliation of an ingest: rows read, indexed and rejected per file, and the rejects file
 * where every rejected row is written with its file, line and reason.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

export interface FileCounts {
  file: string;
  read: number;
  indexed: number;
  rejected: number;
}

export interface Reject {
  file: string;
  line: number;
  reason: string;
  /** Record id where one could be read. */
  id?: string;
}

export class Reconciliation {
  private readonly counts = new Map<string, FileCounts>();
  private readonly out: WriteStream;
  readonly samples: Reject[] = [];

  constructor(readonly rejectsPath: string) {
    mkdirSync(dirname(rejectsPath), { recursive: true });
    this.out = createWriteStream(rejectsPath, { encoding: 'utf8' });
  }

  private entry(file: string): FileCounts {
    let c = this.counts.get(file);
    if (!c) {
      c = { file, read: 0, indexed: 0, rejected: 0 };
      this.counts.set(file, c);
    }
    return c;
  }

  track(file: string): void {
    this.entry(file);
  }

  read(file: string, n = 1): void {
    this.entry(file).read += n;
  }

  indexed(file: string, n = 1): void {
    this.entry(file).indexed += n;
  }

  reject(r: Reject): void {
    this.entry(r.file).rejected++;
    if (this.samples.length < 20) this.samples.push(r);
    this.out.write(JSON.stringify(r) + '\n');
  }

  get files(): FileCounts[] {
    return [...this.counts.values()];
  }

  get totalRejected(): number {
    return this.files.reduce((n, f) => n + f.rejected, 0);
  }

  /** Rows read but neither indexed nor rejected: must be zero, or something was lost. */
  get unaccounted(): number {
    return this.files.reduce((n, f) => n + (f.read - f.indexed - f.rejected), 0);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

/** The reconciliation as an aligned text table. */
export function formatCounts(files: FileCounts[]): string {
  const header = ['file', 'read', 'indexed', 'rejected'];
  const rows = files.map((f) => [f.file, String(f.read), String(f.indexed), String(f.rejected)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (row: string[]) =>
    row.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}
