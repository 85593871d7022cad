import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, percentile } from '../../bench/stats.ts';

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

test('byte sizes in IEC units', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(1536), '1.50 KiB');
  assert.equal(formatBytes(10 * 1024 * 1024), '10.0 MiB');
  assert.equal(formatBytes(300 * 1024 ** 3), '300 GiB');
});
