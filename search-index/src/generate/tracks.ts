/**
 * Attention tracks that agree with the read. The timeline is a sequence of "visits" (where the
 * eyes are, for how long): a region is first reached about one second before the word naming it
 * is spoken (readers look before they speak); missed findings are visited briefly (recognition
 * error), at length (decision error) or never (search error); the gaps are filled by the
 * strategy's free search — a checklist, a global look then lung fields, or revisits of the
 * findings. All gaze keeps out of a search or recognition miss's surround (surround.ts; so a
 * search miss stays unseen and a recognition miss brief) and out of a reported finding's until
 * its first look (so the eyes reach it about a second before it is named), save the looks at
 * the region itself; where a look cannot keep out, free search goes elsewhere. Experienced
 * readers spread free search over the lungs, novices return to a few places, so lung coverage
 * grows with experience (docs/metrics.md#generator).
 *
 * Two renderings of the same timeline: sparse CheXthought-like attention samples (~64 a read),
 * or dense 60 Hz gaze with fixations, saccades, blinks and the viewer's zoom/window events.
 */
import type { Region } from '../metrics/contract.ts';
import { DEFAULT_PIXELS_PER_DEGREE } from '../metrics/fixations.ts';
import { insideRegion } from '../metrics/regions.ts';
import type { Box, TrackRecord, ViewportEvent } from '../model.ts';
import { CHECKLIST, LANDMARKS, lungPoint } from './anatomy.ts';
import type { Rng, RngStreams } from './prng.ts';
import type { TrackPlan } from './reads.ts';
import { DENSE_PIXELS_PER_DEGREE, keepOutMargin, reachAt } from './surround.ts';

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
  box: Box | null;
  /** Free search (filler, revisits, pertinent negatives): may look elsewhere rather than into a kept-out surround. */
  free: boolean;
}

/** A finding's surround that gaze keeps out of until `until` (s), save looks at `box` itself. */
interface Zone {
  box: Box;
  region: Region;
  until: number;
}

/** The visits covering [0, durationSec], and where gaze may look at a moment. */
interface Timeline {
  visits: Visit[];
  /**
   * How long after t the point stays kept out (0: gaze may look there; Infinity: never), not
   * counting the surround of `own`, the region a visit looks at.
   */
  blockedFor: (x: number, y: number, t: number, own: Box | null) => number;
  /**
   * Where gaze stays while the whole image is shown (the image less a thin border), and where
   * free search looks when nothing nearer is clear.
   */
  frame: Box;
}

type Point = [number, number];

const r1 = (v: number) => Math.round(v * 10) / 10;
const r3 = (v: number) => Math.round(v * 1000) / 1000;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const sameBox = (a: Box, b: Box) => a.xmin === b.xmin && a.ymin === b.ymin && a.xmax === b.xmax && a.ymax === b.ymax;

function boxVisit(start: number, end: number, box: Box, free = false): Visit {
  return { start, end, x: (box.xmin + box.xmax) / 2, y: (box.ymin + box.ymax) / 2, spread: 0, box, free };
}

/** A gaze point within a visit: around the point, or spread over the region's box. */
function drawPoint(rng: Rng, v: Visit): Point {
  if (!v.box) return [v.x + rng.normal(0, v.spread), v.y + rng.normal(0, v.spread)];
  const { xmin, ymin, xmax, ymax } = v.box;
  return [clamp(rng.normal(v.x, (xmax - xmin) / 5), xmin, xmax), clamp(rng.normal(v.y, (ymax - ymin) / 5), ymin, ymax)];
}

function uniformIn(rng: Rng, b: Box): Point {
  return [rng.range(b.xmin, b.xmax), rng.range(b.ymin, b.ymax)];
}

const REDRAWS = 24;

/** Of up to `tries` draws, the first gaze may look at, else the one kept out the shortest while. */
function leastBlocked(draw: (k: number) => Point, tries: number, blockedAt: (p: Point) => number) {
  let point = draw(0);
  let blocked = blockedAt(point);
  for (let k = 1; blocked > 0 && k < tries; k++) {
    const p = draw(k);
    const b = blockedAt(p);
    if (b < blocked) [point, blocked] = [p, b];
  }
  return { point, blocked };
}

/**
 * A gaze point at time t within the frame (the part of the image shown) that keeps out of the
 * surrounds it must: redrawn around the visit's point, then anywhere in its box. Free search
 * that still cannot keep out looks somewhere else in the frame instead (refuge); a look at a
 * finding keeps its least kept-out draw.
 */
function pointIn(rng: Rng, v: Visit, timeline: Timeline, t: number, frame = timeline.frame): Point {
  const framed = ([x, y]: Point): Point => [clamp(x, frame.xmin, frame.xmax), clamp(y, frame.ymin, frame.ymax)];
  const { point, blocked } = leastBlocked(
    (k) => framed(k < REDRAWS || !v.box ? drawPoint(rng, v) : uniformIn(rng, v.box)),
    2 * REDRAWS,
    ([x, y]) => timeline.blockedFor(x, y, t, v.box),
  );
  return blocked > 0 && v.free ? refuge(rng, timeline, t, frame) : point;
}

/**
 * A point anywhere in the frame that free search may look at at time t, or, when the surrounds
 * cover it all, the one kept out the shortest while (the finding about to be looked at).
 */
function refuge(rng: Rng, timeline: Timeline, t: number, frame = timeline.frame): Point {
  const draw = () => uniformIn(rng, frame);
  return leastBlocked(draw, 4 * REDRAWS, ([x, y]) => timeline.blockedFor(x, y, t, null)).point;
}

function overlaps(a: { start: number; end: number }, list: readonly { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && a.end > b.start);
}

/**
 * Pinned visits: the looks before each mention (about 1 s before the word), a focal reader's
 * first look, and the visits to missed findings — brief for a recognition error, long for a
 * decision error, none for a search error.
 */
function pinVisits(rng: Rng, plan: TrackPlan): Visit[] {
  const D = plan.durationSec;
  const pins: Visit[] = [];
  if (plan.strategy === 'focal' && plan.targets[0]) {
    const s = rng.range(0.2, 0.6);
    pins.push(boxVisit(s, s + rng.range(1, 2), plan.targets[0]));
  }
  for (const look of plan.looks) {
    // The eyes arrive about a second before the word and stay a little while.
    const dwell = look.finding ? rng.range(0.6, 1.3) : rng.range(0.35, 0.8);
    const start = Math.max(0, look.t - rng.clampedNormal(1.05, 0.25, 0.55, 1.7));
    const end = Math.min(D, start + dwell);
    if (end - start > 0.15) pins.push(boxVisit(start, end, look.box, look.finding === null));
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
    // Recognition dwell stays under the 1 s threshold, decision dwell over it, with margin for sampling.
    const dwell = m.kind === 'recognition' ? rng.range(0.25, 0.75) : rng.range(1.25, 2.4);
    for (let attempt = 0; attempt < 24 && D > dwell + 1; attempt++) {
      const s = rng.range(0.5, D - dwell - 0.5);
      const v = boxVisit(s, s + dwell, m.box);
      if (!overlaps(v, resolved)) {
        resolved.push(v);
        resolved.sort((a, b) => a.start - b.start);
        break;
      }
    }
  }
  return resolved;
}

/**
 * Zones gaze keeps out of: a search or recognition miss's surround for the whole read (else
 * wandering gaze would turn it into another kind of miss), and a reported finding's until its
 * first pinned look (so the first fixation on it comes about a second before it is named).
 */
function keepOutZones(plan: TrackPlan, pins: readonly Visit[]): Zone[] {
  const zone = (box: Box, until: number): Zone => ({ box, region: { shape: 'box', ...box }, until });
  const zones = plan.missed.filter((m) => m.kind !== 'decision').map((m) => zone(m.box, Infinity));
  for (const target of plan.targets) {
    const first = pins.find((p) => p.box && sameBox(p.box, target));
    zones.push(zone(target, first ? first.start : plan.durationSec));
  }
  return zones;
}

/**
 * The visit timeline covering [0, durationSec]. reachPx is the useful field of view in pixels
 * (what the metrics count as looking at a region). Experienced readers spread their free search
 * over the lungs; novices return to a few places and skip checklist items (coverage grows with
 * experience).
 */
export function planVisits(rng: Rng, plan: TrackPlan, reachPx: number): Timeline {
  const { width: W, height: H, durationSec: D, strategy } = plan;
  const resolved = pinVisits(rng, plan);
  const zones = keepOutZones(plan, resolved);
  const margin = keepOutMargin(reachPx, W, H);
  const blockedFor = (x: number, y: number, t: number, own: Box | null) => {
    let blocked = 0;
    for (const z of zones)
      if (t < z.until && !(own && sameBox(own, z.box)) && insideRegion(x, y, z.region, margin))
        blocked = Math.max(blocked, z.until - t);
    return blocked;
  };
  const clear = (x: number, y: number, t: number) => blockedFor(x, y, t, null) === 0;
  const inset = 0.02 * Math.max(W, H);
  const timeline: Timeline = {
    visits: [],
    blockedFor,
    frame: { xmin: inset, ymin: inset, xmax: W - inset, ymax: H - inset },
  };
  const seniority = Math.min(1, plan.experienceYears / 20);
  const anchors = [lungPoint(rng, W, H), lungPoint(rng, W, H)];
  const searchPoint = (): Point => {
    if (rng.chance(0.05 + 0.95 * seniority * seniority)) return lungPoint(rng, W, H);
    const [ax, ay] = rng.pick(anchors);
    return [ax + rng.normal(0, 0.03 * W), ay + rng.normal(0, 0.03 * H)];
  };

  const revisit = {
    'comparison-driven': 0.35,
    focal: 0.3,
    'global-then-focal': 0.25,
    'free-search': 0.1,
    systematic: 0,
  }[strategy];
  const globalEnd = strategy === 'global-then-focal' ? rng.range(2, 3.5) : 0;
  let checklist = rng.int(0, 2);
  const free = (start: number, end: number, x: number, y: number, spread: number): Visit => ({
    start,
    end,
    x,
    y,
    spread,
    box: null,
    free: true,
  });
  const filler = (start: number, end: number): Visit => {
    if (start < globalEnd) return free(start, end, 0.5 * W, 0.45 * H, 0.12 * W);
    // One pass through the checklist (novices skip items), then free search.
    while (strategy === 'systematic' && checklist < CHECKLIST.length) {
      const [px, py] = CHECKLIST[checklist]!;
      checklist += rng.chance(0.6 * (1 - seniority)) ? 2 : 1;
      const x = (px + rng.range(-0.02, 0.02)) * W;
      const y = (py + rng.range(-0.02, 0.02)) * H;
      if (clear(x, y, start)) return free(start, end, x, y, 0.015 * W);
    }
    const u = rng.next();
    const seen = plan.targets.filter((b) => clear((b.xmin + b.xmax) / 2, (b.ymin + b.ymax) / 2, start));
    if (seen.length && u < revisit) return boxVisit(start, end, rng.pick(seen), true);
    const landmarks = LANDMARKS.filter(([px, py]) => clear(px * W, py * H, start));
    if (u < revisit + 0.15 && landmarks.length) {
      const [px, py] = rng.pick(landmarks);
      return free(start, end, px * W, py * H, 0.02 * W);
    }
    const search = leastBlocked(searchPoint, 13, ([x, y]) => blockedFor(x, y, start, null));
    const [x, y] = search.blocked > 0 ? refuge(rng, timeline, start) : search.point;
    return free(start, end, x, y, 0.02 * W);
  };
  const { visits } = timeline;
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
  return timeline;
}

/**
 * ~64 attention samples per read: one early in every visit (so even a brief look at a missed
 * finding is seen, and the dwell before it ends with it), the rest spread one per stratum of
 * time; sorted, so times never go backwards.
 */
export function sparseTrack(streams: RngStreams, plan: TrackPlan): TrackRecord {
  const rng = streams.for('track', plan.readId);
  const timeline = planVisits(rng, plan, reachAt(DEFAULT_PIXELS_PER_DEGREE));
  const { visits } = timeline;
  const { width: W, height: H, durationSec: D } = plan;
  const n = Math.max(12, Math.round(D * SPARSE_SAMPLES_PER_SECOND * rng.range(0.8, 1.2)));
  const times = visits.map((v) => r3(v.start + rng.range(0, Math.min(0.1, (v.end - v.start) / 3))));
  const spread = Math.max(0, n - times.length);
  for (let i = 0; i < spread; i++) times.push(Math.min(D, r3(((i + rng.next()) * D) / spread)));
  times.sort((a, b) => a - b);
  const t: number[] = new Array(times.length);
  const x: number[] = new Array(times.length);
  const y: number[] = new Array(times.length);
  let vi = 0;
  times.forEach((ti, i) => {
    while (vi < visits.length - 1 && visits[vi]!.end <= ti) vi++;
    const [px, py] = pointIn(rng, visits[vi]!, timeline, ti);
    t[i] = ti;
    x[i] = r1(clamp(px, 0.5, W - 0.5));
    y[i] = r1(clamp(py, 0.5, H - 0.5));
  });
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
  rect: Box;
  windowWidth: number;
  windowLevel: number;
}

/**
 * Zoom-ins on findings once the eyes are on them (the look starts at least 0.55 s before the
 * word, the zoom 0.2–0.5 s before it, so zooming draws no fixation onto the finding before its
 * look), and a display-window change or two.
 */
function planViewport(rng: Rng, plan: TrackPlan): ViewportEvent[] {
  const { width: W, height: H, durationSec: D } = plan;
  const full: Box = { xmin: 0, ymin: 0, xmax: W, ymax: H };
  const changes: { t: number; rect?: Box; window?: [number, number] }[] = [];
  let busyUntil = 0;
  const seen = new Set<string>();
  for (const look of plan.looks) {
    if (!look.finding || seen.has(look.finding)) continue;
    seen.add(look.finding);
    if (!rng.chance(0.6)) continue;
    const tIn = Math.max(busyUntil + 0.2, look.t - rng.range(0.2, 0.5), 0.2);
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
  const ppd = rng.range(...DENSE_PIXELS_PER_DEGREE);
  const timeline = planVisits(rng, plan, reachAt(ppd));
  const { visits } = timeline;
  const { width: W, height: H, durationSec: D } = plan;
  const viewport = planViewport(rng, plan);
  const rectAt = (t: number): Box => {
    let rect: Box = viewport[0]!;
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
      // While zoomed in, the eyes stay on the part of the image that is shown.
      const r = rectAt(cur);
      const mx = 0.03 * (r.xmax - r.xmin);
      const my = 0.03 * (r.ymax - r.ymin);
      const shown = { xmin: r.xmin + mx, ymin: r.ymin + my, xmax: r.xmax - mx, ymax: r.ymax - my };
      const [x, y] = pointIn(rng, v, timeline, cur, shown);
      events.push({ kind: FIXATION, start: cur, end, x, y });
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
