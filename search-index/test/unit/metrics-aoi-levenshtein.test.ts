import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aoiString, levenshtein, pairwiseAoiSimilarity, stringSimilarity } from '../../src/metrics/aoi-levenshtein.ts';

test('Levenshtein distance: textbook values', () => {
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('flaw', 'lawn'), 2);
  assert.equal(levenshtein('', 'abc'), 3);
  assert.equal(levenshtein('abc', 'abc'), 0);
  assert.equal(levenshtein('ABCD', 'DCBA'), 4);
  assert.equal(stringSimilarity('kitten', 'sitting'), 1 - 3 / 7);
  assert.equal(stringSimilarity('', ''), 1);
});

test('AOI strings on a 5×5 grid: A top-left, E top-right, Y bottom-right; repeats collapse', () => {
  const s = aoiString(
    [
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 1023, y: 0 },
      { x: 512, y: 512 },
      { x: 1024, y: 1024 },
    ],
    1024,
    1024,
  );
  assert.equal(s, 'AEMY');
  assert.equal(
    aoiString(
      [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
      1024,
      1024,
      5,
      false,
    ),
    'AA',
  );
  assert.equal(aoiString([{ x: 700, y: 300 }], 1024, 1024, 2), 'B');
  assert.throws(() => aoiString([], 10, 10, 0), /grid/);
});

test('pairwise similarity of scanpaths', () => {
  const cell = (c: number, r: number) => ({ x: c * 204.8 + 100, y: r * 204.8 + 100 });
  const a = { id: 'a', fixations: [cell(0, 0), cell(1, 0), cell(2, 0), cell(3, 0)] }; // ABCD
  const b = { id: 'b', fixations: [cell(0, 0), cell(1, 0), cell(2, 0), cell(3, 0)] }; // ABCD
  const c = { id: 'c', fixations: [cell(0, 0), cell(1, 1), cell(2, 0)] }; // AGC
  const pairs = pairwiseAoiSimilarity([a, b, c], 1024, 1024);
  assert.deepEqual(pairs, [
    { a: 'a', b: 'b', distance: 0, similarity: 1 },
    { a: 'a', b: 'c', distance: 2, similarity: 0.5 },
    { a: 'b', b: 'c', distance: 2, similarity: 0.5 },
  ]);
});
