/**
 * Cursor paging (search_after + point in time) returns every read exactly once in sort order,
 * also on a non-unique sort key; the cost of a page in Elasticsearch requests is bounded.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixture, type Fixture, type GqlResult } from './setup.ts';
import { matchingReads, type Filter } from './expect.ts';

let fx: Fixture;
before(async () => {
  fx = await startFixture('paging');
});
after(async () => {
  await fx?.close();
});

interface Page<N> {
  totalCount: number;
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function pageThrough<N>(
  field: 'reads' | 'images' | 'readers',
  selection: string,
  vars: { filter?: unknown; sort?: unknown },
  first = 100,
) {
  const type = field === 'readers' ? 'ReaderFilter' : 'ReadFilter';
  const sortType = field === 'reads' ? 'ReadSort' : field === 'images' ? 'ImageSort' : 'ReaderSort';
  const query = `query($after: String, $filter: ${type}, $sort: [${sortType}!]) {
    ${field}(first: ${first}, after: $after, filter: $filter, sort: $sort) {
      totalCount edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor }
    }
  }`;
  const nodes: N[] = [];
  const cursors: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const res: GqlResult<Record<string, Page<N>>> = await fx.gql<Record<string, Page<N>>>(query, { ...vars, after });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const page = res.data![field]!;
    nodes.push(...page.edges.map((e) => e.node));
    cursors.push(...page.edges.map((e) => e.cursor));
    pages++;
    assert.ok(pages < 100, 'paging terminates');
    if (!page.pageInfo.hasNextPage) return { nodes, cursors, total: page.totalCount, pages };
    assert.equal(page.pageInfo.endCursor, page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor;
  }
}

describe('paging with cursors', () => {
  test('every read exactly once, in id order (the default sort)', async () => {
    const { nodes, total, pages } = await pageThrough<{ id: string }>('reads', 'id', {});
    const ids = nodes.map((n) => n.id);
    assert.equal(total, fx.data.reads.length);
    assert.equal(ids.length, fx.data.reads.length);
    assert.equal(new Set(ids).size, ids.length, 'no read twice');
    assert.deepEqual(ids, fx.data.reads.map((r) => r.id).sort(), 'all reads, ascending id');
    assert.equal(pages, Math.ceil(fx.data.reads.length / 100));
  });

  test('sorted by a non-unique field (COUNTRY), descending duration as well', async () => {
    const { nodes } = await pageThrough<{ id: string; reader: { country: string } }>('reads', 'id reader { country }', {
      sort: [{ field: 'COUNTRY' }],
    });
    assert.equal(nodes.length, fx.data.reads.length);
    assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length);
    for (let i = 1; i < nodes.length; i++) {
      const a = nodes[i - 1]!;
      const b = nodes[i]!;
      const ok = a.reader.country < b.reader.country || (a.reader.country === b.reader.country && a.id < b.id);
      assert.ok(ok, `order at ${i}: ${a.reader.country}/${a.id} then ${b.reader.country}/${b.id}`);
    }
    const byDuration = await pageThrough<{ id: string; durationSec: number }>(
      'reads',
      'id durationSec',
      { sort: [{ field: 'DURATION', direction: 'DESC' }] },
      37,
    );
    assert.equal(new Set(byDuration.nodes.map((n) => n.id)).size, fx.data.reads.length);
    for (let i = 1; i < byDuration.nodes.length; i++)
      assert.ok(byDuration.nodes[i - 1]!.durationSec >= byDuration.nodes[i]!.durationSec);
  });

  test('a filtered set pages to exactly the reads the files say match', async () => {
    const filter: Filter = {
      continents: ['EU', 'SA'],
      findings: { any: ['NO_FINDING', 'CONSOLIDATION', 'ATELECTASIS'] },
    };
    const { nodes, total } = await pageThrough<{ id: string }>('reads', 'id', { filter }, 7);
    const expected = matchingReads(fx.data, filter)
      .map((r) => r.id)
      .sort();
    assert.equal(total, expected.length);
    assert.deepEqual(
      nodes.map((n) => n.id),
      expected,
    );
  });

  test('images and readers page too', async () => {
    const images = await pageThrough<{ id: string }>(
      'images',
      'id',
      { sort: [{ field: 'READ_COUNT', direction: 'DESC' }] },
      50,
    );
    assert.equal(new Set(images.nodes.map((n) => n.id)).size, new Set(fx.data.reads.map((r) => r.imageId)).size);
    const readers = await pageThrough<{ id: string }>('readers', 'id', { sort: [{ field: 'EXPERIENCE' }] }, 25);
    assert.deepEqual(readers.nodes.map((n) => n.id).sort(), [...fx.data.readers.keys()].sort());
  });

  test('later cursors carry a point in time; a forged or foreign cursor is BAD_USER_INPUT', async () => {
    const q = `query($after: String) { reads(first: 50, after: $after) { edges { cursor node { id } } pageInfo { endCursor } } }`;
    const p1 = await fx.gql<{ reads: Page<{ id: string }> }>(q, {});
    const c1 = JSON.parse(Buffer.from(p1.data!.reads.pageInfo.endCursor!, 'base64url').toString());
    assert.equal(c1.pit, undefined, 'the first page searches the alias without a PIT');
    assert.match(c1.index, new RegExp(`^${fx.prefix}-reads-v\\d+$`));
    const p2 = await fx.gql<{ reads: Page<{ id: string }> }>(q, { after: p1.data!.reads.pageInfo.endCursor });
    const c2 = JSON.parse(Buffer.from(p2.data!.reads.pageInfo.endCursor!, 'base64url').toString());
    assert.equal(typeof c2.pit, 'string', 'following a cursor opens a PIT that later cursors carry');
    // A cursor pointing at another index (e.g. the readers') must not open a PIT there.
    const foreign = Buffer.from(JSON.stringify({ sort: ['x'], index: `${fx.prefix}-readers-v1` })).toString(
      'base64url',
    );
    const bad = await fx.gql(q, { after: foreign });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    // An unknown PIT id: "cursor expired", never a 500.
    const expired = Buffer.from(
      JSON.stringify({ sort: ['x'], pit: 'AAAAAAAAAAAAAAAAAAAAAAAA', index: c1.index }),
    ).toString('base64url');
    const exp = await fx.gql(q, { after: expired });
    assert.equal(exp.status, 200);
    assert.equal(exp.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(exp.errors));
    // A snapshot that has gone (the PIT closed or expired): "cursor expired".
    await fx.es.closePointInTime({ id: c2.pit });
    const gone = await fx.gql(q, { after: p2.data!.reads.pageInfo.endCursor });
    assert.equal(gone.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(gone.errors![0]!.message, /cursor expired/);
    // A cursor of an index a re-index has retired: "cursor expired" as well.
    const retired = Buffer.from(
      JSON.stringify({ sort: c1.sort, index: `${fx.prefix}-reads-v20000101000000000` }),
    ).toString('base64url');
    const ret = await fx.gql(q, { after: retired });
    assert.match(ret.errors?.[0]?.message ?? '', /cursor expired/);
  });
});

describe('Elasticsearch requests per operation', () => {
  test('a page of 100 reads with image and reader costs at most 1 + depth (3) requests', async () => {
    const res = await fx.gql<{
      reads: { edges: Array<{ node: { id: string; image: { id: string }; reader: { id: string } } }> };
    }>(
      `{ reads(first: 100) { totalCount edges { node { id durationSec image { id width height tileSource } reader { id country experienceYears } } } } }`,
    );
    assert.equal(res.errors, undefined);
    assert.equal(res.data!.reads.edges.length, 100);
    for (const e of res.data!.reads.edges) {
      const read = fx.data.reads.find((r) => r.id === e.node.id)!;
      assert.equal(e.node.image.id, read.imageId);
      assert.equal(e.node.reader.id, read.readerId);
    }
    assert.ok(res.esRequests <= 3, `x-es-requests ${res.esRequests}`);
  });

  test('images with their reads and readers: one search, one msearch, one mget', async () => {
    const res = await fx.gql(`{ images(first: 50) { edges { node { id reads(first: 10) { id reader { id } } } } } }`);
    assert.equal(res.errors, undefined);
    assert.ok(res.esRequests <= 3, `x-es-requests ${res.esRequests}`);
  });

  test('readers with their reads connections: the per-reader searches share one msearch', async () => {
    const res = await fx.gql<{ readers: { edges: Array<{ node: { id: string; reads: { totalCount: number } } }> } }>(
      `{ readers(first: 20) { edges { node { id reads(first: 3) { totalCount edges { node { id image { id } } } } } } } }`,
    );
    assert.equal(res.errors, undefined);
    for (const e of res.data!.readers.edges)
      assert.equal(e.node.reads.totalCount, fx.data.reads.filter((r) => r.readerId === e.node.id).length);
    assert.ok(res.esRequests <= 3, `x-es-requests ${res.esRequests}`);
  });

  test('totalCount alone fetches no hits and costs one request', async () => {
    const res = await fx.gql<{ reads: { totalCount: number } }>(
      `{ reads(filter: { countries: ["US"] }) { totalCount } }`,
    );
    assert.equal(res.data!.reads.totalCount, matchingReads(fx.data, { countries: ['US'] }).length);
    assert.equal(res.esRequests, 1);
  });
});

describe('entities', () => {
  test('image fields, prior/next and finding votes match the files', async () => {
    const withPrior = [...fx.data.images.values()].find(
      (i) =>
        i.followUp > 0 &&
        [...fx.data.images.values()].some((p) => p.patientId === i.patientId && p.followUp === i.followUp - 1),
    );
    const img = withPrior ?? [...fx.data.images.values()][0]!;
    const res = await fx.gql<{
      image: Record<string, unknown> & {
        reads: Array<{ id: string }>;
        prior: { id: string; followUp: number } | null;
        findingVotes: Array<{ finding: string; positive: number; readCount: number }>;
      };
    }>(
      `query($id: ID!) { image(id: $id) { id patientId followUp viewPosition width height tileSource thumbnail displayImageId synthetic readCount
        reads(first: 20) { id } prior { id followUp } reportedFindings findingVotes { finding label positive readCount meanCertainty } } }`,
      { id: img.id },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const got = res.data!.image;
    const reads = fx.data.reads.filter((r) => r.imageId === img.id);
    assert.equal(got.width, img.width);
    assert.equal(got.viewPosition, img.viewPosition);
    assert.equal(got.readCount, reads.length);
    assert.deepEqual(got.reads.map((r) => r.id).sort(), reads.map((r) => r.id).sort());
    assert.equal(got.tileSource, `/tiles/${img.displayImageId ?? img.id}.dzi`);
    assert.equal(got.thumbnail, `/tiles/${img.displayImageId ?? img.id}.thumb.jpg`);
    if (withPrior) assert.equal(got.prior!.followUp, img.followUp - 1);
    for (const v of got.findingVotes) assert.equal(v.readCount, reads.length);
    const missing = await fx.gql<{ image: null }>(`{ image(id: "no-such-image") { id } }`);
    assert.equal(missing.data!.image, null);
  });

  test('read: findings, reasoning trace with step index and text, reader', async () => {
    const read = fx.data.reads.find((r) => r.reasoning.some((s) => (s.words ?? []).length > 0)) ?? fx.data.reads[0]!;
    const res = await fx.gql<{
      read: {
        findings: Array<{ label: string; certainty: number; certaintyName: string }>;
        reasoning: { steps: Array<{ index: number; text: string }>; text: string; hasWordTimings: boolean };
        strategy: string;
        trackSummary: { sampleCount: number } | null;
      };
    }>(
      `query($id: ID!) { read(id: $id) { id strategy strategySource findings { finding label certainty certaintyName region { xmin ymin xmax ymax } }
        reasoning { steps { index text start end kind findings hedges words { text start end } } text hedgeCount wordCount hasWordTimings }
        clinicalContext { shown used text } trackSummary { sampleCount fixationCount hasViewport samplingHz } reader { id countryName continent role } } }`,
      { id: read.id },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const got = res.data!.read;
    assert.deepEqual(
      got.findings.map((f) => [f.label, f.certainty]),
      read.findings.map((f) => [f.label, f.certainty]),
    );
    assert.deepEqual(
      got.reasoning.steps.map((s) => s.index),
      read.reasoning.map((_s, i) => i),
    );
    assert.equal(got.reasoning.text, read.reasoning.map((s) => s.text).join(' '));
    assert.equal(
      got.reasoning.hasWordTimings,
      read.reasoning.some((s) => (s.words ?? []).length > 0),
    );
    assert.equal(got.trackSummary?.sampleCount, fx.data.tracks.get(read.id)?.samples.t.length);
  });

  test('dataset, vocabulary and statistics', async () => {
    const res = await fx.gql<{
      dataset: { name: string; synthetic: boolean; readCount: number; imageCount: number; readerCount: number };
      vocabulary: { findings: unknown[]; countries: unknown[]; certainty: unknown[] };
    }>(
      `{ dataset { name synthetic attribution indexedAt readCount imageCount readerCount } vocabulary { findings { finding label nihLabels } countries { code name continent } certainty { value name probability } strategies { strategy label description } experienceBands hedges } }`,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.dataset.name, fx.data.manifest.name);
    assert.equal(res.data!.dataset.synthetic, fx.data.manifest.synthetic);
    assert.equal(res.data!.dataset.readCount, fx.data.reads.length);
    assert.equal(res.data!.dataset.imageCount, fx.data.images.size);
    // Readers with at least one read (a reader without reads is not counted).
    assert.equal(res.data!.dataset.readerCount, new Set(fx.data.reads.map((r) => r.readerId)).size);
    assert.equal(res.data!.vocabulary.findings.length, 16);
    assert.equal(res.data!.vocabulary.certainty.length, 5);
  });

  test('statistics honour the filter (counts from the files)', async () => {
    const filter: Filter = { roles: ['ATTENDING', 'FELLOW'] };
    const query = `query($f: ReadFilter) { statistics(filter: $f) { readCount imageCount readerCount countryCount sampleCount readsByCountry { value label count } readsByFinding { value count } readsPerImage { value count } durationHistogram { from to count } experienceHistogram { count } } }`;
    const res = await fx.gql<{
      statistics: {
        readCount: number;
        imageCount: number;
        readerCount: number;
        countryCount: number;
        sampleCount: number;
        readsByCountry: Array<{ value: string; count: number }>;
        readsPerImage: Array<{ value: string; count: number }>;
        durationHistogram: Array<{ from: number; to: number; count: number }>;
      };
    }>(query, { f: filter });
    assert.equal(res.errors, undefined, res.text.slice(0, 400));
    const reads = matchingReads(fx.data, filter);
    const s = res.data!.statistics;
    assert.equal(s.readCount, reads.length);
    assert.equal(s.imageCount, new Set(reads.map((r) => r.imageId)).size);
    assert.equal(s.readerCount, new Set(reads.map((r) => r.readerId)).size);
    const byCountry = new Map<string, number>();
    for (const r of reads) {
      const c = fx.data.readers.get(r.readerId)!.country;
      byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
    }
    assert.deepEqual(new Map(s.readsByCountry.map((b) => [b.value, b.count])), byCountry);
    assert.equal(s.countryCount, byCountry.size);
    assert.equal(
      s.sampleCount,
      reads.reduce((n, r) => n + (fx.data.tracks.get(r.id)?.samples.t.length ?? 0), 0),
    );
    assert.equal(
      s.durationHistogram.reduce((n, b) => n + b.count, 0),
      reads.length,
    );
    s.durationHistogram.forEach((b, i) => {
      const first = i === 0;
      const last = i === s.durationHistogram.length - 1;
      const n = reads.filter((r) => (first || r.durationSec >= b.from) && (last || r.durationSec < b.to)).length;
      assert.equal(b.count, n, `duration bucket ${i} [${b.from}, ${b.to})`);
    });
    // Images by their number of MATCHING reads (not all their reads).
    const perImage = new Map<string, number>();
    for (const r of reads) perImage.set(r.imageId, (perImage.get(r.imageId) ?? 0) + 1);
    const images = new Map<string, number>();
    for (const n of perImage.values()) images.set(String(n), (images.get(String(n)) ?? 0) + 1);
    assert.deepEqual(new Map(s.readsPerImage.map((b) => [b.value, b.count])), images);
    // One msearch once the bounds and the largest reads-per-image are cached (first use fetches them).
    const again = await fx.gql(query, { f: filter });
    assert.equal(again.esRequests, 1);
  });
});
