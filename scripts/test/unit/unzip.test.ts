/**
 * The distribution unpacker against crafted archives: written here with yazl, entry names that
 * yazl refuses to write are patched into the bytes afterwards (names are not checksummed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { unzip } from '../../elasticsearch/unzip.ts';
import { reporter } from '../../elasticsearch/progress.ts';

const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

interface Item {
  name: string;
  content?: string;
  mode?: number;
  dir?: boolean;
}

/** A zip of `items`; `rename` swaps same-length placeholder names for the real ones in the bytes. */
async function makeZip(items: Item[], rename: Record<string, string> = {}): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const item of items) {
    if (item.dir) zip.addEmptyDirectory(item.name, { mode: 0o40755 });
    else zip.addBuffer(Buffer.from(item.content ?? ''), item.name, { mode: item.mode ?? S_IFREG | 0o644 });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  let bytes = Buffer.concat(chunks);
  for (const [from, to] of Object.entries(rename)) {
    assert.equal(from.length, to.length, 'a placeholder must be as long as the name it stands for');
    bytes = Buffer.from(bytes.toString('latin1').split(from).join(to), 'latin1');
  }
  const file = path.join(scratch(), 'archive.zip');
  fs.writeFileSync(file, bytes);
  return file;
}

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cxt-unzip-'));
}

const quiet = reporter(true);

test('files, folders, the executable bit and links inside the target come out as stored', async () => {
  const zip = await makeZip([
    { name: 'es/', dir: true },
    { name: 'es/bin/elasticsearch', content: '#!/bin/sh\n', mode: S_IFREG | 0o755 },
    { name: 'es/config/jvm.options', content: '-Xms1g\n' },
    { name: 'es/lib/current', content: 'v1', mode: S_IFLNK | 0o777 },
    { name: 'es/lib/v1/a.jar', content: 'jar' },
  ]);
  const out = path.join(scratch(), 'out');
  const result = await unzip(zip, out, quiet, 'test');
  assert.equal(result.files, 4);
  assert.equal(fs.readFileSync(path.join(out, 'es/config/jvm.options'), 'utf8'), '-Xms1g\n');
  assert.equal(fs.statSync(path.join(out, 'es/bin/elasticsearch')).mode & 0o777, 0o755);
  assert.equal(fs.statSync(path.join(out, 'es/config/jvm.options')).mode & 0o777, 0o644);
  assert.equal(fs.readlinkSync(path.join(out, 'es/lib/current')), 'v1');
  assert.equal(fs.readFileSync(path.join(out, 'es/lib/current/a.jar'), 'utf8'), 'jar');
});

/** Unpacks into <tmp>/out and returns <tmp>, to look for anything written beside out/. */
async function refused(zip: string, message: RegExp): Promise<string> {
  const base = path.dirname(zip);
  await assert.rejects(unzip(zip, path.join(base, 'out'), quiet, 'test'), message);
  return base;
}

test('an entry whose path climbs out of the target is refused and nothing is written outside', async () => {
  const zip = await makeZip([{ name: 'xx/evil.txt', content: 'pwned' }], { 'xx/evil.txt': '../evil.txt' });
  const base = await refused(zip, /evil\.txt/);
  assert.equal(fs.existsSync(path.join(base, 'evil.txt')), false);
});

test('an entry with an absolute path is refused', async () => {
  const target = path.join(scratch(), 'abs.txt');
  const placeholder = 'x'.repeat(target.length);
  const zip = await makeZip([{ name: placeholder, content: 'pwned' }], { [placeholder]: target });
  await refused(zip, /abs\.txt/);
  assert.equal(fs.existsSync(target), false);
});

test('a link pointing outside the target (relative or absolute) is refused', async () => {
  const relative = await makeZip([{ name: 'es/up', content: '../../outside', mode: S_IFLNK | 0o777 }]);
  const base = await refused(relative, /unsafe link in archive: es\/up -> \.\.\/\.\.\/outside/);
  assert.equal(fs.existsSync(path.join(base, 'out/es/up')), false);
  const absolute = await makeZip([{ name: 'etc', content: '/etc', mode: S_IFLNK | 0o777 }]);
  await refused(absolute, /unsafe link in archive: etc -> \/etc/);
});

test('an entry written through a link that leads outside is refused', async () => {
  const outside = scratch();
  const zip = await makeZip([{ name: 'through/evil.txt', content: 'pwned' }]);
  const out = path.join(path.dirname(zip), 'out');
  fs.mkdirSync(out);
  fs.symlinkSync(outside, path.join(out, 'through')); // planted before (e.g. by an earlier archive)
  await assert.rejects(unzip(zip, out, quiet, 'test'), /through a link\): through\/evil\.txt/);
  assert.deepEqual(fs.readdirSync(outside), []);
});

test('an archive that is not a zip fails with a message, not a crash', async () => {
  const file = path.join(scratch(), 'not.zip');
  fs.writeFileSync(file, 'plain text');
  await assert.rejects(unzip(file, path.join(path.dirname(file), 'out'), quiet, 'test'), /end of central directory/i);
});
