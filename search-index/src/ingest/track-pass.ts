/**
 * The tracks, as the tracks worker prepared them (./prepared-tracks.ts): each cross-checked
 * against its read (known, first track of the read, inside the read's image), its read's fields
 * appended to its document, its summary kept (as JSON text) for the read documents, its line kept, and its
 * fixations handed to the metrics.
 */
import { LAYOUT, TrackRecord, type ImageRecord } from '../model.ts';
import type { SourcedDocument } from './bulk.ts';
import type { GoodRead, IngestContext } from './context.ts';
import { fileSize } from './dataset-files.ts';
import { jsonMembers } from './json-text.ts';
import { readLineAt } from './ndjson.ts';
import type { ReadGate } from './read-gate.ts';
import type { SentTrack } from './track-worker.ts';
import { outsideImage, parseRecord } from './validate.ts';

type Prepared = SentTrack & { ok: true };

/**
 * The track documents to load, each once its read has passed the gate; fills `summaries` (JSON) and
 * `trackLines` (per read id) as they go. Its progress bar starts once every read has been seen (the reads' bar
 * runs until then).
 */
export async function* trackDocuments(
  ctx: IngestContext,
  goodReads: ReadonlyMap<string, GoodRead>,
  gate: ReadGate,
  prepared: AsyncIterable<SentTrack>,
  summaries: Map<string, string>,
  trackLines: Map<string, number>,
): AsyncGenerator<SourcedDocument> {
  const { paths, rec, progress } = ctx;
  let n = 0;
  let shown = false;
  for await (const t of prepared) {
    rec.read(LAYOUT.tracks);
    if (!t.ok) {
      rec.reject({ file: LAYOUT.tracks, line: t.line, reason: t.reason, id: t.id });
      continue;
    }
    await gate.pass(t.readId);
    if (gate.allSeen && !shown) {
      progress.start('loading tracks', fileSize(paths.tracks));
      shown = true;
    }
    const read = goodReads.get(t.readId);
    const reason = crossCheck(ctx, t, read, trackLines);
    if (reason !== null || !read) {
      rec.reject({ file: LAYOUT.tracks, line: t.line, reason: reason!, id: t.readId });
      continue;
    }
    trackLines.set(t.readId, t.line);
    summaries.set(t.readId, JSON.stringify(t.summary));
    ctx.metrics.addTrack(t.readId, read.imageId, t.packed, t.pixelsPerDegree);
    if ((++n & 255) === 0 && shown) progress.update(t.bytes, n);
    const doc = {
      bytes: t.json,
      members: jsonMembers({ imageId: JSON.stringify(read.imageId), readerId: JSON.stringify(read.readerId) }),
    };
    yield { id: t.readId, doc, line: t.line };
  }
  if (!shown) return;
  progress.update(fileSize(paths.tracks), n);
  progress.stop();
}

/** Why a schema-valid track is rejected (unknown read, second track, outside the image), or null. */
function crossCheck(
  ctx: IngestContext,
  track: Prepared,
  read: GoodRead | undefined,
  trackLines: ReadonlyMap<string, number>,
): string | null {
  const image = read && ctx.images.records.get(read.imageId);
  if (!image) return `read ${track.readId} is not in ${LAYOUT.reads} (unknown or rejected)`;
  const first = trackLines.get(track.readId);
  if (first !== undefined) return `second track for read ${track.readId} (first at line ${first})`;
  return outside(ctx.paths.tracks, track, image);
}

/** Null when every position lies inside the image; else the first one outside, described. */
function outside(path: string, track: Prepared, image: ImageRecord): string | null {
  const e = track.extent;
  if (!e || (e[0] >= 0 && e[1] >= 0 && e[2] <= image.width && e[3] <= image.height)) return null;
  // Rare: the line is read again to name the first position outside (the extent only knows one is).
  const again = parseRecord(TrackRecord, readLineAt(path, track.offset, track.length));
  return again.ok ? outsideImage(again.value, image) : again.reason;
}
