import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineClient } from '../../src/engine.ts';
import { aliasNames } from '../../src/indices/names.ts';
import { dropPrefix } from '../../src/ingest/aliases.ts';
import { ingestDataset } from '../../src/ingest/index.ts';
import { cli, generateDataset, ndjsonLines, testClient, uniquePrefix } from './helpers.ts';

let client: EngineClient;
let dataset: string;
const prefix = uniquePrefix('ingest');
const rejects = () => join(mkdtempSync(join(tmpdir(), 'cxt-rejects-')), 'rejects.ndjson');

async function counts(p: string) {
  const a = aliasNames(p);
  const out: Record<string, number> = {};
  for (const [kind, alias] of Object.entries(a)) out[kind] = (await client.count({ index: alias })).count;
  return out;
}

/** Counts computed from the files alone, independently of the ingest code. */
function fileCounts(dir: string) {
  const ids = (file: string, key: string) => new Set(ndjsonLines(join(dir, file)).map((l) => JSON.parse(l)[key])).size;
  return {
    images: ids('images.ndjson', 'id'),
    readers: ids('readers.ndjson', 'id'),
    reads: ids('reads.ndjson', 'id'),
    tracks: ids('tracks.ndjson', 'readId'),
  };
}

before(async () => {
  client = await testClient();
  dataset = await generateDataset({ seed: 11, images: 90, reads: 300 });
});

after(async () => {
  await dropPrefix(client, prefix);
  await client.close();
});

describe('ingest of a generated dataset', () => {
  test('document counts per index equal the record counts in the files', async () => {
    const report = await ingestDataset({ dir: dataset, client, prefix, rejectsPath: rejects() });
    assert.equal(report.ok, true, JSON.stringify(report.firstRejects));
    assert.equal(report.rejected, 0);
    assert.equal(report.unaccounted, 0);
    const expected = fileCounts(dataset);
    assert.deepEqual(await counts(prefix), expected);
    for (const f of report.files) assert.equal(f.read, f.indexed, `${f.file}: every row read is indexed`);
    // Tracks are packed one document per read, never one per sample.
    const samples = ndjsonLines(join(dataset, 'tracks.ndjson')).reduce((n, l) => n + JSON.parse(l).samples.t.length, 0);
    assert.ok(samples > expected.tracks * 10, 'the dataset has many samples per track');
  });

  test('images carry prior/next links and agreement; reads carry their reader and image fields', async () => {
    const a = aliasNames(prefix);
    const images = ndjsonLines(join(dataset, 'images.ndjson')).map((l) => JSON.parse(l));
    const series = images.filter((i) => i.patientId === '13');
    series.sort((x, y) => x.followUp - y.followUp);
    assert.equal(series.length, 6, "patient 13's six studies stay one follow-up series");
    const second = (
      await client.get<{ priorImageId: string; nextImageId: string | null }>({ index: a.images, id: series[1]!.id })
    )._source!;
    assert.equal(second.priorImageId, series[0]!.id);
    assert.equal(second.nextImageId, series[2]?.id ?? null);

    const read = JSON.parse(ndjsonLines(join(dataset, 'reads.ndjson'))[0]!);
    const reader = ndjsonLines(join(dataset, 'readers.ndjson'))
      .map((l) => JSON.parse(l))
      .find((r) => r.id === read.readerId);
    const doc = (
      await client.get<{ reader: { country: string }; imageId: string; reasoningText: string[] }>({
        index: a.reads,
        id: read.id,
      })
    )._source!;
    assert.equal(doc.reader.country, reader.country);
    assert.equal(doc.reasoningText.length, read.reasoning.length);
  });

  test('a second ingest of the same folder changes no counts, and the alias keeps answering during the swap', async () => {
    const before = await counts(prefix);
    const a = aliasNames(prefix);
    let stop = false;
    const seen: number[] = [];
    const failures: string[] = [];
    const poller = (async () => {
      while (!stop) {
        try {
          seen.push((await client.count({ index: a.reads })).count);
        } catch (err) {
          failures.push((err as Error).message);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const report = await ingestDataset({ dir: dataset, client, prefix, rejectsPath: rejects() });
    stop = true;
    await poller;
    assert.equal(report.ok, true);
    assert.equal(report.retired.length, 4, 'the previous four indices were retired');
    assert.deepEqual(failures, []);
    assert.ok(seen.length > 5, `the alias was queried throughout (${seen.length} times)`);
    assert.ok(
      seen.every((c) => c === before.reads),
      'every answer during the re-index had the full count',
    );
    assert.deepEqual(await counts(prefix), before);
    const indices = Object.keys(await client.indices.get({ index: `${prefix}-*` }));
    assert.equal(indices.length, 4, 'no stray versioned indices remain');
  });
});

describe('ingest of reads in any order, in small requests', () => {
  test('each image nests exactly its own reads, each copy as its read document has it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxt-order-'));
    for (const f of readdirSync(dataset))
      if (statSync(join(dataset, f)).isFile()) copyFileSync(join(dataset, f), join(dir, f));
    // By reader: an image's reads lie apart, so its document waits for the last of them.
    const reads = ndjsonLines(join(dataset, 'reads.ndjson')).map(
      (l) => JSON.parse(l) as { id: string; imageId: string; readerId: string },
    );
    reads.sort((a, b) => a.readerId.localeCompare(b.readerId) || a.id.localeCompare(b.id));
    writeFileSync(join(dir, 'reads.ndjson'), reads.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const scattered = new Set(
      reads.filter((r, i) => i > 0 && reads[i - 1]!.imageId !== r.imageId).map((r) => r.imageId),
    );
    assert.ok(scattered.size > 10, 'many images have their reads apart');
    const p = uniquePrefix('order');
    try {
      // 2 kB requests: hundreds of them, and most image documents larger than a request's buffer.
      const report = await ingestDataset({
        dir,
        client,
        prefix: p,
        rejectsPath: rejects(),
        flushBytes: 2_000,
        concurrency: 3,
      });
      assert.equal(report.ok, true, JSON.stringify(report.firstRejects));
      assert.deepEqual(await counts(p), fileCounts(dataset));
      const a = aliasNames(p);
      // Image documents keep their nested reads out of _source: they are read back through the index.
      const nestedIds = await client.search({
        index: a.images,
        size: 0,
        aggs: {
          image: {
            terms: { field: 'id', size: 1000 },
            aggs: { reads: { nested: { path: 'reads' }, aggs: { id: { terms: { field: 'reads.id', size: 100 } } } } },
          },
        },
      });
      type Bucket = { key: string; reads: { id: { buckets: Array<{ key: string }> } } };
      const buckets = (nestedIds.aggregations!.image as { buckets: Bucket[] }).buckets;
      assert.equal(buckets.length, fileCounts(dataset).images);
      for (const bucket of buckets) {
        const own = reads.filter((r) => r.imageId === bucket.key).map((r) => r.id);
        assert.deepEqual(
          bucket.reads.id.buckets.map((x) => x.key).sort(),
          own.sort(),
          `image ${bucket.key} nests its reads`,
        );
      }
      // Each nested copy has the late fields its read document has (here: the track's fixation count).
      const docs = await client.search<{ id: string; imageId: string; track: { fixationCount: number } | null }>({
        index: a.reads,
        size: 40,
        query: { exists: { field: 'track' } },
      });
      for (const { _source: read } of docs.hits.hits) {
        const match = await client.count({
          index: a.images,
          query: {
            bool: {
              filter: [
                { term: { id: read!.imageId } },
                {
                  nested: {
                    path: 'reads',
                    query: {
                      bool: {
                        filter: [
                          { term: { 'reads.id': read!.id } },
                          { term: { 'reads.track.fixationCount': read!.track!.fixationCount } },
                        ],
                      },
                    },
                  },
                },
              ],
            },
          },
        });
        assert.equal(match.count, 1, `read ${read!.id}'s copy in its image has its track`);
      }
      // Track documents: the line as written (sent as bytes), with its read's fields appended.
      const lines = new Map(
        ndjsonLines(join(dataset, 'tracks.ndjson')).map((l) => {
          const t = JSON.parse(l) as { readId: string; samples: { t: number[] } };
          return [t.readId, t.samples.t] as const;
        }),
      );
      for (const { _source: read } of docs.hits.hits) {
        const track = (
          await client.get<{ imageId: string; readerId: string; samples: { t: number[] } }>({
            index: a.tracks,
            id: read!.id,
          })
        )._source!;
        assert.deepEqual([track.imageId, track.samples.t], [read!.imageId, lines.get(read!.id)]);
        assert.equal(track.readerId, reads.find((r) => r.id === read!.id)!.readerId);
      }
    } finally {
      await dropPrefix(client, p);
    }
  });
});

describe('ingest of reasoning written in different ways', () => {
  test("each read document's reasoning is its record's, defaults filled in, however the line spells it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxt-reasoning-'));
    for (const f of readdirSync(dataset))
      if (statSync(join(dataset, f)).isFile()) copyFileSync(join(dataset, f), join(dir, f));
    type Step = { text: string; findings?: string[]; hedges?: string[]; words?: unknown[] };
    const reads = ndjsonLines(join(dataset, 'reads.ndjson')).map(
      (l) => JSON.parse(l) as { id: string; reasoning: Step[] },
    );
    // Every third read drops its steps' word timings (the schema defaults them), every third spaces
    // its JSON out and puts the reasoning first; the rest stay as generated.
    const lines = reads.map((r, i) => {
      if (i % 3 === 0) return JSON.stringify({ ...r, reasoning: r.reasoning.map(({ words: _, ...s }) => s) });
      const { reasoning, ...rest } = r;
      if (i % 3 === 1) return JSON.stringify({ reasoning, ...rest }, null, 1).replaceAll('\n', ' ');
      return JSON.stringify(r);
    });
    writeFileSync(join(dir, 'reads.ndjson'), lines.join('\n') + '\n');
    const p = uniquePrefix('reasoning');
    try {
      const report = await ingestDataset({ dir, client, prefix: p, rejectsPath: rejects() });
      assert.equal(report.ok, true, JSON.stringify(report.firstRejects));
      const a = aliasNames(p);
      for (const [i, line] of lines.slice(0, 30).entries()) {
        const record = JSON.parse(line) as { id: string; reasoning: Step[] };
        const expected = record.reasoning.map((s) => ({ findings: [], hedges: [], words: [], ...s }));
        const doc = (await client.get<{ reasoning: Step[] }>({ index: a.reads, id: record.id }))._source!;
        assert.deepEqual(doc.reasoning, expected, `read ${record.id} (way ${i % 3})`);
      }
    } finally {
      await dropPrefix(client, p);
    }
  });
});

describe('ingest of a folder with bad rows', () => {
  test('each bad row is reported with its line, good rows are indexed, the exit code is non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxt-bad-'));
    for (const f of readdirSync(dataset))
      if (statSync(join(dataset, f)).isFile()) copyFileSync(join(dataset, f), join(dir, f));
    const lines = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean);
    const images = lines('images.ndjson');
    const reads = lines('reads.ndjson');
    const tracks = lines('tracks.ndjson');
    const expected: Array<{ file: string; line: number; reason: RegExp }> = [];

    // images: a wrong type at line 3
    const img = JSON.parse(images[2]!);
    images[2] = JSON.stringify({ ...img, width: 'wide' });
    expected.push({ file: 'images.ndjson', line: 3, reason: /^width: / });
    // reads: unknown finding label at line 2, truncated JSON at line 4, unknown reader at line 6, duplicate id appended
    const r2 = JSON.parse(reads[1]!);
    reads[1] = JSON.stringify({ ...r2, findings: [{ label: 'Cardiomegaly', certainty: 5 }] });
    expected.push({ file: 'reads.ndjson', line: 2, reason: /unknown finding label "Cardiomegaly"/ });
    const r4 = JSON.parse(reads[3]!);
    reads[3] = reads[3]!.slice(0, 50);
    expected.push({ file: 'reads.ndjson', line: 4, reason: /^invalid JSON/ });
    const r6 = JSON.parse(reads[5]!);
    reads[5] = JSON.stringify({ ...r6, readerId: 'nobody' });
    expected.push({ file: 'reads.ndjson', line: 6, reason: /reader nobody is not in readers\.ndjson/ });
    reads.push(reads[0]!);
    expected.push({ file: 'reads.ndjson', line: reads.length, reason: /duplicate read id/ });
    // tracks: a sample outside the image
    const badTrackIndex = tracks.findIndex((l) => {
      const t = JSON.parse(l);
      return ![r2.id, JSON.parse(reads[5]!).id].includes(t.readId) && !reads[3]!.includes(t.readId);
    });
    const t = JSON.parse(tracks[badTrackIndex]!);
    t.samples.x[1] = 1e6;
    tracks[badTrackIndex] = JSON.stringify(t);
    expected.push({ file: 'tracks.ndjson', line: badTrackIndex + 1, reason: /sample 1 .* lies outside image/ });

    writeFileSync(join(dir, 'images.ndjson'), images.join('\n') + '\n');
    writeFileSync(join(dir, 'reads.ndjson'), reads.join('\n') + '\n');
    writeFileSync(join(dir, 'tracks.ndjson'), tracks.join('\n') + '\n');

    const badPrefix = uniquePrefix('bad');
    const rejectsPath = rejects();
    const res = await cli(['ingest', dir, '--rejects', rejectsPath, '--quiet'], {
      CHEXTHOUGHT_INDEX_PREFIX: badPrefix,
    });
    try {
      assert.notEqual(res.code, 0, 'exit code is non-zero');
      assert.match(res.stderr + res.stdout, /row\(s\) rejected/);
      const got = ndjsonLines(rejectsPath).map((l) => JSON.parse(l) as { file: string; line: number; reason: string });
      for (const e of expected) {
        const hit = got.find((g) => g.file === e.file && g.line === e.line);
        assert.ok(
          hit,
          `${e.file}:${e.line} is reported (got ${JSON.stringify(got.map((g) => `${g.file}:${g.line}`))})`,
        );
        assert.match(hit.reason, e.reason);
      }
      // Cascades are reported too: reads of the broken image, tracks of rejected reads. Nothing is lost:
      const rejected = (f: string) => got.filter((g) => g.file === f).length;
      const c = await counts(badPrefix);
      assert.equal(c.images! + rejected('images.ndjson'), images.length);
      assert.equal(c.reads! + rejected('reads.ndjson'), reads.length);
      assert.equal(c.tracks! + rejected('tracks.ndjson'), tracks.length);
      assert.equal(c.readers, lines('readers.ndjson').length);

      // Independently of the rejects file: the documents indexed are exactly the rows the edits
      // above leave valid, with the cascades worked out here (reads of the broken image, tracks
      // of rejected reads and the broken track).
      const brokenImage = img.id as string;
      const imageIds = new Set(images.map((l) => JSON.parse(l).id as string).filter((id) => id !== brokenImage));
      const badReads = new Set([r2.id, r4.id, r6.id]);
      const readIds = new Set(
        reads
          .slice(0, -1) // the appended duplicate: its first copy is the one indexed
          .filter((_l, i) => i !== 3) // truncated JSON
          .map((l) => JSON.parse(l) as { id: string; imageId: string })
          .filter((r) => !badReads.has(r.id) && r.imageId !== brokenImage)
          .map((r) => r.id),
      );
      const trackIds = new Set(
        tracks
          .filter((_l, i) => i !== badTrackIndex)
          .map((l) => JSON.parse(l).readId as string)
          .filter((id) => readIds.has(id)),
      );
      const indexed = async (alias: string, field: string) => {
        const res = await client.search({ index: alias, size: 10_000, _source: [field], query: { match_all: {} } });
        return new Set(res.hits.hits.map((h) => (h._source as Record<string, string>)[field]!));
      };
      const a = aliasNames(badPrefix);
      assert.deepEqual(await indexed(a.images, 'id'), imageIds, 'images indexed');
      assert.deepEqual(await indexed(a.reads, 'id'), readIds, 'reads indexed');
      assert.deepEqual(await indexed(a.tracks, 'readId'), trackIds, 'tracks indexed');
      assert.equal(c.reads, readIds.size);
    } finally {
      await dropPrefix(client, badPrefix);
    }
  });

  test('a document Elasticsearch drops is a reject with its file, line and reason, and the counts still add up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxt-drop-'));
    for (const f of readdirSync(dataset))
      if (statSync(join(dataset, f)).isFile()) copyFileSync(join(dataset, f), join(dir, f));
    // Valid to the schema, refused by the index: a keyword term over Lucene's 32,766-byte limit.
    // The reader has no reads, so only its own document goes.
    const readers = readFileSync(join(dir, 'readers.ndjson'), 'utf8').split('\n').filter(Boolean);
    const huge = {
      id: 'RDROP',
      country: 'FR',
      experienceYears: 3,
      role: 'resident',
      subspecialty: 'x'.repeat(40_000),
      synthetic: true,
    };
    writeFileSync(join(dir, 'readers.ndjson'), [...readers, JSON.stringify(huge)].join('\n') + '\n');
    const dropPrefixName = uniquePrefix('ingest-drop');
    try {
      const path = rejects();
      const report = await ingestDataset({ dir, client, prefix: dropPrefixName, rejectsPath: path });
      assert.equal(report.unaccounted, 0);
      assert.equal(report.rejected, 1);
      const reject = JSON.parse(readFileSync(path, 'utf8').trim()) as {
        file: string;
        line: number;
        id: string;
        reason: string;
      };
      assert.deepEqual([reject.file, reject.line, reject.id], ['readers.ndjson', readers.length + 1, 'RDROP']);
      assert.match(
        reject.reason,
        /^dropped by Elasticsearch \(status 400\): document_parsing_exception: .*\[subspecialty\]/,
      );
      assert.ok(reject.reason.length < 500, 'the quoted value is clipped');
      const files = Object.fromEntries(report.files.map((f) => [f.file, f]));
      assert.deepEqual(files['readers.ndjson'], {
        file: 'readers.ndjson',
        read: readers.length + 1,
        indexed: readers.length,
        rejected: 1,
      });
      assert.equal((await client.count({ index: aliasNames(dropPrefixName).readers })).count, readers.length);
    } finally {
      await dropPrefix(client, dropPrefixName);
    }
  });

  test('a folder that is not a dataset gets one clear error', async () => {
    const res = await cli(['ingest', mkdtempSync(join(tmpdir(), 'cxt-empty-')), '--quiet']);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /is not a dataset in the canonical layout: missing .*dataset\.json/);
    assert.doesNotMatch(res.stderr, /\n\s+at /, 'no stack trace');
  });
});
