/**
 * URL state: parse ↔ serialize round trips, the compact encoding, and how bad input is dropped
 * (with a named problem) instead of breaking the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState, parseState, searchVariables, serializeState, type ExploreState } from '../../src/lib/url-state';
import { defaultColumns, visibleColumns } from '../../src/lib/explore-views';

function state(
  patch: Partial<Omit<ExploreState, 'filters'>> & { filters?: Partial<ExploreState['filters']> },
): ExploreState {
  const base = defaultState();
  return { ...base, ...patch, filters: { ...base.filters, ...patch.filters } };
}

test('the default state is the empty query string', () => {
  assert.equal(serializeState(defaultState()), '');
  assert.deepEqual(parseState(''), { state: defaultState(), problems: [] });
});

test('compact, readable encoding in a stable order', () => {
  const s = state({
    view: 'images',
    search: 'pleural effusion',
    filters: {
      countries: ['BR', 'US'],
      findings: ['PNEUMOTHORAX'],
      certainty: { gte: 4, lte: 5 },
      durationSec: { gte: 30.5 },
      agreement: { lte: 0.75 },
    },
    sort: { field: 'AGREEMENT', direction: 'DESC' },
    columns: ['thumb', 'id', 'reads'],
  });
  assert.equal(
    serializeState(s),
    'view=images&q=pleural+effusion&country=BR,US&finding=PNEUMOTHORAX&certainty=4-5&duration=30.5-&agreement=-0.75&sort=AGREEMENT:desc&cols=thumb,id,reads',
  );
  assert.deepEqual(parseState(serializeState(s)), { state: s, problems: [] });
});

test('round trip of every filter', () => {
  const s = state({
    search: '"cannot exclude" -small',
    filters: {
      countries: ['DE'],
      continents: ['EU', 'SA'],
      findings: ['ATELECTASIS', 'NO_FINDING'],
      strategies: ['FOCAL'],
      experienceBands: ['5-9', '30+'],
      roles: ['RESIDENT'],
      viewPositions: ['PA', 'LAT'],
      datasets: ['NIH ChestX-ray14', 'a, b & c %'],
      hedges: ['cannot be excluded'],
      certainty: { gte: 3, lte: 3 },
      durationSec: { gte: 10, lte: 60 },
      experienceYears: { gte: 2.5, lte: 10 },
      fixationCount: { gte: 30 },
      agreement: { gte: 0, lte: 0.5 },
      difficulty: { gte: 0.25 },
    },
    sort: { field: 'DURATION', direction: 'ASC' },
  });
  const qs = serializeState(s);
  const back = parseState(qs);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.state, s);
  // A comma inside a value does not split it; the URL itself stays parseable by URLSearchParams.
  assert.equal(new URLSearchParams(qs).get('dataset'), 'NIH ChestX-ray14,a%2C b & c %25');
});

test('bad values are dropped and named; good ones in the same list are kept', () => {
  const { state: s, problems } = parseState(
    'country=BR,xx,BR&finding=PNEUMOTHORAX,FOO&view=grid&duration=60-10&certainty=0-9&sort=NOPE&cols=id,zzz&fixations=1.5-',
  );
  assert.deepEqual(s.filters.countries, ['BR']);
  assert.deepEqual(s.filters.findings, ['PNEUMOTHORAX']);
  assert.equal(s.view, 'reads');
  assert.equal(s.filters.durationSec, undefined);
  assert.equal(s.filters.certainty, undefined);
  assert.equal(s.filters.fixationCount, undefined);
  assert.equal(s.sort, null);
  assert.deepEqual(s.columns, ['id']);
  assert.equal(problems.length, 8, problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('country: "xx"')));
  assert.ok(problems.some((p) => p.includes('"FOO" is an unknown finding')));
  assert.ok(problems.some((p) => p.startsWith('duration:') && p.includes('lower bound is above')));
});

test('sort and columns are validated against the view', () => {
  assert.deepEqual(parseState('view=images&sort=read_count:DESC').state.sort, {
    field: 'READ_COUNT',
    direction: 'DESC',
  });
  assert.equal(parseState('sort=READ_COUNT:desc').state.sort, null, 'READ_COUNT is not a reads sort');
  assert.deepEqual(parseState('sort=DURATION').state.sort, { field: 'DURATION', direction: 'ASC' });
  assert.equal(parseState('view=images&cols=duration').state.columns, null);
});

test('search text is trimmed and bounded', () => {
  assert.equal(parseState('q=++effusion++').state.search, 'effusion');
  const long = parseState(`q=${'a'.repeat(1001)}`);
  assert.equal(long.state.search, '');
  assert.equal(long.problems.length, 1);
});

test('filters-only serialization (links from the overview)', () => {
  const s = state({
    view: 'images',
    search: 'x',
    filters: { roles: ['FELLOW'] },
    sort: { field: 'ID', direction: 'DESC' },
    columns: ['id'],
  });
  assert.equal(serializeState(s, { only: 'filters' }), 'q=x&role=FELLOW');
});

test('visible columns: defaults, chosen, and the required id column', () => {
  assert.deepEqual(
    visibleColumns('reads', null).map((c) => c.id),
    defaultColumns('reads'),
  );
  assert.deepEqual(
    visibleColumns('reads', ['duration']).map((c) => c.id),
    ['id', 'duration'],
  );
});

test('country codes the dataset does not know are dropped and named, once its vocabulary is known', () => {
  const countries = new Set(['BR', 'US']);
  const { state, problems } = parseState('country=BR,XX,us', { countries });
  assert.deepEqual(state.filters.countries, ['BR']);
  assert.deepEqual(problems, [
    'country: "XX" is an unknown country code',
    'country: "us" is not an ISO 3166-1 alpha-2 code (two capital letters)',
  ]);
  // Before the vocabulary has arrived only the form is checked.
  assert.deepEqual(parseState('country=XX').state.filters.countries, ['XX']);
});

test('enum values are checked against the schema: every Finding passes, others are named', () => {
  const { state, problems } = parseState('finding=PNEUMOTHORAX,NO_FINDING,FRACTURE&role=ATTENDING,CHIEF');
  assert.deepEqual(state.filters.findings, ['PNEUMOTHORAX', 'NO_FINDING']);
  assert.deepEqual(state.filters.roles, ['ATTENDING']);
  assert.deepEqual(problems, ['finding: "FRACTURE" is an unknown finding', 'role: "CHIEF" is an unknown role']);
});

test('exact=1 takes the search as written; it is kept only with a search, and sent as expand: false', () => {
  const s = state({ search: 'effusions', exact: true });
  assert.equal(serializeState(s), 'q=effusions&exact=1');
  assert.deepEqual(parseState('q=effusions&exact=1'), { state: s, problems: [] });
  assert.equal(serializeState(state({ exact: true })), '', 'without a search there is nothing to take as written');
  assert.deepEqual(parseState('exact=yes').problems, ['exact: "yes" is not 1 or 0']);
  assert.deepEqual(searchVariables(s), { search: 'effusions', expand: false });
  assert.deepEqual(searchVariables(state({ search: ' effusions ' })), { search: 'effusions' });
  assert.deepEqual(searchVariables(state({ exact: true })), { search: null });
});
