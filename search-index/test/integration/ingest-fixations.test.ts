/**
 * Fixation detection at ingest: `chexthought ingest --fixations ivt|idt` wins over dataset.json's
 * `fixations`; the track document records the method and its parameters; given fixations are
 * never replaced. Expected fixations come from the detection functions run on the file's samples.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineClient } from '../../src/engine.ts';
import { aliasNames } from '../../src/indices/names.ts';
import type { TrackDocument } from '../../src/indices/tracks.ts';
import { dropPrefix } from '../../src/ingest/aliases.ts';
import { ivtFixations } from '../../src/metrics/ivt.ts';
import { deriveFixations } from '../../src/metrics/fixations.ts';
import { DEFAULT_THRESHOLDS } from '../../src/metrics/thresholds.ts';
import { cli, generateDataset, ndjsonLines, testClient, uniquePrefix } from './helpers.ts';

let client: EngineClient;
let dir: string;
const prefixes: string[] = [];

/** A 500 Hz trace over 3 s: three still spots joined by fast 150 ms saccades (no blinks). */
function denseTrack(readId: string) {
  const spots = [
    [300, 300],
    [700, 400],
    [500, 800],
  ] as const;
  const t: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < 1500; i++) {
    const s = i / 500;
    const k = Math.min(2, Math.floor(s));
    const into = s - k;
    const [x0, y0] = spots[k]!;
    const [x1, y1] = spots[Math.min(2, k + 1)]!;
    // The last 150 ms of each second move to the next spot.
    const a = k < 2 && into > 0.85 ? (into - 0.85) / 0.15 : 0;
    t.push(Math.round(s * 1000) / 1000);
    x.push(x0 + a * (x1 - x0));
    y.push(y0 + a * (y1 - y0));
  }
  return { readId, samplingHz: 500, pixelsPerDegree: 40, samples: { t, x, y }, synthetic: true };
}

const GIVEN = [
  { start: 0.2, end: 0.9, x: 410, y: 420 },
  { start: 1.1, end: 2.4, x: 610, y: 650 },
];

let denseId: string;
let givenId: string;

before(async () => {
  client = await testClient();
  const source = await generateDataset({ seed: 5, images: 8, reads: 16 });
  dir = mkdtempSync(join(tmpdir(), 'cxt-fixations-'));
  for (const f of ['images.ndjson', 'readers.ndjson', 'reads.ndjson', 'dataset.json'])
    copyFileSync(join(source, f), join(dir, f));
  const reads = ndjsonLines(join(dir, 'reads.ndjson')).map((l) => JSON.parse(l) as { id: string });
  denseId = reads[0]!.id;
  givenId = reads[1]!.id;
  const given = { ...denseTrack(givenId), samplingHz: null, fixations: GIVEN };
  writeFileSync(join(dir, 'tracks.ndjson'), `${JSON.stringify(denseTrack(denseId))}\n${JSON.stringify(given)}\n`);
});

after(async () => {
  for (const p of prefixes) await dropPrefix(client, p);
  await client.close();
});

function setManifestFixations(value: 'idt' | 'ivt') {
  const path = join(dir, 'dataset.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), fixations: value }));
}

async function ingest(args: string[]): Promise<Map<string, TrackDocument>> {
  const prefix = uniquePrefix('fixations');
  prefixes.push(prefix);
  const res = await cli(['ingest', dir, '--quiet', '--rejects', join(dir, 'rejects.ndjson'), ...args], {
    CHEXTHOUGHT_INDEX_PREFIX: prefix,
  });
  assert.equal(res.code, 0, res.stderr + res.stdout);
  const docs = await client.search<TrackDocument>({ index: aliasNames(prefix).tracks, size: 10 });
  return new Map(docs.hits.hits.map((h) => [h._source!.readId, h._source!]));
}

test('--fixations ivt wins over dataset.json; the method and parameters are recorded; given fixations kept', async () => {
  setManifestFixations('idt');
  const tracks = await ingest(['--fixations', 'ivt']);
  const dense = tracks.get(denseId)!;
  assert.deepEqual(dense.fixationMethod, {
    method: 'ivt',
    velocityThresholdDegPerSec: DEFAULT_THRESHOLDS.ivtVelocityDegPerSec,
    minFixationSec: DEFAULT_THRESHOLDS.minFixationSec,
  });
  assert.equal(dense.fixationsDerived, true);
  const expected = ivtFixations(denseTrack(denseId).samples, {
    pixelsPerDegree: 40,
    velocityThresholdDegPerSec: DEFAULT_THRESHOLDS.ivtVelocityDegPerSec,
    minFixationSec: DEFAULT_THRESHOLDS.minFixationSec,
  });
  assert.equal(expected.length, 3, 'three still spots → three fixations');
  assert.deepEqual(dense.fixations, expected);

  const given = tracks.get(givenId)!;
  assert.deepEqual(given.fixationMethod, { method: 'given' });
  assert.equal(given.fixationsDerived, false);
  assert.deepEqual(given.fixations, GIVEN);
});

test("dataset.json's fixations applies without the flag, and --fixations idt overrides it", async () => {
  setManifestFixations('ivt');
  assert.equal((await ingest([])).get(denseId)!.fixationMethod.method, 'ivt');
  const idt = (await ingest(['--fixations', 'idt'])).get(denseId)!;
  assert.deepEqual(idt.fixationMethod, {
    method: 'idt',
    maxDispersionDeg: DEFAULT_THRESHOLDS.idtDispersionDeg,
    minFixationSec: DEFAULT_THRESHOLDS.minFixationSec,
  });
  // The default I-DT (1°, 100 ms) is the one the ingest always used for dense tracks.
  assert.deepEqual(idt.fixations, deriveFixations(denseTrack(denseId)));
  assert.deepEqual((await ingest(['--fixations', 'idt'])).get(givenId)!.fixations, GIVEN);
});

test('an unknown --fixations value is refused with one line naming the choices', async () => {
  const res = await cli(['ingest', dir, '--quiet', '--fixations', 'hmm']);
  assert.notEqual(res.code, 0);
  assert.match(res.stderr, /--fixations.*(idt|ivt)/);
  assert.doesNotMatch(res.stderr, /\n\s+at /, 'no stack trace');
});
