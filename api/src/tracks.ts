/**
 * Attention-track slicing, down-sampling and packing: pure functions over the packed track
 * document (columnar samples), so a 1,000 Hz track is answered without a per-sample object.
 *
 * Down-sampling (when a window holds more than maxPoints samples): the window is cut into
 * ⌊maxPoints / 2⌋ buckets of consecutive samples; each bucket keeps its first sample and one
 * more: the first blink (null x/y) in the bucket when there is one, so every blink survives as
 * a gap, else the sample farthest from the first one (the saccade's end point), so fast gaze
 * shifts are not smoothed away. Kept samples stay in time order. This is the min-max/"M4" idea
 * of line-chart down-sampling adapted to 2-D gaze; it never invents samples.
 */
import type { TrackDocument } from '@chexthought/search-index';
import { lowerBound, upperBound } from '@chexthought/search-index/sorted';

export const MAX_POINTS_LIMIT = 200_000;

export interface TimeWindow {
  start?: number | null;
  end?: number | null;
}

export interface SampleSlice {
  /** Samples in the window before down-sampling. */
  windowCount: number;
  t: number[];
  x: (number | null)[];
  y: (number | null)[];
}

export interface WindowedFixation {
  number: number;
  start: number;
  end: number;
  x: number;
  y: number;
}

/** Index range [from, to) of the samples inside the (inclusive) window. */
export function windowRange(t: ArrayLike<number>, window: TimeWindow | null | undefined): [number, number] {
  const from = window?.start == null ? 0 : lowerBound(t, window.start);
  const to = window?.end == null ? t.length : upperBound(t, window.end);
  return [from, Math.max(from, to)];
}

/** Indices (ascending) of the samples kept from [from, to) for at most maxPoints points. */
export function downsampleIndices(
  x: ArrayLike<number | null>,
  y: ArrayLike<number | null>,
  from: number,
  to: number,
  maxPoints: number,
): Int32Array {
  const n = to - from;
  if (n <= maxPoints) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = from + i;
    return all;
  }
  const perBucket = maxPoints >= 2 ? 2 : 1;
  const buckets = Math.floor(maxPoints / perBucket);
  const out = new Int32Array(buckets * perBucket);
  let k = 0;
  for (let b = 0; b < buckets; b++) {
    const start = from + Math.floor((b * n) / buckets);
    const end = from + Math.floor(((b + 1) * n) / buckets);
    out[k++] = start;
    if (perBucket === 1 || end - start < 2) continue;
    const x0 = x[start];
    const y0 = y[start];
    let pick = -1;
    let best = -1;
    for (let i = start + 1; i < end; i++) {
      const xi = x[i];
      const yi = y[i];
      if (xi == null || yi == null) {
        // A blink: keep it (unless the bucket already starts with one).
        if (x0 != null && y0 != null) {
          pick = i;
          break;
        }
        continue;
      }
      if (x0 == null || y0 == null) {
        if (pick < 0) pick = i; // bucket starts in a blink: keep where the gaze comes back
        continue;
      }
      const d = (xi - x0) * (xi - x0) + (yi - y0) * (yi - y0);
      if (d > best) {
        best = d;
        pick = i;
      }
    }
    if (pick >= 0) out[k++] = pick;
  }
  return out.subarray(0, k);
}

/** The window's samples, down-sampled to at most maxPoints (all when maxPoints is null). */
export function sliceSamples(
  samples: TrackDocument['samples'],
  window: TimeWindow | null | undefined,
  maxPoints: number | null | undefined,
): SampleSlice {
  const [from, to] = windowRange(samples.t, window);
  const idx = downsampleIndices(samples.x, samples.y, from, to, maxPoints ?? Number.MAX_SAFE_INTEGER);
  const t = new Array<number>(idx.length);
  const x = new Array<number | null>(idx.length);
  const y = new Array<number | null>(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const j = idx[i]!;
    t[i] = samples.t[j]!;
    x[i] = samples.x[j] ?? null;
    y[i] = samples.y[j] ?? null;
  }
  return { windowCount: to - from, t, x, y };
}

/** Base64 of little-endian Float32 values; null becomes NaN (a blink). */
export function packFloat32(values: ArrayLike<number | null>): string {
  const buf = Buffer.allocUnsafe(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    buf.writeFloatLE(v == null ? NaN : v, i * 4);
  }
  return buf.toString('base64');
}

/** Fixations overlapping the window, numbered 1-based in whole-track order. */
export function fixationsInWindow(
  fixations: TrackDocument['fixations'],
  window: TimeWindow | null | undefined,
): WindowedFixation[] {
  const start = window?.start ?? -Infinity;
  const end = window?.end ?? Infinity;
  const out: WindowedFixation[] = [];
  fixations.forEach((f, i) => {
    if (f.end >= start && f.start <= end) out.push({ number: i + 1, start: f.start, end: f.end, x: f.x, y: f.y });
  });
  return out;
}

/**
 * Viewport events inside the window, preceded by the last event before the window's start (so
 * the state at the start of the window is known).
 */
export function viewportInWindow(
  events: TrackDocument['viewport'],
  window: TimeWindow | null | undefined,
): TrackDocument['viewport'] {
  const start = window?.start ?? -Infinity;
  const end = window?.end ?? Infinity;
  let before = -1;
  const inside: TrackDocument['viewport'] = [];
  events.forEach((e, i) => {
    if (e.t < start) {
      if (before < 0 || e.t >= events[before]!.t) before = i;
    } else if (e.t <= end) inside.push(e);
  });
  return before >= 0 ? [events[before]!, ...inside] : inside;
}
