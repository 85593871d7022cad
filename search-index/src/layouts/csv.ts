/**
 * Streaming CSV reading with `csv-parse`: quoted fields, "" escapes, newlines inside quotes,
 * CRLF, LF or CR line ends (mixed too), a byte-order mark. Each record carries the 1-based line
 * it starts on, so a reject can name it. A quote left open at the end of the file is yielded as
 * a record with `error` (the importers report it as rejected); a stray quote inside a field is
 * kept as a character (csv-parse's relax_quotes, as pandas reads it): stopping at it would lose
 * the rows after it.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { parse, type CsvError, type Info } from 'csv-parse';

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
  /** Bytes read up to the end of this record (for progress). */
  offset: number;
  /** Set when the record is malformed (a quote left open at the end of the file). */
  error?: string;
}

export interface CsvOptions {
  /**
   * Yield empty lines as a record with one empty field. Off by default (pandas and most readers
   * skip them); REFLACX gaze files turn it on because a blank row there is a blink.
   */
  keepBlankLines?: boolean;
}

/** Line breaks in a record's raw text: CRLF, LF and a lone CR each end one line. */
function lineBreaks(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Parses CSV text arriving in chunks (any split, even inside a quote or a CRLF). */
export async function* parseCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  opts: CsvOptions = {},
): AsyncGenerator<CsvRecord> {
  // Parsing runs ahead of this loop: a skipped record is placed by how many records preceded it.
  const skipped: { after: number; raw: string; error: string }[] = [];
  const parser = parse({
    bom: true,
    info: true,
    raw: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true, // the table reader names a row of the wrong width
    relax_quotes: true,
    skip_empty_lines: false, // counted here, so line numbers stay true
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined, raw?: string) => {
      skipped.push({ after: Number(err?.records ?? Infinity), raw: raw ?? '', error: err?.code ?? 'malformed record' });
    },
  });
  const feeding = (async () => {
    for await (const chunk of chunks) if (!parser.write(chunk)) await once(parser, 'drain');
    parser.end();
  })();
  feeding.catch((err: unknown) => parser.destroy(err as Error));
  let line = 1; // line where the next record starts
  let bytes = 0;
  let records = 0;
  const skippedSoFar = function* (): Generator<CsvRecord> {
    while (skipped.length && skipped[0]!.after <= records) {
      const s = skipped.shift()!;
      yield { line, fields: [], offset: bytes, error: describe(s.error, line) };
      line += lineBreaks(s.raw);
    }
  };
  for await (const r of parser as AsyncIterable<{ record: string[]; info: Info; raw: string }>) {
    yield* skippedSoFar();
    records++;
    const start = line;
    line += lineBreaks(r.raw);
    bytes = r.info.bytes;
    const blank = r.record.length === 1 && r.record[0] === '' && r.raw.trim() === '';
    if (blank && !opts.keepBlankLines) continue;
    yield { line: start, fields: r.record, offset: bytes };
  }
  await feeding;
  records = Infinity;
  yield* skippedSoFar();
}

function describe(code: string, line: number): string {
  return code === 'CSV_QUOTE_NOT_CLOSED'
    ? `quoted field opened on line ${line} is never closed`
    : `malformed record (${code})`;
}

/** Streams a CSV file's records (UTF-8). */
export function readCsv(path: string, opts: CsvOptions = {}): AsyncGenerator<CsvRecord> {
  return parseCsv(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>, opts);
}

/** A data row by column name, with its line; `error` when the row cannot be used as is. */
export interface CsvRow {
  line: number;
  /** Characters read up to the end of this row (for progress). */
  offset: number;
  get(column: string): string | undefined;
  /** Every field is empty (a blank line, or a row of empty fields). */
  blank: boolean;
  error?: string;
}

export interface CsvTable {
  header: string[];
  rows: AsyncGenerator<CsvRow>;
}

/**
 * Reads the header, then yields rows addressed by column name. A row whose field count differs
 * from the header's gets `error`; a blank row (when kept) is not an error.
 */
export async function openCsvTable(path: string, opts: CsvOptions = {}): Promise<CsvTable> {
  const records = readCsv(path, opts);
  let head: CsvRecord | undefined;
  // Skip blank lines before the header even when blank lines are kept.
  for (;;) {
    const next = await records.next();
    if (next.done) break;
    if (next.value.fields.some((f) => f !== '')) {
      head = next.value;
      break;
    }
  }
  const header = (head?.fields ?? []).map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const rec of records) {
      const blank = rec.fields.every((f) => f === '');
      let error = rec.error;
      if (!error && !blank && rec.fields.length !== header.length)
        error = `expected ${header.length} fields (as in the header), found ${rec.fields.length}`;
      const fields = rec.fields;
      const row: CsvRow = {
        line: rec.line,
        offset: rec.offset,
        blank,
        get: (column) => {
          const i = index.get(column);
          return i === undefined ? undefined : fields[i];
        },
      };
      if (error) row.error = error;
      yield row;
    }
  }
  return { header, rows: rows() };
}

/** Column names the table lacks, of those given. */
export function missingColumns(header: readonly string[], required: readonly string[]): string[] {
  const have = new Set(header);
  return required.filter((c) => !have.has(c));
}
