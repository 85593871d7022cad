/**
 * The tracks side of the ingest worker: reads tracks.ndjson and prepares every line (./track-prepare.ts) while the
 * main thread validates the reads, so the tracks' parsing, validation and fixation detection use
 * the core Elasticsearch leaves idle then. Batches go to the main thread in file order; it runs
 * at most TRACKS_AHEAD bytes ahead of what the main thread has taken (memory stays bounded at any
 * scale: beyond it, it waits).
 */
import type { MessagePort } from 'node:worker_threads';
import { readLines } from './ndjson.ts';
import { prepareTrack, type PreparedTrack, type TrackChoices } from './track-prepare.ts';

export interface TrackWorkerData {
  path: string;
  choices: TrackChoices;
}

/**
 * A prepared track as sent: its document as UTF-8 bytes, a view into one buffer per batch that is
 * transferred, not copied (the main thread never holds the document as a string; ./bulk.ts copies
 * the bytes into its request).
 */
export type SentTrack =
  (PreparedTrack & { ok: false }) | (Omit<PreparedTrack & { ok: true }, 'json'> & { json: Uint8Array });

/** To the main thread: a batch and its weight (bytes, returned as credit once taken), the end, or a failure. */
export type TrackWorkerMessage = { tracks: SentTrack[]; weight: number } | { done: true } | { error: string };

/** What the worker may hold prepared beyond the main thread's reach (string length, packed bytes). */
export const TRACKS_AHEAD = 32 * 2 ** 20;
const BATCH_BYTES = 2 ** 20;
const BATCH_TRACKS = 256;

export async function prepareTracks(port: MessagePort, { path, choices }: TrackWorkerData): Promise<void> {
  let credit = TRACKS_AHEAD;
  let wake: (() => void) | null = null;
  port.on('message', (m: { taken: number }) => {
    credit += m.taken;
    wake?.();
    wake = null;
  });
  let batch: PreparedTrack[] = [];
  let weight = 0;
  const send = () => {
    const { tracks, bytes } = asBytes(batch);
    const transfer = [bytes, ...batch.flatMap((t) => (t.ok ? [t.packed.buffer as ArrayBuffer] : []))];
    port.postMessage({ tracks, weight } satisfies TrackWorkerMessage, transfer);
    credit -= weight;
    batch = [];
    weight = 0;
  };
  try {
    for await (const l of readLines(path)) {
      const t = prepareTrack(l, choices);
      batch.push(t);
      weight += t.ok ? t.json.length + t.packed.byteLength : t.reason.length;
      if (weight < BATCH_BYTES && batch.length < BATCH_TRACKS) continue;
      send();
      while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve));
    }
    if (batch.length) send();
    port.postMessage({ done: true } satisfies TrackWorkerMessage);
  } catch (err) {
    port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies TrackWorkerMessage);
  }
}

/** The batch's documents encoded into one buffer, each track viewing its part. */
function asBytes(batch: PreparedTrack[]): { tracks: SentTrack[]; bytes: ArrayBuffer } {
  const sizes = batch.map((t) => (t.ok ? Buffer.byteLength(t.json) : 0));
  const all = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  const tracks = batch.map((t, i): SentTrack => {
    if (!t.ok) return t;
    const json = all.subarray(at, at + sizes[i]!);
    utf8.encodeInto(t.json, json);
    at += sizes[i]!;
    return { ...t, json };
  });
  return { tracks, bytes: all.buffer };
}

const utf8 = new TextEncoder();
