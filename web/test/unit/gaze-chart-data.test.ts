import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageChartData, missChartData, type MissRow } from '../../src/lib/gaze-chart-data';

const row = (finding: string, present: number, search: number, recognition: number, decision: number) =>
  ({ finding, label: finding.toLowerCase(), present, search, recognition, decision }) as MissRow;

test('misses: findings never present are left out; most misses first, then most often present', () => {
  const data = missChartData([
    row('ATELECTASIS', 10, 1, 0, 1),
    row('PNEUMOTHORAX', 0, 0, 0, 0),
    row('CONSOLIDATION', 12, 0, 1, 1),
    row('HIATAL_HERNIA', 4, 3, 1, 0),
  ]);
  assert.deepEqual(
    data.map((d) => [d.finding, d.missed]),
    [
      ['HIATAL_HERNIA', 4],
      ['CONSOLIDATION', 2],
      ['ATELECTASIS', 2],
    ],
  );
});

test('coverage by band: percentages, min–max as the spread around the mean, missing values kept as gaps', () => {
  const data = coverageChartData([
    { experienceBand: '0-4', readCount: 3, meanLungCoverage: 0.5, minLungCoverage: 0.25, maxLungCoverage: 0.75 },
    { experienceBand: '5-9', readCount: 0, meanLungCoverage: null, minLungCoverage: null, maxLungCoverage: null },
  ]);
  assert.deepEqual(data, [
    { band: '0-4', readCount: 3, mean: 50, spread: [25, 25], label: '50 %' },
    { band: '5-9', readCount: 0, mean: null, spread: [0, 0], label: '–' },
  ]);
});
