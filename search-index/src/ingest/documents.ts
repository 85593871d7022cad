/**
 * The documents of the later passes: the spooled reads with what the tracks and the metrics
 * taught appended, the images with their reads nested, and the readers with their aggregates.
 */
import type { ImageRecord } from '../model.ts';
import { imageDocument } from '../indices/images.ts';
import { readerDocument } from '../indices/readers.ts';
import { readImageFields, type TrackSummary } from '../indices/reads.ts';
import type { SourcedDocument } from './bulk.ts';
import type { IngestContext } from './context.ts';
import { appendFields, appendMembers } from './json-text.ts';
import type { ReadPass } from './read-pass.ts';
import type { Spool } from './spool.ts';

/** What every read learns after its first pass: its image's agreement and its track's summary. */
export type LateFields = (readId: string, imageId: string) => Record<string, unknown>;

export function lateReadFields(ctx: IngestContext, pass: ReadPass, tracks: Map<string, TrackSummary>): LateFields {
  return (readId, imageId) => ({
    image: readImageFields(ctx.images.records.get(imageId)!, pass.aggregates.agreement(imageId)),
    track: tracks.get(readId) ?? null,
  });
}

export async function* readDocuments(
  ctx: IngestContext,
  pass: ReadPass,
  spool: Spool,
  late: LateFields,
): AsyncGenerator<SourcedDocument> {
  ctx.progress.start('loading reads', pass.goodReads.size);
  let n = 0;
  for await (const { id, line, json } of spool.entries()) {
    const { imageId } = pass.goodReads.get(id)!;
    const doc = appendMembers(appendFields(json, late(id, imageId)), await ctx.metrics.readFields(id, imageId));
    if ((++n & 1023) === 0) ctx.progress.update(n, n);
    yield { id, doc, line };
  }
  ctx.progress.update(n, n);
}

/** Images with prior/next links, read aggregates, gaze fields and their reads nested. */
export async function* imageDocuments(
  ctx: IngestContext,
  pass: ReadPass,
  late: LateFields,
): AsyncGenerator<SourcedDocument> {
  const { images, metrics, progress } = ctx;
  const links = followUpLinks(images.records);
  progress.start('loading images', images.records.size);
  let n = 0;
  for (const [id, image] of images.records) {
    const nested: string[] = [];
    for (const r of pass.imageReads.get(id) ?? [])
      nested.push(
        appendMembers(appendFields(r.json, late(r.readId, id)), await metrics.nestedReadFields(r.readId, id)),
      );
    const imageJson = JSON.stringify(imageDocument(image, links.get(id)!, pass.aggregates.image(id)));
    const doc = appendMembers(appendMembers(imageJson, await metrics.imageFields(id)), `"reads":[${nested.join(',')}]`);
    pass.imageReads.delete(id);
    if ((++n & 255) === 0) progress.update(n, n);
    yield { id, doc, line: images.lines.get(id)! };
  }
  progress.update(n, n);
}

export async function* readerDocuments(ctx: IngestContext, pass: ReadPass): AsyncGenerator<SourcedDocument> {
  const { readers, progress } = ctx;
  progress.start('loading readers', readers.records.size);
  let n = 0;
  for (const [id, reader] of readers.records) {
    const doc = readerDocument(reader, pass.aggregates.reader(id));
    if ((++n & 255) === 0) progress.update(n, n);
    yield { id, doc, line: readers.lines.get(id)! };
  }
  progress.update(n, n);
}

/** Prior and next study of the same patient, by follow-up order. */
function followUpLinks(images: Map<string, ImageRecord>) {
  const byPatient = new Map<string, ImageRecord[]>();
  for (const img of images.values()) {
    const list = byPatient.get(img.patientId) ?? [];
    list.push(img);
    byPatient.set(img.patientId, list);
  }
  const links = new Map<string, { priorImageId: string | null; nextImageId: string | null }>();
  for (const list of byPatient.values()) {
    list.sort((a, b) => a.followUp - b.followUp || a.id.localeCompare(b.id));
    list.forEach((img, i) =>
      links.set(img.id, { priorImageId: list[i - 1]?.id ?? null, nextImageId: list[i + 1]?.id ?? null }),
    );
  }
  return links;
}
