/**
 * Following the reader's display: the rectangle they were shown and their window width/level.
 *
 * Window/level is approximated with CSS filters on the 8-bit display image: the exact mapping
 * v' = (v − (L − W/2)) / W (values 0–255 in, 0–1 out) is linear, and brightness(b) followed by
 * contrast(c) gives v' = b·c·v − c/2 + 1/2, so b = 255 / (2L) and c = 2L / W reproduce it. It is
 * an approximation: the browser clamps after each filter step, and the tiles are 8-bit PNG/JPEG
 * renderings, not the original DICOM values the reader windowed.
 */

/** The demo's (and a plain 8-bit display's) neutral window: W 256, L 128. */
export const NEUTRAL_WINDOW = { width: 256, level: 128 } as const;

export interface WindowFilter {
  brightness: number;
  contrast: number;
  /** Value for the CSS `filter` property ('' when neutral). */
  css: string;
}

export function windowLevelFilter(
  windowWidth: number | null | undefined,
  windowLevel: number | null | undefined,
): WindowFilter {
  if (!windowWidth || !windowLevel || windowWidth <= 0 || windowLevel <= 0)
    return { brightness: 1, contrast: 1, css: '' };
  const brightness = 255 / (2 * windowLevel);
  const contrast = (2 * windowLevel) / windowWidth;
  const neutral = Math.abs(brightness - 1) < 0.01 && Math.abs(contrast - 1) < 0.01;
  return {
    brightness,
    contrast,
    css: neutral ? '' : `brightness(${brightness.toFixed(3)}) contrast(${contrast.toFixed(3)})`,
  };
}

/** The exact windowing of an 8-bit value (0–255) to display intensity 0–1, for comparison with the filter. */
export function windowedIntensity(value: number, windowWidth: number, windowLevel: number): number {
  return Math.min(1, Math.max(0, (value - (windowLevel - windowWidth / 2)) / windowWidth));
}
