/**
 * Duration-weighted attention heatmap: each fixation adds a Gaussian (σ = 1° of visual angle,
 * or DEFAULT_PX_PER_DEGREE px when the track does not know its geometry) weighted by the part of
 * its duration inside the requested time range. Computed on a coarse grid (at most `maxCells`
 * cells on the long side) so it is cheap enough to recompute while playing; the caller draws
 * the RGBA result scaled up with smoothing.
 */
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

/** Colour stops (value 0–1 → r, g, b): blue → cyan → green → yellow → red. */
const STOPS: ReadonlyArray<readonly [number, number, number, number]> = [
  [0, 0, 0, 255],
  [0.25, 0, 200, 255],
  [0.5, 0, 220, 60],
  [0.75, 255, 230, 0],
  [1, 230, 20, 0],
];

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
    let k = 1;
    while (k < STOPS.length - 1 && STOPS[k]![0] < v) k++;
    const a = STOPS[k - 1]!;
    const b = STOPS[k]!;
    const f = (v - a[0]) / (b[0] - a[0]);
    px[o] = a[1] + (b[1] - a[1]) * f;
    px[o + 1] = a[2] + (b[2] - a[2]) * f;
    px[o + 2] = a[3] + (b[3] - a[3]) * f;
    const ramp = Math.min(1, v / 0.5);
    px[o + 3] = Math.round(200 * ramp * ramp * (3 - 2 * ramp)); // smoothstep
  }
  return px;
}
