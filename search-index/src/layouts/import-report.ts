/**
 * Bookkeeping shared by the importers: per-file-kind counts (read = converted + off image +
 * rejected, so nothing is lost silently), the rejects file, warnings and notes, and the writer of
 * the canonical layout, which validates every record against the model before writing it.
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { RejectsFile } from '../ingest/rejects-file.ts';
import { once } from 'node:events';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import {
  type Box,
  DatasetManifest,
  ImageRecord,
  LAYOUT,
  ReadRecord,
  ReaderRecord,
  TrackRecord,
  describeIssues,
} from '../model.ts';
import { missingColumns, openCsvTable, readCsv, type CsvRow } from './csv.ts';

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

  /** A row that is rejected on its own (bad value, unknown id, …). Counts it as read. */
  reject(group: string, r: ImportReject, rows = 1): void {
    const s = this.group(group);
    s.read += rows;
    s.rejected += rows;
    this.rejectedTotal += rows;
    this.rejects.write(r);
  }

  /** Rows held for a read that was written. */
  commit(t: Tally): void {
    if (t.converted + t.offImage === 0) return;
    const s = this.group(t.group);
    s.read += t.converted + t.offImage;
    s.converted += t.converted;
    s.offImage += t.offImage;
  }

  /** Rows held for a read that was rejected: one reject entry covers them. */
  fail(t: Tally, reason: string, id?: string): void {
    const n = t.converted + t.offImage;
    if (n === 0) return;
    const lines: [number, number] = [t.firstLine, t.lastLine];
    this.reject(t.group, { file: t.file, line: t.firstLine, reason, ...(id ? { id } : {}), lines, rows: n }, n);
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
      this.reject(group, { file, line: first, reason, ...(id ? { id } : {}), lines: [first, last], rows }, rows);
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

const SCHEMAS = { images: ImageRecord, readers: ReaderRecord, reads: ReadRecord, tracks: TrackRecord } as const;
type Kind = keyof typeof SCHEMAS;

/** Writes the canonical layout; every record is validated first and written as parsed. */
export class CanonicalWriter {
  private readonly streams: Record<Kind, WriteStream>;
  readonly counts: Record<Kind, number> = { images: 0, readers: 0, reads: 0, tracks: 0 };

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const open = (k: Kind) => createWriteStream(join(dir, LAYOUT[k]), { encoding: 'utf8' });
    this.streams = { images: open('images'), readers: open('readers'), reads: open('reads'), tracks: open('tracks') };
  }

  /** The record as the schema parses it, or the reason it does not. */
  check<K extends Kind>(
    kind: K,
    record: unknown,
  ): { ok: true; value: z.infer<(typeof SCHEMAS)[K]> } | { ok: false; reason: string } {
    const parsed = SCHEMAS[kind].safeParse(record);
    return parsed.success
      ? { ok: true, value: parsed.data as z.infer<(typeof SCHEMAS)[K]> }
      : { ok: false, reason: describeIssues(parsed.error) };
  }

  /** Writes an already checked record, waiting for the stream when its buffer is full. */
  async write(kind: Kind, value: unknown): Promise<void> {
    this.counts[kind]++;
    if (!this.streams[kind].write(JSON.stringify(value) + '\n')) await once(this.streams[kind], 'drain');
  }

  manifest(m: z.input<typeof DatasetManifest>): void {
    writeFileSync(join(this.dir, LAYOUT.manifest), JSON.stringify(DatasetManifest.parse(m), null, 2) + '\n');
  }

  async close(): Promise<void> {
    await Promise.all(
      Object.values(this.streams).map(
        (s) => new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve()))),
      ),
    );
  }
}

/** What an import did, for the command's printout and for tests. */
export interface ImportSummary {
  dataset: string;
  outDir: string;
  rejectsPath: string;
  files: FileStats[];
  written: Record<Kind, number>;
  rejected: number;
  unaccounted: number;
  warnings: string[];
  notes: Array<[string, number]>;
  firstRejects: ImportReject[];
  ok: boolean;
}

export async function finish(dataset: string, report: ImportReport, writer: CanonicalWriter): Promise<ImportSummary> {
  await Promise.all([report.close(), writer.close()]);
  const unaccounted = report.unaccounted;
  return {
    dataset,
    outDir: writer.dir,
    rejectsPath: report.rejectsPath,
    files: report.files,
    written: { ...writer.counts },
    rejected: report.rejectedTotal,
    unaccounted,
    warnings: report.warnings,
    notes: [...report.notes],
    firstRejects: report.firstRejects,
    ok: report.rejectedTotal === 0 && unaccounted === 0,
  };
}

/** Number parsing that says what is wrong. Empty → undefined. */
export function parseNumber(value: string | undefined, column: string): number | undefined {
  const v = value?.trim() ?? '';
  if (v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new RowError(`${column} is not a number (${JSON.stringify(value)})`);
  return n;
}

export function requireNumber(value: string | undefined, column: string): number {
  const n = parseNumber(value, column);
  if (n === undefined) throw new RowError(`${column} is empty`);
  return n;
}

/** Python/pandas booleans as written to CSV ("True"/"False"), and 1/0. */
export function parseBoolean(value: string | undefined, column: string): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'true' || v === '1' || v === '1.0') return true;
  if (v === 'false' || v === '0' || v === '0.0') return false;
  throw new RowError(`${column} is not a boolean (${JSON.stringify(value)})`);
}

/** A row-level problem: the row is rejected with this message. */
export class RowError extends Error {
  override name = 'RowError';
}

/** Ids become file names and document ids: only the canonical Id characters, never "." or "..". */
export function safeId(value: string | undefined, column: string): string {
  const v = (value ?? '').trim();
  if (!/^[A-Za-z0-9._:-]{1,128}$/.test(v) || v === '.' || v === '..')
    throw new RowError(`${column} ${JSON.stringify(value)} is not a valid id`);
  return v;
}

/**
 * Values the model requires that the real layouts do not give. Each is a documented placeholder
 * (docs/importers.md#placeholders), counted in the import's notes where it is used.
 */
export const PLACEHOLDER = {
  /** Neither dataset publishes when a read happened. */
  startedAt: '2000-01-01T00:00:00Z',
  /** A read with no timed data at all (REFLACX reads whose eye tracking was discarded). */
  durationSec: 0.001,
  /** Both datasets show frontal images without saying PA or AP. */
  viewPosition: 'PA',
  /** Neither dataset gives a reader's experience per reader; override with --experience-years. */
  experienceYears: 10,
  /** The model needs a strategy even when there is no track to derive it from. */
  strategyWithoutTrack: 'free-search',
} as const;

/** The output must not be the source folder or inside it: importers never modify the source. */
export function assertOutsideSource(src: string, out: string): void {
  const rel = relative(resolve(src), resolve(out));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
    throw new LayoutError(
      `--out ${out} is inside the source folder ${src}; write the canonical layout elsewhere (the source is never modified)`,
    );
}

/** Inclusive union of boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  return {
    xmin: Math.min(...boxes.map((b) => b.xmin)),
    ymin: Math.min(...boxes.map((b) => b.ymin)),
    xmax: Math.max(...boxes.map((b) => b.xmax)),
    ymax: Math.max(...boxes.map((b) => b.ymax)),
  };
}

/** Runs `convert` on every data row; a RowError rejects the row with file and line. */
export async function eachRow(
  path: string,
  group: string,
  file: string,
  /** Read or image the rows belong to: fixed, or read from the row (for rejects). */
  id: string | undefined | ((row: CsvRow) => string | undefined),
  report: ImportReport,
  /** Columns the rows need, given the header (lets a caller pick among column spellings). */
  required: (header: string[]) => readonly string[],
  convert: (row: CsvRow, header: string[]) => void,
  keepBlankLines = false,
  onRow?: (row: CsvRow) => void,
): Promise<void> {
  report.group(group, true);
  const table = await openCsvTable(path, { keepBlankLines });
  const missing = missingColumns(table.header, required(table.header));
  for await (const row of table.rows) {
    onRow?.(row);
    try {
      if (row.error) throw new RowError(row.error);
      if (missing.length) throw new RowError(`the file lacks column(s) ${missing.join(', ')}`);
      convert(row, table.header);
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      const rid = typeof id === 'function' ? id(row) : id;
      report.reject(group, { file, line: row.line, reason: err.message, ...(rid ? { id: rid } : {}) });
    }
  }
}

/** The single pseudonymous reader of an imported dataset (country US, attending). */
export async function writeReader(writer: CanonicalWriter, id: string, experienceYears?: number): Promise<void> {
  const reader = {
    id,
    country: 'US',
    continent: 'NA',
    experienceYears: experienceYears ?? PLACEHOLDER.experienceYears,
    role: 'attending',
    synthetic: false,
  };
  const c = writer.check('readers', reader);
  if (!c.ok) throw new LayoutError(`reader: ${c.reason}`);
  await writer.write('readers', c.value);
}
