/**
 * Streaming RFC 4180 CSV reader: quoted fields, "" escapes inside quotes, CRLF or LF line ends,
 * newlines inside quoted fields. Each record carries the 1-based line it starts on, so a reject
 * can name it. A malformed record is yielded with `error` set instead of being dropped: the
 * importers report it as rejected, and reading goes on with the next record.
 */
import { createReadStream } from 'node:fs';

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
  /** Characters read up to the end of this record (≈ bytes for ASCII files; for progress). */
  offset: number;
  /** Set when the record is malformed (e.g. a quote left open at the end of the file). */
  error?: string;
}

export interface CsvOptions {
  /**
   * Yield empty lines as a record with one empty field. Off by default (pandas and most readers
   * skip them); REFLACX gaze files turn it on because a blank row there is a blink.
   */
  keepBlankLines?: boolean;
}

/** Parses CSV text arriving in chunks (any split, even inside a quote or a CRLF). */
export async function* parseCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  opts: CsvOptions = {},
): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // current field was quoted and its closing quote seen
  let pendingQuote = false; // saw a quote inside a quoted field: escape or close?
  let pendingCR = false; // saw CR: swallow a following LF
  let line = 1; // line of the current character
  let start = 1; // line where the current record started
  let error: string | undefined;
  let atRecordStart = true;
  let first = true;
  let prev = ''; // previous character, across chunks
  let consumed = 0; // characters of earlier chunks
  let pos = 0; // characters read so far

  const endRecord = (): CsvRecord | null => {
    fields.push(field);
    const rec: CsvRecord = { line: start, fields, offset: pos };
    if (error) rec.error = error;
    const blank = fields.length === 1 && field === '' && !wasQuoted;
    fields = [];
    field = '';
    wasQuoted = false;
    error = undefined;
    atRecordStart = true;
    return blank && !opts.keepBlankLines ? null : rec;
  };

  for await (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1); // byte-order mark
      if (chunk.length) first = false;
    }
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      pos = consumed + i + 1;
      const before = prev;
      prev = c;
      if (pendingCR) {
        pendingCR = false;
        if (c === '\n') continue; // CRLF already ended the record
      }
      if (atRecordStart) {
        atRecordStart = false;
        start = line;
      }
      if (quoted) {
        if (pendingQuote) {
          pendingQuote = false;
          if (c === '"') {
            field += '"';
            continue;
          }
          quoted = false;
          wasQuoted = true;
          // fall through: c is the character after the closing quote
        } else if (c === '"') {
          pendingQuote = true;
          continue;
        } else {
          // Line count: CR, LF and CRLF (possibly split across chunks) each end one line.
          if (c === '\r' || (c === '\n' && before !== '\r')) line++;
          field += c;
          continue;
        }
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        wasQuoted = false;
      } else if (c === '\n' || c === '\r') {
        line++;
        if (c === '\r') pendingCR = true;
        const rec = endRecord();
        if (rec) yield rec;
      } else if (c === '"' && field === '' && !wasQuoted) {
        quoted = true;
      } else {
        if (wasQuoted || c === '"')
          error ??= `stray character ${JSON.stringify(c)} ${wasQuoted ? 'after a closing quote' : 'quote inside an unquoted field'}`;
        field += c;
      }
    }
    consumed += chunk.length;
  }
  if (quoted && pendingQuote) {
    quoted = false;
    wasQuoted = true;
  }
  if (quoted) error = `quoted field opened on line ${start} is never closed`;
  // A final record without a line break still counts; an empty tail after the last break does not.
  if (!atRecordStart || quoted || fields.length || field !== '' || wasQuoted) {
    const rec = endRecord();
    if (rec) yield rec;
  }
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
