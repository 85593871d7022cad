/**
 * Lung-field coverage (Rubin et al. 2015, after the useful field of view of Kundel, Nodine &
 * Carmody 1978): the share of the lung-field area within radiusPx of at least one fixation.
 *
 * The lung mask is rasterised on a square grid over the lung fields' bounding box; a cell
 * counts as lung when its centre is inside a lung field, and as covered when its centre is
 * within the radius of a fixation. The cell side is 1/COVERAGE_CELLS_PER_RADIUS of the radius
 * (10 px at 40 px/° and 2.5°), enlarged when needed to keep the grid under COVERAGE_MAX_CELLS
 * cells; the error is then about 1% for lungs much larger than one disc. Both masks are filled
 * row by row from each lung's and each disc's horizontal span, so the cost is one span per row
 * of each lung and each disc, plus a word-wise count of the covered lung cells.
 *
 * The masks are bit sets, 32 cells a word; the lung mask and its cell count are kept for the
 * next call with the same lungs and radius (an image's reads share them).
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
  const lung = lungMask(lungs, radiusPx);
  if (lung.cells === 0) return null;
  const { grid } = lung;
  const { y0, cell, rows } = grid;
  const r2 = radiusPx * radiusPx;
  const covered = scratch(lung.bits.length);
  for (let k = 0; k < fixations.length; k++) {
    const { x, y } = fixations[k]!;
    const q0 = Math.max(0, Math.ceil((y - radiusPx - y0) / cell - 0.5));
    const q1 = Math.min(rows - 1, Math.floor((y + radiusPx - y0) / cell - 0.5));
    for (let q = q0; q <= q1; q++) {
      const dy = y0 + (q + 0.5) * cell - y;
      const half = Math.sqrt(Math.max(0, r2 - dy * dy));
      fillSpan(covered, grid, q, x - half, x + half);
    }
  }
  let hit = 0;
  for (let i = 0; i < lung.bits.length; i++) hit += bitCount(lung.bits[i]! & covered[i]!);
  return hit / lung.cells;
}

interface Grid {
  cols: number;
  rows: number;
  /** 32-cell words a row. */
  words: number;
  cell: number;
  x0: number;
  y0: number;
}

interface LungMask {
  lungs: Region[];
  radiusPx: number;
  grid: Grid;
  bits: Int32Array;
  cells: number;
}

let lastMask: LungMask | null = null;

function lungMask(lungs: readonly Region[], radiusPx: number): LungMask {
  if (lastMask && lastMask.radiusPx === radiusPx && sameRegions(lastMask.lungs, lungs)) return lastMask;
  const grid = gridOver(lungs, radiusPx);
  const bits = new Int32Array(grid.rows * grid.words);
  for (let q = 0; q < grid.rows; q++) {
    const cy = grid.y0 + (q + 0.5) * grid.cell;
    for (const lung of lungs) {
      const span = regionSpanAt(lung, cy);
      if (span) fillSpan(bits, grid, q, span[0], span[1]);
    }
  }
  let cells = 0;
  for (let i = 0; i < bits.length; i++) cells += bitCount(bits[i]!);
  lastMask = { lungs: lungs.map((r) => ({ ...r })), radiusPx, grid, bits, cells };
  return lastMask;
}

function sameRegions(a: readonly Region[], b: readonly Region[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const r = a[i]!;
    const s = b[i]!;
    if (r.shape !== s.shape || r.xmin !== s.xmin || r.ymin !== s.ymin || r.xmax !== s.xmax || r.ymax !== s.ymax)
      return false;
  }
  return true;
}

function gridOver(lungs: readonly Region[], radiusPx: number): Grid {
  const x0 = Math.min(...lungs.map((r) => r.xmin));
  const y0 = Math.min(...lungs.map((r) => r.ymin));
  const w = Math.max(...lungs.map((r) => r.xmax)) - x0;
  const h = Math.max(...lungs.map((r) => r.ymax)) - y0;
  let cell = radiusPx / COVERAGE_CELLS_PER_RADIUS;
  if ((w / cell) * (h / cell) > COVERAGE_MAX_CELLS) cell = Math.sqrt((w * h) / COVERAGE_MAX_CELLS);
  const cols = Math.max(1, Math.ceil(w / cell));
  return { cols, rows: Math.max(1, Math.ceil(h / cell)), words: (cols + 31) >>> 5, cell, x0, y0 };
}

/** The covered mask, one buffer reused across calls (cleared here). */
let coveredBuffer = new Int32Array(0);

function scratch(length: number): Int32Array {
  if (coveredBuffer.length < length) coveredBuffer = new Int32Array(length);
  const out = coveredBuffer.subarray(0, length);
  out.fill(0);
  return out;
}

/** Marks the cells of row q whose centres lie within [xa, xb]. */
function fillSpan(bits: Int32Array, grid: Grid, q: number, xa: number, xb: number): void {
  const c0 = Math.max(0, Math.ceil((xa - grid.x0) / grid.cell - 0.5));
  const c1 = Math.min(grid.cols - 1, Math.floor((xb - grid.x0) / grid.cell - 0.5));
  if (!(c1 >= c0)) return; // also NaN spans
  const row = q * grid.words;
  const w0 = row + (c0 >>> 5);
  const w1 = row + (c1 >>> 5);
  const first = -1 << (c0 & 31); // cells c0 & 31 … 31 of the first word
  const last = -1 >>> (31 - (c1 & 31)); // cells 0 … c1 & 31 of the last word
  if (w0 === w1) {
    bits[w0] = bits[w0]! | (first & last);
    return;
  }
  bits[w0] = bits[w0]! | first;
  for (let w = w0 + 1; w < w1; w++) bits[w] = -1;
  bits[w1] = bits[w1]! | last;
}

/** Set bits of a 32-bit word (the SWAR population count). */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
