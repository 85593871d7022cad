/**
 * Bulk loading: one stream of documents for every index, so the requests never drain between
 * one index and the next (each drain left Elasticsearch's cores idle while the last request of an
 * index finished). Documents may be objects or JSON text (sent as is). A document Elasticsearch
 * drops is reported as a reject with its file, line (from the passes' own maps, not a copy per
 * document) and reason.
 *
 * Each document is encoded into its request's byte buffer as it arrives, so its text is garbage
 * at once; a request holds only bytes (off the JavaScript heap, buffers reused) and each
 * operation's offset until Elasticsearch answers, and its answer is filtered to each item's status
 * and error. The client's bulk helper, used before, held every document's string until then (so
 * most were promoted to the old generation), joined the body by string concatenation and flattened
 * it again to measure it. At 5,000 images / 10,000 reads that was about 300 MB of the main
 * thread's 1.7 GB allocated per ingest, and bytes promoted by scavenges fell from about 310 to 60 MB
 * per ingest without it (`--trace-gc-nvp`). The client's transport still sends the requests
 * (connections, retries on connection errors); what Elasticsearch answers 429 (too busy), a whole
 * request or single operations, goes again from here (./bulk-retry.ts decides when).
 */
import { engineErrors, type EngineClient } from '../engine.ts';
import type { IndexAliases, IndexKind } from '../indices/names.ts';
import { BulkBusyError, retryPolicy, retryWait, triesText, type RetryPolicy } from './bulk-retry.ts';
import { appendMembers } from './json-text.ts';
import type { Reconciliation } from './reconcile.ts';

/** A serialised object as UTF-8 bytes (off the JavaScript heap), with members (./json-text.ts) to append. */
export interface JsonBytes {
  bytes: Uint8Array;
  members: string;
}

export interface SourcedDocument {
  id: string;
  doc: object | string | JsonBytes;
  line: number;
}

/** A document and the index it goes to. */
export interface RoutedDocument extends SourcedDocument {
  kind: IndexKind;
}

export interface BulkLoadOptions {
  client: EngineClient;
  indices: IndexAliases;
  /** The source file of each index's documents (for the counts and the rejects). */
  files: Record<IndexKind, string>;
  /** The source line of a document sent (for the rejects). */
  lineOf: (kind: IndexKind, id: string) => number | undefined;
  reconciliation: Reconciliation;
  flushBytes?: number;
  concurrency?: number;
  /** Tries more for what Elasticsearch answers 429 (too busy), and the first wait (./bulk-retry.ts). */
  retries?: number;
  retryWaitMs?: number;
}

interface ItemAnswer {
  status: number;
  error?: { type?: string; reason?: string };
}

interface BulkAnswer {
  errors: boolean;
  items?: Array<Record<string, ItemAnswer>>;
}

/** A whole request answered 429: the error Elasticsearch gave. */
interface BusyAnswer {
  busy: string;
}

/** One request's bytes: operation i spans starts[i]..starts[i+1] (its action line from starts[i]). */
class Batch {
  bytes = 0;
  readonly starts: number[] = [];
  readonly kinds: IndexKind[] = [];

  constructor(public buffer: Buffer) {}

  get size(): number {
    return this.kinds.length;
  }

  /** Appends one operation (action and document lines); false when it does not fit. */
  add(kind: IndexKind, action: string, doc: string | JsonBytes): boolean {
    if (this.bytes + maxBytes(action, doc) > this.buffer.length) return false;
    this.starts.push(this.bytes);
    this.kinds.push(kind);
    this.bytes += this.buffer.write(action, this.bytes);
    this.bytes += this.buffer.write('\n', this.bytes);
    if (typeof doc === 'string') this.bytes += this.buffer.write(doc, this.bytes);
    else this.bytes += writeJsonBytes(doc, this.buffer, this.bytes);
    this.bytes += this.buffer.write('\n', this.bytes);
    return true;
  }

  /** The bytes of operation i. */
  operation(i: number): Buffer {
    return this.buffer.subarray(this.starts[i], this.starts[i + 1] ?? this.bytes);
  }

  /** The index and id of operation i, read back from its action line (only for a rejected one). */
  target(i: number): { index: string; id: string } {
    const op = this.operation(i);
    const action = JSON.parse(op.toString('utf8', 0, op.indexOf(10))) as { index: { _index: string; _id: string } };
    return { index: action.index._index, id: action.index._id };
  }

  /** A batch of some of this one's operations (copied: this one's buffer goes back to the pool). */
  subset(ops: number[]): Batch {
    const out = new Batch(Buffer.allocUnsafe(ops.reduce((n, i) => n + this.operation(i).length, 0)));
    for (const i of ops) {
      out.starts.push(out.bytes);
      out.kinds.push(this.kinds[i]!);
      out.bytes += this.operation(i).copy(out.buffer, out.bytes);
    }
    return out;
  }
}

/** At most the bytes an operation takes: UTF-8 has at most 3 bytes per UTF-16 unit (never cut short). */
function maxBytes(action: string, doc: string | JsonBytes): number {
  const text = typeof doc === 'string' ? doc.length : doc.members.length + 2;
  return 3 * (action.length + text + 2) + (typeof doc === 'string' ? 0 : doc.bytes.length);
}

/** The object's bytes up to its closing brace, then its members and the brace. */
function writeJsonBytes({ bytes, members }: JsonBytes, out: Buffer, at: number): number {
  const close = bytes.lastIndexOf(0x7d);
  if (close < 1 || bytes[0] !== 0x7b) throw new Error('bulk: a document given as bytes must be one serialised object');
  out.set(bytes.subarray(0, close), at);
  let n = close;
  if (members) n += out.write(`${close > 1 ? ',' : ''}${members}`, at + n);
  return n + out.write('}', at + n);
}

/** A document as JSON text (for the ingest's onDocument hook). */
export function documentText(doc: object | string | JsonBytes): string {
  if (typeof doc === 'string') return doc;
  if (isJsonBytes(doc)) {
    return appendMembers(
      Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.length).toString('utf8'),
      doc.members,
    );
  }
  return JSON.stringify(doc);
}

export function isJsonBytes(doc: object | string | JsonBytes): doc is JsonBytes {
  return typeof doc === 'object' && 'bytes' in doc && doc.bytes instanceof Uint8Array && 'members' in doc;
}

export async function bulkLoad(source: AsyncIterable<RoutedDocument>, opts: BulkLoadOptions): Promise<void> {
  const loader = new BulkLoader(opts);
  try {
    for await (const d of source) await loader.add(d);
    await loader.flush();
  } catch (err) {
    // Never leave a request running: the caller deletes the indices next.
    await loader.settled().catch(() => {});
    throw err;
  }
  await loader.settled();
  loader.reconcile();
}

class BulkLoader {
  private readonly flushBytes: number;
  /** A request's buffer: a document of up to flushBytes (at most 1 MiB) more still fits. */
  private readonly bufferBytes: number;
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  /** The start of each index's action line. */
  private readonly actions: Record<IndexKind, string>;
  private readonly kindOf: Map<string, IndexKind>;
  private readonly sent = new Map<IndexKind, number>();
  private readonly dropped = new Map<IndexKind, number>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Buffers of answered requests, for the next ones (each ~flushBytes; a handful in all). */
  private readonly pool: Buffer[] = [];
  private batch: Batch;
  private successful = 0;
  private failure: Error | null = null;

  constructor(private readonly opts: BulkLoadOptions) {
    this.flushBytes = opts.flushBytes ?? 5_000_000;
    this.bufferBytes = this.flushBytes + Math.min(this.flushBytes, 2 ** 20);
    this.concurrency = opts.concurrency ?? 2;
    this.retry = retryPolicy(opts);
    this.actions = Object.fromEntries(
      Object.entries(opts.indices).map(([kind, index]) => [kind, `{"index":{"_index":${JSON.stringify(index)},"_id":`]),
    ) as Record<IndexKind, string>;
    this.kindOf = new Map(Object.entries(opts.indices).map(([kind, index]) => [index, kind as IndexKind]));
    this.batch = this.newBatch(0);
  }

  async add(d: RoutedDocument): Promise<void> {
    this.sent.set(d.kind, (this.sent.get(d.kind) ?? 0) + 1);
    const action = `${this.actions[d.kind]}${JSON.stringify(d.id)}}}`;
    const doc = typeof d.doc === 'string' || isJsonBytes(d.doc) ? d.doc : JSON.stringify(d.doc);
    if (!this.batch.add(d.kind, action, doc)) {
      if (this.batch.size) await this.flush();
      // A document larger than a whole buffer gets one of its own.
      if (!this.batch.add(d.kind, action, doc)) {
        this.batch = this.newBatch(maxBytes(action, doc));
        this.batch.add(d.kind, action, doc);
      }
    }
    if (this.batch.bytes >= this.flushBytes) await this.flush();
  }

  /** Sends the current batch once a request slot is free. */
  async flush(): Promise<void> {
    if (this.batch.size === 0) return;
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const batch = this.batch;
    this.batch = this.newBatch(0);
    const p = this.send(batch)
      .catch((err: unknown) => {
        this.failure ??= err instanceof Error ? err : new Error(String(err));
      })
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
  }

  /** Every document sent is either dropped (a reject) or indexed; anything else would be lost silently. */
  reconcile(): void {
    let indexed = 0;
    for (const [kind, n] of this.sent) {
      const ok = n - (this.dropped.get(kind) ?? 0);
      this.opts.reconciliation.indexed(this.opts.files[kind], ok);
      indexed += ok;
    }
    if (indexed !== this.successful)
      throw new Error(`bulk load: ${this.successful} documents indexed, but ${indexed} sent and not dropped`);
  }

  private newBatch(minBytes: number): Batch {
    if (minBytes > this.bufferBytes) return new Batch(Buffer.allocUnsafe(minBytes));
    return new Batch(this.pool.pop() ?? Buffer.allocUnsafe(this.bufferBytes));
  }

  /** Sends a batch; the request or its operations answered 429 go again after a wait, while retryWait allows. */
  private async send(batch: Batch, tries = 1): Promise<void> {
    const answer = await this.request(batch);
    const wait = retryWait(429, tries, this.retry);
    let again: Batch | null = batch;
    if ('busy' in answer) {
      if (wait === null) throw new BulkBusyError(answer.busy, tries, this.retry);
    } else {
      again = this.settle(batch, answer, tries);
      if (batch.buffer.length === this.bufferBytes) this.pool.push(batch.buffer);
    }
    if (!again) return;
    await new Promise((resolve) => setTimeout(resolve, wait!)); // settle() sends nothing again once wait is null
    if (this.failure) throw this.failure; // another request gave up: the load is ending, no need to wait on
    await this.send(again, tries + 1);
  }

  /** One bulk request; an answer 429 to the whole of it (the transport does not retry that) is a BusyAnswer. */
  private async request(batch: Batch): Promise<BulkAnswer | BusyAnswer> {
    try {
      return (await this.opts.client.transport.request({
        method: 'POST',
        path: '/_bulk',
        querystring: { filter_path: 'errors,items.*.status,items.*.error' },
        bulkBody: batch.buffer.subarray(0, batch.bytes),
      })) as BulkAnswer;
    } catch (err) {
      if (!(err instanceof engineErrors.ResponseError) || err.statusCode !== 429) throw err;
      return { busy: describe((err.body as { error?: ItemAnswer['error'] } | undefined)?.error) };
    }
  }

  /** Counts the operations indexed, drops those refused for good, and returns those to send again (or null). */
  private settle(batch: Batch, answer: BulkAnswer, tries: number): Batch | null {
    if (!answer.errors) {
      this.successful += batch.size;
      return null;
    }
    const busy: number[] = [];
    (answer.items ?? []).forEach((item, i) => {
      const result = Object.values(item)[0]!;
      if (result.status < 300) this.successful++;
      else if (retryWait(result.status, tries, this.retry) !== null) busy.push(i);
      else this.drop(batch, i, result, tries);
    });
    return busy.length ? batch.subset(busy) : null;
  }

  private drop(batch: Batch, i: number, result: ItemAnswer, tries: number): void {
    const { index, id } = batch.target(i);
    const kind = this.kindOf.get(index);
    if (kind) this.dropped.set(kind, (this.dropped.get(kind) ?? 0) + 1);
    this.opts.reconciliation.reject({
      file: kind ? this.opts.files[kind] : index,
      line: (kind && this.opts.lineOf(kind, id)) || 0,
      id,
      reason:
        `dropped by Elasticsearch (status ${result.status}): ${describe(result.error)}` +
        (result.status === 429 ? ` (still too busy after ${triesText(tries, this.retry)})` : ''),
    });
  }
}

/** An error Elasticsearch gave, as "type: reason". */
function describe(error: ItemAnswer['error']): string {
  return `${error?.type ?? 'error'}: ${clip(error?.reason ?? 'no reason given')}`;
}

/** Elasticsearch quotes the offending value in its reason; a rejects line stays readable. */
function clip(reason: string, max = 300): string {
  return reason.length <= max ? reason : `${reason.slice(0, max)}… (${reason.length - max} more characters)`;
}
