/**
 * Bulk loading through the client's bulk helper: one stream of documents for every index, so
 * the requests never drain between one index and the next (each drain left Elasticsearch's
 * cores idle while the last request of an index finished). Documents may be objects or JSON text
 * (sent as is). A document Elasticsearch drops is reported as a reject with its file, line (from
 * the passes' own maps, not a copy per document) and reason. (No onSuccess callback: the helper
 * parses every sent document back to JSON for it, which costs more than the whole validation.)
 */
import type { EngineClient } from '../engine.ts';
import type { IndexAliases, IndexKind } from '../indices/names.ts';
import type { Reconciliation } from './reconcile.ts';

export interface SourcedDocument {
  id: string;
  doc: object | string;
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
}

export async function bulkLoad(source: AsyncIterable<RoutedDocument>, opts: BulkLoadOptions): Promise<void> {
  const kindOf = new Map(Object.entries(opts.indices).map(([kind, index]) => [index, kind as IndexKind]));
  const sent = new Map<IndexKind, number>();
  const dropped = new Map<IndexKind, number>();
  async function* documents() {
    for await (const d of source) {
      sent.set(d.kind, (sent.get(d.kind) ?? 0) + 1);
      yield d;
    }
  }
  const stats = await opts.client.helpers.bulk<RoutedDocument>({
    datasource: documents(),
    onDocument: (d) => [{ index: { _index: opts.indices[d.kind], _id: d.id } }, d.doc as object],
    onDrop: (drop) => {
      const op = Object.values(drop.operation as unknown as Record<string, { _index?: string; _id?: string }>)[0] ?? {};
      const kind = kindOf.get(op._index ?? '');
      const id = op._id ?? '';
      if (kind) dropped.set(kind, (dropped.get(kind) ?? 0) + 1);
      opts.reconciliation.reject({
        file: kind ? opts.files[kind] : (op._index ?? 'unknown index'),
        line: (kind && opts.lineOf(kind, id)) || 0,
        id,
        reason: `dropped by Elasticsearch (status ${drop.status}): ${drop.error?.type ?? 'error'}: ${clip(drop.error?.reason ?? 'no reason given')}`,
      });
    },
    flushBytes: opts.flushBytes ?? 5_000_000,
    concurrency: opts.concurrency ?? 2,
    retries: 3,
    refreshOnCompletion: false,
  });
  if (stats.aborted) throw new Error('the bulk load was aborted');
  let indexed = 0;
  for (const [kind, n] of sent) {
    const ok = n - (dropped.get(kind) ?? 0);
    opts.reconciliation.indexed(opts.files[kind], ok);
    indexed += ok;
  }
  // Every document sent is either dropped (a reject) or indexed; anything else would be lost silently.
  if (indexed !== stats.successful)
    throw new Error(`bulk load: ${stats.successful} documents indexed, but ${indexed} sent and not dropped`);
}

/** Elasticsearch quotes the offending value in its reason; a rejects line stays readable. */
function clip(reason: string, max = 300): string {
  return reason.length <= max ? reason : `${reason.slice(0, max)}… (${reason.length - max} more characters)`;
}
