import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { workerBundle } from '../../src/ingest/worker-bundle.ts';

const root = mkdtempSync(join(tmpdir(), 'cxt-bundle-'));
after(() => rmSync(root, { recursive: true, force: true }));

function sources(value: string): URL {
  writeFileSync(join(root, 'part.ts'), `export const value: string = ${JSON.stringify(value)};\n`);
  writeFileSync(
    join(root, 'entry.ts'),
    `import { value } from './part.ts';\nexport const answer = value.toUpperCase();\n`,
  );
  return pathToFileURL(join(root, 'entry.ts'));
}

test('a worker bundle holds the TypeScript entry and its imports, and is reused while they are unchanged', async () => {
  const cache = join(root, 'cache-a');
  const entry = sources('first');
  const bundle = await workerBundle(entry, cache);
  assert.equal(((await import(pathToFileURL(bundle).href)) as { answer: string }).answer, 'FIRST');
  assert.equal(await workerBundle(entry, cache), bundle);
  assert.equal(readdirSync(cache).filter((f) => f.endsWith('.mjs')).length, 1);
});

test('a changed import gives a new bundle, and the old one is removed', async () => {
  const cache = join(root, 'cache-b');
  const before = await workerBundle(sources('first'), cache);
  const afterChange = await workerBundle(sources('second'), cache);
  assert.notEqual(afterChange, before);
  assert.equal(((await import(pathToFileURL(afterChange).href)) as { answer: string }).answer, 'SECOND');
  assert.deepEqual(
    readdirSync(cache).filter((f) => f.endsWith('.mjs')),
    [afterChange.split('/').pop()],
  );
});

test('a damaged manifest means a fresh build, not an error', async () => {
  const cache = join(root, 'cache-c');
  const entry = sources('third');
  await workerBundle(entry, cache);
  for (const f of readdirSync(cache)) if (f.endsWith('.json')) writeFileSync(join(cache, f), '{not json');
  const bundle = await workerBundle(entry, cache);
  assert.equal(((await import(pathToFileURL(bundle).href)) as { answer: string }).answer, 'THIRD');
});
