/**
 * The explore filter state as the API's ReadFilter, the chips that show it, and the small
 * immutable edits the facet controls make. Pure functions: unit-tested without a browser.
 */
import type { GazeFilter, ReadFilter } from '../generated/graphql';
import {
  RANGE_PARAMS,
  emptyFilters,
  type ExploreFilters,
  type ExploreState,
  type GazeRangeKey,
  type ListKey,
  type NumRange,
  type RangeKey,
} from './url-state';

/** The ReadFilter for the API, or null when nothing is selected (the API's "everything"). */
export function toReadFilter(f: ExploreFilters): ReadFilter | null {
  const out: ReadFilter = {};
  if (f.countries.length) out.countries = f.countries;
  if (f.continents.length) out.continents = f.continents;
  // Certainty is FindingFilter.certainty: with labels, one finding must have both; alone, any finding in range.
  if (f.findings.length || f.certainty) {
    out.findings = {};
    if (f.findings.length) out.findings.any = f.findings;
    if (f.certainty) out.findings.certainty = rangeOf(f.certainty);
  }
  if (f.strategies.length) out.strategies = f.strategies;
  if (f.experienceBands.length) out.experienceBands = f.experienceBands;
  if (f.roles.length) out.roles = f.roles;
  if (f.viewPositions.length) out.viewPositions = f.viewPositions;
  if (f.datasets.length) out.datasets = f.datasets;
  if (f.hedges.length) out.hedges = f.hedges;
  if (f.durationSec) out.durationSec = rangeOf(f.durationSec);
  if (f.experienceYears) out.experienceYears = rangeOf(f.experienceYears);
  if (f.fixationCount) out.fixationCount = rangeOf(f.fixationCount);
  if (f.agreement) out.agreement = rangeOf(f.agreement);
  if (f.difficulty) out.difficulty = rangeOf(f.difficulty);
  if (f.missTypes.length) out.missTypes = f.missTypes;
  const gaze: GazeFilter = {};
  for (const { key, gaze: isGaze } of RANGE_PARAMS) {
    const r = f[key];
    if (isGaze && r) gaze[key as GazeRangeKey] = rangeOf(r);
  }
  if (Object.keys(gaze).length) out.gaze = gaze;
  return Object.keys(out).length ? out : null;
}

function rangeOf(r: NumRange): { gte?: number; lte?: number } {
  const out: { gte?: number; lte?: number } = {};
  if (r.gte !== undefined) out.gte = r.gte;
  if (r.lte !== undefined) out.lte = r.lte;
  return out;
}

export function hasActiveFilters(state: Pick<ExploreState, 'filters' | 'search'>): boolean {
  return state.search.trim() !== '' || toReadFilter(state.filters) !== null;
}

/** Adds or removes one value of a list filter. */
export function toggleValue(f: ExploreFilters, key: ListKey, value: string): ExploreFilters {
  const list = f[key] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...f, [key]: next };
}

/**
 * Certainty is a range in the API (FindingFilter.certainty), shown as five checkboxes: toggling
 * a level extends the range to it, or (at an end of the range) shrinks the range by it. A level
 * inside the range cannot be dropped alone (the API has no "2 or 4 but not 3"): unchecking it
 * keeps the larger side.
 */
export function toggleCertainty(current: NumRange | undefined, level: number): NumRange | undefined {
  if (!current || (current.gte === undefined && current.lte === undefined)) return { gte: level, lte: level };
  const lo = current.gte ?? 1;
  const hi = current.lte ?? 5;
  if (level < lo) return { gte: level, lte: hi };
  if (level > hi) return { gte: lo, lte: level };
  if (lo === hi) return undefined; // the only level: clear
  if (level === lo) return { gte: lo + 1, lte: hi };
  if (level === hi) return { gte: lo, lte: hi - 1 };
  // Inside: keep the larger side of the range without this level (the upper one on a tie).
  return level - lo > hi - level ? { gte: lo, lte: level - 1 } : { gte: level + 1, lte: hi };
}

export function inRange(r: NumRange | undefined, v: number): boolean {
  if (!r) return false;
  return (r.gte === undefined || v >= r.gte) && (r.lte === undefined || v <= r.lte);
}

/** Sets a range filter; a range covering the whole domain is no filter. */
export function setRange(
  f: ExploreFilters,
  key: RangeKey,
  range: NumRange | undefined,
  domain?: { min: number; max: number },
): ExploreFilters {
  let r = range ? { ...range } : undefined;
  if (r && domain) {
    if (r.gte !== undefined && r.gte <= domain.min) delete r.gte;
    if (r.lte !== undefined && r.lte >= domain.max) delete r.lte;
  }
  if (r && r.gte === undefined && r.lte === undefined) r = undefined;
  const next = { ...f };
  if (r) next[key] = r;
  else delete next[key];
  return next;
}

export function clearFilter(f: ExploreFilters, key: ListKey | RangeKey): ExploreFilters {
  const next = { ...f };
  if (isRangeKey(key)) delete next[key];
  else (next[key] as string[]) = [];
  return next;
}

export function isRangeKey(key: string): key is RangeKey {
  return RANGE_PARAMS.some((r) => r.key === key);
}

export { emptyFilters };

// ---------------------------------------------------------------------------------------------
// Chips

export interface Chip {
  /** Stable key for React and tests, e.g. `countries:BR`. */
  id: string;
  /** What the chip filters on, e.g. "Country". */
  group: string;
  /** The value, e.g. "Brazil" or "30–60 s". */
  label: string;
  /** The state without this chip. */
  remove: (s: ExploreState) => ExploreState;
}

/** Display names of filter groups (used by chips and by the facet sidebar). */
export const GROUP_LABELS: Record<ListKey | RangeKey, string> = {
  countries: 'Country',
  continents: 'Continent',
  findings: 'Finding',
  strategies: 'Strategy',
  experienceBands: 'Experience band',
  roles: 'Role',
  viewPositions: 'View position',
  datasets: 'Dataset',
  hedges: 'Hedge',
  missTypes: 'Missed finding',
  certainty: 'Certainty',
  durationSec: 'Duration',
  experienceYears: 'Experience',
  fixationCount: 'Fixations',
  agreement: 'Agreement',
  difficulty: 'Difficulty',
  lungCoverage: 'Lung coverage',
  eyeVoiceSpanSec: 'Eye-voice span',
  peerSimilarity: 'Similarity to peers',
};

export const RANGE_UNITS: Record<RangeKey, string> = {
  certainty: '',
  durationSec: ' s',
  experienceYears: ' yrs',
  fixationCount: '',
  agreement: '',
  difficulty: '',
  lungCoverage: '',
  eyeVoiceSpanSec: ' s',
  peerSimilarity: '',
};

/** Ranges shown with two decimals (shares and similarities 0–1). */
const TWO_DECIMALS: ReadonlySet<RangeKey> = new Set(['agreement', 'difficulty', 'lungCoverage', 'peerSimilarity']);

export type LabelOf = (key: ListKey, value: string) => string;

export function formatRange(key: RangeKey, r: NumRange): string {
  const unit = RANGE_UNITS[key];
  // A typographic minus: "−0.5–1.5 s" reads as a range from a negative value.
  const fmt = (v: number) =>
    (v < 0 ? '−' : '') +
    (Number.isInteger(v) ? String(Math.abs(v)) : Math.abs(v).toFixed(TWO_DECIMALS.has(key) ? 2 : 1));
  if (key === 'certainty' && r.gte !== undefined && r.gte === r.lte) return `${r.gte} only`;
  if (r.gte !== undefined && r.lte !== undefined) return `${fmt(r.gte)}–${fmt(r.lte)}${unit}`;
  if (r.gte !== undefined) return `≥ ${fmt(r.gte)}${unit}`;
  return `≤ ${fmt(r.lte ?? 0)}${unit}`;
}

export function filterChips(state: ExploreState, labelOf: LabelOf): Chip[] {
  const chips: Chip[] = [];
  if (state.search.trim())
    chips.push({
      id: 'search',
      group: 'Text',
      label: `“${state.search.trim()}”`,
      remove: (s) => ({ ...s, search: '', sort: s.sort?.field === 'RELEVANCE' ? null : s.sort }),
    });
  const f = state.filters;
  for (const key of Object.keys(GROUP_LABELS) as (ListKey | RangeKey)[]) {
    if (isRangeKey(key)) {
      const r = f[key];
      if (r)
        chips.push({
          id: key,
          group: GROUP_LABELS[key],
          label: formatRange(key, r),
          remove: (s) => ({ ...s, filters: clearFilter(s.filters, key) }),
        });
      continue;
    }
    for (const value of f[key] as string[])
      chips.push({
        id: `${key}:${value}`,
        group: GROUP_LABELS[key],
        label: labelOf(key, value),
        remove: (s) => ({ ...s, filters: toggleValue(s.filters, key, value) }),
      });
  }
  return chips;
}

/** The same filters and search with nothing selected. */
export function resetFilters(state: ExploreState): ExploreState {
  return { ...state, search: '', filters: emptyFilters(), sort: state.sort?.field === 'RELEVANCE' ? null : state.sort };
}
