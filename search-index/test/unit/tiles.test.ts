import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { LAYOUT, type ImageRecord } from '../../src/model.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { deepestLevel, TilesError, tileDataset } from '../../src/tiles.ts';

test('tiles: DZI pyramids and thumbnails for shipped images, idempotent, --force redoes', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'chexthought-tiles-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await generateDataset({ out: dir, images: 3, reads: 6, denseReads: 0 });
  // A synthetic record without pixels of its own is not tiled.
  const synthetic: ImageRecord = {
    id: 'syn00000001_000',
    dataset: 'CheXthought-synthetic',
    patientId: 'syn00000001',
    followUp: 0,
    viewPosition: 'PA',
    width: 1024,
    height: 1024,
    pixelSpacingMm: null,
    patientAge: null,
    patientSex: null,
    sourceLabels: [],
    referenceFindings: [],
    file: null,
    displayImageId: '00000001_000',
    referenceRegions: [],
    lungFields: null,
    chestBox: null,
    synthetic: true,
  };
  await appendFile(join(dir, LAYOUT.images), JSON.stringify(synthetic) + '\n');

  const first = await tileDataset(dir);
  assert.deepEqual([first.tiled, first.skipped], [3, 0]);
  const tiles = join(dir, 'tiles');
  const ids = ['00000001_000', '00000002_000', '00000003_000'];
  for (const id of ids) {
    const xml = await readFile(join(tiles, `${id}.dzi`), 'utf8');
    assert.match(xml, /TileSize="254"/);
    assert.match(xml, /Overlap="1"/);
    assert.match(xml, /Width="1024"/);
    assert.match(xml, /Height="1024"/);
    assert.match(xml, /Format="png"/);
    const level = deepestLevel(1024, 1024);
    assert.equal(level, 10);
    const deepest = await readdir(join(tiles, `${id}_files`, String(level)));
    assert.equal(deepest.length, 25, '5 x 5 tiles of 254 px cover 1024 px');
    assert.ok(deepest.includes('4_4.png'));
    await assert.rejects(stat(join(tiles, `${id}_files`, String(level + 1))));
    const tile = await sharp(join(tiles, `${id}_files`, String(level), '0_0.png')).metadata();
    assert.deepEqual([tile.width, tile.height], [255, 255], 'edge tile: 254 + 1 px overlap');
    const thumb = await sharp(join(tiles, `${id}.thumb.jpg`)).metadata();
    assert.equal(thumb.width, 256);
    assert.equal(thumb.format, 'jpeg');
  }
  const names = await readdir(tiles);
  assert.ok(!names.some((n) => n.startsWith('syn')), 'no pyramid for a record without a file');
  assert.ok(!names.some((n) => n.startsWith('.tmp-')), 'no temporary leftovers');

  const second = await tileDataset(dir);
  assert.deepEqual([second.tiled, second.skipped], [0, 3]);

  // A source newer than its pyramid is redone; --force redoes everything. The dataset's images
  // may be hard links to the repository's sample: replace the link by a copy before touching it.
  const source = join(dir, 'images', '00000002_000.png');
  const bytes = await readFile(source);
  await unlink(source);
  await writeFile(source, bytes);
  const later = new Date(Date.now() + 60_000);
  await utimes(source, later, later);
  const third = await tileDataset(dir);
  assert.deepEqual([third.tiled, third.skipped], [1, 2]);
  const forced = await tileDataset(dir, { force: true });
  assert.deepEqual([forced.tiled, forced.skipped], [3, 0]);
});

test('tiles: a folder without a dataset is a clear error', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'chexthought-tiles-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await assert.rejects(
    tileDataset(dir),
    (err: Error) => err instanceof TilesError && /dataset\.json is missing/.test(err.message),
  );
});

test('tiles: a broken or invalid images.ndjson line, or a missing file, is named before any tiling', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'chexthought-tiles-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await generateDataset({ out: dir, images: 2, reads: 4, denseReads: 0 });
  const path = join(dir, LAYOUT.images);
  const good = await readFile(path, 'utf8');
  const tilesError = (pattern: RegExp) => (err: Error) => err instanceof TilesError && pattern.test(err.message);
  // A blank line, then a line that is not JSON: its line number counts the blank one.
  await writeFile(path, good + '\n{"id": \n');
  await assert.rejects(tileDataset(dir), tilesError(new RegExp(`images\\.ndjson:4: invalid JSON`)));
  await writeFile(path, good + JSON.stringify({ id: 'x' }) + '\n');
  await assert.rejects(tileDataset(dir), tilesError(/images\.ndjson:3: .*dataset/));
  await unlink(path);
  await assert.rejects(tileDataset(dir), tilesError(/images\.ndjson is missing/));
  await assert.rejects(stat(join(dir, 'tiles')), 'nothing was tiled');
});
