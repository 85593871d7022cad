/**
 * Geometry of regions in image pixels: containment (optionally grown by a radius), area, and
 * the consensus of several readers' marks.
 *
 * - A box grown by r holds every point within distance r of the box (a rounded rectangle).
 * - An ellipse (inscribed in its box, semi-axes a, b) grown by r is taken as the ellipse with
 *   semi-axes a + r, b + r: exact at the four vertices, and within a few per cent of the true
 *   offset curve elsewhere for the aspect ratios of lungs and lesions.
 * - consensusRegion: the median box of the marks — the median of each of xmin, ymin, xmax, ymax
 *   taken separately (even counts: mean of the two middle values) — as an ellipse when most of
 *   the marks are ellipses, else a box. Robust to one outlying mark; with one mark it is that
 *   mark. The medians keep xmax > xmin and ymax > ymin because every mark does.
 * - findingRegions: per finding, the dataset's reference region (the first given for the label),
 *   else the consensus of the other readers' marks (docs/metrics.md#finding-regions).
 */
import type { Region } from '../model.ts';
import type { Finding } from '../vocabulary.ts';
import { median } from './numbers.ts';

export function insideRegion(x: number, y: number, region: Region, growPx = 0): boolean {
  if (region.shape === 'ellipse') {
    const a = (region.xmax - region.xmin) / 2 + growPx;
    const b = (region.ymax - region.ymin) / 2 + growPx;
    const dx = (x - (region.xmin + region.xmax) / 2) / a;
    const dy = (y - (region.ymin + region.ymax) / 2) / b;
    return dx * dx + dy * dy <= 1;
  }
  const dx = Math.max(region.xmin - x, 0, x - region.xmax);
  const dy = Math.max(region.ymin - y, 0, y - region.ymax);
  return dx * dx + dy * dy <= growPx * growPx;
}

/** The x-interval of a region along the horizontal line at y (null where the line misses it). */
export function regionSpanAt(region: Region, y: number): [number, number] | null {
  if (y < region.ymin || y > region.ymax) return null;
  if (region.shape !== 'ellipse') return [region.xmin, region.xmax];
  const b = (region.ymax - region.ymin) / 2;
  const t = (y - (region.ymin + region.ymax) / 2) / b;
  const half = ((region.xmax - region.xmin) / 2) * Math.sqrt(Math.max(0, 1 - t * t));
  const cx = (region.xmin + region.xmax) / 2;
  return [cx - half, cx + half];
}

/** Area in square pixels. */
export function regionArea(region: Region): number {
  const w = region.xmax - region.xmin;
  const h = region.ymax - region.ymin;
  return region.shape === 'ellipse' ? (Math.PI * w * h) / 4 : w * h;
}

/** The consensus of several readers' marks of one finding (null without marks). */
export function consensusRegion(marks: readonly Region[]): Region | null {
  if (marks.length === 0) return null;
  const ellipses = marks.filter((m) => m.shape === 'ellipse').length;
  return {
    shape: ellipses * 2 > marks.length ? 'ellipse' : 'box',
    xmin: median(marks.map((m) => m.xmin)),
    ymin: median(marks.map((m) => m.ymin)),
    xmax: median(marks.map((m) => m.xmax)),
    ymax: median(marks.map((m) => m.ymax)),
  };
}

/** Per finding: the dataset's reference region, else the consensus of the other readers' marks. */
export function findingRegions(
  reference: ReadonlyArray<{ label: Finding; region: Region }>,
  othersFindings: ReadonlyArray<ReadonlyArray<{ label: Finding; region: Omit<Region, 'shape'> | null }>>,
): Map<Finding, { region: Region; source: 'reference' | 'consensus' }> {
  const out = new Map<Finding, { region: Region; source: 'reference' | 'consensus' }>();
  for (const r of reference) if (!out.has(r.label)) out.set(r.label, { region: r.region, source: 'reference' });
  const marks = new Map<Finding, Region[]>();
  for (const findings of othersFindings)
    for (const f of findings) {
      if (out.has(f.label) || !f.region) continue;
      marks.set(f.label, [...(marks.get(f.label) ?? []), { shape: 'box', ...f.region }]);
    }
  for (const [label, list] of marks) {
    const region = consensusRegion(list);
    if (region) out.set(label, { region, source: 'consensus' });
  }
  return out;
}
