/**
 * Small-cell suppression (docs/access.md#suppression) against the real node: no count below
 * the threshold leaves the service for the public tier, every released count is a multiple of
 * it, and the differencing attacks that would recover a suppressed cell fail — subtracting the
 * released cells from a released total, and the two-query attacks that need several values,
 * `not` or ranges (refused). Expected values come from the dataset files.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProtectedFixture, type ProtectedFixture } from './access-setup.ts';
import { continentOf, enumName, matchingReads } from './expect.ts';

const K = 10;
let fx: ProtectedFixture;
before(async () => {
  fx = await startProtectedFixture('suppress', { minCell: K });
});
after(async () => {
  await fx?.close();
});

/** Every count-like number anywhere in a response. */
function counts(value: unknown, key = '', out: Array<{ key: string; n: unknown }> = []) {
  if (Array.isArray(value)) value.forEach((v) => counts(v, key, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (/count$/i.test(k) && k !== 'otherValues') out.push({ key: k, n: v });
      counts(v, k, out);
    }
  return out;
}

const OVERVIEW = `{
  dataset { readCount imageCount readerCount }
  statistics { readCount imageCount readerCount countryCount sampleCount
    readsByCountry { value count suppressed } readsByContinent { value count suppressed }
    readsByFinding { value count suppressed } readsByStrategy { value count suppressed }
    readsByRole { value count suppressed } readsPerImage { value count suppressed }
    experienceHistogram { from count suppressed } durationHistogram { from count suppressed } }
  reads { totalCount facets {
    country(size: 100) { buckets { value count suppressed } otherCount }
    finding { buckets { value count suppressed } otherCount }
    hedge { buckets { value count suppressed } otherCount }
    duration { count min max avg histogram { count suppressed } } } }
  images { totalCount facets { viewPosition { buckets { value count suppressed } } agreement { count histogram { count suppressed } } } }
  readers { totalCount }
}`;

describe('small-cell suppression (public tier)', () => {
  test('no count below the threshold leaves the service; released counts are multiples of it', async () => {
    const res = await fx.gql(OVERVIEW);
    assert.equal(res.status, 200, res.text);
    const all = counts(res.data);
    assert.ok(all.length > 50, `only ${all.length} counts`);
    const nulls = all.filter((c) => c.n === null);
    assert.ok(nulls.length > 0, 'the fixture has small cells, so some must be suppressed');
    for (const c of all)
      assert.ok(c.n === null || (typeof c.n === 'number' && c.n >= K && c.n % K === 0), `${c.key}: ${String(c.n)}`);
    // Values of single reads are not released either.
    const duration = (res.data as { reads: { facets: { duration: Record<string, unknown> } } }).reads.facets.duration;
    assert.deepEqual([duration.min, duration.max, duration.avg], [null, null, null]);
    assert.equal((res.data as { statistics: { sampleCount: unknown } }).statistics.sampleCount, null);
  });

  test('suppressed buckets say so', async () => {
    const res = await fx.gql<{
      reads: { facets: { country: { buckets: Array<{ value: string; count: number | null; suppressed: boolean }> } } };
    }>('{ reads { facets { country(size: 100) { buckets { value count suppressed } } } } }');
    const buckets = res.data!.reads.facets.country.buckets;
    const exact = new Map<string, number>();
    for (const r of fx.data.reads) {
      const c = fx.data.readers.get(r.readerId)!.country;
      exact.set(c, (exact.get(c) ?? 0) + 1);
    }
    for (const b of buckets) {
      const n = exact.get(b.value)!;
      assert.equal(b.suppressed, n < K, b.value);
      assert.equal(b.count, n < K ? null : Math.round(n / K) * K, b.value);
    }
  });

  test('a suppressed cell cannot be rebuilt as a released total minus its released cells', async () => {
    // A continent whose reads are released but hold a country below the threshold.
    const byContinent = new Map<string, Map<string, number>>();
    for (const r of fx.data.reads) {
      const c = fx.data.readers.get(r.readerId)!.country;
      const m = byContinent.get(continentOf(c)) ?? new Map<string, number>();
      m.set(c, (m.get(c) ?? 0) + 1);
      byContinent.set(continentOf(c), m);
    }
    const target = [...byContinent].find(
      ([, m]) => [...m.values()].reduce((a, b) => a + b, 0) >= K && [...m.values()].some((n) => n < K),
    );
    assert.ok(target, 'fixture: a continent with a small country');
    const [continent, countries] = target;
    const [small, smallN] = [...countries].find(([, n]) => n < K)!;
    const filter = { continents: [continent] };
    const total = await fx.gql<{ reads: { totalCount: number } }>(
      'query($f: ReadFilter) { reads(filter: $f) { totalCount } }',
      { f: filter },
    );
    const facet = await fx.gql<{
      reads: {
        facets: { country: { buckets: Array<{ value: string; count: number | null }>; otherCount: number | null } };
      };
    }>(
      'query($f: ReadFilter) { reads(filter: $f) { facets { country(size: 100) { buckets { value count } otherCount } } } }',
      { f: filter },
    );
    const t = total.data!.reads.totalCount;
    const buckets = facet.data!.reads.facets.country.buckets;
    assert.equal(buckets.find((b) => b.value === small)!.count, null);
    const released = buckets.filter((b) => b.value !== small && b.count !== null).reduce((n, b) => n + b.count!, 0);
    const estimate = t - released;
    // The attacker's estimate is a multiple of K: never the true count, which is 1…K−1.
    assert.notEqual(estimate, smallN);
    assert.equal(estimate % K, 0);
    // With exact counts (a credentialed caller) the same subtraction would have worked.
    const exact = matchingReads(fx.data, { continents: [continent] }).length;
    const others = [...countries].filter(([c]) => c !== small).reduce((n, [, v]) => n + v, 0);
    assert.equal(exact - others, smallN);
  });

  test('two-query differencing needs unions, complements or ranges: all refused for the public tier', async () => {
    const country = fx.data.readers.values().next().value!.country;
    const attacks = [
      { not: { countries: [country] } },
      { countries: [country, 'US'] },
      { or: [{ countries: [country] }, { roles: ['ATTENDING'] }] },
      { and: [{ roles: ['ATTENDING'] }] },
      { durationSec: { lte: 30 } },
      { experienceYears: { gte: 5 } },
      { readIds: ['x'] },
      { findings: { any: ['ATELECTASIS', 'CONSOLIDATION'] } },
      { findings: { certainty: { gte: 4 } } },
    ];
    for (const f of attacks) {
      const res = await fx.gql('query($f: ReadFilter) { reads(filter: $f) { totalCount } }', { f });
      assert.equal(res.status, 403, res.text);
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${JSON.stringify(f)}: ${res.text}`);
    }
    const search = await fx.gql('{ statistics(search: "effusion") { readCount } }');
    assert.equal(search.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    // One value per field is a cell and is answered.
    const cell = await fx.gql('query($f: ReadFilter) { reads(filter: $f) { totalCount } }', {
      f: { countries: [country], roles: [enumName('attending')] },
    });
    assert.equal(cell.errors, undefined, cell.text);
  });

  test('credentialed callers get exact counts', async () => {
    const res = await fx.gql<{
      reads: { totalCount: number; facets: { country: { buckets: Array<{ count: number; suppressed: boolean }> } } };
    }>(
      '{ reads { totalCount facets { country(size: 100) { buckets { count suppressed } } } } }',
      undefined,
      fx.bearer(fx.keys.credentialed),
    );
    assert.equal(res.data!.reads.totalCount, fx.data.reads.length);
    assert.ok(res.data!.reads.facets.country.buckets.every((b) => !b.suppressed && b.count > 0));
    assert.ok(res.data!.reads.facets.country.buckets.some((b) => b.count < K));
  });
});
