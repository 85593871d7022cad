/**
 * Synthetic image records for scale: plausible patients with follow-up series, NIH labels drawn
 * at NIH ChestX-ray14's prevalence (chronic findings persist along a series, acute ones come
 * and go), each displaying the pixels of the real image whose labels match best.
 */
import type { ImageRecord } from '../model.ts';
import { FINDINGS, NIH_LABEL_TO_FINDING, type Finding } from '../vocabulary.ts';
import type { Rng, RngStreams } from './prng.ts';

export const SYNTHETIC_DATASET = 'CheXthought-synthetic';

/** Share of NIH ChestX-ray14's 112,120 images carrying each label (Wang et al. 2017). */
const NIH_PREVALENCE: Record<string, number> = {
  Infiltration: 0.177,
  Effusion: 0.119,
  Atelectasis: 0.103,
  Nodule: 0.056,
  Mass: 0.052,
  Pneumothorax: 0.047,
  Consolidation: 0.042,
  Pleural_Thickening: 0.03,
  Cardiomegaly: 0.025,
  Emphysema: 0.022,
  Edema: 0.021,
  Fibrosis: 0.015,
  Pneumonia: 0.013,
  Hernia: 0.002,
};
/** 46.2% of NIH images have at least one finding; given that, labels average ~1.57. */
const ABNORMAL_SHARE = 0.462;
const CHRONIC = new Set(['Cardiomegaly', 'Emphysema', 'Fibrosis', 'Hernia', 'Pleural_Thickening', 'Nodule', 'Mass']);
const NIH_LABELS = Object.keys(NIH_PREVALENCE);
/** Common original pixel spacings (mm) and sizes of the NIH DICOMs. */
const SPACINGS = [0.139, 0.143, 0.168, 0.171];

function drawLabels(rng: Rng, previous: readonly string[] | null): string[] {
  const labels = new Set<string>();
  if (previous) {
    for (const l of previous) if (l !== 'No Finding' && rng.chance(CHRONIC.has(l) ? 0.85 : 0.45)) labels.add(l);
    for (const l of NIH_LABELS) if (rng.chance(NIH_PREVALENCE[l]! * 0.7)) labels.add(l);
  } else if (rng.chance(ABNORMAL_SHARE)) {
    // Conditional on being abnormal: redraw until at least one label (a few tries suffice).
    for (let attempt = 0; attempt < 20 && labels.size === 0; attempt++)
      for (const l of NIH_LABELS) if (rng.chance(NIH_PREVALENCE[l]! / ABNORMAL_SHARE)) labels.add(l);
  }
  if (labels.size === 0) return ['No Finding'];
  return NIH_LABELS.filter((l) => labels.has(l)).sort();
}

export function mapNihLabels(labels: readonly string[]): Finding[] {
  const mapped = new Set(labels.map((l) => NIH_LABEL_TO_FINDING[l]).filter((f): f is Finding => !!f));
  return FINDINGS.filter((f) => mapped.has(f));
}

/** The real image to display: best label overlap, same view preferred, ties broken at random. */
function chooseDisplay(
  rng: Rng,
  findings: readonly Finding[],
  view: string,
  real: readonly ImageRecord[],
): ImageRecord {
  let best = real[0]!;
  let bestScore = -Infinity;
  const mine = new Set(findings);
  for (const image of real) {
    const theirs = new Set(image.referenceFindings);
    let common = 0;
    for (const f of mine) if (theirs.has(f)) common++;
    const jaccard = common / (mine.size + theirs.size - common || 1);
    const score = jaccard + (image.viewPosition === view ? 0.15 : 0) + rng.next() * 0.3;
    if (score > bestScore) {
      best = image;
      bestScore = score;
    }
  }
  return best;
}

export function syntheticImageId(patient: number, followUp: number): string {
  return `syn${String(patient + 1).padStart(8, '0')}_${String(followUp).padStart(3, '0')}`;
}

/**
 * Yields `count` synthetic images, patient after patient. Each patient's series comes from the
 * patient's own sub-stream, so the sequence is the same however far it is consumed.
 */
export function* syntheticImages(
  streams: RngStreams,
  count: number,
  real: readonly ImageRecord[],
): Generator<ImageRecord> {
  if (count > 0 && real.length === 0) throw new Error('synthetic images need at least one real image to display');
  let emitted = 0;
  for (let patient = 0; emitted < count; patient++) {
    const rng = streams.for('patient', patient);
    // Series length: half the patients have one study, the rest a geometric tail (NIH: ~3.6/patient).
    const studies = rng.chance(0.5) ? 1 : Math.min(30, 2 + Math.floor(-Math.log(1 - rng.next()) * 3));
    const sex = rng.chance(0.565) ? 'M' : 'F';
    let age = Math.round(rng.clampedNormal(47, 17, 1, 94));
    const origW = rng.int(1800, 3056);
    const origH = rng.int(1800, 3056);
    const spacing = rng.pick(SPACINGS);
    let labels: string[] | null = null;
    for (let followUp = 0; followUp < studies && emitted < count; followUp++) {
      labels = drawLabels(rng, labels);
      const findings = mapNihLabels(labels);
      // Inpatient follow-ups are more often portable AP films.
      const view = rng.chance(followUp === 0 ? 0.25 : 0.45) ? 'AP' : 'PA';
      const display = chooseDisplay(rng, findings, view, real);
      yield {
        id: syntheticImageId(patient, followUp),
        dataset: SYNTHETIC_DATASET,
        patientId: `syn${String(patient + 1).padStart(8, '0')}`,
        followUp,
        viewPosition: view,
        width: display.width,
        height: display.height,
        pixelSpacingMm: [
          Math.round(((spacing * origW) / display.width) * 1e5) / 1e5,
          Math.round(((spacing * origH) / display.height) * 1e5) / 1e5,
        ],
        patientAge: Math.min(120, age),
        patientSex: sex,
        sourceLabels: labels,
        referenceFindings: findings,
        file: null,
        displayImageId: display.id,
        referenceRegions: [],
        lungFields: null,
        chestBox: null,
        synthetic: true,
      };
      emitted++;
      if (rng.chance(0.4)) age++;
    }
  }
}
