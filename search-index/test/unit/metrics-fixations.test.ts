import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFixations } from '../../src/metrics/fixations.ts';
import { ivtFixations } from '../../src/metrics/ivt.ts';
import { DEFAULT_THRESHOLDS, resolveThresholds } from '../../src/metrics/thresholds.ts';

const PPD = 40;

/**
 * A 1,000 Hz trace with known events (sample i at t = i / 1000 s):
 *   0–299     fixation A (100, 100), x jitters ±0.25 px (12.5 °/s at 40 px/°, under 20 °/s)
 *   300–319   saccade A → B, 400 px in 21 ms
 *   320–569   fixation B (500, 100)
 *   570–599   blink (null)
 *   600–799   fixation B again (the blink splits it)
 *   800–809   saccade B → D (100, 400)
 *   810–859   fixation D: 50 samples, too short
 *   860–869   saccade D → E (300, 300)
 *   870–1069  fixation E
 * The first sample after a saccade still moves fast relative to its predecessor (the velocity
 * of a sample is the step from the previous one), so B starts at 321, D at 811, E at 871.
 */
function trace() {
  const x: (number | null)[] = [];
  const y: (number | null)[] = [];
  const hold = (n: number, px: number, py: number) => {
    for (let i = 0; i < n; i++) {
      x.push(px + (x.length % 2 ? 0.25 : -0.25));
      y.push(py);
    }
  };
  const move = (n: number, from: [number, number], to: [number, number]) => {
    for (let k = 1; k <= n; k++) {
      x.push(from[0] + ((to[0] - from[0]) * k) / (n + 1));
      y.push(from[1] + ((to[1] - from[1]) * k) / (n + 1));
    }
  };
  hold(300, 100, 100);
  move(20, [100, 100], [500, 100]);
  hold(250, 500, 100);
  for (let i = 0; i < 30; i++) {
    x.push(null);
    y.push(null);
  }
  hold(200, 500, 100);
  move(10, [500, 100], [100, 400]);
  hold(50, 100, 400);
  move(10, [100, 400], [300, 300]);
  hold(200, 300, 300);
  const t = x.map((_, i) => i / 1000);
  return { t, x, y };
}

test('I-VT on a 1,000 Hz trace: one fixation per dwell, split by the blink, the 49 ms dwell dropped', () => {
  const f = ivtFixations(trace(), { pixelsPerDegree: PPD, velocityThresholdDegPerSec: 20, minFixationSec: 0.1 });
  assert.deepEqual(f, [
    { start: 0, end: 0.299, x: 100, y: 100 },
    { start: 0.321, end: 0.569, x: 500, y: 100 },
    { start: 0.6, end: 0.799, x: 500, y: 100 },
    { start: 0.871, end: 1.069, x: 300, y: 300 },
  ]);
});

test('I-VT velocity is in degrees: the same jitter at 10 px/° is 50 °/s, a saccade', () => {
  // ±0.25 px a millisecond is 0.5 px/ms = 50 °/s at 10 px/°: nothing is slow enough.
  assert.deepEqual(
    ivtFixations(trace(), { pixelsPerDegree: 10, velocityThresholdDegPerSec: 20, minFixationSec: 0.1 }),
    [],
  );
});

test('thresholds: defaults, a dataset override, and a clear error for a bad value', () => {
  assert.deepEqual(resolveThresholds(), DEFAULT_THRESHOLDS);
  assert.deepEqual(resolveThresholds({ decisionDwellSec: 0.5 }), { ...DEFAULT_THRESHOLDS, decisionDwellSec: 0.5 });
  assert.throws(() => resolveThresholds({ minFixationSec: -1 }), /metrics\.minFixationSec must be a positive number/);
  assert.equal(DEFAULT_THRESHOLDS.decisionDwellSec, 1); // not mutated by the override
});

test('detectFixations: overridden I-VT thresholds change the fixations and are recorded', () => {
  const track = { samples: trace(), pixelsPerDegree: PPD, fixations: null };
  const fast = detectFixations(track, 'ivt', resolveThresholds({ ivtVelocityDegPerSec: 1e6 }));
  // Everything moves slower than 10⁶ °/s: only the blink separates fixations.
  assert.deepEqual(
    fast.fixations.map((f) => [f.start, f.end]),
    [
      [0, 0.569],
      [0.6, 1.069],
    ],
  );
  assert.deepEqual(fast.method, { method: 'ivt', velocityThresholdDegPerSec: 1e6, minFixationSec: 0.1 });
  const long = detectFixations(track, 'ivt', resolveThresholds({ minFixationSec: 0.2 }));
  // A lasts 299 ms and B 248 ms; B after the blink (199 ms) and E (198 ms) fall under 200 ms.
  assert.deepEqual(
    long.fixations.map((f) => [f.start, f.end]),
    [
      [0, 0.299],
      [0.321, 0.569],
    ],
  );
});

test('detectFixations: I-DT dispersion is idtDispersionDeg × pixels per degree', () => {
  const t = Array.from({ length: 40 }, (_, i) => i / 100);
  // 20 samples at x = 100, then 20 at x = 130: 30 px apart.
  const x = t.map((_, i) => (i < 20 ? 100 : 130));
  const y = t.map(() => 100);
  const track = { samples: { t, x, y }, pixelsPerDegree: PPD, fixations: null };
  // 1° = 40 px holds both dwells in one fixation; 0.5° = 20 px splits them.
  const wide = detectFixations(track, 'idt', DEFAULT_THRESHOLDS);
  assert.deepEqual(
    wide.fixations.map((f) => [f.start, f.end, f.x]),
    [[0, 0.39, 115]],
  );
  assert.deepEqual(wide.method, { method: 'idt', maxDispersionDeg: 1, minFixationSec: 0.1 });
  const narrow = detectFixations(track, 'idt', resolveThresholds({ idtDispersionDeg: 0.5 }));
  assert.deepEqual(
    narrow.fixations.map((f) => [f.start, f.end, f.x]),
    [
      [0, 0.19, 100],
      [0.2, 0.39, 130],
    ],
  );
});

test('detectFixations: sparse samples keep the sparse-dwell rule; given fixations are kept', () => {
  const sparse = { samples: { t: [0, 1, 2], x: [100, 100, 500], y: [100, 100, 100] }, pixelsPerDegree: null };
  const r = detectFixations(sparse, 'ivt', DEFAULT_THRESHOLDS);
  assert.equal(r.method.method, 'sparse-dwell');
  assert.deepEqual(
    r.fixations.map((f) => [f.start, f.end]),
    [
      [0, 2],
      [2, 3],
    ],
  );
  const given = [{ start: 0, end: 0.5, x: 1, y: 2 }];
  assert.deepEqual(detectFixations({ ...sparse, fixations: given }, 'idt', DEFAULT_THRESHOLDS), {
    fixations: given,
    method: { method: 'given' },
  });
});
