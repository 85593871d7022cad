/** Line-numbered streaming of an NDJSON file, in constant memory. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

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

/** JSON.parse with a message that says what is wrong without the engine's stack. */
export function parseJsonLine(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, reason: `invalid JSON (${(err as Error).message})` };
  }
}
