/**
 * The heatmap under the tracks: a coarse grid (HEATMAP_CELLS on the long side) of the layers'
 * fixations, painted once into an offscreen canvas and drawn scaled up smoothly each frame. The
 * grid is recomputed only when what it shows changes (the layers, the mode, or — in window mode —
 * the fixations inside the window, or the window moving by ≥ 0.1 s).
 */
import { heatmapGrid, heatmapRgba, heatmapSigmaPx, type HeatmapGrid } from '@/lib/replay-heatmap';
import type { ImageToScreen } from '@/lib/replay-geometry';
import { fixationRange } from '@/lib/replay-track';
import type { OverlayLayer } from './draw-gaze';

export type HeatmapMode = 'off' | 'read' | 'window';

/** Heatmap grid resolution (cells on the long side): coarse on purpose, drawn scaled up smoothly. */
const HEATMAP_CELLS = 128;

export interface HeatmapView {
  mode: Exclude<HeatmapMode, 'off'>;
  windowSec: number;
  /** Image size in the track's pixel coordinates. */
  width: number;
  height: number;
}

export class HeatmapLayer {
  private key = '';
  private grid: HeatmapGrid | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private rgba: Uint8ClampedArray | null = null;

  draw(ctx: CanvasRenderingContext2D, m: ImageToScreen, layers: readonly OverlayLayer[], t: number, v: HeatmapView) {
    const windowed = v.mode === 'window' && Number.isFinite(v.windowSec);
    const key = cacheKey(layers, t, v, windowed);
    if (this.key !== key) this.paint(layers, t, v, windowed, key);
    const g = this.grid;
    if (!this.canvas || !g || g.max <= 0) return;
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(this.canvas, m.offsetX, m.offsetY, g.cols * g.cellPx * m.scale, g.rows * g.cellPx * m.scale);
  }

  private paint(layers: readonly OverlayLayer[], t: number, v: HeatmapView, windowed: boolean, key: string) {
    const g = heatmapGrid(
      layers.map((l) => {
        const lt = l.timeAt(t);
        return {
          fixations: l.track.fixations,
          from: windowed ? lt - v.windowSec : undefined,
          to: windowed ? lt : undefined,
        };
      }),
      {
        width: v.width,
        height: v.height,
        sigmaPx: heatmapSigmaPx(layers[0]?.track.pixelsPerDegree),
        maxCells: HEATMAP_CELLS,
        target: this.grid ?? undefined,
      },
    );
    this.grid = g;
    const canvas = (this.canvas ??= document.createElement('canvas'));
    if (canvas.width !== g.cols || canvas.height !== g.rows) {
      canvas.width = g.cols;
      canvas.height = g.rows;
    }
    this.rgba = heatmapRgba(g, this.rgba ?? undefined);
    const octx = canvas.getContext('2d')!;
    const img = octx.createImageData(g.cols, g.rows);
    img.data.set(this.rgba);
    octx.putImageData(img, 0, 0);
    this.key = key;
  }
}

/** What the heatmap shows: the mode, the layers and, in window mode, the window and the fixations inside it. */
function cacheKey(layers: readonly OverlayLayer[], t: number, v: HeatmapView, windowed: boolean): string {
  const ranges = layers.map((l) =>
    fixationRange(
      l.track.fixations,
      windowed ? l.timeAt(t) - v.windowSec : -Infinity,
      windowed ? l.timeAt(t) : Infinity,
    ).join('-'),
  );
  const windowPart = windowed ? `${v.windowSec}|${Math.round(t * 10)}` : '';
  return `${v.mode}|${layers.map((l) => l.id).join(',')}|${windowPart}|${ranges.join(',')}`;
}
