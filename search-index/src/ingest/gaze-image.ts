/**
 * One image's reading-process metrics (docs/metrics.md) from the compact inputs the ingest keeps:
 * the metric functions of ../metrics run over all of the image's reads at once (presence and
 * consensus need the other readers, similarity every pair). Pure, so it runs on the ingest's
 * main thread or in its worker (./gaze-worker.ts) alike; results are JSON text for the documents,
 * and metricText makes them the members the documents append (one string per read, so the main
 * thread holds one string per read until its document is sent, and only forwards it).
 */
import type {
  FindingGaze,
  GazeMetrics,
  LungFields,
  MetricThresholds,
  Region,
  ScanpathPair,
} from '../metrics/contract.ts';
import { findingGaze } from '../metrics/finding-gaze.ts';
import { readGazeMetrics } from '../metrics/gaze-metrics.ts';
import { lungFieldsFor } from '../metrics/lung-fields.ts';
import { presentFindings } from '../metrics/presence.ts';
import { findingRegions } from '../metrics/regions.ts';
import { imageScanpathPairs, type PeerSimilarity } from '../metrics/scanpath-similarity.ts';
import type { Fixation, ImageRecord, ReadRecord } from '../model.ts';
import { missFields, type MissFieldName } from '../indices/reads.ts';
import type { Finding } from '../vocabulary.ts';
import { jsonMembers } from './json-text.ts';

/** What a read document stores of GazeMetrics (the method lives on the track summary). */
export type ReadGazeFields = Omit<GazeMetrics, 'fixationMethod'> & {
  /** Mean of the read's per-finding eye-voice spans (null: none has one). */
  eyeVoiceSpanSec: number | null;
  /** The useful field of view of this read in image pixels (thresholds × pixels per degree). */
  usefulFieldOfViewPx: number;
};

export type ReadPeerSimilarity = PeerSimilarity & { peers: number };

export interface ReadMetricFields {
  gaze: ReadGazeFields | null;
  findingGaze: FindingGaze[];
  peerSimilarity: ReadPeerSimilarity | null;
}

/** The late fields a read document gets from the metrics, as JSON text. */
export type ReadMetricJson = Record<keyof ReadMetricFields | MissFieldName, string>;

export interface ImageMetricFields {
  lungFields: LungFields;
  /** Every pair of the image's reads with a track; synthetic when either read's gaze is. */
  scanpathSimilarity: Array<ScanpathPair & { synthetic: boolean }>;
}

/** What the metrics need of one read, kept from the reads pass. */
export interface ReadInput {
  readId: string;
  synthetic: boolean;
  durationSec: number;
  findings: ReadRecord['findings'];
  positive: Finding[];
  firstStepStartSec: number | null;
  firstMentionSec: Map<Finding, number | null>;
}

/** What the metrics need of one track: start, end, x, y of each fixation. */
export interface TrackInput {
  packed: Float64Array;
  pixelsPerDegree: number;
}

export interface ImageJob {
  image: ImageRecord;
  reads: ReadInput[];
  tracks: Map<string, TrackInput>;
  thresholds: MetricThresholds;
  /** False: lung fields only (the ingest benchmark's baseline). */
  metrics: boolean;
}

export interface ImageJobResult {
  imageId: string;
  reads: Array<[string, ReadMetricJson]>;
  image: Record<keyof ImageMetricFields, string>;
}

/** An image's results as the documents' text: members (./json-text.ts jsonMembers) to append. */
export interface ImageMetricText {
  imageId: string;
  /** Read id, then its members (readMembers), for each read with a track. */
  reads: string[];
  image: string;
}

export const NO_TRACK_JSON = serialiseRead({ gaze: null, findingGaze: [], peerSimilarity: null });

/** Between a read's filterable metric members and its findingGaze (display only, last). */
const FINDING_GAZE = ',"findingGaze":';

/** A read document's late metric members, findingGaze last (nestedMembers cuts it off). */
export function readMembers(json: ReadMetricJson): string {
  const { findingGaze, ...filterable } = json;
  return `${jsonMembers(filterable)}${FINDING_GAZE}${findingGaze}`;
}

/**
 * The members an image's nested copy of a read gets: all but findingGaze. JSON.stringify escapes
 * every quote inside a string, and no other field has an object with that key, so
 * `,"findingGaze":` stands only where readMembers put it.
 */
export function nestedMembers(members: string): string {
  return members.slice(0, members.indexOf(FINDING_GAZE));
}

export const NO_TRACK_MEMBERS = readMembers(NO_TRACK_JSON);

export function metricText(result: ImageJobResult): ImageMetricText {
  return {
    imageId: result.imageId,
    reads: result.reads.flatMap(([readId, json]) => [readId, readMembers(json)]),
    image: jsonMembers(result.image),
  };
}

export function computeImageMetrics(job: ImageJob): ImageJobResult {
  const { image } = job;
  const lungFields = lungFieldsFor(image, {
    anatomy: image.lungFields,
    chestBox: image.chestBox,
  });
  const results = new Map<string, ReadMetricJson>();
  const pairs = job.metrics ? readMetrics(job, lungFields, results) : [];
  return {
    imageId: image.id,
    reads: [...results],
    image: { lungFields: JSON.stringify(lungFields), scanpathSimilarity: JSON.stringify(pairs) },
  };
}

function readMetrics(job: ImageJob, lungFields: LungFields, out: Map<string, ReadMetricJson>) {
  const { image, reads } = job;
  const withTrack: Array<{ readId: string; fixations: Fixation[] }> = [];
  for (const read of reads) {
    const track = job.tracks.get(read.readId);
    if (!track) continue;
    const fixations = unpack(track.packed);
    withTrack.push({ readId: read.readId, fixations });
    const others = reads.filter((r) => r !== read);
    const input = {
      readId: read.readId,
      durationSec: read.durationSec,
      image: { width: image.width, height: image.height },
      pixelsPerDegree: track.pixelsPerDegree,
      fixations,
      lungFields,
      firstStepStartSec: read.firstStepStartSec,
      findings: read.findings.map((f) => ({ label: f.label, certainty: f.certainty, region: asRegion(f.region) })),
      presentFindings: presentFindings(
        image.referenceFindings.length ? image.referenceFindings : null,
        others.map((r) => r.positive),
      ),
      referenceRegions: findingRegions(
        image.referenceRegions,
        others.map((r) => r.findings),
      ),
      firstMentionSec: read.firstMentionSec,
      thresholds: job.thresholds,
    };
    const perFinding = findingGaze(input);
    const gaze = readGazeFields(readGazeMetrics(input), perFinding, input);
    out.set(read.readId, serialiseRead({ gaze, findingGaze: perFinding, peerSimilarity: null }));
  }
  const { pairs, peers } = imageScanpathPairs(withTrack, { width: image.width, height: image.height });
  for (const { readId } of withTrack) {
    const peer = peers.get(readId);
    const count = pairs.filter((p) => p.readA === readId || p.readB === readId).length;
    if (peer && count) out.get(readId)!.peerSimilarity = JSON.stringify({ ...peer, peers: count });
  }
  const synthetic = new Map(reads.map((r) => [r.readId, r.synthetic]));
  return pairs.map((p) => ({ ...p, synthetic: synthetic.get(p.readA)! || synthetic.get(p.readB)! }));
}

function readGazeFields(
  gaze: GazeMetrics,
  perFinding: readonly FindingGaze[],
  input: { pixelsPerDegree: number; thresholds: MetricThresholds },
): ReadGazeFields {
  const { fixationMethod: _method, ...rest } = gaze;
  const spans = perFinding.map((f) => f.eyeVoiceSpanSec).filter((s): s is number => s != null);
  return {
    ...rest,
    eyeVoiceSpanSec: spans.length ? spans.reduce((a, b) => a + b, 0) / spans.length : null,
    usefulFieldOfViewPx: input.thresholds.usefulFieldOfViewDeg * input.pixelsPerDegree,
  };
}

function asRegion(box: ReadRecord['findings'][number]['region']): Region | null {
  return box ? { shape: 'box', ...box } : null;
}

export function pack(fixations: readonly Fixation[]): Float64Array {
  const packed = new Float64Array(fixations.length * 4);
  for (let i = 0, k = 0; i < fixations.length; i++, k += 4) {
    const f = fixations[i]!;
    packed[k] = f.start;
    packed[k + 1] = f.end;
    packed[k + 2] = f.x;
    packed[k + 3] = f.y;
  }
  return packed;
}

function unpack(packed: Float64Array): Fixation[] {
  const out: Fixation[] = [];
  for (let i = 0; i < packed.length; i += 4)
    out.push({ start: packed[i]!, end: packed[i + 1]!, x: packed[i + 2]!, y: packed[i + 3]! });
  return out;
}

function serialiseRead(fields: ReadMetricFields): ReadMetricJson {
  const misses = missFields(fields.findingGaze);
  return {
    gaze: JSON.stringify(fields.gaze),
    findingGaze: JSON.stringify(fields.findingGaze),
    peerSimilarity: JSON.stringify(fields.peerSimilarity),
    missTypes: JSON.stringify(misses.missTypes),
    misses: JSON.stringify(misses.misses),
    presentFindings: JSON.stringify(misses.presentFindings),
  };
}
