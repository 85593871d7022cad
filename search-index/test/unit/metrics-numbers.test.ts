import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RngStreams } from '../../src/generate/prng.ts';
import { median, medianInPlace } from '../../src/metrics/numbers.ts';

/** The median as it is defined: sort, take the middle value (even counts: the mean of the two). */
function medianBySorting(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

test('median by selection equals the sorted middle: random lengths, repeated values, sorted and reversed input', () => {
  const rng = new RngStreams(3).for('median');
  for (let k = 0; k < 500; k++) {
    const length = rng.int(1, 300);
    // Few distinct values in some arrays (many ties), floats spread over magnitudes in others.
    const draw = k % 3 === 0 ? () => rng.int(0, 4) : () => rng.range(-1, 1) * 10 ** rng.int(-3, 6);
    const values = Array.from({ length }, draw);
    if (k % 7 === 1) values.sort((a, b) => a - b);
    if (k % 7 === 2) values.sort((a, b) => b - a);
    const expected = medianBySorting(values);
    assert.equal(median(values), expected, `median of ${values.length}`);
    assert.equal(medianInPlace(Float64Array.from(values), values.length), expected);
  }
});

test('median: textbook values; medianInPlace reads only the given length', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.ok(Number.isNaN(median([])));
  assert.equal(medianInPlace(Float64Array.from([5, 1, 9, 100, -100]), 3), 5);
});
