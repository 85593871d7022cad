/**
 * Hostile and broken input gets clean errors with codes, never a stack trace or Elasticsearch
 * internals; an unreachable Elasticsearch gives 503 on /ready and SERVICE_UNAVAILABLE, and the
 * service recovers by itself when the node comes back.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
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

  test('100 aliases are refused', async () => {
    const fields = Array.from({ length: 100 }, (_v, i) => `a${i}: dataset { name }`).join(' ');
    const res = await fx.gql(`{ ${fields} }`);
    assertClean(res, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(res.errors![0]!.message, /alias/i);
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

/**
 * The hostile-request suite (issue: at least 40 cases): each request is answered with a 4xx and
 * a clear code, in under a second, with nothing internal in the body. Cases needing protected
 * mode run against a second service on the same indices.
 */
describe('hostile-request suite', () => {
  interface Case {
    name: string;
    /** A GraphQL document (POSTed as JSON) … */
    query?: string;
    variables?: unknown;
    /** … or a raw request. */
    raw?: { path?: string; method?: string; body?: string; headers?: Record<string, string> };
    protectedMode?: boolean;
    status: number;
    code: string;
  }
  const nest = (depth: number, inner: string) => {
    let q = inner;
    for (let i = 0; i < depth; i++) q = `prior { ${q} }`;
    return q;
  };
  const chain = (n: number) =>
    Array.from({ length: n }, (_v, i) =>
      i === n - 1 ? `fragment F${i} on Image { id }` : `fragment F${i} on Image { prior { ...F${i + 1} } }`,
    ).join(' ');
  const deepNot = (depth: number): unknown => (depth === 0 ? { countries: ['BR'] } : { not: deepNot(depth - 1) });
  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  const cursor = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const V = 'GRAPHQL_VALIDATION_FAILED';
  const P = 'GRAPHQL_PARSE_FAILED';
  const B = 'BAD_USER_INPUT';
  const R = 'BAD_REQUEST';
  const cases: Case[] = [
    {
      name: 'cyclic fragments',
      query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      status: 400,
      code: V,
    },
    { name: 'self-referencing fragment', query: '{ ...A } fragment A on Query { ...A }', status: 400, code: V },
    {
      name: 'cycle through a field',
      query: '{ image(id: "x") { ...I } } fragment I on Image { prior { ...I } }',
      status: 400,
      code: V,
    },
    { name: 'deeply nested fragments', query: `{ image(id: "x") { ...F0 } } ${chain(40)}`, status: 400, code: V },
    {
      name: 'depth through inline fragments',
      query: `{ image(id: "x") { ... on Image { ${nest(30, 'id')} } } }`,
      status: 400,
      code: V,
    },
    { name: 'depth 200', query: `{ image(id: "x") { ${nest(200, 'id')} } }`, status: 400, code: V },
    {
      name: 'introspection nesting',
      query: `{ __type(name: "Query") { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } }`,
      status: 400,
      code: V,
    },
    {
      name: 'alias flood',
      query: `{ ${Array.from({ length: 40 }, (_v, i) => `a${i}: vocabulary { hedges }`).join(' ')} }`,
      status: 400,
      code: V,
    },
    {
      name: 'alias flood inside a fragment',
      query: `{ ...A } fragment A on Query { ${Array.from({ length: 40 }, (_v, i) => `a${i}: vocabulary { hedges }`).join(' ')} }`,
      status: 400,
      code: V,
    },
    {
      name: 'directive flood',
      query: `{ dataset ${'@include(if: true) '.repeat(60)} { name } }`,
      status: 400,
      code: V,
    },
    { name: 'unknown directive', query: '{ dataset @evil { name } }', status: 400, code: V },
    {
      name: 'huge token count',
      query: `{ dataset { ${'__typename '.repeat(6000)} } }`,
      status: 400,
      code: P,
    },
    {
      name: 'token flood in a list literal',
      query: `{ reads(filter: { readIds: [${'"a" '.repeat(5000)}] }) { totalCount } }`,
      status: 400,
      code: P,
    },
    { name: 'syntax error', query: '{ dataset {', status: 400, code: P },
    { name: 'unterminated string', query: '{ read(id: "abc) { id } }', status: 400, code: P },
    { name: 'unknown field', query: '{ secrets }', status: 400, code: V },
    { name: 'mutation (none exist)', query: 'mutation { dropAll }', status: 400, code: V },
    { name: 'subscription (none exist)', query: 'subscription { reads }', status: 400, code: V },
    { name: 'Int overflow', query: '{ reads(first: 99999999999) { totalCount } }', status: 400, code: V },
    { name: 'float for Int', query: '{ reads(first: 1.5) { totalCount } }', status: 400, code: V },
    { name: 'first beyond the page limit', query: '{ reads(first: 100000) { totalCount } }', status: 200, code: B },
    {
      name: 'facet size flood',
      query: '{ reads { facets { country(size: 1000000) { otherCount } } } }',
      status: 200,
      code: B,
    },
    {
      name: 'histogram bucket flood',
      query: '{ reads { facets { duration(buckets: 100000) { count } } } }',
      status: 200,
      code: B,
    },
    {
      name: 'track resolution flood',
      query: '{ reads(first: 1) { edges { node { track(maxPoints: 1000000000) { sampleCount } } } } }',
      status: 200,
      code: B,
    },
    {
      name: 'cost flood',
      query: '{ readers(first: 500) { edges { node { reads(first: 500) { edges { node { id } } } } } } }',
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
    },
    {
      name: 'filter nesting via variables',
      query: 'query($f: ReadFilter) { reads(filter: $f) { totalCount } }',
      variables: { f: deepNot(60) },
      status: 200,
      code: B,
    },
    {
      name: '5,000 values in one list',
      query: 'query($f: ReadFilter) { reads(filter: $f) { totalCount } }',
      variables: { f: { readIds: Array.from({ length: 5000 }, (_v, i) => `r${i}`) } },
      status: 200,
      code: B,
    },
    {
      name: '__proto__ in a filter',
      query: 'query($f: ReadFilter) { reads(filter: $f) { totalCount } }',
      variables: JSON.parse('{"f": {"__proto__": {"countries": ["BR"]}}}'),
      status: 400,
      code: B,
    },
    {
      name: 'variables of the wrong type',
      query: 'query($f: ReadFilter) { reads(filter: $f) { totalCount } }',
      variables: { f: 'countries=BR' },
      status: 400,
      code: B,
    },
    {
      name: 'variables as an array',
      raw: json({ query: '{ dataset { name } }', variables: [1, 2] }),
      status: 400,
      code: R,
    },
    { name: 'query as a number', raw: json({ query: 42 }), status: 400, code: R },
    { name: 'no query at all', raw: json({ variables: {} }), status: 400, code: R },
    { name: 'JSON that is a string', raw: json('hello'), status: 400, code: R },
    {
      name: 'batch array',
      raw: json([{ query: '{ dataset { name } }' }, { query: '{ dataset { name } }' }]),
      status: 400,
      code: R,
    },
    {
      name: 'malformed JSON',
      raw: { body: '{"query": "{ dataset { name } }"', headers: { 'content-type': 'application/json' } },
      status: 400,
      code: R,
    },
    {
      name: 'text/plain body (CSRF shape)',
      raw: { body: '{"query":"{ dataset { name } }"}', headers: { 'content-type': 'text/plain' } },
      status: 400,
      code: R,
    },
    {
      name: 'form-encoded body',
      raw: {
        body: 'query=%7B%20dataset%20%7B%20name%20%7D%20%7D',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      status: 400,
      code: R,
    },
    {
      name: 'oversized variables',
      raw: json({ query: '{ dataset { name } }', variables: { pad: 'x'.repeat(400_000) } }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'two operations, no operationName',
      query: 'query A { dataset { name } } query B { vocabulary { hedges } }',
      status: 400,
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'unknown operationName',
      raw: json({ query: 'query A { dataset { name } }', operationName: 'Nope' }),
      status: 400,
      code: 'OPERATION_RESOLUTION_FAILURE',
    },
    {
      name: 'cursor: not base64',
      query: 'query($a: String) { reads(first: 1, after: $a) { edges { cursor } } }',
      variables: { a: '%%%%' },
      status: 200,
      code: B,
    },
    {
      name: 'cursor: a PIT id of our invention',
      query: 'query($a: String) { reads(first: 1, after: $a) { edges { cursor } } }',
      variables: { a: cursor({ sort: ['x', 'y'], pit: 'AAAA', index: 'x' }) },
      status: 200,
      code: B,
    },
    {
      name: 'cursor: pointing at another index',
      query: 'query($a: String) { reads(first: 1, after: $a) { edges { cursor } } }',
      variables: { a: cursor({ sort: ['2024-01-01', 'x'], index: '.security-7' }) },
      status: 200,
      code: B,
    },
    {
      name: 'search: 10,000 characters of query syntax',
      query: 'query($s: String) { reads(search: $s) { totalCount } }',
      variables: { s: '(a OR b) AND '.repeat(800) },
      status: 200,
      code: B,
    },
    {
      name: 'search: only whitespace',
      query: 'query($s: String) { reads(search: $s) { totalCount } }',
      variables: { s: ' \t\n\u3000 ' },
      status: 200,
      code: B,
    },
    {
      name: 'unicode: country code with a zero-width joiner',
      query: 'query($f: ReadFilter) { reads(filter: $f) { totalCount } }',
      variables: { f: { countries: ['B\u200dR'] } },
      status: 200,
      code: B,
    },
    {
      name: 'unicode: right-to-left override in a band',
      query: 'query($f: ReadFilter) { reads(filter: $f) { totalCount } }',
      variables: { f: { experienceBands: ['\u202e9-5'] } },
      status: 200,
      code: B,
    },
    {
      name: 'unicode: lone surrogate in a hedge',
      raw: {
        body: '{"query":"query($f: ReadFilter) { reads(filter: $f) { totalCount } }","variables":{"f":{"hedges":["\\ud800"]}}}',
        headers: { 'content-type': 'application/json' },
      },
      status: 200,
      code: B,
    },
    {
      name: 'unicode: fullwidth enum literal',
      query: '{ reads(filter: { continents: [ＥＵ] }) { totalCount } }',
      status: 400,
      code: P,
    },
    {
      name: 'export: filter that is not JSON',
      raw: { path: '/export/reads.ndjson?filter=%7Bnope' },
      status: 400,
      code: B,
    },
    {
      name: 'export: filter given twice',
      raw: { path: '/export/reads.csv?filter=%7B%7D&filter=%7B%7D' },
      status: 400,
      code: B,
    },
    { name: 'export: unknown format', raw: { path: '/export/reads.xml' }, status: 404, code: 'NOT_FOUND' },
    { name: 'path traversal in tiles', raw: { path: '/tiles/..%2f..%2fetc%2fpasswd' }, status: 404, code: 'NOT_FOUND' },
    {
      name: 'protected: garbage bearer',
      protectedMode: true,
      query: '{ dataset { name } }',
      raw: { headers: { authorization: 'Bearer \u00ff\u00fe' } },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'protected: 12 KB Authorization header',
      protectedMode: true,
      query: '{ dataset { name } }',
      raw: { headers: { authorization: `Bearer ${'a'.repeat(12_000)}` } },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'protected: a forged key of the right shape',
      protectedMode: true,
      query: '{ dataset { name } }',
      raw: { headers: { authorization: `Bearer cxt_0123456789abcdef_${'A'.repeat(43)}` } },
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'protected: record-level field for the public tier',
      protectedMode: true,
      query: '{ reads(first: 1) { edges { node { impression } } } }',
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'protected: audit log for the public tier',
      protectedMode: true,
      query: '{ auditEvents { principal } }',
      status: 403,
      code: 'FORBIDDEN',
    },
  ];

  let guarded: Awaited<ReturnType<typeof startApp>>;
  before(async () => {
    guarded = await startApp(
      testConfig({
        indexPrefix: fx.prefix,
        access: {
          mode: 'protected',
          minCell: 10,
          publicImageDatasets: [],
          rateLimit: { perMinute: 60, burst: 5 },
          keyCacheMs: 0,
        },
      }),
    );
  });
  after(async () => {
    await guarded?.app.close();
  });

  test(`at least 40 cases`, () => assert.ok(cases.length >= 40, String(cases.length)));

  for (const c of cases)
    test(c.name, async () => {
      const origin = c.protectedMode ? guarded.origin : fx.origin;
      const started = performance.now();
      const path = c.raw?.path ?? '/graphql';
      const body =
        c.raw?.body ?? (c.query !== undefined ? JSON.stringify({ query: c.query, variables: c.variables }) : undefined);
      const res = await fetch(`${origin}${path}`, {
        method: c.raw?.method ?? (body === undefined ? 'GET' : 'POST'),
        headers: { 'content-type': 'application/json', ...c.raw?.headers },
        body,
      });
      const text = await res.text();
      const ms = performance.now() - started;
      assert.ok(ms < 1_000, `${Math.round(ms)} ms`);
      assert.equal(res.status, c.status, text.slice(0, 300));
      const parsed = JSON.parse(text) as {
        errors?: Array<{ extensions?: { code?: string } }>;
        error?: { code?: string };
      };
      const code = parsed.error?.code ?? parsed.errors?.[0]?.extensions?.code;
      assert.equal(code, c.code, text.slice(0, 300));
      assert.doesNotMatch(text, LEAKS, text.slice(0, 300));
    });

  test('rate limit: an empty bucket is 429 with Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 8; i++)
      last = await fetch(`${guarded.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ vocabulary { hedges } }' }),
      });
    assert.equal(last!.status, 429);
    assert.ok(Number(last!.headers.get('retry-after')) >= 1);
    const body = (await last!.json()) as { errors: Array<{ extensions: { code: string } }> };
    assert.equal(body.errors[0]!.extensions.code, 'RATE_LIMITED');
  });

  test('security headers on every answer', async () => {
    const res = await fetch(`${fx.origin}/health`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(res.headers.get('x-powered-by'), null);
  });
});

describe('the /graphql body reader', () => {
  /** One POST to /graphql with exactly these headers and body chunks (no fetch defaults). */
  function post(
    headers: Record<string, string>,
    chunks: Buffer[],
  ): Promise<{ status: number; body: { data?: unknown; error?: { code: string }; errors?: unknown[] } }> {
    return new Promise((resolve, reject) => {
      const req = request(fx.url, { method: 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      for (const c of chunks) req.write(c);
      req.end();
    });
  }
  const query = JSON.stringify({ query: '{ dataset { name } reads(first: 0) { totalCount } }' });

  test('a gzip- or deflate-compressed JSON body answers as the plain one does', async () => {
    const plain = await post({ 'content-type': 'application/json' }, [Buffer.from(query)]);
    assert.equal(plain.status, 200);
    assert.ok(plain.body.data);
    for (const [encoding, bytes] of [
      ['gzip', gzipSync(query)],
      ['deflate', deflateSync(query)],
      ['br', brotliCompressSync(query)],
    ] as const) {
      const r = await post({ 'content-type': 'application/json', 'content-encoding': encoding }, [bytes]);
      assert.equal(r.status, 200, encoding);
      assert.deepEqual(r.body.data, plain.body.data, encoding);
    }
  });

  test('a chunked body past the limit (no content-length) is a clean 413, not a reset', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const r = await post({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, [
      Buffer.from('{"query":"{ dataset { name } }","pad":"'),
      ...Array.from({ length: 6 }, () => chunk),
      Buffer.from('"}'),
    ]);
    assert.equal(r.status, 413);
    assert.equal(r.body.error?.code, 'PAYLOAD_TOO_LARGE');
  });

  test('a small compressed body that inflates past the limit is a 413', async () => {
    const bomb = gzipSync(
      Buffer.concat([Buffer.from('{"query":"'), Buffer.alloc(2 * 1024 * 1024, 0x20), Buffer.from('"}')]),
    );
    assert.ok(bomb.length < 16 * 1024, `the compressed body is small (${bomb.length} B)`);
    const r = await post({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, [bomb]);
    assert.equal(r.status, 413);
    assert.equal(r.body.error?.code, 'PAYLOAD_TOO_LARGE');
  });

  test('an encoding or charset it does not read is a 415 that names it', async () => {
    const enc = await post({ 'content-type': 'application/json', 'content-encoding': 'compress' }, [
      Buffer.from(query),
    ]);
    assert.equal(enc.status, 415);
    assert.match(JSON.stringify(enc.body), /compress/);
    const cs = await post({ 'content-type': 'application/json; charset=latin1' }, [Buffer.from(query)]);
    assert.equal(cs.status, 415);
    assert.match(JSON.stringify(cs.body), /latin1/);
    const corrupt = await post({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, [
      Buffer.from(query),
    ]);
    assert.equal(corrupt.status, 400);
    assert.equal(corrupt.body.error?.code, 'BAD_REQUEST');
  });
});
