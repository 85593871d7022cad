/**
 * A visual search strategy derived from a read's fixations, for datasets that record none
 * (REFLACX, EGD-CXR). The rule is deliberately simple and documented in docs/importers.md, so a
 * researcher can tell what a "derived" label means and re-derive it differently if they wish.
 *
 * The thorax is cut into six zones: each lung (patient's right = image left) in upper, middle
 * and lower thirds. The first rule that matches wins:
 *   1. comparison-driven — a prior image was shown and looked at first (the caller says so);
 *   2. focal            — ≥ 2 of the first 3 fixations land in a labelled finding region that
 *                         covers < 25 % of the image ("straight to the abnormality");
 *   3. systematic       — the first 12 fixations visit ≥ 4 zones, in an order at most one swap
 *                         away from a checklist order (lung by lung or level by level, top down);
 *   4. global-then-focal — the first 3 s touch both lungs and ≥ 3 zones, and over the next 6 s
 *                         one zone holds ≥ 50 % of the fixation time;
 *   5. free-search      — anything else, including reads with fewer than 3 fixations.
 */
import type { Box, Fixation } from '../model.ts';
import { insideRegion } from '../metrics/regions.ts';
import type { Strategy } from '../vocabulary.ts';

export interface StrategyInput {
  /** Fixations in image pixels (any order; sorted by start here). */
  fixations: readonly Fixation[];
  width: number;
  height: number;
  /** Box around lungs and heart (REFLACX chest_bounding_box.csv); zones split it in 2 × 3. */
  chest?: Box | null;
  /** Lung boxes (EGD-CXR bounding_boxes.csv); each is split into thirds. Preferred over chest. */
  lungs?: { right: Box; left: Box } | null;
  /** Regions of the read's positive findings. */
  labelledRegions?: readonly Box[];
  /** A prior image was shown and fixated before this one. Never true for REFLACX / EGD-CXR. */
  priorViewedFirst?: boolean;
}

export interface StrategyDecision {
  strategy: Strategy;
  /** Which rule decided, in words (kept in the import report's notes). */
  rule: string;
}

export const RULE = {
  minFixations: 3,
  focalFirst: 3,
  focalHits: 2,
  focalMaxRegionShare: 0.25,
  systematicFirst: 12,
  systematicMinZones: 4,
  systematicMaxSwaps: 1,
  globalSec: 3,
  focalWindowSec: 6,
  dwellShare: 0.5,
} as const;

/** Used when the dataset gives no thorax box: a typical frontal film's, relative to the image. */
const DEFAULT_CHEST = { xmin: 0.12, ymin: 0.1, xmax: 0.88, ymax: 0.82 };

/** Zone numbers: side * 3 + level, side 0 = patient's right (image left), level 0 = upper. */
type Zone = number;

/** Checklist orders of zone visits: lung by lung or level by level, either side first. */
const CHECKLISTS: readonly (readonly Zone[])[] = [
  [0, 1, 2, 3, 4, 5],
  [3, 4, 5, 0, 1, 2],
  [0, 3, 1, 4, 2, 5],
  [3, 0, 4, 1, 5, 2],
];

export function deriveStrategy(input: StrategyInput): StrategyDecision {
  if (input.priorViewedFirst) return { strategy: 'comparison-driven', rule: 'prior image viewed first' };
  const fx = [...input.fixations].sort((a, b) => a.start - b.start);
  if (fx.length < RULE.minFixations)
    return { strategy: 'free-search', rule: `fewer than ${RULE.minFixations} fixations` };
  const zoneOf = zoner(input);
  return (
    focal(fx, input) ??
    systematic(fx, zoneOf) ??
    globalThenFocal(fx, zoneOf) ?? { strategy: 'free-search', rule: 'no rule matched' }
  );
}

type ZoneOf = (x: number, y: number) => Zone | null;

/** Rule 2: the first fixations land in a small labelled region. */
function focal(fx: readonly Fixation[], input: StrategyInput): StrategyDecision | null {
  const area = input.width * input.height;
  const regions = (input.labelledRegions ?? []).filter(
    (r) => (r.xmax - r.xmin) * (r.ymax - r.ymin) < RULE.focalMaxRegionShare * area,
  );
  const hits = fx.slice(0, RULE.focalFirst).filter((f) => regions.some((r) => inside(f, r))).length;
  return hits >= RULE.focalHits
    ? { strategy: 'focal', rule: `${hits} of the first ${RULE.focalFirst} fixations in a labelled region` }
    : null;
}

/** Rule 3: the first fixations visit many zones, close to a checklist order. */
function systematic(fx: readonly Fixation[], zoneOf: ZoneOf): StrategyDecision | null {
  const firstVisits: Zone[] = [];
  for (const f of fx.slice(0, RULE.systematicFirst)) {
    const z = zoneOf(f.x, f.y);
    if (z !== null && !firstVisits.includes(z)) firstVisits.push(z);
  }
  if (firstVisits.length < RULE.systematicMinZones) return null;
  const swaps = Math.min(...CHECKLISTS.map((order) => inversions(firstVisits.map((z) => order.indexOf(z)))));
  return swaps <= RULE.systematicMaxSwaps
    ? {
        strategy: 'systematic',
        rule: `first ${RULE.systematicFirst} fixations visit ${firstVisits.length} zones, ${swaps} swap(s) from a checklist order`,
      }
    : null;
}

/** Rule 4: both lungs early, then most of the next seconds in one zone. */
function globalThenFocal(fx: readonly Fixation[], zoneOf: ZoneOf): StrategyDecision | null {
  const t0 = fx[0]!.start;
  const early = new Set<Zone>();
  for (const f of fx)
    if (f.start < t0 + RULE.globalSec) {
      const z = zoneOf(f.x, f.y);
      if (z !== null) early.add(z);
    }
  const bothLungs = [...early].some((z) => z < 3) && [...early].some((z) => z >= 3);
  if (!bothLungs || early.size < 3) return null;
  const from = t0 + RULE.globalSec,
    to = from + RULE.focalWindowSec;
  const dwell = new Map<Zone, number>();
  let total = 0;
  for (const f of fx) {
    const d = Math.max(0, Math.min(f.end, to) - Math.max(f.start, from));
    if (d <= 0) continue;
    total += d;
    const z = zoneOf(f.x, f.y);
    if (z !== null) dwell.set(z, (dwell.get(z) ?? 0) + d);
  }
  const top = Math.max(0, ...dwell.values());
  return total > 0 && top / total >= RULE.dwellShare
    ? {
        strategy: 'global-then-focal',
        rule: `both lungs in the first ${RULE.globalSec} s, then ${Math.round((100 * top) / total)} % of the next ${RULE.focalWindowSec} s in one zone`,
      }
    : null;
}

/** Inside the box or on its edge. */
function inside(p: { x: number; y: number }, b: Box): boolean {
  return insideRegion(p.x, p.y, { shape: 'box', ...b });
}

/** Maps a point to its zone, or null outside the thorax. */
function zoner(input: StrategyInput): ZoneOf {
  const third = (y: number, b: Box) => Math.min(2, Math.max(0, Math.floor((3 * (y - b.ymin)) / (b.ymax - b.ymin))));
  const lungs = input.lungs;
  if (lungs) {
    return (x, y) => {
      if (inside({ x, y }, lungs.right)) return third(y, lungs.right);
      if (inside({ x, y }, lungs.left)) return 3 + third(y, lungs.left);
      return null;
    };
  }
  const c = input.chest ?? {
    xmin: DEFAULT_CHEST.xmin * input.width,
    ymin: DEFAULT_CHEST.ymin * input.height,
    xmax: DEFAULT_CHEST.xmax * input.width,
    ymax: DEFAULT_CHEST.ymax * input.height,
  };
  const mid = (c.xmin + c.xmax) / 2;
  return (x, y) => (inside({ x, y }, c) ? (x < mid ? 0 : 3) + third(y, c) : null);
}

/** Pairs out of order (a Kendall distance to the sorted sequence). */
function inversions(ranks: number[]): number {
  let n = 0;
  for (let i = 0; i < ranks.length; i++) for (let j = i + 1; j < ranks.length; j++) if (ranks[i]! > ranks[j]!) n++;
  return n;
}
