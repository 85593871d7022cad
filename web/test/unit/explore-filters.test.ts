/** Filter state → ReadFilter, certainty as a range of checkboxes, chips, and share strings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState, emptyFilters } from '../../src/lib/url-state';
import {
  clearFilter,
  filterChips,
  formatRange,
  hasActiveFilters,
  resetFilters,
  setRange,
  toReadFilter,
  toggleCertainty,
  toggleValue,
} from '../../src/lib/filters';
import { asCurl, asGraphQL, exportUrl, shellQuote } from '../../src/lib/explore-share';

test('no selection is no filter', () => {
  assert.equal(toReadFilter(emptyFilters()), null);
  assert.equal(hasActiveFilters(defaultState()), false);
});

test('lists, findings with certainty, and ranges map onto ReadFilter', () => {
  const f = {
    ...emptyFilters(),
    countries: ['BR', 'US'],
    findings: ['PNEUMOTHORAX' as const],
    certainty: { gte: 4, lte: 5 },
    durationSec: { gte: 30 },
  };
  assert.deepEqual(toReadFilter(f), {
    countries: ['BR', 'US'],
    findings: { any: ['PNEUMOTHORAX'], certainty: { gte: 4, lte: 5 } },
    durationSec: { gte: 30 },
  });
  assert.deepEqual(toReadFilter({ ...emptyFilters(), certainty: { gte: 1, lte: 2 } }), {
    findings: { certainty: { gte: 1, lte: 2 } },
  });
});

test('toggleValue adds and removes', () => {
  const a = toggleValue(emptyFilters(), 'countries', 'BR');
  assert.deepEqual(a.countries, ['BR']);
  assert.deepEqual(toggleValue(a, 'countries', 'BR').countries, []);
});

test('certainty checkboxes keep a contiguous range', () => {
  assert.deepEqual(toggleCertainty(undefined, 4), { gte: 4, lte: 4 });
  assert.deepEqual(toggleCertainty({ gte: 4, lte: 4 }, 2), { gte: 2, lte: 4 });
  assert.deepEqual(toggleCertainty({ gte: 2, lte: 4 }, 5), { gte: 2, lte: 5 });
  assert.deepEqual(toggleCertainty({ gte: 2, lte: 5 }, 2), { gte: 3, lte: 5 });
  assert.deepEqual(toggleCertainty({ gte: 2, lte: 5 }, 5), { gte: 2, lte: 4 });
  assert.deepEqual(toggleCertainty({ gte: 1, lte: 5 }, 2), { gte: 3, lte: 5 }, 'inside: the larger side stays');
  assert.deepEqual(toggleCertainty({ gte: 1, lte: 5 }, 4), { gte: 1, lte: 3 });
  assert.equal(toggleCertainty({ gte: 3, lte: 3 }, 3), undefined);
});

test('a range over the whole domain is no filter', () => {
  const domain = { min: 0, max: 100 };
  assert.equal(setRange(emptyFilters(), 'durationSec', { gte: 0, lte: 100 }, domain).durationSec, undefined);
  assert.deepEqual(setRange(emptyFilters(), 'durationSec', { gte: 0, lte: 50 }, domain).durationSec, { lte: 50 });
  assert.equal(clearFilter({ ...emptyFilters(), agreement: { gte: 0.5 } }, 'agreement').agreement, undefined);
});

test('chips label every active filter and remove exactly one', () => {
  const s = {
    ...defaultState(),
    search: 'effusion',
    filters: { ...emptyFilters(), countries: ['BR', 'US'], durationSec: { gte: 30, lte: 60 } },
  };
  const chips = filterChips(s, (_k, v) => (v === 'BR' ? 'Brazil' : v));
  assert.deepEqual(
    chips.map((c) => `${c.group}: ${c.label}`),
    ['Text: “effusion”', 'Country: Brazil', 'Country: US', 'Duration: 30–60 s'],
  );
  const without = chips[1]!.remove(s);
  assert.deepEqual(without.filters.countries, ['US']);
  assert.equal(without.search, 'effusion');
  assert.equal(resetFilters(s).filters.countries.length, 0);
  assert.equal(formatRange('agreement', { gte: 0.5 }), '≥ 0.50');
  assert.equal(formatRange('certainty', { gte: 4, lte: 4 }), '4 only');
});

test('copy as GraphQL / curl / export links', () => {
  const op = {
    query: '\n  query X($f: ReadFilter) {\n    reads(filter: $f) { totalCount }\n  }\n',
    variables: { f: { countries: ['BR'] }, s: "it's" },
  };
  assert.equal(
    asGraphQL(op),
    'query X($f: ReadFilter) {\n  reads(filter: $f) { totalCount }\n}\n\n# Variables\n{\n  "f": {\n    "countries": [\n      "BR"\n    ]\n  },\n  "s": "it\'s"\n}\n',
  );
  const curl = asCurl(op, 'http://127.0.0.1:3000/api/graphql');
  assert.match(curl, /^curl -s 'http:\/\/127\.0\.0\.1:3000\/api\/graphql'/);
  assert.ok(curl.includes(`"s":"it'\\''s"`), curl);
  assert.ok(curl.includes('"query":"query X($f: ReadFilter) { reads(filter: $f) { totalCount } }"'));
  assert.equal(shellQuote("a'b"), `'a'\\''b'`);
  assert.equal(exportUrl('reads', 'csv', null, { search: null }), '/export/reads.csv');
  const url = new URL(exportUrl('images', 'ndjson', { countries: ['BR'] }, { search: 'effusion' }), 'http://x');
  assert.equal(url.pathname, '/export/images.ndjson');
  assert.equal(url.searchParams.get('filter'), '{"countries":["BR"]}');
  assert.equal(url.searchParams.get('search'), 'effusion');
  assert.equal(url.searchParams.get('expand'), null);
  const exact = new URL(exportUrl('reads', 'csv', null, { search: 'effusion', expand: false }), 'http://x');
  assert.equal(exact.searchParams.get('expand'), 'false');
});

test('miss types and gaze ranges map onto ReadFilter.missTypes and ReadFilter.gaze', () => {
  const f = {
    ...emptyFilters(),
    findings: ['PLEURAL_ABNORMALITY' as const],
    missTypes: ['RECOGNITION' as const],
    lungCoverage: { lte: 0.4 },
    eyeVoiceSpanSec: { gte: -0.5, lte: 1.5 },
  };
  assert.deepEqual(toReadFilter(f), {
    findings: { any: ['PLEURAL_ABNORMALITY'] },
    missTypes: ['RECOGNITION'],
    gaze: { lungCoverage: { lte: 0.4 }, eyeVoiceSpanSec: { gte: -0.5, lte: 1.5 } },
  });
  assert.deepEqual(toReadFilter({ ...emptyFilters(), peerSimilarity: { gte: 0.2 } }), {
    gaze: { peerSimilarity: { gte: 0.2 } },
  });
  const chips = filterChips({ ...defaultState(), filters: f }, (_k, v) => v);
  assert.deepEqual(
    chips.map((c) => `${c.group}: ${c.label}`),
    [
      'Finding: PLEURAL_ABNORMALITY',
      'Missed finding: RECOGNITION',
      'Lung coverage: ≤ 0.40',
      'Eye-voice span: −0.5–1.5 s',
    ],
  );
});

test('only the leading run of thumbnail and id columns sticks, at the sum of the widths before it', async () => {
  const { stickyOffsets } = await import('../../src/lib/explore-views');
  assert.deepEqual(
    stickyOffsets([
      ['thumb', 64],
      ['id', 150],
      ['country', 120],
    ]),
    [0, 64, null],
  );
  // Without the thumbnail the id sticks at 0; an id after a scrolling column does not stick.
  assert.deepEqual(
    stickyOffsets([
      ['id', 150],
      ['role', 84],
    ]),
    [0, null],
  );
  assert.deepEqual(
    stickyOffsets([
      ['country', 120],
      ['id', 150],
    ]),
    [null, null],
  );
});

test('the spare width goes to the first growing column shown, else to the last', async () => {
  const { growingColumn, visibleColumns } = await import('../../src/lib/explore-views');
  assert.equal(growingColumn([{}, { grow: true }, {}, { grow: true }]), 1);
  assert.equal(growingColumn([{}, {}, {}]), 2);
  const reads = visibleColumns('reads', null);
  assert.equal(reads[growingColumn(reads)]!.id, 'findings');
  const images = visibleColumns('images', null);
  assert.equal(images[growingColumn(images)]!.id, 'reported');
  assert.equal(growingColumn(visibleColumns('reads', ['id', 'duration'])), 1, 'findings hidden: the last');
});

test('the default columns of both views fit a 1280-px screen beside the filters, with and without a search', async () => {
  const { rowLayout, visibleColumns } = await import('../../src/lib/explore-views');
  // 1280 − 272 sidebar − 2 × 20 padding − 2 borders − 15 scrollbar.
  const room = 1280 - 272 - 40 - 2 - 15;
  for (const view of ['reads', 'images'] as const) {
    const searching = visibleColumns(view, null);
    assert.ok(
      searching.some((c) => c.id === 'matches'),
      'the matches are shown by default while searching',
    );
    for (const columns of [searching, searching.filter((c) => c.id !== 'matches')]) {
      const { width } = rowLayout(columns);
      assert.ok(width <= room, `${view} (${columns.length} columns): ${width} px > ${room} px`);
    }
  }
});

test('row layout: a line column goes under the cells after the sticky ones, which span both lines', async () => {
  const { rowLayout } = await import('../../src/lib/explore-views');
  const columns = [
    { id: 'thumb', width: 64 },
    { id: 'id', width: 150 },
    { id: 'matches', width: 300, line: true },
    { id: 'country', width: 100 },
    { id: 'findings', width: 180, grow: true },
    { id: 'duration', width: 80 },
  ];
  assert.deepEqual(rowLayout(columns), {
    template: '64px 150px 100px minmax(180px, 1fr) 80px',
    width: 64 + 150 + 100 + 180 + 80,
    stickyWidth: 214,
    cells: [
      { gridColumn: '1', gridRow: '1 / span 2', sticky: 0, line: false },
      { gridColumn: '2', gridRow: '1 / span 2', sticky: 64, line: false },
      { gridColumn: '3 / -1', gridRow: '2', sticky: null, line: true },
      { gridColumn: '3', gridRow: '1', sticky: null, line: false },
      { gridColumn: '4', gridRow: '1', sticky: null, line: false },
      { gridColumn: '5', gridRow: '1', sticky: null, line: false },
    ],
  });
  // A column with a maxWidth may widen to it (before the growing one takes the rest).
  assert.equal(
    rowLayout([columns[1]!, { id: 'country', width: 100, maxWidth: 140 }, columns[4]!]).template,
    '150px minmax(100px, 140px) minmax(180px, 1fr)',
  );
  // Without a line every cell is on one line; the last column grows when none is marked.
  const plain = rowLayout([columns[1]!, columns[3]!]);
  assert.equal(plain.template, '150px minmax(100px, 1fr)');
  assert.deepEqual(
    plain.cells.map((c) => c.gridRow),
    ['1', '1'],
  );
  // Nothing but sticky columns: the line runs under them from the first column, and is given its width.
  const narrow = rowLayout([columns[0]!, columns[1]!, columns[2]!]);
  assert.equal(narrow.cells[2]!.gridColumn, '1 / -1');
  assert.deepEqual(
    narrow.cells.map((c) => c.gridRow),
    ['1', '1', '2'],
  );
  assert.equal(narrow.width, 300);
  assert.equal(narrow.stickyWidth, 0);
});

test('Copy as GraphQL: every definition starts at column 0, a blank line apart (codegen indents and joins them)', () => {
  const query =
    '\n    query A($f: ReadFilter) {\n  reads(filter: $f) { ...F }\n}\n    fragment F on ReadConnection {\n  totalCount\n}';
  assert.equal(
    asGraphQL({ query, variables: { f: null } }),
    'query A($f: ReadFilter) {\n  reads(filter: $f) { ...F }\n}\n\nfragment F on ReadConnection {\n  totalCount\n}\n\n# Variables\n{\n  "f": null\n}\n',
  );
});
