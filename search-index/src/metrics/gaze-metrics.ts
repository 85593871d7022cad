/**
 * Per-read gaze metrics (docs/metrics.md#per-read). Fixations are in image pixels; degrees of
 * visual angle come from the track's pixels per degree.
 *
 * - fixationCount; meanFixationMs, medianFixationMs: fixation durations (end − start), ms.
 * - lungDwellSec: total duration of the fixations whose centre lies inside a lung field.
 * - lungCoverage: share of the lung-field area within usefulFieldOfViewDeg of a fixation
 *   (Rubin et al. 2015; Kundel, Nodine & Carmody 1978) — see coverage.ts.
 * - meanSaccadeDeg, scanpathLengthDeg: mean and sum of the distances between consecutive
 *   fixation centres, in degrees (the saccade amplitudes of Holmqvist et al. 2011).
 * - ttffLungSec: start of the first fixation inside a lung field (null: never).
 * - searchBeforeSpeechShare: start of the first reasoning step over the read's duration.
 * Times are rounded to the millisecond, shares to 1e-4, degrees to 1e-3.
 */
import type { Fixation } from '../model.ts';
import type { GazeMetrics, ReadMetricInput, Region } from './contract.ts';
import { lungCoverage } from './coverage.ts';
import { medianInPlace, round } from './numbers.ts';
import { insideRegion } from './regions.ts';

export function readGazeMetrics(input: ReadMetricInput): GazeMetrics {
  const { fixations, lungFields, pixelsPerDegree: ppd } = input;
  const n = fixations.length;
  // One pass, sums in fixation order (the same values as summing the mapped arrays).
  if (durationBuffer.length < n) durationBuffer = new Float64Array(n * 2);
  let durationSum = 0;
  let lungDwell = 0;
  let ttffLung: number | null = null;
  let amplitudeSum = 0;
  for (let i = 0; i < n; i++) {
    const f = fixations[i]!;
    const duration = f.end - f.start;
    durationBuffer[i] = duration;
    durationSum += duration;
    if (insideAny(f, lungFields.regions)) {
      lungDwell += duration;
      if (ttffLung === null) ttffLung = f.start;
    }
    if (i > 0) amplitudeSum += Math.hypot(f.x - fixations[i - 1]!.x, f.y - fixations[i - 1]!.y);
  }
  const coverage = lungCoverage(lungFields.regions, fixations, input.thresholds.usefulFieldOfViewDeg * ppd);
  const firstStep = input.firstStepStartSec;
  return {
    fixationCount: n,
    meanFixationMs: n ? round((durationSum / n) * 1000, 1) : null,
    medianFixationMs: n ? round(medianInPlace(durationBuffer, n) * 1000, 1) : null,
    lungDwellSec: round(lungDwell, 3),
    lungCoverage: coverage === null ? null : round(coverage, 4),
    meanSaccadeDeg: n > 1 ? round(amplitudeSum / (n - 1) / ppd, 3) : null,
    scanpathLengthDeg: round(amplitudeSum / ppd, 3),
    ttffLungSec: ttffLung === null ? null : round(ttffLung, 3),
    searchBeforeSpeechShare:
      firstStep === null || input.durationSec <= 0 ? null : round(Math.min(1, firstStep / input.durationSec), 4),
    lungFieldSource: lungFields.source,
    fixationMethod: input.fixationMethod ?? 'given',
  };
}

/** Scratch for the durations' median (reused across reads). */
let durationBuffer = new Float64Array(256);

function insideAny(f: Pick<Fixation, 'x' | 'y'>, regions: readonly Region[]): boolean {
  for (const r of regions) if (insideRegion(f.x, f.y, r)) return true;
  return false;
}
