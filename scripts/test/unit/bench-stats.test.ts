import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, mean, percentile, summariseProfile } from '../../bench/stats.ts';

test('nearest-rank percentiles (worked by hand on 1…10)', () => {
  const s = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // rank = ⌈p/100 · 10⌉: p50 → 5th, p90 → 9th, p95 → 10th, p99 → 10th, p0 → the first.
  assert.deepEqual(
    [50, 90, 95, 99, 100, 0].map((p) => percentile(s, p)),
    [5, 9, 10, 10, 10, 1],
  );
  assert.equal(percentile([42], 99), 42);
  assert.ok(Number.isNaN(percentile([], 50)));
});

test('mean', () => {
  assert.equal(mean([1, 2, 6]), 3);
  assert.ok(Number.isNaN(mean([])));
});

test('byte sizes in IEC units', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(1536), '1.50 KiB');
  assert.equal(formatBytes(10 * 1024 * 1024), '10.0 MiB');
  assert.equal(formatBytes(300 * 1024 ** 3), '300 GiB');
});

test('profile summary: self and inclusive time per function, recursion counted once per sample', () => {
  const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });
  // (root) → main → parse → parse (recursion); main → (garbage collector)
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2] },
      { id: 2, callFrame: frame('main', 'file:///repo/api/src/app.ts'), children: [3, 5] },
      { id: 3, callFrame: frame('parse', 'file:///repo/node_modules/graphql/parser.js'), children: [4] },
      { id: 4, callFrame: frame('parse', 'file:///repo/node_modules/graphql/parser.js') },
      { id: 5, callFrame: frame('(garbage collector)') },
    ],
    // Leaves and their durations (µs): parse-inner 3 ms, parse-outer 1 ms, main 2 ms, gc 6 ms.
    samples: [4, 3, 2, 5],
    timeDeltas: [3000, 1000, 2000, 6000],
  };
  const s = summariseProfile(profile, 10);
  const main = 'main (api/src/app.ts:1)';
  const parse = 'parse (graphql/parser.js:1)';
  assert.deepEqual(
    s.self.map((e) => [e.name, e.ms]),
    [
      ['(garbage collector)', 6],
      [parse, 4],
      [main, 2],
    ],
  );
  // Inclusive: parse 3 + 1 (not 3 twice for the recursion), main 3 + 1 + 2 + 6, root everything.
  const inclusive = Object.fromEntries(s.inclusive.map((e) => [e.name, e.ms]));
  assert.equal(inclusive[parse], 4);
  assert.equal(inclusive[main], 12);
  assert.equal(inclusive['(root)'], 12);
  assert.equal(s.self[0]!.share, 0.5);
});
