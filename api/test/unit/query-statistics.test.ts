/** The statistics query's parser, on a hand-written response of its two requests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReadsPerImage, parseStatistics, statisticsAggregations } from '../../src/query/statistics.ts';

test('parseStatistics: counts, labelled distributions, histograms, reads per image', () => {
  const aggs = statisticsAggregations({ experience: { min: 0, max: 30 }, duration: { min: 10, max: 70 } }, 3);
  const reads = {
    readCount: { value: 120 },
    imageCount: { value: 61 },
    readerCount: { value: 14 },
    countryCount: { value: 5 },
    sampleCount: { value: 3_456_789_012 },
    readsByCountry: {
      sum_other_doc_count: 0,
      buckets: [
        { key: 'BR', doc_count: 70 },
        { key: 'DE', doc_count: 50 },
      ],
    },
    readsByContinent: {
      sum_other_doc_count: 0,
      buckets: [
        { key: 'SA', doc_count: 70 },
        { key: 'EU', doc_count: 50 },
      ],
    },
    readsByFinding: {
      sum_other_doc_count: 0,
      buckets: [
        { key: 'No finding', doc_count: 40 },
        { key: 'High lung volume / emphysema', doc_count: 9 },
      ],
    },
    readsByStrategy: {
      sum_other_doc_count: 0,
      buckets: [
        { key: 'global-then-focal', doc_count: 80 },
        { key: 'free-search', doc_count: 40 },
      ],
    },
    readsByRole: { sum_other_doc_count: 0, buckets: [{ key: 'attending', doc_count: 120 }] },
    experienceHistogram: {
      meta: (aggs.experienceHistogram as { meta: unknown }).meta,
      buckets: [
        { key: '*-10.0', to: 10, doc_count: 30 },
        { key: '10.0-20.0', from: 10, to: 20, doc_count: 60 },
        { key: '20.0-*', from: 20, doc_count: 30 },
      ],
    },
    durationHistogram: {
      meta: (aggs.durationHistogram as { meta: unknown }).meta,
      buckets: [
        { key: '*-30.0', to: 30, doc_count: 100 },
        { key: '30.0-50.0', from: 30, to: 50, doc_count: 15 },
        { key: '50.0-*', from: 50, doc_count: 5 },
      ],
    },
    missesPresent: {
      buckets: [
        { key: 'Atelectasis', doc_count: 60 },
        { key: 'Pneumothorax', doc_count: 30 },
      ],
    },
    // Keys are finding|type|certainty: two certainties of one finding and type add up.
    misses: {
      buckets: [
        { key: 'Atelectasis|SEARCH|', doc_count: 5 },
        { key: 'Atelectasis|DECISION|2', doc_count: 2 },
        { key: 'Atelectasis|SEARCH|1', doc_count: 2 },
      ],
    },
    lungCoverageByExperience: {
      buckets: [
        { key: '20+', doc_count: 10, coverage: { count: 9, min: 0.5, max: 0.9, avg: 0.7 } },
        { key: '0-4', doc_count: 40, coverage: { count: 40, min: 0.1, max: 0.6, avg: 0.3 } },
        { key: '5-9', doc_count: 3, coverage: { count: 0, min: null, max: null, avg: null } },
      ],
    },
  };
  // 61 images with ≥ 1 matching read, 41 with ≥ 2, 6 with ≥ 3, 4 and 5 → 20 × 1, 35 × 2, 6 × 5.
  const readsPerImage = parseReadsPerImage([61, 41, 6, 6, 6]);
  assert.deepEqual(parseStatistics(reads, readsPerImage), {
    readCount: 120,
    imageCount: 61,
    readerCount: 14,
    countryCount: 5,
    sampleCount: 3_456_789_012,
    readsByCountry: [
      { value: 'BR', label: 'Brazil', count: 70, suppressed: false },
      { value: 'DE', label: 'Germany', count: 50, suppressed: false },
    ],
    readsByContinent: [
      { value: 'SA', label: 'South America', count: 70, suppressed: false },
      { value: 'EU', label: 'Europe', count: 50, suppressed: false },
    ],
    readsByFinding: [
      { value: 'NO_FINDING', label: 'No finding', count: 40, suppressed: false },
      { value: 'HIGH_LUNG_VOLUME_EMPHYSEMA', label: 'High lung volume / emphysema', count: 9, suppressed: false },
    ],
    readsByStrategy: [
      { value: 'GLOBAL_THEN_FOCAL', label: 'Global then focal', count: 80, suppressed: false },
      { value: 'FREE_SEARCH', label: 'Free search', count: 40, suppressed: false },
    ],
    readsByRole: [{ value: 'ATTENDING', label: 'Attending', count: 120, suppressed: false }],
    experienceHistogram: [
      { from: 0, to: 10, count: 30, suppressed: false },
      { from: 10, to: 20, count: 60, suppressed: false },
      { from: 20, to: 30, count: 30, suppressed: false },
    ],
    durationHistogram: [
      { from: 10, to: 30, count: 100, suppressed: false },
      { from: 30, to: 50, count: 15, suppressed: false },
      { from: 50, to: 70, count: 5, suppressed: false },
    ],
    missesByFinding: [
      { finding: 'ATELECTASIS', label: 'Atelectasis', present: 60, search: 7, recognition: 0, decision: 2 },
      { finding: 'PNEUMOTHORAX', label: 'Pneumothorax', present: 30, search: 0, recognition: 0, decision: 0 },
    ],
    // Vocabulary order, bands without reads left out, a band without coverage values says so.
    lungCoverageByExperience: [
      { experienceBand: '0-4', readCount: 40, meanLungCoverage: 0.3, minLungCoverage: 0.1, maxLungCoverage: 0.6 },
      { experienceBand: '5-9', readCount: 0, meanLungCoverage: null, minLungCoverage: null, maxLungCoverage: null },
      { experienceBand: '20+', readCount: 9, meanLungCoverage: 0.7, minLungCoverage: 0.5, maxLungCoverage: 0.9 },
    ],
    readsPerImage: [
      { value: '1', label: '1', count: 20, suppressed: false },
      { value: '2', label: '2', count: 35, suppressed: false },
      { value: '5', label: '5', count: 6, suppressed: false },
    ],
  });
});

test('parseStatistics: an empty index (no bounds yet, no images request)', () => {
  const aggs = statisticsAggregations({});
  assert.equal(aggs.experienceHistogram, undefined);
  const empty = {
    readCount: { value: 0 },
    imageCount: { value: 0 },
    readerCount: { value: 0 },
    countryCount: { value: 0 },
    sampleCount: { value: 0 },
    readsByCountry: { buckets: [] },
    readsByContinent: { buckets: [] },
    readsByFinding: { buckets: [] },
    readsByStrategy: { buckets: [] },
    readsByRole: { buckets: [] },
  };
  const s = parseStatistics(empty, parseReadsPerImage([]));
  assert.equal(s.readCount, 0);
  assert.deepEqual(s.experienceHistogram, []);
  assert.deepEqual(s.readsPerImage, []);
});

test('reads per image: exactly k = at least k − at least k+1, empty counts left out', () => {
  assert.deepEqual(parseReadsPerImage([10, 10, 4]), [
    { value: '2', label: '2', count: 6, suppressed: false },
    { value: '3', label: '3', count: 4, suppressed: false },
  ]);
  assert.deepEqual(parseReadsPerImage([0, 0]), []);
});
