/**
 * Per-principal rate limits: a token bucket per principal (anonymous callers per address)
 * refilled at `perMinute`/60 tokens a second up to `burst`. An empty bucket answers 429 with
 * Retry-After (whole seconds until one token is back).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Principal } from './principal.ts';
import { principalOf } from './authenticate.ts';
import { sendError } from './respond.ts';

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    perMinute: number,
    private readonly burst: number,
    private readonly maxBuckets = 100_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token: 0 when allowed, else the milliseconds until a token is available. */
  take(key: string, now = performance.now()): number {
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: this.burst, at: now };
      if (this.buckets.size >= this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + (now - b.at) * this.perMs);
      b.at = now;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return (1 - b.tokens) / this.perMs;
  }
}

/**
 * Takes a token for the principal (anonymous callers by address); false once a 429 with
 * Retry-After has been sent.
 */
export function withinRateLimit(
  buckets: TokenBuckets,
  principal: Principal,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const key = principal.id === 'anonymous' ? `anonymous@${req.socket.remoteAddress ?? ''}` : principal.id;
  const waitMs = buckets.take(key);
  if (waitMs === 0) return true;
  res.setHeader('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))));
  sendError(req, res, 429, 'RATE_LIMITED', 'too many requests; retry after the time in Retry-After');
  return false;
}

/** The same limit as Express middleware, after authentication. */
export function rateLimit(buckets: TokenBuckets) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (withinRateLimit(buckets, principalOf(res), req, res)) next();
  };
}
