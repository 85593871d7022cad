import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLineAt, readLines, type Line } from '../../src/ingest/ndjson.ts';

async function linesOf(content: string | Buffer): Promise<{ lines: Line[]; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cxt-lines-'));
  const path = join(dir, 'f.ndjson');
  writeFileSync(path, content);
  const lines: Line[] = [];
  for await (const l of readLines(path)) lines.push(l);
  return { lines, path };
}

/** The independent reading: split the whole file's text at LF, drop a CR before it, skip blanks. */
function expected(content: string) {
  return content
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.endsWith('\r') ? text.slice(0, -1) : text }))
    .filter((l) => l.text.trim() !== '');
}

test('lines, numbers and texts as a whole-file split gives them: LF, CRLF, blank lines, no final newline', async () => {
  for (const content of ['{"a":1}\n{"b":2}\n', '{"a":1}\r\n\r\n{"b":2}\r\n', '\n\n{"a":1}\n  \n{"b":2}', '', '\n']) {
    const { lines, path } = await linesOf(content);
    assert.deepEqual(
      lines.map(({ line, text }) => ({ line, text })),
      expected(content),
      JSON.stringify(content),
    );
    rmSync(join(path, '..'), { recursive: true });
  }
});

test('offsets and lengths read each line again; long multi-byte lines across read chunks stay whole', async () => {
  // Lines longer than the 1 MiB read chunk, of 2- and 3-byte characters, so chunks split characters.
  const content = ['{"t":"' + 'é'.repeat(700_000) + '"}', '{"u":"' + '€'.repeat(500_000) + '"}', '{"v":1}', ''].join(
    '\r\n',
  );
  const { lines, path } = await linesOf(content);
  assert.deepEqual(
    lines.map(({ line, text }) => ({ line, text })),
    expected(content),
  );
  const bytes = readFileSync(path);
  for (const l of lines) {
    assert.equal(readLineAt(path, l.offset, l.length), l.text);
    assert.equal(
      bytes
        .subarray(l.offset, l.offset + l.length)
        .toString('utf8')
        .replace(/\r$/, ''),
      l.text,
    );
  }
  assert.equal(lines.at(-1)!.bytes, bytes.length); // through the last line break
  rmSync(join(path, '..'), { recursive: true });
});
