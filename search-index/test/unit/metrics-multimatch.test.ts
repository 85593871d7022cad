import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Fixation } from '../../src/model.ts';
import type { MultiMatch } from '../../src/metrics/contract.ts';
import { multimatch } from '../../src/metrics/multimatch.ts';

/** Scanpath pairs and the reference implementation's values (scripts/golden/multimatch/README.md). */
const dir = new URL('../../../scripts/golden/multimatch/', import.meta.url);
const fixtures = JSON.parse(readFileSync(new URL('fixtures.json', dir), 'utf8')) as Array<{
  name: string;
  size: { width: number; height: number };
  a: Fixation[];
  b: Fixation[];
}>;
const golden = JSON.parse(readFileSync(new URL('golden.json', dir), 'utf8')) as {
  results: Array<{ name: string; multimatch: MultiMatch | null }>;
};

test('the golden file covers every fixture', () => {
  assert.deepEqual(
    golden.results.map((r) => r.name),
    fixtures.map((f) => f.name),
  );
  assert.ok(fixtures.length >= 12);
});

for (const [k, f] of fixtures.entries()) {
  test(`MultiMatch agrees with the reference within 1e-6: ${f.name}`, () => {
    const expected = golden.results[k]!.multimatch;
    const actual = multimatch(f.a, f.b, f.size);
    if (expected === null) {
      assert.equal(actual, null);
      return;
    }
    assert.ok(actual, 'expected a comparison');
    for (const dim of ['vector', 'direction', 'length', 'position', 'duration'] as const)
      assert.ok(
        Math.abs(actual[dim] - expected[dim]) <= 1e-6,
        `${dim}: ours ${actual[dim]}, reference ${expected[dim]}`,
      );
  });
}

test('MultiMatch by hand: a square against itself shifted, and against its mirror image', () => {
  const size = { width: 300, height: 400 }; // diagonal 500
  const sq = (dx: number, dur = 0.2): Fixation[] =>
    [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ].map(([x, y], i) => ({ start: i, end: i + dur, x: x! + dx, y: y! }));
  // Same saccades 50 px to the right: only position differs, by 50 / 500.
  assert.deepEqual(multimatch(sq(0), sq(50), size), { vector: 1, direction: 1, length: 1, position: 0.9, duration: 1 });
  // Durations 0.2 vs 0.4 s: |0.2 − 0.4| / 0.4 = 0.5 on every pair.
  assert.equal(multimatch(sq(0), sq(0, 0.4), size)!.duration, 0.5);
  // Horizontal mirror image: saccades (−100,0), (0,100), (100,0) against (100,0), (0,100), (−100,0).
  const mirror = sq(0).map((f) => ({ ...f, x: 100 - f.x }));
  const m = multimatch(sq(0), mirror, size)!;
  // Aligned diagonally (cost 200 + 0 on the path): vector differences 200, 0, 200 → median 200.
  assert.equal(m.vector, 1 - 200 / 1000);
  // Directions differ by π, 0, π → median π; lengths are equal; start points 100, 0, 100 apart.
  assert.equal(m.direction, 0);
  assert.equal(m.length, 1);
  assert.equal(m.position, 1 - 100 / 500);
});
