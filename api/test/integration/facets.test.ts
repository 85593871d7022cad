/**
 * totalCount and every facet count of the reads and images connections equal counts computed
 * from the dataset files, for single facets, multi-select, and/or/not and full-text search.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixture, type Fixture } from './setup.ts';
import { enumName, expectedFacet, matchingImages, matchingReads, FACET_VALUES, type Filter } from './expect.ts';

let fx: Fixture;
before(async () => {
  fx = await startFixture('facets');
});
after(async () => {
  await fx?.close();
});

const TERMS = Object.keys(FACET_VALUES);
const facetSelection = TERMS.map(
  (f) => `${f}(size: 200) { filterField otherCount otherValues buckets { value label count } }`,
).join('\n');
const QUERY = `
  query Facets($filter: ReadFilter, $search: String) {
    reads(filter: $filter, search: $search, first: 0) { totalCount facets { ${facetSelection} } }
    images(filter: $filter, search: $search, first: 0) { totalCount facets { ${facetSelection} } }
  }`;

interface Bucket {
  value: string;
  count: number;
}
interface ConnectionResult {
  totalCount: number;
  facets: Record<string, { buckets: Bucket[]; otherCount: number; otherValues: number }>;
}

/** The most frequent values of a facet in the files (to build filters that select something). */
function topValues(facet: string, n: number): string[] {
  return [...expectedFacet(fx.data, facet, 'reads')]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([v]) => v);
}

async function check(name: string, filter: Filter | undefined, search?: { text: string; pattern: RegExp }) {
  const res = await fx.gql<{ reads: ConnectionResult; images: ConnectionResult }>(QUERY, {
    filter,
    search: search?.text,
  });
  assert.equal(res.errors, undefined, `${name}: ${JSON.stringify(res.errors)}`);
  const d = fx.data;
  assert.equal(
    res.data!.reads.totalCount,
    matchingReads(d, filter, search?.pattern).length,
    `${name}: reads totalCount`,
  );
  assert.equal(
    res.data!.images.totalCount,
    matchingImages(d, filter, search?.pattern).size,
    `${name}: images totalCount`,
  );
  for (const target of ['reads', 'images'] as const)
    for (const facet of TERMS) {
      const got = res.data![target].facets[facet]!;
      const expected = expectedFacet(d, facet, target, filter, search?.pattern);
      const actual = new Map(got.buckets.map((b) => [b.value, b.count]));
      assert.deepEqual(
        [...actual].sort(),
        [...expected].sort(),
        `${name}: ${target} facet ${facet} (filter ${JSON.stringify(filter)}${search ? `, search ${search.text}` : ''})`,
      );
      assert.equal(got.otherCount, 0, `${name}: ${target} facet ${facet} has nothing beyond size 200`);
      // Buckets come most frequent first.
      for (let i = 1; i < got.buckets.length; i++)
        assert.ok(got.buckets[i - 1]!.count >= got.buckets[i]!.count, `${name}: ${facet} order`);
    }
  return res;
}

describe('facet counts and totalCount equal counts from the files', () => {
  test('no filter', async () => {
    const res = await check('no filter', undefined);
    assert.equal(res.data!.reads.totalCount, fx.data.reads.length);
    assert.equal(res.data!.images.totalCount, new Set(fx.data.reads.map((r) => r.imageId)).size);
    // One search per connection with every facet in it; sibling connections share one msearch.
    assert.ok(res.esRequests >= 1 && res.esRequests <= 2, `ES requests: ${res.esRequests}`);
  });

  test('single facet value (country)', async () => {
    await check('one country', { countries: topValues('country', 1) });
  });

  test('multi-select within a facet keeps the siblings counted (countries, findings)', async () => {
    const countries = topValues('country', 3);
    const res = await check('three countries', { countries });
    // Multi-select: the country facet ignores the country filter, so it lists other countries too.
    assert.ok(res.data!.reads.facets.country!.buckets.length > 3);
    await check('two findings (any)', { findings: { any: topValues('finding', 2) } });
  });

  test('findings: all, and certainty ranges', async () => {
    const [a, b] = topValues('finding', 2);
    await check('findings all', { findings: { all: [a!, b!] } });
    await check('finding with certainty ≥ 4', { findings: { any: [a!], certainty: { gte: 4 } } });
    await check('any finding with certainty ≤ 2', { findings: { certainty: { lte: 2 } } });
  });

  test('several facets combined (AND across fields)', async () => {
    await check('strategy + role + band', {
      strategies: topValues('strategy', 2),
      roles: topValues('role', 1),
      experienceBands: topValues('experienceBand', 2),
    });
    await check('view + dataset + clinical context', {
      viewPositions: ['PA'],
      datasets: topValues('dataset', 1),
      hasClinicalContext: true,
    });
    await check('hedges + duration', { hedges: topValues('hedge', 2), durationSec: { gte: 20, lte: 120 } });
  });

  test('and / or / not', async () => {
    const [c1] = topValues('country', 1);
    const [f1] = topValues('finding', 1);
    await check('or', { or: [{ countries: [c1!] }, { findings: { any: [f1!] } }] });
    await check('not', { not: { continents: ['EU'] } });
    await check('and + not + field', {
      and: [{ experienceBands: ['10-19', '20+'] }, { not: { roles: ['RESIDENT'] } }],
      viewPositions: ['PA', 'AP'],
    });
  });

  test('full-text search, alone and with a filter', async () => {
    // Words whose English stem is the word itself, so a whole-word match in the files is exact.
    const pneumothorax = { text: 'pneumothorax', pattern: /\bpneumothorax\b/i };
    const res = await check('search pneumothorax', undefined, pneumothorax);
    assert.ok(res.data!.reads.totalCount > 0, 'the word occurs in the fixture');
    await check(
      'search lingula + country',
      { countries: topValues('country', 5) },
      { text: 'lingula', pattern: /\blingula\b/i },
    );
    await check('two words (AND)', undefined, {
      text: 'meniscus pleural',
      pattern: /(?=[\s\S]*\bmeniscus\b)(?=[\s\S]*\bpleural\b)/i,
    });
  });

  test('highlights mark the searched word, for reads and for images (from their best read)', async () => {
    const res = await fx.gql<
      Record<'reads' | 'images', { edges: Array<{ highlights: Array<{ field: string; fragments: string[] }> }> }>
    >(
      `{ reads(search: "pneumothorax", first: 20) { edges { highlights { field fragments } } }
         images(search: "pneumothorax", first: 20) { edges { highlights { field fragments } } } }`,
    );
    assert.equal(res.errors, undefined, res.text.slice(0, 300));
    for (const target of ['reads', 'images'] as const) {
      assert.ok(res.data![target].edges.length > 0);
      for (const e of res.data![target].edges) {
        const fragments = e.highlights.flatMap((h) => h.fragments);
        assert.ok(
          fragments.some((f) => /<mark>pneumothorax<\/mark>/i.test(f)),
          `${target}: ${JSON.stringify(e.highlights)}`,
        );
        for (const h of e.highlights) assert.ok(['reasoning', 'impression', 'clinicalContext'].includes(h.field));
      }
    }
    assert.ok(res.esRequests <= 3, `x-es-requests ${res.esRequests}`);
  });

  test("facet labels, filterField and enum values are the schema's", async () => {
    const res = await fx.gql<{
      reads: ConnectionResult & {
        facets: Record<string, { filterField: string; buckets: Array<Bucket & { label: string }> }>;
      };
    }>(QUERY, {});
    const f = res.data!.reads.facets;
    assert.equal(f.country!.filterField, 'countries');
    assert.equal(f.certainty!.filterField, 'findings');
    const finding = f.finding!.buckets[0]!;
    assert.equal(finding.value, enumName(finding.label));
    // The value of a bucket is what the filter takes: filtering by it counts the bucket.
    const res2 = await fx.gql<{ reads: { totalCount: number } }>(
      `query($f: ReadFilter) { reads(filter: $f) { totalCount } }`,
      {
        f: { findings: { any: [finding.value] } },
      },
    );
    assert.equal(res2.data!.reads.totalCount, finding.count);
  });

  test('numeric facets: counts and histogram totals agree with the files', async () => {
    const filter: Filter = { countries: topValues('country', 4) };
    const res = await fx.gql<{
      reads: {
        totalCount: number;
        facets: {
          duration: {
            count: number;
            min: number;
            max: number;
            histogram: Array<{ from: number; to: number; count: number }>;
          };
        };
      };
    }>(
      `query($f: ReadFilter) { reads(filter: $f, first: 0) { totalCount facets { duration(buckets: 10) { count min max histogram { from to count } } } } }`,
      { f: filter },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const reads = matchingReads(fx.data, filter);
    const durations = reads.map((r) => r.durationSec);
    const dur = res.data!.reads.facets.duration;
    assert.equal(dur.count, reads.length);
    assert.equal(dur.histogram.length, 10);
    assert.equal(
      dur.histogram.reduce((n, b) => n + b.count, 0),
      reads.length,
    );
    assert.ok(Math.abs(dur.min - Math.min(...durations)) < 1e-3 && Math.abs(dur.max - Math.max(...durations)) < 1e-3);
  });
});
