/**
 * Record-level checks of the canonical layout: schema validation plus the cross-record rules
 * a schema cannot see (duplicate ids, references to unknown or rejected records, samples
 * outside the image).
 */
import type { z } from 'zod';
import { describeIssues, type ImageRecord, type TrackRecord } from '../model.ts';
import { parseJsonLine } from './ndjson.ts';

/** A valid record (`value`, with defaults applied) and the JSON as written (`raw`). */
export type Checked<T> = { ok: true; value: T; raw: unknown } | { ok: false; reason: string; id?: string };

export function parseRecord<S extends z.ZodType>(schema: S, text: string): Checked<z.infer<S>> {
  const json = parseJsonLine(text);
  if (!json.ok) return json;
  let parsed: z.ZodSafeParseResult<z.infer<S>>;
  try {
    parsed = schema.safeParse(json.value);
  } catch (err) {
    // A refinement that met a shape it did not expect (it runs beside the field checks): still a reject.
    return { ok: false, reason: `invalid record (${(err as Error).message})`, id: idOf(json.value) };
  }
  if (parsed.success) return { ok: true, value: parsed.data, raw: json.value };
  return { ok: false, reason: describeIssues(parsed.error), id: idOf(json.value) };
}

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const id = v.id ?? v.readId;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

/** First sample, fixation or out-of-image coordinate, described; null when all are inside. */
export function outsideImage(track: TrackRecord, image: Pick<ImageRecord, 'width' | 'height' | 'id'>): string | null {
  const { t, x, y } = track.samples;
  const inside = (px: number, py: number) => px >= 0 && py >= 0 && px <= image.width && py <= image.height;
  for (let i = 0; i < t.length; i++) {
    const xi = x[i],
      yi = y[i];
    if (xi == null || yi == null) continue;
    if (!inside(xi, yi))
      return `sample ${i} (t=${t[i]}s) at (${xi}, ${yi}) lies outside image ${image.id} (${image.width}×${image.height} px)`;
  }
  for (const [i, f] of (track.fixations ?? []).entries())
    if (!inside(f.x, f.y))
      return `fixation ${i} (t=${f.start}s) at (${f.x}, ${f.y}) lies outside image ${image.id} (${image.width}×${image.height} px)`;
  return null;
}
