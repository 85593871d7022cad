/**
 * Per-finding gaze metrics and miss types (docs/metrics.md#per-finding), one entry per finding
 * present on the image or reported by the reader ("No finding" has no place and no entry).
 *
 * - reported: the reader gives the finding with certainty ≥ REPORTED_CERTAINTY (3, "Possibly").
 * - region, regionSource: the reader's own mark, else the dataset's reference region, else the
 *   consensus of the other readers' marks (the caller resolves the last two).
 * - A fixation is on the region when its centre is within the region grown by the useful field
 *   of view (usefulFieldOfViewDeg × pixels per degree): what the reader could see there.
 * - ttffSec: start of the first fixation on the region; dwellSec: their total duration;
 *   visits: entries into the region (runs of consecutive fixations on it); firstPassDwellSec:
 *   the duration of the first run; fixationCount: fixations on it.
 * - eyeVoiceSpanSec: first mention in the reasoning (eye-voice.ts) − ttffSec; negative when the
 *   reader named it before looking; null without either.
 * - missType, for a finding present but not reported (Kundel, Nodine & Carmody 1978):
 *   SEARCH never on the region; RECOGNITION dwell < decisionDwellSec; DECISION dwell ≥ it.
 *   Null without a region (nothing says where to look).
 */
import { FINDINGS } from '../vocabulary.ts';
import type { FindingGaze, MissType, ReadMetricInput, Region, RegionSource } from './contract.ts';
import { round } from './numbers.ts';
import { insideRegion } from './regions.ts';

export const REPORTED_CERTAINTY = 3;

export function findingGaze(input: ReadMetricInput): FindingGaze[] {
  const own = new Map(input.findings.map((f) => [f.label, f]));
  const present = new Set(input.presentFindings);
  const reported = new Set(input.findings.filter((f) => f.certainty >= REPORTED_CERTAINTY).map((f) => f.label));
  const labels = FINDINGS.filter((f) => f !== 'No finding' && (present.has(f) || reported.has(f)));
  return labels.map((label) => {
    const mark = own.get(label)?.region ?? null;
    const other = input.referenceRegions.get(label) ?? null;
    const region = mark ?? other?.region ?? null;
    const regionSource: RegionSource | null = mark ? 'reader' : (other?.source ?? null);
    const gaze = region
      ? gazeOn(input, region)
      : { ttffSec: null, dwellSec: 0, firstPassDwellSec: 0, visits: 0, fixationCount: 0 };
    const mention = input.firstMentionSec.get(label) ?? null;
    return {
      finding: label,
      reported: reported.has(label),
      certainty: own.get(label)?.certainty ?? null,
      present: present.has(label),
      region,
      regionSource,
      ...gaze,
      eyeVoiceSpanSec: mention === null || gaze.ttffSec === null ? null : round(mention - gaze.ttffSec, 3),
      missType:
        present.has(label) && !reported.has(label) && region ? missType(gaze, input.thresholds.decisionDwellSec) : null,
    };
  });
}

type RegionGaze = Pick<FindingGaze, 'ttffSec' | 'dwellSec' | 'firstPassDwellSec' | 'visits' | 'fixationCount'>;

function gazeOn(input: ReadMetricInput, region: Region): RegionGaze {
  const grow = input.thresholds.usefulFieldOfViewDeg * input.pixelsPerDegree;
  let ttff: number | null = null;
  let dwell = 0;
  let firstPass = 0;
  let visits = 0;
  let count = 0;
  let wasOn = false;
  for (const f of input.fixations) {
    const on = insideRegion(f.x, f.y, region, grow);
    if (on) {
      if (!wasOn) visits++;
      if (ttff === null) ttff = f.start;
      dwell += f.end - f.start;
      if (visits === 1) firstPass += f.end - f.start;
      count++;
    }
    wasOn = on;
  }
  return {
    ttffSec: ttff === null ? null : round(ttff, 3),
    dwellSec: round(dwell, 3),
    firstPassDwellSec: round(firstPass, 3),
    visits,
    fixationCount: count,
  };
}

/** Decided on the dwell rounded to the millisecond, so float sums (0.1 + 0.2 + …) do not tip the threshold. */
function missType(gaze: RegionGaze, decisionDwellSec: number): MissType {
  if (gaze.fixationCount === 0) return 'SEARCH';
  return gaze.dwellSec < decisionDwellSec ? 'RECOGNITION' : 'DECISION';
}
