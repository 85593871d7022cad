/**
 * The metrics of a generated dataset, computed with the metric functions straight from the
 * dataset files (no index): what the generator tests measure its aims with.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LAYOUT, type ImageRecord, type ReaderRecord, type ReadRecord, type TrackRecord } from '../../src/model.ts';
import type { FindingGaze, GazeMetrics, ReadMetricInput } from '../../src/metrics/contract.ts';
import { firstMentions } from '../../src/metrics/eye-voice.ts';
import { findingGaze, REPORTED_CERTAINTY } from '../../src/metrics/finding-gaze.ts';
import { DEFAULT_PIXELS_PER_DEGREE, detectFixations } from '../../src/metrics/fixations.ts';
import { readGazeMetrics } from '../../src/metrics/gaze-metrics.ts';
import { lungFieldsFor } from '../../src/metrics/lung-fields.ts';
import { presentFindings } from '../../src/metrics/presence.ts';
import { findingRegions } from '../../src/metrics/regions.ts';
import { DEFAULT_THRESHOLDS } from '../../src/metrics/thresholds.ts';

export interface ReadMetrics {
  read: ReadRecord;
  reader: ReaderRecord;
  gaze: GazeMetrics;
  findings: FindingGaze[];
}

async function ndjson<T>(dir: string, file: string): Promise<T[]> {
  const text = await readFile(join(dir, file), 'utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

const positive = (r: ReadRecord) => r.findings.filter((f) => f.certainty >= REPORTED_CERTAINTY).map((f) => f.label);

export async function generatedMetrics(dir: string): Promise<ReadMetrics[]> {
  const images = new Map((await ndjson<ImageRecord>(dir, LAYOUT.images)).map((im) => [im.id, im]));
  const readers = new Map((await ndjson<ReaderRecord>(dir, LAYOUT.readers)).map((r) => [r.id, r]));
  const reads = await ndjson<ReadRecord>(dir, LAYOUT.reads);
  const tracks = new Map((await ndjson<TrackRecord>(dir, LAYOUT.tracks)).map((t) => [t.readId, t]));
  const byImage = new Map<string, ReadRecord[]>();
  for (const r of reads) byImage.set(r.imageId, [...(byImage.get(r.imageId) ?? []), r]);
  return reads.map((read) => {
    const image = images.get(read.imageId)!;
    const track = tracks.get(read.id)!;
    const others = byImage.get(image.id)!.filter((r) => r.id !== read.id);
    const { fixations, method } = detectFixations(track, 'idt', DEFAULT_THRESHOLDS);
    const input: ReadMetricInput = {
      readId: read.id,
      durationSec: read.durationSec,
      image,
      pixelsPerDegree: track.pixelsPerDegree ?? DEFAULT_PIXELS_PER_DEGREE,
      fixations,
      lungFields: lungFieldsFor(image, { anatomy: image.lungFields, chestBox: image.chestBox }),
      firstStepStartSec: read.reasoning[0]?.start ?? null,
      findings: read.findings.map((f) => ({ ...f, region: f.region && { shape: 'box' as const, ...f.region } })),
      presentFindings: presentFindings(image.referenceFindings, others.map(positive)),
      referenceRegions: findingRegions(
        image.referenceRegions,
        others.map((r) => r.findings),
      ),
      firstMentionSec: firstMentions(read.reasoning),
      thresholds: DEFAULT_THRESHOLDS,
      fixationMethod: method.method,
    };
    return { read, reader: readers.get(read.readerId)!, gaze: readGazeMetrics(input), findings: findingGaze(input) };
  });
}
