/**
 * One synthetic read: which of the image's findings the reader sees (and with what certainty),
 * what they imagine that is not there, their strategy, whether they use the clinical context,
 * and the timed reasoning. Also returns what the track generator needs to make the gaze agree
 * with the words.
 */
import type { Box, FindingRecord, ImageRecord, ReadRecord } from '../model.ts';
import { STRATEGIES, type Finding, type Strategy } from '../vocabulary.ts';
import { isMovable, readerBox, siteClearOf, type FindingSite } from './anatomy.ts';
import { GENERIC_INDICATIONS, INDICATIONS } from './phrases.ts';
import { grow, imageShare, shareOutside, widestKeepOutMargin } from './surround.ts';
import type { Rng, RngStreams } from './prng.ts';
import type { GeneratedReader } from './readers.ts';
import {
  composeReasoning,
  compressTimes,
  timeSteps,
  type DraftStep,
  type ReportedFinding,
  type TimedLook,
} from './reasoning.ts';

/** Base chance that a reader reports a finding that is there (harder findings lower). */
const DETECTION: Record<Finding, number> = {
  'Abnormal mediastinal contour': 0.78,
  'Acute fracture': 0.65,
  Atelectasis: 0.82,
  Consolidation: 0.87,
  'Enlarged cardiac silhouette': 0.93,
  'Enlarged hilum': 0.74,
  'Groundglass opacity': 0.74,
  'Hiatal hernia': 0.82,
  'High lung volume / emphysema': 0.84,
  'Interstitial lung disease': 0.84,
  'Lung nodule or mass': 0.8,
  'Pleural abnormality': 0.9,
  Pneumothorax: 0.83,
  'Pulmonary edema': 0.86,
  'Support devices': 0.97,
  'No finding': 1,
};

/** What readers report when it is not there. */
const FALSE_POSITIVES: [Finding, number][] = [
  ['Atelectasis', 5],
  ['Consolidation', 5],
  ['Pleural abnormality', 4],
  ['Lung nodule or mass', 4],
  ['Enlarged cardiac silhouette', 3],
  ['Groundglass opacity', 3],
  ['Enlarged hilum', 2],
  ['Pulmonary edema', 2],
  ['High lung volume / emphysema', 1.5],
  ['Abnormal mediastinal contour', 1],
  ['Interstitial lung disease', 1],
  ['Acute fracture', 1],
  ['Pneumothorax', 1],
  ['Support devices', 0.5],
  ['Hiatal hernia', 0.5],
];

/** Certainty 1..5: high for true findings, lower for imagined ones. */
const CERTAINTY_TRUE = [0.01, 0.025, 0.15, 0.34, 0.475];
const CERTAINTY_FALSE = [0.14, 0.28, 0.34, 0.17, 0.07];

const YEAR_2025_MS = Date.UTC(2025, 0, 1);

/** Miss kinds of a missed finding nothing else draws the eyes to (see missKind). */
const MISS_KINDS: [MissKind, number][] = [
  ['search', 68],
  ['recognition', 27],
  ['decision', 5],
];
/** Miss kinds of a region too large for search to skip (see missKind). */
const LARGE_MISS_KINDS: [MissKind, number][] = [
  ['recognition', 50],
  ['decision', 50],
];
/** A missed region whose surround covers more of the image than this is too large for search to skip. */
const LARGE_REGION_SHARE = 0.25;
/** A reported finding with less of its box than this outside a missed region's surround cannot be looked at without seeing the missed one. */
const MIN_SHARE_OUTSIDE = 0.3;

export type MissKind = 'search' | 'recognition' | 'decision';

export interface MissedFinding {
  label: Finding;
  box: Box;
  /** Search errors are never fixated; recognition errors briefly; decision errors at length. */
  kind: MissKind;
}

/** What the track generator needs from the read. */
export interface TrackPlan {
  readId: string;
  width: number;
  height: number;
  durationSec: number;
  strategy: Strategy;
  looks: TimedLook[];
  missed: MissedFinding[];
  /** Regions of the reported findings (revisited during the read). */
  targets: Box[];
  /** Years of experience (novices fixate longer). */
  experienceYears: number;
}

export interface ReadInput {
  streams: RngStreams;
  readId: string;
  image: ImageRecord;
  /** Where each of the image's reference findings is. */
  sites: Map<Finding, FindingSite>;
  hasPrior: boolean;
  reader: GeneratedReader;
}

function drawCertainty(rng: Rng, weights: readonly number[], confidence: number): number {
  return 1 + rng.weightedIndex(weights.map((w, i) => w * Math.exp(confidence * (i - 2) * 0.5)));
}

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k++;
  return k;
}

/**
 * Where each of an image's findings is, in the order of its reference findings. The findings
 * fixed by anatomy are placed first, then the movable ones clear of them (anatomy.ts).
 */
export function imageSites(streams: RngStreams, image: ImageRecord): Map<Finding, FindingSite> {
  // Keyed by the displayed pixels: a real image and every record borrowing it agree on where
  // its cardiac silhouette or effusion is.
  const key = image.displayImageId ?? image.id;
  const labels = image.referenceFindings.filter((l) => l !== 'No finding');
  const margin = widestKeepOutMargin(image.width, image.height);
  const placed = new Map<Finding, FindingSite>();
  for (const label of [...labels.filter((l) => !isMovable(l)), ...labels.filter(isMovable)]) {
    const others = [...placed.values()].map((s) => s.region);
    placed.set(label, siteClearOf(streams.for('site', key, label), label, image, others, margin));
  }
  return new Map(labels.map((l) => [l, placed.get(l)!]));
}

/** The image record with the regions its findings were placed in (its reference regions). */
export function withReferenceRegions(streams: RngStreams, image: ImageRecord): ImageRecord {
  const referenceRegions = [...imageSites(streams, image)].map(([label, site]) => ({
    label,
    region: { shape: 'box' as const, ...site.region },
  }));
  return { ...image, referenceRegions };
}

/**
 * How a missed finding is missed (Kundel, Nodine & Carmody 1978; docs/metrics.md#generator).
 * Looking at a reported finding whose box lies almost wholly within the missed region's
 * surround (the useful field of view around it, surround.ts) sees the missed one too: a
 * decision error. A region so large that no search skips it (cardiac silhouette, bilateral
 * edema) is glanced at or looked at and dismissed (LARGE_MISS_KINDS). The others are drawn from
 * MISS_KINDS; the tracks then keep the gaze (free search and the looks at other findings) out
 * of a search or recognition miss's surround. Over all misses this aims at the proportions
 * Kundel et al. found for missed nodules: about 30% search, 25% recognition, 45% decision.
 */
function missKind(rng: Rng, region: Box, reported: readonly Box[], width: number, height: number): MissKind {
  const surround = grow(region, widestKeepOutMargin(width, height));
  if (reported.some((r) => shareOutside(r, surround) < MIN_SHARE_OUTSIDE)) return 'decision';
  if (imageShare(surround, width, height) > LARGE_REGION_SHARE) return rng.weighted<MissKind>(LARGE_MISS_KINDS);
  return rng.weighted<MissKind>(MISS_KINDS);
}

function contextText(rng: Rng, image: ImageRecord): { text: string; indication: string } {
  const specific = image.referenceFindings.flatMap((f) => INDICATIONS[f] ?? []);
  const indication = specific.length && rng.chance(0.7) ? rng.pick(specific) : rng.pick(GENERIC_INDICATIONS);
  const who =
    image.patientAge !== null
      ? `${image.patientAge}-year-old ${image.patientSex === 'M' ? 'man' : image.patientSex === 'F' ? 'woman' : 'patient'}`
      : 'Adult patient';
  return { text: `${who} with ${indication}.`, indication };
}

/**
 * One synthetic read and the plan of its gaze track, step by step: strategy, findings, clinical
 * context, reasoning, timing, date. Every step draws from the read's own stream in turn, so the
 * order below is part of the generator's output.
 */
export function generateRead(input: ReadInput): { record: ReadRecord; plan: TrackPlan } {
  const { image, reader, readId } = input;
  const { traits } = reader;
  const rng = input.streams.for('read', readId);
  const { width, height } = image;

  const strategy = chooseStrategy(rng, input);
  const { reported, missed } = reportFindings(rng, input, strategy);
  const shown = rng.chance(0.5);
  const context = shown ? contextText(rng, image) : null;
  const used = shown && rng.chance(traits.contextUse);
  const { steps: draft, impression } = composeReasoning(rng, {
    strategy,
    findings: reported,
    viewPosition: image.viewPosition,
    width,
    height,
    usedIndication: used ? context!.indication : null,
    verbosity: traits.verbosity,
  });
  const { timed, durationSec } = timedReasoning(rng, draft, strategy, traits);
  const findings: FindingRecord[] = reported.length
    ? reported.map((f) => ({ label: f.label, certainty: f.certainty, region: f.site.region }))
    : [{ label: 'No finding', certainty: rng.chance(0.7) ? 5 : 4, region: null }];

  const record: ReadRecord = {
    id: readId,
    imageId: image.id,
    readerId: reader.record.id,
    startedAt: startedIn2025(rng),
    durationSec,
    findings,
    impression,
    clinicalContext: { shown, text: context?.text ?? null, used },
    strategy,
    strategySource: 'given',
    reasoning: timed.steps,
    synthetic: true,
  };
  const plan: TrackPlan = {
    readId,
    width,
    height,
    durationSec,
    strategy,
    looks: timed.looks,
    missed,
    targets: reported.map((f) => f.site.region),
    experienceYears: traits.experienceYears,
  };
  return { record, plan };
}

/** Comparison needs a prior study; readers lean on it when one exists. */
function chooseStrategy(rng: Rng, input: ReadInput): Strategy {
  const { strategyWeights } = input.reader.traits;
  const weights = STRATEGIES.map((s) =>
    s === 'comparison-driven' ? (input.hasPrior ? strategyWeights[s] * 3 : 0) : strategyWeights[s],
  );
  return STRATEGIES[rng.weightedIndex(weights)]!;
}

/**
 * True positives at ~80–90% sensitivity (misses remembered for the track, with their kind), a few
 * false positives clear of the image's findings, in dictation order: a systematic reader goes top
 * to bottom, others start with what is most certain.
 */
function reportFindings(
  rng: Rng,
  input: ReadInput,
  strategy: Strategy,
): { reported: ReportedFinding[]; missed: MissedFinding[] } {
  const { traits } = input.reader;
  const { width, height } = input.image;
  const reported: ReportedFinding[] = [];
  const missed: MissedFinding[] = [];
  for (const [label, site] of input.sites) {
    const p = Math.min(0.98, Math.max(0.4, DETECTION[label] + traits.sensitivityShift));
    if (rng.chance(p)) {
      reported.push({
        label,
        certainty: drawCertainty(rng, CERTAINTY_TRUE, traits.confidence),
        site: { ...site, region: readerBox(rng, site.region, width, height) },
      });
    } else {
      missed.push({ label, box: site.region, kind: 'search' }); // the kind is decided once the reports are known
    }
  }
  const fpCount = Math.min(2, poisson(rng, traits.falsePositiveRate));
  const margin = widestKeepOutMargin(width, height);
  for (let i = 0; i < fpCount; i++) {
    const options = FALSE_POSITIVES.filter(([l]) => !input.sites.has(l) && !reported.some((r) => r.label === l));
    if (!options.length) break;
    const label = rng.weighted(options);
    reported.push({
      label,
      certainty: drawCertainty(rng, CERTAINTY_FALSE, traits.confidence),
      // Imagined where nothing is: clear of the image's findings where the anatomy allows.
      site: siteClearOf(
        rng,
        label,
        { width, height },
        [...input.sites.values()].map((s) => s.region),
        margin,
      ),
    });
  }
  const reportedBoxes = reported.map((f) => f.site.region);
  for (const m of missed) m.kind = missKind(rng, m.box, reportedBoxes, width, height);
  if (strategy === 'systematic')
    reported.sort((a, b) => a.site.region.ymin - b.site.region.ymin || a.site.region.xmin - b.site.region.xmin);
  else reported.sort((a, b) => b.certainty - a.certainty);
  return { reported, missed };
}

/**
 * The steps timed, and the read's duration. Silent looking before the first word: longer for
 * novices and systematic readers; a focal reader goes to the abnormality first and names it soon
 * after (docs/metrics.md#generator). Reads last 20–120 s: short dictations get a longer silent
 * look first (a focal reader's, a longer look after), long ones a faster pace.
 */
function timedReasoning(
  rng: Rng,
  draft: DraftStep[],
  strategy: Strategy,
  traits: ReadInput['reader']['traits'],
): { timed: ReturnType<typeof timeSteps>; durationSec: number } {
  const novice = 1 - Math.min(1, traits.experienceYears / 20);
  const lead =
    strategy === 'focal'
      ? rng.range(1.4, 2.6)
      : (3 + 8 * novice) * rng.range(0.6, 1.6) + (strategy === 'systematic' ? 1.5 : 0);
  let timed = timeSteps(rng, draft, { lead, pace: traits.pace });
  let durationSec = timed.end + rng.range(0.8, 4);
  const minimum = rng.range(20, 24);
  if (durationSec < minimum && strategy === 'focal') durationSec = minimum;
  if (durationSec < minimum) {
    timed = timeSteps(rng, draft, { lead: lead + (minimum - durationSec), pace: traits.pace });
    durationSec = Math.max(minimum, timed.end + 0.5);
  }
  if (durationSec > 120) {
    timed = compressTimes(timed, 119 / timed.end);
    durationSec = 120;
  }
  return { timed, durationSec: Math.round(durationSec * 1000) / 1000 };
}

/** Reads spread over 2025, mostly in working hours. */
function startedIn2025(rng: Rng): string {
  const day = rng.int(0, 364);
  const seconds = Math.round(rng.clampedNormal(13.5, 3, 6, 22) * 3600);
  return new Date(YEAR_2025_MS + day * 86_400_000 + seconds * 1000).toISOString();
}
