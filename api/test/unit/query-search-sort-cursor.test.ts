/** Search text limits, highlight parsing, sort errors and invariants, and opaque cursors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { estypes } from '@elastic/elasticsearch';
import { FilterError } from '../../src/query/errors.ts';
import {
  MAX_SEARCH_LENGTH,
  compileSearch,
  matchedReadId,
  normalizeSearch,
  parseHighlights,
} from '../../src/query/search.ts';
import { MAX_SORT_KEYS, compileImageSort, compileReadSort, compileReaderSort } from '../../src/query/sort.ts';
import { MAX_CURSOR_LENGTH, decodeCursor, encodeCursor, searchAfterFor } from '../../src/query/cursor.ts';

const isFilterError = (pattern: RegExp) => (e: unknown) => e instanceof FilterError && pattern.test(e.message);

// ---------------------------------------------------------------------------------------------
// Search

test('search text: trimmed; empty or longer than 1,000 characters is a FilterError naming search', () => {
  assert.equal(normalizeSearch('  a b  '), 'a b');
  assert.equal(normalizeSearch(`  ${'x'.repeat(MAX_SEARCH_LENGTH)}  `).length, MAX_SEARCH_LENGTH);
  assert.throws(() => compileSearch('   '), isFilterError(/^search: empty/));
  assert.throws(() => compileSearch(''), isFilterError(/^search:/));
  assert.throws(() => normalizeSearch('x'.repeat(MAX_SEARCH_LENGTH + 1)), isFilterError(/^search: .*1001 characters/));
  // The compiled text is the expanded one, longer than what a user may send.
  const expanded = `(${Array.from({ length: 200 }, (_, i) => `"pleural effusion${i}"`).join(' | ')})`;
  assert.ok(expanded.length > MAX_SEARCH_LENGTH);
  assert.equal(compileSearch(expanded)?.simple_query_string?.query, expanded);
});

test('search never uses query_string', () => {
  const q = compileSearch('title:x AND (y OR z)');
  assert.deepEqual(Object.keys(q ?? {}), ['simple_query_string']);
  assert.ok(!JSON.stringify(q).includes('"query_string"'));
});

test('parseHighlights: a reads hit, in reasoning/impression/clinicalContext order', () => {
  const hit = {
    _index: 'reads',
    _id: 'read-1',
    highlight: {
      'clinicalContext.text': ['history of <mark>effusion</mark>'],
      impression: ['small left <mark>effusion</mark>'],
      reasoningText: ['blunted angle, likely <mark>effusion</mark>', '<mark>effusion</mark> &lt;3cm'],
    },
  } satisfies estypes.SearchHit<unknown>;
  assert.deepEqual(parseHighlights(hit), [
    { field: 'reasoning', fragments: ['blunted angle, likely <mark>effusion</mark>', '<mark>effusion</mark> &lt;3cm'] },
    { field: 'impression', fragments: ['small left <mark>effusion</mark>'] },
    { field: 'clinicalContext', fragments: ['history of <mark>effusion</mark>'] },
  ]);
  assert.deepEqual(parseHighlights({ _index: 'reads', _id: 'read-2' } as estypes.SearchHit<unknown>), []);
});

test('parseHighlights and matchedReadId: an image hit, from the inner hit of its best read', () => {
  const hit = {
    _index: 'images',
    _id: 'img-1',
    inner_hits: {
      reads: {
        hits: {
          total: { value: 2, relation: 'eq' },
          hits: [
            {
              _index: 'images',
              _id: 'img-1',
              _nested: { field: 'reads', offset: 1 },
              fields: { 'reads.id': ['read-7'] },
              highlight: { 'reads.impression': ['<mark>cardiomegaly</mark>'] },
            },
          ],
        },
      },
    },
  } as unknown as estypes.SearchHit<unknown>;
  assert.deepEqual(parseHighlights(hit), [{ field: 'impression', fragments: ['<mark>cardiomegaly</mark>'] }]);
  assert.equal(matchedReadId(hit), 'read-7');
  assert.equal(matchedReadId({ _index: 'images', _id: 'img-2' } as estypes.SearchHit<unknown>), undefined);
});

// ---------------------------------------------------------------------------------------------
// Sort

test('every sort ends with the unique id (total order for search_after)', () => {
  const lastIsId = (s: estypes.SortCombinations[]) => assert.ok('id' in (s.at(-1) as object), JSON.stringify(s));
  lastIsId(compileReadSort([{ field: 'COUNTRY' }, { field: 'DURATION', direction: 'DESC' }]));
  lastIsId(compileReadSort([{ field: 'RELEVANCE' }], { search: true }));
  lastIsId(compileImageSort([{ field: 'PATIENT_AGE', direction: 'DESC' }]));
  lastIsId(compileReaderSort([{ field: 'READ_COUNT' }]));
  lastIsId(compileReaderSort(null));
});

test('sort errors: unknown field, bad direction, too many keys', () => {
  assert.throws(
    () => compileReadSort([{ field: 'PATIENT_AGE' as never }]),
    isFilterError(/^sort\[0\]\.field: unknown sort field "PATIENT_AGE"/),
  );
  assert.throws(
    () => compileImageSort([{ field: 'ID', direction: 'UP' as never }]),
    isFilterError(/^sort\[0\]\.direction: .*"UP"/),
  );
  const many = Array.from({ length: MAX_SORT_KEYS + 1 }, () => ({ field: 'ID' as const }));
  assert.throws(() => compileReaderSort(many), isFilterError(/^sort: 9 keys/));
});

// ---------------------------------------------------------------------------------------------
// Cursors

test('cursors round-trip, with and without pit and index', () => {
  const cursors = [
    { sort: [12.5, 'read-000123'] },
    { sort: ['Infinity', null, true, -3, 'é ünïcode'], pit: 'cGl0LWlk==', index: 'chexthought-reads-v20250101' },
    { sort: [2147483647, 'x'], index: 'chexthought-images-v1' },
  ];
  for (const c of cursors) {
    const s = encodeCursor(c);
    assert.match(s, /^[A-Za-z0-9_-]+$/, 'base64url, safe in URLs');
    assert.deepEqual(decodeCursor(s), c);
  }
});

test('malformed cursors are one FilterError("malformed cursor") about `after`', () => {
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const bad: Array<[string, string]> = [
    ['empty', ''],
    ['not base64url', 'abc+/=='],
    ['base64 of non-JSON', Buffer.from('{sort:').toString('base64url')],
    ['JSON but not an object', enc([1, 2])],
    ['no sort', enc({ pit: 'x' })],
    ['empty sort', enc({ sort: [] })],
    ['sort not a list', enc({ sort: 'id' })],
    ['object in sort', enc({ sort: [{ a: 1 }] })],
    ['pit not a string', enc({ sort: [1], pit: 7 })],
    ['unknown member', enc({ sort: [1], offset: 10 })],
    ['too many sort values', enc({ sort: Array.from({ length: 10 }, () => 1) })],
    ['longer than 4 KB', enc({ sort: ['x'.repeat(MAX_CURSOR_LENGTH)] })],
    ['null JSON', enc(null)],
  ];
  for (const [name, s] of bad)
    assert.throws(
      () => decodeCursor(s),
      (e: unknown) => e instanceof FilterError && e.message === 'malformed cursor' && e.field === 'after',
      name,
    );
});

test('a cursor made for another sort is refused before it reaches the engine', () => {
  const sort = compileReadSort([{ field: 'DURATION' }]);
  const cursor = decodeCursor(encodeCursor({ sort: [3.5, 'read-1'] }));
  assert.deepEqual(searchAfterFor(cursor, sort), [3.5, 'read-1']);
  assert.throws(() => searchAfterFor({ sort: ['read-1'] }, sort), isFilterError(/^after: .*different sort/));
});
