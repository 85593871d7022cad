/**
 * Where things are on a frontal chest radiograph, as fractions of the image size, and where
 * each finding of an image sits. Radiological convention: the patient's right is on the
 * image's left (small x). The lung fields are the metrics' image template
 * (metrics/lung-fields.ts), so gaze lands where the coverage metric looks for it.
 */
import { LUNG_FIELDS } from '../metrics/lung-fields.ts';
import type { Box } from '../model.ts';
import type { Finding } from '../vocabulary.ts';
import type { Rng } from './prng.ts';
import { grow, shareOutside } from './surround.ts';

/** Checklist order of a systematic ("ABCDE") read, relative points. */
export const CHECKLIST: readonly (readonly [number, number])[] = [
  [0.5, 0.14], // trachea
  [0.5, 0.34], // mediastinum
  [0.3, 0.18], // right apex
  [0.3, 0.32],
  [0.3, 0.47],
  [0.29, 0.62],
  [0.2, 0.75], // right costophrenic angle
  [0.7, 0.18], // left apex
  [0.7, 0.32],
  [0.7, 0.47],
  [0.71, 0.62],
  [0.8, 0.75], // left costophrenic angle
  [0.4, 0.43], // right hilum
  [0.6, 0.43], // left hilum
  [0.58, 0.63], // heart
  [0.33, 0.79], // right hemidiaphragm
  [0.68, 0.81], // left hemidiaphragm
  [0.1, 0.45], // right ribs, lateral
  [0.9, 0.45], // left ribs, lateral
  [0.5, 0.9], // below the diaphragm
];

/** Landmarks a reader glances at outside the lungs. */
export const LANDMARKS: readonly (readonly [number, number])[] = [
  [0.58, 0.63],
  [0.5, 0.32],
  [0.4, 0.43],
  [0.6, 0.43],
  [0.5, 0.14],
];

export type Side = 'right' | 'left' | 'bilateral';
type Zone = 'upper' | 'mid' | 'lower';

/** Where one finding of one image is, and the words used for the place. */
export interface FindingSite {
  label: Finding;
  side: Side | null;
  /** Anatomical phrase, e.g. "right costophrenic angle", "left lower lobe". */
  anatomy: string;
  /** Variant of the finding (e.g. "effusion" vs "thickening"), chosen from the source labels. */
  variant: string;
  region: Box;
}

interface RelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const ZONE_Y: Record<Zone, [number, number]> = { upper: [0.14, 0.36], mid: [0.34, 0.56], lower: [0.54, 0.76] };
const LUNG_X: Record<'right' | 'left', [number, number]> = { right: [0.16, 0.46], left: [0.55, 0.84] };
const LOBE: Record<'right' | 'left', Record<Zone, string>> = {
  right: { upper: 'right upper lobe', mid: 'right middle lobe', lower: 'right lower lobe' },
  left: { upper: 'left upper lobe', mid: 'lingula', lower: 'left lower lobe' },
};

function mirror(b: RelBox): RelBox {
  return { x0: 1 - b.x1, y0: b.y0, x1: 1 - b.x0, y1: b.y1 };
}
function onSide(right: RelBox, side: Side): RelBox {
  if (side === 'right') return right;
  const left = mirror(right);
  return side === 'left' ? left : { x0: right.x0, y0: right.y0, x1: left.x1, y1: right.y1 };
}
function sideOf(rng: Rng, bilateral = 0): Side {
  const u = rng.next();
  return u < bilateral ? 'bilateral' : u < bilateral + (1 - bilateral) / 2 ? 'right' : 'left';
}
function oneSide(rng: Rng): 'right' | 'left' {
  return rng.chance(0.5) ? 'right' : 'left';
}
/** A box of relative size w × h inside the given lung and zone. */
function boxInZone(rng: Rng, side: 'right' | 'left', zone: Zone, w: number, h: number): RelBox {
  const [xa, xb] = LUNG_X[side];
  const [ya, yb] = ZONE_Y[zone];
  const x0 = rng.range(xa, Math.max(xa, xb - w));
  const y0 = rng.range(ya, Math.max(ya, yb - h));
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/** Picks a variant from the image's NIH labels (e.g. Effusion → "effusion"). */
function variantFrom(sourceLabels: readonly string[], options: Record<string, string>, fallback: string): string {
  for (const label of sourceLabels) if (options[label]) return options[label]!;
  return fallback;
}

/** Where a finding's template box lies (relative to the image), on which side, in which words. */
interface Placement {
  rel: RelBox;
  side: Side | null;
  anatomy: string;
  variant?: string;
}

type Placer = (rng: Rng, sourceLabels: readonly string[]) => Placement;

/** A lung opacity in a zone of one lung: the lobe named, the box sized w × h. */
function lobeBox(rng: Rng, zones: Array<[Zone, number]>, size: (rng: Rng) => [number, number]): Placement {
  const side = oneSide(rng);
  const zone = rng.weighted<Zone>(zones);
  const [w, h] = size(rng);
  return { side, rel: boxInZone(rng, side, zone, w, h), anatomy: LOBE[side][zone] };
}

const OPACITY_ZONES: Array<[Zone, number]> = [
  ['upper', 0.25],
  ['mid', 0.3],
  ['lower', 0.45],
];

/** Width and height of a consolidation or ground-glass opacity. */
const opacitySize = (rng: Rng): [number, number] => [rng.range(0.14, 0.26), rng.range(0.12, 0.2)];

/** A finding that always sits in the same template box (no draw from `rng`). */
function fixed(side: Side | null, rel: RelBox, anatomy: string): Placer {
  return () => ({ side, rel, anatomy });
}

/** Each finding's plausible places; the draws from `rng` in each are part of the generator's output. */
const PLACERS: Record<Exclude<Finding, 'No finding'>, Placer> = {
  'Enlarged cardiac silhouette': fixed(null, { x0: 0.36, y0: 0.48, x1: 0.8, y1: 0.82 }, 'cardiac silhouette'),
  'Abnormal mediastinal contour': fixed(null, { x0: 0.38, y0: 0.12, x1: 0.62, y1: 0.5 }, 'superior mediastinum'),
  'Enlarged hilum': (rng) => {
    const side = sideOf(rng, 0.25);
    return {
      side,
      rel: onSide({ x0: 0.3, y0: 0.34, x1: 0.46, y1: 0.52 }, side),
      anatomy: side === 'bilateral' ? 'both hila' : `${side} hilum`,
    };
  },
  Pneumothorax: (rng) => {
    const side = oneSide(rng);
    return rng.chance(0.75)
      ? { side, rel: onSide({ x0: 0.14, y0: 0.06, x1: 0.42, y1: 0.3 }, side), anatomy: `${side} apex` }
      : {
          side,
          rel: onSide({ x0: 0.07, y0: 0.2, x1: 0.22, y1: 0.6 }, side),
          anatomy: `${side} lateral pleural space`,
        };
  },
  'Pleural abnormality': (rng, sourceLabels) => {
    const variant = variantFrom(sourceLabels, { Effusion: 'effusion', Pleural_Thickening: 'thickening' }, 'effusion');
    const side = sideOf(rng, 0.2);
    if (variant === 'thickening' && side !== 'bilateral')
      return {
        variant,
        side,
        rel: onSide({ x0: 0.07, y0: 0.2, x1: 0.2, y1: 0.62 }, side),
        anatomy: `${side} lateral chest wall`,
      };
    return {
      variant,
      side,
      rel: onSide({ x0: 0.08, y0: 0.6, x1: 0.34, y1: 0.84 }, side),
      anatomy: side === 'bilateral' ? 'both costophrenic angles' : `${side} costophrenic angle`,
    };
  },
  Atelectasis: (rng) => {
    const side = oneSide(rng);
    const zone: Zone = rng.chance(0.75) ? 'lower' : 'mid';
    return {
      side,
      rel: boxInZone(rng, side, zone, rng.range(0.12, 0.22), rng.range(0.06, 0.12)),
      anatomy: zone === 'lower' ? `${side} lung base` : `${side} mid zone`,
    };
  },
  Consolidation: (rng, sourceLabels) => ({
    variant: variantFrom(
      sourceLabels,
      { Pneumonia: 'pneumonia', Consolidation: 'consolidation', Infiltration: 'infiltration' },
      'consolidation',
    ),
    ...lobeBox(rng, OPACITY_ZONES, opacitySize),
  }),
  'Groundglass opacity': (rng) => lobeBox(rng, OPACITY_ZONES, opacitySize),
  'Lung nodule or mass': (rng, sourceLabels) => {
    const variant = variantFrom(sourceLabels, { Mass: 'mass', Nodule: 'nodule' }, 'nodule');
    const zones: Array<[Zone, number]> = [
      ['upper', 0.45],
      ['mid', 0.35],
      ['lower', 0.2],
    ];
    return {
      variant,
      ...lobeBox(rng, zones, (r) => {
        const size = variant === 'mass' ? r.range(0.08, 0.16) : r.range(0.035, 0.07);
        return [size, size];
      }),
    };
  },
  'Pulmonary edema': fixed('bilateral', { x0: 0.22, y0: 0.28, x1: 0.78, y1: 0.64 }, 'perihilar regions'),
  'High lung volume / emphysema': (rng) =>
    rng.chance(0.5)
      ? { side: 'bilateral', rel: { x0: 0.14, y0: 0.66, x1: 0.86, y1: 0.88 }, anatomy: 'hemidiaphragms' }
      : { side: 'bilateral', rel: { x0: 0.14, y0: 0.08, x1: 0.86, y1: 0.38 }, anatomy: 'upper zones' },
  'Interstitial lung disease': fixed('bilateral', { x0: 0.12, y0: 0.48, x1: 0.88, y1: 0.8 }, 'lung bases'),
  'Hiatal hernia': fixed(null, { x0: 0.44, y0: 0.58, x1: 0.62, y1: 0.8 }, 'retrocardiac region'),
  'Acute fracture': (rng) => {
    const side = oneSide(rng);
    const y0 = rng.range(0.22, 0.58);
    const rel = onSide({ x0: 0.05, y0, x1: 0.2, y1: y0 + 0.1 }, side);
    return { side, rel, anatomy: `${side} ${rng.pick(['fifth', 'sixth', 'seventh', 'eighth'])} rib laterally` };
  },
  'Support devices': (rng) => {
    const variant = rng.weighted([
      ['endotracheal tube', 3],
      ['central venous catheter', 4],
      ['pacemaker', 2],
      ['nasogastric tube', 2],
    ]);
    if (variant === 'pacemaker')
      return { variant, side: null, rel: { x0: 0.62, y0: 0.1, x1: 0.86, y1: 0.66 }, anatomy: 'left chest wall' };
    if (variant === 'nasogastric tube')
      return { variant, side: null, rel: { x0: 0.42, y0: 0.1, x1: 0.62, y1: 0.92 }, anatomy: 'oesophagus' };
    return {
      variant,
      side: null,
      rel: { x0: 0.4, y0: 0.04, x1: 0.6, y1: 0.42 },
      anatomy: variant === 'endotracheal tube' ? 'trachea' : 'superior vena cava',
    };
  },
};

/** Plausible site of a finding. `rng` should be keyed by the displayed image and the label. */
export function siteFor(
  rng: Rng,
  label: Finding,
  width: number,
  height: number,
  sourceLabels: readonly string[] = [],
): FindingSite {
  if (label === 'No finding') throw new Error('"No finding" has no site');
  const { rel, side, anatomy, variant = 'default' } = PLACERS[label](rng, sourceLabels);
  // Each image's anatomy differs a little: jitter the template by a few percent.
  const j = () => rng.range(-0.025, 0.025);
  return {
    label,
    side,
    anatomy,
    variant,
    region: toPixels({ x0: rel.x0 + j(), y0: rel.y0 + j(), x1: rel.x1 + j(), y1: rel.y1 + j() }, width, height),
  };
}

/** Findings whose place varies from image to image (side, zone), so they can keep clear of others. */
const MOVABLE: ReadonlySet<Finding> = new Set<Finding>([
  'Acute fracture',
  'Atelectasis',
  'Consolidation',
  'Enlarged hilum',
  'Groundglass opacity',
  'Lung nodule or mass',
  'Pleural abnormality',
  'Pneumothorax',
]);
const PLACEMENT_TRIES = 8;
/** A placed box with at least this share outside every other finding's surround is clear of them. */
const CLEAR_SHARE = 0.5;

export function isMovable(label: Finding): boolean {
  return MOVABLE.has(label);
}

/**
 * A site that keeps clear of other findings' surrounds (the boxes grown by `margin`) where the
 * finding's anatomy allows: for a movable finding up to PLACEMENT_TRIES draws, the first with
 * CLEAR_SHARE of its box outside every surround, else the clearest. Findings of one image then
 * overlap less, so a missed one can be missed without looking past it at another.
 */
export function siteClearOf(
  rng: Rng,
  label: Finding,
  size: { width: number; height: number; sourceLabels?: readonly string[] },
  others: readonly Box[],
  margin: number,
): FindingSite {
  const surrounds = others.map((b) => grow(b, margin));
  const clearance = (site: FindingSite) => Math.min(1, ...surrounds.map((g) => shareOutside(site.region, g)));
  const draw = () => siteFor(rng, label, size.width, size.height, size.sourceLabels);
  let best = draw();
  let bestClearance = clearance(best);
  for (let k = 1; isMovable(label) && bestClearance < CLEAR_SHARE && k < PLACEMENT_TRIES; k++) {
    const site = draw();
    const c = clearance(site);
    if (c > bestClearance) [best, bestClearance] = [site, c];
  }
  return best;
}

export function toPixels(rel: RelBox, width: number, height: number): Box {
  const cx = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * width);
  const cy = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * height);
  const box = {
    xmin: cx(Math.min(rel.x0, rel.x1)),
    ymin: cy(Math.min(rel.y0, rel.y1)),
    xmax: cx(Math.max(rel.x0, rel.x1)),
    ymax: cy(Math.max(rel.y0, rel.y1)),
  };
  if (box.xmax <= box.xmin) box.xmax = Math.min(width, box.xmin + 2);
  if (box.ymax <= box.ymin) box.ymax = Math.min(height, box.ymin + 2);
  return box;
}

/** A reader's own outline of a finding: the site's box, nudged by a few pixels. */
export function readerBox(rng: Rng, box: Box, width: number, height: number): Box {
  const w = box.xmax - box.xmin;
  const h = box.ymax - box.ymin;
  const n = (s: number) => rng.normal(0, s * 0.08);
  return toPixels(
    {
      x0: (box.xmin + n(w)) / width,
      y0: (box.ymin + n(h)) / height,
      x1: (box.xmax + n(w)) / width,
      y1: (box.ymax + n(h)) / height,
    },
    width,
    height,
  );
}

/** A uniformly drawn point inside one of the lung fields, in pixels. */
export function lungPoint(rng: Rng, width: number, height: number): [number, number] {
  const e = rng.chance(0.52) ? LUNG_FIELDS[0]! : LUNG_FIELDS[1]!;
  const r = Math.sqrt(rng.next());
  const a = rng.range(0, 2 * Math.PI);
  return [(e.cx + e.rx * r * Math.cos(a)) * width, (e.cy + e.ry * r * Math.sin(a)) * height];
}
