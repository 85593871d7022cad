/**
 * When the bulk load sends again what Elasticsearch answered 429 (too busy), and when it gives up.
 * A whole request is answered 429 when a circuit breaker trips or indexing pressure is too high at
 * the coordinating node; single operations when a write queue is full, indexing pressure is too
 * high on a shard, or the index has the disk flood-stage block. All of these clear by themselves
 * once the cluster catches up, so both go again after a wait that doubles each time (exponential
 * backoff, as Elasticsearch's Java bulk processor does), `retries` times at most. The client's transport
 * does not retry a 429 itself (it retries only connection errors and 502/503/504).
 *
 * The budget: waits of w, 2w, 4w … (w = retryWaitMs), at most w·(2^retries − 1) in all per
 * request — 63 s with the defaults (1 s, 6 retries). Operations still answered 429 then are
 * rejects (file, line, reason); a whole request still answered 429 ends the ingest with a
 * BulkBusyError.
 */
import { positiveInt } from '../indices/settings.ts';

export interface RetryPolicy {
  /** Tries after the first. */
  retries: number;
  /** The wait before the first of them; each next one waits twice as long. */
  retryWaitMs: number;
}

export const DEFAULT_RETRIES = 6;
export const DEFAULT_RETRY_WAIT_MS = 1_000;

/** The policy: given options first, then CHEXTHOUGHT_BULK_RETRY_WAIT_MS for the first wait. */
export function retryPolicy(given: Partial<RetryPolicy> = {}, env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  return {
    retries: given.retries ?? DEFAULT_RETRIES,
    retryWaitMs:
      given.retryWaitMs ??
      positiveInt(env.CHEXTHOUGHT_BULK_RETRY_WAIT_MS, DEFAULT_RETRY_WAIT_MS, 'CHEXTHOUGHT_BULK_RETRY_WAIT_MS'),
  };
}

/**
 * The one decision: how long to wait before sending again what was answered `status` after
 * `tries` tries, or null to give up (not a 429, or the budget is spent).
 */
export function retryWait(status: number, tries: number, policy: RetryPolicy): number | null {
  if (status !== 429 || tries > policy.retries) return null;
  return policy.retryWaitMs * 2 ** (tries - 1);
}

/** The time waited before the `tries`-th try (the sum of the waits before it). */
export function waitedMs(tries: number, policy: RetryPolicy): number {
  return policy.retryWaitMs * (2 ** (tries - 1) - 1);
}

/** How long a give-up took, for its message: "7 tries over 63 s" (tenths of a second below 10 s, ms below 1 s). */
export function triesText(tries: number, policy: RetryPolicy): string {
  const ms = waitedMs(tries, policy);
  const over = ms < 1_000 ? `${ms} ms` : ms < 10_000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms / 1_000)} s`;
  return `${tries} ${tries === 1 ? 'try' : 'tries'} over ${over}`;
}

/** Elasticsearch still answered a whole bulk request 429 when the retry budget ran out. */
export class BulkBusyError extends Error {
  constructor(reason: string, tries: number, policy: RetryPolicy) {
    super(
      `Elasticsearch is too busy to take the bulk requests: still answered 429 (${reason}) after ` +
        `${triesText(tries, policy)}; the ingest stopped and changed nothing. Try again when the cluster ` +
        `is less busy, or wait longer between tries (CHEXTHOUGHT_BULK_RETRY_WAIT_MS, now ${policy.retryWaitMs}).`,
    );
    this.name = 'BulkBusyError';
  }
}
