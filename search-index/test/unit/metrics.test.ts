import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imageAgreement, jaccard } from '../../src/metrics/agreement.ts';
import { deriveFixations, DEFAULT_PIXELS_PER_DEGREE } from '../../src/metrics/fixations.ts';

test('jaccard of positive sets; two empty sets agree', () => {
  assert.equal(jaccard([], []), 1);
  assert.equal(jaccard(['a'], []), 0);
  assert.equal(jaccard(['a', 'b'], ['b', 'c']), 1 / 3);
});

test('agreement is the mean pairwise jaccard; difficulty blends disagreement and hedging', () => {
  assert.deepEqual(imageAgreement([{ positive: ['a'], certainties: [5] }]), { agreement: null, difficulty: null });
  // pairs: (a | a) = 1, (a | a,b) = .5, (a | a,b) = .5 → 2/3; certainties 5,5,3,5 → normalised mean .875
  const r = imageAgreement([
    { positive: ['a'], certainties: [5] },
    { positive: ['a'], certainties: [5] },
    { positive: ['a', 'b'], certainties: [3, 5] },
  ]);
  assert.equal(r.agreement, 0.667);
  assert.equal(r.difficulty, 0.229); // ½·⅓ + ½·(1 − .875)
});

test('I-DT finds one fixation per dwell in 100 Hz gaze and skips the saccade and the blink', () => {
  const t: number[] = [],
    x: (number | null)[] = [],
    y: (number | null)[] = [];
  const push = (n: number, px: number | null, py: number | null) => {
    for (let i = 0; i < n; i++) {
      t.push(t.length / 100);
      x.push(px === null ? null : px + (i % 3));
      y.push(py === null ? null : py + (i % 2));
    }
  };
  push(30, 100, 100); // 300 ms dwell
  push(3, null, null); // blink
  push(2, 300, 200); // 20 ms: too short to be a fixation
  push(25, 500, 500); // 250 ms dwell
  const f = deriveFixations({ samples: { t, x, y }, pixelsPerDegree: null });
  assert.equal(f.length, 2);
  assert.deepEqual(
    f.map((v) => [v.start, v.end]),
    [
      [0, 0.29],
      [0.35, 0.59],
    ],
  );
  assert.ok(Math.abs(f[0]!.x - 101) < 1 && Math.abs(f[1]!.y - 500.5) < 1);
});

test('sparse attention samples merge within one degree and dwell until the next group', () => {
  const d = DEFAULT_PIXELS_PER_DEGREE;
  const f = deriveFixations({
    samples: { t: [0, 1, 2, 5], x: [100, 100 + d / 4, 400, 600], y: [100, 100, 400, 100] },
    pixelsPerDegree: null,
  });
  // The lone sample at t=2 dwells until t=4 (capped at 2 s), not until the next group at t=5.
  assert.deepEqual(
    f.map((v) => [v.start, v.end]),
    [
      [0, 2],
      [2, 4],
      [5, 6],
    ],
  );
});
