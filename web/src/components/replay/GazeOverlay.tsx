'use client';
/**
 * The canvas over the viewer that draws the attention tracks (and the heatmap) in image
 * coordinates. It redraws on every clock frame and on OpenSeadragon's 'update-viewport' (which
 * fires after each viewer draw, zoom/pan animations included), so markers stay on the anatomy.
 * Nothing here re-renders React per frame; state for tests is put on data attributes:
 * data-current-fixation (number of the fixation in progress in the first layer, or empty),
 * data-current-fixation-xy (its centre in CSS px), data-drawn-fixations, data-emphasised, data-time,
 * data-underlay-shapes (shapes the coverage overlay drew, empty when it is off).
 */
import type OpenSeadragon from 'openseadragon';
import { useEffect, useRef } from 'react';
import { hitTestCircles, transformFromPoints, type ImageToScreen } from '@/lib/replay-geometry';
import { useLatest } from '@/lib/use-latest';
import type { ReplayClock } from '@/lib/replay-clock';
import { drawLayer, type HitCircle, type LayerDrawOptions, type LayerDrawResult, type OverlayLayer } from './draw-gaze';
import { HeatmapLayer, type HeatmapMode } from './draw-heatmap';
import styles from './replay.module.css';

export type { HeatmapMode };

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
  /** Drawn under the tracks each frame (the coverage overlay); returns the shapes drawn, for data-underlay-shapes. */
  underlay?: ((ctx: CanvasRenderingContext2D, m: ImageToScreen, t: number) => number) | null;
}

export function GazeOverlay({
  viewer,
  clock,
  imageWidth,
  imageHeight,
  layers,
  settings,
  onFixationClick,
  underlay,
}: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const props = useLatest({ viewer, layers, settings, imageWidth, imageHeight, onFixationClick, underlay });
  const hits = useRef<HitCircle[]>([]);
  const drawRef = useRef<() => void>(() => {});
  const heatmap = useRef(new HeatmapLayer());
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
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const draw = () => {
      const { viewer: v, layers: ls, settings: s, imageWidth: w, imageHeight: h, underlay: under } = props.current;
      clearCanvas(canvas, ctx);
      const m = imageToScreen(v, pointCtor.current, w);
      hits.current = [];
      if (!m) return;
      const t = clock.time;
      if (s.heatmap !== 'off')
        heatmap.current.draw(ctx, m, ls, t, { mode: s.heatmap, windowSec: s.windowSec, width: w, height: h });
      canvas.dataset.underlayShapes = under ? String(under(ctx, m, t)) : '';
      const results = ls.map((layer, i) =>
        drawLayer(ctx, m, layer, i, layer.timeAt(t), layerOptions(s, i), hits.current),
      );
      describeFrame(canvas, t, ls, s, results);
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
  }, [layers, settings, imageWidth, imageHeight, underlay]);

  return <canvas ref={canvasRef} className={styles.overlay} data-testid="gaze-overlay" aria-hidden="true" />;
}

/** Sizes the backing store to the element at the device's pixel ratio and clears it. */
function clearCanvas(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D) {
  const dpr = window.devicePixelRatio || 1;
  const cw = canvas.clientWidth;
  const ch = canvas.clientHeight;
  if (canvas.width !== Math.round(cw * dpr) || canvas.height !== Math.round(ch * dpr)) {
    canvas.width = Math.round(cw * dpr);
    canvas.height = Math.round(ch * dpr);
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, cw, ch);
}

/** Image pixels → viewer CSS px, from where the viewer shows the image's corners now (null before it opens). */
function imageToScreen(
  viewer: OpenSeadragon.Viewer | null,
  Point: typeof OpenSeadragon.Point | null,
  imageWidth: number,
): ImageToScreen | null {
  const item = viewer?.world.getItemAt(0);
  if (!viewer || !item || !Point) return null;
  const content = item.getContentSize();
  const origin = viewer.viewport.imageToViewerElementCoordinates(new Point(0, 0));
  const corner = viewer.viewport.imageToViewerElementCoordinates(new Point(content.x, content.y));
  return transformFromPoints(origin, corner, imageWidth);
}

function layerOptions(s: OverlaySettings, i: number): LayerDrawOptions {
  return {
    windowSec: s.windowSec,
    showSamples: s.showSamples,
    showNumbers: s.showNumbers,
    showReaderView: s.showReaderView,
    emphasised: s.emphasised.get(i) ?? null,
    selected: s.selected?.layer === i ? s.selected.fixation : null,
  };
}

/** The frame's state on data attributes, for tests (see the module comment); the first layer's current fixation. */
function describeFrame(
  canvas: HTMLCanvasElement,
  t: number,
  layers: readonly OverlayLayer[],
  s: OverlaySettings,
  results: readonly LayerDrawResult[],
) {
  const first = results[0];
  const at = first?.currentAt;
  canvas.dataset.time = t.toFixed(3);
  canvas.dataset.currentFixation = first && first.currentFixation >= 0 ? String(first.currentFixation) : '';
  canvas.dataset.currentFixationXy = at ? `${at.x.toFixed(1)},${at.y.toFixed(1)}` : '';
  canvas.dataset.drawnFixations = String(results.reduce((n, r) => n + r.drawn, 0));
  canvas.dataset.layers = String(layers.length);
  canvas.dataset.heatmap = s.heatmap;
  const e0 = s.emphasised.get(0);
  canvas.dataset.emphasised =
    e0 && layers[0] ? [...e0].map((i) => layers[0]!.track.fixations[i]?.number).join(',') : '';
}
