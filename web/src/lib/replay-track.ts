/**
 * An attention track as the replay uses it: samples decoded from the API's packed base64
 * Float32 columns (NaN = blink), fixations and viewport events, with the time look-ups the
 * overlay needs every frame (binary searches, no allocation).
 */
import { lowerBound, upperBound } from '../../../search-index/src/sorted';

export interface ReplayFixation {
  /** 1-based order in the whole track. */
  number: number;
  start: number;
  end: number;
  x: number;
  y: number;
}

export interface ReplayViewportEvent {
  t: number;
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
  zoom: number | null;
  windowWidth: number | null;
  windowLevel: number | null;
}

export interface GazeSamples {
  count: number;
  t: Float32Array;
  /** NaN where the sample was lost (blink). */
  x: Float32Array;
  y: Float32Array;
}

export interface ReplayTrack {
  samples: GazeSamples;
  fixations: ReplayFixation[];
  viewport: ReplayViewportEvent[];
  pixelsPerDegree: number | null;
  samplingHz: number | null;
  fixationsDerived: boolean;
  /** Seconds: the end of the last sample, fixation or viewport event. */
  durationSec: number;
}

export interface PackedSamplesInput {
  encoding?: string;
  count: number;
  t: string;
  x: string;
  y: string;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Base64 of little-endian Float32 values → Float32Array (DataView: right on any host endianness). */
export function decodeFloat32Base64(b64: string): Float32Array {
  const bytes = base64Bytes(b64);
  if (bytes.length % 4 !== 0) throw new Error(`packed Float32 column has ${bytes.length} bytes, not a multiple of 4`);
  const n = bytes.length / 4;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

export function decodePackedSamples(p: PackedSamplesInput): GazeSamples {
  if (p.encoding && p.encoding !== 'f32le-base64') throw new Error(`unknown sample encoding ${p.encoding}`);
  const t = decodeFloat32Base64(p.t);
  const x = decodeFloat32Base64(p.x);
  const y = decodeFloat32Base64(p.y);
  if (t.length !== x.length || t.length !== y.length) throw new Error('packed sample columns differ in length');
  return { count: t.length, t, x, y };
}

export function buildTrack(input: {
  packedSamples: PackedSamplesInput;
  fixations: ReplayFixation[];
  viewport: ReplayViewportEvent[];
  pixelsPerDegree: number | null;
  samplingHz: number | null;
  fixationsDerived: boolean;
  durationSec: number;
}): ReplayTrack {
  const samples = decodePackedSamples(input.packedSamples);
  const fixations = [...input.fixations].sort((a, b) => a.start - b.start);
  const viewport = [...input.viewport].sort((a, b) => a.t - b.t);
  const last = Math.max(
    input.durationSec,
    samples.count ? samples.t[samples.count - 1]! : 0,
    fixations.length ? fixations[fixations.length - 1]!.end : 0,
  );
  return { ...input, samples, fixations, viewport, durationSec: last };
}

/** Index range [from, to) of the samples with from ≤ t ≤ to. */
export function sampleRange(s: GazeSamples, from: number, to: number): [number, number] {
  const i0 = lowerBound(s.t, from, 0, s.count);
  const i1 = upperBound(s.t, to, i0, s.count);
  return [i0, i1];
}

/** Last index i with fixations[i].start <= t, or -1 (fixations sorted by start). */
function lastStartedAt(fixations: readonly ReplayFixation[], t: number): number {
  let lo = 0;
  let hi = fixations.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fixations[mid]!.start <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the fixation in progress at t (start ≤ t ≤ end), or -1 during a saccade or blink. */
export function fixationIndexAt(fixations: readonly ReplayFixation[], t: number): number {
  const i = lastStartedAt(fixations, t);
  return i >= 0 && fixations[i]!.end >= t ? i : -1;
}

/** Index range [i0, i1) of the fixations overlapping [from, to] (non-overlapping fixations, sorted). */
export function fixationRange(fixations: readonly ReplayFixation[], from: number, to: number): [number, number] {
  const i1 = lastStartedAt(fixations, to) + 1;
  // Ends ascend too (fixations do not overlap): first fixation ending at or after `from`.
  let lo = 0;
  let hi = i1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fixations[mid]!.end < from) lo = mid + 1;
    else hi = mid;
  }
  return [lo, i1];
}

/** The viewport event in force at t (the last with e.t ≤ t; the first before any), or null. */
export function viewportIndexAt(events: readonly ReplayViewportEvent[], t: number): number {
  if (events.length === 0) return -1;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** Gaze position at t: the last sample at or before t; null in a blink or before the first sample. */
export function gazeAt(s: GazeSamples, t: number): { x: number; y: number } | null {
  const i = upperBound(s.t, t, 0, s.count) - 1;
  if (i < 0) return null;
  const x = s.x[i]!;
  const y = s.y[i]!;
  return Number.isNaN(x) || Number.isNaN(y) ? null : { x, y };
}
