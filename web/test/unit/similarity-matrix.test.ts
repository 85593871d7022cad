import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  meanSimilarity,
  orderBySimilarity,
  pairValue,
  similarityLookup,
  type PairScores,
} from '../../src/lib/similarity-matrix';

const mm = (v: number) => ({ vector: v, direction: v / 2, length: v, position: v, duration: v });
const pair = (readA: string, readB: string, v: number | null, aoi: number): PairScores => ({
  readA,
  readB,
  multimatch: v === null ? null : mm(v),
  aoiLevenshtein: aoi,
});

test('a pair value per dimension; no MultiMatch means no value (AOI always has one)', () => {
  const p = pair('a', 'b', 0.8, 0.25);
  assert.equal(pairValue(p, 'vector'), 0.8);
  assert.equal(pairValue(p, 'direction'), 0.4);
  assert.equal(pairValue(p, 'aoi'), 0.25);
  assert.equal(pairValue(pair('a', 'b', null, 0.5), 'position'), null);
  assert.equal(pairValue(pair('a', 'b', null, 0.5), 'aoi'), 0.5);
});

test('the lookup is symmetric and unknown pairs are null', () => {
  const value = similarityLookup([pair('a', 'b', 0.8, 0.25)], 'vector');
  assert.equal(value('a', 'b'), 0.8);
  assert.equal(value('b', 'a'), 0.8);
  assert.equal(value('a', 'c'), null);
});

test('mean similarity skips the reader itself and unscored pairs', () => {
  const pairs = [pair('a', 'b', 0.9, 0), pair('a', 'c', 0.3, 0), pair('a', 'd', null, 0)];
  const value = similarityLookup(pairs, 'vector');
  assert.equal(meanSimilarity('a', ['a', 'b', 'c', 'd'], value), (0.9 + 0.3) / 2);
  assert.equal(meanSimilarity('d', ['a', 'd'], value), null);
});

test('seriation: most typical reader first, then each one’s nearest unplaced neighbour', () => {
  // Vector scores of four readers; means (hand-computed):
  //   a: (0.2 + 0.9 + 0.4) / 3 = 0.5     b: (0.2 + 0.3 + 0.8) / 3 = 0.433
  //   c: (0.9 + 0.3 + 0.5) / 3 = 0.567   d: (0.4 + 0.8 + 0.5) / 3 = 0.567 (tie with c: c comes first)
  // Start c; nearest to c among a, b, d is a (0.9); nearest to a among b, d is d (0.4); then b.
  const pairs = [
    pair('a', 'b', 0.2, 0),
    pair('a', 'c', 0.9, 0),
    pair('a', 'd', 0.4, 0),
    pair('b', 'c', 0.3, 0),
    pair('b', 'd', 0.8, 0),
    pair('c', 'd', 0.5, 0),
  ];
  assert.deepEqual(orderBySimilarity(['a', 'b', 'c', 'd'], pairs, 'vector'), ['c', 'a', 'd', 'b']);
  // Another dimension orders by its own values: AOI all equal → input order kept.
  assert.deepEqual(orderBySimilarity(['a', 'b', 'c', 'd'], pairs, 'aoi'), ['a', 'b', 'c', 'd']);
});

test('seriation: unscored pairs rank last; two readers keep their order', () => {
  const pairs = [pair('a', 'b', null, 0), pair('a', 'c', 0.1, 0), pair('b', 'c', 0.7, 0)];
  // Means: a 0.1 (only a–c), b 0.7, c 0.4 → start b; nearest to b: c (0.7), then a.
  assert.deepEqual(orderBySimilarity(['a', 'b', 'c'], pairs, 'vector'), ['b', 'c', 'a']);
  assert.deepEqual(orderBySimilarity(['b', 'a'], pairs, 'vector'), ['b', 'a']);
});
