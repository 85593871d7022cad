/**
 * The tracks index: one packed document per read (never one per sample). Samples, fixations
 * and viewport events are stored, not indexed; only summary fields are searchable. _source is
 * left in its default stored mode on purpose: synthetic _source would reorder the arrays.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { FixationMethod } from '../metrics/contract.ts';
import type { Fixation, TrackRecord } from '../model.ts';
import { fixationMethodMapping } from './reads.ts';
import { bool, float, integer, keyword, stored } from './settings.ts';

export interface TrackDocument {
  readId: string;
  imageId: string;
  readerId: string;
  synthetic: boolean;
  samplingHz: number | null;
  pixelsPerDegree: number | null;
  sampleCount: number;
  durationSec: number;
  fixationCount: number;
  /** True when the fixations were derived at ingest (docs/dataset-format.md#fixations). */
  fixationsDerived: boolean;
  /** Which method made the fixations (given, I-DT, I-VT, sparse dwell) and with what parameters. */
  fixationMethod: FixationMethod;
  hasViewport: boolean;
  samples: TrackRecord['samples'];
  fixations: Fixation[];
  viewport: TrackRecord['viewport'];
}

export const tracksMapping: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    readId: keyword,
    imageId: keyword,
    readerId: keyword,
    synthetic: bool,
    samplingHz: float,
    pixelsPerDegree: float,
    sampleCount: integer,
    durationSec: float,
    fixationCount: integer,
    fixationsDerived: bool,
    fixationMethod: fixationMethodMapping,
    hasViewport: bool,
    samples: stored,
    fixations: stored,
    viewport: stored,
  },
};
