/** Geometry of regions: containment (optionally grown by a radius), area, consensus of marks. */
import type { Region } from './contract.ts';

export function insideRegion(_x: number, _y: number, _region: Region, _growPx = 0): boolean {
  throw new Error('not implemented');
}

/** The consensus of several readers' marks of one finding (null without marks). */
export function consensusRegion(_marks: readonly Region[]): Region | null {
  throw new Error('not implemented');
}
