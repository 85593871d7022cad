/**
 * Access matrix (docs/access.md): every kind of caller × every entry point, against the real
 * node, with the expected allow/deny and HTTP status; then a dataset-limited principal is
 * shown to see nothing of another dataset through any path (counts from the dataset files).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NIH, SYNTHETIC, startProtectedFixture, unsignedToken, type ProtectedFixture } from './access-setup.ts';

let fx: ProtectedFixture;
let tokens: Record<string, string>;
before(async () => {
  fx = await startProtectedFixture('access');
  tokens = {
    oidc: await fx.issuer.token({ sub: 'alice' }),
    oidcLimited: await fx.issuer.token({ sub: 'bob', chexthought_datasets: [NIH] }),
    oidcExpired: await fx.issuer.token({ sub: 'carol' }, { expiresIn: Math.floor(Date.now() / 1000) - 120 }),
    oidcForeign: await fx.issuer.token({ sub: 'dave' }, { key: fx.issuer.foreignKey }),
    algNone: unsignedToken(fx.issuer.url),
  };
});
after(async () => {
  await fx?.close();
});

type Kind = 'public' | 'credentialed' | 'admin' | 'invalid';

/** Caller → (credential, kind of answer expected). */
function callers(): Array<{ name: string; credential?: string; raw?: string; kind: Kind }> {
  return [
    { name: 'anonymous', kind: 'public' },
    { name: 'public key', credential: fx.keys.publicKey, kind: 'public' },
    { name: 'credentialed key', credential: fx.keys.credentialed, kind: 'credentialed' },
    { name: 'dataset-limited key', credential: fx.keys.limited, kind: 'credentialed' },
    { name: 'admin key', credential: fx.keys.admin, kind: 'admin' },
    { name: 'OIDC token', credential: tokens.oidc, kind: 'credentialed' },
    { name: 'OIDC dataset-limited token', credential: tokens.oidcLimited, kind: 'credentialed' },
    { name: 'expired key', credential: fx.keys.expired, kind: 'invalid' },
    { name: 'revoked key', credential: fx.keys.revoked, kind: 'invalid' },
    { name: 'malformed key', credential: 'cxt_0123_nope', kind: 'invalid' },
    { name: 'malformed token', credential: 'not.a.jwt', kind: 'invalid' },
    { name: 'not a bearer', raw: 'Basic dXNlcjpwYXNz', kind: 'invalid' },
    { name: 'expired token', credential: tokens.oidcExpired, kind: 'invalid' },
    { name: 'token signed by another key', credential: tokens.oidcForeign, kind: 'invalid' },
    { name: 'alg: none token', credential: tokens.algNone, kind: 'invalid' },
  ];
}

/** What each entry point needs: the lowest tier that may use it. */
type Need = 'public' | 'credentialed' | 'admin';

function entries(): Array<{ name: string; need: Need; gql?: string; path?: string }> {
  const read = fx.data.reads.find((r) => fx.data.images.get(r.imageId)!.dataset === NIH)!;
  const image = fx.data.images.get(read.imageId)!;
  return [
    { name: 'dataset', need: 'public', gql: '{ dataset { name readCount } }' },
    { name: 'vocabulary', need: 'public', gql: '{ vocabulary { findings { label } } }' },
    { name: 'access', need: 'public', gql: '{ access { tier principal } }' },
    { name: 'statistics', need: 'public', gql: '{ statistics { readCount readsByCountry { value count } } }' },
    { name: 'reads totalCount', need: 'public', gql: '{ reads { totalCount } }' },
    { name: 'images totalCount', need: 'public', gql: '{ images { totalCount } }' },
    { name: 'readers totalCount', need: 'public', gql: '{ readers { totalCount } }' },
    {
      name: 'facets',
      need: 'public',
      gql: '{ reads { facets { country { buckets { value count suppressed } otherCount } duration { count histogram { count } } } } }',
    },
    { name: 'reads edges', need: 'credentialed', gql: '{ reads(first: 3) { edges { node { id } } } }' },
    { name: 'images edges', need: 'credentialed', gql: '{ images(first: 3) { edges { node { id } } } }' },
    { name: 'readers edges', need: 'credentialed', gql: '{ readers(first: 3) { edges { node { id } } } }' },
    { name: 'pageInfo (cursors)', need: 'credentialed', gql: '{ reads(first: 3) { pageInfo { endCursor } } }' },
    { name: 'read by id', need: 'credentialed', gql: `{ read(id: "${read.id}") { id impression } }` },
    { name: 'image by id', need: 'credentialed', gql: `{ image(id: "${image.id}") { id patientId } }` },
    { name: 'reader by id', need: 'credentialed', gql: `{ reader(id: "${read.readerId}") { id } }` },
    {
      name: 'nested lookups',
      need: 'credentialed',
      gql: `{ read(id: "${read.id}") { image { reads { id } prior { id } } reader { readCount } } }`,
    },
    {
      name: 'track',
      need: 'credentialed',
      gql: `{ read(id: "${read.id}") { track(maxPoints: 10) { sampleCount samples { count } } } }`,
    },
    {
      name: 'reasoning via fragment',
      need: 'credentialed',
      gql: `{ ...Q } fragment Q on Query { read(id: "${read.id}") { reasoning { text } } }`,
    },
    { name: 'audit events', need: 'admin', gql: '{ auditEvents(first: 1) { principal } }' },
    { name: 'export reads', need: 'credentialed', path: '/export/reads.ndjson' },
    { name: 'export images', need: 'credentialed', path: '/export/images.csv' },
    { name: 'tile descriptor', need: 'credentialed', path: `/tiles/${image.displayImageId ?? image.id}.dzi` },
    { name: 'tile image', need: 'credentialed', path: `/tiles/${image.displayImageId ?? image.id}_files/0/0_0.jpg` },
  ];
}

const RANK: Record<Need, number> = { public: 0, credentialed: 1, admin: 2 };

async function call(entry: ReturnType<typeof entries>[number], headers: Record<string, string>) {
  if (entry.gql) {
    const res = await fx.gql(entry.gql, undefined, headers);
    return { status: res.status, code: res.errors?.[0]?.extensions?.code, text: res.text };
  }
  const res = await fetch(`${fx.origin}${entry.path}`, { headers });
  const text = await res.text();
  let code: unknown;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    /* a tile or an export body */
  }
  return { status: res.status, code, text };
}

describe('access matrix: caller × entry point', () => {
  test('every caller gets the expected status and code at every entry point', async () => {
    const failures: string[] = [];
    for (const c of callers()) {
      const headers = c.raw ? { authorization: c.raw } : fx.bearer(c.credential);
      for (const e of entries()) {
        const got = await call(e, headers);
        const allowed = c.kind !== 'invalid' && RANK[c.kind] >= RANK[e.need];
        const want = c.kind === 'invalid' ? [401, 'UNAUTHENTICATED'] : allowed ? [200, undefined] : [403, 'FORBIDDEN'];
        if (got.status !== want[0] || got.code !== want[1])
          failures.push(
            `${c.name} × ${e.name}: ${got.status} ${String(got.code)} (want ${want.join(' ')}) ${got.text.slice(0, 160)}`,
          );
        // Refusals never say why a credential failed (nothing to help guessing).
        if (c.kind === 'invalid') assert.doesNotMatch(got.text, /expired|revoked|signature|alg|unknown/i, got.text);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('the access query says who the caller is', async () => {
    const me = async (c?: string) =>
      (
        (await fx.gql('{ access { tier principal datasets minCell mode } }', undefined, fx.bearer(c))).data as {
          access: Record<string, unknown>;
        }
      ).access;
    assert.deepEqual(await me(), {
      tier: 'PUBLIC',
      principal: 'anonymous',
      datasets: null,
      minCell: 10,
      mode: 'protected',
    });
    const limited = await me(fx.keys.limited);
    assert.equal(limited.tier, 'CREDENTIALED');
    assert.deepEqual(limited.datasets, [NIH]);
    assert.equal(limited.minCell, null);
    assert.equal((await me(tokens.oidc)).principal, 'oidc:alice');
  });

  test('a rotated signing key is fetched from the JWKS; the old key still verifies', async () => {
    const old = await fx.issuer.token({ sub: 'erin' });
    await fx.issuer.rotate();
    await new Promise((r) => setTimeout(r, 600)); // past the JWKS fetch cooldown
    const rotated = await fx.issuer.token({ sub: 'erin' });
    for (const t of [rotated, old]) {
      const res = await fx.gql('{ access { principal } }', undefined, fx.bearer(t));
      assert.equal(res.status, 200, res.text);
    }
  });

  test('public errors carry no field suggestions; credentialed ones do', async () => {
    const q = '{ dataset { nme } }';
    const pub = await fx.gql(q);
    assert.equal(pub.status, 400);
    assert.doesNotMatch(pub.text, /Did you mean/);
    const cred = await fx.gql(q, undefined, fx.bearer(fx.keys.credentialed));
    assert.match(cred.text, /Did you mean/);
  });
});

describe('a dataset-limited principal sees nothing of another dataset', () => {
  const nihReads = () => fx.data.reads.filter((r) => fx.data.images.get(r.imageId)!.dataset === NIH);
  const otherReads = () => fx.data.reads.filter((r) => fx.data.images.get(r.imageId)!.dataset !== NIH);
  const q = <T>(query: string, variables?: Record<string, unknown>, credential = fx.keys.limited) =>
    fx.gql<T>(query, variables, fx.bearer(credential));

  test('the fixture holds both datasets (else this block proves nothing)', () => {
    assert.ok(nihReads().length > 0 && otherReads().length > 0);
  });

  for (const [label, credential] of [
    ['key', () => fx.keys.limited],
    ['OIDC token', () => tokens.oidcLimited],
  ] as const)
    test(`${label}: connections, totals, facets (incl. global), statistics, dataset counts`, async () => {
      const res = await q<{
        reads: { totalCount: number; edges: Array<{ node: { id: string; dataset: string } }> };
        images: { totalCount: number };
        readers: { totalCount: number };
        own: { facets: { dataset: { buckets: Array<{ value: string }> } } };
        statistics: { readCount: number; readsByCountry: Array<{ count: number }> };
        dataset: { readCount: number; imageCount: number; readerCount: number };
      }>(
        `query($other: [String!]) {
          reads(first: 500) { totalCount edges { node { id dataset } } }
          images { totalCount }
          readers { totalCount }
          own: reads(filter: { datasets: $other }) { facets { dataset { buckets { value } } } }
          statistics { readCount readsByCountry { count } }
          dataset { readCount imageCount readerCount }
        }`,
        { other: [SYNTHETIC] },
        credential(),
      );
      assert.equal(res.status, 200, res.text);
      const d = res.data!;
      const nih = nihReads();
      assert.equal(d.reads.totalCount, nih.length);
      assert.ok(d.reads.edges.every((e) => e.node.dataset === NIH));
      const nihImages = [...fx.data.images.values()].filter((i) => i.dataset === NIH).length;
      assert.equal(d.images.totalCount, nihImages);
      const nihReaders = new Set(nih.map((r) => r.readerId)).size;
      assert.equal(d.readers.totalCount, nihReaders);
      // The dataset facet escapes the query with `global`: the hook must hold there too.
      assert.deepEqual(
        d.own.facets.dataset.buckets.map((b) => b.value),
        [NIH],
      );
      assert.equal(d.statistics.readCount, nih.length);
      assert.equal(
        d.statistics.readsByCountry.reduce((n, b) => n + b.count, 0),
        nih.length,
      );
      assert.deepEqual(d.dataset, { readCount: nih.length, imageCount: nihImages, readerCount: nihReaders });
    });

  test('lookups by id (and DataLoader batches) drop other datasets’ documents', async () => {
    const other = otherReads().slice(0, 5);
    const mine = nihReads().slice(0, 5);
    const ids = [...other, ...mine].map((r) => r.id);
    const aliases = ids.map((id, i) => `r${i}: read(id: "${id}") { id image { id } }`).join(' ');
    const imgs = [...other, ...mine].map((r, i) => `i${i}: image(id: "${r.imageId}") { id }`).join(' ');
    const res = await q<Record<string, { id: string } | null>>(`{ ${aliases} ${imgs} }`);
    assert.equal(res.status, 200, res.text);
    other.forEach((_r, i) => {
      assert.equal(res.data![`r${i}`], null);
      assert.equal(res.data![`i${i}`], null);
    });
    mine.forEach((r, i) => assert.equal(res.data![`r${i + other.length}`]?.id, r.id));
  });

  test('readers: only those with a read in scope, their aggregates over those reads only', async () => {
    const nih = nihReads();
    const inScope = new Set(nih.map((r) => r.readerId));
    const outOnly = [...fx.data.readers.keys()].find((id) => !inScope.has(id));
    const both = [...inScope].find((id) => otherReads().some((r) => r.readerId === id));
    if (outOnly) {
      const res = await q<{ reader: unknown }>(`{ reader(id: "${outOnly}") { id } }`);
      assert.equal(res.data!.reader, null);
    }
    assert.ok(both, 'fixture: a reader who read both datasets');
    const res = await q<{ reader: { readCount: number; reads: { totalCount: number } } }>(
      `{ reader(id: "${both}") { readCount reads { totalCount } } }`,
    );
    const expected = nih.filter((r) => r.readerId === both).length;
    assert.deepEqual(res.data!.reader, { readCount: expected, reads: { totalCount: expected } });
  });

  test('export holds only the scope’s rows', async () => {
    const res = await fetch(`${fx.origin}/export/reads.ndjson`, { headers: fx.bearer(fx.keys.limited) });
    const rows = (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { dataset: string });
    assert.equal(rows.length, nihReads().length);
    assert.ok(rows.every((r) => r.dataset === NIH));
  });

  test('a cursor made for another principal still yields only the scope', async () => {
    const first = await q<{ reads: { pageInfo: { endCursor: string } } }>(
      '{ reads(first: 10) { pageInfo { endCursor } } }',
      undefined,
      fx.keys.credentialed,
    );
    const cursor = first.data!.reads.pageInfo.endCursor;
    const next = await q<{ reads: { edges: Array<{ node: { dataset: string } }> } }>(
      `query($c: String) { reads(first: 500, after: $c) { edges { node { dataset } } } }`,
      { c: cursor },
    );
    assert.equal(next.status, 200, next.text);
    assert.ok(next.data!.reads.edges.every((e) => e.node.dataset === NIH));
  });

  test('tiles: a tile shown only by another dataset’s images is refused', async () => {
    // Fixture with the scope reversed: a principal limited to the synthetic images, which
    // display NIH pixels; an NIH image no synthetic image displays is out of its reach.
    const synthetic = await fx.app.shared.auth.keys.create({
      name: 'syn',
      tier: 'credentialed',
      datasets: [SYNTHETIC],
    });
    const shown = new Set(
      [...fx.data.images.values()].filter((i) => i.dataset === SYNTHETIC).map((i) => i.displayImageId),
    );
    const hidden = [...fx.data.images.values()].find((i) => i.dataset === NIH && !shown.has(i.id))!;
    const visible = [...shown][0]!;
    const get = (id: string) => fetch(`${fx.origin}/tiles/${id}.dzi`, { headers: fx.bearer(synthetic.key) });
    assert.equal((await get(visible!)).status, 200);
    assert.equal((await get(hidden.id)).status, 403);
    assert.equal((await get('no-such-image')).status, 403);
  });
});

describe('audit', () => {
  test('record-level queries and exports are audited; aggregates are not', async () => {
    const tag = `audit-${Date.now()}`;
    const rec = await fx.gql(
      `query ${tag.replace(/-/g, '_')} { reads(first: 7) { edges { node { id } } } }`,
      undefined,
      fx.bearer(fx.keys.credentialed),
    );
    assert.equal(rec.status, 200);
    await fx.gql('query Aggregate { reads { totalCount } }', undefined, fx.bearer(fx.keys.credentialed));
    const exp = await fetch(
      `${fx.origin}/export/reads.ndjson?filter=${encodeURIComponent('{"datasets":["NIH ChestX-ray14"]}')}`,
      {
        headers: fx.bearer(fx.keys.credentialed),
      },
    );
    const body = await exp.text();
    await fx.app.shared.audit.flush();
    const res = await fx.gql<{ auditEvents: Array<Record<string, unknown>> }>(
      'query($p: String) { auditEvents(principal: $p, since: "10m", first: 50) { principal tier kind operation filter resultCount bytes status requestId } }',
      { p: `key:${/^cxt_([0-9a-f]{16})_/.exec(fx.keys.credentialed)![1]}` },
      fx.bearer(fx.keys.admin),
    );
    assert.equal(res.status, 200, res.text);
    const events = res.data!.auditEvents;
    const gql = events.find((e) => e.operation === tag.replace(/-/g, '_'))!;
    assert.ok(gql, JSON.stringify(events));
    assert.equal(gql.resultCount, 7);
    assert.equal(gql.tier, 'CREDENTIALED');
    assert.ok(!events.some((e) => e.operation === 'Aggregate'));
    const ex = events.find((e) => e.kind === 'export')!;
    assert.equal(ex.resultCount, body.split('\n').filter(Boolean).length);
    assert.equal(ex.bytes, Buffer.byteLength(body));
    assert.match(String(ex.filter), /NIH ChestX-ray14/);
  });
});
