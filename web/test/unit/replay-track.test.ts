import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildTrack,
  decodeFloat32Base64,
  fixationIndexAt,
  fixationRange,
  gazeAt,
  sampleRange,
  viewportIndexAt,
  type ReplayFixation,
} from '../../src/lib/replay-track';

function pack(values: Array<number | null>): string {
  const buf = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => buf.writeFloatLE(v == null ? NaN : v, i * 4));
  return buf.toString('base64');
}

const fixations: ReplayFixation[] = [
  { number: 1, start: 0, end: 0.25, x: 10, y: 10 },
  { number: 2, start: 0.3, end: 0.6, x: 20, y: 20 },
  { number: 3, start: 1.0, end: 1.5, x: 30, y: 30 },
];

test('decodes the API packing (base64 little-endian Float32, NaN = blink)', () => {
  const out = decodeFloat32Base64(pack([0, 1.5, null, 1024]));
  assert.deepEqual([...out.slice(0, 2)], [0, 1.5]);
  assert.ok(Number.isNaN(out[2]));
  assert.equal(out[3], 1024);
  assert.throws(() => decodeFloat32Base64(Buffer.from([1, 2, 3]).toString('base64')), /multiple of 4/);
});

test('buildTrack decodes, sorts and takes the latest end as duration', () => {
  const track = buildTrack({
    packedSamples: { count: 3, t: pack([0, 0.5, 2]), x: pack([1, null, 3]), y: pack([1, null, 3]) },
    fixations: [fixations[2]!, fixations[0]!],
    viewport: [],
    pixelsPerDegree: null,
    samplingHz: null,
    fixationsDerived: false,
    durationSec: 1.8,
  });
  assert.equal(track.samples.count, 3);
  assert.deepEqual(
    track.fixations.map((f) => f.number),
    [1, 3],
  );
  assert.equal(track.durationSec, 2);
  assert.deepEqual(gazeAt(track.samples, 0.2), { x: 1, y: 1 });
  assert.equal(gazeAt(track.samples, 0.7), null, 'blink');
  assert.equal(gazeAt(track.samples, -1), null, 'before the first sample');
  assert.deepEqual(sampleRange(track.samples, 0.1, 2), [1, 3]);
  assert.deepEqual(sampleRange(track.samples, 0, 0.5), [0, 2]);
});

test('fixation at a time: inside a fixation, in a saccade, at the bounds', () => {
  assert.equal(fixationIndexAt(fixations, 0.1), 0);
  assert.equal(fixationIndexAt(fixations, 0.25), 0);
  assert.equal(fixationIndexAt(fixations, 0.27), -1);
  assert.equal(fixationIndexAt(fixations, 0.3), 1);
  assert.equal(fixationIndexAt(fixations, 1.2), 2);
  assert.equal(fixationIndexAt(fixations, 2), -1);
  assert.equal(fixationIndexAt(fixations, -1), -1);
  assert.equal(fixationIndexAt([], 1), -1);
});

test('fixations overlapping a window', () => {
  assert.deepEqual(fixationRange(fixations, 0.2, 0.35), [0, 2]);
  assert.deepEqual(fixationRange(fixations, 0.7, 0.9), [2, 2], 'none: empty range');
  assert.deepEqual(fixationRange(fixations, 0.5, 1.0), [1, 3]);
  assert.deepEqual(fixationRange(fixations, -Infinity, Infinity), [0, 3]);
});

test('viewport event in force', () => {
  const ev = [0, 1.1, 4.5].map((t) => ({
    t,
    xmin: 0,
    ymin: 0,
    xmax: 1,
    ymax: 1,
    zoom: null,
    windowWidth: null,
    windowLevel: null,
  }));
  assert.equal(viewportIndexAt(ev, 0), 0);
  assert.equal(viewportIndexAt(ev, 1.1), 1);
  assert.equal(viewportIndexAt(ev, 4), 1);
  assert.equal(viewportIndexAt(ev, 10), 2);
  assert.equal(viewportIndexAt([], 1), -1);
});
