/**
 * Telling a fling from reading: a table scrolled faster than a person can read rows (several
 * screens a second, scroll event after scroll event) shows light placeholder rows until it
 * slows down, instead of rendering every row that flies past (ResultsTable). A single jump —
 * PageDown, End, a click in the scroll bar — is one scroll event and never counts as a fling.
 */

/** Faster than this (px per ms) between consecutive scroll events is a fling: 3,000 px/s, ~47 rows of 64 px. */
export const FLING_PX_PER_MS = 3;
/** Scroll events further apart than this (ms) are separate moves, not one continuous scroll. */
export const FLING_MAX_GAP_MS = 100;

export interface FlingDetector {
  /** Feed each scroll position (px) with its time (ms); answers whether the table is flinging now. */
  (offset: number, now: number): boolean;
}

export function flingDetector(pxPerMs = FLING_PX_PER_MS, maxGapMs = FLING_MAX_GAP_MS): FlingDetector {
  let last: { offset: number; now: number } | null = null;
  // Fast over the last two intervals: one fast interval alone may be a jump followed by a nudge.
  let fastBefore = false;
  return (offset, now) => {
    const prev = last;
    last = { offset, now };
    if (!prev || now - prev.now > maxGapMs || now <= prev.now) {
      fastBefore = false;
      return false;
    }
    const fast = Math.abs(offset - prev.offset) / (now - prev.now) > pxPerMs;
    const fling = fast && fastBefore;
    fastBefore = fast;
    return fling;
  };
}
