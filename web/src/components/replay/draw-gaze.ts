/**
 * Canvas drawing of attention tracks over the viewer, in image coordinates mapped to the screen
 * once per frame (no allocation per sample). Called on every clock frame and every viewer
 * update, so it only walks the samples and fixations inside the visible time window.
 */
import type { FixationSizing } from '@/lib/replay-fixation-size';
import { placeLabels, toScreenX, toScreenY, type ImageToScreen } from '@/lib/replay-geometry';
import {
  fixationIndexAt,
  fixationRange,
  gazeAt,
  sampleRange,
  viewportIndexAt,
  type ReplayTrack,
} from '@/lib/replay-track';

export interface OverlayLayer {
  id: string;
  color: string;
  track: ReplayTrack;
  sizing: FixationSizing;
  /** This layer's own time at the clock's time (multi-reader: absolute or normalised). */
  timeAt(clockTime: number): number;
  /** Colour of the current fixation: red for one reader; the reader's own colour when several share the image. */
  currentColor?: string;
}

export interface HitCircle {
  x: number;
  y: number;
  r: number;
  layer: number;
  fixation: number;
}

export interface LayerDrawOptions {
  /** Trailing window in seconds of the layer's own time; Infinity = everything so far. */
  windowSec: number;
  showSamples: boolean;
  showNumbers: boolean;
  showReaderView: boolean;
  /** Fixation indices to emphasise (the lead window of the linked word). */
  emphasised: ReadonlySet<number> | null;
  selected: number | null;
}

export interface LayerDrawResult {
  currentFixation: number;
  /** Screen position of the current fixation's centre (CSS px in the viewer), when there is one. */
  currentAt: { x: number; y: number } | null;
  drawn: number;
}

const MIN_RADIUS_PX = 5;
const MAX_PATH_POINTS = 20_000;

export function drawLayer(
  ctx: CanvasRenderingContext2D,
  m: ImageToScreen,
  layer: OverlayLayer,
  layerIndex: number,
  t: number,
  o: LayerDrawOptions,
  hits: HitCircle[],
): LayerDrawResult {
  const { track, color } = layer;
  const from = Number.isFinite(o.windowSec) ? t - o.windowSec : -Infinity;
  if (o.showReaderView && track.viewport.length > 0) drawReaderView(ctx, m, track, t, color);
  if (o.showSamples && track.samples.count > 0) drawSamples(ctx, m, track, from, t, color);

  const fx = track.fixations;
  const [i0, i1] = fixationRange(fx, from, t);
  const current = fixationIndexAt(fx, t);
  const pass: FixationPass = { ctx, m, layer, layerIndex, t, o, hits, labels: [] };
  drawSaccades(pass, i0, i1);
  const currentAt = drawFixations(pass, i0, i1, current);
  drawEmphasis(pass, i0, i1);
  drawSelected(pass);
  drawGazePoint(pass);
  if (o.showNumbers) drawLabels(ctx, pass.labels);
  return { currentFixation: current >= 0 ? fx[current]!.number : -1, currentAt, drawn: i1 - i0 };
}

/** What the steps of one layer's drawing share; labels and hits collect as they go. */
interface FixationPass {
  ctx: CanvasRenderingContext2D;
  m: ImageToScreen;
  layer: OverlayLayer;
  layerIndex: number;
  t: number;
  o: LayerDrawOptions;
  hits: HitCircle[];
  labels: Label[];
}

/** Saccades: straight lines between consecutive fixations in the window. */
function drawSaccades({ ctx, m, layer }: FixationPass, i0: number, i1: number) {
  const fx = layer.track.fixations;
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = withAlpha(layer.color, 0.75);
  ctx.beginPath();
  for (let i = i0; i < i1; i++) {
    const f = fx[i]!;
    const x = toScreenX(m, f.x);
    const y = toScreenY(m, f.y);
    if (i === i0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
}

/** The window's fixations, older ones faded, the current one ringed; returns the current one's centre. */
function drawFixations(p: FixationPass, i0: number, i1: number, current: number): { x: number; y: number } | null {
  const { ctx, m, layer, t, o } = p;
  const { color, sizing } = layer;
  const fx = layer.track.fixations;
  const currentColor = layer.currentColor ?? '#ff3b30';
  let currentAt: { x: number; y: number } | null = null;
  for (let i = i0; i < i1; i++) {
    const f = fx[i]!;
    // A fixation in progress grows with its elapsed time: the future is not shown.
    const dur = Math.min(f.end, t) - f.start;
    const r = Math.max(MIN_RADIUS_PX, sizing.radius(dur) * m.scale);
    const x = toScreenX(m, f.x);
    const y = toScreenY(m, f.y);
    const age =
      Number.isFinite(o.windowSec) && o.windowSec > 0 ? Math.min(1, (t - Math.min(f.end, t)) / o.windowSec) : 0;
    const fade = 1 - 0.6 * age;
    const isCurrent = i === current;
    if (isCurrent) currentAt = { x, y };
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = withAlpha(
      isCurrent ? currentColor : color,
      (isCurrent ? 0.6 : sizing.opacity(dur)) * (isCurrent ? 1 : fade),
    );
    ctx.fill();
    ctx.lineWidth = isCurrent ? 3 : 1.5;
    ctx.strokeStyle = isCurrent ? '#ffffff' : withAlpha(color, 0.95 * fade);
    ctx.stroke();
    if (isCurrent) ring(ctx, x, y, r + 3, currentColor, 2.5);
    if (o.showNumbers)
      p.labels.push({ text: String(f.number), x, y, alpha: isCurrent ? 1 : fade, rank: isCurrent ? 2 : 0 });
    p.hits.push({ x, y, r, layer: p.layerIndex, fixation: i });
  }
  return currentAt;
}

/** Dashed rings on the linked word's lead window; those outside the time window stay clickable and numbered. */
function drawEmphasis(p: FixationPass, i0: number, i1: number) {
  const { ctx, m, layer, o } = p;
  if (!o.emphasised || o.emphasised.size === 0) return;
  const fx = layer.track.fixations;
  ctx.setLineDash([5, 3]);
  for (const i of o.emphasised) {
    const f = fx[i];
    if (!f) continue;
    const r = Math.max(MIN_RADIUS_PX, layer.sizing.radius(f.end - f.start) * m.scale) + 5;
    const x = toScreenX(m, f.x);
    const y = toScreenY(m, f.y);
    ring(ctx, x, y, r, '#00e5ff', 2.5);
    if (i < i0 || i >= i1) {
      if (o.showNumbers) p.labels.push({ text: String(f.number), x, y, alpha: 1, rank: 1 });
      p.hits.push({ x, y, r, layer: p.layerIndex, fixation: i });
    }
  }
  ctx.setLineDash([]);
}

/** The fixation the person clicked. */
function drawSelected({ ctx, m, layer, o }: FixationPass) {
  const f = o.selected != null ? layer.track.fixations[o.selected] : undefined;
  if (!f) return;
  const r = Math.max(MIN_RADIUS_PX, layer.sizing.radius(f.end - f.start) * m.scale) + 8;
  ring(ctx, toScreenX(m, f.x), toScreenY(m, f.y), r, '#ff2bd6', 3);
}

/**
 * Where the eyes are right now (raw gaze), when there are samples: a small ring, so the
 * current fixation's number stays readable (it is drawn again on top).
 */
function drawGazePoint({ ctx, m, layer, t }: FixationPass) {
  const { track } = layer;
  const g = track.samples.count > 0 ? gazeAt(track.samples, t) : null;
  if (!g || t > track.durationSec) return;
  const x = toScreenX(m, g.x);
  const y = toScreenY(m, g.y);
  ring(ctx, x, y, 7, '#000', 3);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = layer.color;
  ctx.stroke();
}

function ring(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, stroke: string, width: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

function drawSamples(
  ctx: CanvasRenderingContext2D,
  m: ImageToScreen,
  track: ReplayTrack,
  from: number,
  to: number,
  color: string,
) {
  const s = track.samples;
  const [a, b] = sampleRange(s, from, to);
  if (b <= a) return;
  const stride = Math.max(1, Math.ceil((b - a) / MAX_PATH_POINTS));
  const sparse = track.samplingHz == null || (b - a) / Math.max(1e-3, s.t[b - 1]! - s.t[a]!) < 5;
  ctx.lineWidth = 1;
  ctx.strokeStyle = withAlpha(color, 0.45);
  ctx.beginPath();
  let pen = false;
  for (let i = a; i < b; i += stride) {
    const x = s.x[i]!;
    const y = s.y[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      pen = false; // a blink breaks the line
      continue;
    }
    const sx = toScreenX(m, x);
    const sy = toScreenY(m, y);
    if (pen) ctx.lineTo(sx, sy);
    else ctx.moveTo(sx, sy);
    pen = true;
  }
  ctx.stroke();
  if (sparse) {
    // About one sample a second: the points themselves matter, draw them.
    ctx.fillStyle = withAlpha(color, 0.8);
    for (let i = a; i < b; i += stride) {
      const x = s.x[i]!;
      const y = s.y[i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) continue;
      ctx.fillRect(toScreenX(m, x) - 1.5, toScreenY(m, y) - 1.5, 3, 3);
    }
  }
}

function drawReaderView(ctx: CanvasRenderingContext2D, m: ImageToScreen, track: ReplayTrack, t: number, color: string) {
  const e = track.viewport[viewportIndexAt(track.viewport, t)];
  if (!e) return;
  ctx.setLineDash([8, 6]);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = withAlpha(color, 0.9);
  ctx.strokeRect(toScreenX(m, e.xmin), toScreenY(m, e.ymin), (e.xmax - e.xmin) * m.scale, (e.ymax - e.ymin) * m.scale);
  ctx.setLineDash([]);
}

const LABEL_FONT = '600 11px system-ui, sans-serif';
const LABEL_HEIGHT = 13;

interface Label {
  text: string;
  x: number;
  y: number;
  alpha: number;
  /** 2 current, 1 emphasised, 0 other: higher ranks are placed first. */
  rank: number;
}

/** Numbers without collisions: the current fixation first, then emphasised, then newest first. */
function drawLabels(ctx: CanvasRenderingContext2D, labels: Label[]) {
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // Pushed in time order: reversed, the newest of each rank comes first (the sort is stable).
  const ordered = labels.reverse().sort((a, b) => b.rank - a.rank);
  const keep = placeLabels(
    ordered.map((l) => ({ x: l.x, y: l.y, w: ctx.measureText(l.text).width + 4, h: LABEL_HEIGHT })),
  );
  ordered.forEach((l, i) => keep[i] && drawLabel(ctx, l.text, l.x, l.y, l.alpha));
}

function drawLabel(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, alpha: number) {
  ctx.globalAlpha = alpha;
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(0,0,0,0.85)';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = '#fff';
  ctx.fillText(text, x, y);
  ctx.globalAlpha = 1;
}

const alphaCache = new Map<string, string>();
/** '#rrggbb' + alpha → 'rgba(…)' (cached: called for every marker every frame). */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 100) / 100;
  const key = hex + a;
  let v = alphaCache.get(key);
  if (!v) {
    const n = parseInt(hex.slice(1), 16);
    v = `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${a})`;
    if (alphaCache.size > 4096) alphaCache.clear();
    alphaCache.set(key, v);
  }
  return v;
}
