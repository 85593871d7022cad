/**
 * Bulk loading through the client's bulk helper. Each document remembers the file line it came
 * from, so a document Elasticsearch drops is reported as a reject with its line and reason.
 */
import type { EngineClient } from '../engine.ts';
import type { Reconciliation } from './reconcile.ts';

export interface SourcedDocument {
  id: string;
  doc: object;
  line: number;
}

export interface BulkLoadOptions {
  client: EngineClient;
  index: string;
  file: string;
  reconciliation: Reconciliation;
  onIndexed?: (count: number) => void;
  flushBytes?: number;
  concurrency?: number;
}

export async function bulkLoad(source: AsyncIterable<SourcedDocument>, opts: BulkLoadOptions): Promise<void> {
  const origin = new WeakMap<object, { id: string; line: number }>();
  async function* documents() {
    for await (const s of source) {
      origin.set(s.doc, { id: s.id, line: s.line });
      yield s.doc;
    }
  }
  let indexed = 0;
  const stats = await opts.client.helpers.bulk<object>({
    datasource: documents(),
    onDocument: (doc) => ({ index: { _index: opts.index, _id: origin.get(doc)!.id } }),
    onDrop: (drop) => {
      const o = origin.get(drop.document);
      opts.reconciliation.reject({
        file: opts.file,
        line: o?.line ?? 0,
        id: o?.id,
        reason: `dropped by Elasticsearch (status ${drop.status}): ${drop.error?.type ?? 'error'}: ${drop.error?.reason ?? 'no reason given'}`,
      });
    },
    onSuccess: () => {
      indexed++;
      if ((indexed & 255) === 0) opts.onIndexed?.(indexed);
    },
    flushBytes: opts.flushBytes ?? 5_000_000,
    concurrency: opts.concurrency ?? 2,
    retries: 3,
    refreshOnCompletion: false,
  });
  opts.onIndexed?.(indexed);
  opts.reconciliation.indexed(opts.file, stats.successful);
  if (stats.aborted) throw new Error(`bulk load into ${opts.index} was aborted`);
}
