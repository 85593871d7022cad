/**
 * The tracks: each validated against its read's image, its fixations kept or detected, its
 * packed document built from the line as written, its summary kept for the read documents and
 * its fixations handed to the metrics.
 */
import type { DatasetManifest } from '../model.ts';
import { LAYOUT, TrackRecord } from '../model.ts';
import type { FixationMethod, MetricThresholds } from '../metrics/contract.ts';
import { detectFixations } from '../metrics/fixations.ts';
import type { TrackSummary } from '../indices/reads.ts';
import type { TrackDocument } from '../indices/tracks.ts';
import type { SourcedDocument } from './bulk.ts';
import type { GoodRead, IngestContext } from './context.ts';
import { fileSize } from './dataset-files.ts';
import { appendFields, removeNullField } from './json-text.ts';
import { readLines } from './ndjson.ts';
import { outsideImage, parseRecord } from './validate.ts';

export interface TrackChoices {
  fixations: DatasetManifest['fixations'];
  thresholds: MetricThresholds;
}

/** The track documents to load; fills `summaries` (per read id) as they go. */
export async function* trackDocuments(
  ctx: IngestContext,
  goodReads: ReadonlyMap<string, GoodRead>,
  choices: TrackChoices,
  summaries: Map<string, TrackSummary>,
): AsyncGenerator<SourcedDocument> {
  const { paths, rec, progress } = ctx;
  const trackLines = new Map<string, number>();
  progress.start('loading tracks', fileSize(paths.tracks));
  let n = 0;
  for await (const { line, text, bytes } of readLines(paths.tracks)) {
    rec.read(LAYOUT.tracks);
    const r = parseRecord(TrackRecord, text);
    if (!r.ok) {
      rec.reject({ file: LAYOUT.tracks, line, reason: r.reason, id: r.id });
      continue;
    }
    const track = r.value;
    const read = goodReads.get(track.readId);
    const reason = crossCheck(ctx, track, read, trackLines);
    if (reason !== null || !read) {
      rec.reject({ file: LAYOUT.tracks, line, reason: reason!, id: track.readId });
      continue;
    }
    trackLines.set(track.readId, line);
    // Given fixations are kept as they are (method 'given'); otherwise detected by the choice.
    const detected = detectFixations(track, choices.fixations, choices.thresholds);
    const { json, summary } = trackDocumentJson(text, r.raw as Record<string, unknown>, track, read, detected);
    summaries.set(track.readId, summary);
    ctx.metrics.addTrack(track.readId, read.imageId, detected.fixations, track.pixelsPerDegree);
    if ((++n & 255) === 0) progress.update(bytes, n);
    yield { id: track.readId, doc: json, line };
  }
  progress.update(fileSize(paths.tracks), n);
}

/** Why a schema-valid track is rejected (unknown read, second track, outside the image), or null. */
function crossCheck(
  ctx: IngestContext,
  track: TrackRecord,
  read: GoodRead | undefined,
  trackLines: ReadonlyMap<string, number>,
): string | null {
  const image = read && ctx.images.records.get(read.imageId);
  if (!image) return `read ${track.readId} is not in ${LAYOUT.reads} (unknown or rejected)`;
  const first = trackLines.get(track.readId);
  if (first !== undefined) return `second track for read ${track.readId} (first at line ${first})`;
  return outsideImage(track, image);
}

/**
 * The packed track document as JSON: the line as written (its samples are never re-serialised,
 * the bulk of the work for 1,000 Hz tracks) with the summary fields, derived fixations and
 * defaults of absent optional fields appended.
 */
function trackDocumentJson(
  line: string,
  raw: Record<string, unknown>,
  track: TrackRecord,
  read: GoodRead,
  { fixations, method }: { fixations: TrackRecord['fixations'] & object; method: FixationMethod },
) {
  const summary: TrackSummary = {
    sampleCount: track.samples.t.length,
    fixationCount: fixations.length,
    hasViewport: track.viewport.length > 0,
    samplingHz: track.samplingHz,
    fixationMethod: method,
  };
  const late: Partial<TrackDocument> = {
    imageId: read.imageId,
    readerId: read.readerId,
    sampleCount: summary.sampleCount,
    durationSec: track.samples.t.at(-1) ?? 0,
    fixationCount: summary.fixationCount,
    fixationsDerived: track.fixations === null,
    fixationMethod: method,
    hasViewport: summary.hasViewport,
  };
  let json = line.trim();
  if (track.fixations === null) {
    if ('fixations' in raw) json = removeNullField(json, 'fixations');
    late.fixations = fixations;
  }
  for (const key of ['samplingHz', 'pixelsPerDegree', 'viewport'] as const)
    if (!(key in raw)) Object.assign(late, { [key]: track[key] });
  return { json: appendFields(json, late), summary };
}
