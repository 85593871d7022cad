/**
 * Pure parts of access control, with expected values worked out by hand: the dataset-scope
 * hook, the tier policy and the public filter rule, suppression with rounding, the token
 * bucket, access-mode resolution and durations.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { SCHEMA_PATH } from '../../src/app.ts';
import { accessMode, isLoopback } from '../../src/auth/config.ts';
import { durationMs } from '../../src/auth/duration.ts';
import { assertPublicFilter, operationAccess, requiredTier } from '../../src/auth/policy.ts';
import { TokenBuckets } from '../../src/auth/rate-limit.ts';
import { releaseCount, releaseNumericFacet, releaseTermsFacet } from '../../src/auth/suppression.ts';
import { inScope, restricted, scoped } from '../../src/query/scope.ts';

describe('dataset scope hook', () => {
  test('no scope leaves the query as it is', () => {
    const q = { term: { strategy: 'focal' } };
    assert.equal(scoped(q, null), q);
  });
  test('a scope ANDs a terms filter; match_all becomes the restriction alone', () => {
    assert.deepEqual(scoped({ term: { strategy: 'focal' } }, ['REFLACX']), {
      bool: { filter: [{ terms: { dataset: ['REFLACX'] } }], must: [{ term: { strategy: 'focal' } }] },
    });
    assert.deepEqual(scoped({ match_all: {} }, ['A', 'B']), { terms: { dataset: ['A', 'B'] } });
    assert.deepEqual(restricted({ match_all: {} }, undefined), { match_all: {} });
    assert.deepEqual(scoped({ match_all: {} }, ['r1'], 'id'), { terms: { id: ['r1'] } });
  });
  test('inScope', () => {
    assert.equal(inScope(null, undefined), true);
    assert.equal(inScope(['A'], 'A'), true);
    assert.equal(inScope(['A'], 'B'), false);
    assert.equal(inScope(['A'], undefined), false);
  });
});

describe('tier policy', () => {
  const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
  const tierOf = (q: string) => operationAccess(schema, parse(q)).tier;
  test('aggregates are public; records credentialed; audit admin', () => {
    assert.equal(requiredTier('Query', 'statistics'), 'public');
    assert.equal(requiredTier('ReadConnection', 'totalCount'), 'public');
    assert.equal(requiredTier('ReadConnection', 'edges'), 'credentialed');
    assert.equal(requiredTier('ReadConnection', 'pageInfo'), 'credentialed');
    assert.equal(requiredTier('Query', 'read'), 'credentialed');
    assert.equal(requiredTier('Query', 'auditEvents'), 'admin');
    assert.equal(requiredTier('Read', '__typename'), 'public');
  });
  test('fragments and inline fragments are walked', () => {
    assert.equal(tierOf('{ reads { totalCount facets { role { buckets { count } } } } }'), 'public');
    assert.equal(tierOf('{ ...F } fragment F on Query { reads { edges { cursor } } }'), 'credentialed');
    assert.equal(tierOf('{ ... on Query { auditEvents { time } } }'), 'admin');
  });
  test('public filters are cells', () => {
    assert.doesNotThrow(() =>
      assertPublicFilter({ countries: ['BR'], roles: ['ATTENDING'], hasClinicalContext: true }),
    );
    assert.doesNotThrow(() => assertPublicFilter({ countries: [], findings: { any: ['ATELECTASIS'] } }));
    for (const f of [
      { countries: ['BR', 'US'] },
      { not: { countries: ['BR'] } },
      { or: [{ countries: ['BR'] }] },
      { durationSec: { gte: 1 } },
      { readIds: ['x'] },
      { findings: { any: ['ATELECTASIS'], all: ['CONSOLIDATION'] } },
      { findings: { certainty: { gte: 3 } } },
    ])
      assert.throws(() => assertPublicFilter(f as never), /public tier/, JSON.stringify(f));
    assert.throws(() => assertPublicFilter(null, 'effusion'), /credentialed/);
  });
});

describe('suppression', () => {
  test('below k: null; else the nearest multiple of k', () => {
    assert.equal(releaseCount(0, 10), null);
    assert.equal(releaseCount(9, 10), null);
    assert.equal(releaseCount(10, 10), 10);
    assert.equal(releaseCount(14, 10), 10);
    assert.equal(releaseCount(15, 10), 20);
    assert.equal(releaseCount(247, 10), 250);
    assert.equal(releaseCount(7, 5), 5);
    assert.equal(releaseCount(3, null), 3);
  });
  test('any difference of released counts is a multiple of k (so never 1…k−1)', () => {
    for (let a = 10; a < 200; a++)
      for (let b = 10; b < a; b++) {
        const d = releaseCount(a, 10)! - releaseCount(b, 10)!;
        assert.equal(d % 10, 0);
      }
  });
  test('facets: buckets flagged, otherCount released, single-record values dropped', () => {
    const terms = releaseTermsFacet(
      {
        filterField: 'countries',
        otherValues: 2,
        otherCount: 4,
        buckets: [
          { value: 'BR', label: 'Brazil', count: 23, suppressed: false },
          { value: 'PT', label: 'Portugal', count: 3, suppressed: false },
        ],
      },
      10,
    );
    assert.deepEqual(
      terms.buckets.map((b) => [b.count, b.suppressed]),
      [
        [20, false],
        [null, true],
      ],
    );
    assert.equal(terms.otherCount, null);
    const numeric = releaseNumericFacet(
      {
        filterField: 'durationSec',
        count: 31,
        min: 1,
        max: 9,
        avg: 4,
        histogram: [{ from: 0, to: 1, count: 31, suppressed: false }],
      },
      10,
    );
    assert.deepEqual(numeric, {
      filterField: 'durationSec',
      count: 30,
      min: null,
      max: null,
      avg: null,
      histogram: [{ from: 0, to: 1, count: 30, suppressed: false }],
    });
  });
});

describe('token bucket', () => {
  test('a burst of 3, then one token per second at 60/minute', () => {
    const b = new TokenBuckets(60, 3);
    assert.deepEqual([b.take('p', 0), b.take('p', 0), b.take('p', 0)], [0, 0, 0]);
    assert.equal(b.take('p', 0), 1000); // empty: 1 token needs 1,000 ms at 1/s
    assert.equal(b.take('p', 500), 500); // half a token back, still short by half
    assert.equal(b.take('p', 1000), 0);
    assert.equal(b.take('other', 1000), 0, 'buckets are per principal');
  });
});

describe('mode and durations', () => {
  test('open by default on loopback; refused elsewhere unless explicit', () => {
    assert.equal(accessMode({}, '127.0.0.1'), 'open');
    assert.equal(accessMode({}, '::1'), 'open');
    assert.equal(accessMode({}, 'localhost'), 'open');
    assert.throws(() => accessMode({}, '0.0.0.0'), /CHEXTHOUGHT_ACCESS=protected/);
    assert.equal(accessMode({ CHEXTHOUGHT_ACCESS: 'open' }, '0.0.0.0'), 'open');
    assert.equal(accessMode({ CHEXTHOUGHT_ACCESS: 'protected' }, '127.0.0.1'), 'protected');
    assert.throws(() => accessMode({ CHEXTHOUGHT_ACCESS: 'closed' }, '127.0.0.1'), /open or protected/);
    assert.equal(isLoopback('10.0.0.1'), false);
  });
  test('durations', () => {
    assert.equal(durationMs('30d'), 30 * 86_400_000);
    assert.equal(durationMs('12h'), 43_200_000);
    assert.equal(durationMs('90s'), 90_000);
    assert.equal(durationMs('soon'), undefined);
  });
});
