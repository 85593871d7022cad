/**
 * The shapes the reading-process metrics take and consume: the contract between the pure metric
 * functions (one module per concept beside this file) and the ingest that stores their results.
 * Pixels are image pixels, origin top-left; times are seconds from the start of the read.
 */
import type { Fixation, Region } from '../model.ts';
import type { Finding } from '../vocabulary.ts';

export type { Region };

/** Where the lung fields of an image came from (docs/metrics.md#lung-fields). */
export type LungFieldSource = 'dataset' | 'chest-box-template' | 'image-template';

export interface LungFields {
  source: LungFieldSource;
  /** Usually two: the right lung (image left) and the left lung. */
  regions: Region[];
}

/** How a track's fixations were made: given by the dataset, or detected and with what parameters. */
export type FixationMethod =
  | { method: 'given' }
  | { method: 'idt'; maxDispersionDeg: number; minFixationSec: number }
  | { method: 'ivt'; velocityThresholdDegPerSec: number; minFixationSec: number }
  | { method: 'sparse-dwell'; maxDispersionDeg: number; maxDwellSec: number };

export type MissType = 'SEARCH' | 'RECOGNITION' | 'DECISION';

/** Where a finding's region came from, in order of preference (docs/metrics.md#finding-regions). */
export type RegionSource = 'reader' | 'reference' | 'consensus';

/** Thresholds every metric uses; a dataset's `dataset.json` `metrics` object may override any. */
export interface MetricThresholds {
  /** Radius of the useful field of view, degrees of visual angle (Kundel et al.). */
  usefulFieldOfViewDeg: number;
  /** Cumulative dwell separating a recognition miss from a decision miss, seconds. */
  decisionDwellSec: number;
  /** I-VT velocity threshold, °/s. */
  ivtVelocityDegPerSec: number;
  /** Shortest fixation, seconds (I-VT and I-DT). */
  minFixationSec: number;
  /** I-DT dispersion limit, degrees. */
  idtDispersionDeg: number;
}

/** Everything the per-read metrics need about one read, its track and its image. */
export interface ReadMetricInput {
  readId: string;
  durationSec: number;
  image: { width: number; height: number };
  pixelsPerDegree: number;
  fixations: readonly Fixation[];
  lungFields: LungFields;
  /** Start of the first reasoning step (null: no steps). */
  firstStepStartSec: number | null;
  /** The reader's findings, with their own marks where made. */
  findings: ReadonlyArray<{ label: Finding; certainty: number; region: Region | null }>;
  /** Findings present on the image (reference, else majority of the other readers). */
  presentFindings: readonly Finding[];
  /** Per finding: the dataset's reference region, else the consensus of the other readers' marks. */
  referenceRegions: ReadonlyMap<Finding, { region: Region; source: 'reference' | 'consensus' }>;
  /** Per finding: when the reasoning first names it (first word time; null without word timings). */
  firstMentionSec: ReadonlyMap<Finding, number | null>;
  thresholds: MetricThresholds;
  /** How the fixations were made (detectFixations' method); reported on GazeMetrics. Default 'given'. */
  fixationMethod?: FixationMethod['method'];
}

export interface GazeMetrics {
  fixationCount: number;
  meanFixationMs: number | null;
  medianFixationMs: number | null;
  lungDwellSec: number;
  /** 0…1: share of the lung-field area within the useful field of view of a fixation. */
  lungCoverage: number | null;
  meanSaccadeDeg: number | null;
  scanpathLengthDeg: number;
  ttffLungSec: number | null;
  /** 0…1: share of the read's time before the first reasoning step. */
  searchBeforeSpeechShare: number | null;
  lungFieldSource: LungFieldSource;
  fixationMethod: FixationMethod['method'];
}

export interface FindingGaze {
  finding: Finding;
  reported: boolean;
  certainty: number | null;
  present: boolean;
  region: Region | null;
  regionSource: RegionSource | null;
  ttffSec: number | null;
  dwellSec: number;
  firstPassDwellSec: number;
  visits: number;
  fixationCount: number;
  eyeVoiceSpanSec: number | null;
  missType: MissType | null;
}

/** MultiMatch's five dimensions, each 0…1 (1 = identical). */
export interface MultiMatch {
  vector: number;
  direction: number;
  length: number;
  position: number;
  duration: number;
}

export interface ScanpathPair {
  readA: string;
  readB: string;
  /** Null when either scanpath has fewer than three fixations (two saccades), as in the reference implementation. */
  multimatch: MultiMatch | null;
  aoiLevenshtein: number;
}
