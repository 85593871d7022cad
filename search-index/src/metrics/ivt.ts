/**
 * I-VT fixation identification (Salvucci & Goldberg 2000, "Identifying fixations and saccades
 * in eye-tracking protocols"), with the defaults pymovements uses (20 °/s, 100 ms).
 *
 * - Velocity of a sample, in degrees of visual angle per second: the distance to the previous
 *   sample divided by pixelsPerDegree and by the time between them (the first sample of a run
 *   of valid samples takes the velocity to the next one; a sample with neither neighbour valid
 *   has no velocity).
 * - A sample below the velocity threshold is a fixation sample; a maximal run of consecutive
 *   fixation samples is one fixation, from the first sample's time to the last one's, kept when
 *   it lasts at least minFixationSec. Its position is the mean of its samples.
 * - Blinks and lost samples (null x/y) break a run: a fixation never spans them.
 */
import type { Fixation, TrackRecord } from '../model.ts';

export interface IvtOptions {
  pixelsPerDegree: number;
  velocityThresholdDegPerSec: number;
  minFixationSec: number;
}

/** Slack for durations built from float sample times (100 samples at 1 kHz are 0.099… s apart). */
const TIME_EPSILON = 1e-9;

export function ivtFixations(samples: TrackRecord['samples'], opts: IvtOptions): Fixation[] {
  const { t, x, y } = samples;
  const slow = slowSamples(samples, opts);
  const out: Fixation[] = [];
  for (let i = 0; i < t.length;) {
    if (!slow[i]) {
      i++;
      continue;
    }
    let j = i;
    let sx = 0;
    let sy = 0;
    while (j < t.length && slow[j]) {
      sx += x[j]!;
      sy += y[j]!;
      j++;
    }
    if (t[j - 1]! - t[i]! + TIME_EPSILON >= opts.minFixationSec) {
      const n = j - i;
      out.push({ start: t[i]!, end: t[j - 1]!, x: round1(sx / n), y: round1(sy / n) });
    }
    i = j;
  }
  return out;
}

/** 1 where the sample is valid and slower than the threshold. */
function slowSamples({ t, x, y }: TrackRecord['samples'], opts: IvtOptions): Uint8Array {
  const n = t.length;
  const slow = new Uint8Array(n);
  const valid = (i: number) => i >= 0 && i < n && x[i] != null && y[i] != null;
  const speed = (a: number, b: number) => {
    const dt = t[b]! - t[a]!;
    if (dt <= 0) return Infinity;
    return Math.hypot(x[b]! - x[a]!, y[b]! - y[a]!) / opts.pixelsPerDegree / dt;
  };
  for (let i = 0; i < n; i++) {
    if (!valid(i)) continue;
    const v = valid(i - 1) ? speed(i - 1, i) : valid(i + 1) ? speed(i, i + 1) : Infinity;
    slow[i] = v < opts.velocityThresholdDegPerSec ? 1 : 0;
  }
  return slow;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
