/**
 * Attention tracks that agree with the read. The timeline is a sequence of "visits" (where the
 * eyes are, for how long): a region is visited about one second before the words naming it are
 * spoken (readers look before they speak); missed findings are visited briefly (recognition
 * error), at length (decision error) or never (search error); the gaps are filled by the
 * strategy's search — a checklist, a global look then lung fields, or revisits of the findings.
 *
 * Two renderings of the same timeline: sparse CheXthought-like attention samples (~64 a read),
 * or dense 60 Hz gaze with fixations, saccades, blinks and the viewer's zoom/window events.
 */
import type { TrackRecord, ViewportEvent } from '../model.ts';
import { CHECKLIST, LANDMARKS, lungPoint, type PixelBox } from './anatomy.ts';
import type { Rng, RngStreams } from './prng.ts';
import type { TrackPlan } from './reads.ts';

/**
 * Sparse samples per second of read. Calibrated so the mean over reads is ~63.8 (CheXthought:
 * 6,609,082 samples / 103,592 reads) given the generator's duration distribution.
 */
export const SPARSE_SAMPLES_PER_SECOND = 1.64;
export const DENSE_HZ = 60;
/** Height of the viewer on screen, in screen pixels (zoom = screen px per image px). */
const SCREEN_HEIGHT = 1200;

interface Visit {
  start: number;
  end: number;
  x: number;
  y: number;
  spread: number;
  box: PixelBox | null;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const r3 = (v: number) => Math.round(v * 1000) / 1000;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function boxVisit(start: number, end: number, box: PixelBox): Visit {
  return { start, end, x: (box.xmin + box.xmax) / 2, y: (box.ymin + box.ymax) / 2, spread: 0, box };
}

/** A gaze point within a visit: around the point, or spread over the region's box. */
function pointIn(rng: Rng, v: Visit): [number, number] {
  if (!v.box) return [v.x + rng.normal(0, v.spread), v.y + rng.normal(0, v.spread)];
  const { xmin, ymin, xmax, ymax } = v.box;
  return [clamp(rng.normal(v.x, (xmax - xmin) / 5), xmin, xmax), clamp(rng.normal(v.y, (ymax - ymin) / 5), ymin, ymax)];
}

function overlaps(a: { start: number; end: number }, list: readonly { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && a.end > b.start);
}

/** The visit timeline covering [0, durationSec]. */
export function planVisits(rng: Rng, plan: TrackPlan): Visit[] {
  const { width: W, height: H, durationSec: D, strategy } = plan;
  const pins: Visit[] = [];
  if (strategy === 'focal' && plan.targets[0]) {
    const s = rng.range(0.2, 0.6);
    pins.push(boxVisit(s, s + rng.range(1, 2), plan.targets[0]));
  }
  for (const look of plan.looks) {
    const dwell = look.finding ? rng.range(0.6, 1.3) : rng.range(0.35, 0.8);
    const centre = look.t - rng.clampedNormal(1, 0.25, 0.5, 1.6);
    const start = Math.max(0, centre - dwell / 2);
    const end = Math.min(D, centre + dwell / 2);
    if (end - start > 0.15) pins.push(boxVisit(start, end, look.box));
  }
  pins.sort((a, b) => a.start - b.start);
  const resolved: Visit[] = [];
  for (const p of pins) {
    const last = resolved[resolved.length - 1];
    if (last && p.start < last.end) p.start = last.end;
    if (p.end - p.start >= 0.15) resolved.push(p);
  }
  for (const m of plan.missed) {
    if (m.kind === 'search') continue;
    const dwell = m.kind === 'recognition' ? rng.range(0.25, 0.8) : rng.range(1, 2.2);
    for (let attempt = 0; attempt < 8 && D > dwell + 1; attempt++) {
      const s = rng.range(0.5, D - dwell - 0.5);
      const v = boxVisit(s, s + dwell, m.box);
      if (!overlaps(v, resolved)) {
        resolved.push(v);
        resolved.sort((a, b) => a.start - b.start);
        break;
      }
    }
  }

  const revisit = {
    'comparison-driven': 0.35,
    focal: 0.3,
    'global-then-focal': 0.25,
    'free-search': 0.1,
    systematic: 0,
  }[strategy];
  const globalEnd = strategy === 'global-then-focal' ? rng.range(2, 3.5) : 0;
  let checklist = rng.int(0, 2);
  const filler = (start: number, end: number): Visit => {
    if (start < globalEnd) return { start, end, x: 0.5 * W, y: 0.45 * H, spread: 0.12 * W, box: null };
    if (strategy === 'systematic') {
      const [px, py] = CHECKLIST[checklist++ % CHECKLIST.length]!;
      return {
        start,
        end,
        x: (px + rng.range(-0.02, 0.02)) * W,
        y: (py + rng.range(-0.02, 0.02)) * H,
        spread: 0.015 * W,
        box: null,
      };
    }
    const u = rng.next();
    if (plan.targets.length && u < revisit) return boxVisit(start, end, rng.pick(plan.targets));
    if (u < revisit + 0.15) {
      const [px, py] = rng.pick(LANDMARKS);
      return { start, end, x: px * W, y: py * H, spread: 0.02 * W, box: null };
    }
    const [x, y] = lungPoint(rng, W, H);
    return { start, end, x, y, spread: 0.02 * W, box: null };
  };
  const visits: Visit[] = [];
  const fill = (a: number, b: number) => {
    while (b - a > 0.05) {
      const d = strategy === 'free-search' ? rng.range(0.25, 0.9) : rng.range(0.35, 1.6);
      let e = Math.min(b, a + d);
      if (b - e < 0.2) e = b;
      visits.push(filler(a, e));
      a = e;
    }
  };
  let t = 0;
  for (const pin of resolved) {
    fill(t, pin.start);
    visits.push(pin);
    t = pin.end;
  }
  fill(t, D);
  return visits;
}

/** ~64 attention samples per read, one per stratum of time so times never go backwards. */
export function sparseTrack(streams: RngStreams, plan: TrackPlan): TrackRecord {
  const rng = streams.for('track', plan.readId);
  const visits = planVisits(rng, plan);
  const { width: W, height: H, durationSec: D } = plan;
  const n = Math.max(12, Math.round(D * SPARSE_SAMPLES_PER_SECOND * rng.range(0.8, 1.2)));
  const t: number[] = new Array(n);
  const x: number[] = new Array(n);
  const y: number[] = new Array(n);
  let vi = 0;
  for (let i = 0; i < n; i++) {
    const ti = Math.min(D, r3(((i + rng.next()) * D) / n));
    while (vi < visits.length - 1 && visits[vi]!.end <= ti) vi++;
    const [px, py] = pointIn(rng, visits[vi]!);
    t[i] = ti;
    x[i] = r1(clamp(px, 0.5, W - 0.5));
    y[i] = r1(clamp(py, 0.5, H - 0.5));
  }
  return {
    readId: plan.readId,
    samplingHz: null,
    pixelsPerDegree: null,
    samples: { t, x, y },
    fixations: null,
    viewport: [],
    synthetic: true,
  };
}

interface ViewState {
  rect: PixelBox;
  windowWidth: number;
  windowLevel: number;
}

/** Zoom-ins on findings just before they are looked at, and a display-window change or two. */
function planViewport(rng: Rng, plan: TrackPlan): ViewportEvent[] {
  const { width: W, height: H, durationSec: D } = plan;
  const full: PixelBox = { xmin: 0, ymin: 0, xmax: W, ymax: H };
  const changes: { t: number; rect?: PixelBox; window?: [number, number] }[] = [];
  let busyUntil = 0;
  const seen = new Set<string>();
  for (const look of plan.looks) {
    if (!look.finding || seen.has(look.finding)) continue;
    seen.add(look.finding);
    if (!rng.chance(0.6)) continue;
    const tIn = Math.max(busyUntil + 0.2, look.t - rng.range(1.8, 2.4), 0.2);
    const tOut = Math.max(tIn + 1, look.t + rng.range(1, 2.5));
    if (tOut >= D) continue;
    const { xmin, ymin, xmax, ymax } = look.box;
    const side = clamp(Math.max(xmax - xmin, ymax - ymin) * 1.8, 0.25 * Math.min(W, H), 0.7 * Math.min(W, H));
    const x0 = clamp((xmin + xmax) / 2 - side / 2, 0, W - side);
    const y0 = clamp((ymin + ymax) / 2 - side / 2, 0, H - side);
    changes.push({
      t: tIn,
      rect: { xmin: Math.round(x0), ymin: Math.round(y0), xmax: Math.round(x0 + side), ymax: Math.round(y0 + side) },
    });
    changes.push({ t: tOut, rect: full });
    busyUntil = tOut;
  }
  if (rng.chance(0.5)) {
    // A narrower window brings out subtle lucency (pneumothorax) or faint nodules.
    const tw = rng.range(0.15, 0.85) * D;
    changes.push({ t: tw, window: [rng.int(110, 200), rng.int(90, 150)] });
    const back = tw + rng.range(4, 12);
    if (rng.chance(0.5) && back < D) changes.push({ t: back, window: [256, 128] });
  }
  changes.sort((a, b) => a.t - b.t);
  const state: ViewState = { rect: full, windowWidth: 256, windowLevel: 128 };
  const event = (t: number): ViewportEvent => ({
    t: r3(t),
    ...state.rect,
    zoom: r3(SCREEN_HEIGHT / (state.rect.ymax - state.rect.ymin)),
    windowWidth: state.windowWidth,
    windowLevel: state.windowLevel,
  });
  const events = [event(0)];
  for (const c of changes) {
    if (c.rect) state.rect = c.rect;
    if (c.window) [state.windowWidth, state.windowLevel] = c.window;
    events.push(event(c.t));
  }
  return events;
}

const FIXATION = 0;
const SACCADE = 1;
const BLINK = 2;
interface GazeEvent {
  kind: typeof FIXATION | typeof SACCADE | typeof BLINK;
  start: number;
  end: number;
  x: number;
  y: number;
}

/** Raw 60 Hz gaze: fixations within visits, saccades between them, a few blinks (null x/y). */
export function denseTrack(streams: RngStreams, plan: TrackPlan): TrackRecord {
  const rng = streams.for('track', plan.readId);
  const visits = planVisits(rng, plan);
  const { width: W, height: H, durationSec: D } = plan;
  const ppd = rng.range(30, 50);
  const viewport = planViewport(rng, plan);
  const rectAt = (t: number): PixelBox => {
    let rect: PixelBox = viewport[0]!;
    for (const e of viewport) if (e.t <= t) rect = e;
    return rect;
  };
  // Novices fixate longer.
  const medianFixation = 0.22 + 0.08 * (1 - Math.min(1, plan.experienceYears / 20));

  const events: GazeEvent[] = [];
  let cur = 0;
  for (const v of visits) {
    while (v.end - cur > 0.08) {
      if (events.length) {
        const blink = rng.chance(0.03);
        const dur = blink ? rng.range(0.1, 0.3) : rng.range(0.02, 0.06);
        events.push({ kind: blink ? BLINK : SACCADE, start: cur, end: cur + dur, x: 0, y: 0 });
        cur += dur;
      }
      const end = Math.min(Math.max(v.end, cur + 0.08), cur + clamp(rng.logNormal(medianFixation, 0.4), 0.08, 1.2));
      const [px, py] = pointIn(rng, v);
      // While zoomed in, the eyes stay on the part of the image that is shown.
      const r = rectAt(cur);
      const mx = 0.03 * (r.xmax - r.xmin);
      const my = 0.03 * (r.ymax - r.ymin);
      events.push({
        kind: FIXATION,
        start: cur,
        end,
        x: clamp(px, r.xmin + mx, r.xmax - mx),
        y: clamp(py, r.ymin + my, r.ymax - my),
      });
      cur = end;
    }
  }
  while (events.length && events[events.length - 1]!.kind !== FIXATION) events.pop();
  if (events.length) events[events.length - 1]!.end = D;

  const n = Math.floor(D * DENSE_HZ) + 1;
  const t: number[] = new Array(n);
  const x: (number | null)[] = new Array(n);
  const y: (number | null)[] = new Array(n);
  const tremor = ppd * 0.05;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const ti = Math.min(D, r3(i / DENSE_HZ));
    while (k < events.length - 1 && events[k]!.end <= ti) k++;
    const e = events[k]!;
    t[i] = ti;
    if (e.kind === BLINK) {
      x[i] = null;
      y[i] = null;
      continue;
    }
    let px: number;
    let py: number;
    if (e.kind === SACCADE) {
      const from = events[k - 1]!;
      const to = events[k + 1]!;
      const f = (ti - e.start) / (e.end - e.start);
      px = from.x + (to.x - from.x) * f;
      py = from.y + (to.y - from.y) * f;
    } else {
      px = e.x + rng.normal(0, tremor);
      py = e.y + rng.normal(0, tremor);
    }
    x[i] = r1(clamp(px, 0.5, W - 0.5));
    y[i] = r1(clamp(py, 0.5, H - 0.5));
  }
  const fixations = events
    .filter((e) => e.kind === FIXATION)
    .map((e) => ({
      start: r3(e.start),
      end: r3(e.end),
      x: r1(clamp(e.x, 0.5, W - 0.5)),
      y: r1(clamp(e.y, 0.5, H - 0.5)),
    }));
  return {
    readId: plan.readId,
    samplingHz: DENSE_HZ,
    pixelsPerDegree: r1(ppd),
    samples: { t, x, y },
    fixations,
    viewport,
    synthetic: true,
  };
}
