/** Line-numbered streaming of an NDJSON file, in constant memory. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface Line {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** Bytes consumed so far (for progress). */
  bytes: number;
}

/** Yields every non-blank line; blank lines (e.g. the final newline) are not records. */
export async function* readLines(path: string): AsyncGenerator<Line> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  for await (const text of lines) {
    line++;
    bytes += Buffer.byteLength(text) + 1;
    if (text.trim() === '') continue;
    yield { line, text, bytes };
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
