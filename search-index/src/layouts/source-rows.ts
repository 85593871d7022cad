/**
 * Reading the rows of a source CSV: each data row is converted, or rejected with its file, line
 * and reason (a RowError). The value parsers say what is wrong in words a user can act on.
 */
import { missingColumns, openCsvTable, type CsvRow } from './csv.ts';
import type { ImportReport } from './import-report.ts';

/** A row-level problem: the row is rejected with this message. */
export class RowError extends Error {
  override name = 'RowError';
}

export interface RowSource {
  path: string;
  /** Kind of file the rows count towards (e.g. every main_data/<id>/fixations.csv together). */
  group: string;
  /** The file as rejects name it, relative to the source folder. */
  file: string;
  /** Read or image the rows belong to: fixed, or read from the row (for rejects). */
  id: string | undefined | ((row: CsvRow) => string | undefined);
  /** Columns the rows need, given the header (lets a caller pick among column spellings). */
  required: (header: string[]) => readonly string[];
  /** Blank lines are rows (REFLACX gaze: a blink), not skipped. */
  keepBlankLines?: boolean;
  /** Called on every row before it is converted (progress). */
  onRow?: (row: CsvRow) => void;
}

/** Runs `convert` on every data row; a RowError rejects the row with file and line. */
export async function eachRow(
  report: ImportReport,
  source: RowSource,
  convert: (row: CsvRow, header: string[]) => void,
): Promise<void> {
  const { group, file, id } = source;
  report.group(group, true);
  const table = await openCsvTable(source.path, { keepBlankLines: source.keepBlankLines ?? false });
  const missing = missingColumns(table.header, source.required(table.header));
  for await (const row of table.rows) {
    source.onRow?.(row);
    try {
      if (row.error) throw new RowError(row.error);
      if (missing.length) throw new RowError(`the file lacks column(s) ${missing.join(', ')}`);
      convert(row, table.header);
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      const rid = typeof id === 'function' ? id(row) : id;
      await report.reject(group, { file, line: row.line, reason: err.message, ...(rid ? { id: rid } : {}) });
    }
  }
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

/** Ids become file names and document ids: only the canonical Id characters, never "." or "..". */
export function safeId(value: string | undefined, column: string): string {
  const v = (value ?? '').trim();
  if (!/^[A-Za-z0-9._:-]{1,128}$/.test(v) || v === '.' || v === '..')
    throw new RowError(`${column} ${JSON.stringify(value)} is not a valid id`);
  return v;
}
