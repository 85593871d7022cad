/**
 * REFLACX (Bigolin Lanfredi et al., Sci Data 2022) → canonical layout. Source layout:
 *   main_data/metadata_phase_{1,2,3}.csv        one row per read (id like P102R009922)
 *   main_data/<id>/fixations.csv                fixations + what was shown (rectangle, window)
 *   main_data/<id>/timestamps_transcription.csv dictated words with times
 *   main_data/<id>/anomaly_location_ellipses.csv ellipses drawn per label
 *   main_data/<id>/chest_bounding_box.csv       lungs + heart box
 *   gaze_data/<id>/gaze.csv                     1,000 Hz samples (read with --gaze)
 * Times are seconds from the start of the recording; coordinates are image pixels.
 * Every row is converted, dropped as off-image (counted) or rejected with file, line, reason.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Box, Fixation, FindingRecord, ImageRecord, ReadRecord, TrackRecord, ViewportEvent } from '../model.ts';
import { FINDINGS, type Finding } from '../vocabulary.ts';
import type { ProgressReporter } from '../ingest/progress.ts';
import { missingColumns, openCsvTable, type CsvRow } from './csv.ts';
import {
  CanonicalWriter,
  ImportReport,
  LayoutError,
  PLACEHOLDER,
  REJECTS_FILE,
  RowError,
  Tally,
  assertOutsideSource,
  eachRow,
  writeReader,
  finish,
  parseBoolean,
  parseNumber,
  requireNumber,
  safeId,
  unionBox,
  type ImportSummary,
} from './import-report.ts';
import { impressionOf, stepsFromTokens, type TimedToken } from './reasoning.ts';
import { deriveStrategy } from './strategy.ts';

export const REFLACX_NAME = 'REFLACX';
export const REFLACX_ATTRIBUTION =
  'REFLACX: Bigolin Lanfredi R, Zhang M, Auffermann WF, Chan J, Duong PAT, Srikumar V, Drew T, Schroeder JD, Tasdizen T. ' +
  'REFLACX, a dataset of reports and eye-tracking data for localization of abnormalities in chest x-rays. Sci Data 9, 350 (2022), ' +
  'https://doi.org/10.1038/s41597-022-01441-z. Data: REFLACX (version 1.0.0), PhysioNet, https://doi.org/10.13026/e0dj-8498 ' +
  '(credentialed access; images from MIMIC-CXR). PhysioNet: Goldberger AL et al., Circulation 101(23):e215–e220 (2000).';

/** One pseudonymous reader stands for the five REFLACX radiologists (the files do not say who read what). */
export const REFLACX_READER_ID = 'reflacx-radiologists';

/**
 * REFLACX label columns → our findings. Phase 1 used an older, finer label set; phases 2–3 use
 * ours. null: no vocabulary entry (kept out of findings, counted in the notes).
 */
export const REFLACX_LABELS: Readonly<Record<string, Finding | null>> = {
  'Abnormal mediastinal contour': 'Abnormal mediastinal contour',
  'Acute fracture': 'Acute fracture',
  Atelectasis: 'Atelectasis',
  Consolidation: 'Consolidation',
  'Enlarged cardiac silhouette': 'Enlarged cardiac silhouette',
  'Enlarged hilum': 'Enlarged hilum',
  'Groundglass opacity': 'Groundglass opacity',
  'Hiatal hernia': 'Hiatal hernia',
  'High lung volume / emphysema': 'High lung volume / emphysema',
  'Interstitial lung disease': 'Interstitial lung disease',
  'Lung nodule or mass': 'Lung nodule or mass',
  'Pleural abnormality': 'Pleural abnormality',
  Pneumothorax: 'Pneumothorax',
  'Pulmonary edema': 'Pulmonary edema',
  'Support devices': 'Support devices',
  // Phase 1 names.
  Emphysema: 'High lung volume / emphysema',
  Fibrosis: 'Interstitial lung disease',
  Fracture: 'Acute fracture',
  Mass: 'Lung nodule or mass',
  Nodule: 'Lung nodule or mass',
  'Pleural effusion': 'Pleural abnormality',
  'Pleural thickening': 'Pleural abnormality',
  'Wide mediastinum': 'Abnormal mediastinal contour',
  'Airway wall thickening': null,
  'Quality issue': null,
};
const METADATA_COLUMNS = new Set([
  'id',
  'split',
  'eye_tracking_data_discarded',
  'image',
  'dicom_id',
  'subject_id',
  'image_size_x',
  'image_size_y',
  'Other',
]);
const REQUIRED_METADATA = ['id', 'eye_tracking_data_discarded', 'subject_id', 'image_size_x', 'image_size_y'];

const G = {
  fixations: 'main_data/<id>/fixations.csv',
  words: 'main_data/<id>/timestamps_transcription.csv',
  ellipses: 'main_data/<id>/anomaly_location_ellipses.csv',
  chest: 'main_data/<id>/chest_bounding_box.csv',
  gaze: 'gaze_data/<id>/gaze.csv',
} as const;
const READ_FILES = [
  ['main_data', 'fixations.csv', G.fixations],
  ['main_data', 'timestamps_transcription.csv', G.words],
  ['main_data', 'anomaly_location_ellipses.csv', G.ellipses],
  ['main_data', 'chest_bounding_box.csv', G.chest],
  ['gaze_data', 'gaze.csv', G.gaze],
] as const;

export interface ReflacxOptions {
  src: string;
  out: string;
  /** Import the 1,000 Hz gaze samples; otherwise samples are the fixation centroids. */
  gaze?: boolean;
  experienceYears?: number;
  progress?: ProgressReporter;
}

interface Meta {
  id: string;
  file: string;
  line: number;
  discarded: boolean;
  dicomId: string;
  subjectId: string;
  width: number;
  height: number;
  certainty: Map<Finding, number>;
  unmapped: string[];
  other: string;
}

export async function importReflacx(opts: ReflacxOptions): Promise<ImportSummary> {
  const main = join(opts.src, 'main_data');
  const metaFiles = existsSync(main)
    ? readdirSync(main)
        .filter((f) => /^metadata_phase_\d+\.csv$/.test(f))
        .sort()
    : [];
  if (!metaFiles.length)
    throw new LayoutError(`${opts.src} is not a REFLACX folder: no main_data/metadata_phase_*.csv`);
  assertOutsideSource(opts.src, opts.out);
  const writer = new CanonicalWriter(opts.out);
  const report = new ImportReport(join(opts.out, REJECTS_FILE));
  const rel = (...p: string[]) => p.join('/');

  // 1. Metadata: one row per read.
  const metas: Meta[] = [];
  const rejectedIds = new Map<string, string>();
  const seen = new Map<string, string>();
  const images = new Map<string, Meta>();
  for (const f of metaFiles) {
    const file = rel('main_data', f);
    report.group(file, true);
    const table = await openCsvTable(join(main, f));
    const missing = missingColumns(table.header, REQUIRED_METADATA);
    if (!table.header.includes('dicom_id') && !table.header.includes('image')) missing.push('dicom_id (or image)');
    const unknown = table.header.filter((h) => !METADATA_COLUMNS.has(h) && !(h in REFLACX_LABELS));
    if (unknown.length)
      report.warn(
        `${file}: columns ${unknown.map((u) => JSON.stringify(u)).join(', ')} are not known REFLACX columns and were ignored`,
      );
    for await (const row of table.rows) {
      const id = row.get('id')?.trim();
      try {
        if (row.blank) throw new RowError('empty row');
        if (row.error) throw new RowError(row.error);
        if (missing.length) throw new RowError(`the file lacks column(s) ${missing.join(', ')}`);
        const m = parseMeta(row, table.header, file);
        const dup = seen.get(m.id);
        if (dup) throw new RowError(`read id ${m.id} already appeared at ${dup}`);
        const img = images.get(m.dicomId);
        if (img && (img.width !== m.width || img.height !== m.height || img.subjectId !== m.subjectId))
          throw new RowError(
            `image ${m.dicomId} is ${m.width}×${m.height} of subject ${m.subjectId} here but ${img.width}×${img.height} of subject ${img.subjectId} at ${img.file}:${img.line}`,
          );
        seen.set(m.id, `${file}:${row.line}`);
        if (!img) images.set(m.dicomId, m);
        metas.push(m);
      } catch (err) {
        if (!(err instanceof RowError)) throw err;
        report.reject(file, { file, line: row.line, reason: err.message, ...(id ? { id } : {}) });
        if (id) rejectedIds.set(id, `${file}:${row.line}`);
      }
    }
  }

  // 2. Read folders nobody lists, or whose metadata row was rejected: their rows are rejected.
  const known = new Set(metas.map((m) => m.id));
  for (const [dir, name, group] of READ_FILES) {
    if (group === G.gaze && !opts.gaze) continue;
    for (const id of listDirs(join(opts.src, dir))) {
      if (known.has(id)) continue;
      const path = join(opts.src, dir, id, name);
      if (!existsSync(path)) continue;
      const why = rejectedIds.has(id)
        ? `its metadata row (${rejectedIds.get(id)}) was rejected`
        : `read ${id} is not listed in any main_data/metadata_phase_*.csv`;
      await report.rejectFile(group, rel(dir, id, name), path, why, id);
    }
  }
  if (!opts.gaze && listDirs(join(opts.src, 'gaze_data')).length)
    report.warn(
      'gaze_data/ was not read (pass --gaze to import the 1,000 Hz samples); track samples are the fixation centroids',
    );

  // 3. Reads, one at a time.
  // Per image, from its accepted reads: every ellipse as a reference region, the first chest box.
  const usedImages = new Map<string, { regions: ImageRecord['referenceRegions']; chestBox: Box | null }>();
  opts.progress?.start('REFLACX reads', metas.length);
  let done = 0;
  for (const m of metas) {
    const marks = await importRead(m, opts, report, writer);
    if (marks) {
      const img = usedImages.get(m.dicomId) ?? { regions: [], chestBox: null };
      img.regions.push(...marks.regions);
      img.chestBox ??= marks.chestBox;
      usedImages.set(m.dicomId, img);
    }
    opts.progress?.update(++done, done);
  }
  opts.progress?.stop();

  // 4. Images, the reader, the manifest.
  for (const [id, marks] of usedImages) {
    const m = images.get(id)!;
    const image = {
      id,
      dataset: REFLACX_NAME,
      patientId: m.subjectId,
      followUp: 0,
      viewPosition: PLACEHOLDER.viewPosition,
      width: m.width,
      height: m.height,
      referenceRegions: marks.regions,
      chestBox: marks.chestBox,
      synthetic: false,
    };
    const c = writer.check('images', image);
    if (!c.ok) throw new Error(`image ${id} does not validate (${c.reason}); this is an importer bug`);
    await writer.write('images', c.value);
  }
  report.note('images with placeholder view position PA and follow-up 0 (REFLACX gives neither)', usedImages.size);
  await writeReader(writer, REFLACX_READER_ID, opts.experienceYears);
  writer.manifest({
    format: 'chexthought/1',
    name: 'REFLACX (imported)',
    description:
      'Real reads of MIMIC-CXR images by five radiologists, imported from the REFLACX layout by `chexthought import reflacx`. ' +
      'Image pixels are not included (MIMIC-CXR is credentialed). See docs/importers.md for what was mapped and which values are placeholders.',
    synthetic: false,
    attribution: REFLACX_ATTRIBUTION,
  });
  return finish(REFLACX_NAME, report, writer);
}

function parseMeta(row: CsvRow, header: readonly string[], file: string): Meta {
  const id = safeId(row.get('id'), 'id');
  const image = row.get('image')?.trim() ?? '';
  const dicomId = safeId(row.get('dicom_id')?.trim() || basename(image).replace(/\.(dcm|jpg|png)$/i, ''), 'dicom_id');
  const subjectId = safeId(row.get('subject_id')?.trim().replace(/\.0+$/, ''), 'subject_id');
  const width = requireNumber(row.get('image_size_x'), 'image_size_x');
  const height = requireNumber(row.get('image_size_y'), 'image_size_y');
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0)
    throw new RowError(`image size ${width}×${height} is not a positive whole number of pixels`);
  const certainty = new Map<Finding, number>();
  const unmapped: string[] = [];
  for (const col of header) {
    const label = REFLACX_LABELS[col];
    if (label === undefined) continue;
    const value = labelValue(row.get(col), col);
    if (value === 0) continue;
    if (label === null) unmapped.push(col);
    else certainty.set(label, Math.max(certainty.get(label) ?? 0, value));
  }
  return {
    id,
    file,
    line: row.line,
    discarded: parseBoolean(row.get('eye_tracking_data_discarded'), 'eye_tracking_data_discarded'),
    dicomId,
    subjectId,
    width,
    height,
    certainty,
    unmapped,
    other: row.get('Other')?.trim() ?? '',
  };
}

/** Certainty 0–5 (0 = absent); boolean columns (Support devices, Quality issue) count True as 5. */
function labelValue(raw: string | undefined, col: string): number {
  const v = (raw ?? '').trim();
  if (v === '' || /^false$/i.test(v)) return 0;
  if (/^true$/i.test(v)) return 5;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 5)
    throw new RowError(`${col} is ${JSON.stringify(raw)}; expected a certainty 0–5 (0 = absent) or True/False`);
  return n;
}

function listDirs(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * Writes one read (and its track); null when the read was rejected, else its ellipses (each as an
 * ellipse region per label it marks) and chest box for the image record.
 */
async function importRead(
  m: Meta,
  opts: ReflacxOptions,
  report: ImportReport,
  writer: CanonicalWriter,
): Promise<{ regions: ImageRecord['referenceRegions']; chestBox: Box | null } | null> {
  const dir = join(opts.src, 'main_data', m.id);
  const f = (name: string) => `main_data/${m.id}/${name}`;
  const metaTally = new Tally(m.file, m.file);
  metaTally.ok(m.line);
  const size = { width: m.width, height: m.height };

  const ellipses = await readEllipses(
    join(dir, 'anomaly_location_ellipses.csv'),
    f('anomaly_location_ellipses.csv'),
    m.id,
    report,
  );
  const { box: chest, tallies: chestTallies } = await readChestBox(
    join(dir, 'chest_bounding_box.csv'),
    f('chest_bounding_box.csv'),
    m.id,
    report,
  );
  const words = await readWords(
    join(dir, 'timestamps_transcription.csv'),
    f('timestamps_transcription.csv'),
    m.id,
    report,
  );

  let track: Omit<TrackRecord, 'synthetic' | 'readId'> | null = null;
  const trackTallies: Tally[] = [];
  const fixPath = join(dir, 'fixations.csv');
  const gazePath = join(opts.src, 'gaze_data', m.id, 'gaze.csv');
  if (m.discarded) {
    report.note('reads without a track: eye_tracking_data_discarded is True');
    const why = 'eye-tracking data of this read was discarded by the dataset (eye_tracking_data_discarded = True)';
    if (existsSync(fixPath)) await report.rejectFile(G.fixations, f('fixations.csv'), fixPath, why, m.id);
    if (opts.gaze && existsSync(gazePath))
      await report.rejectFile(G.gaze, `gaze_data/${m.id}/gaze.csv`, gazePath, why, m.id);
  } else if (!existsSync(fixPath)) {
    report.note('reads without a track: fixations.csv missing');
    report.warn(`read ${m.id}: ${f('fixations.csv')} is missing; the read is imported without a track`);
  } else {
    const fx = await readFixations(fixPath, f('fixations.csv'), m.id, size, report);
    trackTallies.push(fx.tally);
    let samples = {
      t: fx.fixations.map((x) => x.start),
      x: fx.fixations.map((x) => x.x as number | null),
      y: fx.fixations.map((x) => x.y as number | null),
    };
    let viewport = fx.viewport;
    let samplingHz: number | null = null;
    if (opts.gaze) {
      if (existsSync(gazePath)) {
        const gz = await readGaze(gazePath, `gaze_data/${m.id}/gaze.csv`, m.id, size, report);
        trackTallies.push(gz.tally);
        samples = gz.samples;
        viewport = mergeViewports(fx.viewport, gz.viewport);
        samplingHz = 1000;
      } else {
        report.warn(`read ${m.id}: gaze_data/${m.id}/gaze.csv is missing; samples are the fixation centroids`);
      }
    }
    track = { samplingHz, pixelsPerDegree: fx.pixelsPerDegree, samples, fixations: fx.fixations, viewport };
  }

  // Findings: label certainty from the metadata, region from the ellipses drawn for the label.
  const findings: FindingRecord[] = [];
  for (const label of FINDINGS) {
    const boxes = ellipses.regions.get(label) ?? [];
    let certainty = m.certainty.get(label) ?? 0;
    if (!certainty && boxes.length) {
      certainty = ellipses.certainty.get(label) ?? 0;
      if (certainty) report.note('findings known only from an ellipse (label absent from the metadata row)');
    }
    if (!certainty) continue;
    findings.push({ label, certainty, region: boxes.length ? unionBox(boxes) : null });
  }
  if (!findings.some((x) => x.label !== 'Support devices'))
    findings.push({ label: 'No finding', certainty: 5, region: null });
  for (const u of m.unmapped) report.note(`label "${u}" present (no vocabulary entry; kept out of findings)`);
  if (m.other) report.note('label "Other" present (free text; no vocabulary entry; kept out of findings)');

  const reasoning = stepsFromTokens(words.tokens);
  const times = [
    ...(track?.samples.t.length ? [track.samples.t[track.samples.t.length - 1]!] : []),
    ...(track?.fixations ?? []).map((x) => x.end),
    ...reasoning.map((s) => s.end),
  ];
  let durationSec = Math.max(0, ...times);
  if (!(durationSec > 0)) {
    durationSec = PLACEHOLDER.durationSec;
    report.note(`reads with placeholder duration ${PLACEHOLDER.durationSec} s (no timed data)`);
  }
  const strategy = track
    ? deriveStrategy({
        fixations: track.fixations ?? [],
        width: m.width,
        height: m.height,
        chest,
        labelledRegions: findings.filter((x) => x.certainty >= 3 && x.region).map((x) => x.region!),
      })
    : { strategy: PLACEHOLDER.strategyWithoutTrack, rule: 'no track' };
  report.note(`strategy: ${strategy.strategy}${track ? ' (derived from the fixations)' : ' (placeholder: no track)'}`);

  const read: ReadRecord = {
    id: m.id,
    imageId: m.dicomId,
    readerId: REFLACX_READER_ID,
    startedAt: PLACEHOLDER.startedAt,
    durationSec,
    findings,
    impression: impressionOf(reasoning),
    clinicalContext: { shown: false, text: null, used: false },
    strategy: strategy.strategy,
    strategySource: 'derived',
    reasoning,
    synthetic: false,
  };
  const checked = writer.check('reads', read);
  const held = [metaTally, ...ellipses.tallies, ...chestTallies, ...words.tallies, ...trackTallies];
  if (!checked.ok) {
    const reason = `read ${m.id} does not validate: ${checked.reason}`;
    for (const t of held) report.fail(t, reason, m.id);
    return null;
  }
  await writer.write('reads', checked.value);
  for (const t of [metaTally, ...ellipses.tallies, ...chestTallies, ...words.tallies]) report.commit(t);
  if (track) {
    const tr = writer.check('tracks', { readId: m.id, ...track, synthetic: false });
    if (tr.ok) {
      await writer.write('tracks', tr.value);
      for (const t of trackTallies) report.commit(t);
    } else {
      for (const t of trackTallies) report.fail(t, `track of ${m.id} does not validate: ${tr.reason}`, m.id);
      report.warn(`read ${m.id} was imported without its track (${tr.reason})`);
    }
  }
  const regions = [...ellipses.regions].flatMap(([label, boxes]) =>
    boxes.map((box) => ({ label, region: { shape: 'ellipse' as const, ...box } })),
  );
  return { regions, chestBox: chest };
}

async function readEllipses(path: string, file: string, id: string, report: ImportReport) {
  const regions = new Map<Finding, Box[]>();
  const certainty = new Map<Finding, number>();
  const tally = new Tally(G.ellipses, file);
  if (!existsSync(path)) return { regions, certainty, tallies: [] };
  await eachRow(
    path,
    G.ellipses,
    file,
    id,
    report,
    () => ['xmin', 'ymin', 'xmax', 'ymax'],
    (row, header) => {
      if (row.blank) throw new RowError('empty row');
      const box = boxOf(row, 'xmin', 'ymin', 'xmax', 'ymax');
      const c = parseNumber(row.get('certainty'), 'certainty');
      if (c !== undefined && (!Number.isInteger(c) || c < 1 || c > 5)) throw new RowError(`certainty ${c} is not 1–5`);
      const labels = header.filter(
        (h) => !['xmin', 'ymin', 'xmax', 'ymax', 'certainty'].includes(h) && parseBoolean(row.get(h), h),
      );
      const mapped = labels.map((l) => REFLACX_LABELS[l]).filter((l): l is Finding => !!l);
      if (!mapped.length)
        throw new RowError(
          labels.length
            ? `ellipse marks only labels without a vocabulary entry (${labels.join(', ')})`
            : 'ellipse marks no label',
        );
      for (const l of new Set(mapped)) {
        regions.set(l, [...(regions.get(l) ?? []), box]);
        if (c !== undefined) certainty.set(l, Math.max(certainty.get(l) ?? 0, c));
      }
      tally.ok(row.line);
    },
  );
  return { regions, certainty, tallies: [tally] };
}

function boxOf(row: CsvRow, xmin: string, ymin: string, xmax: string, ymax: string): Box {
  const b = {
    xmin: requireNumber(row.get(xmin), xmin),
    ymin: requireNumber(row.get(ymin), ymin),
    xmax: requireNumber(row.get(xmax), xmax),
    ymax: requireNumber(row.get(ymax), ymax),
  };
  if (!(b.xmax > b.xmin && b.ymax > b.ymin))
    throw new RowError(`box (${b.xmin}, ${b.ymin})–(${b.xmax}, ${b.ymax}) is empty or inverted`);
  return b;
}

/** The chest box: the strategy's zones, and the image's chestBox (lung fields follow a template in it). */
async function readChestBox(
  path: string,
  file: string,
  id: string,
  report: ImportReport,
): Promise<{ box: Box | null; tallies: Tally[] }> {
  if (!existsSync(path)) return { box: null, tallies: [] };
  let box: Box | null = null;
  const tally = new Tally(G.chest, file);
  await eachRow(
    path,
    G.chest,
    file,
    id,
    report,
    () => ['xmin', 'ymin', 'xmax', 'ymax'],
    (row) => {
      if (row.blank) throw new RowError('empty row');
      if (box) throw new RowError('a second chest box; the first one is used');
      box = boxOf(row, 'xmin', 'ymin', 'xmax', 'ymax');
      tally.ok(row.line);
    },
  );
  return { box, tallies: [tally] };
}

async function readWords(path: string, file: string, id: string, report: ImportReport) {
  const tokens: TimedToken[] = [];
  if (!existsSync(path)) {
    report.note('reads without a transcription');
    return { tokens, tallies: [] };
  }
  const tally = new Tally(G.words, file);
  await eachRow(
    path,
    G.words,
    file,
    id,
    report,
    () => ['word', 'timestamp_start_word', 'timestamp_end_word'],
    (row) => {
      const text = row.get('word')?.trim() ?? '';
      if (!text) throw new RowError('word is empty');
      const start = requireNumber(row.get('timestamp_start_word'), 'timestamp_start_word');
      const end = requireNumber(row.get('timestamp_end_word'), 'timestamp_end_word');
      if (start < 0) throw new RowError(`timestamp_start_word ${start} is before the recording started`);
      if (end < start) throw new RowError(`word ends (${end} s) before it starts (${start} s)`);
      tokens.push({ text, start, end });
      tally.ok(row.line);
    },
  );
  return { tokens, tallies: [tally] };
}

/** Emits a viewport event whenever the shown rectangle, zoom or window changes. */
class ViewportTrack {
  readonly events: ViewportEvent[] = [];
  private lastRaw = '';
  private last = '';
  push(t: number, row: CsvRow): void {
    // Compare the raw fields first: at 1,000 Hz the display state rarely changes.
    const raw = VIEW_COLUMNS.map((c) => row.get(c) ?? '').join(',');
    if (raw === this.lastRaw) return;
    this.lastRaw = raw;
    const v = viewportOf(row);
    if (!v) return;
    const key = JSON.stringify(v);
    if (key === this.last) return;
    this.last = key;
    this.events.push({ t, ...v });
  }
}

const SHOWN = [
  'xmin_shown_from_image',
  'ymin_shown_from_image',
  'xmax_shown_from_image',
  'ymax_shown_from_image',
] as const;
const SCREEN = [
  'xmin_in_screen_coordinates',
  'ymin_in_screen_coordinates',
  'xmax_in_screen_coordinates',
  'ymax_in_screen_coordinates',
] as const;

/** The rectangle of the image shown, zoom = screen px per image px, window width/level as given. */
const VIEW_COLUMNS = [...SHOWN, ...SCREEN, 'window_width', 'window_level'];

/** Fixation rows and gaze rows report the same display state at different moments: one timeline. */
function mergeViewports(a: readonly ViewportEvent[], b: readonly ViewportEvent[]): ViewportEvent[] {
  const out: ViewportEvent[] = [];
  let last = '';
  for (const e of [...a, ...b].sort((p, q) => p.t - q.t)) {
    const { t: _t, ...state } = e;
    const key = JSON.stringify(state);
    if (key !== last) out.push(e);
    last = key;
  }
  return out;
}

function viewportOf(row: CsvRow): Omit<ViewportEvent, 't'> | null {
  const shown = SHOWN.map((c) => parseNumber(row.get(c), c));
  if (shown.some((v) => v === undefined)) return null;
  const [xmin, ymin, xmax, ymax] = shown as number[];
  const screen = SCREEN.map((c) => parseNumber(row.get(c), c));
  const zoom =
    screen.every((v) => v !== undefined) && xmax! > xmin! ? (screen[2]! - screen[0]!) / (xmax! - xmin!) : null;
  return {
    xmin: xmin!,
    ymin: ymin!,
    xmax: xmax!,
    ymax: ymax!,
    zoom: zoom !== null && zoom > 0 ? Math.round(zoom * 1e4) / 1e4 : null,
    windowWidth: parseNumber(row.get('window_width'), 'window_width') ?? null,
    windowLevel: parseNumber(row.get('window_level'), 'window_level') ?? null,
  };
}

function onImage(x: number, y: number, size: { width: number; height: number }): boolean {
  return x >= 0 && y >= 0 && x <= size.width && y <= size.height;
}

function positionColumns(header: readonly string[]): [string, string] {
  // The published files say x_position; the collection scripts wrote average_x_position.
  return header.includes('x_position') || !header.includes('average_x_position')
    ? ['x_position', 'y_position']
    : ['average_x_position', 'average_y_position'];
}

async function readFixations(
  path: string,
  file: string,
  id: string,
  size: { width: number; height: number },
  report: ImportReport,
) {
  const fixations: Fixation[] = [];
  const viewport = new ViewportTrack();
  const tally = new Tally(G.fixations, file);
  let ppdSum = 0,
    ppdN = 0;
  let [xc, yc] = ['x_position', 'y_position'];
  const columns = (h: string[]) => {
    [xc, yc] = positionColumns(h);
    return ['timestamp_start_fixation', 'timestamp_end_fixation', xc, yc];
  };
  await eachRow(path, G.fixations, file, id, report, columns, (row) => {
    if (row.blank) throw new RowError('empty row');
    const start = requireNumber(row.get('timestamp_start_fixation'), 'timestamp_start_fixation');
    const end = requireNumber(row.get('timestamp_end_fixation'), 'timestamp_end_fixation');
    const x = requireNumber(row.get(xc), xc);
    const y = requireNumber(row.get(yc), yc);
    if (start < 0) throw new RowError(`timestamp_start_fixation ${start} is before the recording started`);
    if (end < start) throw new RowError(`fixation ends (${end} s) before it starts (${start} s)`);
    const ax = parseNumber(row.get('angular_resolution_x_pixels_per_degree'), 'angular_resolution_x_pixels_per_degree');
    const ay = parseNumber(row.get('angular_resolution_y_pixels_per_degree'), 'angular_resolution_y_pixels_per_degree');
    viewport.push(start, row);
    if (ax !== undefined && ay !== undefined && ax > 0 && ay > 0) {
      ppdSum += (ax + ay) / 2;
      ppdN++;
    }
    if (!onImage(x, y, size)) return tally.off(row.line);
    fixations.push({ start, end, x, y });
    tally.ok(row.line);
  });
  fixations.sort((a, b) => a.start - b.start);
  return {
    fixations,
    viewport: viewport.events.sort((a, b) => a.t - b.t),
    pixelsPerDegree: ppdN ? Math.round((ppdSum / ppdN) * 10) / 10 : null,
    tally,
  };
}

async function readGaze(
  path: string,
  file: string,
  id: string,
  size: { width: number; height: number },
  report: ImportReport,
) {
  const t: number[] = [],
    x: (number | null)[] = [],
    y: (number | null)[] = [];
  const viewport = new ViewportTrack();
  const tally = new Tally(G.gaze, file);
  let last = 0;
  let [xc, yc] = ['x_position', 'y_position'];
  await eachRow(
    path,
    G.gaze,
    file,
    id,
    report,
    (h) => {
      [xc, yc] = positionColumns(h);
      return ['timestamp_sample', xc, yc];
    },
    (row) => {
      // A blank row is a blink: a null sample, at the previous sample's time (no time is invented).
      if (row.blank) {
        t.push(last);
        x.push(null);
        y.push(null);
        return tally.ok(row.line);
      }
      const ts = requireNumber(row.get('timestamp_sample'), 'timestamp_sample');
      if (ts < 0) throw new RowError(`timestamp_sample ${ts} is before the recording started`);
      if (ts < last) throw new RowError(`time goes backwards (${ts} s after ${last} s)`);
      const px = parseNumber(row.get(xc), xc);
      const py = parseNumber(row.get(yc), yc);
      if ((px === undefined) !== (py === undefined)) throw new RowError(`only one of ${xc}, ${yc} is given`);
      last = ts;
      viewport.push(ts, row);
      if (px === undefined || py === undefined) {
        t.push(ts);
        x.push(null);
        y.push(null);
        return tally.ok(row.line);
      }
      if (!onImage(px, py, size)) return tally.off(row.line);
      t.push(ts);
      x.push(px);
      y.push(py);
      tally.ok(row.line);
    },
    true,
  );
  return { samples: { t, x, y }, viewport: viewport.events, tally };
}
