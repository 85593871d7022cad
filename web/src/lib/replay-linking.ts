/**
 * Two-way links between transcript words and gaze. Readers look before they speak: the eyes
 * reach a structure about a second or two before it is named (the eye–voice span). So a word
 * spoken at time w is linked to the fixations overlapping the LEAD WINDOW [w − lead, w], and —
 * the same relation read the other way — a fixation [start, end] is linked to the words whose
 * start lies in [start, end + lead]. Default lead: 2 s.
 */

export const DEFAULT_LEAD_SEC = 2;

interface Span {
  start: number;
  end: number;
}

/** Indices of the fixations overlapping [wordStart − lead, wordStart]. */
export function fixationsBeforeWord(
  fixations: readonly Span[],
  wordStart: number,
  leadSec = DEFAULT_LEAD_SEC,
): number[] {
  const from = wordStart - leadSec;
  const out: number[] = [];
  fixations.forEach((f, i) => {
    if (f.start <= wordStart && f.end >= from) out.push(i);
  });
  return out;
}

/** Indices of the words whose start lies in [fixation.start, fixation.end + lead]. */
export function wordsAfterFixation(words: readonly Span[], fixation: Span, leadSec = DEFAULT_LEAD_SEC): number[] {
  const out: number[] = [];
  words.forEach((w, i) => {
    if (w.start >= fixation.start && w.start <= fixation.end + leadSec) out.push(i);
  });
  return out;
}
