/**
 * The bulk load against a real node that answers 429 (too busy), made so by dynamic settings:
 * - a whole request: bulk bodies read whole (`rest.incremental_bulk: false`) meet a tiny in-flight
 *   requests circuit breaker (`network.breaker.inflight_requests.limit`), which answers HTTP 429
 *   circuit_breaking_exception; small requests (creating an index, these settings) still pass;
 * - single operations: the disk flood-stage block (`index.blocks.read_only_allow_delete`) on one
 *   index answers its operations 429 cluster_block_exception and lets the others' through.
 * Each test takes the node back to its defaults in `finally`: the suite's other files share it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineClient } from '../../src/engine.ts';
import { aliasNames, INDEX_KINDS, type IndexAliases, type IndexKind } from '../../src/indices/names.ts';
import { dropPrefix } from '../../src/ingest/aliases.ts';
import { bulkLoad, type RoutedDocument } from '../../src/ingest/bulk.ts';
import { BulkBusyError } from '../../src/ingest/bulk-retry.ts';
import { ingestDataset } from '../../src/ingest/index.ts';
import { Reconciliation } from '../../src/ingest/reconcile.ts';
import { cli, generateDataset, ndjsonLines, testClient, uniquePrefix } from './helpers.ts';

let client: EngineClient;
const prefixes: string[] = [];
const rejectsPath = () => join(mkdtempSync(join(tmpdir(), 'cxt-rejects-')), 'rejects.ndjson');

/** Documents per index of the direct loads, and the files they stand for. */
const N = 300;
const FILES: Record<IndexKind, string> = { images: 'a.ndjson', reads: 'b.ndjson', readers: '-', tracks: '-' };

before(async () => {
  client = await testClient();
});

after(async () => {
  await normalNode();
  for (const p of prefixes) await dropPrefix(client, p);
  await client.close();
});

function newPrefix(name: string): string {
  const p = uniquePrefix(name);
  prefixes.push(p);
  return p;
}

/** Whole bulk requests answered 429 from now on (limit: what the in-flight breaker lets through). */
async function busyRequests(limit: string): Promise<void> {
  await client.cluster.putSettings({
    persistent: { 'rest.incremental_bulk': false, 'network.breaker.inflight_requests.limit': limit },
  });
}

/** The index's operations answered 429 (true) or taken again (false). */
async function busyIndex(index: string, busy: boolean): Promise<void> {
  await client.indices.putSettings({ index, settings: { 'index.blocks.read_only_allow_delete': busy ? true : null } });
}

async function normalNode(): Promise<void> {
  await client.cluster.putSettings({
    persistent: { 'rest.incremental_bulk': null, 'network.breaker.inflight_requests.limit': null },
  });
}

/** The part of the client's diagnostic 'response' event these tests read. */
interface Answered {
  statusCode?: number;
  body?: unknown;
  meta: { request: { params: { path: string } } };
}

/** What the node answered to the client's bulk requests; `onBusy` runs at the first 429 of either kind. */
function watchBulk(onBusy: () => void = () => {}) {
  const seen = { requests: [] as Array<{ status?: number; type?: string }>, busyRequests: 0, busyOperations: 0 };
  let fired = false;
  const listener = (_err: unknown, result: Answered | null) => {
    if (!result?.meta.request.params.path.startsWith('/_bulk')) return;
    const body = result.body as { error?: { type?: string }; items?: Array<Record<string, { status: number }>> };
    seen.requests.push({ status: result.statusCode, type: body?.error?.type });
    if (result.statusCode === 429) seen.busyRequests++;
    seen.busyOperations += (body?.items ?? []).filter((i) => Object.values(i)[0]!.status === 429).length;
    if (!fired && (seen.busyRequests || seen.busyOperations)) {
      fired = true;
      onBusy();
    }
  };
  client.diagnostic.on('response', listener);
  return { seen, stop: () => client.diagnostic.off('response', listener) };
}

/** Two real indices (images → A, reads → B) under a prefix; the other kinds get no documents. */
async function twoIndices(prefix: string): Promise<IndexAliases> {
  const names = Object.fromEntries(INDEX_KINDS.map((k) => [k, `${prefix}-${k}-v1`])) as IndexAliases;
  for (const index of [names.images, names.reads])
    await client.indices.create({ index, settings: { number_of_shards: 1, number_of_replicas: 0 } });
  return names;
}

/** N documents for each of A and B, interleaved so that every request holds both; line = position + 1. */
async function* documents(): AsyncGenerator<RoutedDocument> {
  for (let i = 0; i < N; i++)
    for (const kind of ['images', 'reads'] as const)
      yield { kind, id: `${kind}-${i}`, line: i + 1, doc: { i, kind, pad: 'x'.repeat(200) } };
}

/** Loads the documents in requests of ~16 kB, two at a time, with waits from `retryWaitMs`. */
async function load(indices: IndexAliases, retry: { retries?: number; retryWaitMs: number }) {
  const reconciliation = new Reconciliation(rejectsPath());
  reconciliation.read(FILES.images, N);
  reconciliation.read(FILES.reads, N);
  await bulkLoad(documents(), {
    client,
    indices,
    files: FILES,
    lineOf: (_kind, id) => Number(id.split('-')[1]) + 1,
    reconciliation,
    flushBytes: 16_000,
    concurrency: 2,
    ...retry,
  });
  await reconciliation.close();
  return reconciliation;
}

/** The ids in an index and how many times each was written (its version), read from the index. */
async function versions(index: string): Promise<Map<string, number>> {
  await client.indices.refresh({ index });
  const res = await client.search({ index, size: 2 * N, version: true, query: { match_all: {} } });
  return new Map(res.hits.hits.map((h) => [h._id!, h._version!]));
}

function assertEachIndexedOnce(found: Map<string, number>, kind: IndexKind) {
  assert.equal(found.size, N, `${kind}: every document is indexed`);
  for (let i = 0; i < N; i++) assert.equal(found.get(`${kind}-${i}`), 1, `${kind}-${i} is written exactly once`);
}

describe('bulk load against a node that answers 429', () => {
  test('a whole request answered 429 goes again after a wait; every document is indexed once', async () => {
    const indices = await twoIndices(newPrefix('bulk-busy-request'));
    const watch = watchBulk(() => void normalNode()); // the node recovers while the loader waits
    try {
      await busyRequests('4kb');
      const rec = await load(indices, { retryWaitMs: 200 });
      assert.ok(watch.seen.busyRequests >= 1, 'the node answered a whole request 429');
      assert.deepEqual(watch.seen.requests[0], { status: 429, type: 'circuit_breaking_exception' });
      assertEachIndexedOnce(await versions(indices.images), 'images');
      assertEachIndexedOnce(await versions(indices.reads), 'reads');
      assert.deepEqual(
        rec.files.map((f) => [f.file, f.read, f.indexed, f.rejected]),
        [
          ['a.ndjson', N, N, 0],
          ['b.ndjson', N, N, 0],
        ],
      );
    } finally {
      watch.stop();
      await normalNode();
    }
  });

  test('a whole request still answered 429 when the budget is spent stops the load with a BulkBusyError', async () => {
    const indices = await twoIndices(newPrefix('bulk-busy-request-spent'));
    const watch = watchBulk();
    try {
      await busyRequests('4kb');
      await assert.rejects(load(indices, { retries: 2, retryWaitMs: 50 }), (err: Error) => {
        assert.ok(err instanceof BulkBusyError, String(err));
        assert.match(err.message, /429 \(circuit_breaking_exception: \[inflight_requests\] Data too large/);
        assert.match(err.message, /after 3 tries over 150 ms;/);
        return true;
      });
      assert.ok(watch.seen.busyRequests >= 3, 'the first request was tried three times');
      assert.ok(
        watch.seen.requests.every((r) => r.status === 429),
        'nothing got through',
      );
    } finally {
      watch.stop();
      await normalNode();
    }
  });

  test('operations answered 429 go again, and only they: the others are not written twice', async () => {
    const indices = await twoIndices(newPrefix('bulk-busy-ops'));
    const watch = watchBulk(() => void busyIndex(indices.reads, false));
    try {
      await busyIndex(indices.reads, true);
      const rec = await load(indices, { retryWaitMs: 200 });
      assert.ok(watch.seen.busyOperations >= 1, "the node answered B's operations 429");
      assert.equal(watch.seen.busyRequests, 0);
      assertEachIndexedOnce(await versions(indices.images), 'images');
      assertEachIndexedOnce(await versions(indices.reads), 'reads');
      assert.equal(rec.unaccounted, 0);
      assert.equal(rec.totalRejected, 0);
    } finally {
      watch.stop();
      await busyIndex(indices.reads, false);
    }
  });

  test('operations still answered 429 when the budget is spent are rejects with file, line and reason', async () => {
    const indices = await twoIndices(newPrefix('bulk-busy-ops-spent'));
    const watch = watchBulk();
    try {
      await busyIndex(indices.reads, true);
      const rec = await load(indices, { retries: 2, retryWaitMs: 50 });
      // Every B operation was tried three times: once, then twice more.
      assert.equal(watch.seen.busyOperations, 3 * N);
      assertEachIndexedOnce(await versions(indices.images), 'images');
      assert.equal((await client.count({ index: indices.reads })).count, 0);
      const rejects = ndjsonLines(rec.rejectsPath).map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(rejects.length, N);
      assert.deepEqual(
        rejects.map((r) => r.line).sort((x, y) => Number(x) - Number(y)),
        Array.from({ length: N }, (_, i) => i + 1),
      );
      for (const r of rejects) {
        assert.equal(r.file, 'b.ndjson');
        assert.equal(r.id, `reads-${Number(r.line) - 1}`);
        assert.match(String(r.reason), /^dropped by Elasticsearch \(status 429\): cluster_block_exception: /);
        assert.match(String(r.reason), /\(still too busy after 3 tries over 150 ms\)$/);
      }
      assert.deepEqual(
        rec.files.map((f) => [f.file, f.read, f.indexed, f.rejected]),
        [
          ['a.ndjson', N, N, 0],
          ['b.ndjson', N, 0, N],
        ],
      );
      assert.equal(rec.unaccounted, 0);
    } finally {
      watch.stop();
      await busyIndex(indices.reads, false);
    }
  });
});

describe('an ingest against a node that answers 429', () => {
  let dataset: string;
  before(async () => {
    dataset = await generateDataset({ seed: 5, images: 20, reads: 60 });
  });

  /** Rows per file, counted from the files alone. */
  const rows = (file: string) => ndjsonLines(join(dataset, file)).length;

  test('rides out a busy spell: the report is clean and every row is indexed', async () => {
    const prefix = newPrefix('ingest-busy');
    const watch = watchBulk(() => void normalNode());
    try {
      // Lets the ingest create its indices (a few kB each) and stops its bulk requests (far larger).
      await busyRequests('64kb');
      const report = await ingestDataset({
        dir: dataset,
        client,
        prefix,
        rejectsPath: rejectsPath(),
        retryWaitMs: 200,
      });
      assert.ok(watch.seen.busyRequests >= 1, 'the node answered a bulk request 429');
      assert.equal(report.ok, true, JSON.stringify(report.firstRejects));
      for (const f of report.files) assert.equal(f.indexed, rows(f.file), `${f.file}: every row is indexed`);
      const a = aliasNames(prefix);
      assert.equal((await client.count({ index: a.reads })).count, rows('reads.ndjson'));
      assert.equal((await client.count({ index: a.tracks })).count, rows('tracks.ndjson'));
    } finally {
      watch.stop();
      await normalNode();
    }
  });

  test('a node busy past the budget ends the ingest with one clear line and no half-built indices', async () => {
    const prefix = newPrefix('ingest-busy-spent');
    try {
      await busyRequests('64kb');
      const started = performance.now();
      const r = await cli(['ingest', dataset, '--quiet', '--prefix', prefix, '--rejects', rejectsPath()], {
        CHEXTHOUGHT_BULK_RETRY_WAIT_MS: '50',
      });
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      assert.equal(r.code, 1);
      assert.equal(lines.length, 1, r.stderr);
      // 7 tries: the first and the default 6 more, after waits of 50 ms doubling (3.15 s in all).
      assert.match(
        lines[0]!,
        /^chexthought: Elasticsearch is too busy to take the bulk requests: still answered 429 \(circuit_breaking_exception: .*\) after 7 tries over 3\.2 s; the ingest stopped and changed nothing\./,
      );
      assert.ok(performance.now() - started > 3_150, 'the whole budget was waited');
      const left = await client.indices.get({ index: `${prefix}-*`, allow_no_indices: true, expand_wildcards: 'all' });
      assert.deepEqual(Object.keys(left), [], 'the half-built indices are deleted');
    } finally {
      await normalNode();
    }
  });
});
