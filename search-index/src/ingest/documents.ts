/**
 * The documents of the later passes: the spooled reads with what the tracks and the metrics
 * taught appended, the images with their reads nested (each sent right after its last read), and
 * the readers with their aggregates.
 */
import type { ImageRecord } from '../model.ts';
import { imageDocument } from '../indices/images.ts';
import { readerDocument } from '../indices/readers.ts';
import { readImageFields } from '../indices/reads.ts';
import type { RoutedDocument, SourcedDocument } from './bulk.ts';
import type { IngestContext } from './context.ts';
import { appendMembers, jsonMembers } from './json-text.ts';
import type { ReadPass } from './read-pass.ts';
import type { Spool } from './spool.ts';

/** What every read learns after its first pass, as members to append: its image's agreement and its track's summary. */
export type LateFields = (readId: string, imageId: string) => string;

/** `tracks`: each read's track summary, as JSON. */
export function lateReadFields(ctx: IngestContext, pass: ReadPass, tracks: Map<string, string>): LateFields {
  return (readId, imageId) =>
    jsonMembers({
      image: JSON.stringify(readImageFields(ctx.images.records.get(imageId)!, pass.aggregates.agreement(imageId))),
      track: tracks.get(readId) ?? 'null',
    });
}

/**
 * The spooled reads with their late fields, and each image as soon as its last read has passed
 * (its reads' nested copies are held only until then: in a file grouped by image, one image's);
 * then the images without reads.
 */
export async function* readAndImageDocuments(
  ctx: IngestContext,
  pass: ReadPass,
  spool: Spool,
  late: LateFields,
): AsyncGenerator<RoutedDocument> {
  const { images, metrics, progress } = ctx;
  const links = followUpLinks(images.records);
  const nested = new Map<string, string[]>();
  const image = async (id: string): Promise<RoutedDocument> => {
    const doc = imageDocumentText(ctx, pass, id, links.get(id)!, nested.get(id) ?? []);
    nested.delete(id);
    return { kind: 'images', id, doc: await doc, line: images.lines.get(id)! };
  };
  progress.start('loading reads, images', pass.goodReads.size + images.records.size);
  let n = 0;
  for await (const { id, line, json, nested: filterable } of spool.entries()) {
    const { imageId } = pass.goodReads.get(id)!;
    const fields = late(id, imageId);
    const doc = appendMembers(appendMembers(json, fields), await metrics.readFields(id, imageId));
    yield { kind: 'reads', id, doc, line };
    const list = nested.get(imageId) ?? [];
    list.push(appendMembers(appendMembers(filterable, fields), await metrics.nestedReadFields(id, imageId)));
    nested.set(imageId, list);
    if (list.length === pass.aggregates.readCount(imageId)) yield await image(imageId);
    if ((++n & 1023) === 0) progress.update(n, n);
  }
  for (const id of images.records.keys()) if (pass.aggregates.readCount(id) === 0) yield await image(id);
  progress.update(pass.goodReads.size + images.records.size, n);
}

/** An image with prior/next links, read aggregates, gaze fields and its reads nested. */
async function imageDocumentText(
  ctx: IngestContext,
  pass: ReadPass,
  id: string,
  links: FollowUpLinks,
  nested: string[],
): Promise<string> {
  const json = JSON.stringify(imageDocument(ctx.images.records.get(id)!, links, pass.aggregates.image(id)));
  return appendMembers(appendMembers(json, await ctx.metrics.imageFields(id)), `"reads":[${nested.join(',')}]`);
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

interface FollowUpLinks {
  priorImageId: string | null;
  nextImageId: string | null;
}

/** Prior and next study of the same patient, by follow-up order. */
function followUpLinks(images: Map<string, ImageRecord>): Map<string, FollowUpLinks> {
  const byPatient = new Map<string, ImageRecord[]>();
  for (const img of images.values()) {
    const list = byPatient.get(img.patientId) ?? [];
    list.push(img);
    byPatient.set(img.patientId, list);
  }
  const links = new Map<string, FollowUpLinks>();
  for (const list of byPatient.values()) {
    list.sort((a, b) => a.followUp - b.followUp || a.id.localeCompare(b.id));
    list.forEach((img, i) =>
      links.set(img.id, { priorImageId: list[i - 1]?.id ?? null, nextImageId: list[i + 1]?.id ?? null }),
    );
  }
  return links;
}
