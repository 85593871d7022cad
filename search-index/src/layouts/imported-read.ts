/**
 * How every importer makes a read and its track from what the real layouts give: the
 * placeholders for values they lack, the read's duration, its derived search strategy, the read
 * record, and the track's samples and zoom where the layout has no raw gaze or zoom of its own.
 */
import type { Fixation, FindingRecord, ReadRecord, ReasoningStep, TrackRecord } from '../model.ts';
import type { Strategy } from '../vocabulary.ts';
import type { ImportReport } from './import-report.ts';
import { impressionOf } from './reasoning.ts';
import { deriveStrategy, type StrategyInput } from './strategy.ts';

/**
 * Values the model requires that the real layouts do not give. Each is a documented placeholder
 * (docs/importers.md#placeholders), counted in the import's notes where it is used.
 */
export const PLACEHOLDER = {
  /** Neither dataset publishes when a read happened. */
  startedAt: '2000-01-01T00:00:00Z',
  /** A read with no timed data at all (REFLACX reads whose eye tracking was discarded). */
  durationSec: 0.001,
  /** Both datasets show frontal images without saying PA or AP. */
  viewPosition: 'PA',
  /** Neither dataset gives a reader's experience per reader; override with --experience-years. */
  experienceYears: 10,
  /** The model needs a strategy even when there is no track to derive it from. */
  strategyWithoutTrack: 'free-search',
} as const;

/** The timed parts of a read; its duration is where the last of them ends. */
export interface TimedParts {
  fixations: readonly Fixation[];
  /** Sample times, in order. */
  sampleTimes: readonly number[];
  reasoning: readonly ReasoningStep[];
}

/** Seconds from 0 to the end of the last fixation, sample or step; a placeholder without any. */
export function readDuration(parts: TimedParts, report: ImportReport): number {
  const duration = Math.max(
    0,
    ...parts.fixations.map((f) => f.end),
    ...parts.sampleTimes.slice(-1),
    ...parts.reasoning.map((s) => s.end),
  );
  if (duration > 0) return duration;
  report.note(`reads with placeholder duration ${PLACEHOLDER.durationSec} s (no timed data)`);
  return PLACEHOLDER.durationSec;
}

/** The strategy derived from the track (strategy.ts), or the placeholder for a read without one. */
export function readStrategy(track: StrategyInput | null, report: ImportReport): Strategy {
  const strategy = track ? deriveStrategy(track).strategy : PLACEHOLDER.strategyWithoutTrack;
  report.note(`strategy: ${strategy}${track ? ' (derived from the fixations)' : ' (placeholder: no track)'}`);
  return strategy;
}

/** What a read says; the rest of an imported read is the same for every dataset. */
export type ReadFields = Pick<ReadRecord, 'id' | 'imageId' | 'readerId' | 'durationSec' | 'strategy'> & {
  findings: FindingRecord[];
  reasoning: ReasoningStep[];
};

/** An imported read: real, timed from its own recording, clinical context not recorded. */
export function importedRead(f: ReadFields): ReadRecord {
  return {
    id: f.id,
    imageId: f.imageId,
    readerId: f.readerId,
    startedAt: PLACEHOLDER.startedAt,
    durationSec: f.durationSec,
    findings: f.findings,
    impression: impressionOf(f.reasoning),
    clinicalContext: { shown: false, text: null, used: false },
    strategy: f.strategy,
    strategySource: 'derived',
    reasoning: f.reasoning,
    synthetic: false,
  };
}

/** Samples at the fixation centroids, one per fixation at its start (the track without raw gaze). */
export function fixationSamples(fixations: readonly Fixation[]): TrackRecord['samples'] {
  return { t: fixations.map((f) => f.start), x: fixations.map((f) => f.x), y: fixations.map((f) => f.y) };
}

/** Raw gaze is there but --gaze was not given: the user hears what they are not getting. */
export function warnGazeNotRead(report: ImportReport, source: string, rate: string): void {
  report.warn(
    `${source} was not read (pass --gaze to import the ${rate} samples); track samples are the fixation centroids`,
  );
}

/** Screen pixels per image pixel, to 4 decimals; null unless positive. */
export function viewportZoom(screenPx: number, imagePx: number): number | null {
  const zoom = screenPx / imagePx;
  return zoom > 0 ? round4(zoom) : null;
}

export function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
