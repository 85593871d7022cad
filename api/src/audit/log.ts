/**
 * The audit log (`<prefix>-audit`): one document per record-level query or export, queued and
 * written in the background in bulk (at most a quarter of a second later), so a request never
 * waits for it; a failed write is logged as an error with the event, never dropped silently.
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

/** Events wait at most this long before one bulk request writes them all. */
const FLUSH_MS = 250;
const MAX_BATCH = 500;

export class AuditLog {
  readonly index: string;
  private queue: AuditEvent[] = [];
  private timer?: NodeJS.Timeout;
  private inflight = new Set<Promise<void>>();

  constructor(
    private readonly es: EngineClient,
    prefix: string,
    private readonly logger: Logger,
  ) {
    this.index = stateIndexName(prefix, 'audit');
  }

  /** Queues the event; it is written with others in one bulk request. Never throws or blocks. */
  write(event: AuditEvent): void {
    this.queue.push(event);
    if (this.queue.length >= MAX_BATCH) this.send();
    else this.timer ??= setTimeout(() => this.send(), FLUSH_MS);
  }

  private send(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const events = this.queue.splice(0);
    if (events.length === 0) return;
    const p = this.bulk(events).finally(() => this.inflight.delete(p));
    this.inflight.add(p);
  }

  private async bulk(events: AuditEvent[]): Promise<void> {
    try {
      await ensureStateIndex(this.es, this.index, MAPPING);
      const res = await this.es.bulk({ operations: events.flatMap((e) => [{ index: { _index: this.index } }, e]) });
      if (res.errors)
        res.items.forEach((item, i) => {
          if (item.index?.error) this.logger.error('audit write failed', { event: events[i], error: item.index.error });
        });
    } catch (err) {
      for (const event of events) this.logger.error('audit write failed', { event, error: err });
    }
  }

  /** Writes what is queued (tests, shutdown) and makes it searchable. */
  async flush(): Promise<void> {
    this.send();
    await Promise.all([...this.inflight]);
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
