/**
 * The API's read (ReplayReadFields) turned into what the replay draws and highlights: decoded
 * track, flattened words, one duration for the clock.
 */
import type {
  ReadFindingFieldsFragment,
  ReaderFieldsFragment,
  ReplayImageFieldsFragment,
  ReplayReadFieldsFragment,
} from '@/generated/graphql';
import { fixationSizing, type FixationSizing } from '@/lib/replay-fixation-size';
import { flattenWords, type FlatWord, type TimedStep } from '@/lib/replay-reasoning';
import { buildTrack, type ReplayTrack } from '@/lib/replay-track';

export type ReplayStep = TimedStep & { kind: string };

export interface ReplayReadModel {
  id: string;
  synthetic: boolean;
  /** Seconds on this read's own clock: the read, its track and its reasoning all fit inside. */
  durationSec: number;
  reader: ReaderFieldsFragment;
  findings: readonly ReadFindingFieldsFragment[];
  strategy: string;
  steps: ReplayStep[];
  words: FlatWord[];
  hasWordTimings: boolean;
  track: ReplayTrack | null;
  /** Track facts for the "what is shown" notes. */
  trackInfo: {
    sampleCount: number;
    returned: number;
    samplingHz: number | null;
    fixationsDerived: boolean;
    hasViewport: boolean;
  } | null;
  sizing: FixationSizing;
}

export function toReplayRead(
  read: ReplayReadFieldsFragment,
  image: Pick<ReplayImageFieldsFragment, 'width' | 'height'>,
): ReplayReadModel {
  const steps: ReplayStep[] = [...read.reasoning.steps]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      kind: s.kind,
      findings: s.findings,
      hedges: s.hedges,
      words: s.words,
    }));
  const t = read.track;
  const track = t
    ? buildTrack({
        packedSamples: t.packedSamples,
        fixations: t.fixations,
        viewport: t.viewport,
        pixelsPerDegree: t.pixelsPerDegree,
        samplingHz: t.samplingHz,
        fixationsDerived: t.fixationsDerived,
        durationSec: t.durationSec,
      })
    : null;
  const lastStep = steps.reduce((m, s) => Math.max(m, s.end), 0);
  return {
    id: read.id,
    synthetic: read.synthetic,
    durationSec: Math.max(read.durationSec, track?.durationSec ?? 0, lastStep),
    reader: read.reader,
    findings: read.findings,
    strategy: read.strategy,
    steps,
    words: flattenWords(steps),
    hasWordTimings: read.reasoning.hasWordTimings && steps.some((s) => s.words.length > 0),
    track,
    trackInfo: t
      ? {
          sampleCount: t.sampleCount,
          returned: t.packedSamples.count,
          samplingHz: t.samplingHz,
          fixationsDerived: t.fixationsDerived,
          hasViewport: t.viewport.length > 0,
        }
      : null,
    sizing: fixationSizing(t?.pixelsPerDegree, image.width, image.height),
  };
}

/** Reader colours: distinguishable on a grey X-ray and for common colour-vision deficiencies (Okabe–Ito). */
export const READER_COLORS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#CC79A7',
  '#D55E00',
  '#0072B2',
  '#FFFFFF',
] as const;

export function readerColor(i: number): string {
  return READER_COLORS[i % READER_COLORS.length]!;
}

const ROLE: Record<string, string> = { RESIDENT: 'resident', FELLOW: 'fellow', ATTENDING: 'attending' };

export function readerSummary(r: ReaderFieldsFragment): string {
  return `${r.countryName} (${r.country}) · ${ROLE[r.role] ?? r.role.toLowerCase()} · ${formatYears(r.experienceYears)} experience`;
}

/** A read's id without its image's id in front ("00000013_004.R0052" → "R0052"): enough beside the image. */
export function shortReadId(readId: string, imageId: string): string {
  return readId.startsWith(`${imageId}.`) ? readId.slice(imageId.length + 1) : readId;
}

export function formatYears(y: number): string {
  return `${Math.round(y * 10) / 10} ${y === 1 ? 'year' : 'years'}`;
}

export function kindLabel(kind: string): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}
