/**
 * totalCount and every facet count of the reads and images connections equal counts computed
 * from the dataset files, for single facets, multi-select, and/or/not and full-text search.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixture, type Fixture } from './setup.ts';
import {
  enumName,
  expectedFacet,
  matchingImages,
  matchingReads,
  FACET_VALUES,
  type Filter,
  type GazeRange,
} from './expect.ts';
import { expectedGaze } from './expect-gaze.ts';

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

  test('agreement, difficulty and fixation-count ranges (evaluated from the files)', async () => {
    const cases: [string, Filter][] = [
      ['agreement ≥ 0.5', { agreement: { gte: 0.5 } }],
      ['agreement < 1 and difficulty ≥ 0.3', { agreement: { lte: 0.999 }, difficulty: { gte: 0.3 } }],
      ['fixation count 60–120', { fixationCount: { gte: 60, lte: 120 } }],
      ['few fixations', { fixationCount: { lte: 50 } }],
      ['hard cases', { difficulty: { gte: 0.5 } }],
      ['few fixations or hard cases', { or: [{ fixationCount: { lte: 50 } }, { difficulty: { gte: 0.5 } }] }],
    ];
    for (const [name, filter] of cases) {
      const n = (await check(name, filter)).data!.reads.totalCount;
      // A range that selects all or nothing would check nothing.
      assert.ok(n > 0 && n < fx.data.reads.length, `${name}: selects ${n} of ${fx.data.reads.length} reads`);
    }
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

  test('numeric facets: count, min, max and every histogram bucket agree with the files', async () => {
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
    // Bucket by bucket: [from, to), the first and last open-ended (the global bounds span them).
    dur.histogram.forEach((b, i) => {
      const first = i === 0;
      const last = i === dur.histogram.length - 1;
      const n = durations.filter((v) => (first || v >= b.from) && (last || v < b.to)).length;
      assert.equal(b.count, n, `duration bucket ${i} [${b.from}, ${b.to})`);
    });
    assert.ok(Math.abs(dur.min - Math.min(...durations)) < 1e-3 && Math.abs(dur.max - Math.max(...durations)) < 1e-3);
  });
});

// ---------------------------------------------------------------------------------------------
// Reading-process metrics: the ingest's stored values, and missTypes / gaze ranges / gaze facets,
// against the metric functions run on the files (expect-gaze.ts).

const GAZE_FIELDS = [
  'lungCoverage',
  'meanFixationMs',
  'meanSaccadeDeg',
  'ttffLungSec',
  'eyeVoiceSpanSec',
  'peerSimilarity',
  'peerAoiSimilarity',
] as const satisfies readonly GazeRange[];

/** Values of one gaze metric over the reads with one, sorted. */
function gazeValues(field: GazeRange): number[] {
  return [...expectedGaze(fx.data).values()]
    .flatMap((g) => (g?.[field] == null ? [] : [g[field]!]))
    .sort((a, b) => a - b);
}
const quantile = (values: number[], q: number) => values[Math.floor(q * (values.length - 1))]!;

/** The finding missed by the most reads (any type), as an enum name. */
function mostMissed(): string {
  const counts = new Map<string, number>();
  for (const g of expectedGaze(fx.data).values())
    for (const e of g?.findingGaze ?? []) if (e.missType) counts.set(e.finding, (counts.get(e.finding) ?? 0) + 1);
  return enumName([...counts].sort((a, b) => b[1] - a[1])[0]![0]);
}

describe('gaze metrics: stored values, missTypes, gaze ranges and facets equal the files', () => {
  test('every read stores the metrics the functions compute from the files', async () => {
    const res = await fx.gql<{
      reads: {
        edges: Array<{
          node: {
            id: string;
            synthetic: boolean;
            gaze: (Record<string, number | null> & { synthetic: boolean }) | null;
            peerSimilarity: { multimatch: number | null; aoiLevenshtein: number | null } | null;
            findingGaze: Array<{
              finding: string;
              missType: string | null;
              dwellSec: number;
              eyeVoiceSpanSec: number | null;
            }>;
          };
        }>;
      };
    }>(`{ reads(first: 500) { edges { node { id synthetic
          gaze { synthetic lungCoverage meanFixationMs meanSaccadeDeg ttffLungSec eyeVoiceSpanSec }
          peerSimilarity { multimatch aoiLevenshtein }
          findingGaze { finding missType dwellSec eyeVoiceSpanSec } } } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const expected = expectedGaze(fx.data);
    const nodes = res.data!.reads.edges.map((e) => e.node);
    assert.equal(nodes.length, fx.data.reads.length);
    let withGaze = 0;
    for (const n of nodes) {
      const e = expected.get(n.id)!;
      if (!e) {
        assert.equal(n.gaze, null, `${n.id}: no track, no gaze`);
        continue;
      }
      withGaze++;
      assert.equal(n.gaze!.synthetic, n.synthetic, `${n.id}: gaze says whether its gaze is synthetic`);
      for (const k of ['lungCoverage', 'meanFixationMs', 'meanSaccadeDeg', 'ttffLungSec', 'eyeVoiceSpanSec'] as const)
        assert.equal(n.gaze![k], e[k], `${n.id}: gaze.${k}`);
      assert.equal(n.peerSimilarity?.multimatch ?? null, e.peerSimilarity, `${n.id}: peer MultiMatch`);
      assert.equal(n.peerSimilarity?.aoiLevenshtein ?? null, e.peerAoiSimilarity, `${n.id}: peer AOI`);
      assert.deepEqual(
        n.findingGaze.map((f) => [f.finding, f.missType, f.dwellSec, f.eyeVoiceSpanSec]),
        e.findingGaze.map((f) => [enumName(f.finding), f.missType, f.dwellSec, f.eyeVoiceSpanSec]),
        `${n.id}: findingGaze`,
      );
    }
    assert.ok(withGaze > 0.9 * nodes.length, `most fixture reads have a track (${withGaze})`);
  });

  test('the fixture has misses of every type (the tests below select something)', () => {
    for (const t of ['SEARCH', 'RECOGNITION', 'DECISION'])
      assert.ok(matchingReads(fx.data, { missTypes: [t] }).length > 0, `${t} misses in the fixture`);
  });

  test('missTypes alone and with findings (a miss of that finding, in one entry)', async () => {
    await check('search misses', { missTypes: ['SEARCH'] });
    await check('recognition or decision misses', { missTypes: ['RECOGNITION', 'DECISION'] });
    const missed = mostMissed();
    const res = await check('misses of the most missed finding', {
      missTypes: ['SEARCH', 'RECOGNITION', 'DECISION'],
      findings: { any: [missed] },
    });
    assert.ok(res.data!.reads.totalCount > 0);
    await check('misses of findings (all) + country', {
      missTypes: ['SEARCH'],
      findings: { all: [missed] },
      countries: topValues('country', 5),
    });
    await check('findings without missTypes: reported, missType facet counts misses of them', {
      findings: { any: [missed] },
    });
  });

  test('gaze ranges, alone, combined, and inclusive at a stored value', async () => {
    for (const field of GAZE_FIELDS) {
      const values = gazeValues(field);
      assert.ok(values.length > 0, `${field} has values`);
      await check(`gaze.${field} ≥ median`, { gaze: { [field]: { gte: quantile(values, 0.5) } } });
      await check(`gaze.${field} in the middle half`, {
        gaze: { [field]: { gte: quantile(values, 0.25), lte: quantile(values, 0.75) } },
      });
    }
    await check('coverage + ttff + country', {
      gaze: { lungCoverage: { gte: quantile(gazeValues('lungCoverage'), 0.3) }, ttffLungSec: { lte: 2 } },
      roles: topValues('role', 2),
    });
    await check('low peer similarity and a miss', {
      gaze: { peerSimilarity: { lte: quantile(gazeValues('peerSimilarity'), 0.5) } },
      missTypes: ['SEARCH', 'RECOGNITION'],
    });
  });

  test('numeric gaze facets: count, min, max and every histogram bucket, reads and images', async () => {
    const filter: Filter = {
      countries: topValues('country', 6),
      gaze: { lungCoverage: { gte: quantile(gazeValues('lungCoverage'), 0.2) } },
    };
    const facets = { lungCoverage: 'lungCoverage', eyeVoiceSpan: 'eyeVoiceSpanSec', peerSimilarity: 'peerSimilarity' };
    const sel = Object.keys(facets)
      .map((f) => `${f}(buckets: 7) { filterField count min max histogram { from to count } }`)
      .join(' ');
    type Numeric = {
      filterField: string;
      count: number;
      min: number | null;
      max: number | null;
      histogram: Array<{ from: number; to: number; count: number }>;
    };
    const res = await fx.gql<Record<'reads' | 'images', { facets: Record<string, Numeric> }>>(
      `query($f: ReadFilter) { reads(filter: $f, first: 0) { facets { ${sel} } } images(filter: $f, first: 0) { facets { ${sel} } } }`,
      { f: filter },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const gaze = expectedGaze(fx.data);
    for (const [facet, field] of Object.entries(facets) as Array<[string, GazeRange]>) {
      // Multi-select: the facet leaves out its own range only.
      const own = { ...filter, gaze: Object.fromEntries(Object.entries(filter.gaze!).filter(([k]) => k !== field)) };
      const reads = matchingReads(fx.data, own).filter((r) => gaze.get(r.id)?.[field] != null);
      const value = (id: string) => gaze.get(id)![field]!;
      for (const target of ['reads', 'images'] as const) {
        const got = res.data![target].facets[facet]!;
        assert.equal(got.filterField, `gaze.${field}`);
        const ids = target === 'reads' ? reads.map((r) => r.id) : [...new Set(reads.map((r) => r.imageId))];
        assert.equal(got.count, ids.length, `${target} ${facet}: count`);
        const all = reads.map((r) => value(r.id));
        assert.equal(got.min, Math.min(...all), `${target} ${facet}: min`);
        assert.equal(got.max, Math.max(...all), `${target} ${facet}: max`);
        got.histogram.forEach((b, i) => {
          const last = i === got.histogram.length - 1;
          const first = i === 0;
          const inBucket = (v: number) => (first || v >= b.from) && (last || v < b.to);
          const hits = reads.filter((r) => inBucket(value(r.id)));
          const n = target === 'reads' ? hits.length : new Set(hits.map((r) => r.imageId)).size;
          assert.equal(b.count, n, `${target} ${facet}: bucket ${i} [${b.from}, ${b.to})`);
        });
      }
    }
  });

  test('sorting by a gaze metric orders the reads as the files do (missing values last)', async () => {
    const res = await fx.gql<{ reads: { edges: Array<{ node: { id: string } }> } }>(
      `{ reads(first: 500, sort: [{ field: LUNG_COVERAGE, direction: DESC }]) { edges { node { id } } } }`,
    );
    const gaze = expectedGaze(fx.data);
    const ids = res.data!.reads.edges.map((e) => e.node.id);
    const expected = [...fx.data.reads]
      .map((r) => ({ id: r.id, v: gaze.get(r.id)?.lungCoverage ?? null }))
      .sort((a, b) => (a.v == null ? 1 : b.v == null ? -1 : b.v - a.v) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.id);
    assert.deepEqual(ids, expected);
  });

  test('statistics: misses by finding count the reads of each miss type', async () => {
    const res = await fx.gql<{
      statistics: {
        missesByFinding: Array<{
          finding: string;
          present: number;
          search: number;
          recognition: number;
          decision: number;
        }>;
      };
    }>(`{ statistics { missesByFinding { finding present search recognition decision } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const expected = new Map<string, { present: number; search: number; recognition: number; decision: number }>();
    for (const g of expectedGaze(fx.data).values())
      for (const e of g?.findingGaze ?? []) {
        if (!e.present) continue;
        const c = expected.get(enumName(e.finding)) ?? { present: 0, search: 0, recognition: 0, decision: 0 };
        c.present++;
        if (e.missType) c[e.missType.toLowerCase() as 'search' | 'recognition' | 'decision']++;
        expected.set(enumName(e.finding), c);
      }
    assert.deepEqual(new Map(res.data!.statistics.missesByFinding.map(({ finding, ...c }) => [finding, c])), expected);
  });
});
