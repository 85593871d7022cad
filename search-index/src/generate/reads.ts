/**
 * One synthetic read: which of the image's findings the reader sees (and with what certainty),
 * what they imagine that is not there, their strategy, whether they use the clinical context,
 * and the timed reasoning. Also returns what the track generator needs to make the gaze agree
 * with the words.
 */
import type { Box, FindingRecord, ImageRecord, ReadRecord } from '../model.ts';
import { STRATEGIES, type Finding, type Strategy } from '../vocabulary.ts';
import { readerBox, siteFor, type FindingSite } from './anatomy.ts';
import { GENERIC_INDICATIONS, INDICATIONS } from './phrases.ts';
import type { Rng, RngStreams } from './prng.ts';
import type { GeneratedReader } from './readers.ts';
import { composeReasoning, compressTimes, timeSteps, type ReportedFinding, type TimedLook } from './reasoning.ts';

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
const CERTAINTY_TRUE = [0.02, 0.05, 0.15, 0.33, 0.45];
const CERTAINTY_FALSE = [0.14, 0.28, 0.34, 0.17, 0.07];

const YEAR_2025_MS = Date.UTC(2025, 0, 1);

/** Miss kinds of a missed finding nothing else draws the eyes to (see missKind). */
const MISS_KINDS: [MissKind, number][] = [
  ['search', 50],
  ['recognition', 45],
  ['decision', 5],
];
/** The useful field of view (2.5° at the default 40 px/°) relative to a 1,024 px image side. */
const DEFAULT_UFOV_FRACTION = 100 / 1024;
/** A missed region whose useful-field-of-view surround covers more of the image than this is too large to avoid. */
const LARGE_REGION_SHARE = 0.25;

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

export function imageSites(streams: RngStreams, image: ImageRecord): Map<Finding, FindingSite> {
  // Keyed by the displayed pixels: a real image and every record borrowing it agree on where
  // its cardiac silhouette or effusion is.
  const key = image.displayImageId ?? image.id;
  const sites = new Map<Finding, FindingSite>();
  for (const label of image.referenceFindings)
    if (label !== 'No finding')
      sites.set(label, siteFor(streams.for('site', key, label), label, image.width, image.height, image.sourceLabels));
  return sites;
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
 * A region whose surround (the useful field of view around it) overlaps a reported finding's
 * is looked at anyway, and one so large that no search avoids it (cardiac silhouette, bilateral
 * edema) likewise: both can only be decision errors. The others are drawn from MISS_KINDS,
 * weighted so that over all misses about 30% are search, 25% recognition and 45% decision
 * errors, the proportions Kundel et al. found for missed nodules.
 */
function missKind(rng: Rng, region: Box, reported: readonly Box[], width: number, height: number): MissKind {
  const reach = DEFAULT_UFOV_FRACTION * Math.max(width, height);
  const grown = grow(region, reach);
  const area = (grown.xmax - grown.xmin) * (grown.ymax - grown.ymin);
  if (area > LARGE_REGION_SHARE * width * height) return 'decision';
  if (reported.some((r) => intersects(grown, r))) return 'decision';
  return rng.weighted<MissKind>(MISS_KINDS);
}

function grow(b: Box, by: number): Box {
  return { xmin: b.xmin - by, ymin: b.ymin - by, xmax: b.xmax + by, ymax: b.ymax + by };
}

function intersects(a: Box, b: Box): boolean {
  return a.xmin < b.xmax && b.xmin < a.xmax && a.ymin < b.ymax && b.ymin < a.ymax;
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

export function generateRead(input: ReadInput): { record: ReadRecord; plan: TrackPlan } {
  const { image, reader, readId } = input;
  const { traits } = reader;
  const rng = input.streams.for('read', readId);
  const { width, height } = image;

  // Strategy: comparison needs a prior study; readers lean on it when one exists.
  const weights = STRATEGIES.map((s) =>
    s === 'comparison-driven' ? (input.hasPrior ? traits.strategyWeights[s] * 3 : 0) : traits.strategyWeights[s],
  );
  const strategy = STRATEGIES[rng.weightedIndex(weights)]!;

  // Findings: true positives at ~80–90% sensitivity, misses remembered for the track.
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
  for (let i = 0; i < fpCount; i++) {
    const options = FALSE_POSITIVES.filter(([l]) => !input.sites.has(l) && !reported.some((r) => r.label === l));
    if (!options.length) break;
    const label = rng.weighted(options);
    reported.push({
      label,
      certainty: drawCertainty(rng, CERTAINTY_FALSE, traits.confidence),
      site: siteFor(rng, label, width, height),
    });
  }
  const reportedBoxes = reported.map((f) => f.site.region);
  for (const m of missed) m.kind = missKind(rng, m.box, reportedBoxes, width, height);
  // Dictation order: a systematic reader goes top to bottom, others start with what is most certain.
  if (strategy === 'systematic')
    reported.sort((a, b) => a.site.region.ymin - b.site.region.ymin || a.site.region.xmin - b.site.region.xmin);
  else reported.sort((a, b) => b.certainty - a.certainty);

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

  // Silent looking before the first word: longer for novices and systematic readers.
  const novice = 1 - Math.min(1, traits.experienceYears / 20);
  const lead =
    (3 + 8 * novice) * rng.range(0.6, 1.6) + (strategy === 'systematic' ? 1.5 : 0) - (strategy === 'focal' ? 1 : 0);
  let timed = timeSteps(rng, draft, { lead: Math.max(1, lead), pace: traits.pace });
  let durationSec = timed.end + rng.range(0.8, 4);
  // Reads last 20–120 s: short dictations get a longer silent look first, long ones a faster pace.
  const minimum = rng.range(20, 24);
  if (durationSec < minimum) {
    timed = timeSteps(rng, draft, { lead: Math.max(1, lead) + (minimum - durationSec), pace: traits.pace });
    durationSec = Math.max(minimum, timed.end + 0.5);
  }
  if (durationSec > 120) {
    timed = compressTimes(timed, 119 / timed.end);
    durationSec = 120;
  }
  durationSec = Math.round(durationSec * 1000) / 1000;

  const findings: FindingRecord[] = reported.length
    ? reported.map((f) => ({ label: f.label, certainty: f.certainty, region: f.site.region }))
    : [{ label: 'No finding', certainty: rng.chance(0.7) ? 5 : 4, region: null }];

  // Reads spread over 2025, mostly in working hours.
  const day = rng.int(0, 364);
  const seconds = Math.round(rng.clampedNormal(13.5, 3, 6, 22) * 3600);
  const startedAt = new Date(YEAR_2025_MS + day * 86_400_000 + seconds * 1000).toISOString();

  const record: ReadRecord = {
    id: readId,
    imageId: image.id,
    readerId: reader.record.id,
    startedAt,
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
