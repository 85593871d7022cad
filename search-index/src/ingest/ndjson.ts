/**
 * Line-numbered streaming of an NDJSON file, in constant memory, with each line's byte offset
 * (a later pass can read one line again without scanning the file).
 */
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface Line {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** Bytes consumed so far, this line and its line break included (for progress). */
  bytes: number;
  /** Byte offset of the line's start, and its length without the line break. */
  offset: number;
  length: number;
}

/**
 * Yields every non-blank line; blank lines (e.g. the final newline) are not records. Lines end
 * at LF or CRLF (a lone CR is not a line break: JSON allows it only as whitespace). Splits the
 * bytes, then decodes each line: LF never occurs inside a multi-byte UTF-8 character.
 */
export async function* readLines(path: string): AsyncGenerator<Line> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let pending: Buffer[] = []; // the start of a line that began in an earlier chunk
  let line = 0;
  let offset = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const bytes = pending.length ? Buffer.concat([...pending, chunk.subarray(0, nl)]) : chunk.subarray(start, nl);
      pending = [];
      start = nl + 1;
      line++;
      const l = decodeLine(bytes, line, offset);
      offset += bytes.length + 1;
      if (l) yield l;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  const last = decodeLine(Buffer.concat(pending), line + 1, offset);
  if (last) yield last;
}

function decodeLine(bytes: Buffer, line: number, offset: number): Line | null {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  const text = bytes.toString('utf8', 0, end);
  if (text.trim() === '') return null;
  return { line, text, bytes: offset + bytes.length + 1, offset, length: bytes.length };
}

/** The text of one line read again from its offset and length (as readLines gave them). */
export function readLineAt(path: string, offset: number, length: number): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    readSync(fd, buf, 0, length, offset);
    return decodeLine(buf, 0, offset)?.text ?? '';
  } finally {
    closeSync(fd);
  }
}

/**
 * A whole JSON file (dataset.json): JSON.parse, and on failure the first problem's line and
 * column (the engine's message gives neither, only the text) from jsonc-parser's strict scan.
 */
export function parseJsonDocument(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) return { ok: false, reason: `invalid JSON (${(err as Error).message})` };
    const before = text.slice(0, first.offset).split('\n');
    const what = printParseErrorCode(first.error)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
    return { ok: false, reason: `invalid JSON at line ${before.length}, column ${before.at(-1)!.length + 1}: ${what}` };
  }
}

/** JSON.parse with a message that says what is wrong without the engine's stack. */
export function parseJsonLine(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, reason: `invalid JSON (${(err as Error).message})` };
  }
}
