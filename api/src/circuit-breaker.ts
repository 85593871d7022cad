/**
 * Fail fast while the search engine is down (the circuit-breaker pattern: Nygard, "Release It!",
 * 2007). After `threshold` consecutive requests failed for unavailability (after the client's
 * own retries), the breaker opens: requests are refused at once, as SERVICE_UNAVAILABLE, instead
 * of each holding its caller for the full timeout. Every `probeIntervalMs` one request is let
 * through as a probe; the first that gets an answer closes the breaker again, so the service
 * recovers by itself.
 */
import { engineErrors, type RequestGate } from '@chexthought/search-index';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** A request the open breaker refused; a ConnectionError, so it maps to SERVICE_UNAVAILABLE. */
export class CircuitOpenError extends engineErrors.ConnectionError {
  constructor() {
    super('the search engine is unavailable (circuit open after repeated failures)');
    this.name = 'CircuitOpenError';
  }
}

export interface BreakerOptions {
  /** True for failures meaning "the engine cannot be reached" (not a bad query). */
  isFailure: (err: unknown) => boolean;
  threshold?: number;
  probeIntervalMs?: number;
  now?: () => number;
  onChange?: (state: BreakerState) => void;
}

export class CircuitBreaker implements RequestGate {
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private current: BreakerState = 'closed';
  private readonly threshold: number;
  private readonly probeIntervalMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: BreakerOptions) {
    this.threshold = opts.threshold ?? 3;
    this.probeIntervalMs = opts.probeIntervalMs ?? 1_000;
    this.now = opts.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.current;
  }

  before(): void {
    if (this.current === 'closed') return;
    if (!this.probing && this.now() - this.openedAt >= this.probeIntervalMs) {
      this.probing = true;
      this.set('half-open');
      return;
    }
    throw new CircuitOpenError();
  }

  after(error?: unknown): void {
    if (error instanceof CircuitOpenError) return;
    if (error !== undefined && this.opts.isFailure(error)) {
      this.failures++;
      if (this.probing || this.failures >= this.threshold) this.open();
      return;
    }
    // Any answer, even an error about the request itself, shows the engine is there.
    this.failures = 0;
    this.probing = false;
    this.set('closed');
  }

  private open(): void {
    this.openedAt = this.now();
    this.probing = false;
    this.set('open');
  }

  private set(state: BreakerState): void {
    if (state === this.current) return;
    this.current = state;
    this.opts.onChange?.(state);
  }
}
