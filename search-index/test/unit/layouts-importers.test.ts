/**
 * The REFLACX and EGD-CXR importers against the fixtures in test/fixtures/ (small folders written
 * in the real layouts, each with one deliberately bad row per file kind).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { DatasetManifest, ImageRecord, LAYOUT, ReadRecord, ReaderRecord, TrackRecord } from '../../src/model.ts';
import { outsideImage, parseRecord } from '../../src/ingest/validate.ts';
import { importReflacx } from '../../src/layouts/reflacx.ts';
import { importEgdCxr } from '../../src/layouts/egd-cxr.ts';
import { LayoutError, type FileStats, type ImportSummary } from '../../src/layouts/import-report.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const REFLACX = join(FIXTURES, 'reflacx');
const EGD = join(FIXTURES, 'egd-cxr');
const MIMIC_META = join(EGD, 'extra', 'mimic-cxr-2.0.0-metadata.csv');
const tmp = () => mkdtempSync(join(tmpdir(), 'import-'));

// ---------------------------------------------------------------------------------- helpers

interface Output {
  images: ImageRecord[];
  readers: ReaderRecord[];
  reads: ReadRecord[];
  tracks: TrackRecord[];
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

/** Parses every output line with the model's schemas (failing on any invalid one) and checks references. */
function loadValidated(dir: string): Output {
  const load = <S extends z.ZodType>(file: string, schema: S): z.infer<S>[] =>
    lines(join(dir, file)).map((text, i) => {
      const r = parseRecord(schema, text);
      assert.ok(r.ok, `${file}:${i + 1} does not validate: ${r.ok ? '' : r.reason}`);
      return r.value;
    });
  DatasetManifest.parse(JSON.parse(readFileSync(join(dir, LAYOUT.manifest), 'utf8')));
  const out: Output = {
    images: load(LAYOUT.images, ImageRecord),
    readers: load(LAYOUT.readers, ReaderRecord),
    reads: load(LAYOUT.reads, ReadRecord),
    tracks: load(LAYOUT.tracks, TrackRecord),
  };
  const images = new Map(out.images.map((i) => [i.id, i]));
  const readers = new Set(out.readers.map((r) => r.id));
  const reads = new Map(out.reads.map((r) => [r.id, r]));
  for (const r of out.reads) {
    assert.ok(images.has(r.imageId), `read ${r.id}: image ${r.imageId} missing`);
    assert.ok(readers.has(r.readerId), `read ${r.id}: reader ${r.readerId} missing`);
  }
  for (const t of out.tracks) {
    const read = reads.get(t.readId);
    assert.ok(read, `track ${t.readId}: read missing`);
    // The canonical ingest rejects a whole track with any off-image point: there must be none.
    assert.equal(outsideImage(t, images.get(read.imageId)!), null);
  }
  return out;
}

type Reject = { file: string; line: number; reason: string; id?: string; rows?: number };
function readRejects(dir: string): Reject[] {
  return lines(join(dir, 'import-rejects.ndjson')).map((l) => JSON.parse(l) as Reject);
}

/** Data rows of a CSV fixture (the fixtures hold no quoted newlines): lines minus the header. */
function csvRows(path: string): number {
  const all = readFileSync(path, 'utf8').split(/\r?\n/);
  if (all[all.length - 1] === '') all.pop();
  return all.length - 1;
}

/** Content and timestamps of a folder, to prove the importer leaves its source alone. */
function folderHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else h.update(relative(dir, p)).update(readFileSync(p)).update(String(st.mtimeMs));
    }
  };
  walk(dir);
  return h.digest('hex');
}

function stats(s: ImportSummary, file: string): FileStats {
  const f = s.files.find((x) => x.file === file);
  assert.ok(f, `no counts for ${file}; have ${s.files.map((x) => x.file).join(', ')}`);
  return f;
}

function assertCounts(s: ImportSummary, file: string, expected: Omit<FileStats, 'file' | 'files'>): void {
  const { files: _files, file: _file, ...got } = stats(s, file);
  assert.deepEqual(got, expected, file);
}

// ---------------------------------------------------------------------------------- REFLACX

const P1 = 'P102R108753'; // full read: fixations, gaze, words, ellipses
const P1_DISCARDED = 'P102R556712';
const P3 = 'P300R000321';
const md = (...p: string[]) => join(REFLACX, 'main_data', ...p);

test('REFLACX imports with --gaze: valid output, true counts, every bad row named by file and line', async () => {
  const before = folderHash(REFLACX);
  const out = tmp();
  const s = await importReflacx({ src: REFLACX, out, gaze: true });
  assert.equal(folderHash(REFLACX), before, 'the source folder is unchanged');
  const o = loadValidated(out);

  assert.equal(s.unaccounted, 0);
  assert.equal(s.ok, false, 'rejects make the import not ok (exit code 1)');
  assert.deepEqual(s.written, { images: 2, readers: 1, reads: 3, tracks: 2 });

  assertCounts(s, 'main_data/metadata_phase_1.csv', { read: 3, converted: 2, offImage: 0, rejected: 1 });
  assertCounts(s, 'main_data/metadata_phase_3.csv', { read: 1, converted: 1, offImage: 0, rejected: 0 });
  const fixRows = csvRows(md(P1, 'fixations.csv')) + csvRows(md(P3, 'fixations.csv'));
  assertCounts(s, 'main_data/<id>/fixations.csv', { read: fixRows, converted: fixRows - 2, offImage: 1, rejected: 1 });
  const gazeRows = csvRows(join(REFLACX, 'gaze_data', P1, 'gaze.csv'));
  assertCounts(s, 'gaze_data/<id>/gaze.csv', { read: gazeRows, converted: gazeRows - 6, offImage: 5, rejected: 1 });
  const wordRows = csvRows(md(P1, 'timestamps_transcription.csv')) + csvRows(md(P3, 'timestamps_transcription.csv'));
  assertCounts(s, 'main_data/<id>/timestamps_transcription.csv', {
    read: wordRows,
    converted: wordRows - 1,
    offImage: 0,
    rejected: 1,
  });
  assertCounts(s, 'main_data/<id>/anomaly_location_ellipses.csv', { read: 6, converted: 5, offImage: 0, rejected: 1 });
  assertCounts(s, 'main_data/<id>/chest_bounding_box.csv', { read: 4, converted: 3, offImage: 0, rejected: 1 });

  const rejects = readRejects(out);
  assert.equal(rejects.length, s.rejected);
  const where = rejects.map((r) => `${r.file}:${r.line}`);
  assert.deepEqual(
    where.sort(),
    [
      `gaze_data/${P1}/gaze.csv:403`,
      `main_data/${P1}/anomaly_location_ellipses.csv:5`,
      `main_data/${P1}/fixations.csv:19`,
      `main_data/${P1}/timestamps_transcription.csv:10`,
      'main_data/P102R999999/chest_bounding_box.csv:2',
      'main_data/metadata_phase_1.csv:4',
    ].sort(),
  );
  const byFile = (f: string) => rejects.find((r) => r.file.endsWith(f))!;
  assert.match(byFile('metadata_phase_1.csv').reason, /image_size_x is not a number \("wide"\)/);
  assert.match(
    byFile('P102R999999/chest_bounding_box.csv').reason,
    /metadata row \(main_data\/metadata_phase_1\.csv:4\) was rejected/,
  );
  assert.match(byFile('timestamps_transcription.csv').reason, /ends .* before it starts/);
  assert.match(byFile('fixations.csv').reason, /timestamp_end_fixation is not a number/);
  assert.match(byFile('anomaly_location_ellipses.csv').reason, /empty or inverted/);
  assert.ok(rejects.every((r) => r.file && r.line > 0 && r.reason));

  // Blinks become nulls; off-image samples are gone, not clamped.
  const track = o.tracks.find((t) => t.readId === P1)!;
  assert.equal(track.samplingHz, 1000);
  assert.equal(track.samples.t.length, gazeRows - 6);
  assert.equal(
    track.samples.x.filter((v) => v === null).length,
    31,
    '30 rows with empty positions + 1 row of empty fields',
  );
  assert.ok(track.samples.x.every((v) => v === null || v <= 2544));
  const i = track.samples.x.indexOf(null);
  assert.equal(track.samples.t[i], 0.201, 'a blink keeps its timestamp');
  assert.equal(track.fixations!.length, csvRows(md(P1, 'fixations.csv')) - 2);
  assert.ok(track.pixelsPerDegree! > 80 && track.pixelsPerDegree! < 133.1);
});

test('REFLACX viewport events appear when the shown rectangle, zoom or window changes', async () => {
  const out = tmp();
  await importReflacx({ src: REFLACX, out });
  const o = loadValidated(out);
  const vp = o.tracks.find((t) => t.readId === P1)!.viewport;
  assert.equal(vp.length, 3, 'full view → zoomed in → full view');
  assert.deepEqual([vp[0]!.xmin, vp[0]!.ymin, vp[0]!.xmax, vp[0]!.ymax], [0, 0, 2544, 3056]);
  assert.deepEqual([vp[1]!.xmin, vp[1]!.ymin, vp[1]!.xmax, vp[1]!.ymax], [500, 700, 2044, 2500]);
  assert.equal(vp[1]!.windowWidth, 0.8);
  assert.equal(vp[1]!.windowLevel, 0.45);
  assert.ok(vp[1]!.zoom! > vp[0]!.zoom!, 'zoom = screen px per image px grows when zoomed in');
  assert.equal(vp[0]!.zoom, Math.round(((2819 - 1021) / 2544) * 1e4) / 1e4);
  assert.ok(vp[0]!.t < vp[1]!.t && vp[1]!.t < vp[2]!.t);
  assert.deepEqual({ ...vp[2]!, t: 0 }, { ...vp[0]!, t: 0 });
  // With --gaze, fixation and gaze rows merge into one timeline: the zoom is still there.
  const out2 = tmp();
  await importReflacx({ src: REFLACX, out: out2, gaze: true });
  assert.equal(loadValidated(out2).tracks.find((t) => t.readId === P1)!.viewport.length, 3);
});

test('REFLACX without --gaze: samples are the fixation centroids, gaze_data is not read', async () => {
  const out = tmp();
  const s = await importReflacx({ src: REFLACX, out });
  const o = loadValidated(out);
  assert.equal(
    s.files.some((f) => f.file.startsWith('gaze_data')),
    false,
  );
  assert.ok(s.warnings.some((w) => /gaze_data\/ was not read/.test(w)));
  for (const t of o.tracks) {
    assert.equal(t.samplingHz, null);
    assert.deepEqual(
      t.samples.t,
      t.fixations!.map((f) => f.start),
    );
    assert.deepEqual(
      t.samples.x,
      t.fixations!.map((f) => f.x),
    );
  }
});

test('REFLACX words become reasoning steps with word timings', async () => {
  const out = tmp();
  await importReflacx({ src: REFLACX, out });
  const read = loadValidated(out).reads.find((r) => r.id === P1)!;
  assert.deepEqual(
    read.reasoning.map((s) => s.text),
    [
      'Support devices are in place.',
      'Mild enlargement of the cardiac silhouette.',
      'Possible small left pleural effusion, cannot exclude atelectasis.',
      'No pneumothorax.',
      'Recommend follow up radiograph.',
    ],
  );
  const steps = read.reasoning;
  assert.deepEqual(
    steps.map((s) => s.kind),
    ['observation', 'observation', 'differential', 'observation', 'recommendation'],
  );
  assert.deepEqual(steps[2]!.hedges, ['possible', 'cannot exclude'], 'in the order written');
  assert.deepEqual(steps[2]!.findings, ['Atelectasis', 'Pleural abnormality']);
  assert.deepEqual(steps[0]!.findings, ['Support devices']);
  for (const s of steps) {
    assert.equal(s.start, s.words[0]!.start);
    assert.equal(s.end, s.words[s.words.length - 1]!.end);
    for (let k = 1; k < s.words.length; k++) assert.ok(s.words[k]!.start >= s.words[k - 1]!.end);
  }
  const words = steps.flatMap((s) => s.words);
  assert.equal(words.length, 25, '32 token rows − 1 bad row − 6 punctuation tokens');
  assert.equal(read.durationSec, Math.max(...words.map((w) => w.end), ...[0]), 'the words end last in this fixture');
  assert.equal(read.impression, 'Recommend follow up radiograph.');
});

test('REFLACX labels, ellipses and flags map to findings; a discarded read has no track', async () => {
  const out = tmp();
  const s = await importReflacx({ src: REFLACX, out });
  const o = loadValidated(out);
  const full = o.reads.find((r) => r.id === P1)!;
  assert.deepEqual(
    full.findings.map((f) => [f.label, f.certainty]),
    [
      ['Atelectasis', 2],
      ['Enlarged cardiac silhouette', 4],
      ['Pleural abnormality', 3],
      ['Support devices', 5],
    ],
  );
  assert.deepEqual(
    full.findings.find((f) => f.label === 'Pleural abnormality')!.region,
    { xmin: 1500, ymin: 2000, xmax: 2300, ymax: 2650 },
    'two ellipses → their union',
  );
  assert.equal(full.findings.find((f) => f.label === 'Support devices')!.region, null);
  assert.equal(full.strategy, 'systematic');
  assert.equal(full.strategySource, 'derived');
  assert.equal(full.readerId, 'reflacx-radiologists');
  assert.equal(full.startedAt, '2000-01-01T00:00:00Z');

  const discarded = o.reads.find((r) => r.id === P1_DISCARDED)!;
  assert.equal(
    o.tracks.some((t) => t.readId === P1_DISCARDED),
    false,
  );
  assert.deepEqual(
    discarded.findings.map((f) => [f.label, f.certainty]),
    [['Enlarged cardiac silhouette', 5]],
  );
  assert.deepEqual(discarded.reasoning, []);
  assert.equal(discarded.durationSec, 0.001);
  assert.ok(s.notes.some(([n, c]) => /eye_tracking_data_discarded/.test(n) && c === 1));

  const p3 = o.reads.find((r) => r.id === P3)!;
  assert.deepEqual(
    p3.findings.map((f) => f.label),
    ['Consolidation'],
  );
  assert.equal(p3.strategy, 'focal', 'the first fixations land in the labelled consolidation');
  assert.ok(
    s.notes.some(([n]) => /"Other"/.test(n)),
    'the free-text Other label is reported',
  );
  assert.ok(s.notes.some(([n]) => /"Airway wall thickening"/.test(n)));

  assert.deepEqual(o.images.map((i) => [i.width, i.height, i.patientId, i.dataset, i.synthetic]).sort(), [
    [2539, 3050, '10001217', 'REFLACX', false],
    [2544, 3056, '10000032', 'REFLACX', false],
  ]);
  // Every accepted read's ellipses are the image's reference regions (shape ellipse, one per label
  // an ellipse marks; the inverted one was rejected); the first read's chest box is the image's.
  const image = o.images.find((i) => i.id === full.imageId)!;
  const ellipse = (xmin: number, ymin: number, xmax: number, ymax: number) => ({
    shape: 'ellipse',
    xmin,
    ymin,
    xmax,
    ymax,
  });
  assert.deepEqual(image.referenceRegions, [
    { label: 'Enlarged cardiac silhouette', region: ellipse(900, 1500, 2100, 2500) },
    { label: 'Pleural abnormality', region: ellipse(1500, 2000, 2300, 2650) },
    { label: 'Pleural abnormality', region: ellipse(1700, 2100, 2200, 2500) },
    { label: 'Atelectasis', region: ellipse(1700, 2100, 2200, 2500) },
    { label: 'Enlarged cardiac silhouette', region: ellipse(950, 1550, 2050, 2450) },
  ]);
  assert.deepEqual(image.chestBox, { xmin: 250, ymin: 420, xmax: 2300, ymax: 2700 });
  assert.equal(image.lungFields, null, 'REFLACX outlines no lungs: the metrics use the template in the chest box');
  const p3Image = o.images.find((i) => i.id === p3.imageId)!;
  assert.deepEqual(p3Image.referenceRegions, [{ label: 'Consolidation', region: ellipse(400, 1500, 1000, 2100) }]);
  assert.deepEqual(p3Image.chestBox, { xmin: 230, ymin: 430, xmax: 2310, ymax: 2690 });

  const manifest = DatasetManifest.parse(JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')));
  assert.equal(manifest.synthetic, false);
  assert.match(manifest.attribution, /Bigolin Lanfredi.*Sci Data 9, 350 \(2022\).*PhysioNet/);
});

test('the output folder may not be the source or inside it; a folder that is not REFLACX is refused', async () => {
  await assert.rejects(importReflacx({ src: REFLACX, out: join(REFLACX, 'out') }), LayoutError);
  await assert.rejects(importReflacx({ src: EGD, out: tmp() }), /not a REFLACX folder/);
  await assert.rejects(importEgdCxr({ src: REFLACX, out: tmp() }), /not an EGD-CXR folder/);
});

// ---------------------------------------------------------------------------------- EGD-CXR

const D1 = '1a4c0e2e-8d8e0e2c-3b5f7a91-c2d4e6f8-0a1b2c3d';
const D2 = '5e7f9a1b-3c5d7e9f-1a2b3c4d-5e6f7a8b-9c0d1e2f';
const D3 = '9f8e7d6c-5b4a3928-17f6e5d4-c3b2a190-8f7e6d5c';

test('EGD-CXR imports with --gaze and --image-sizes: valid output, true counts, bad rows named', async () => {
  const before = folderHash(EGD);
  const out = tmp();
  const s = await importEgdCxr({ src: EGD, out, gaze: true, imageSizes: MIMIC_META });
  assert.equal(folderHash(EGD), before, 'the source folder is unchanged');
  const o = loadValidated(out);
  assert.equal(s.unaccounted, 0);
  assert.equal(s.ok, false);
  assert.deepEqual(s.written, { images: 3, readers: 1, reads: 3, tracks: 3 });

  assertCounts(s, 'master_sheet.csv', { read: 4, converted: 3, offImage: 0, rejected: 1 });
  const fixRows = csvRows(join(EGD, 'fixations.csv'));
  assertCounts(s, 'fixations.csv', { read: fixRows, converted: fixRows - 2, offImage: 1, rejected: 1 });
  const gazeRows = csvRows(join(EGD, 'eye_gaze.csv'));
  assertCounts(s, 'eye_gaze.csv', { read: gazeRows, converted: gazeRows - 5, offImage: 4, rejected: 1 });
  assertCounts(s, 'bounding_boxes.csv', { read: 14, converted: 13, offImage: 0, rejected: 1 });
  assertCounts(s, 'audio_segmentation_transcripts/<dicom_id>/transcript.json', {
    read: 10,
    converted: 9,
    offImage: 0,
    rejected: 1,
  });
  assertCounts(s, '--image-sizes mimic-cxr-2.0.0-metadata.csv', { read: 2, converted: 2, offImage: 0, rejected: 0 });

  const rejects = readRejects(out);
  assert.deepEqual(rejects.map((r) => `${r.file}:${r.line}`).sort(), [
    `audio_segmentation_transcripts/${D3}/transcript.json:15`,
    'bounding_boxes.csv:14',
    'eye_gaze.csv:332',
    'fixations.csv:39',
    'master_sheet.csv:5',
  ]);
  assert.match(rejects.find((r) => r.file === 'master_sheet.csv')!.reason, /patient_id "" is not a valid id/);
  assert.match(rejects.find((r) => r.file.endsWith('transcript.json'))!.reason, /time_stamped_text\[2\]: phrase ends/);

  // Blinks (invalid FPOGV/BPOGV) become nulls; X_ORIGINAL = -1 (off the image) is dropped.
  const t1 = o.tracks.find((t) => t.readId === `egd-cxr-${D1}`)!;
  assert.equal(t1.samplingHz, 60);
  assert.equal(t1.samples.t.length, 300 - 4);
  assert.equal(t1.samples.x.filter((v) => v === null).length, 12);
  assert.equal(t1.samples.t[0], 0, "time 0 is the image's first gaze row");
  assert.ok(t1.samples.x.every((v) => v === null || v >= 0));
  assert.equal(t1.fixations!.length, 19, '20 fixations, one off the image');
  assert.equal(
    o.tracks.find((t) => t.readId === `egd-cxr-${D2}`)!.fixations!.length,
    10,
    'a fixation reported twice is one fixation',
  );
  assert.deepEqual(t1.viewport, [
    {
      t: 0,
      xmin: 0,
      ymin: 0,
      xmax: 2544,
      ymax: 3056,
      zoom: Math.round(((1920 - 1020) / 2544) * 1e4) / 1e4,
      windowWidth: null,
      windowLevel: null,
    },
  ]);
});

test('EGD-CXR images: sizes and view from the side file, else inferred with a note; classes map to reference findings', async () => {
  const out = tmp();
  const s = await importEgdCxr({ src: EGD, out, gaze: true, imageSizes: MIMIC_META });
  const o = loadValidated(out);
  const img = (id: string) => o.images.find((i) => i.id === id)!;
  assert.deepEqual([img(D1).width, img(D1).height, img(D1).viewPosition], [2544, 3056, 'PA']);
  assert.deepEqual([img(D2).width, img(D2).height, img(D2).viewPosition], [3056, 2544, 'AP']);
  assert.ok(img(D3).width < 2539 && img(D3).height < 3050, 'inferred from the largest coordinate: a lower bound');
  assert.ok(s.notes.some(([n, c]) => /inferred/.test(n) && c === 1));
  assert.deepEqual([img(D1).sourceLabels, img(D1).referenceFindings], [['CHF'], ['Pulmonary edema']]);
  assert.deepEqual([img(D2).sourceLabels, img(D2).referenceFindings], [['Normal'], ['No finding']]);
  assert.deepEqual([img(D3).sourceLabels, img(D3).referenceFindings], [['pneumonia'], ['Consolidation']]);
  assert.deepEqual([img(D1).patientSex, img(D1).patientAge, img(D1).patientId], ['F', 71, '10045372']);
  // The anatomical lung boxes are the lung fields (right lung first); boxes named after a finding
  // are reference regions; other anatomy (mediastinum, aortic knob) is not kept.
  const box = (xmin: number, ymin: number, xmax: number, ymax: number) => ({ shape: 'box', xmin, ymin, xmax, ymax });
  assert.deepEqual(img(D1).lungFields, [box(356, 366, 1195, 2444), box(1348, 366, 2187, 2444)]);
  assert.deepEqual(img(D1).referenceRegions, [{ label: 'Pulmonary edema', region: box(1300, 900, 1900, 1500) }]);
  assert.deepEqual(img(D2).referenceRegions, []);
  assert.equal(o.readers.length, 1);
  assert.equal(o.readers[0]!.id, 'egd-cxr-radiologist');
  assert.match(
    DatasetManifest.parse(JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'))).attribution,
    /Karargyris.*Sci Data 8 \(2021\).*PhysioNet/,
  );
});

test('EGD-CXR phrases become steps with evenly spread word timings', async () => {
  const out = tmp();
  await importEgdCxr({ src: EGD, out });
  const o = loadValidated(out);
  const r1 = o.reads.find((r) => r.imageId === D1)!;
  assert.equal(r1.reasoning.length, 4);
  const s = r1.reasoning[0]!;
  assert.equal(s.text, 'The heart is enlarged.');
  assert.deepEqual(
    s.words.map((w) => [w.text, w.start, w.end]),
    [
      ['The', 0.6, 1.05],
      ['heart', 1.05, 1.5],
      ['is', 1.5, 1.95],
      ['enlarged', 1.95, 2.4],
    ],
  );
  assert.deepEqual(s.findings, ['Enlarged cardiac silhouette']);
  assert.deepEqual(r1.findings, [], 'EGD-CXR records no findings per read');
  assert.equal(r1.impression, 'Findings are consistent with congestive heart failure.');
  const r3 = o.reads.find((r) => r.imageId === D3)!;
  assert.deepEqual(
    r3.reasoning.map((x) => x.kind),
    ['observation', 'differential'],
    'the bad phrase is rejected, the others kept',
  );
  assert.deepEqual(r3.reasoning[1]!.hedges, ['may represent']);
});

test('EGD-CXR without --gaze: samples are fixation centroids, time 0 is the first fixation', async () => {
  const out = tmp();
  const s = await importEgdCxr({ src: EGD, out });
  const o = loadValidated(out);
  assert.equal(
    s.files.some((f) => f.file === 'eye_gaze.csv'),
    false,
  );
  assert.ok(s.warnings.some((w) => /eye_gaze\.csv was not read/.test(w)));
  for (const t of o.tracks) {
    assert.equal(t.samplingHz, null);
    assert.equal(t.fixations![0]!.start, 0);
    assert.deepEqual(
      t.samples.t,
      t.fixations!.map((f) => f.start),
    );
  }
  // Without --image-sizes every size is inferred and no viewport is claimed.
  assert.ok(s.notes.some(([n, c]) => /inferred/.test(n) && c === 3));
  assert.ok(o.tracks.every((t) => t.viewport.length === 0));
  assert.ok(
    o.reads.every(
      (r) =>
        ['systematic', 'global-then-focal', 'focal', 'free-search'].includes(r.strategy) &&
        r.strategySource === 'derived',
    ),
  );
});
