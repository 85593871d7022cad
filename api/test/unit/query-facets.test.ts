/**
 * Facet parsing against hand-written aggregation responses shaped like Elasticsearch's (reads
 * and images), argument errors, contains and histogram helpers, and a compile → parse round trip.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { estypes } from '@elastic/elasticsearch';
import type { ReadFilter } from '../../src/generated/graphql.ts';
import { FilterError } from '../../src/query/errors.ts';
import {
  compileFacets,
  containsRegex,
  histogramEdges,
  histogramPlan,
  parseBounds,
  parseFacets,
  type FacetRequest,
  type NumericBounds,
} from '../../src/query/facets.ts';

const BOUNDS: NumericBounds = {
  duration: { min: 2, max: 122 },
  experience: { min: 0, max: 40 },
  fixationCount: { min: 0, max: 300 },
  agreement: { min: 0, max: 1 },
  difficulty: { min: 0, max: 1 },
};

test('parse: reads facets (own-field scopes, top level, contains, numeric)', () => {
  const filter: ReadFilter = { countries: ['BR'], findings: { any: ['ATELECTASIS'] } };
  const requests: FacetRequest[] = [
    { name: 'country', size: 2 },
    { name: 'finding' },
    { name: 'certainty' },
    { name: 'role' },
    { name: 'duration', buckets: 4 },
    { name: 'hedge', contains: 'poss' },
    { name: 'hedge', key: 'oneHedge', contains: 'poss', size: 1 },
  ];
  const aggs = compileFacets({ requests, filter, target: 'reads', bounds: BOUNDS });
  // Where compile put them: countries and findings excluded in their own global scopes.
  assert.deepEqual(Object.keys(aggs).sort(), [
    'facet:duration',
    'facet:duration:stats',
    'facet:hedge',
    'facet:oneHedge',
    'facet:role',
    'facet:role:distinct',
    'facets:without:countries',
    'facets:without:findings',
  ]);
  const response = {
    'facets:without:countries': {
      doc_count: 1000,
      scope: {
        doc_count: 230,
        'facet:country': {
          doc_count_error_upper_bound: 0,
          sum_other_doc_count: 50,
          buckets: [
            { key: 'BR', doc_count: 120 },
            { key: 'US', doc_count: 60 },
          ],
        },
        'facet:country:distinct': { value: 7 },
      },
    },
    'facets:without:findings': {
      doc_count: 1000,
      scope: {
        doc_count: 120,
        'facet:finding': {
          sum_other_doc_count: 0,
          buckets: [
            { key: 'Atelectasis', doc_count: 40 },
            { key: 'Enlarged cardiac silhouette', doc_count: 31 },
          ],
        },
        'facet:finding:distinct': { value: 2 },
        'facet:certainty': {
          sum_other_doc_count: 0,
          buckets: [
            { key: 4, doc_count: 70 },
            { key: 3, doc_count: 55 },
            { key: 1, doc_count: 12 },
          ],
        },
        'facet:certainty:distinct': { value: 3 },
      },
    },
    'facet:role': {
      sum_other_doc_count: 0,
      buckets: [
        { key: 'resident', doc_count: 25 },
        { key: 'attending', doc_count: 15 },
      ],
    },
    'facet:role:distinct': { value: 2 },
    'facet:duration:stats': { count: 40, min: 5.5, max: 118, avg: 41.2, sum: 1648 },
    'facet:duration': {
      meta: { min: 2, max: 122, interval: 30, buckets: 4 },
      buckets: [
        { key: '*-32.0', to: 32, doc_count: 18 },
        { key: '32.0-62.0', from: 32, to: 62, doc_count: 14 },
        { key: '62.0-92.0', from: 62, to: 92, doc_count: 5 },
        { key: '92.0-*', from: 92, doc_count: 3 },
      ],
    },
    'facet:hedge': {
      sum_other_doc_count: 0,
      buckets: [
        { key: 'possibly', doc_count: 9 },
        { key: 'possible', doc_count: 4 },
      ],
    },
    'facet:oneHedge': {
      sum_other_doc_count: 0,
      buckets: [
        { key: 'possibly', doc_count: 9 },
        { key: 'possible', doc_count: 4 },
      ],
    },
  };
  assert.deepEqual(parseFacets(requests, response), {
    country: {
      filterField: 'countries',
      buckets: [
        { value: 'BR', label: 'Brazil', count: 120, suppressed: false },
        { value: 'US', label: 'United States', count: 60, suppressed: false },
      ],
      otherValues: 5,
      otherCount: 50,
    },
    finding: {
      filterField: 'findings',
      buckets: [
        { value: 'ATELECTASIS', label: 'Atelectasis', count: 40, suppressed: false },
        { value: 'ENLARGED_CARDIAC_SILHOUETTE', label: 'Enlarged cardiac silhouette', count: 31, suppressed: false },
      ],
      otherValues: 0,
      otherCount: 0,
    },
    certainty: {
      filterField: 'findings',
      buckets: [
        { value: '4', label: 'Suspicious for / Probably', count: 70, suppressed: false },
        { value: '3', label: 'Possibly', count: 55, suppressed: false },
        { value: '1', label: 'Unlikely', count: 12, suppressed: false },
      ],
      otherValues: 0,
      otherCount: 0,
    },
    role: {
      filterField: 'roles',
      buckets: [
        { value: 'RESIDENT', label: 'Resident', count: 25, suppressed: false },
        { value: 'ATTENDING', label: 'Attending', count: 15, suppressed: false },
      ],
      otherValues: 0,
      otherCount: 0,
    },
    duration: {
      filterField: 'durationSec',
      count: 40,
      min: 5.5,
      max: 118,
      avg: 41.2,
      histogram: [
        { from: 2, to: 32, count: 18, suppressed: false },
        { from: 32, to: 62, count: 14, suppressed: false },
        { from: 62, to: 92, count: 5, suppressed: false },
        { from: 92, to: 122, count: 3, suppressed: false },
      ],
    },
    hedge: {
      filterField: 'hedges',
      buckets: [
        { value: 'possibly', label: 'possibly', count: 9, suppressed: false },
        { value: 'possible', label: 'possible', count: 4, suppressed: false },
      ],
      otherValues: 0,
      otherCount: 0,
    },
    // contains fetches every match and cuts to size: the rest is counted exactly.
    oneHedge: {
      filterField: 'hedges',
      buckets: [{ value: 'possibly', label: 'possibly', count: 9, suppressed: false }],
      otherValues: 1,
      otherCount: 4,
    },
  });
});

test('parse: images facets count images (reverse_nested), agreement on the image itself', () => {
  const filter: ReadFilter = { countries: ['BR'] };
  const requests: FacetRequest[] = [
    { name: 'country', size: 2 },
    { name: 'role' },
    { name: 'duration', buckets: 2 },
    { name: 'agreement', buckets: 2 },
  ];
  const aggs = compileFacets({ requests, filter, target: 'images', bounds: BOUNDS });
  assert.deepEqual(Object.keys(aggs).sort(), [
    'facet:agreement',
    'facet:agreement:stats',
    'facets:reads',
    'facets:without:countries',
  ]);
  const response = {
    'facets:without:countries': {
      doc_count: 500,
      scope: {
        doc_count: 300,
        'facets:reads': {
          doc_count: 900,
          matching: {
            doc_count: 700,
            'facet:country': {
              // In reads, not images: unusable for otherCount.
              sum_other_doc_count: 0,
              buckets: [
                { key: 'BR', doc_count: 200, images: { doc_count: 150 } },
                { key: 'DE', doc_count: 90, images: { doc_count: 80 } },
                { key: 'US', doc_count: 60, images: { doc_count: 55 } },
                { key: 'JP', doc_count: 10, images: { doc_count: 9 } },
              ],
            },
            'facet:country:distinct': { value: 4 },
          },
        },
      },
    },
    'facets:reads': {
      doc_count: 400,
      matching: {
        doc_count: 200,
        'facet:role': {
          sum_other_doc_count: 0,
          buckets: [
            { key: 'fellow', doc_count: 120, images: { doc_count: 100 } },
            { key: 'resident', doc_count: 80, images: { doc_count: 70 } },
          ],
        },
        'facet:role:distinct': { value: 2 },
        'facet:duration:stats': { count: 200, min: 3, max: 100, avg: 30, sum: 6000 },
        'facet:duration': {
          meta: { min: 2, max: 122, interval: 60, buckets: 2 },
          buckets: [
            { key: '*-62.0', to: 62, doc_count: 170, images: { doc_count: 140 } },
            { key: '62.0-*', from: 62, doc_count: 30, images: { doc_count: 28 } },
          ],
        },
        'facet:duration:with-value': { doc_count: 200, images: { doc_count: 150 } },
      },
    },
    'facet:agreement:stats': { count: 140, min: 0, max: 1, avg: 0.61, sum: 85.4 },
    'facet:agreement': {
      meta: { min: 0, max: 1, interval: 0.5, buckets: 2 },
      buckets: [
        { key: '*-0.5', to: 0.5, doc_count: 40 },
        { key: '0.5-*', from: 0.5, doc_count: 100 },
      ],
    },
  };
  assert.deepEqual(parseFacets(requests, response), {
    country: {
      filterField: 'countries',
      buckets: [
        { value: 'BR', label: 'Brazil', count: 150, suppressed: false },
        { value: 'DE', label: 'Germany', count: 80, suppressed: false },
      ],
      otherValues: 2,
      otherCount: 64,
    },
    role: {
      filterField: 'roles',
      buckets: [
        { value: 'FELLOW', label: 'Fellow', count: 100, suppressed: false },
        { value: 'RESIDENT', label: 'Resident', count: 70, suppressed: false },
      ],
      otherValues: 0,
      otherCount: 0,
    },
    duration: {
      filterField: 'durationSec',
      count: 150,
      min: 3,
      max: 100,
      avg: 30,
      histogram: [
        { from: 2, to: 62, count: 140, suppressed: false },
        { from: 62, to: 122, count: 28, suppressed: false },
      ],
    },
    agreement: {
      filterField: 'agreement',
      count: 140,
      min: 0,
      max: 1,
      avg: 0.61,
      histogram: [
        { from: 0, to: 0.5, count: 40, suppressed: false },
        { from: 0.5, to: 1, count: 100, suppressed: false },
      ],
    },
  });
});

test('parse: no values and no bounds → nulls and an empty histogram; unknown stored values pass through', () => {
  const requests: FacetRequest[] = [{ name: 'fixationCount' }, { name: 'finding' }];
  const aggs = compileFacets({ requests, target: 'reads', bounds: {} });
  assert.equal(aggs['facet:fixationCount'], undefined, 'no histogram without bounds');
  const response = {
    'facet:fixationCount:stats': { count: 0, min: null, max: null, avg: null, sum: 0 },
    'facet:finding': { sum_other_doc_count: 0, buckets: [{ key: 'Cardiomegaly', doc_count: 2 }] },
    'facet:finding:distinct': { value: 1 },
  };
  assert.deepEqual(parseFacets(requests, response), {
    fixationCount: { filterField: 'fixationCount', count: 0, min: null, max: null, avg: null, histogram: [] },
    finding: {
      filterField: 'findings',
      buckets: [{ value: 'Cardiomegaly', label: 'Cardiomegaly', count: 2, suppressed: false }],
      otherValues: 0,
      otherCount: 0,
    },
  });
});

test('contains: country matches code or name; no match is an empty facet', () => {
  const requests: FacetRequest[] = [
    { name: 'country', contains: 'BRA' },
    { name: 'country', key: 'none', contains: 'zzz' },
  ];
  const aggs = compileFacets({ requests, target: 'reads', bounds: {} });
  assert.deepEqual((aggs['facet:country'] as { terms: estypes.AggregationsTermsAggregation }).terms.include, ['BR']);
  const parsed = parseFacets(requests, {
    'facet:country': { sum_other_doc_count: 0, buckets: [{ key: 'BR', doc_count: 3 }] },
    'facet:none': { sum_other_doc_count: 0, buckets: [] },
  });
  assert.deepEqual(parsed.country, {
    filterField: 'countries',
    buckets: [{ value: 'BR', label: 'Brazil', count: 3, suppressed: false }],
    otherValues: 0,
    otherCount: 0,
  });
  assert.deepEqual(parsed.none, { filterField: 'countries', buckets: [], otherValues: 0, otherCount: 0 });
});

test('containsRegex: letters in both cases, everything else escaped', () => {
  assert.equal(containsRegex('Nih'), '.*[nN][iI][hH].*');
  assert.equal(containsRegex('a.b*(c)|d'), '.*[aA]\\.[bB]\\*\\([cC]\\)\\|[dD].*');
  assert.equal(containsRegex('x-ray 14'), '.*[xX]-[rR][aA][yY] 14.*');
  assert.equal(containsRegex('"#@&<>~'), '.*\\"\\#\\@\\&\\<\\>\\~.*');
});

test('histogram plan: equal widths from the cached bounds; edges tidy; one bucket when min = max', () => {
  assert.deepEqual(histogramPlan({ min: 2, max: 122 }, 4), { min: 2, max: 122, interval: 30, buckets: 4 });
  assert.deepEqual(
    histogramEdges(histogramPlan({ min: 0, max: 1 }, 10)!),
    [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
  );
  assert.deepEqual(histogramEdges(histogramPlan({ min: 0, max: 300 }, 20)!).slice(0, 4), [0, 15, 30, 45]);
  assert.deepEqual(histogramPlan({ min: 7, max: 7 }, 20), { min: 7, max: 7, interval: 0, buckets: 1 });
  assert.equal(histogramPlan({ min: null, max: null }, 20), undefined);
  assert.equal(histogramPlan(undefined, 20), undefined);
});

test('facet argument errors are FilterErrors naming the facet argument', () => {
  const bad: Array<[FacetRequest, RegExp]> = [
    [{ name: 'country', size: 0 }, /^facets\.country\.size: 0 is outside 1–500/],
    [{ name: 'country', size: 501 }, /^facets\.country\.size: 501/],
    [{ name: 'role', size: 2.5 }, /^facets\.role\.size/],
    [{ name: 'duration', buckets: 0 }, /^facets\.duration\.buckets: 0/],
    [{ name: 'duration', buckets: 201 }, /^facets\.duration\.buckets: 201/],
    [{ name: 'role', contains: 'res' }, /^facets\.role\.contains: the role facet does not take contains/],
    [{ name: 'country', contains: 'x'.repeat(101) }, /^facets\.country\.contains: longer than 100/],
    [{ name: 'agreement', size: 5 }, /^facets\.agreement: size and contains apply to terms facets only/],
    [{ name: 'country', buckets: 5 }, /^facets\.country: buckets applies to numeric facets only/],
    [{ name: 'nonsense' as never }, /^facets\.nonsense: unknown facet/],
  ];
  for (const [request, message] of bad)
    assert.throws(
      () => compileFacets({ requests: [request], target: 'reads', bounds: BOUNDS }),
      (e: unknown) => e instanceof FilterError && message.test(e.message),
      JSON.stringify(request),
    );
  // The filter is validated too.
  assert.throws(
    () => compileFacets({ requests: [], filter: { countries: ['XX'] }, target: 'reads', bounds: BOUNDS }),
    FilterError,
  );
  // Two different requests under one key are a server bug, not bad input.
  assert.throws(
    () =>
      compileFacets({ requests: [{ name: 'country' }, { name: 'country', size: 3 }], target: 'reads', bounds: BOUNDS }),
    (e: unknown) => e instanceof Error && !(e instanceof FilterError),
  );
  // The same request twice is answered once.
  assert.deepEqual(
    compileFacets({ requests: [{ name: 'country' }, { name: 'country' }], target: 'reads', bounds: BOUNDS }),
    compileFacets({ requests: [{ name: 'country' }], target: 'reads', bounds: BOUNDS }),
  );
});

/** A zero-count response with the shape Elasticsearch gives for the compiled aggs. */
function emptyResponse(aggs: Record<string, estypes.AggregationsAggregationContainer>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, agg] of Object.entries(aggs)) {
    const sub = agg.aggs ? emptyResponse(agg.aggs) : {};
    if (agg.terms) out[name] = { sum_other_doc_count: 0, buckets: [] };
    else if (agg.cardinality) out[name] = { value: 0 };
    else if (agg.stats) out[name] = { count: 0, min: null, max: null, avg: null, sum: 0 };
    else if (agg.range)
      out[name] = { meta: agg.meta, buckets: agg.range.ranges!.map(() => ({ doc_count: 0, ...sub })) };
    else out[name] = { doc_count: 0, ...sub };
  }
  return out;
}

test('round trip: parse finds every facet wherever compile put it', () => {
  const all: FacetRequest[] = [
    'country',
    'continent',
    'finding',
    'strategy',
    'certainty',
    'experienceBand',
    'role',
    'viewPosition',
    'dataset',
    'hedge',
    'duration',
    'experience',
    'fixationCount',
    'agreement',
    'difficulty',
  ].map((name) => ({ name: name as FacetRequest['name'] }));
  const filters: ReadFilter[] = [
    {},
    {
      countries: ['BR'],
      continents: ['SA'],
      findings: { any: ['ATELECTASIS'] },
      strategies: ['FOCAL'],
      experienceBands: ['5-9'],
      roles: ['FELLOW'],
    },
    {
      viewPositions: ['PA'],
      datasets: ['d'],
      hedges: ['likely'],
      durationSec: { gte: 1 },
      experienceYears: { lte: 9 },
      fixationCount: { gte: 2 },
      agreement: { gte: 0 },
      difficulty: { lte: 1 },
    },
  ];
  for (const target of ['reads', 'images'] as const)
    for (const filter of filters)
      for (const search of [undefined, 'effusion']) {
        const aggs = compileFacets({ requests: all, filter, search, target, bounds: BOUNDS });
        const parsed = parseFacets(all, emptyResponse(aggs));
        assert.deepEqual(
          Object.keys(parsed),
          all.map((r) => r.name),
          `${target} ${JSON.stringify(filter)}`,
        );
        for (const r of all) {
          const f = parsed[r.name]!;
          if ('histogram' in f) assert.equal(f.histogram.length, 20);
          else assert.deepEqual(f.buckets, []);
        }
      }
});

test('parseBounds: min/max per numeric facet, null without values', () => {
  const bounds = parseBounds({
    'bounds:duration': { count: 10, min: 1.5, max: 90, avg: 30, sum: 300 },
    'bounds:experience': { count: 5, min: 0, max: 31, avg: 9, sum: 45 },
    'bounds:fixationCount': { count: 0, min: null, max: null, avg: null, sum: 0 },
    'bounds:agreement': { count: 3, min: 0, max: 1, avg: 0.5, sum: 1.5 },
    'bounds:difficulty': { count: 3, min: 0.1, max: 0.9, avg: 0.5, sum: 1.5 },
    'bounds:lungCoverage': { count: 3, min: 0.2, max: 0.8, avg: 0.5, sum: 1.5 },
    'bounds:eyeVoiceSpan': { count: 0, min: null, max: null, avg: null, sum: 0 },
    'bounds:peerSimilarity': { count: 2, min: 0.5, max: 0.6, avg: 0.55, sum: 1.1 },
  });
  assert.deepEqual(bounds, {
    duration: { min: 1.5, max: 90 },
    experience: { min: 0, max: 31 },
    fixationCount: { min: null, max: null },
    agreement: { min: 0, max: 1 },
    difficulty: { min: 0.1, max: 0.9 },
    lungCoverage: { min: 0.2, max: 0.8 },
    eyeVoiceSpan: { min: null, max: null },
    peerSimilarity: { min: 0.5, max: 0.6 },
  });
});
