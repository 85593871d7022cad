'use client';
/**
 * The canvas over the viewer that draws the attention tracks (and the heatmap) in image
 * coordinates. It redraws on every clock frame and on OpenSeadragon's 'update-viewport' (which
 * fires after each viewer draw, zoom/pan animations included), so markers stay on the anatomy.
 * Nothing here re-renders React per frame; state for tests is put on data attributes:
 * data-current-fixation (number of the fixation in progress in the first layer, or empty),
 * data-current-fixation-xy (its centre in CSS px), data-drawn-fixations, data-emphasised, data-time.
 */
import type OpenSeadragon from 'openseadragon';
import { useEffect, useRef } from 'react';
import { heatmapGrid, heatmapRgba, heatmapSigmaPx, type HeatmapGrid } from '@/lib/replay-heatmap';
import { hitTestCircles, transformFromPoints, type ImageToScreen } from '@/lib/replay-geometry';
import { fixationRange } from '@/lib/replay-track';
import { useLatest } from '@/lib/use-latest';
import type { ReplayClock } from '@/lib/replay-clock';
import { drawLayer, type HitCircle, type LayerDrawOptions, type OverlayLayer } from './draw-gaze';
import styles from './replay.module.css';

export type HeatmapMode = 'off' | 'read' | 'window';

export interface OverlaySettings {
  windowSec: number;
  heatmap: HeatmapMode;
  showSamples: boolean;
  showNumbers: boolean;
  showReaderView: boolean;
  /** Per layer index: fixations to emphasise (lead window of the linked word). */
  emphasised: ReadonlyMap<number, ReadonlySet<number>>;
  selected: { layer: number; fixation: number } | null;
}

export interface FixationHit {
  layer: number;
  fixation: number;
  /** Position in the viewer element (CSS px), for placing a popover. */
  x: number;
  y: number;
}

interface Props {
  viewer: OpenSeadragon.Viewer | null;
  clock: ReplayClock;
  /** Image size in the track's pixel coordinates (the API's Image.width/height). */
  imageWidth: number;
  imageHeight: number;
  layers: readonly OverlayLayer[];
  settings: OverlaySettings;
  onFixationClick?: (hit: FixationHit | null) => void;
}

/** Heatmap grid resolution (cells on the long side): coarse on purpose, drawn scaled up smoothly. */
const HEATMAP_CELLS = 128;

export function GazeOverlay({ viewer, clock, imageWidth, imageHeight, layers, settings, onFixationClick }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const props = useLatest({ viewer, layers, settings, imageWidth, imageHeight, onFixationClick });
  const hits = useRef<HitCircle[]>([]);
  const drawRef = useRef<() => void>(() => {});
  const heat = useRef<{
    key: string;
    grid: HeatmapGrid | null;
    canvas: HTMLCanvasElement | null;
    rgba: Uint8ClampedArray | null;
  }>({
    key: '',
    grid: null,
    canvas: null,
    rgba: null,
  });
  const pointCtor = useRef<typeof OpenSeadragon.Point | null>(null);

  useEffect(() => {
    let cancelled = false;
    // OSD only in the browser: its Point class is needed for viewport coordinate conversion.
    import('openseadragon').then((m) => {
      if (cancelled) return;
      pointCtor.current = m.default.Point;
      drawRef.current();
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;

    const transform = (): ImageToScreen | null => {
      const { viewer: v, imageWidth: w } = props.current;
      const P = pointCtor.current;
      const item = v?.world.getItemAt(0);
      if (!v || !item || !P) return null;
      const content = item.getContentSize();
      const origin = v.viewport.imageToViewerElementCoordinates(new P(0, 0));
      const corner = v.viewport.imageToViewerElementCoordinates(new P(content.x, content.y));
      return transformFromPoints(origin, corner, w);
    };

    const draw = () => {
      const { layers: ls, settings: s, imageWidth: w, imageHeight: h } = props.current;
      const dpr = window.devicePixelRatio || 1;
      const cw = canvas.clientWidth;
      const ch = canvas.clientHeight;
      if (canvas.width !== Math.round(cw * dpr) || canvas.height !== Math.round(ch * dpr)) {
        canvas.width = Math.round(cw * dpr);
        canvas.height = Math.round(ch * dpr);
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, cw, ch);
      const m = transform();
      hits.current = [];
      if (!m) return;
      const t = clock.time;
      if (s.heatmap !== 'off') drawHeatmap(ctx, m, ls, t, s, w, h);
      let current = -1;
      let currentAt: { x: number; y: number } | null = null;
      let drawn = 0;
      for (let i = 0; i < ls.length; i++) {
        const layer = ls[i]!;
        const opts: LayerDrawOptions = {
          windowSec: s.windowSec,
          showSamples: s.showSamples,
          showNumbers: s.showNumbers,
          showReaderView: s.showReaderView,
          emphasised: s.emphasised.get(i) ?? null,
          selected: s.selected?.layer === i ? s.selected.fixation : null,
        };
        const r = drawLayer(ctx, m, layer, i, layer.timeAt(t), opts, hits.current);
        if (i === 0) {
          current = r.currentFixation;
          currentAt = r.currentAt;
        }
        drawn += r.drawn;
      }
      canvas.dataset.time = t.toFixed(3);
      canvas.dataset.currentFixation = current >= 0 ? String(current) : '';
      canvas.dataset.currentFixationXy = currentAt ? `${currentAt.x.toFixed(1)},${currentAt.y.toFixed(1)}` : '';
      canvas.dataset.drawnFixations = String(drawn);
      canvas.dataset.layers = String(ls.length);
      canvas.dataset.heatmap = s.heatmap;
      const e0 = s.emphasised.get(0);
      canvas.dataset.emphasised = e0 && ls[0] ? [...e0].map((i) => ls[0]!.track.fixations[i]?.number).join(',') : '';
    };

    /** The heatmap is recomputed only when what it shows changes (the window moves by ≥ 0.1 s). */
    const drawHeatmap = (
      c: CanvasRenderingContext2D,
      m: ImageToScreen,
      ls: readonly OverlayLayer[],
      t: number,
      s: OverlaySettings,
      w: number,
      h: number,
    ) => {
      const windowed = s.heatmap === 'window' && Number.isFinite(s.windowSec);
      const key = `${s.heatmap}|${ls.map((l) => l.id).join(',')}|${windowed ? `${s.windowSec}|${Math.round(t * 10)}` : ''}|${ls
        .map((l) =>
          fixationRange(
            l.track.fixations,
            windowed ? l.timeAt(t) - s.windowSec : -Infinity,
            windowed ? l.timeAt(t) : Infinity,
          ).join('-'),
        )
        .join(',')}`;
      const hm = heat.current;
      if (hm.key !== key) {
        const sigma = heatmapSigmaPx(ls[0]?.track.pixelsPerDegree);
        hm.grid = heatmapGrid(
          ls.map((l) => {
            const lt = l.timeAt(t);
            return {
              fixations: l.track.fixations,
              from: windowed ? lt - s.windowSec : undefined,
              to: windowed ? lt : undefined,
            };
          }),
          { width: w, height: h, sigmaPx: sigma, maxCells: HEATMAP_CELLS, target: hm.grid ?? undefined },
        );
        const g = hm.grid;
        if (!hm.canvas) hm.canvas = document.createElement('canvas');
        if (hm.canvas.width !== g.cols || hm.canvas.height !== g.rows) {
          hm.canvas.width = g.cols;
          hm.canvas.height = g.rows;
        }
        hm.rgba = heatmapRgba(g, hm.rgba ?? undefined);
        const octx = hm.canvas.getContext('2d')!;
        const img = octx.createImageData(g.cols, g.rows);
        img.data.set(hm.rgba);
        octx.putImageData(img, 0, 0);
        hm.key = key;
      }
      if (!hm.canvas || !hm.grid || hm.grid.max <= 0) return;
      c.imageSmoothingEnabled = true;
      c.imageSmoothingQuality = 'high';
      const g = hm.grid;
      c.drawImage(hm.canvas, m.offsetX, m.offsetY, g.cols * g.cellPx * m.scale, g.rows * g.cellPx * m.scale);
    };

    drawRef.current = draw;
    const unsubscribe = clock.subscribe(draw);
    const resize = new ResizeObserver(draw);
    resize.observe(canvas);
    draw();
    return () => {
      unsubscribe();
      resize.disconnect();
    };
  }, [clock, props]);

  // Viewer: redraw after each of its draws; clicks hit-test the drawn fixations.
  useEffect(() => {
    if (!viewer) return;
    const redraw = () => drawRef.current();
    const click = (e: OpenSeadragon.CanvasClickEvent) => {
      if (!e.quick) return;
      const i = hitTestCircles(hits.current, e.position.x, e.position.y);
      const h = hits.current[i];
      props.current.onFixationClick?.(
        h ? { layer: h.layer, fixation: h.fixation, x: e.position.x, y: e.position.y } : null,
      );
    };
    viewer.addHandler('update-viewport', redraw);
    viewer.addHandler('animation-finish', redraw);
    viewer.addHandler('open', redraw);
    viewer.addHandler('canvas-click', click);
    redraw();
    return () => {
      viewer.removeHandler('update-viewport', redraw);
      viewer.removeHandler('animation-finish', redraw);
      viewer.removeHandler('open', redraw);
      viewer.removeHandler('canvas-click', click);
    };
  }, [viewer, props]);

  // Settings or layers changed while paused: draw once.
  useEffect(() => {
    drawRef.current();
  }, [layers, settings, imageWidth, imageHeight]);

  return <canvas ref={canvasRef} className={styles.overlay} data-testid="gaze-overlay" aria-hidden="true" />;
}
