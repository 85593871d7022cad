/**
 * Reconciliation of an ingest: rows read, indexed and rejected per file, and the rejects file
 * where every rejected row is written with its file, line and reason.
 */
import { RejectsFile } from './rejects-file.ts';

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
  private readonly rejects: RejectsFile<Reject>;

  constructor(readonly rejectsPath: string) {
    this.rejects = new RejectsFile(rejectsPath);
  }

  /** The first rejects (for the summary). */
  get samples(): Reject[] {
    return this.rejects.samples;
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
    this.rejects.write(r);
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

  close(): Promise<void> {
    return this.rejects.close();
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
