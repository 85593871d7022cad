/**
 * Image ↔ screen mapping for the overlay. The viewer neither rotates nor flips, so image pixels
 * map to the viewer element by one scale and one offset; the caller derives them from two points
 * converted by OpenSeadragon's viewport.imageToViewerElementCoordinates, then maps thousands of
 * samples per frame without allocating a Point each.
 */

export interface ImageToScreen {
  /** Screen (CSS) pixels per image pixel. */
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function transformFromPoints(
  origin: { x: number; y: number },
  corner: { x: number; y: number },
  imageWidth: number,
): ImageToScreen {
  return { scale: (corner.x - origin.x) / imageWidth, offsetX: origin.x, offsetY: origin.y };
}

export function toScreenX(m: ImageToScreen, x: number) {
  return m.offsetX + x * m.scale;
}
export function toScreenY(m: ImageToScreen, y: number) {
  return m.offsetY + y * m.scale;
}

export interface DrawnCircle {
  /** Screen position and radius in CSS pixels. */
  x: number;
  y: number;
  r: number;
}

/**
 * Index of the circle under the pointer (the nearest centre among those within their radius
 * plus `slop` px, so small markers stay clickable), or -1.
 */
export function hitTestCircles(circles: readonly DrawnCircle[], px: number, py: number, slop = 4): number {
  let best = -1;
  let bestD = Infinity;
  circles.forEach((c, i) => {
    const d = Math.hypot(c.x - px, c.y - py);
    if (d <= c.r + slop && d < bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

/** A text label centred on (x, y), w × h px on screen. */
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Which labels to draw so none overlaps another: greedy in the given order (most important
 * first — the current fixation, then the newest), each kept only if its box is clear of every
 * box kept before it. Overlapping numbers ("24 3 22 1 0") are unreadable; a skipped number
 * reappears when the reader zooms in and the markers move apart.
 */
export function placeLabels(boxes: readonly LabelBox[]): boolean[] {
  const kept: LabelBox[] = [];
  return boxes.map((b) => {
    const clash = kept.some((k) => Math.abs(k.x - b.x) * 2 < k.w + b.w && Math.abs(k.y - b.y) * 2 < k.h + b.h);
    if (!clash) kept.push(b);
    return !clash;
  });
}
