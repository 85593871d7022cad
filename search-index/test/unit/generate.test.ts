import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DatasetManifest,
  ImageRecord,
  LAYOUT,
  ReaderRecord,
  ReadRecord,
  TrackRecord,
  describeIssues,
} from '../../src/model.ts';
import { COUNTRIES, HEDGES } from '../../src/vocabulary.ts';
import { generateDataset, GenerateOptionsError } from '../../src/generate/index.ts';
import { RngStreams } from '../../src/generate/prng.ts';
import { allocateReadsPerImage } from '../../src/generate/read-plan.ts';
import { generateReaders } from '../../src/generate/readers.ts';
import type { TrackPlan } from '../../src/generate/reads.ts';
import { denseTrack, sparseTrack } from '../../src/generate/tracks.ts';

const FILES = [LAYOUT.manifest, LAYOUT.images, LAYOUT.readers, LAYOUT.reads, LAYOUT.tracks];

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chexthought-generate-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

async function lines(path: string): Promise<unknown[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);
}

/** Parses every line with its schema; fails with the first few problems. */
function parseAll<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  records: unknown[],
  what: string,
): T[] {
  const problems: string[] = [];
  const out: T[] = [];
  records.forEach((r, i) => {
    const p = schema.safeParse(r);
    if (p.success) out.push(p.data);
    else if (problems.length < 5) problems.push(`${what} line ${i + 1}: ${describeIssues(p.error)}`);
  });
  assert.deepEqual(problems, []);
  return out;
}

async function load(dir: string) {
  return {
    manifest: DatasetManifest.parse(JSON.parse(await readFile(join(dir, LAYOUT.manifest), 'utf8'))),
    images: parseAll(ImageRecord, await lines(join(dir, LAYOUT.images)), 'image'),
    readers: parseAll(ReaderRecord, await lines(join(dir, LAYOUT.readers)), 'reader'),
    reads: parseAll(ReadRecord, await lines(join(dir, LAYOUT.reads)), 'read'),
    tracks: parseAll(TrackRecord, await lines(join(dir, LAYOUT.tracks)), 'track'),
  };
}

test('same seed and options give byte-identical files; another seed differs', async (t) => {
  const [a, b, c] = await Promise.all([tempDir(t), tempDir(t), tempDir(t)]);
  const options = { images: 90, reads: 260, denseReads: 4 };
  await generateDataset({ ...options, seed: 7, out: a });
  await generateDataset({ ...options, seed: 7, out: b });
  await generateDataset({ ...options, seed: 8, out: c });
  for (const f of FILES)
    assert.equal(await sha256(join(a, f)), await sha256(join(b, f)), `${f} differs between two runs`);
  for (const f of [LAYOUT.readers, LAYOUT.reads, LAYOUT.tracks])
    assert.notEqual(await sha256(join(a, f)), await sha256(join(c, f)), `${f} ignores the seed`);
  // Nothing half-written is left behind.
  assert.deepEqual(
    (await readdir(a)).filter((n) => n.endsWith('.partial')),
    [],
  );
});

test('the demo: real NIH images first, schema-valid records, realistic reads and tracks', async (t) => {
  const out = await tempDir(t);
  const summary = await generateDataset({ out, images: 70, reads: 240, denseReads: 6 });
  const { manifest, images, readers, reads, tracks } = await load(out);

  assert.equal(manifest.synthetic, true);
  assert.match(manifest.description, /synthetic/i);
  assert.match(manifest.attribution, /NIH Clinical Center/);
  assert.match(manifest.attribution, /https:\/\/nihcc\.app\.box\.com\/v\/ChestXray-NIHCC/);
  assert.match(manifest.attribution, /CVPR 2017/);

  // 62 real images, then synthetic ones that borrow a real image's pixels.
  assert.equal(images.length, 70);
  const real = images.slice(0, 62);
  assert.ok(real.every((im) => im.dataset === 'NIH ChestX-ray14' && !im.synthetic && im.file === `${im.id}.png`));
  const realIds = new Set(real.map((im) => im.id));
  for (const im of images.slice(62)) {
    assert.equal(im.synthetic, true);
    assert.equal(im.dataset, 'CheXthought-synthetic');
    assert.equal(im.file, null);
    assert.ok(im.displayImageId && realIds.has(im.displayImageId), `${im.id} displays ${im.displayImageId}`);
  }
  const first = real.find((im) => im.id === '00000001_000')!;
  assert.deepEqual(first.sourceLabels, ['Cardiomegaly']);
  assert.deepEqual(first.referenceFindings, ['Enlarged cardiac silhouette']);
  assert.deepEqual(first.pixelSpacingMm, [0.37454, 0.38389]);
  // Patient 13's six studies stay one patient, in follow-up order.
  const p13 = images.filter((im) => im.patientId === '13');
  assert.deepEqual(
    p13.map((im) => im.followUp),
    [3, 4, 18, 19, 21, 35],
  );
  assert.deepEqual(
    p13.map((im) => im.id),
    ['00000013_003', '00000013_004', '00000013_018', '00000013_019', '00000013_021', '00000013_035'],
  );

  // The real pixels and their attribution were copied.
  const copied = await readdir(join(out, 'images'));
  assert.equal(copied.filter((n) => n.endsWith('.png')).length, 62);
  assert.ok(copied.includes('ATTRIBUTION.md'));

  assert.equal(reads.length, 240);
  assert.equal(tracks.length, 240);
  assert.equal(
    summary.samples,
    tracks.reduce((n, tr) => n + tr.samples.t.length, 0),
  );
  assert.ok(readers.every((r) => r.synthetic) && reads.every((r) => r.synthetic) && tracks.every((tr) => tr.synthetic));

  // Reads per image: 2–6, by distinct readers.
  const byImage = new Map<string, string[]>();
  for (const r of reads) byImage.set(r.imageId, [...(byImage.get(r.imageId) ?? []), r.readerId]);
  assert.equal(byImage.size, images.length);
  for (const [id, who] of byImage) {
    assert.ok(who.length >= 2 && who.length <= 6, `${id} has ${who.length} reads`);
    assert.equal(new Set(who).size, who.length, `${id} read twice by one reader`);
  }

  const imageById = new Map(images.map((im) => [im.id, im]));
  const readById = new Map(reads.map((r) => [r.id, r]));
  for (const r of reads) {
    assert.ok(r.durationSec >= 20 && r.durationSec <= 120, `${r.id} lasts ${r.durationSec}s`);
    assert.ok(r.reasoning.length >= 3 && r.reasoning.length <= 8, `${r.id} has ${r.reasoning.length} steps`);
    assert.equal(r.strategySource, 'given');
    assert.ok(r.startedAt.startsWith('2025-'));
    if (r.findings.some((f) => f.label === 'No finding'))
      assert.equal(r.findings.length, 1, `${r.id}: "No finding" next to other findings`);
    for (const f of r.findings) if (f.label !== 'No finding') assert.ok(f.region, `${r.id}: ${f.label} has no region`);
    assert.equal(r.clinicalContext.text !== null, r.clinicalContext.shown);
    if (r.clinicalContext.used) assert.ok(r.clinicalContext.shown);
    let last = 0;
    for (const s of r.reasoning) {
      assert.equal(s.words.map((w) => w.text).join(' '), s.text, 'words rebuild the text');
      assert.ok(s.start >= last, 'steps in time order');
      last = s.end;
      for (const h of s.hedges) {
        assert.ok((HEDGES as readonly string[]).includes(h), `unknown hedge ${h}`);
        assert.ok(s.text.includes(h), `hedge "${h}" not in "${s.text}"`);
      }
    }
  }

  for (const tr of tracks) {
    const read = readById.get(tr.readId)!;
    const image = imageById.get(read.imageId)!;
    const { t, x, y } = tr.samples;
    for (let i = 0; i < t.length; i++) {
      assert.ok(t[i]! <= read.durationSec, `${tr.readId}: sample after the read ends`);
      if (x[i] === null) continue;
      assert.ok(
        x[i]! >= 0 && x[i]! <= image.width && y[i]! >= 0 && y[i]! <= image.height,
        `${tr.readId}: sample ${i} outside the image`,
      );
    }
  }
  // The first K reads are dense 60 Hz with fixations and viewport; the rest sparse.
  const dense = tracks.slice(0, 6);
  for (const tr of dense) {
    assert.equal(tr.samplingHz, 60);
    assert.ok(tr.pixelsPerDegree! >= 30 && tr.pixelsPerDegree! <= 50);
    assert.ok(tr.fixations && tr.fixations.length > 20);
    assert.ok(tr.viewport.length >= 1 && tr.viewport[0]!.t === 0);
    assert.ok(tr.samples.t.length > 20 * 60);
  }
  assert.ok(
    dense.some((tr) => tr.samples.x.some((v) => v === null)),
    'dense gaze has blinks',
  );
  assert.ok(
    dense.some((tr) => tr.viewport.some((v) => v.zoom! > 2)),
    'some dense read zooms in',
  );
  for (const tr of tracks.slice(6))
    assert.ok(tr.samplingHz === null && tr.fixations === null && tr.viewport.length === 0);
});

test('~64 attention samples per read and ~80–90% sensitivity at moderate scale', async (t) => {
  const out = await tempDir(t);
  const summary = await generateDataset({ out, images: 500, reads: 1000, denseReads: 0, seed: 3 });
  const mean = summary.samples / summary.reads;
  assert.ok(mean > 56 && mean < 72, `mean samples per read ${mean}`);

  const images = new Map((await lines(join(out, LAYOUT.images))).map((r) => [(r as ImageRecord).id, r as ImageRecord]));
  let found = 0;
  let present = 0;
  let falsePositives = 0;
  const reads = (await lines(join(out, LAYOUT.reads))) as ReadRecord[];
  for (const r of reads) {
    const truth = new Set(images.get(r.imageId)!.referenceFindings.filter((f) => f !== 'No finding'));
    const said = new Set(r.findings.map((f) => f.label));
    for (const f of truth) {
      present++;
      if (said.has(f)) found++;
    }
    for (const f of said) if (f !== 'No finding' && !truth.has(f)) falsePositives++;
  }
  const sensitivity = found / present;
  assert.ok(sensitivity > 0.78 && sensitivity < 0.92, `sensitivity ${sensitivity}`);
  assert.ok(
    falsePositives / reads.length > 0.05 && falsePositives / reads.length < 0.6,
    `false positives per read ${falsePositives / reads.length}`,
  );
  assert.ok((await stat(join(out, LAYOUT.tracks))).size > 0);
});

test('readers: every country reachable at CheXthought scale, skewed shares, experience fits the role', () => {
  const readers = generateReaders(new RngStreams(42), 501).map((r) => r.record);
  const countries = new Map<string, number>();
  for (const r of readers) countries.set(r.country, (countries.get(r.country) ?? 0) + 1);
  assert.equal(countries.size, Object.keys(COUNTRIES).length);
  assert.ok(countries.get('US')! > countries.get('IN')! && countries.get('IN')! > countries.get('RW')!);
  for (const r of readers) {
    assert.equal(r.continent, COUNTRIES[r.country]!.continent);
    const [lo, hi] = r.role === 'resident' ? [0, 5] : r.role === 'fellow' ? [4, 8] : [6, 40];
    assert.ok(r.experienceYears >= lo && r.experienceYears <= hi, `${r.role} with ${r.experienceYears} years`);
  }
  assert.ok(readers.some((r) => r.subspecialty === null) && readers.some((r) => r.subspecialty === 'thoracic'));
});

test('reads per image sum exactly and stay within 2–6', () => {
  const counts = allocateReadsPerImage(new RngStreams(1), 1000, 3100);
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    3100,
  );
  assert.ok(counts.every((c) => c >= 2 && c <= 6));
  assert.ok(new Set(counts).size > 2, 'reads per image vary');
});

test('readers look at a finding about a second before they name it', () => {
  const box = { xmin: 600, ymin: 100, xmax: 800, ymax: 300 };
  const window = { onRegion: 0, total: 0 };
  const overall = { onRegion: 0, total: 0 };
  for (let seed = 0; seed < 40; seed++) {
    const plan: TrackPlan = {
      readId: `r${seed}`,
      width: 1024,
      height: 1024,
      durationSec: 40,
      strategy: 'systematic',
      looks: [{ t: 20, box, finding: 'Pneumothorax' }],
      missed: [],
      targets: [box],
      experienceYears: 10,
    };
    const inBox = (x: number | null, y: number | null) =>
      x !== null && y !== null && x >= box.xmin && x <= box.xmax && y >= box.ymin && y <= box.ymax;
    const dense = denseTrack(new RngStreams(seed), plan);
    const early = dense.fixations!.filter((f) => inBox(f.x, f.y) && f.end > 20 - 1.8 && f.start < 20 - 0.3);
    assert.ok(early.length > 0, `seed ${seed}: no fixation on the region in the second before the word`);
    const { t, x, y } = sparseTrack(new RngStreams(seed), plan).samples;
    t.forEach((ti, i) => {
      // The eyes arrive about 1.05 s before the word and stay 0.6–1.3 s.
      const near = ti > 20 - 0.9 && ti < 20 - 0.4;
      if (near) window.total++;
      if (near && inBox(x[i]!, y[i]!)) window.onRegion++;
      overall.total++;
      if (inBox(x[i]!, y[i]!)) overall.onRegion++;
    });
  }
  // Sparse samples (~1.6/s) are too few per read to test one by one: pooled over the seeds,
  // the second before the word is spent on the region, unlike the read as a whole.
  assert.ok(
    window.onRegion / window.total > 0.7,
    `${window.onRegion}/${window.total} samples on the region before the word`,
  );
  assert.ok(
    overall.onRegion / overall.total < 0.3,
    `${overall.onRegion}/${overall.total} samples on the region overall`,
  );
});

test('bad options are rejected with a clear message', async () => {
  await assert.rejects(
    generateDataset({ images: 10, reads: 15, out: '/tmp/never-written' }),
    (err: Error) => err instanceof GenerateOptionsError && /2 × --images/.test(err.message),
  );
  await assert.rejects(generateDataset({ images: 10, reads: 70, out: '/tmp/never-written' }), GenerateOptionsError);
  await assert.rejects(generateDataset({ images: 10, reads: 30, readers: 3, out: '/tmp/never-written' }), /--readers/);
  await assert.rejects(
    generateDataset({ images: 10, reads: 30, out: '/proc/chexthought-not-writable' }),
    /cannot write to --out/,
  );
});
