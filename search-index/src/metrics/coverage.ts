/**
 * Lung-field coverage (Rubin et al. 2015, after the useful field of view of Kundel, Nodine &
 * Carmody 1978): the share of the lung-field area within radiusPx of at least one fixation.
 *
 * The lung mask is rasterised on a square grid over the lung fields' bounding box; a cell
 * counts as lung when its centre is inside a lung field, and as covered when its centre is
 * within the radius of a fixation. The cell side is COVERAGE_CELLS_PER_RADIUS-th of the radius
 * (2.5 px at 40 px/° and 2.5°), enlarged when needed to keep the grid under COVERAGE_MAX_CELLS
 * cells; the error is then under about 1% for lungs much larger than one disc. Cost: one pass
 * over the grid plus (2·cellsPerRadius)² cells per fixation.
 */
import type { Fixation } from '../model.ts';
import type { Region } from './contract.ts';
import { insideRegion } from './regions.ts';

export const COVERAGE_CELLS_PER_RADIUS = 10;
export const COVERAGE_MAX_CELLS = 250_000;

/** 0…1, or null when the lung fields have no area. */
export function lungCoverage(
  lungs: readonly Region[],
  fixations: ReadonlyArray<Pick<Fixation, 'x' | 'y'>>,
  radiusPx: number,
): number | null {
  if (lungs.length === 0) return null;
  const x0 = Math.min(...lungs.map((r) => r.xmin));
  const y0 = Math.min(...lungs.map((r) => r.ymin));
  const w = Math.max(...lungs.map((r) => r.xmax)) - x0;
  const h = Math.max(...lungs.map((r) => r.ymax)) - y0;
  let cell = radiusPx / COVERAGE_CELLS_PER_RADIUS;
  if ((w / cell) * (h / cell) > COVERAGE_MAX_CELLS) cell = Math.sqrt((w * h) / COVERAGE_MAX_CELLS);
  const cols = Math.max(1, Math.ceil(w / cell));
  const rows = Math.max(1, Math.ceil(h / cell));
  const covered = new Uint8Array(cols * rows);
  const r2 = radiusPx * radiusPx;
  for (const f of fixations) {
    const c0 = Math.max(0, Math.floor((f.x - radiusPx - x0) / cell));
    const c1 = Math.min(cols - 1, Math.floor((f.x + radiusPx - x0) / cell));
    const q0 = Math.max(0, Math.floor((f.y - radiusPx - y0) / cell));
    const q1 = Math.min(rows - 1, Math.floor((f.y + radiusPx - y0) / cell));
    for (let q = q0; q <= q1; q++) {
      const dy = y0 + (q + 0.5) * cell - f.y;
      for (let c = c0; c <= c1; c++) {
        const dx = x0 + (c + 0.5) * cell - f.x;
        if (dx * dx + dy * dy <= r2) covered[q * cols + c] = 1;
      }
    }
  }
  let lung = 0;
  let hit = 0;
  for (let q = 0; q < rows; q++) {
    const cy = y0 + (q + 0.5) * cell;
    for (let c = 0; c < cols; c++) {
      const cx = x0 + (c + 0.5) * cell;
      if (!lungs.some((r) => insideRegion(cx, cy, r))) continue;
      lung++;
      hit += covered[q * cols + c]!;
    }
  }
  return lung === 0 ? null : hit / lung;
}
