/**
 * How big a fixation marker is, in IMAGE pixels (so it scales with zoom and stays on the
 * anatomy). Where the track knows its pixels per degree of visual angle, the radius is 1° — the
 * extent of the fovea, what the reader could see sharply — and duration is shown by opacity.
 * Otherwise the radius grows with the square root of the duration (area ∝ duration, as in
 * OGAMA/Pupil Player), scaled to the image so a 1024-px and a 3000-px image look alike.
 */

/** 1° in image pixels when a track does not say: the same default the ingest's I-DT fixation derivation uses. */
export const DEFAULT_PX_PER_DEGREE = 40;

export type FixationSizeMode = 'visual-angle' | 'duration';

export interface FixationSizing {
  mode: FixationSizeMode;
  /** Radius in image pixels. */
  radius(durationSec: number): number;
  /** Fill opacity 0.15–0.6 growing with duration (the duration cue in visual-angle mode). */
  opacity(durationSec: number): number;
  /** One line for the legend saying which sizing is in use. */
  legend: string;
}

export function fixationSizing(
  pixelsPerDegree: number | null | undefined,
  imageWidth: number,
  imageHeight: number,
): FixationSizing {
  const opacity = (d: number) => 0.15 + 0.45 * Math.min(1, Math.max(0, d) / 1);
  if (pixelsPerDegree && pixelsPerDegree > 0) {
    const r = pixelsPerDegree;
    return {
      mode: 'visual-angle',
      radius: () => r,
      opacity,
      legend: `Circle radius = 1° of visual angle (${round1(r)} image px, from the track's pixels per degree); fill opacity grows with duration.`,
    };
  }
  const scale = Math.max(imageWidth, imageHeight) / 1024;
  return {
    mode: 'duration',
    radius: (d) => scale * Math.min(60, 6 + 28 * Math.sqrt(Math.max(0, d))),
    opacity,
    legend: 'Circle area grows with fixation duration (pixels per degree unknown, so no visual-angle sizing).',
  };
}

function round1(v: number) {
  return Math.round(v * 10) / 10;
}
