/**
 * Hostile and broken input gets clean errors with codes, never a stack trace or Elasticsearch
 * internals; an unreachable Elasticsearch gives 503 on /ready and SERVICE_UNAVAILABLE, and the
 * service recovers by itself when the node comes back.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elasticsearchUrl } from '@chexthought/search-index';
import { startApp, startFixture, testConfig, type Fixture, type GqlResult } from './setup.ts';
import { matchingReads } from './expect.ts';

let fx: Fixture;
before(async () => {
  fx = await startFixture('hostile');
});
after(async () => {
  await fx?.close();
});

/** Words that would reveal internals (engine, stack frames, file paths). */
const LEAKS = /elasticsearch|_shards|search_phase|exception|\bat \S+ \(|node_modules|\.ts:\d+|stack/i;

function assertClean(res: GqlResult<unknown>, code: string | RegExp) {
  assert.ok(res.errors?.length, `expected errors, got ${res.text.slice(0, 300)}`);
  const codes = res.errors!.map((e) => e.extensions?.code);
  assert.ok(
    codes.every((c) => (typeof code === 'string' ? c === code : code.test(String(c)))),
    `codes ${JSON.stringify(codes)}: ${res.text.slice(0, 400)}`,
  );
  assert.doesNotMatch(res.text, LEAKS, `leak in ${res.text.slice(0, 400)}`);
  assert.ok(res.status < 500, `status ${res.status}`);
}

describe('hostile input', () => {
  test('depth 50 is refused by the depth limit', async () => {
    let q = 'id';
    for (let i = 0; i < 50; i++) q = `prior { ${q} }`;
    const res = await fx.gql(`{ image(id: "x") { ${q} } }`);
    assertClean(res, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(res.errors![0]!.message, /depth/);
    assert.equal(res.esRequests, 0);
  });

  test('1,000 aliases are refused', async () => {
    const fields = Array.from({ length: 1000 }, (_v, i) => `a${i}: dataset { name }`).join(' ');
    const res = await fx.gql(`{ ${fields} }`);
    assertClean(res, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(res.errors![0]!.message, /alias/);
    assert.equal(res.esRequests, 0);
  });

  test('first: 1000000 and first: -1 are BAD_USER_INPUT; nested pages beyond the cost limit are refused', async () => {
    assertClean(await fx.gql(`{ reads(first: 1000000) { totalCount } }`), 'BAD_USER_INPUT');
    assertClean(await fx.gql(`{ reads(first: -1) { totalCount } }`), 'BAD_USER_INPUT');
    const costly = await fx.gql(
      `{ readers(first: 500) { edges { node { reads(first: 500) { edges { node { id image { id } } } } } } } }`,
    );
    assertClean(costly, 'QUERY_TOO_COMPLEX');
    assert.equal(costly.esRequests, 0);
  });

  test('unknown filter values: country → BAD_USER_INPUT naming it; enum → validation error', async () => {
    const country = await fx.gql(`{ reads(filter: { countries: ["XX"] }) { totalCount } }`);
    assertClean(country, 'BAD_USER_INPUT');
    assert.match(country.errors![0]!.message, /countries\[0\].*"XX"/);
    const viaVariables = await fx.gql(`query($f: ReadFilter) { reads(filter: $f) { totalCount } }`, {
      f: { continents: ['ATLANTIS'] },
    });
    assertClean(viaVariables, 'BAD_USER_INPUT');
    const enumLiteral = await fx.gql(`{ reads(filter: { continents: [ATLANTIS] }) { totalCount } }`);
    assertClean(enumLiteral, 'GRAPHQL_VALIDATION_FAILED');
    assertClean(
      await fx.gql(`{ reads(filter: { durationSec: { gte: 10, lte: 1 } }) { totalCount } }`),
      'BAD_USER_INPUT',
    );
  });

  test('malformed cursors are BAD_USER_INPUT', async () => {
    const q = `query($after: String) { reads(first: 5, after: $after) { edges { node { id } } } }`;
    for (const after of [
      'garbage',
      '!!!',
      Buffer.from('{"sort":[1,2,3]}').toString('base64url'),
      Buffer.from('{"sort":[{"a":1}]}').toString('base64url'),
      'e'.repeat(5000),
      Buffer.from('[]').toString('base64url'),
    ])
      assertClean(await fx.gql(q, { after }), 'BAD_USER_INPUT');
    // Right shape, wrong sort values for the field types.
    const page = await fx.gql<{ reads: { edges: Array<{ cursor: string }> } }>(
      `{ reads(first: 1, sort: [{ field: DURATION }]) { edges { cursor } } }`,
    );
    const c = JSON.parse(Buffer.from(page.data!.reads.edges[0]!.cursor, 'base64url').toString());
    c.sort[0] = 'not-a-number';
    const forged = Buffer.from(JSON.stringify(c)).toString('base64url');
    assertClean(
      await fx.gql(
        `query($after: String) { reads(first: 5, after: $after, sort: [{ field: DURATION }]) { edges { node { id } } } }`,
        { after: forged },
      ),
      'BAD_USER_INPUT',
    );
    // A cursor from another sort.
    assertClean(
      await fx.gql(`query($after: String) { reads(first: 5, after: $after) { edges { node { id } } } }`, {
        after: page.data!.reads.edges[0]!.cursor,
      }),
      'BAD_USER_INPUT',
    );
  });

  test('query syntax in search text is plain text, not query_string', async () => {
    const text = '"(foo AND bar~2) OR title:*"';
    const res = await fx.gql<{ reads: { totalCount: number } }>(
      `query($s: String) { reads(search: $s) { totalCount edges { node { id } } } }`,
      { s: text },
    );
    assert.equal(res.errors, undefined, res.text);
    assert.equal(res.data!.reads.totalCount, 0, 'no read contains these words');
    for (const s of ['title:*', 'reasoningText:pneumothorax', '*', 'a~2', '/.*/', '((((', '"', '\\', 'OR AND NOT'])
      assert.equal(
        (await fx.gql(`query($s: String) { reads(search: $s) { totalCount } }`, { s })).errors,
        undefined,
        s,
      );
    // A field name in the text does not target the field: 'impression:' is not syntax.
    const withField = await fx.gql<{ reads: { totalCount: number } }>(
      `query($s: String) { reads(search: $s) { totalCount } }`,
      { s: 'impression:pneumothorax' },
    );
    assert.equal(withField.errors, undefined);
  });

  test('a 1 MB string is refused with a clean 413; long search text is BAD_USER_INPUT', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const res = await fetch(fx.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ reads(search: $s) { totalCount } }', variables: { s: big } }),
    });
    assert.equal(res.status, 413);
    const body = (await res.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'PAYLOAD_TOO_LARGE');
    const long = await fx.gql(`query($s: String) { reads(search: $s) { totalCount } }`, { s: 'word '.repeat(2000) });
    assertClean(long, 'BAD_USER_INPUT');
  });

  test('batched requests are refused; malformed JSON is a clean 400', async () => {
    const batch = await fetch(fx.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ dataset { name } }' }, { query: '{ dataset { name } }' }]),
    });
    assert.equal(batch.status, 400);
    const bad = await fetch(fx.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    assert.equal(bad.status, 400);
    assert.doesNotMatch(await bad.text(), LEAKS);
  });

  test('no landing page; unknown paths are JSON 404s; tiles 404 cleanly', async () => {
    const landing = await fetch(fx.url, { headers: { accept: 'text/html' } });
    const html = await landing.text();
    assert.doesNotMatch(html, /<script|cdn\./i);
    const missing = await fetch(`${fx.origin}/nope`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
    const tile = await fetch(`${fx.origin}/tiles/does-not-exist.dzi`);
    assert.equal(tile.status, 404);
    const traversal = await fetch(`${fx.origin}/tiles/..%2F..%2Fpackage.json`);
    assert.equal(traversal.status, 404);
  });

  test('tiles are served with immutable caching; CORS only for the portal origins', async () => {
    const tiles = mkdtempSync(join(tmpdir(), 'cxt-tiles-'));
    mkdirSync(join(tiles, 'img1_files', '0'), { recursive: true });
    writeFileSync(join(tiles, 'img1.dzi'), '<Image TileSize="254" Overlap="1" Format="jpeg"/>');
    writeFileSync(join(tiles, 'img1_files', '0', '0_0.jpeg'), 'jpeg bytes');
    const app = await startApp(testConfig({ indexPrefix: fx.prefix, tilesDir: tiles }));
    try {
      const dzi = await fetch(`${app.origin}/tiles/img1.dzi`);
      assert.equal(dzi.status, 200);
      assert.match(dzi.headers.get('cache-control')!, /immutable/);
      assert.equal(dzi.headers.get('content-type'), 'application/xml; charset=utf-8'); // XML, not octet-stream
      assert.equal((await fetch(`${app.origin}/tiles/img1_files/0/0_0.jpeg`)).status, 200);
      assert.equal((await fetch(`${app.origin}/tiles/img2.dzi`)).status, 404);
      assert.equal((await fetch(`${app.origin}/tiles/`)).status, 404);
      const pre = await fetch(app.url, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
      });
      assert.equal(pre.status, 204);
      assert.equal(pre.headers.get('access-control-allow-origin'), 'http://localhost:3000');
      const other = await fetch(`${app.origin}/health`, { headers: { origin: 'http://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    } finally {
      await app.app.close();
      rmSync(tiles, { recursive: true, force: true });
    }
  });

  test('health and readiness', async () => {
    assert.equal((await fetch(`${fx.origin}/health`)).status, 200);
    const ready = await fetch(`${fx.origin}/ready`);
    assert.equal(ready.status, 200, await ready.text());
    // A prefix with nothing indexed is not ready, and says why.
    const empty = await startApp(testConfig({ indexPrefix: `${fx.prefix}-empty` }));
    try {
      const r = await fetch(`${empty.origin}/ready`);
      assert.equal(r.status, 503);
      assert.match(((await r.json()) as { reason: string }).reason, /ingest/);
      const q = await empty.gql(`{ dataset { name } }`);
      assertClean(q, 'SERVICE_UNAVAILABLE');
    } finally {
      await empty.app.close();
    }
  });
});

/** A TCP forwarder to the real node, started and stopped at will: Elasticsearch "going away". */
async function forwarder(port: number, target: URL): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 80), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('Elasticsearch unreachable, then back', () => {
  test('503 on /ready and SERVICE_UNAVAILABLE while down; recovers without a restart', async () => {
    const port = await freePort();
    const down = await startApp(
      testConfig({ indexPrefix: fx.prefix, elasticsearchUrl: `http://127.0.0.1:${port}`, esRequestTimeoutMs: 2_000 }),
    );
    let proxy: { close(): Promise<void> } | undefined;
    try {
      const ready = await fetch(`${down.origin}/ready`);
      assert.equal(ready.status, 503);
      assert.match(((await ready.json()) as { reason: string }).reason, /unreachable/);
      const q = await down.gql(
        `{ reads(filter: { countries: ["US"] }, first: 3) { totalCount edges { node { id } } } }`,
      );
      assertClean(q, 'SERVICE_UNAVAILABLE');
      const exp = await fetch(`${down.origin}/export/reads.ndjson`);
      assert.equal(exp.status, 503);

      // The node "comes back" on the same address.
      proxy = await forwarder(port, new URL(elasticsearchUrl()));
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await fetch(`${down.origin}/ready`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(status, 200, '/ready recovers');
      const again = await down.gql<{ reads: { totalCount: number } }>(
        `{ reads(filter: { countries: ["US"] }) { totalCount } }`,
      );
      assert.equal(again.errors, undefined, again.text);
      assert.equal(again.data!.reads.totalCount, matchingReads(fx.data, { countries: ['US'] }).length);
    } finally {
      await down.app.close();
      await proxy?.close();
    }
  });
});
