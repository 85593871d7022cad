import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BulkBusyError,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_WAIT_MS,
  retryPolicy,
  retryWait,
  triesText,
  waitedMs,
} from '../../src/ingest/bulk-retry.ts';

const policy = { retries: 3, retryWaitMs: 100 };

describe('retryWait: send again or give up', () => {
  test('a 429 goes again after waits doubling from retryWaitMs, `retries` times, then gives up', () => {
    assert.equal(retryWait(429, 1, policy), 100);
    assert.equal(retryWait(429, 2, policy), 200);
    assert.equal(retryWait(429, 3, policy), 400);
    assert.equal(retryWait(429, 4, policy), null);
    assert.equal(retryWait(429, 1, { retries: 0, retryWaitMs: 100 }), null, 'no retries: the first answer stands');
  });

  test('any other status is final at once', () => {
    for (const status of [200, 201, 400, 404, 409, 413, 500, 503]) assert.equal(retryWait(status, 1, policy), null);
  });

  test('the time waited before a try is the sum of the waits before it', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((t) => waitedMs(t, policy)),
      [0, 100, 300, 700],
    );
    for (let tries = 1; tries <= 8; tries++) {
      const p = { retries: 7, retryWaitMs: 37 };
      let sum = 0;
      for (let t = 1; t < tries; t++) sum += retryWait(429, t, p)!;
      assert.equal(waitedMs(tries, p), sum);
    }
  });

  test('the default budget: 6 more tries, at most 63 s of waiting per request', () => {
    const p = retryPolicy({}, {});
    assert.deepEqual(p, { retries: DEFAULT_RETRIES, retryWaitMs: DEFAULT_RETRY_WAIT_MS });
    assert.equal(waitedMs(p.retries + 1, p), 63_000);
    assert.equal(triesText(p.retries + 1, p), '7 tries over 63 s');
  });
});

describe('retryPolicy', () => {
  test('CHEXTHOUGHT_BULK_RETRY_WAIT_MS sets the first wait; options win over it', () => {
    assert.equal(retryPolicy({}, { CHEXTHOUGHT_BULK_RETRY_WAIT_MS: '50' }).retryWaitMs, 50);
    assert.equal(retryPolicy({ retryWaitMs: 7 }, { CHEXTHOUGHT_BULK_RETRY_WAIT_MS: '50' }).retryWaitMs, 7);
    assert.equal(retryPolicy({ retries: 2 }, {}).retries, 2);
  });

  test('a bad CHEXTHOUGHT_BULK_RETRY_WAIT_MS is a clear error', () => {
    for (const bad of ['soon', '-1', '1.5'])
      assert.throws(
        () => retryPolicy({}, { CHEXTHOUGHT_BULK_RETRY_WAIT_MS: bad }),
        new Error(`CHEXTHOUGHT_BULK_RETRY_WAIT_MS must be a whole number ≥ 0 (got "${bad}")`),
      );
  });
});

describe('give-up messages', () => {
  test('triesText', () => {
    assert.equal(triesText(1, policy), '1 try over 0 ms');
    assert.equal(triesText(3, { retries: 2, retryWaitMs: 50 }), '3 tries over 150 ms');
    assert.equal(triesText(7, { retries: 6, retryWaitMs: 50 }), '7 tries over 3.2 s'); // 3150 ms
    assert.equal(triesText(5, { retries: 6, retryWaitMs: 1_000 }), '5 tries over 15 s');
  });

  test('BulkBusyError is one line naming the answer, the tries and the setting', () => {
    const err = new BulkBusyError('circuit_breaking_exception: [inflight_requests] Data too large', 4, policy);
    assert.equal(err.name, 'BulkBusyError');
    assert.equal(
      err.message,
      'Elasticsearch is too busy to take the bulk requests: still answered 429 (circuit_breaking_exception: ' +
        '[inflight_requests] Data too large) after 4 tries over 700 ms; the ingest stopped and changed nothing. ' +
        'Try again when the cluster is less busy, or wait longer between tries (CHEXTHOUGHT_BULK_RETRY_WAIT_MS, now 100).',
    );
  });
});
