/**
 * The stored reading-process metrics → the schema's types: enum names follow enumNameOf's one
 * rule ('chest-box-template' → CHEST_BOX_TEMPLATE), and every value carries the synthetic flag of
 * the read (or pair) whose gaze it comes from.
 */
import type { FixationMethod as StoredMethod } from '@chexthought/search-index/metrics/contract';
import type { ImageMetricFields, ReadMetricFields } from '@chexthought/search-index/ingest/gaze';
import type { Region as StoredRegion } from '@chexthought/search-index/model';
import type {
  FindingGaze,
  FixationMethod,
  FixationMethodName,
  GazeMetrics,
  LungFieldSource,
  LungFields,
  PeerSimilarity,
  Region,
  RegionShape,
  RegionSource,
  ScanpathPair,
} from '../generated/graphql.ts';
import { FINDING, enumNameOf } from '../query/vocabulary-map.ts';
import { toEnum } from './enums.ts';

const upper = <E extends string>(stored: string) => enumNameOf(stored) as E;

export function fixationMethod(m: StoredMethod): FixationMethod {
  const p = m as Partial<
    Record<'maxDispersionDeg' | 'minFixationSec' | 'velocityThresholdDegPerSec' | 'maxDwellSec', number>
  >;
  return {
    method: upper<FixationMethodName>(m.method),
    maxDispersionDeg: p.maxDispersionDeg ?? null,
    minFixationSec: p.minFixationSec ?? null,
    velocityThresholdDegPerSec: p.velocityThresholdDegPerSec ?? null,
    maxDwellSec: p.maxDwellSec ?? null,
  };
}

export function region(r: StoredRegion): Region {
  return { shape: upper<RegionShape>(r.shape), xmin: r.xmin, ymin: r.ymin, xmax: r.xmax, ymax: r.ymax };
}

export function lungFields(l: ImageMetricFields['lungFields']): LungFields {
  return { source: upper<LungFieldSource>(l.source), regions: l.regions.map(region) };
}

export function gazeMetrics(
  g: NonNullable<ReadMetricFields['gaze']>,
  method: StoredMethod,
  synthetic: boolean,
): GazeMetrics {
  return {
    ...g,
    synthetic,
    lungFieldSource: upper<LungFieldSource>(g.lungFieldSource),
    fixationMethod: fixationMethod(method),
  };
}

export function findingGaze(f: ReadMetricFields['findingGaze'][number], synthetic: boolean): FindingGaze {
  return {
    ...f,
    synthetic,
    finding: toEnum(FINDING, f.finding),
    label: f.finding,
    region: f.region && region(f.region),
    regionSource: f.regionSource && upper<RegionSource>(f.regionSource),
  };
}

export function peerSimilarity(p: NonNullable<ReadMetricFields['peerSimilarity']>, synthetic: boolean): PeerSimilarity {
  return { ...p, synthetic };
}

export function scanpathPair(p: ImageMetricFields['scanpathSimilarity'][number]): ScanpathPair {
  return p;
}
