/** AttentionTrack fields: the window is sliced and down-sampled once per track, then shared. */
import type { AttentionTrackResolvers } from '../generated/graphql.ts';
import type { TrackModel } from '../models.ts';
import { fixationMethod } from './gaze.ts';
import { fixationsInWindow, packFloat32, sliceSamples, viewportInWindow, type SampleSlice } from '../tracks.ts';

const slices = new WeakMap<TrackModel, SampleSlice>();

function slice(track: TrackModel): SampleSlice {
  let s = slices.get(track);
  if (!s) {
    s = sliceSamples(track.doc.samples, track.window, track.maxPoints);
    slices.set(track, s);
  }
  return s;
}

export const AttentionTrack: AttentionTrackResolvers = {
  readId: (t) => t.doc.readId,
  synthetic: (t) => t.doc.synthetic,
  samplingHz: (t) => t.doc.samplingHz,
  pixelsPerDegree: (t) => t.doc.pixelsPerDegree,
  sampleCount: (t) => t.doc.sampleCount,
  durationSec: (t) => t.doc.durationSec,
  fixationsDerived: (t) => t.doc.fixationsDerived,
  fixationMethod: (t) => fixationMethod(t.doc.fixationMethod),
  samples: (t) => {
    const s = slice(t);
    return { windowCount: s.windowCount, count: s.t.length, t: s.t, x: s.x, y: s.y };
  },
  packedSamples: (t) => {
    const s = slice(t);
    return {
      encoding: 'f32le-base64',
      count: s.t.length,
      windowCount: s.windowCount,
      t: packFloat32(s.t),
      x: packFloat32(s.x),
      y: packFloat32(s.y),
    };
  },
  fixations: (t) => fixationsInWindow(t.doc.fixations, t.window),
  viewport: (t) => viewportInWindow(t.doc.viewport, t.window),
};
