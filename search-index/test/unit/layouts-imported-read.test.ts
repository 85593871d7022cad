/** What both importers share in making a read: duration, strategy, record, zoom, samples. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadRecord, type ReasoningStep } from '../../src/model.ts';
import { ImportReport } from '../../src/layouts/import-report.ts';
import {
  fixationSamples,
  importedRead,
  readDuration,
  readStrategy,
  viewportZoom,
} from '../../src/layouts/imported-read.ts';

const report = () => new ImportReport(join(mkdtempSync(join(tmpdir(), 'imported-read-')), 'rejects.ndjson'));

const step = (start: number, end: number): ReasoningStep => ({
  text: 'No pneumothorax.',
  start,
  end,
  kind: 'observation',
  findings: [],
  hedges: [],
  words: [],
});

test('read duration: where the last fixation, the last sample or the last step ends', async () => {
  const r = report();
  const fixations = [
    { start: 0.5, end: 2.25, x: 1, y: 1 },
    { start: 3, end: 4.5, x: 2, y: 2 },
  ];
  // Only the last sample counts (samples are in time order): 9 is not a sample's end here.
  assert.equal(readDuration({ fixations, sampleTimes: [1, 5.75], reasoning: [] }, r), 5.75);
  assert.equal(readDuration({ fixations, sampleTimes: [], reasoning: [step(1, 7.5), step(2, 3)] }, r), 7.5);
  assert.equal(readDuration({ fixations, sampleTimes: [4], reasoning: [] }, r), 4.5);
  assert.deepEqual([...r.notes], [], 'no placeholder was needed');
  await r.close();
});

test('read duration: a read without timed data gets the placeholder, counted in the notes', async () => {
  const r = report();
  assert.equal(readDuration({ fixations: [], sampleTimes: [], reasoning: [] }, r), 0.001);
  assert.equal(readDuration({ fixations: [], sampleTimes: [0], reasoning: [] }, r), 0.001);
  assert.deepEqual([...r.notes], [['reads with placeholder duration 0.001 s (no timed data)', 2]]);
  await r.close();
});

test('read strategy: derived from a track, the placeholder without one; each counted by name', async () => {
  const r = report();
  assert.equal(readStrategy(null, r), 'free-search');
  const two = [
    { start: 0, end: 1, x: 10, y: 10 },
    { start: 1, end: 2, x: 20, y: 20 },
  ];
  assert.equal(readStrategy({ fixations: two, width: 100, height: 100 }, r), 'free-search');
  assert.deepEqual(
    [...r.notes],
    [
      ['strategy: free-search (placeholder: no track)', 1],
      ['strategy: free-search (derived from the fixations)', 1],
    ],
  );
  await r.close();
});

test('imported read: a valid real read with the documented placeholders', () => {
  const reasoning = [step(0, 1), { ...step(1, 2), text: 'Recommend follow up.', kind: 'recommendation' as const }];
  const read = importedRead({
    id: 'r1',
    imageId: 'i1',
    readerId: 'reader',
    durationSec: 2,
    findings: [{ label: 'No finding', certainty: 5, region: null }],
    reasoning,
    strategy: 'focal',
  });
  assert.ok(ReadRecord.safeParse(read).success);
  assert.equal(read.startedAt, '2000-01-01T00:00:00Z');
  assert.equal(read.synthetic, false);
  assert.equal(read.strategySource, 'derived');
  assert.deepEqual(read.clinicalContext, { shown: false, text: null, used: false });
  assert.equal(read.impression, 'Recommend follow up.');
});

test('viewport zoom: screen over image pixels to 4 decimals; null unless positive', () => {
  assert.equal(viewportZoom(1080, 2544), 0.4245); // 0.424528…
  assert.equal(viewportZoom(1000, 3000), 0.3333);
  assert.equal(viewportZoom(2, 1), 2);
  assert.equal(viewportZoom(0, 100), null);
  assert.equal(viewportZoom(-10, 100), null);
});

test('fixation samples: one per fixation, at its start and centroid', () => {
  assert.deepEqual(
    fixationSamples([
      { start: 0.25, end: 0.5, x: 10, y: 20 },
      { start: 1, end: 1.5, x: 30, y: 40 },
    ]),
    { t: [0.25, 1], x: [10, 30], y: [20, 40] },
  );
});
