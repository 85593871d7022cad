import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NdjsonWriter } from '../../src/ndjson-writer.ts';

/** Settles to 'pending' when `p` has not settled after the current turn of the event loop. */
async function stateOf(p: Promise<unknown>): Promise<'settled' | 'pending'> {
  return Promise.race([
    p.then(() => 'settled' as const),
    new Promise<'pending'>((r) => setImmediate(() => r('pending'))),
  ]);
}

test('NDJSON writer: one JSON per line, in order, across many batches', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'ndjson-writer-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'out.ndjson');
  // Records with newlines, quotes and non-ASCII text, which must stay on their own line.
  const records = Array.from({ length: 2500 }, (_, i) => ({ i, text: `line "${i}"\nnext é ☃`, xs: [i, null, i / 3] }));
  const w = new NdjsonWriter(path, 100); // ~1 record per batch
  for (const r of records) await w.write(r);
  await w.close();
  const text = await readFile(path, 'utf8');
  // Independent of the writer: the file parses back, line by line, into the records.
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'the file ends with a newline');
  assert.deepEqual(
    lines.map((l) => JSON.parse(l)),
    records,
  );
  assert.equal(w.count, records.length);
});

test('NDJSON writer: a write waits while the buffer is full, not otherwise', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'ndjson-writer-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const w = new NdjsonWriter(join(dir, 'out.ndjson'), 1024);
  assert.equal(await stateOf(w.write({ small: 1 })), 'settled', 'a line under the batch size is only queued');
  const big = w.write({ big: 'x'.repeat(1 << 20) });
  assert.equal(await stateOf(big), 'pending', 'a batch beyond the buffer waits for the disk');
  await big;
  await w.close();
});

test('NDJSON writer: a full disk rejects the writes and close, naming the file', async () => {
  const w = new NdjsonWriter('/dev/full', 64);
  const line = { pad: 'y'.repeat(200) };
  // A caller that cannot wait drops the promises: no unhandled rejection, close() reports it.
  for (let i = 0; i < 50; i++) void w.write(line);
  await assert.rejects(w.close(), (err: NodeJS.ErrnoException) => {
    assert.equal(err.code, 'ENOSPC');
    assert.match(err.message, /^cannot write \/dev\/full: ENOSPC/);
    assert.doesNotMatch(err.message, /\n/, 'one line');
    return true;
  });
});

test('NDJSON writer: a write after a failure rejects at once', async () => {
  const w = new NdjsonWriter('/dev/full', 64);
  await assert.rejects(
    (async () => {
      for (let i = 0; i < 1000; i++) await w.write({ pad: 'z'.repeat(200) });
    })(),
    /ENOSPC/,
  );
  await assert.rejects(w.write({}), /ENOSPC/);
  await assert.rejects(w.close(), /ENOSPC/);
});

test('NDJSON writer: a path that cannot be opened fails at once with a one-line message', async () => {
  const path = join(tmpdir(), 'no-such-folder-ndjson', 'out.ndjson');
  assert.throws(
    () => new NdjsonWriter(path),
    (err: NodeJS.ErrnoException) => err.code === 'ENOENT' && err.message.startsWith(`cannot write ${path}: ENOENT`),
  );
  assert.equal(existsSync(path), false);
});

test('NDJSON writer: closing an empty writer leaves an empty file; a device that cannot fsync is fine', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'ndjson-writer-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'empty.ndjson');
  await new NdjsonWriter(path).close();
  assert.equal(await readFile(path, 'utf8'), '');
  const devnull = new NdjsonWriter('/dev/null');
  await devnull.write({ a: 1 });
  await devnull.close();
});
