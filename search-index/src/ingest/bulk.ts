/**
 * Bulk loading through the client's bulk helper. Documents may be objects or JSON text (sent
 * as is). The file line of every id sent is kept, so a document Elasticsearch drops is reported
 * as a reject with its line and reason. (No onSuccess callback: the helper parses every sent
 * document back to JSON for it, which costs more than the whole validation.)
 */
import type { EngineClient } from '../engine.ts';
import type { Reconciliation } from './reconcile.ts';

export interface SourcedDocument {
  id: string;
  doc: object | string;
  line: number;
}

export interface BulkLoadOptions {
  client: EngineClient;
  index: string;
  file: string;
  reconciliation: Reconciliation;
  flushBytes?: number;
  concurrency?: number;
}

export async function bulkLoad(source: AsyncIterable<SourcedDocument>, opts: BulkLoadOptions): Promise<void> {
  const lines = new Map<string, number>();
  async function* documents() {
    for await (const s of source) {
      lines.set(s.id, s.line);
      yield s;
    }
  }
  const idOf = (result: Record<string, { _id?: string | null } | undefined>) => Object.values(result)[0]?._id ?? '';
  const stats = await opts.client.helpers.bulk<SourcedDocument>({
    datasource: documents(),
    onDocument: (s) => [{ index: { _index: opts.index, _id: s.id } }, s.doc as object],
    onDrop: (drop) => {
      const id = idOf(drop.operation as never);
      opts.reconciliation.reject({
        file: opts.file,
        line: lines.get(id) ?? 0,
        id,
        reason: `dropped by Elasticsearch (status ${drop.status}): ${drop.error?.type ?? 'error'}: ${drop.error?.reason ?? 'no reason given'}`,
      });
    },
    flushBytes: opts.flushBytes ?? 5_000_000,
    concurrency: opts.concurrency ?? 2,
    retries: 3,
    refreshOnCompletion: false,
  });
  opts.reconciliation.indexed(opts.file, stats.successful);
  if (stats.aborted) throw new Error(`bulk load into ${opts.index} was aborted`);
}
