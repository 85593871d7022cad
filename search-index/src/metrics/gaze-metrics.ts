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
import { mean, median, round, sum } from './numbers.ts';
import { insideRegion } from './regions.ts';

export function readGazeMetrics(input: ReadMetricInput): GazeMetrics {
  const { fixations, lungFields, pixelsPerDegree: ppd } = input;
  const durations = fixations.map((f) => f.end - f.start);
  const inLungs = fixations.filter((f) => insideAny(f, lungFields.regions));
  const amplitudes = saccadeAmplitudesPx(fixations);
  const coverage = lungCoverage(lungFields.regions, fixations, input.thresholds.usefulFieldOfViewDeg * ppd);
  const firstStep = input.firstStepStartSec;
  return {
    fixationCount: fixations.length,
    meanFixationMs: durations.length ? round(mean(durations) * 1000, 1) : null,
    medianFixationMs: durations.length ? round(median(durations) * 1000, 1) : null,
    lungDwellSec: round(sum(inLungs.map((f) => f.end - f.start)), 3),
    lungCoverage: coverage === null ? null : round(coverage, 4),
    meanSaccadeDeg: amplitudes.length ? round(mean(amplitudes) / ppd, 3) : null,
    scanpathLengthDeg: round(sum(amplitudes) / ppd, 3),
    ttffLungSec: inLungs.length ? round(inLungs[0]!.start, 3) : null,
    searchBeforeSpeechShare:
      firstStep === null || input.durationSec <= 0 ? null : round(Math.min(1, firstStep / input.durationSec), 4),
    lungFieldSource: lungFields.source,
    fixationMethod: input.fixationMethod ?? 'given',
  };
}

function insideAny(f: Pick<Fixation, 'x' | 'y'>, regions: readonly Region[]): boolean {
  return regions.some((r) => insideRegion(f.x, f.y, r));
}

function saccadeAmplitudesPx(fixations: readonly Fixation[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < fixations.length; i++)
    out.push(Math.hypot(fixations[i]!.x - fixations[i - 1]!.x, fixations[i]!.y - fixations[i - 1]!.y));
  return out;
}
