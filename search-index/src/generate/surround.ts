/**
 * The surround of a finding's region that gaze keeps out of when it must not see the finding:
 * the region grown by the useful field of view (what the metrics count as looking at it) and a
 * little slack, because gaze points scatter around the place a visit aims at. The read plan
 * (how a finding is missed) and the tracks (where the eyes go) share it, so a miss the plan
 * calls avoidable is one the track can avoid.
 */
import { DEFAULT_THRESHOLDS } from '../metrics/thresholds.ts';
import type { Box } from '../model.ts';

/** Dense tracks carry 30–50 px/°; sparse ones use the metrics' default of 40. */
export const DENSE_PIXELS_PER_DEGREE: readonly [number, number] = [30, 50];
/** Slack beyond the useful field of view, as a share of the image's longer side. */
const SLACK_SHARE = 0.03;

/** The useful field of view in pixels at a track's pixels per degree (the metrics' radius). */
export function reachAt(pixelsPerDegree: number): number {
  return DEFAULT_THRESHOLDS.usefulFieldOfViewDeg * pixelsPerDegree;
}

/** How far from a region gaze keeps when it must not see it, for a given reach. */
export function keepOutMargin(reachPx: number, width: number, height: number): number {
  return reachPx + SLACK_SHARE * Math.max(width, height);
}

/** The widest margin any track of this image may keep (the densest pixels per degree). */
export function widestKeepOutMargin(width: number, height: number): number {
  return keepOutMargin(reachAt(DENSE_PIXELS_PER_DEGREE[1]), width, height);
}

export function grow(b: Box, by: number): Box {
  return { xmin: b.xmin - by, ymin: b.ymin - by, xmax: b.xmax + by, ymax: b.ymax + by };
}

export function area(b: Box): number {
  return Math.max(0, b.xmax - b.xmin) * Math.max(0, b.ymax - b.ymin);
}

/** The part of the image a box covers, clipped to the image. */
export function imageShare(b: Box, width: number, height: number): number {
  const clipped = {
    xmin: Math.max(0, b.xmin),
    ymin: Math.max(0, b.ymin),
    xmax: Math.min(width, b.xmax),
    ymax: Math.min(height, b.ymax),
  };
  return area(clipped) / (width * height);
}

/** The share of box a lying outside box b. */
export function shareOutside(a: Box, b: Box): number {
  const inter = {
    xmin: Math.max(a.xmin, b.xmin),
    ymin: Math.max(a.ymin, b.ymin),
    xmax: Math.min(a.xmax, b.xmax),
    ymax: Math.min(a.ymax, b.ymax),
  };
  const whole = area(a);
  return whole === 0 ? 0 : 1 - area(inter) / whole;
}
