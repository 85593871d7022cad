/**
 * Lung-field coverage (Rubin et al. 2015, after the useful field of view of Kundel, Nodine &
 * Carmody 1978): the share of the lung-field area within radiusPx of at least one fixation.
 *
 * The lung mask is rasterised on a square grid over the lung fields' bounding box; a cell
 * counts as lung when its centre is inside a lung field, and as covered when its centre is
 * within the radius of a fixation. The cell side is 1/COVERAGE_CELLS_PER_RADIUS of the radius
 * (10 px at 40 px/° and 2.5°), enlarged when needed to keep the grid under COVERAGE_MAX_CELLS
 * cells; the error is then about 1% for lungs much larger than one disc. Both masks are filled
 * row by row from each lung's and each disc's horizontal span, so the cost is one pass over the
 * grid plus one span per row of each disc.
 */
import type { Fixation } from '../model.ts';
import type { Region } from './contract.ts';
import { regionSpanAt } from './regions.ts';

export const COVERAGE_CELLS_PER_RADIUS = 10;
export const COVERAGE_MAX_CELLS = 250_000;

/** 0…1, or null when the lung fields have no area. */
export function lungCoverage(
  lungs: readonly Region[],
  fixations: ReadonlyArray<Pick<Fixation, 'x' | 'y'>>,
  radiusPx: number,
): number | null {
  if (lungs.length === 0) return null;
  const grid = gridOver(lungs, radiusPx);
  const { cols, rows, cell, y0 } = grid;
  const mask = new Uint8Array(cols * rows);
  const covered = new Uint8Array(cols * rows);
  // Row by row: fill the cells whose centres fall inside each lung's span, and each fixation's chord.
  for (let q = 0; q < rows; q++) {
    const cy = y0 + (q + 0.5) * cell;
    for (const lung of lungs) fillSpan(mask, grid, q, regionSpanAt(lung, cy));
  }
  for (const f of fixations) {
    const q0 = Math.max(0, Math.ceil((f.y - radiusPx - y0) / cell - 0.5));
    const q1 = Math.min(rows - 1, Math.floor((f.y + radiusPx - y0) / cell - 0.5));
    for (let q = q0; q <= q1; q++) {
      const dy = y0 + (q + 0.5) * cell - f.y;
      const half = Math.sqrt(Math.max(0, radiusPx * radiusPx - dy * dy));
      fillSpan(covered, grid, q, [f.x - half, f.x + half]);
    }
  }
  let lung = 0;
  let hit = 0;
  for (let i = 0; i < mask.length; i++) {
    lung += mask[i]!;
    hit += mask[i]! & covered[i]!;
  }
  return lung === 0 ? null : hit / lung;
}

interface Grid {
  cols: number;
  rows: number;
  cell: number;
  x0: number;
  y0: number;
}

function gridOver(lungs: readonly Region[], radiusPx: number): Grid {
  const x0 = Math.min(...lungs.map((r) => r.xmin));
  const y0 = Math.min(...lungs.map((r) => r.ymin));
  const w = Math.max(...lungs.map((r) => r.xmax)) - x0;
  const h = Math.max(...lungs.map((r) => r.ymax)) - y0;
  let cell = radiusPx / COVERAGE_CELLS_PER_RADIUS;
  if ((w / cell) * (h / cell) > COVERAGE_MAX_CELLS) cell = Math.sqrt((w * h) / COVERAGE_MAX_CELLS);
  return { cols: Math.max(1, Math.ceil(w / cell)), rows: Math.max(1, Math.ceil(h / cell)), cell, x0, y0 };
}

/** Marks the cells of row q whose centres lie within [xa, xb]. */
function fillSpan(cells: Uint8Array, grid: Grid, q: number, span: [number, number] | null): void {
  if (!span) return;
  const c0 = Math.max(0, Math.ceil((span[0] - grid.x0) / grid.cell - 0.5));
  const c1 = Math.min(grid.cols - 1, Math.floor((span[1] - grid.x0) / grid.cell - 0.5));
  if (c1 >= c0) cells.fill(1, q * grid.cols + c0, q * grid.cols + c1 + 1);
}
