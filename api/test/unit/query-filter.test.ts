/** Validation of ReadFilter / ReaderFilter, and compiler properties the golden files cannot show. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadFilter, ReaderFilter } from '../../src/generated/graphql.ts';
import { FilterError } from '../../src/query/errors.ts';
import {
  MAX_FILTER_DEPTH,
  activeFields,
  compileImageQuery,
  compileReadFilter,
  compileReaderFilter,
  validateReadFilter,
  validateReaderFilter,
} from '../../src/query/filter.ts';

/** Asserts a FilterError whose message names `field` (the path) and, when given, the value. */
function rejects(fn: () => unknown, field: string, value?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof FilterError, `expected a FilterError, got ${String(e)}`);
    assert.ok(e.message.includes(field), `message ${JSON.stringify(e.message)} names ${field}`);
    if (value !== undefined)
      assert.ok(e.message.includes(value), `message ${JSON.stringify(e.message)} names ${value}`);
    return true;
  });
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);

function nest(depth: number): ReadFilter {
  let f: ReadFilter = { countries: ['BR'] };
  for (let i = 1; i < depth; i++) f = { not: f };
  return f;
}

const BAD_READ_FILTERS: Array<[string, unknown, string, string?]> = [
  ['unknown country code', { countries: ['BR', 'XX'] }, 'filter.countries[1]', '"XX"'],
  ['lower-case country code', { countries: ['br'] }, 'filter.countries[0]', '"br"'],
  ['unknown experience band', { experienceBands: ['5-10'] }, 'filter.experienceBands[0]', '"5-10"'],
  ['unknown hedge', { hedges: ['perhaps'] }, 'filter.hedges[0]', '"perhaps"'],
  ['inverted experienceYears', { experienceYears: { gte: 10, lte: 5 } }, 'filter.experienceYears', '10'],
  ['inverted durationSec', { durationSec: { gte: 60, lte: 30 } }, 'filter.durationSec'],
  ['inverted agreement', { agreement: { gte: 0.9, lte: 0.1 } }, 'filter.agreement'],
  ['inverted difficulty', { difficulty: { gte: 1, lte: 0 } }, 'filter.difficulty'],
  ['inverted fixationCount', { fixationCount: { gte: 9, lte: 8 } }, 'filter.fixationCount'],
  ['inverted certainty', { findings: { certainty: { gte: 4, lte: 2 } } }, 'filter.findings.certainty'],
  ['certainty below 1', { findings: { certainty: { gte: 0 } } }, 'filter.findings.certainty.gte', '0'],
  [
    'certainty above 5',
    { findings: { any: ['ATELECTASIS'], certainty: { lte: 6 } } },
    'filter.findings.certainty.lte',
    '6',
  ],
  ['non-finite bound', { durationSec: { gte: Number.NaN } }, 'filter.durationSec.gte'],
  ['unknown finding', { findings: { any: ['CARDIOMEGALY'] } }, 'filter.findings.any[0]', 'CARDIOMEGALY'],
  ['unknown role', { roles: ['INTERN'] }, 'filter.roles[0]', 'INTERN'],
  ['unknown strategy', { strategies: ['RANDOM'] }, 'filter.strategies[0]', 'RANDOM'],
  ['unknown continent', { continents: ['AN'] }, 'filter.continents[0]', 'AN'],
  ['unknown view position', { viewPositions: ['LL'] }, 'filter.viewPositions[0]', 'LL'],
  ['empty and', { and: [] }, 'filter.and'],
  ['empty or', { or: [] }, 'filter.or'],
  ['empty or, nested', { not: { or: [] } }, 'filter.not.or'],
  ['too deep', nest(MAX_FILTER_DEPTH + 1), `filter${'.not'.repeat(MAX_FILTER_DEPTH)}`],
  ['too many image ids', { imageIds: ids(1001) }, 'filter.imageIds', '1001'],
  ['too many reader ids', { readerIds: ids(1001) }, 'filter.readerIds'],
  ['too many read ids', { readIds: ids(1001) }, 'filter.readIds'],
  ['unknown field', { country: ['BR'] }, 'filter.country'],
  ['unknown finding filter field', { findings: { none: ['ATELECTASIS'] } }, 'filter.findings.none'],
  ['unknown range field', { durationSec: { gt: 3 } }, 'filter.durationSec.gt'],
  ['not a list', { countries: 'BR' }, 'filter.countries'],
  ['not a boolean', { hasClinicalContext: 'yes' }, 'filter.hasClinicalContext'],
  [
    'error inside or names the path',
    { or: [{ countries: ['BR'] }, { hedges: ['maybe'] }] },
    'filter.or[1].hedges[0]',
    '"maybe"',
  ],
];

for (const [name, filter, field, value] of BAD_READ_FILTERS) {
  test(`validateReadFilter rejects: ${name}`, () => {
    rejects(() => validateReadFilter(filter as ReadFilter), field, value);
    // Compilation validates too: unvalidated input never reaches the engine.
    rejects(() => compileReadFilter(filter as ReadFilter), field, value);
    rejects(() => compileImageQuery(filter as ReadFilter), field, value);
  });
}

test('validateReadFilter accepts the limits themselves', () => {
  validateReadFilter(nest(MAX_FILTER_DEPTH));
  validateReadFilter({
    imageIds: ids(1000),
    findings: { certainty: { gte: 1, lte: 5 } },
    durationSec: { gte: 3, lte: 3 },
  });
  validateReadFilter({
    experienceBands: ['0-4', '5-9', '10-19', '20+'],
    hedges: ['cannot exclude'],
    countries: ['BR'],
  });
  validateReadFilter(null);
  validateReadFilter(undefined);
  validateReadFilter({ countries: null, and: null, not: null });
});

const BAD_READER_FILTERS: Array<[string, unknown, string, string?]> = [
  ['unknown country code', { countries: ['XX'] }, 'filter.countries[0]', '"XX"'],
  ['unknown experience band', { experienceBands: ['40+'] }, 'filter.experienceBands[0]', '"40+"'],
  ['inverted range', { experienceYears: { gte: 3, lte: 1 } }, 'filter.experienceYears'],
  ['too many ids', { readerIds: ids(1001) }, 'filter.readerIds'],
  ['unknown role', { roles: ['INTERN'] }, 'filter.roles[0]'],
  ['read-only field', { hedges: ['possibly'] }, 'filter.hedges'],
];

for (const [name, filter, field, value] of BAD_READER_FILTERS) {
  test(`validateReaderFilter rejects: ${name}`, () => {
    rejects(() => validateReaderFilter(filter as ReaderFilter), field, value);
    rejects(() => compileReaderFilter(filter as ReaderFilter), field, value);
  });
}

test('the compiled query does not depend on the key order of the input', () => {
  const a: ReadFilter = {
    countries: ['BR'],
    roles: ['FELLOW'],
    findings: { any: ['ATELECTASIS'] },
    not: { hedges: ['possibly'] },
  };
  const b: ReadFilter = {
    not: { hedges: ['possibly'] },
    findings: { any: ['ATELECTASIS'] },
    roles: ['FELLOW'],
    countries: ['BR'],
  };
  assert.deepEqual(compileReadFilter(a), compileReadFilter(b));
});

test('compiling does not change the input, and outputs share no objects', () => {
  const filter: ReadFilter = { countries: ['BR', 'BR'], or: [{ roles: ['RESIDENT'] }] };
  const copy = structuredClone(filter);
  const q1 = compileReadFilter(filter);
  assert.deepEqual(filter, copy);
  const empty = compileReadFilter({});
  (empty as { match_all: { boost?: number } }).match_all.boost = 2;
  assert.deepEqual(compileReadFilter({}), { match_all: {} });
  assert.deepEqual(compileReadFilter(filter), q1);
});

test('activeFields: top-level fields that add a condition (what a facet may omit)', () => {
  assert.deepEqual(
    [
      ...activeFields({
        countries: ['BR'],
        roles: [],
        durationSec: {},
        findings: { certainty: { gte: 2 } },
        or: [{ hedges: ['likely'] }],
      }),
    ].sort(),
    ['countries', 'findings', 'or'],
  );
  assert.deepEqual([...activeFields(null)], []);
});

test('FilterError carries the field path for the service', () => {
  try {
    validateReadFilter({ and: [{ countries: ['XX'] }] });
    assert.fail('expected a FilterError');
  } catch (e) {
    assert.ok(e instanceof FilterError);
    assert.equal(e.field, 'filter.and[0].countries[0]');
    assert.equal(e.name, 'FilterError');
  }
});
