/** Read fields: image and reader through loaders, findings and reasoning mapped to the schema. */
import type { ReadResolvers } from '../generated/graphql.ts';
import { FINDING, STEP_KIND, STRATEGY, STRATEGY_SOURCE, certaintyName } from '../query/vocabulary-map.ts';
import { badUserInput } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { toEnum, toEnums } from './enums.ts';
import { findingGaze, fixationMethod, gazeMetrics, peerSimilarity } from './gaze.ts';

export const Read: ReadResolvers = {
  image: async (read, _args, ctx) => {
    const image = await ctx.loaders.images.load(read.imageId);
    if (!image) throw new Error(`read ${read.id}: image ${read.imageId} is missing from the images index`);
    return image;
  },
  reader: async (read, _args, ctx) => {
    const reader = await ctx.loaders.readers.load(read.readerId);
    if (!reader) throw new Error(`read ${read.id}: reader ${read.readerId} is missing from the readers index`);
    return reader;
  },
  findings: (read) =>
    read.findings.map((f) => ({
      finding: toEnum(FINDING, f.label),
      label: f.label,
      certainty: f.certainty,
      certaintyName: certaintyName(f.certainty),
      region: f.region,
    })),
  clinicalContext: (read) => ({
    shown: read.clinicalContext.shown,
    used: read.clinicalContext.used,
    text: read.clinicalContext.text ?? null,
  }),
  strategy: (read) => toEnum(STRATEGY, read.strategy),
  strategySource: (read) => toEnum(STRATEGY_SOURCE, read.strategySource),
  reasoning: (read) => ({
    steps: read.reasoning.map((s, index) => ({
      index,
      text: s.text,
      start: s.start,
      end: s.end,
      kind: toEnum(STEP_KIND, s.kind),
      findings: toEnums(FINDING, s.findings),
      hedges: s.hedges,
      words: s.words,
    })),
    text: read.reasoning.map((s) => s.text).join(' '),
    hedgeCount: read.hedgeCount,
    wordCount: read.wordCount,
    hasWordTimings: read.reasoning.some((s) => s.words.length > 0),
  }),
  trackSummary: (read) => read.track && { ...read.track, fixationMethod: fixationMethod(read.track.fixationMethod) },
  gaze: (read) => (read.gaze && read.track ? gazeMetrics(read.gaze, read.track.fixationMethod, read.synthetic) : null),
  findingGaze: (read) => (read.findingGaze ?? []).map((f) => findingGaze(f, read.synthetic)),
  peerSimilarity: (read) => (read.peerSimilarity ? peerSimilarity(read.peerSimilarity, read.synthetic) : null),
  track: async (read, { window, maxPoints }, ctx) => {
    if (maxPoints != null && (maxPoints < 1 || maxPoints > LIMITS.maxPoints))
      throw badUserInput(`maxPoints must be between 1 and ${LIMITS.maxPoints} (got ${maxPoints})`, {
        field: 'maxPoints',
      });
    if (window?.start != null && window.end != null && window.start > window.end)
      throw badUserInput(`window.start (${window.start}) is after window.end (${window.end})`, { field: 'window' });
    if (!read.track) return null;
    const doc = await ctx.loaders.tracks.load(read.id);
    return doc ? { doc, window: window ?? null, maxPoints: maxPoints ?? null } : null;
  },
};
