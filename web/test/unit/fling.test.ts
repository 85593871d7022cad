/** The fling detector: speeds and gaps computed by hand from the positions fed to it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flingDetector } from '../../src/lib/fling';

test('steady scrolling faster than 3 px/ms is a fling from the third event on', () => {
  const d = flingDetector(3, 100);
  // 900 px every 16 ms = 56 px/ms.
  assert.deepEqual(
    [0, 16, 32, 48].map((t, i) => d(i * 900, t)),
    [false, false, true, true],
  );
});

test('reading speed is not a fling: 40 px every 16 ms = 2.5 px/ms', () => {
  const d = flingDetector(3, 100);
  assert.deepEqual(
    [0, 16, 32, 48, 64].map((t, i) => d(i * 40, t)),
    [false, false, false, false, false],
  );
});

test('a single jump (PageDown, End) is not a fling, nor a jump then a nudge', () => {
  const d = flingDetector(3, 100);
  assert.equal(d(0, 0), false);
  assert.equal(d(5000, 1000), false); // 1 s later: a separate move
  assert.equal(d(5010, 1016), false); // 10 px in 16 ms after it
  const e = flingDetector(3, 100);
  assert.equal(e(0, 0), false);
  assert.equal(e(640, 16), false); // one fast interval
  assert.equal(e(650, 32), false); // then slow: never two fast intervals in a row
});

test('slowing down ends the fling; a pause longer than the gap starts over', () => {
  const d = flingDetector(3, 100);
  [0, 16, 32].forEach((t, i) => d(i * 900, t));
  assert.equal(d(1800 + 20, 48), false); // 20 px in 16 ms
  assert.equal(d(1820 + 900, 64), false); // fast again, but only one interval
  assert.equal(d(2720 + 900, 80), true);
  assert.equal(d(3620 + 900, 300), false); // 220 ms later: a new move
});

test('scrolling up counts the same as down', () => {
  const d = flingDetector(3, 100);
  assert.deepEqual(
    [0, 16, 32].map((t, i) => d(100000 - i * 900, t)),
    [false, false, true],
  );
});
