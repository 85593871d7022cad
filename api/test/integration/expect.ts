/**
 * Expected answers computed from the dataset files alone: a small, deliberately naive
 * evaluator of ReadFilter over the records (no Elasticsearch, no query compiler), used to check
 * totalCount, facet counts and exports.
 */
import type { ImageRecord, ReaderRecord, ReadRecord, TrackRecord } from '@chexthought/search-index';
import { expectedGaze, type ExpectedGaze } from './expect-gaze.ts';

export interface Dataset {
  manifest: { name: string; synthetic: boolean; attribution: string };
  images: Map<string, ImageRecord>;
  readers: Map<string, ReaderRecord>;
  reads: ReadRecord[];
  tracks: Map<string, TrackRecord>;
}

/** A ReadFilter as the tests write it (enum names, as a GraphQL client sends them). */
export interface Filter {
  countries?: string[];
  continents?: string[];
  findings?: { any?: string[]; all?: string[]; certainty?: { gte?: number; lte?: number } };
  strategies?: string[];
  experienceYears?: { gte?: number; lte?: number };
  experienceBands?: string[];
  roles?: string[];
  viewPositions?: string[];
  datasets?: string[];
  durationSec?: { gte?: number; lte?: number };
  hasClinicalContext?: boolean;
  usedClinicalContext?: boolean;
  hedges?: string[];
  imageIds?: string[];
  readerIds?: string[];
  readIds?: string[];
  missTypes?: string[];
  gaze?: Partial<Record<GazeRange, { gte?: number; lte?: number }>>;
  agreement?: { gte?: number; lte?: number };
  difficulty?: { gte?: number; lte?: number };
  fixationCount?: { gte?: number; lte?: number };
  and?: Filter[];
  or?: Filter[];
  not?: Filter;
}

export type GazeRange =
  | 'lungCoverage'
  | 'meanFixationMs'
  | 'meanSaccadeDeg'
  | 'ttffLungSec'
  | 'eyeVoiceSpanSec'
  | 'peerSimilarity'
  | 'peerAoiSimilarity';

/** The naming rule of the API's enums, restated: upper case, other characters → "_". */
export const enumName = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** Continent of each country code (restated for the countries the fixture uses). */
import { COUNTRIES } from '@chexthought/search-index';
export const continentOf = (country: string) => COUNTRIES[country]!.continent;

export function band(years: number): string {
  return years < 5 ? '0-4' : years < 10 ? '5-9' : years < 20 ? '10-19' : '20+';
}

const inRange = (v: number, r?: { gte?: number; lte?: number }) =>
  !r || ((r.gte == null || v >= r.gte) && (r.lte == null || v <= r.lte));
const positives = (r: ReadRecord) => new Set(r.findings.filter((f) => f.certainty >= 3).map((f) => enumName(f.label)));
export const hedgesOf = (r: ReadRecord) => new Set<string>(r.reasoning.flatMap((s) => s.hedges ?? []));

export function readMatches(d: Dataset, r: ReadRecord, f: Filter | undefined): boolean {
  if (!f) return true;
  const reader = d.readers.get(r.readerId)!;
  const image = d.images.get(r.imageId)!;
  const oneOf = (list: string[] | undefined, value: string) => !list || list.length === 0 || list.includes(value);
  if (!oneOf(f.countries, reader.country)) return false;
  if (!oneOf(f.continents, continentOf(reader.country))) return false;
  if (!oneOf(f.strategies, enumName(r.strategy))) return false;
  if (!inRange(reader.experienceYears, f.experienceYears)) return false;
  if (!oneOf(f.experienceBands, band(reader.experienceYears))) return false;
  if (!oneOf(f.roles, enumName(reader.role))) return false;
  if (!oneOf(f.viewPositions, image.viewPosition)) return false;
  if (!oneOf(f.datasets, image.dataset)) return false;
  if (!inRange(r.durationSec, f.durationSec)) return false;
  if (f.hasClinicalContext != null && r.clinicalContext.shown !== f.hasClinicalContext) return false;
  if (f.usedClinicalContext != null && r.clinicalContext.used !== f.usedClinicalContext) return false;
  if (f.hedges?.length && !f.hedges.some((h) => hedgesOf(r).has(h))) return false;
  if (!oneOf(f.imageIds, r.imageId) || !oneOf(f.readerIds, r.readerId) || !oneOf(f.readIds, r.id)) return false;
  if (f.gaze && !gazeMatches(expectedGaze(d).get(r.id) ?? null, f.gaze)) return false;
  if (f.fixationCount && !inKnownRange(expectedGaze(d).get(r.id)?.fixationCount, f.fixationCount)) return false;
  if (f.agreement && !inKnownRange(imageAgreementOf(d, r.imageId).agreement, f.agreement)) return false;
  if (f.difficulty && !inKnownRange(imageAgreementOf(d, r.imageId).difficulty, f.difficulty)) return false;
  const misses = f.missTypes?.length ? f.missTypes : null;
  if (misses && !missMatches(expectedGaze(d).get(r.id) ?? null, misses, f.findings)) return false;
  if (f.findings && !misses) {
    const { any = [], all = [], certainty } = f.findings;
    if (!certainty) {
      const pos = positives(r);
      if (any.length && !any.some((l) => pos.has(l))) return false;
      if (!all.every((l) => pos.has(l))) return false;
    } else {
      const has = (label?: string) =>
        r.findings.some((x) => (!label || enumName(x.label) === label) && inRange(x.certainty, certainty));
      if (any.length && !any.some((l) => has(l))) return false;
      if (!all.every((l) => has(l))) return false;
      if (!any.length && !all.length && !has()) return false;
    }
  }
  if (f.and && !f.and.every((s) => readMatches(d, r, s))) return false;
  if (f.or && !f.or.some((s) => readMatches(d, r, s))) return false;
  if (f.not && readMatches(d, r, f.not)) return false;
  return true;
}

/** A range matches only a known value (a read without a track, an image with one read: no match). */
const inKnownRange = (v: number | null | undefined, r: { gte?: number; lte?: number }) => v != null && inRange(v, r);

const agreementCache = new WeakMap<Dataset, Map<string, { agreement: number | null; difficulty: number | null }>>();

/**
 * Agreement and difficulty of an image restated from docs/metrics.md over its reads in the files:
 * mean pairwise Jaccard of the positive sets (two empty sets agree), difficulty ½(1 − agreement)
 * + ½(1 − mean (certainty − 1)/4 of every reported finding, "No finding" not being one); both to
 * 3 decimals, null under 2 reads.
 */
export function imageAgreementOf(d: Dataset, imageId: string): { agreement: number | null; difficulty: number | null } {
  let byImage = agreementCache.get(d);
  if (!byImage) {
    byImage = new Map();
    const reads = new Map<string, ReadRecord[]>();
    for (const r of d.reads) reads.set(r.imageId, [...(reads.get(r.imageId) ?? []), r]);
    for (const [id, rs] of reads) {
      if (rs.length < 2) {
        byImage.set(id, { agreement: null, difficulty: null });
        continue;
      }
      const sets = rs.map(positives);
      const scores: number[] = [];
      for (let i = 0; i < sets.length; i++)
        for (let j = i + 1; j < sets.length; j++) {
          const union = new Set([...sets[i]!, ...sets[j]!]);
          const both = [...sets[i]!].filter((x) => sets[j]!.has(x)).length;
          scores.push(union.size === 0 ? 1 : both / union.size);
        }
      const agreement = scores.reduce((a, b) => a + b, 0) / scores.length;
      const certainties = rs.flatMap((r) =>
        r.findings.filter((f) => f.label !== 'No finding').map((f) => (f.certainty - 1) / 4),
      );
      const sure = certainties.length ? certainties.reduce((a, b) => a + b, 0) / certainties.length : 1;
      const round = (v: number) => Math.round(v * 1000) / 1000;
      byImage.set(id, { agreement: round(agreement), difficulty: round(0.5 * (1 - agreement) + 0.5 * (1 - sure)) });
    }
    agreementCache.set(d, byImage);
  }
  return byImage.get(imageId) ?? { agreement: null, difficulty: null };
}

function gazeMatches(g: ExpectedGaze | null, ranges: NonNullable<Filter['gaze']>): boolean {
  return Object.entries(ranges).every(([k, range]) => {
    if (!range || (range.gte == null && range.lte == null)) return true;
    const v = g?.[k as GazeRange];
    return v != null && inRange(v, range);
  });
}

/** With missTypes, `findings` says whose misses: one finding entry holds type, label and certainty. */
function missMatches(g: ExpectedGaze | null, types: string[], findings: Filter['findings']): boolean {
  const entries = (g?.findingGaze ?? []).filter(
    (e) =>
      e.missType != null &&
      types.includes(e.missType) &&
      (!findings?.certainty || (e.certainty != null && inRange(e.certainty, findings.certainty))),
  );
  const missed = (label: string) => entries.some((e) => enumName(e.finding) === label);
  const { any = [], all = [] } = findings ?? {};
  if (any.length && !any.some(missed)) return false;
  if (!all.every(missed)) return false;
  return entries.length > 0;
}

/**
 * Match of `pattern` in the searched texts of a read, taken together (every word of a search
 * must occur somewhere in the read: any step, the impression or the clinical context).
 */
export function textMatches(r: ReadRecord, pattern: RegExp): boolean {
  return pattern.test([...r.reasoning.map((s) => s.text), r.impression, r.clinicalContext.text ?? ''].join('\n'));
}

export function matchingReads(d: Dataset, f?: Filter, text?: RegExp): ReadRecord[] {
  return d.reads.filter((r) => readMatches(d, r, f) && (!text || textMatches(r, text)));
}

/** Images with at least one read matching the filter (and text) — the images connection's rule. */
export function matchingImages(d: Dataset, f?: Filter, text?: RegExp): Set<string> {
  return new Set(matchingReads(d, f, text).map((r) => r.imageId));
}

/** Facet name → (its own filter field, the values a read carries). */
export const FACET_VALUES: Record<string, { field: keyof Filter; values: (d: Dataset, r: ReadRecord) => string[] }> = {
  country: { field: 'countries', values: (d, r) => [d.readers.get(r.readerId)!.country] },
  continent: { field: 'continents', values: (d, r) => [continentOf(d.readers.get(r.readerId)!.country)] },
  finding: { field: 'findings', values: (_d, r) => [...positives(r)] },
  certainty: { field: 'findings', values: (_d, r) => [...new Set(r.findings.map((f) => String(f.certainty)))] },
  strategy: { field: 'strategies', values: (_d, r) => [enumName(r.strategy)] },
  experienceBand: { field: 'experienceBands', values: (d, r) => [band(d.readers.get(r.readerId)!.experienceYears)] },
  role: { field: 'roles', values: (d, r) => [enumName(d.readers.get(r.readerId)!.role)] },
  viewPosition: { field: 'viewPositions', values: (d, r) => [d.images.get(r.imageId)!.viewPosition] },
  dataset: { field: 'datasets', values: (d, r) => [d.images.get(r.imageId)!.dataset] },
  hedge: { field: 'hedges', values: (_d, r) => [...hedgesOf(r)] },
  missType: {
    field: 'missTypes',
    values: (d, r) => [
      ...new Set((expectedGaze(d).get(r.id)?.findingGaze ?? []).flatMap((e) => (e.missType ? [e.missType] : []))),
    ],
  },
};

/**
 * Expected facet counts with multi-select semantics: every filter field but the facet's own.
 * Reads: reads per value. Images: images with a matching read carrying the value.
 */
export function expectedFacet(
  d: Dataset,
  facet: string,
  target: 'reads' | 'images',
  f?: Filter,
  text?: RegExp,
): Map<string, number> {
  const spec = FACET_VALUES[facet]!;
  // missType: a bucket is the count of the filter with `missTypes: [T]` (so, with findings, misses of them).
  if (facet === 'missType') {
    const counts = ['SEARCH', 'RECOGNITION', 'DECISION'].map((t): [string, number] => {
      const g = { ...f, missTypes: [t] };
      return [t, target === 'reads' ? matchingReads(d, g, text).length : matchingImages(d, g, text).size];
    });
    return new Map(counts.filter(([, n]) => n > 0));
  }
  const without = f ? (Object.fromEntries(Object.entries(f).filter(([k]) => k !== spec.field)) as Filter) : undefined;
  const reads = matchingReads(d, without, text);
  const out = new Map<string, Set<string>>();
  for (const r of reads)
    for (const v of spec.values(d, r)) {
      const set = out.get(v) ?? new Set();
      set.add(target === 'reads' ? r.id : r.imageId);
      out.set(v, set);
    }
  return new Map([...out].map(([v, s]) => [v, s.size]));
}
