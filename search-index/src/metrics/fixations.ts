/**
 * Fixations of a track: given by the dataset, or detected from its attention samples.
 *
 * Dense gaze (median sample interval < 50 ms, i.e. ≥ 20 Hz) uses the method the dataset (or
 * `ingest --fixations`) chooses:
 * - I-DT (Salvucci & Goldberg 2000): a window of at least minFixationSec whose dispersion
 *   (x range + y range) stays under idtDispersionDeg of visual angle is a fixation;
 * - I-VT (Salvucci & Goldberg 2000): see ivt.ts.
 * Sparse attention samples (CheXthought-style, about one per second) keep the sparse-dwell rule
 * whatever the choice, because neither velocity nor dispersion means anything at 1 Hz: each
 * sample is a dwell point, consecutive samples within the dispersion limit merge, and a
 * fixation lasts until the next one starts, capped at MAX_SPARSE_DWELL_SEC.
 */
import type { Fixation, TrackRecord } from '../model.ts';
import type { FixationMethod, MetricThresholds } from './contract.ts';
import { ivtFixations } from './ivt.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

export const MIN_FIXATION_SEC = DEFAULT_THRESHOLDS.minFixationSec;
export const MAX_SPARSE_DWELL_SEC = 2;
/** Used when a track does not say how many pixels make one degree (typical reading setup). */
export const DEFAULT_PIXELS_PER_DEGREE = 40;
const DENSE_INTERVAL_SEC = 0.05;

export type FixationChoice = 'idt' | 'ivt';
type TrackInput = Pick<TrackRecord, 'samples' | 'pixelsPerDegree'> & { fixations?: readonly Fixation[] | null };

/** The track's fixations and how they were made; given fixations are never replaced. */
export function detectFixations(
  track: TrackInput,
  choice: FixationChoice,
  thresholds: MetricThresholds,
): { fixations: Fixation[]; method: FixationMethod } {
  if (track.fixations) return { fixations: [...track.fixations], method: { method: 'given' } };
  const { t, x, y } = track.samples;
  const ppd = track.pixelsPerDegree ?? DEFAULT_PIXELS_PER_DEGREE;
  const maxDispersionDeg = thresholds.idtDispersionDeg;
  const minFixationSec = thresholds.minFixationSec;
  if (medianIntervalAtLeast(t, DENSE_INTERVAL_SEC)) {
    const method: FixationMethod = { method: 'sparse-dwell', maxDispersionDeg, maxDwellSec: MAX_SPARSE_DWELL_SEC };
    return { fixations: sparseDwell(t, x, y, maxDispersionDeg * ppd), method };
  }
  if (choice === 'ivt') {
    const velocityThresholdDegPerSec = thresholds.ivtVelocityDegPerSec;
    const fixations = ivtFixations(track.samples, { pixelsPerDegree: ppd, velocityThresholdDegPerSec, minFixationSec });
    return { fixations, method: { method: 'ivt', velocityThresholdDegPerSec, minFixationSec } };
  }
  const fixations = idt(t, x, y, maxDispersionDeg * ppd, minFixationSec);
  return { fixations, method: { method: 'idt', maxDispersionDeg, minFixationSec } };
}

/** Detected fixations with the default I-DT (the ingest's behaviour before I-VT existed). */
export function deriveFixations(track: Pick<TrackRecord, 'samples' | 'pixelsPerDegree'>): Fixation[] {
  return detectFixations({ ...track, fixations: null }, 'idt', DEFAULT_THRESHOLDS).fixations;
}

/**
 * Is the median sample interval at least `interval`? The median of the g gaps between samples is
 * the upper middle one (sorted, index ⌊g/2⌋), so it is ≥ interval exactly when at most ⌊g/2⌋
 * gaps are shorter: a count, with no sort and no copy. Fewer than two samples: sparse.
 */
function medianIntervalAtLeast(t: readonly number[], interval: number): boolean {
  if (t.length < 2) return true;
  let shorter = 0;
  for (let i = 1; i < t.length; i++) if (t[i]! - t[i - 1]! < interval) shorter++;
  return shorter <= (t.length - 1) >> 1;
}

function idt(
  t: number[],
  x: (number | null)[],
  y: (number | null)[],
  maxDispersion: number,
  minFixationSec: number,
): Fixation[] {
  const out: Fixation[] = [];
  let i = 0;
  const n = t.length;
  while (i < n) {
    if (x[i] == null || y[i] == null) {
      i++;
      continue;
    }
    // Grow the initial window to the minimum duration.
    let j = i;
    let minX = x[i]!,
      maxX = x[i]!,
      minY = y[i]!,
      maxY = y[i]!;
    let broken = false;
    while (j + 1 < n && t[j]! - t[i]! < minFixationSec) {
      j++;
      const xj = x[j],
        yj = y[j];
      if (xj == null || yj == null) {
        broken = true;
        break;
      }
      minX = Math.min(minX, xj);
      maxX = Math.max(maxX, xj);
      minY = Math.min(minY, yj);
      maxY = Math.max(maxY, yj);
    }
    if (broken || t[j]! - t[i]! < minFixationSec || maxX - minX + (maxY - minY) > maxDispersion) {
      i++;
      continue;
    }
    // Extend while dispersion stays under the limit.
    while (j + 1 < n) {
      const xj = x[j + 1],
        yj = y[j + 1];
      if (xj == null || yj == null) break;
      const nMinX = Math.min(minX, xj),
        nMaxX = Math.max(maxX, xj);
      const nMinY = Math.min(minY, yj),
        nMaxY = Math.max(maxY, yj);
      if (nMaxX - nMinX + (nMaxY - nMinY) > maxDispersion) break;
      minX = nMinX;
      maxX = nMaxX;
      minY = nMinY;
      maxY = nMaxY;
      j++;
    }
    let sx = 0,
      sy = 0;
    for (let k = i; k <= j; k++) {
      sx += x[k]!;
      sy += y[k]!;
    }
    const count = j - i + 1;
    out.push({ start: t[i]!, end: t[j]!, x: round1(sx / count), y: round1(sy / count) });
    i = j + 1;
  }
  return out;
}

function sparseDwell(t: number[], x: (number | null)[], y: (number | null)[], maxDispersion: number): Fixation[] {
  const out: Fixation[] = [];
  // The open group: its first and last sample times, position sums and count (n = 0: none yet).
  let start = 0;
  let last = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const xi = x[i],
      yi = y[i];
    if (xi == null || yi == null) continue;
    if (n > 0 && Math.abs(xi - sx / n) + Math.abs(yi - sy / n) <= maxDispersion) {
      sx += xi;
      sy += yi;
      n++;
      last = t[i]!;
      continue;
    }
    if (n > 0) out.push(dwell(start, last, sx / n, sy / n, t[i]!));
    start = last = t[i]!;
    sx = xi;
    sy = yi;
    n = 1;
  }
  if (n > 0) out.push(dwell(start, last, sx / n, sy / n, null));
  return out;
}

/** A sparse-dwell fixation: until the next group starts (null: the last), at most MAX_SPARSE_DWELL_SEC past its last sample. */
function dwell(start: number, last: number, x: number, y: number, next: number | null): Fixation {
  const end = Math.min(next ?? last + MAX_SPARSE_DWELL_SEC / 2, last + MAX_SPARSE_DWELL_SEC);
  return { start, end: Math.max(end, last), x: round1(x), y: round1(y) };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
