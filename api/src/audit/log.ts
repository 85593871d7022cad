/**
 * The audit log (`<prefix>-audit`): one document per record-level query or export, written in
 * the background so a request never waits for it; a failed write is logged as an error with
 * the event, never dropped silently.
 */
import type { EngineClient } from '@chexthought/search-index';
import type { Logger } from '../logger.ts';
import type { Tier } from '../auth/principal.ts';
import { durationMs } from '../auth/duration.ts';
import { ensureStateIndex, stateIndexName } from '../auth/state-index.ts';

export interface AuditEvent {
  time: string;
  requestId: string;
  principal: string;
  tier: Tier;
  kind: 'graphql' | 'export';
  operation: string;
  /** Variables or export parameters as JSON (truncated to MAX_FILTER_CHARS). */
  filter: string | null;
  resultCount: number;
  bytes: number | null;
  status: number;
}

const MAX_FILTER_CHARS = 8_192;

const MAPPING = {
  time: { type: 'date' },
  requestId: { type: 'keyword' },
  principal: { type: 'keyword' },
  tier: { type: 'keyword' },
  kind: { type: 'keyword' },
  operation: { type: 'keyword' },
  filter: { type: 'keyword', index: false, doc_values: false },
  resultCount: { type: 'long' },
  bytes: { type: 'long' },
  status: { type: 'short' },
} as const;

export function auditFilter(value: unknown): string | null {
  if (value == null) return null;
  const text = JSON.stringify(value);
  if (text === '{}') return null;
  return text.length > MAX_FILTER_CHARS ? `${text.slice(0, MAX_FILTER_CHARS)}…` : text;
}

export interface AuditQuery {
  since?: Date;
  principal?: string;
  first?: number;
}

export class AuditLog {
  readonly index: string;
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly es: EngineClient,
    prefix: string,
    private readonly logger: Logger,
  ) {
    this.index = stateIndexName(prefix, 'audit');
  }

  /** Queues the write; never throws, never blocks the caller. */
  write(event: AuditEvent): void {
    const p = (async () => {
      await ensureStateIndex(this.es, this.index, MAPPING);
      await this.es.index({ index: this.index, document: event });
    })()
      .catch((err) => this.logger.error('audit write failed', { event, error: err }))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Waits for queued writes (tests, shutdown) and makes them searchable. */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
    if (await this.es.indices.exists({ index: this.index })) await this.es.indices.refresh({ index: this.index });
  }

  async query(q: AuditQuery): Promise<AuditEvent[]> {
    if (!(await this.es.indices.exists({ index: this.index }))) return [];
    const filter = [
      ...(q.since ? [{ range: { time: { gte: q.since.toISOString() } } }] : []),
      ...(q.principal ? [{ term: { principal: q.principal } }] : []),
    ];
    const res = await this.es.search<AuditEvent>({
      index: this.index,
      size: Math.min(Math.max(q.first ?? 100, 0), 10_000),
      sort: [{ time: 'desc' }],
      query: { bool: { filter } },
    });
    return res.hits.hits.map((h) => h._source!);
  }
}

/** `--since`: an ISO 8601 time or a duration back from now (30m, 12h, 7d). */
export function parseSince(text: string, now = Date.now()): Date {
  const ms = durationMs(text);
  if (ms !== undefined) return new Date(now - ms);
  const t = Date.parse(text);
  if (Number.isNaN(t))
    throw new Error(`since: expected an ISO 8601 time or a duration such as 12h (got ${JSON.stringify(text)})`);
  return new Date(t);
}
