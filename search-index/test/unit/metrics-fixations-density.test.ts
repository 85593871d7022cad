import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RngStreams } from '../../src/generate/prng.ts';
import { detectFixations } from '../../src/metrics/fixations.ts';
import { DEFAULT_THRESHOLDS } from '../../src/metrics/thresholds.ts';

/** Dense or sparse as the rule reads: sort the gaps, take the upper middle one, compare with 50 ms. */
function sparseBySorting(t: number[]): boolean {
  if (t.length < 2) return true;
  const gaps = t.slice(1).map((v, i) => v - t[i]!);
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1]! >= 0.05;
}

test('dense or sparse: the median sample interval against 50 ms, on tracks around the boundary', () => {
  const rng = new RngStreams(4).for('density');
  for (let k = 0; k < 400; k++) {
    // Gaps just under, at and over 50 ms in varying shares, so the median falls on every side.
    const choices = [0.017, 0.049, 0.05, 0.051, 1, rng.range(0.03, 0.07)];
    const t = [0];
    for (let n = rng.int(0, 40); n > 0; n--) t.push(t[t.length - 1]! + choices[rng.int(0, choices.length - 1)]!);
    const samples = { t, x: t.map(() => 100), y: t.map(() => 100) };
    const { method } = detectFixations({ samples, pixelsPerDegree: 40 }, 'idt', DEFAULT_THRESHOLDS);
    assert.equal(method.method, sparseBySorting(t) ? 'sparse-dwell' : 'idt', `gaps of ${JSON.stringify(t)}`);
  }
});
