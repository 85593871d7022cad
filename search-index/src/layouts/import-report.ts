/**
 * Bookkeeping shared by the importers: per-file-kind counts (read = converted + off image +
 * rejected, so nothing is lost silently), the rejects file, warnings and notes, and the summary
 * an import returns.
 */
import { RejectsFile } from '../ingest/rejects-file.ts';
import { readCsv } from './csv.ts';

/** The source folder is not in the expected layout (a missing top-level file, say). */
export class LayoutError extends Error {
  override name = 'LayoutError';
}

export const REJECTS_FILE = 'import-rejects.ndjson';

export interface ImportReject {
  /** Source file, relative to the source folder. */
  file: string;
  /** 1-based line of the row (first line, when `lines` covers a range). */
  line: number;
  reason: string;
  /** Read or image the row belongs to, where known. */
  id?: string;
  /** Inclusive line range, when one entry stands for several rows. */
  lines?: [number, number];
  /** Rows this entry stands for, when more than one. */
  rows?: number;
}

/** Counts of one kind of file (e.g. every main_data/<id>/fixations.csv together). */
export interface FileStats {
  file: string;
  files: number;
  read: number;
  converted: number;
  offImage: number;
  rejected: number;
}

/**
 * Good rows of one source file that belong to one read, held until the read is written: if the
 * read itself is rejected, they become rejected too, so the counts stay true. Rows rejected on
 * their own go straight to ImportReport.reject and are not held here.
 */
export class Tally {
  converted = 0;
  offImage = 0;
  firstLine = Infinity;
  lastLine = 0;
  constructor(
    readonly group: string,
    readonly file: string,
  ) {}
  ok(line: number): void {
    this.converted++;
    this.saw(line);
  }
  off(line: number): void {
    this.offImage++;
    this.saw(line);
  }
  private saw(line: number): void {
    if (line < this.firstLine) this.firstLine = line;
    if (line > this.lastLine) this.lastLine = line;
  }
}

export class ImportReport {
  private readonly stats = new Map<string, FileStats>();
  private readonly rejects: RejectsFile<ImportReject>;
  readonly warnings: string[] = [];
  readonly notes = new Map<string, number>();
  rejectedTotal = 0;

  constructor(readonly rejectsPath: string) {
    this.rejects = new RejectsFile(rejectsPath);
  }

  /** The first rejects (for the summary). */
  get firstRejects(): ImportReject[] {
    return this.rejects.samples;
  }

  /** Counts for a file kind; `file` adds one file to it. */
  group(group: string, file = false): FileStats {
    let s = this.stats.get(group);
    if (!s) {
      s = { file: group, files: 0, read: 0, converted: 0, offImage: 0, rejected: 0 };
      this.stats.set(group, s);
    }
    if (file) s.files++;
    return s;
  }

  /**
   * A row that is rejected on its own (bad value, unknown id, …). Counts it as read. Awaiting the
   * promise waits for the rejects file when its buffer is full.
   */
  reject(group: string, r: ImportReject, rows = 1): Promise<void> {
    const s = this.group(group);
    s.read += rows;
    s.rejected += rows;
    this.rejectedTotal += rows;
    return this.rejects.write(r);
  }

  /** Rows held for a read that was written. */
  commit(tallies: readonly Tally[]): void {
    for (const t of tallies) {
      if (t.converted + t.offImage === 0) continue;
      const s = this.group(t.group);
      s.read += t.converted + t.offImage;
      s.converted += t.converted;
      s.offImage += t.offImage;
    }
  }

  /** Rows held for a read that was rejected: one reject entry per tally covers them. */
  fail(tallies: readonly Tally[], reason: string, id?: string): void {
    for (const t of tallies) {
      const n = t.converted + t.offImage;
      if (n === 0) continue;
      const lines: [number, number] = [t.firstLine, t.lastLine];
      void this.reject(t.group, { file: t.file, line: t.firstLine, reason, ...(id ? { id } : {}), lines, rows: n }, n);
    }
  }

  /**
   * Every row of a file that cannot be imported at all (its read is unknown or was rejected):
   * one entry with the line range and row count.
   */
  async rejectFile(group: string, file: string, path: string, reason: string, id?: string): Promise<void> {
    this.group(group, true);
    let rows = 0,
      first = 0,
      last = 0,
      header = true;
    for await (const rec of readCsv(path, { keepBlankLines: true })) {
      if (header) {
        header = false;
        continue;
      }
      rows++;
      if (!first) first = rec.line;
      last = rec.line;
    }
    if (rows)
      await this.reject(group, { file, line: first, reason, ...(id ? { id } : {}), lines: [first, last], rows }, rows);
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  note(what: string, n = 1): void {
    this.notes.set(what, (this.notes.get(what) ?? 0) + n);
  }

  get files(): FileStats[] {
    return [...this.stats.values()];
  }

  /** Rows read but neither converted, dropped off image nor rejected: must be zero. */
  get unaccounted(): number {
    return this.files.reduce((n, f) => n + f.read - f.converted - f.offImage - f.rejected, 0);
  }

  async close(): Promise<void> {
    await this.rejects.close();
  }
}

/** The per-file table printed after an import. */
export function formatImportTable(files: readonly FileStats[]): string {
  const header = ['file', 'files', 'rows read', 'converted', 'samples off image', 'rejected'];
  const rows = files.map((f) => [
    f.file,
    String(f.files),
    String(f.read),
    String(f.converted),
    String(f.offImage),
    String(f.rejected),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}

/** What an import did, for the command's printout and for tests. */
export interface ImportSummary {
  dataset: string;
  outDir: string;
  rejectsPath: string;
  files: FileStats[];
  /** Records written, per file of the canonical layout. */
  written: Record<'images' | 'readers' | 'reads' | 'tracks', number>;
  rejected: number;
  unaccounted: number;
  warnings: string[];
  notes: Array<[string, number]>;
  firstRejects: ImportReject[];
  ok: boolean;
}
