/**
 * Lung fields of an image, in order of preference (docs/metrics.md#lung-fields):
 *
 * 1. 'dataset': the dataset outlines them (EGD-CXR's anatomical boxes).
 * 2. 'chest-box-template': the dataset gives the chest's bounding box (REFLACX); the two lungs
 *    are the LUNG_TEMPLATE ellipses placed inside it.
 * 3. 'image-template': the same template inside TYPICAL_CHEST_BOX, the chest's usual place on a
 *    frontal film relative to the image. The generator places gaze on these (LUNG_FIELDS).
 *
 * Radiological convention: the patient's right lung is on the image's left (small x). The
 * template was drawn over the NIH ChestX-ray14 sample: lungs span about 18–74% of the image
 * height and 16–46% / 55–83% of its width.
 */
import type { LungFields, Region } from './contract.ts';

export interface RelativeEllipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** The right and left lung, relative to the chest box (0…1 across and down). */
export const LUNG_TEMPLATE: readonly RelativeEllipse[] = [
  { cx: 0.275, cy: 0.45, rx: 0.18, ry: 0.35 },
  { cx: 0.725, cy: 0.46, rx: 0.165, ry: 0.34 },
];

/** Where the chest usually sits on a frontal film, relative to the image. */
export const TYPICAL_CHEST_BOX = { xmin: 0.08, ymin: 0.1, xmax: 0.92, ymax: 0.9 } as const;

type Frame = { xmin: number; ymin: number; xmax: number; ymax: number };

function templateIn(frame: Frame): RelativeEllipse[] {
  const w = frame.xmax - frame.xmin;
  const h = frame.ymax - frame.ymin;
  return LUNG_TEMPLATE.map((e) => ({
    cx: frame.xmin + e.cx * w,
    cy: frame.ymin + e.cy * h,
    rx: e.rx * w,
    ry: e.ry * h,
  }));
}

/** The two lung fields relative to the image size (the image template). */
export const LUNG_FIELDS: readonly RelativeEllipse[] = templateIn(TYPICAL_CHEST_BOX);

function ellipseRegion(e: RelativeEllipse): Region {
  return { shape: 'ellipse', xmin: e.cx - e.rx, ymin: e.cy - e.ry, xmax: e.cx + e.rx, ymax: e.cy + e.ry };
}

export function lungFieldsFor(
  image: { width: number; height: number },
  from: { anatomy?: readonly Region[] | null; chestBox?: Frame | null } = {},
): LungFields {
  if (from.anatomy && from.anatomy.length > 0) return { source: 'dataset', regions: [...from.anatomy] };
  if (from.chestBox) return { source: 'chest-box-template', regions: templateIn(from.chestBox).map(ellipseRegion) };
  const { width: W, height: H } = image;
  const pixels = templateIn({
    xmin: TYPICAL_CHEST_BOX.xmin * W,
    ymin: TYPICAL_CHEST_BOX.ymin * H,
    xmax: TYPICAL_CHEST_BOX.xmax * W,
    ymax: TYPICAL_CHEST_BOX.ymax * H,
  });
  return { source: 'image-template', regions: pixels.map(ellipseRegion) };
}
