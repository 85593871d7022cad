/**
 * One track line made ready to load, apart from what only its read knows: validated against the
 * schema, its fixations kept or detected, its packed document built from the line as written,
 * its summary, its fixations packed for the metrics, and the extent of its positions (checked
 * against the read's image later). Pure, so it runs in the tracks worker (./track-worker.ts).
 */
import type { DatasetManifest } from '../model.ts';
import { TrackRecord } from '../model.ts';
import type { FixationMethod, MetricThresholds } from '../metrics/contract.ts';
import { detectFixations } from '../metrics/fixations.ts';
import type { TrackSummary } from '../indices/reads.ts';
import type { TrackDocument } from '../indices/tracks.ts';
import { pack } from './gaze-image.ts';
import { appendFields, removeNullField } from './json-text.ts';
import type { Line } from './ndjson.ts';
import { parseRecord } from './validate.ts';

export interface TrackChoices {
  fixations: DatasetManifest['fixations'];
  thresholds: MetricThresholds;
}

export type PreparedTrack =
  | { ok: false; line: number; bytes: number; reason: string; id?: string }
  | {
      ok: true;
      line: number;
      bytes: number;
      /** Where the line is in the file (read again only to describe a position outside the image). */
      offset: number;
      length: number;
      readId: string;
      /** The document without the read's own fields (imageId, readerId). */
      json: string;
      summary: TrackSummary;
      /** Fixations as ./gaze-image.ts packs them. */
      packed: Float64Array;
      pixelsPerDegree: number | null;
      /** [xmin, ymin, xmax, ymax] of the samples with a position and of given fixations; null: none. */
      extent: [number, number, number, number] | null;
    };

export function prepareTrack(l: Line, choices: TrackChoices): PreparedTrack {
  const r = parseRecord(TrackRecord, l.text);
  if (!r.ok) return { ok: false, line: l.line, bytes: l.bytes, reason: r.reason, ...(r.id ? { id: r.id } : {}) };
  const track = r.value;
  // Given fixations are kept as they are (method 'given'); otherwise detected by the choice.
  const detected = detectFixations(track, choices.fixations, choices.thresholds);
  const { json, summary } = trackDocumentJson(l.text, r.raw as Record<string, unknown>, track, detected);
  return {
    ok: true,
    line: l.line,
    bytes: l.bytes,
    offset: l.offset,
    length: l.length,
    readId: track.readId,
    json,
    summary,
    packed: pack(detected.fixations),
    pixelsPerDegree: track.pixelsPerDegree,
    extent: extent(track),
  };
}

function extent(track: TrackRecord): [number, number, number, number] | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const see = (x: number, y: number) => {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  };
  const { x, y } = track.samples;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const yi = y[i];
    if (xi != null && yi != null) see(xi, yi);
  }
  for (const f of track.fixations ?? []) see(f.x, f.y);
  return x0 === Infinity ? null : [x0, y0, x1, y1];
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
