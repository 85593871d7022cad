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
 *
 * The import runs in steps: read the metadata (the reads), reject the files of reads nobody
 * lists, then per read its ellipses, chest box, words and track (reflacx-track.ts) → findings,
 * reasoning, the read and its track; last the images, from the marks of their accepted reads.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Box, FindingRecord, ImageRecord } from '../model.ts';
import { FINDINGS, type Finding } from '../vocabulary.ts';
import type { ProgressReporter } from '../ingest/progress.ts';
import { missingColumns, openCsvTable, type CsvRow } from './csv.ts';
import { LayoutError, Tally, type ImportReport, type ImportSummary } from './import-report.ts';
import { eachWithProgress, finishImport, openImport, type ImportTarget } from './import-output.ts';
import { PLACEHOLDER, importedRead, readDuration, readStrategy, warnGazeNotRead } from './imported-read.ts';
import { stepsFromTokens, type TimedToken } from './reasoning.ts';
import { FIXATIONS, GAZE, readFile, readTrack, type ReadFileKind, type ReadTrack } from './reflacx-track.ts';
import { RowError, eachRow, parseBoolean, parseNumber, requireNumber, safeId } from './source-rows.ts';

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

const WORDS: ReadFileKind = {
  dir: 'main_data',
  name: 'timestamps_transcription.csv',
  group: 'main_data/<id>/timestamps_transcription.csv',
};
const ELLIPSES: ReadFileKind = {
  dir: 'main_data',
  name: 'anomaly_location_ellipses.csv',
  group: 'main_data/<id>/anomaly_location_ellipses.csv',
};
const CHEST: ReadFileKind = {
  dir: 'main_data',
  name: 'chest_bounding_box.csv',
  group: 'main_data/<id>/chest_bounding_box.csv',
};
/** Every per-read file kind, in the order the import's table lists them. */
const READ_FILES = [FIXATIONS, WORDS, ELLIPSES, CHEST, GAZE] as const;

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

/** The metadata's reads, the first row of each image, and the ids of rejected rows. */
interface Metadata {
  reads: Meta[];
  images: Map<string, Meta>;
  /** Read id → where its rejected metadata row is. */
  rejected: Map<string, string>;
}

/** What a read's marks add to its image record: its ellipses as regions, its chest box. */
interface ImageMarks {
  regions: ImageRecord['referenceRegions'];
  chestBox: Box | null;
}

export async function importReflacx(opts: ReflacxOptions): Promise<ImportSummary> {
  const metaFiles = metadataFiles(opts.src);
  const target = openImport(opts.src, opts.out);
  const { report } = target;
  const metadata = await readMetadata(opts.src, metaFiles, report);
  await rejectUnlistedReads(opts, metadata, report);
  if (!opts.gaze && listDirs(join(opts.src, 'gaze_data')).length) warnGazeNotRead(report, 'gaze_data/', '1,000 Hz');
  // Per image, from its accepted reads: every ellipse as a reference region, the first chest box.
  const marks = new Map<string, ImageMarks>();
  await eachWithProgress(opts.progress, 'REFLACX reads', metadata.reads, async (m) => {
    const read = await importRead(m, opts, target);
    if (!read) return;
    const img = marks.get(m.dicomId) ?? { regions: [], chestBox: null };
    img.regions.push(...read.regions);
    img.chestBox ??= read.chestBox;
    marks.set(m.dicomId, img);
  });
  await writeImages(marks, metadata.images, target);
  return finishImport(target, {
    dataset: REFLACX_NAME,
    readerId: REFLACX_READER_ID,
    experienceYears: opts.experienceYears,
    manifest: {
      name: 'REFLACX (imported)',
      description:
        'Real reads of MIMIC-CXR images by five radiologists, imported from the REFLACX layout by `chexthought import reflacx`. ' +
        'Image pixels are not included (MIMIC-CXR is credentialed). See docs/importers.md for what was mapped and which values are placeholders.',
      attribution: REFLACX_ATTRIBUTION,
    },
  });
}

/** main_data/metadata_phase_*.csv, in phase order; none means this is not a REFLACX folder. */
function metadataFiles(src: string): string[] {
  const main = join(src, 'main_data');
  const files = existsSync(main)
    ? readdirSync(main)
        .filter((f) => /^metadata_phase_\d+\.csv$/.test(f))
        .sort()
    : [];
  if (!files.length) throw new LayoutError(`${src} is not a REFLACX folder: no main_data/metadata_phase_*.csv`);
  return files;
}

/** Every metadata file's rows: one read each. */
async function readMetadata(src: string, files: readonly string[], report: ImportReport): Promise<Metadata> {
  const metadata: Metadata = { reads: [], images: new Map(), rejected: new Map() };
  /** Read id → where its accepted row is. */
  const seen = new Map<string, string>();
  for (const f of files) await readMetadataFile(join(src, 'main_data', f), `main_data/${f}`, metadata, seen, report);
  return metadata;
}

async function readMetadataFile(
  path: string,
  file: string,
  metadata: Metadata,
  seen: Map<string, string>,
  report: ImportReport,
): Promise<void> {
  report.group(file, true);
  const table = await openCsvTable(path);
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
      acceptMeta(parseMeta(row, table.header, file), metadata, seen);
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      await report.reject(file, { file, line: row.line, reason: err.message, ...(id ? { id } : {}) });
      if (id) metadata.rejected.set(id, `${file}:${row.line}`);
    }
  }
}

/** A read id appears once; every read of an image agrees on its size and subject. */
function acceptMeta(m: Meta, metadata: Metadata, seen: Map<string, string>): void {
  const dup = seen.get(m.id);
  if (dup) throw new RowError(`read id ${m.id} already appeared at ${dup}`);
  const img = metadata.images.get(m.dicomId);
  if (img && (img.width !== m.width || img.height !== m.height || img.subjectId !== m.subjectId))
    throw new RowError(
      `image ${m.dicomId} is ${m.width}×${m.height} of subject ${m.subjectId} here but ${img.width}×${img.height} of subject ${img.subjectId} at ${img.file}:${img.line}`,
    );
  seen.set(m.id, `${m.file}:${m.line}`);
  if (!img) metadata.images.set(m.dicomId, m);
  metadata.reads.push(m);
}

/** Read folders nobody lists, or whose metadata row was rejected: their rows are rejected. */
async function rejectUnlistedReads(opts: ReflacxOptions, metadata: Metadata, report: ImportReport): Promise<void> {
  const known = new Set(metadata.reads.map((m) => m.id));
  for (const kind of READ_FILES) {
    if (kind === GAZE && !opts.gaze) continue;
    for (const id of listDirs(join(opts.src, kind.dir))) {
      if (known.has(id)) continue;
      const { path, file } = readFile(opts.src, id, kind);
      if (!existsSync(path)) continue;
      const where = metadata.rejected.get(id);
      const why = where
        ? `its metadata row (${where}) was rejected`
        : `read ${id} is not listed in any main_data/metadata_phase_*.csv`;
      await report.rejectFile(kind.group, file, path, why, id);
    }
  }
}

/** The images of accepted reads, with their reads' marks. */
async function writeImages(
  marks: ReadonlyMap<string, ImageMarks>,
  images: ReadonlyMap<string, Meta>,
  { writer, report }: ImportTarget,
): Promise<void> {
  for (const [id, mark] of marks) {
    const m = images.get(id)!;
    const image = {
      id,
      dataset: REFLACX_NAME,
      patientId: m.subjectId,
      followUp: 0,
      viewPosition: PLACEHOLDER.viewPosition,
      width: m.width,
      height: m.height,
      referenceRegions: mark.regions,
      chestBox: mark.chestBox,
      synthetic: false,
    };
    const c = writer.check('images', image);
    if (!c.ok) throw new Error(`image ${id} does not validate (${c.reason}); this is an importer bug`);
    await writer.write('images', c.value);
  }
  report.note('images with placeholder view position PA and follow-up 0 (REFLACX gives neither)', marks.size);
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
async function importRead(m: Meta, opts: ReflacxOptions, target: ImportTarget): Promise<ImageMarks | null> {
  const { report } = target;
  const metaTally = new Tally(m.file, m.file);
  metaTally.ok(m.line);
  const ellipses = await readEllipses(opts.src, m.id, report);
  const chest = await readChestBox(opts.src, m.id, report);
  const words = await readWords(opts.src, m.id, report);
  const { track, tallies: trackTallies } = await readTrack(m, opts, report);
  const findings = readFindings(m, ellipses, report);
  const reasoning = stepsFromTokens(words.tokens);
  const durationSec = readDuration(
    { fixations: track?.fixations ?? [], sampleTimes: track?.samples.t ?? [], reasoning },
    report,
  );
  const labelledRegions = findings.filter((x) => x.certainty >= 3 && x.region).map((x) => x.region!);
  const strategy = readStrategy(
    track && { fixations: track.fixations ?? [], width: m.width, height: m.height, chest: chest.box, labelledRegions },
    report,
  );
  const read = {
    id: m.id,
    imageId: m.dicomId,
    readerId: REFLACX_READER_ID,
    durationSec,
    findings,
    reasoning,
    strategy,
  };
  const readTallies = [metaTally, ...ellipses.tallies, ...chest.tallies, ...words.tallies];
  if (!(await writeRead(target, importedRead(read), readTallies, trackTallies))) return null;
  if (track) await writeTrack(target, m.id, track, trackTallies);
  const regions = [...ellipses.regions].flatMap(([label, boxes]) =>
    boxes.map((box) => ({ label, region: { shape: 'ellipse' as const, ...box } })),
  );
  return { regions, chestBox: chest.box };
}

/** Label certainty from the metadata, region from the ellipses drawn for the label. */
function readFindings(m: Meta, ellipses: Ellipses, report: ImportReport): FindingRecord[] {
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
  return findings;
}

/** Inclusive union of boxes. */
function unionBox(boxes: readonly Box[]): Box {
  return {
    xmin: Math.min(...boxes.map((b) => b.xmin)),
    ymin: Math.min(...boxes.map((b) => b.ymin)),
    xmax: Math.max(...boxes.map((b) => b.xmax)),
    ymax: Math.max(...boxes.map((b) => b.ymax)),
  };
}

/** Writes the read; false when it does not validate (then its rows, and its track's, are rejected). */
async function writeRead(
  { writer, report }: ImportTarget,
  read: ReturnType<typeof importedRead>,
  tallies: readonly Tally[],
  trackTallies: readonly Tally[],
): Promise<boolean> {
  const checked = writer.check('reads', read);
  if (!checked.ok) {
    report.fail([...tallies, ...trackTallies], `read ${read.id} does not validate: ${checked.reason}`, read.id);
    return false;
  }
  await writer.write('reads', checked.value);
  report.commit(tallies);
  return true;
}

/** Writes the track; one that does not validate is rejected, and its read stays without it. */
async function writeTrack(
  { writer, report }: ImportTarget,
  readId: string,
  track: ReadTrack,
  tallies: readonly Tally[],
): Promise<void> {
  const checked = writer.check('tracks', { readId, ...track, synthetic: false });
  if (checked.ok) {
    await writer.write('tracks', checked.value);
    report.commit(tallies);
  } else {
    report.fail(tallies, `track of ${readId} does not validate: ${checked.reason}`, readId);
    report.warn(`read ${readId} was imported without its track (${checked.reason})`);
  }
}

/** The ellipses drawn on a read, by label, and the highest certainty given with each label. */
interface Ellipses {
  regions: Map<Finding, Box[]>;
  certainty: Map<Finding, number>;
  tallies: Tally[];
}

async function readEllipses(src: string, id: string, report: ImportReport): Promise<Ellipses> {
  const { path, file } = readFile(src, id, ELLIPSES);
  const regions = new Map<Finding, Box[]>();
  const certainty = new Map<Finding, number>();
  const tally = new Tally(ELLIPSES.group, file);
  if (!existsSync(path)) return { regions, certainty, tallies: [] };
  const source = { path, group: ELLIPSES.group, file, id, required: () => ['xmin', 'ymin', 'xmax', 'ymax'] };
  await eachRow(report, source, (row, header) => {
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
  });
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
  src: string,
  id: string,
  report: ImportReport,
): Promise<{ box: Box | null; tallies: Tally[] }> {
  const { path, file } = readFile(src, id, CHEST);
  if (!existsSync(path)) return { box: null, tallies: [] };
  let box: Box | null = null;
  const tally = new Tally(CHEST.group, file);
  const source = { path, group: CHEST.group, file, id, required: () => ['xmin', 'ymin', 'xmax', 'ymax'] };
  await eachRow(report, source, (row) => {
    if (row.blank) throw new RowError('empty row');
    if (box) throw new RowError('a second chest box; the first one is used');
    box = boxOf(row, 'xmin', 'ymin', 'xmax', 'ymax');
    tally.ok(row.line);
  });
  return { box, tallies: [tally] };
}

/** The dictated words, timed. */
async function readWords(
  src: string,
  id: string,
  report: ImportReport,
): Promise<{ tokens: TimedToken[]; tallies: Tally[] }> {
  const { path, file } = readFile(src, id, WORDS);
  const tokens: TimedToken[] = [];
  if (!existsSync(path)) {
    report.note('reads without a transcription');
    return { tokens, tallies: [] };
  }
  const tally = new Tally(WORDS.group, file);
  const required = () => ['word', 'timestamp_start_word', 'timestamp_end_word'];
  await eachRow(report, { path, group: WORDS.group, file, id, required }, (row) => {
    const text = row.get('word')?.trim() ?? '';
    if (!text) throw new RowError('word is empty');
    const start = requireNumber(row.get('timestamp_start_word'), 'timestamp_start_word');
    const end = requireNumber(row.get('timestamp_end_word'), 'timestamp_end_word');
    if (start < 0) throw new RowError(`timestamp_start_word ${start} is before the recording started`);
    if (end < start) throw new RowError(`word ends (${end} s) before it starts (${start} s)`);
    tokens.push({ text, start, end });
    tally.ok(row.line);
  });
  return { tokens, tallies: [tally] };
}
