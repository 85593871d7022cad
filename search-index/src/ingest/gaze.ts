/**
 * The ingest's side of the reading-process metrics (docs/metrics.md): compact per-read inputs kept
 * from the reads and tracks passes, the metric functions of ../metrics run per image once both
 * passes are done (presence and consensus need every read of the image, similarity every pair),
 * and the results kept as serialised JSON for the reads' second pass and the images.
 *
 * Memory: a read keeps its findings, first-step start and first mentions; a track its fixations
 * as one Float64Array (start, end, x, y per fixation). Results are JSON text, not objects.
 */
import type {
  FindingGaze,
  GazeMetrics,
  LungFields,
  MetricThresholds,
  Region,
  ScanpathPair,
} from '../metrics/contract.ts';
import { firstMentions } from '../metrics/eye-voice.ts';
import { findingGaze } from '../metrics/finding-gaze.ts';
import { readGazeMetrics } from '../metrics/gaze-metrics.ts';
import { lungFieldsFor } from '../metrics/lung-fields.ts';
import { presentFindings } from '../metrics/presence.ts';
import { consensusRegion } from '../metrics/regions.ts';
import { imageScanpathPairs, type PeerSimilarity } from '../metrics/scanpath-similarity.ts';
import { DEFAULT_PIXELS_PER_DEGREE } from '../metrics/fixations.ts';
import type { Fixation, ImageRecord, ReadRecord } from '../model.ts';
import { missFields, positiveLabels, type MissFieldName } from '../indices/reads.ts';
import type { Finding } from '../vocabulary.ts';

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
type ReadMetricJson = Record<keyof ReadMetricFields | MissFieldName, string>;

export interface ImageMetricFields {
  lungFields: LungFields;
  /** Every pair of the image's reads with a track; synthetic when either read's gaze is. */
  scanpathSimilarity: Array<ScanpathPair & { synthetic: boolean }>;
}

const NO_TRACK: ReadMetricFields = { gaze: null, findingGaze: [], peerSimilarity: null };
const NO_TRACK_JSON = serialiseRead(NO_TRACK);

interface ReadInput {
  readId: string;
  synthetic: boolean;
  durationSec: number;
  findings: ReadRecord['findings'];
  positive: Finding[];
  firstStepStartSec: number | null;
  firstMentionSec: Map<Finding, number | null>;
}

interface TrackInput {
  /** start, end, x, y of each fixation. */
  packed: Float64Array;
  pixelsPerDegree: number;
}

export class GazeMetricsCollector {
  private readonly reads = new Map<string, ReadInput[]>();
  private readonly tracks = new Map<string, TrackInput>();
  private readonly readResults = new Map<string, ReadMetricJson>();
  private readonly imageResults = new Map<string, Record<keyof ImageMetricFields, string>>();

  constructor(
    private readonly images: ReadonlyMap<string, ImageRecord>,
    private readonly thresholds: MetricThresholds,
    private readonly enabled = true,
  ) {}

  addRead(read: ReadRecord): void {
    if (!this.enabled) return;
    const list = this.reads.get(read.imageId) ?? [];
    list.push({
      readId: read.id,
      synthetic: read.synthetic,
      durationSec: read.durationSec,
      findings: read.findings,
      positive: positiveLabels(read),
      firstStepStartSec: read.reasoning.length ? Math.min(...read.reasoning.map((s) => s.start)) : null,
      firstMentionSec: firstMentions(read.reasoning),
    });
    this.reads.set(read.imageId, list);
  }

  addTrack(readId: string, fixations: readonly Fixation[], pixelsPerDegree: number | null): void {
    if (!this.enabled) return;
    const packed = new Float64Array(fixations.length * 4);
    fixations.forEach((f, i) => packed.set([f.start, f.end, f.x, f.y], i * 4));
    this.tracks.set(readId, { packed, pixelsPerDegree: pixelsPerDegree ?? DEFAULT_PIXELS_PER_DEGREE });
  }

  /**
   * The late fields of a read document, as JSON text (appendRawFields). Called once every track
   * is in: the read's image is computed on first use, so the work interleaves with the bulk
   * requests in flight instead of holding Elasticsearch idle in a phase of its own.
   */
  readFields(readId: string, imageId: string): ReadMetricJson {
    this.ensureImage(imageId);
    return this.readResults.get(readId) ?? NO_TRACK_JSON;
  }

  /** The same for an image's nested copy of the read: the filterable fields only. */
  nestedReadFields(readId: string, imageId: string): Omit<ReadMetricJson, 'findingGaze'> {
    const { findingGaze: _display, ...filterable } = this.readFields(readId, imageId);
    return filterable;
  }

  imageFields(imageId: string): Record<keyof ImageMetricFields, string> {
    this.ensureImage(imageId);
    return this.imageResults.get(imageId)!;
  }

  /** Computes an image's metrics once; its inputs are dropped then. */
  private ensureImage(id: string): void {
    if (this.imageResults.has(id)) return;
    const image = this.images.get(id)!;
    const lungFields = lungFieldsFor(image, {
      anatomy: image.lungFields,
      chestBox: image.chestBox && { shape: 'box', ...image.chestBox },
    });
    const reads = this.reads.get(id) ?? [];
    const pairs = this.enabled ? this.computeImage(image, lungFields, reads) : [];
    this.imageResults.set(id, {
      lungFields: JSON.stringify(lungFields),
      scanpathSimilarity: JSON.stringify(pairs),
    });
    this.reads.delete(id);
    for (const r of reads) this.tracks.delete(r.readId);
  }

  private computeImage(image: ImageRecord, lungFields: LungFields, reads: readonly ReadInput[]) {
    const withTrack: Array<{ readId: string; fixations: Fixation[] }> = [];
    const synthetic = new Map(reads.map((r) => [r.readId, r.synthetic]));
    for (const read of reads) {
      const track = this.tracks.get(read.readId);
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
        referenceRegions: referenceRegions(image, others),
        firstMentionSec: read.firstMentionSec,
        thresholds: this.thresholds,
      };
      const gaze = readGazeMetrics(input);
      const perFinding = findingGaze(input);
      this.readResults.set(
        read.readId,
        serialiseRead({ gaze: readGazeFields(gaze, perFinding, input), findingGaze: perFinding, peerSimilarity: null }),
      );
    }
    const { pairs, peers } = imageScanpathPairs(withTrack, { width: image.width, height: image.height });
    for (const { readId } of withTrack) {
      const peer = peers.get(readId);
      if (!peer) continue;
      const count = pairs.filter((p) => p.readA === readId || p.readB === readId).length;
      this.readResults.get(readId)!.peerSimilarity = JSON.stringify(count ? { ...peer, peers: count } : null);
    }
    return pairs.map((p) => ({ ...p, synthetic: synthetic.get(p.readA)! || synthetic.get(p.readB)! }));
  }
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

/**
 * Per finding: the dataset's reference region (the first given for the label), else the consensus
 * of the other readers' marks of it (docs/metrics.md#finding-regions).
 */
function referenceRegions(image: ImageRecord, others: readonly ReadInput[]) {
  const out = new Map<Finding, { region: Region; source: 'reference' | 'consensus' }>();
  for (const r of image.referenceRegions)
    if (!out.has(r.label)) out.set(r.label, { region: r.region, source: 'reference' });
  const marks = new Map<Finding, Region[]>();
  for (const read of others)
    for (const f of read.findings) {
      if (out.has(f.label) || !f.region) continue;
      marks.set(f.label, [...(marks.get(f.label) ?? []), asRegion(f.region)!]);
    }
  for (const [label, list] of marks) {
    const region = consensusRegion(list);
    if (region) out.set(label, { region, source: 'consensus' });
  }
  return out;
}

function asRegion(box: ReadRecord['findings'][number]['region']): Region | null {
  return box ? { shape: 'box', ...box } : null;
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
