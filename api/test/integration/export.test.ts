/** Export of a filtered set streams exactly the entities the same filter counts (ndjson and csv). */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, startFixture, testConfig, type Fixture } from './setup.ts';
import { matchingImages, matchingReads, type Filter } from './expect.ts';

let fx: Fixture;
before(async () => {
  fx = await startFixture('export');
});
after(async () => {
  await fx?.close();
});

const FILTER: Filter = {
  continents: ['EU', 'AS', 'NA'],
  findings: { any: ['NO_FINDING', 'CONSOLIDATION', 'PLEURAL_ABNORMALITY'] },
};

/** Search contexts open on this file's reads index (a point in time holds one per shard until closed). */
async function openReadContexts(): Promise<number> {
  const stats = await fx.es.indices.stats({ index: `${fx.prefix}-reads`, metric: 'search' });
  return stats._all.total?.search?.open_contexts ?? 0;
}

function exportUrl(file: string, params: Record<string, string>) {
  return `${fx.origin}/export/${file}?${new URLSearchParams(params)}`;
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF), for checking what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

describe('export', () => {
  test('reads.ndjson: exactly the reads the filter counts', async () => {
    const res = await fetch(exportUrl('reads.ndjson', { filter: JSON.stringify(FILTER) }));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /ndjson/);
    assert.match(res.headers.get('content-disposition')!, /filename="reads\.ndjson"/);
    const lines = (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const expected = matchingReads(fx.data, FILTER)
      .map((r) => r.id)
      .sort();
    assert.deepEqual(
      lines.map((l) => l.id),
      expected,
    );
    const count = await fx.gql<{ reads: { totalCount: number } }>(
      `query($f: ReadFilter) { reads(filter: $f) { totalCount } }`,
      { f: FILTER },
    );
    assert.equal(count.data!.reads.totalCount, lines.length);
    const read = fx.data.reads.find((r) => r.id === lines[0].id)!;
    assert.equal(lines[0].impression, read.impression);
  });

  test('reads.csv: header, one row per read, lists joined with |, quotes escaped', async () => {
    const res = await fetch(exportUrl('reads.csv', { filter: JSON.stringify(FILTER) }));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/csv/);
    const rows = parseCsv(await res.text());
    const header = rows[0]!;
    assert.equal(header[0], 'id');
    const body = rows.slice(1);
    const expected = matchingReads(fx.data, FILTER);
    assert.equal(body.length, expected.length);
    const col = (name: string) => header.indexOf(name);
    for (const row of body) {
      assert.equal(row.length, header.length);
      const read = expected.find((r) => r.id === row[col('id')])!;
      assert.ok(read, `unexpected read ${row[0]}`);
      assert.equal(row[col('impression')], read.impression);
      assert.equal(row[col('findings')], read.findings.map((f) => `${f.label}:${f.certainty}`).join('|'));
      assert.equal(row[col('reasoning')], read.reasoning.map((s) => s.text).join(' '));
    }
  });

  test('images.ndjson and images.csv with filter and search', async () => {
    const search = { text: 'pneumothorax', pattern: /\bpneumothorax\b/i };
    const params = { filter: JSON.stringify({ viewPositions: ['PA', 'AP'] }), search: search.text };
    const expected = [...matchingImages(fx.data, { viewPositions: ['PA', 'AP'] }, search.pattern)].sort();
    assert.ok(expected.length > 0);
    const nd = await fetch(exportUrl('images.ndjson', params));
    const ids = (await nd.text())
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).id);
    assert.deepEqual(ids, expected);
    const csv = parseCsv(await (await fetch(exportUrl('images.csv', params))).text());
    assert.deepEqual(
      csv
        .slice(1)
        .map((r) => r[0])
        .sort(),
      expected,
    );
  });

  test('no filter: every read once, across many PIT + search_after pages', async () => {
    // Pages of 37 instead of 1,000 so that the 400 reads take 11 pages.
    const small = await startApp(testConfig({ indexPrefix: fx.prefix, exportPageSize: 37 }));
    try {
      for (const file of ['reads.ndjson', 'reads.csv'] as const) {
        const res = await fetch(`${small.origin}/export/${file}`);
        const text = await res.text();
        const ids = file.endsWith('.csv')
          ? parseCsv(text)
              .slice(1)
              .map((r) => r[0])
          : text
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l).id);
        assert.deepEqual(ids, fx.data.reads.map((r) => r.id).sort(), file);
      }
    } finally {
      await small.app.close();
    }
  });

  test('a bad filter is a 400 naming the problem, before any byte is streamed', async () => {
    for (const [filter, problem] of [
      ['{"countries":["XX"]}', /countries\[0\]/],
      ['{"continents":["ATLANTIS"]}', /continents/],
      ['{"nope":1}', /nope/],
      ['not json', /JSON/],
      ['{"durationSec":{"gte":5,"lte":1}}', /inverted/],
    ] as const) {
      const res = await fetch(exportUrl('reads.csv', { filter }));
      assert.equal(res.status, 400, filter);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'BAD_USER_INPUT');
      assert.match(body.error.message, problem);
    }
    assert.equal((await fetch(`${fx.origin}/export/reads.xml`)).status, 404);
  });

  test('a client that goes away mid-stream: the point in time is closed and the service answers on', async () => {
    // Pages of one read, so the export is still streaming when the client goes.
    const slow = await startApp(testConfig({ indexPrefix: fx.prefix, exportPageSize: 1 }));
    try {
      const before = await openReadContexts();
      const ctrl = new AbortController();
      const res = await fetch(`${slow.origin}/export/reads.ndjson`, { signal: ctrl.signal });
      await res.body!.getReader().read();
      assert.ok((await openReadContexts()) > before, 'the export holds a point in time while it streams');
      ctrl.abort();
      let open = Infinity;
      for (let i = 0; i < 100 && open > before; i++) {
        open = await openReadContexts();
        if (open > before) await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(open, before, 'the point in time is closed once the client has gone');
      const after = await slow.gql<{ reads: { totalCount: number } }>(`{ reads { totalCount } }`);
      assert.equal(after.data!.reads.totalCount, fx.data.reads.length);
    } finally {
      await slow.app.close();
    }
  });
});
