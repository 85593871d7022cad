/**
 * The reasoning trace on the replay's clock: words flattened across steps (one index for the
 * whole trace, which the panel and the deep-link tests share), the word and step current at a
 * time, hedge (uncertainty marker) positions, and the timeline's finding markers.
 */

export interface TimedStep {
  index: number;
  text: string;
  start: number;
  end: number;
  findings: readonly string[];
  hedges: readonly string[];
  words: ReadonlyArray<{ text: string; start: number; end: number }>;
}

export interface FlatWord {
  /** Position in the whole trace (0-based). */
  index: number;
  step: number;
  text: string;
  start: number;
  end: number;
  /** Part of an uncertainty marker ("possibly", "cannot exclude"…). */
  hedge: boolean;
}

/**
 * A word stays current this long after it ends, so the highlight does not flicker off in the
 * short gaps between words of a sentence; longer silences show no current word.
 */
export const WORD_HOLD_SEC = 0.25;

export function flattenWords(steps: readonly TimedStep[]): FlatWord[] {
  const out: FlatWord[] = [];
  for (const step of steps) {
    const mask = hedgeMask(
      step.words.map((w) => w.text),
      step.hedges,
    );
    step.words.forEach((w, i) =>
      out.push({ index: out.length, step: step.index, text: w.text, start: w.start, end: w.end, hedge: mask[i]! }),
    );
  }
  return out;
}

/** Index of the word being spoken at t: the last word started at or before t, while t ≤ its end + WORD_HOLD_SEC; else -1. */
export function currentWordIndex(words: readonly FlatWord[], t: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.start <= t) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && t <= words[i]!.end + WORD_HOLD_SEC ? i : -1;
}

/** Position (in the steps array) of the step whose [start, end] holds t, or -1 between steps. */
export function currentStepIndex(steps: readonly TimedStep[], t: number): number {
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    if (s.start <= t) return t <= s.end ? i : -1;
  }
  return -1;
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** For each word, whether it belongs to one of the hedge phrases (matched word by word, case- and punctuation-insensitive). */
export function hedgeMask(words: readonly string[], hedges: readonly string[]): boolean[] {
  const norm = words.map(normalise);
  const mask = new Array<boolean>(words.length).fill(false);
  for (const hedge of hedges) {
    const parts = hedge.split(/\s+/).map(normalise).filter(Boolean);
    if (parts.length === 0) continue;
    for (let i = 0; i + parts.length <= norm.length; i++) {
      if (parts.every((p, k) => norm[i + k] === p)) for (let k = 0; k < parts.length; k++) mask[i + k] = true;
    }
  }
  return mask;
}

/** The text split into plain and hedge segments (for steps without word timings). */
export function splitByHedges(text: string, hedges: readonly string[]): Array<{ text: string; hedge: boolean }> {
  const ranges: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (const h of hedges) {
    const needle = h.toLowerCase().trim();
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const i = lower.indexOf(needle, from);
      if (i < 0) break;
      const before = i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1]!);
      const after = i + needle.length >= lower.length || !/[\p{L}\p{N}]/u.test(lower[i + needle.length]!);
      if (before && after) ranges.push([i, i + needle.length]);
      from = i + needle.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<{ text: string; hedge: boolean }> = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (b <= pos) continue;
    const s = Math.max(a, pos);
    if (s > pos) out.push({ text: text.slice(pos, s), hedge: false });
    out.push({ text: text.slice(s, b), hedge: true });
    pos = b;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hedge: false });
  return out;
}

export interface FindingMarker {
  finding: string;
  /** Start of the first step that names the finding. */
  time: number;
  step: number;
}

/** Where each finding is first named in the reasoning: the timeline's finding markers. */
export function findingMarkers(steps: readonly TimedStep[]): FindingMarker[] {
  const seen = new Set<string>();
  const out: FindingMarker[] = [];
  for (const s of [...steps].sort((a, b) => a.start - b.start)) {
    for (const f of s.findings) {
      if (seen.has(f)) continue;
      seen.add(f);
      out.push({ finding: f, time: s.start, step: s.index });
    }
  }
  return out;
}

/**
 * Where a scrolling list must scroll so an item is fully visible, or null when it already is.
 * `itemTop` is the item's top within the list's content (scroll offset included); the item lands
 * `margin` px below the top so the previous step's end stays in sight.
 */
export function scrollToReveal(
  item: { top: number; height: number },
  view: { scrollTop: number; height: number },
  margin = 24,
): number | null {
  if (item.top >= view.scrollTop && item.top + item.height <= view.scrollTop + view.height) return null;
  return Math.max(0, item.top - margin);
}
