/**
 * The first pass over the reads: each is validated once, cross-checked against the images and
 * readers, aggregated per image and reader, handed to the metrics and the lexicon, and its
 * document and its image's nested copy serialised to the spool (the fields later passes learn are
 * appended as text).
 */
import { z } from 'zod';
import { LAYOUT, ReadRecord, ReasoningStep } from '../model.ts';
import { filterableReadBase, readDocumentBase, type ReadDocumentBase } from '../indices/reads.ts';
import type { LexiconBuilder } from '../text/lexicon.ts';
import { searchedTexts } from '../text/lexicon.ts';
import { ReadAggregates } from './aggregates.ts';
import type { GoodRead, IngestContext } from './context.ts';
import { fileSize } from './dataset-files.ts';
import { appendMembers, memberText } from './json-text.ts';
import { readLines } from './ndjson.ts';
import type { ReadGate } from './read-gate.ts';
import type { Spool } from './spool.ts';
import { parseRecord } from './validate.ts';

export interface ReadPass {
  goodReads: Map<string, GoodRead>;
  aggregates: ReadAggregates;
}

/** A fresh pass, its accepted reads empty (the track loading watches them fill). */
export function newReadPass(): ReadPass {
  return { goodReads: new Map(), aggregates: new ReadAggregates() };
}

/** Fills `pass`; admits each accepted read through the gate, and opens it at the end. */
export async function validateReads(
  ctx: IngestContext,
  pass: ReadPass,
  gate: ReadGate,
  spool: Spool,
  lexicon: LexiconBuilder,
): Promise<ReadPass> {
  const { paths, rec, progress } = ctx;
  progress.start('validating reads', fileSize(paths.reads));
  for await (const { line, text, bytes } of readLines(paths.reads)) {
    rec.read(LAYOUT.reads);
    const r = parseRecord(ReadRecord, text);
    const reason = r.ok ? crossCheck(ctx, pass, r.value) : r.reason;
    if (reason !== null || !r.ok) {
      rec.reject({ file: LAYOUT.reads, line, reason: reason!, id: r.ok ? r.value.id : r.id });
      continue;
    }
    await accept(ctx, pass, { read: r.value, raw: r.raw, text }, line, spool, lexicon);
    gate.admit(r.value.id);
    if ((pass.goodReads.size & 1023) === 0) progress.update(bytes, pass.goodReads.size);
  }
  await spool.finish();
  ctx.metrics.readsDone();
  gate.finish();
  progress.update(fileSize(paths.reads), pass.goodReads.size);
  progress.stop();
  return pass;
}

/** Why a schema-valid read is rejected (duplicate, unknown image or reader), or null. */
function crossCheck(ctx: IngestContext, pass: ReadPass, read: ReadRecord): string | null {
  const first = pass.goodReads.get(read.id);
  if (first) return `duplicate read id ${read.id} (first at line ${first.line})`;
  if (!ctx.images.records.has(read.imageId))
    return `image ${read.imageId} is not in ${LAYOUT.images} (unknown or rejected)`;
  if (!ctx.readers.records.has(read.readerId))
    return `reader ${read.readerId} is not in ${LAYOUT.readers} (unknown or rejected)`;
  return null;
}

/**
 * The document and its image's nested copy: the filterable fields serialised once, the others
 * appended. The reasoning (most of a read's bytes: the words' timings) is the line's own text when
 * validation left it as written (every step has the members the schema would default), instead of
 * serialising its numbers again.
 */
function serialised(base: ReadDocumentBase, line: string, raw: unknown): { json: string; nested: string } {
  const filterable = filterableReadBase(base);
  const reasoning = verbatimReasoning(line, raw);
  const others: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base))
    if (!(k in filterable) && (reasoning === null || k !== 'reasoning')) others[k] = v;
  const nested = JSON.stringify(filterable);
  let members = JSON.stringify(others).slice(1, -1);
  if (reasoning !== null) members += `${members ? ',' : ''}"reasoning":${reasoning}`;
  return { nested, json: appendMembers(nested, members) };
}

/** The members ReasoningStep fills in when absent (its defaults): with all of them present, a step is kept as written. */
const DEFAULTED_STEP_MEMBERS = Object.entries(ReasoningStep.shape).flatMap(([k, schema]) =>
  schema instanceof z.ZodDefault ? [k] : [],
);

/** The reasoning as written in the line, or null when validation filled in a default. */
function verbatimReasoning(line: string, raw: unknown): string | null {
  const steps = (raw as { reasoning?: unknown }).reasoning;
  if (!Array.isArray(steps)) return null;
  for (const step of steps) for (const k of DEFAULTED_STEP_MEMBERS) if (!Object.hasOwn(step as object, k)) return null;
  return memberText(line, 'reasoning');
}

async function accept(
  ctx: IngestContext,
  pass: ReadPass,
  { read, raw, text }: { read: ReadRecord; raw: unknown; text: string },
  line: number,
  spool: Spool,
  lexicon: LexiconBuilder,
): Promise<void> {
  const reader = ctx.readers.records.get(read.readerId)!;
  pass.goodReads.set(read.id, { imageId: read.imageId, readerId: read.readerId, line });
  pass.aggregates.add(read, reader);
  ctx.metrics.addRead(read);
  for (const text of searchedTexts(read)) lexicon.add(text);
  const base = readDocumentBase(read, reader, ctx.images.records.get(read.imageId)!);
  await spool.write({ id: read.id, line, ...serialised(base, text, raw) });
}
