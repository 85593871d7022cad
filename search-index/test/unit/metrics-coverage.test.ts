import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RngStreams, type Rng } from '../../src/generate/prng.ts';
import type { Region } from '../../src/metrics/contract.ts';
import { COVERAGE_CELLS_PER_RADIUS, COVERAGE_MAX_CELLS, lungCoverage } from '../../src/metrics/coverage.ts';
import { insideRegion } from '../../src/metrics/regions.ts';

/**
 * The definition cell by cell, as plainly as it reads: a grid over the lungs' bounding box (cell
 * side radius / 10, enlarged to stay under the cell limit), each cell centre tested against every
 * lung and every fixation's disc. No spans, no bit sets, nothing kept between calls.
 */
function coverageCellByCell(lungs: readonly Region[], fixations: Array<{ x: number; y: number }>, r: number) {
  const x0 = Math.min(...lungs.map((l) => l.xmin));
  const y0 = Math.min(...lungs.map((l) => l.ymin));
  const w = Math.max(...lungs.map((l) => l.xmax)) - x0;
  const h = Math.max(...lungs.map((l) => l.ymax)) - y0;
  let cell = r / COVERAGE_CELLS_PER_RADIUS;
  if ((w / cell) * (h / cell) > COVERAGE_MAX_CELLS) cell = Math.sqrt((w * h) / COVERAGE_MAX_CELLS);
  const cols = Math.max(1, Math.ceil(w / cell));
  const rows = Math.max(1, Math.ceil(h / cell));
  let lung = 0;
  let hit = 0;
  for (let q = 0; q < rows; q++)
    for (let c = 0; c < cols; c++) {
      const x = x0 + (c + 0.5) * cell;
      const y = y0 + (q + 0.5) * cell;
      if (!lungs.some((l) => insideRegion(x, y, l))) continue;
      lung++;
      if (fixations.some((f) => (x - f.x) ** 2 + (y - f.y) ** 2 <= r * r)) hit++;
    }
  return lung === 0 ? null : hit / lung;
}

function randomLungs(rng: Rng): Region[] {
  const lungs: Region[] = [];
  for (let k = rng.int(1, 3); k > 0; k--) {
    const xmin = rng.range(0, 600);
    const ymin = rng.range(0, 600);
    lungs.push({
      shape: rng.chance(0.7) ? 'ellipse' : 'box',
      xmin,
      ymin,
      xmax: xmin + rng.range(50, 400),
      ymax: ymin + rng.range(50, 500),
    });
  }
  return lungs;
}

test('lung coverage equals the cell-by-cell definition on random lungs, scanpaths and radii', () => {
  const rng = new RngStreams(11).for('coverage');
  const cases = Array.from({ length: 40 }, () => {
    const lungs = randomLungs(rng);
    const fixations = Array.from({ length: rng.int(0, 80) }, () => ({
      x: rng.range(-150, 1150),
      y: rng.range(-150, 1250),
    }));
    return { lungs, fixations, r: rng.range(15, 160) };
  });
  // Twice over, interleaved: a lung mask kept from an earlier call must never answer a later one.
  for (const { lungs, fixations, r } of [...cases, ...[...cases].reverse()]) {
    const expected = coverageCellByCell(lungs, fixations, r);
    assert.equal(lungCoverage(lungs, fixations, r), expected, JSON.stringify({ lungs, r }));
  }
});

test('lung coverage: the same lungs with another radius, or moved in place, are measured afresh', () => {
  const lungs: Region[] = [{ shape: 'ellipse', xmin: 100, ymin: 100, xmax: 400, ymax: 600 }];
  const fixations = [{ x: 250, y: 350 }];
  assert.equal(lungCoverage(lungs, fixations, 100), coverageCellByCell(lungs, fixations, 100));
  assert.equal(lungCoverage(lungs, fixations, 60), coverageCellByCell(lungs, fixations, 60));
  lungs[0] = { ...lungs[0]!, xmin: 200, xmax: 300 };
  assert.equal(lungCoverage(lungs, fixations, 60), coverageCellByCell(lungs, fixations, 60));
});

test('lung coverage on a grid enlarged to the cell limit (a small radius over large lungs)', () => {
  const lungs: Region[] = [
    { shape: 'ellipse', xmin: 0, ymin: 0, xmax: 1700, ymax: 2900 },
    { shape: 'ellipse', xmin: 1900, ymin: 50, xmax: 3500, ymax: 2950 },
  ];
  const rng = new RngStreams(12).for('coverage-large');
  const fixations = Array.from({ length: 300 }, () => ({ x: rng.range(0, 3500), y: rng.range(0, 3000) }));
  const r = 3; // 0.3 px cells would be ~10⁸ of them: the grid is enlarged to COVERAGE_MAX_CELLS
  assert.equal(lungCoverage(lungs, fixations, r), coverageCellByCell(lungs, fixations, r));
});
