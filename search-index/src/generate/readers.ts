/**
 * Synthetic readers: a consortium skewed like a real one (many readers from a few large
 * countries, a long tail reaching every country of the vocabulary once there are enough
 * readers), roles with consistent experience, and the personal traits that shape their reads.
 */
import type { ReaderRecord } from '../model.ts';
import { COUNTRIES, STRATEGIES, type Role, type Strategy } from '../vocabulary.ts';
import type { Rng, RngStreams } from './prng.ts';

/** Relative size of each country's share of readers; countries not listed weigh 1. */
const COUNTRY_WEIGHTS: Record<string, number> = {
  US: 60,
  IN: 34,
  BR: 26,
  GB: 22,
  DE: 18,
  CN: 15,
  IT: 13,
  FR: 12,
  ES: 12,
  CA: 11,
  AU: 10,
  JP: 10,
  KR: 9,
  TR: 9,
  MX: 8,
  NL: 7,
  PK: 7,
  EG: 7,
  NG: 6,
  ZA: 6,
  AR: 6,
  IR: 6,
  SA: 5,
  CH: 5,
  SE: 5,
  PL: 5,
  BE: 4,
  AT: 4,
  PT: 4,
  GR: 4,
  IL: 4,
  CO: 4,
  CL: 4,
  SG: 4,
  TW: 4,
  TH: 4,
  MY: 3,
  ID: 3,
  PH: 3,
  VN: 3,
  BD: 3,
  DK: 3,
  NO: 3,
  FI: 3,
  IE: 3,
  NZ: 3,
  HK: 3,
  AE: 3,
  KE: 3,
  GH: 2,
  ET: 2,
  MA: 2,
  TN: 2,
  DZ: 2,
  UA: 2,
  RO: 2,
  CZ: 2,
  HU: 2,
  PE: 2,
  EC: 2,
  UY: 2,
  CR: 2,
  LB: 2,
  JO: 2,
  QA: 2,
  LK: 2,
  NP: 2,
};

/** Per-reader habits that the reads draw on (not written out). */
export interface ReaderTraits {
  role: Role;
  experienceYears: number;
  /** Added to each finding's base detection rate. */
  sensitivityShift: number;
  /** Expected false-positive findings per read. */
  falsePositiveRate: number;
  /** Shift of the certainty distribution (experienced readers commit more). */
  confidence: number;
  strategyWeights: Record<Strategy, number>;
  /** Dictation words per second. */
  pace: number;
  /** 0..1: extra sentences (negatives, differentials, recommendations). */
  verbosity: number;
  /** Probability of using clinical context when shown. */
  contextUse: number;
  /** How many reads this reader takes on, relative to others. */
  activity: number;
}

export interface GeneratedReader {
  record: ReaderRecord;
  traits: ReaderTraits;
}

const STRATEGY_BY_ROLE: Record<Role, Record<Strategy, number>> = {
  resident: { systematic: 0.45, 'global-then-focal': 0.2, focal: 0.1, 'comparison-driven': 0.1, 'free-search': 0.15 },
  fellow: { systematic: 0.35, 'global-then-focal': 0.3, focal: 0.15, 'comparison-driven': 0.1, 'free-search': 0.1 },
  attending: {
    systematic: 0.2,
    'global-then-focal': 0.35,
    focal: 0.25,
    'comparison-driven': 0.12,
    'free-search': 0.08,
  },
};

const SUBSPECIALTIES: Record<Role, [string | null, number][]> = {
  attending: [
    ['thoracic', 32],
    ['general', 20],
    ['emergency', 12],
    ['cardiothoracic', 6],
    ['pediatric', 6],
    ['oncologic', 5],
    ['musculoskeletal', 3],
    ['interventional', 3],
    [null, 13],
  ],
  fellow: [
    ['thoracic', 45],
    ['emergency', 15],
    ['pediatric', 10],
    ['cardiothoracic', 10],
    ['oncologic', 5],
    [null, 15],
  ],
  resident: [
    ['general', 25],
    [null, 75],
  ],
};

/** Country of each reader: largest-remainder shares of the weights, every country once if R ≥ 71. */
export function apportionCountries(rng: Rng, readers: number): string[] {
  const codes = Object.keys(COUNTRIES).sort();
  const weights = codes.map((c) => COUNTRY_WEIGHTS[c] ?? 1);
  const floor = readers >= codes.length ? 1 : 0;
  const remaining = readers - floor * codes.length;
  const total = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (remaining * w) / total);
  const counts = quotas.map((q) => floor + Math.floor(q));
  let left = readers - counts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  const list: string[] = [];
  codes.forEach((c, i) => {
    for (let k = 0; k < counts[i]!; k++) list.push(c);
  });
  return rng.shuffle(list);
}

export function readerId(index: number, readers: number): string {
  return `R${String(index + 1).padStart(Math.max(4, String(readers).length), '0')}`;
}

export function generateReader(streams: RngStreams, index: number, readers: number, country: string): GeneratedReader {
  const rng = streams.for('reader', index);
  const role = rng.weighted<Role>([
    ['attending', 58],
    ['fellow', 14],
    ['resident', 28],
  ]);
  const experienceYears =
    role === 'resident'
      ? rng.int(0, 5)
      : role === 'fellow'
        ? rng.int(4, 8)
        : Math.min(40, 6 + Math.floor(-Math.log(1 - rng.next()) * 9));
  const seniority = Math.min(1, experienceYears / 20);
  const base = STRATEGY_BY_ROLE[role];
  const strategyWeights = Object.fromEntries(STRATEGIES.map((s) => [s, base[s] * rng.logNormal(1, 0.45)])) as Record<
    Strategy,
    number
  >;
  const traits: ReaderTraits = {
    role,
    experienceYears,
    sensitivityShift: -0.05 + 0.09 * seniority + rng.normal(0, 0.03),
    falsePositiveRate: Math.max(0.05, (0.38 - 0.2 * seniority) * rng.logNormal(1, 0.35)),
    confidence: -0.3 + 0.6 * seniority + rng.normal(0, 0.2),
    strategyWeights,
    pace: rng.clampedNormal(2.5, 0.25, 1.9, 3.2),
    verbosity: rng.next(),
    contextUse: rng.range(0.35, 0.85),
    activity: rng.logNormal(1, 0.6),
  };
  const record: ReaderRecord = {
    id: readerId(index, readers),
    country,
    continent: COUNTRIES[country]!.continent,
    experienceYears,
    role,
    subspecialty: rng.weighted(SUBSPECIALTIES[role]),
    synthetic: true,
  };
  return { record, traits };
}

export function generateReaders(streams: RngStreams, readers: number): GeneratedReader[] {
  const countries = apportionCountries(streams.for('reader-countries'), readers);
  return countries.map((country, i) => generateReader(streams, i, readers, country));
}
