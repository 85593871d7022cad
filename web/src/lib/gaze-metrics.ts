/**
 * How the portal words and formats the API's reading-process metrics (docs/metrics.md): units,
 * the lung-field and region sources, the fixation method, and the miss types of Kundel, Nodine &
 * Carmody (1978) with their one-line explanations. Pure: unit-tested without a browser.
 */
import type { FixationMethodName, LungFieldSource, MissType, RegionSource } from '../generated/graphql';

/** Thresholds the explanations quote (Dataset.metricThresholds). */
export interface ThresholdsShown {
  usefulFieldOfViewDeg: number;
  decisionDwellSec: number;
}

interface MissTypeInfo {
  label: string;
  /** Short name for chart legends and table cells. */
  short: string;
  explain: (t: ThresholdsShown) => string;
  color: string;
}

/** Every miss type (a Record keyed by the generated type, so a new schema value fails to compile until described). */
export const MISS_TYPE_INFO: Record<MissType, MissTypeInfo> = {
  SEARCH: {
    label: 'Search miss',
    short: 'Search',
    explain: (t) =>
      `Never looked within the useful field of view (${formatNumber(t.usefulFieldOfViewDeg)}°) of the finding’s region.`,
    color: '#D55E00',
  },
  RECOGNITION: {
    label: 'Recognition miss',
    short: 'Recognition',
    explain: (t) =>
      `Looked at the region, but for less than the ${formatNumber(t.decisionDwellSec)} s threshold in total.`,
    color: '#E69F00',
  },
  DECISION: {
    label: 'Decision miss',
    short: 'Decision',
    explain: (t) =>
      `Looked at the region for ${formatNumber(t.decisionDwellSec)} s or more, and still did not report it.`,
    color: '#0072B2',
  },
};

export const MISS_TYPES = Object.keys(MISS_TYPE_INFO) as MissType[];

export const LUNG_FIELD_SOURCE_TEXT: Record<LungFieldSource, string> = {
  DATASET: 'the dataset’s own lung outlines',
  CHEST_BOX_TEMPLATE: 'a lung template inside the dataset’s chest box',
  IMAGE_TEMPLATE: 'a lung template relative to the image (the dataset outlines no lungs)',
};

export const REGION_SOURCE_TEXT: Record<RegionSource, string> = {
  READER: 'the reader’s own mark',
  REFERENCE: 'the dataset’s reference region',
  CONSENSUS: 'the consensus of the other readers’ marks',
};

export const FIXATION_METHOD_TEXT: Record<FixationMethodName, string> = {
  GIVEN: 'given by the dataset',
  IDT: 'detected by dispersion threshold (I-DT)',
  IVT: 'detected by velocity threshold (I-VT)',
  SPARSE_DWELL: 'merged from sparse attention samples',
};

export interface FixationMethodShown {
  method: FixationMethodName;
  maxDispersionDeg: number | null;
  minFixationSec: number | null;
  velocityThresholdDegPerSec: number | null;
  maxDwellSec: number | null;
}

/** "detected by velocity threshold (I-VT): 20 °/s, at least 100 ms". */
export function describeFixationMethod(m: FixationMethodShown): string {
  const params: string[] = [];
  if (m.velocityThresholdDegPerSec != null) params.push(`${formatNumber(m.velocityThresholdDegPerSec)} °/s`);
  if (m.maxDispersionDeg != null) params.push(`dispersion ≤ ${formatNumber(m.maxDispersionDeg)}°`);
  if (m.minFixationSec != null) params.push(`at least ${formatNumber(m.minFixationSec * 1000)} ms`);
  if (m.maxDwellSec != null) params.push(`dwell ≤ ${formatNumber(m.maxDwellSec)} s`);
  const text = FIXATION_METHOD_TEXT[m.method];
  return params.length ? `${text}: ${params.join(', ')}` : text;
}

/** Value formats with their units; null (not measurable for this read) shows as an en dash. */
export const fmt = {
  ms: (v: number | null | undefined) => (v == null ? '–' : `${Math.round(v)} ms`),
  sec: (v: number | null | undefined, digits = 2) => (v == null ? '–' : `${v.toFixed(digits)} s`),
  /** A share 0–1 as a percentage. */
  share: (v: number | null | undefined) => (v == null ? '–' : `${(v * 100).toFixed(1)} %`),
  deg: (v: number | null | undefined, digits = 1) => (v == null ? '–' : `${v.toFixed(digits)}°`),
  count: (v: number | null | undefined) => (v == null ? '–' : String(v)),
  /** Similarity 0–1. */
  sim: (v: number | null | undefined) => (v == null ? '–' : v.toFixed(2)),
};

/** Signed seconds: an eye-voice span is negative when the finding was named before it was looked at. */
export function formatSpan(v: number | null | undefined): string {
  if (v == null) return '–';
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)} s`;
}

/** Shortest exact decimal (2.5, 1, 0.5). */
function formatNumber(v: number): string {
  return String(Number(v.toFixed(3)));
}
