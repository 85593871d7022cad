/**
 * Duration-weighted attention heatmap: each fixation adds a Gaussian (σ = 1° of visual angle,
 * or DEFAULT_PX_PER_DEGREE px when the track does not know its geometry) weighted by the part of
 * its duration inside the requested time range. Computed on a coarse grid (at most `maxCells`
 * cells on the long side) so it is cheap enough to recompute while playing; the caller draws
 * the RGBA result scaled up with smoothing.
 */
import { rgb } from 'd3-color';
import { interpolateTurbo } from 'd3-scale-chromatic';
import { DEFAULT_PX_PER_DEGREE } from './replay-fixation-size';

export interface HeatFixation {
  start: number;
  end: number;
  x: number;
  y: number;
}

export interface HeatmapGrid {
  cols: number;
  rows: number;
  /** Image pixels per grid cell. */
  cellPx: number;
  values: Float32Array;
  max: number;
}

export interface HeatmapSource {
  fixations: readonly HeatFixation[];
  /** Time range (in this source's own seconds) whose dwell counts; whole track when omitted. */
  from?: number;
  to?: number;
}

export function heatmapSigmaPx(pixelsPerDegree: number | null | undefined): number {
  return pixelsPerDegree && pixelsPerDegree > 0 ? pixelsPerDegree : DEFAULT_PX_PER_DEGREE;
}

export function heatmapGrid(
  sources: readonly HeatmapSource[],
  opts: { width: number; height: number; sigmaPx: number; maxCells?: number; target?: HeatmapGrid },
): HeatmapGrid {
  const maxCells = opts.maxCells ?? 128;
  const cellPx = Math.max(opts.width, opts.height) / maxCells;
  const cols = Math.max(1, Math.ceil(opts.width / cellPx));
  const rows = Math.max(1, Math.ceil(opts.height / cellPx));
  const reuse = opts.target && opts.target.cols === cols && opts.target.rows === rows ? opts.target : null;
  const values = reuse ? reuse.values.fill(0) : new Float32Array(cols * rows);
  const sigma = opts.sigmaPx / cellPx;
  const reach = Math.ceil(3 * sigma);
  const inv2s2 = 1 / (2 * sigma * sigma);
  let max = 0;
  for (const src of sources) {
    const from = src.from ?? -Infinity;
    const to = src.to ?? Infinity;
    for (const f of src.fixations) {
      const w = Math.min(f.end, to) - Math.max(f.start, from);
      if (!(w > 0)) continue;
      const cx = f.x / cellPx - 0.5;
      const cy = f.y / cellPx - 0.5;
      const c0 = Math.max(0, Math.floor(cx - reach));
      const c1 = Math.min(cols - 1, Math.ceil(cx + reach));
      const r0 = Math.max(0, Math.floor(cy - reach));
      const r1 = Math.min(rows - 1, Math.ceil(cy + reach));
      for (let r = r0; r <= r1; r++) {
        const dy = r - cy;
        const base = r * cols;
        for (let c = c0; c <= c1; c++) {
          const dx = c - cx;
          const v = (values[base + c]! += w * Math.exp(-(dx * dx + dy * dy) * inv2s2));
          if (v > max) max = v;
        }
      }
    }
  }
  return { cols, rows, cellPx, values, max };
}

/**
 * The heatmap's colour scale: Turbo (Mikhailov, Google AI blog, 2019), from d3-scale-chromatic —
 * the blue → green → yellow → red ramp eye-tracking readers know, but perceptually smoother than
 * the jet ramp it replaces, with no grey or white that would vanish into the radiograph.
 */
const SCALE = interpolateTurbo;
/** The scale at 0, 1/256 … 1 (r, g, b), so painting a frame looks colours up instead of interpolating strings. */
const STEPS = 256;
const LUT = (() => {
  const lut = new Uint8Array((STEPS + 1) * 3);
  for (let i = 0; i <= STEPS; i++) {
    const c = rgb(SCALE(i / STEPS));
    lut.set([c.r, c.g, c.b], i * 3);
  }
  return lut;
})();

/** The same scale as a CSS gradient, for the legend. */
export const HEATMAP_GRADIENT_CSS = `linear-gradient(90deg, ${Array.from({ length: 9 }, (_, i) => SCALE(i / 8)).join(', ')})`;

/**
 * RGBA pixels of the grid, normalised to its maximum. Alpha rises smoothly from 0 (no dwell:
 * the image stays visible, and the heatmap has no hard edge) to its cap at half the maximum.
 */
export function heatmapRgba(grid: HeatmapGrid, out?: Uint8ClampedArray): Uint8ClampedArray {
  const n = grid.cols * grid.rows;
  const px = out && out.length === n * 4 ? out : new Uint8ClampedArray(n * 4);
  const inv = grid.max > 0 ? 1 / grid.max : 0;
  for (let i = 0; i < n; i++) {
    const v = grid.values[i]! * inv;
    const o = i * 4;
    if (v < 0.005) {
      px[o + 3] = 0;
      continue;
    }
    const k = Math.min(STEPS, Math.round(v * STEPS)) * 3;
    px[o] = LUT[k]!;
    px[o + 1] = LUT[k + 1]!;
    px[o + 2] = LUT[k + 2]!;
    const ramp = Math.min(1, v / 0.5);
    px[o + 3] = Math.round(200 * ramp * ramp * (3 - 2 * ramp)); // smoothstep
  }
  return px;
}
