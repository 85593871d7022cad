import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../../src/metrics/thresholds.ts';
import { prepareTrack } from '../../src/ingest/track-prepare.ts';

const choices = { fixations: 'idt' as const, thresholds: DEFAULT_THRESHOLDS };
const line = (record: object, n = 7) => {
  const text = JSON.stringify(record);
  return { line: n, text, bytes: 1000, offset: 900, length: text.length };
};

test('a valid track: its document is the line with the summary appended, its extent the positions and given fixations', () => {
  const record = {
    readId: 'R1',
    samples: { t: [0, 0.5, 1], x: [10, null, 30], y: [20, 5, 40] },
    fixations: [{ start: 0, end: 0.4, x: 50, y: 1 }],
    synthetic: true,
  };
  const t = prepareTrack(line(record), choices);
  assert.ok(t.ok);
  // Hand-computed: x over 10, 30 (the null sample has no position) and the fixation's 50; y over 20, 40, 1.
  assert.deepEqual(t.extent, [10, 1, 50, 40]);
  assert.deepEqual([t.line, t.offset, t.length, t.readId], [7, 900, JSON.stringify(record).length, 'R1']);
  const doc = JSON.parse(t.json);
  assert.deepEqual(doc.samples, record.samples);
  assert.deepEqual(doc.fixations, record.fixations);
  assert.equal(doc.fixationsDerived, false);
  assert.equal(doc.sampleCount, 3);
  assert.equal(doc.durationSec, 1);
  assert.equal(doc.samplingHz, null); // absent optional fields get their defaults
  assert.ok(!('imageId' in doc) && !('readerId' in doc), 'the read fields are appended by the main thread');
  assert.deepEqual([...t.packed], [0, 0.4, 50, 1]);
  assert.equal(t.summary.fixationMethod.method, 'given');
});

test('a track without positions has no extent; an invalid one is a reject with its line and id', () => {
  const blink = prepareTrack(
    line({ readId: 'R2', samples: { t: [0], x: [null], y: [null] }, synthetic: true }),
    choices,
  );
  assert.ok(blink.ok);
  assert.equal(blink.extent, null);
  const bad = prepareTrack(line({ readId: 'R3', samples: { t: [0], x: [1], y: [1] }, synthetic: 'yes' }, 9), choices);
  assert.ok(!bad.ok);
  assert.deepEqual([bad.line, bad.id], [9, 'R3']);
  assert.match(bad.reason, /synthetic/);
  // A missing column makes the schema's own refinement throw: still a reject, not a failed ingest.
  const missing = prepareTrack(line({ readId: 'R4', samples: { t: [0], x: [1] }, synthetic: true }, 11), choices);
  assert.ok(!missing.ok);
  assert.deepEqual([missing.line, missing.id], [11, 'R4']);
});
