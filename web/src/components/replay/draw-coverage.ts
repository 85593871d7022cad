/**
 * The coverage overlay: the lung fields painted covered (within the useful field of view of a
 * fixation — the radius the API's lungCoverage uses, GazeMetrics.usefulFieldOfViewPx) or not
 * yet covered, and the finding regions outlined in the colour of their outcome. Drawn under the
 * fixations, from the fixations up to the clock's time: the covered part grows as the read plays
 * and, at its end, is the area the coverage metric measures (Rubin et al. 2015; Kundel et al.).
 */
import type { MissType, RegionShape } from '@/generated/graphql';
import { MISS_TYPE_INFO } from '@/lib/gaze-metrics';
import { stackLabel, toScreenX, toScreenY, type ImageToScreen, type LabelBox } from '@/lib/replay-geometry';
import { fixationRange, type ReplayFixation } from '@/lib/replay-track';

export interface RegionPx {
  shape: RegionShape;
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
}

export interface CoverageScene {
  lungFields: readonly RegionPx[];
  fixations: readonly ReplayFixation[];
  /** Useful field of view, image pixels. */
  radiusPx: number;
  findings: ReadonlyArray<{
    finding: string;
    label: string;
    region: RegionPx;
    missType: MissType | null;
    reported: boolean;
  }>;
  /** A finding to single out (hovered in the metrics panel): the other regions are dimmed. */
  highlight?: string | null;
}

export const COVERED_COLOR = '#009E73';
export const UNCOVERED_COLOR = '#CC79A7';
export const REPORTED_COLOR = '#F0E442';
/** A present finding with no miss type and not reported cannot occur; anything else unlabelled is grey. */
const OTHER_COLOR = '#BBBBBB';
const FILL_ALPHA = 0.42;

export function findingColor(f: { missType: MissType | null; reported: boolean }): string {
  if (f.missType) return MISS_TYPE_INFO[f.missType].color;
  return f.reported ? REPORTED_COLOR : OTHER_COLOR;
}

/** Adds a region's outline (box, or the ellipse inscribed in it) to the current path, in screen px. */
export function regionPath(ctx: CanvasRenderingContext2D, m: ImageToScreen, r: RegionPx, grow = 0): void {
  const x0 = toScreenX(m, r.xmin - grow);
  const y0 = toScreenY(m, r.ymin - grow);
  const w = (r.xmax - r.xmin + 2 * grow) * m.scale;
  const h = (r.ymax - r.ymin + 2 * grow) * m.scale;
  if (r.shape === 'ELLIPSE') {
    ctx.moveTo(x0 + w, y0 + h / 2);
    ctx.ellipse(x0 + w / 2, y0 + h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
  } else ctx.rect(x0, y0, w, h);
}

let scratch: HTMLCanvasElement | null = null;

/** Draws the scene at time t; returns how many shapes it drew (lung fields + finding regions). A scene without lung fields draws the regions alone. */
export function drawCoverage(ctx: CanvasRenderingContext2D, m: ImageToScreen, scene: CoverageScene, t: number): number {
  const canvas = ctx.canvas;
  const dpr = canvas.width / Math.max(1, canvas.clientWidth);
  if (scene.lungFields.length > 0) {
    // Paint on a scratch canvas at full opacity, then composite once: overlapping fixation
    // circles would otherwise stack their transparency into uneven patches.
    scratch ??= document.createElement('canvas');
    if (scratch.width !== canvas.width || scratch.height !== canvas.height) {
      scratch.width = canvas.width;
      scratch.height = canvas.height;
    }
    const s = scratch.getContext('2d')!;
    s.setTransform(dpr, 0, 0, dpr, 0, 0);
    s.globalCompositeOperation = 'source-over';
    s.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    s.beginPath();
    for (const r of scene.lungFields) regionPath(s, m, r);
    s.fillStyle = UNCOVERED_COLOR;
    s.fill();
    // Covered: circles of the fixations so far, kept inside the lungs (source-atop).
    s.globalCompositeOperation = 'source-atop';
    s.fillStyle = COVERED_COLOR;
    s.beginPath();
    const [, i1] = fixationRange(scene.fixations, -Infinity, t);
    const r = scene.radiusPx * m.scale;
    for (let i = 0; i < i1; i++) {
      const f = scene.fixations[i]!;
      const x = toScreenX(m, f.x);
      const y = toScreenY(m, f.y);
      s.moveTo(x + r, y);
      s.arc(x, y, r, 0, Math.PI * 2);
    }
    s.fill();
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = FILL_ALPHA;
    ctx.drawImage(scratch, 0, 0);
    ctx.restore();
    ctx.beginPath();
    for (const lung of scene.lungFields) regionPath(ctx, m, lung);
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.stroke();
    ctx.setLineDash([]);
  }
  const tags: LabelBox[] = [];
  for (const f of scene.findings) {
    const color = findingColor(f);
    const dimmed = !!scene.highlight && scene.highlight !== f.finding;
    ctx.globalAlpha = dimmed ? 0.3 : 1;
    ctx.beginPath();
    regionPath(ctx, m, f.region);
    ctx.lineWidth = 4.5;
    ctx.strokeStyle = 'rgba(0,0,0,0.7)';
    ctx.stroke();
    ctx.lineWidth = scene.highlight === f.finding ? 4 : 2.5;
    ctx.strokeStyle = color;
    ctx.stroke();
    const label = f.missType ? `${f.label} · ${MISS_TYPE_INFO[f.missType].short.toLowerCase()} miss` : f.label;
    drawTag(ctx, label, color, toScreenX(m, f.region.xmin), toScreenY(m, f.region.ymin), tags);
    ctx.globalAlpha = 1;
  }
  return scene.lungFields.length + scene.findings.length;
}

const TAG_H = 18;

/** A region's name on a dark tag above its top-left corner (inside it at the top edge), its colour as a square. */
function drawTag(ctx: CanvasRenderingContext2D, text: string, color: string, x: number, y: number, placed: LabelBox[]) {
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const w = ctx.measureText(text).width + 22;
  const top = y - TAG_H - 2 < 0 ? y + 2 : y - TAG_H - 2;
  // Label boxes are centred (replay-geometry); the tag is drawn from its top-left corner.
  const c = stackLabel({ x: x + w / 2, y: top + TAG_H / 2, w, h: TAG_H }, placed);
  const left = c.x - w / 2;
  const tagTop = c.y - TAG_H / 2;
  ctx.fillStyle = 'rgba(16,24,38,0.82)';
  ctx.fillRect(left, tagTop, w, TAG_H);
  ctx.fillStyle = color;
  ctx.fillRect(left + 5, tagTop + 5, 8, 8);
  ctx.fillStyle = '#fff';
  ctx.fillText(text, left + 17, c.y + 0.5);
}
