/** Hand-built shapes for the metric tests. */
import type { Fixation } from '../../src/model.ts';
import type { Region } from '../../src/metrics/contract.ts';

export const box = (xmin: number, ymin: number, xmax: number, ymax: number): Region => ({
  shape: 'box',
  xmin,
  ymin,
  xmax,
  ymax,
});

export const fix = (start: number, end: number, x: number, y: number): Fixation => ({ start, end, x, y });
