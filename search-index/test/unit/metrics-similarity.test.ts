import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fixation } from '../../src/model.ts';
import { multimatch } from '../../src/metrics/multimatch.ts';
import { imageScanpathPairs } from '../../src/metrics/scanpath-similarity.ts';

const size = { width: 1000, height: 1000 };
/** Fixations at the centres of 5×5 AOI cells (200 px each), 0.25 s apart. */
const path = (cells: [number, number][], dur = 0.2): Fixation[] =>
  cells.map(([c, r], i) => ({ start: i * 0.25, end: i * 0.25 + dur, x: c * 200 + 100, y: r * 200 + 100 }));

test('image pairs: every pair once, in order; peers average their pairs', () => {
  const a = path([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
  ]); // ABCD
  const b = path([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
  ]);
  const c = path([
    [0, 0],
    [1, 1],
    [2, 0],
  ]); // AGC
  const lone = path([[4, 4]]); // one fixation: no MultiMatch, AOI "Y"
  const { pairs, peers } = imageScanpathPairs(
    [
      { readId: 'a', fixations: a },
      { readId: 'b', fixations: b },
      { readId: 'c', fixations: c },
      { readId: 'd', fixations: lone },
    ],
    size,
  );
  assert.deepEqual(
    pairs.map((p) => [p.readA, p.readB, p.aoiLevenshtein, p.multimatch === null]),
    [
      ['a', 'b', 1, false],
      ['a', 'c', 0.5, false], // ABCD vs AGC: 2 edits over 4
      ['a', 'd', 0, true], // ABCD vs Y: 4 edits over 4
      ['b', 'c', 0.5, false],
      ['b', 'd', 0, true],
      ['c', 'd', 0, true], // AGC vs Y: 3 over 3
    ],
  );
  assert.deepEqual(pairs[0]!.multimatch, { vector: 1, direction: 1, length: 1, position: 1, duration: 1 });
  const ac = multimatch(a, c, size)!;
  const acMean = (ac.vector + ac.direction + ac.length + ac.position + ac.duration) / 5;
  // a: pairs with b (MultiMatch mean 1), c (acMean); d has none. AOI: (1 + 0.5 + 0) / 3.
  const pa = peers.get('a')!;
  assert.ok(Math.abs(pa.multimatch! - (1 + acMean) / 2) < 1e-4);
  assert.ok(Math.abs(pa.aoiLevenshtein! - 0.5) < 1e-4);
  assert.deepEqual(peers.get('d'), { multimatch: null, aoiLevenshtein: 0 });
  assert.deepEqual(imageScanpathPairs([{ readId: 'x', fixations: a }], size).peers.get('x'), {
    multimatch: null,
    aoiLevenshtein: null,
  });
});
