/**
 * EGD-CXR, "Eye Gaze Data for Chest X-rays" (Karargyris et al., Sci Data 2021) → canonical
 * layout. Source layout (one radiologist, 1,083 MIMIC-CXR images):
 *   master_sheet.csv                       one row per image: dicom_id, patient_id, Normal/CHF/pneumonia, …
 *   fixations.csv                          Gazepoint fixations: DICOM_ID, SESSION_ID, Time (in secs), FPOG*, X/Y_ORIGINAL
 *   eye_gaze.csv                           60 Hz samples, same columns (read with --gaze)
 *   bounding_boxes.csv                     anatomy boxes: dicom_id, bbox_name, x1, x2, y1, y2
 *   audio_segmentation_transcripts/<dicom_id>/transcript.json
 * X/Y_ORIGINAL are image pixels (-1 when the gaze fell off the image). Image sizes are not in
 * these files: --image-sizes gives them, else they are inferred from the largest coordinates.
 *
 * The import runs in steps: read the master sheet (the cases), the image sizes, the anatomy
 * boxes, the fixations and gaze (every row checked and kept per image), reject transcripts of
 * unknown images, then build and write one read per image.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Box, Fixation, ImageRecord, TrackRecord, ViewportEvent } from '../model.ts';
import { FINDINGS, type Finding, type ViewPosition } from '../vocabulary.ts';
import type { ProgressReporter } from '../ingest/progress.ts';
import type { CsvRow } from './csv.ts';
import { LayoutError, Tally, type ImportReport, type ImportSummary } from './import-report.ts';
import { eachWithProgress, finishImport, openImport, type ImportTarget } from './import-output.ts';
import {
  PLACEHOLDER,
  fixationSamples,
  importedRead,
  readDuration,
  readStrategy,
  round4,
  viewportZoom,
  warnGazeNotRead,
} from './imported-read.ts';
import { rejectUnlistedTranscripts, transcriptSteps } from './egd-transcripts.ts';
import { RowError, eachRow, parseBoolean, parseNumber, requireNumber, safeId, type RowSource } from './source-rows.ts';

export const EGD_NAME = 'EGD-CXR';
export const EGD_ATTRIBUTION =
  'EGD-CXR: Karargyris A, Kashyap S, Lourentzou I, Wu JT, Sharma A, Tong M, Abedin S, Beymer D, Mukherjee V, Krupinski EA, Moradi M. ' +
  'Creation and validation of a chest X-ray dataset with eye-tracking and report dictation for AI development. Sci Data 8 (2021), ' +
  'https://doi.org/10.1038/s41597-021-00863-5. Data: Eye Gaze Data for Chest X-rays (version 1.0.0), PhysioNet, ' +
  'https://doi.org/10.13026/qfdz-zr67 (credentialed access; images from MIMIC-CXR). PhysioNet: Goldberger AL et al., Circulation 101(23):e215–e220 (2000).';
export const EGD_READER_ID = 'egd-cxr-radiologist';

/** master_sheet.csv class columns → reference findings (a deliberately simple mapping). */
export const EGD_LABELS: Readonly<Record<string, Finding>> = {
  Normal: 'No finding',
  CHF: 'Pulmonary edema',
  pneumonia: 'Consolidation',
};
/** The experiment's screen, in pixels (the dataset's own scripts hard-code it). */
const SCREEN = { width: 1920, height: 1080 };
const TIME = 'Time (in secs)';
const G = {
  master: 'master_sheet.csv',
  fixations: 'fixations.csv',
  gaze: 'eye_gaze.csv',
  boxes: 'bounding_boxes.csv',
} as const;

export interface EgdOptions {
  src: string;
  out: string;
  /** Import eye_gaze.csv's 60 Hz samples; otherwise samples are the fixation centroids. */
  gaze?: boolean;
  /** CSV with dicom_id and width/height (or MIMIC-CXR's Columns/Rows), optional view_position/ViewPosition. */
  imageSizes?: string;
  experienceYears?: number;
  progress?: ProgressReporter;
}

interface Case {
  dicomId: string;
  line: number;
  patientId: string;
  sourceLabels: string[];
  reference: Finding[];
  sex: 'M' | 'F' | null;
  age: number | null;
  pads: { top: number; bottom: number; left: number; right: number } | null;
  view: ViewPosition | null;
}

interface FixRow {
  line: number;
  time: number;
  start: number;
  dur: number;
  fid: string;
  x: number;
  y: number;
}

/** Everything read for one image, until its read is built. */
class PerImage {
  session: string | undefined;
  fixations: FixRow[] = [];
  t: number[] = [];
  x: (number | null)[] = [];
  y: (number | null)[] = [];
  lastGazeTime = -Infinity;
  /** Earliest gaze row time, and earliest fixation start: candidates for this image's time 0. */
  firstGaze = Infinity;
  firstFixation = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  right: Box | null = null;
  left: Box | null = null;
  /** Boxes named after a finding of the vocabulary: the image's reference regions. */
  findingBoxes: ImageRecord['referenceRegions'] = [];
  constructor(readonly dicomId: string) {}
  readonly tallies = {
    fixations: new Tally(G.fixations, G.fixations),
    gaze: new Tally(G.gaze, G.gaze),
    boxes: new Tally(G.boxes, G.boxes),
  };
  see(x: number | null, y: number | null): void {
    if (x !== null && y !== null && x >= 0 && y >= 0) {
      this.maxX = Math.max(this.maxX, x);
      this.maxY = Math.max(this.maxY, y);
    }
  }
}

/** The master sheet's images, and what the other files say about each until its read is built. */
class Cases {
  readonly byId = new Map<string, Case>();
  /** Every dicom_id the master sheet names, whether its row was accepted or not. */
  readonly listed = new Set<string>();
  readonly per = new Map<string, PerImage>();

  add(c: Case): void {
    this.byId.set(c.dicomId, c);
    this.per.set(c.dicomId, new PerImage(c.dicomId));
  }

  /** Why rows of image `id` cannot be imported; `what` names it as the row does. */
  whyUnknown(id: string, what: string): string {
    return this.listed.has(id) ? `image ${id}: its ${G.master} row was rejected` : `${what} is not in ${G.master}`;
  }

  /** The image a row names in `col`, or a RowError. */
  of(row: CsvRow, col: string): PerImage {
    const id = safeId(row.get(col), col);
    const p = this.per.get(id);
    if (!p) throw new RowError(this.whyUnknown(id, `${col} ${id}`));
    return p;
  }
}

export async function importEgdCxr(opts: EgdOptions): Promise<ImportSummary> {
  checkSource(opts);
  const target = openImport(opts.src, opts.out);
  const { report } = target;
  const cases = await readMasterSheet(join(opts.src, G.master), report);
  const sizes = opts.imageSizes ? await readImageSizes(opts.imageSizes, cases, report) : new Map<string, ImageInfo>();
  await readBoxes(opts.src, cases, report);
  await readFixations(opts, cases, report);
  if (opts.gaze) await readGaze(opts, cases, report);
  else if (existsSync(join(opts.src, G.gaze))) warnGazeNotRead(report, G.gaze, '60 Hz');
  rejectUnlistedTranscripts(opts.src, (id) => (cases.byId.has(id) ? null : cases.whyUnknown(id, id)), report);
  await eachWithProgress(opts.progress, 'EGD-CXR reads', [...cases.byId.values()], async (c) => {
    await importCase(c, cases.per.get(c.dicomId)!, sizes.get(c.dicomId), opts, target);
    cases.per.delete(c.dicomId); // free the samples
  });
  return finishImport(target, {
    dataset: EGD_NAME,
    readerId: EGD_READER_ID,
    experienceYears: opts.experienceYears,
    manifest: {
      name: 'EGD-CXR (imported)',
      description:
        'Real reads of MIMIC-CXR images by one radiologist, imported from the EGD-CXR layout by `chexthought import egd-cxr`. ' +
        'Image pixels are not included (MIMIC-CXR is credentialed). See docs/importers.md for what was mapped and which values are placeholders.',
      attribution: EGD_ATTRIBUTION,
    },
  });
}

/** The files the options need exist (the source is an EGD-CXR folder). */
function checkSource(opts: EgdOptions): void {
  for (const name of [G.master, G.fixations])
    if (!existsSync(join(opts.src, name))) throw new LayoutError(`${opts.src} is not an EGD-CXR folder: no ${name}`);
  if (opts.gaze && !existsSync(join(opts.src, G.gaze)))
    throw new LayoutError(`--gaze was given but ${G.gaze} is missing in ${opts.src}`);
  if (opts.imageSizes && !existsSync(opts.imageSizes))
    throw new LayoutError(`--image-sizes ${opts.imageSizes} does not exist`);
}

/** master_sheet.csv: one case per image. */
async function readMasterSheet(path: string, report: ImportReport): Promise<Cases> {
  const cases = new Cases();
  const source = { path, group: G.master, file: G.master, id: (r: CsvRow) => r.get('dicom_id') };
  await eachRow(report, { ...source, required: () => ['dicom_id', 'patient_id'] }, (row, header) => {
    if (row.blank) throw new RowError('empty row');
    cases.listed.add(row.get('dicom_id')?.trim() ?? '');
    const c = parseCase(row, header);
    const dup = cases.byId.get(c.dicomId);
    if (dup) throw new RowError(`dicom_id ${c.dicomId} already appeared on line ${dup.line}`);
    cases.add(c);
  });
  return cases;
}

/** bounding_boxes.csv: the lung boxes (strategy zones, lung fields) and boxes named after a finding. */
async function readBoxes(src: string, cases: Cases, report: ImportReport): Promise<void> {
  const path = join(src, G.boxes);
  if (!existsSync(path)) return report.warn(`${G.boxes} is missing; strategy zones use a typical thorax box`);
  const source = { path, group: G.boxes, file: G.boxes, id: (r: CsvRow) => r.get('dicom_id') };
  const required = () => ['dicom_id', 'bbox_name', 'x1', 'x2', 'y1', 'y2'];
  await eachRow(report, { ...source, required }, (row) => {
    if (row.blank) throw new RowError('empty row');
    const p = cases.of(row, 'dicom_id');
    const box = cornersBox(row);
    const name = (row.get('bbox_name') ?? '').toLowerCase();
    const finding = FINDINGS.find((f) => f.toLowerCase() === name.trim());
    if (/right/.test(name) && /lung/.test(name)) p.right = box;
    else if (/left/.test(name) && /lung/.test(name)) p.left = box;
    else if (finding) p.findingBoxes.push({ label: finding, region: { shape: 'box', ...box } });
    p.tallies.boxes.ok(row.line);
  });
}

/** The box of a bounding_boxes.csv row, whichever way round its corners are given. */
function cornersBox(row: CsvRow): Box {
  const [x1, x2, y1, y2] = (['x1', 'x2', 'y1', 'y2'] as const).map((c) => requireNumber(row.get(c), c)) as [
    number,
    number,
    number,
    number,
  ];
  const box = { xmin: Math.min(x1, x2), ymin: Math.min(y1, y2), xmax: Math.max(x1, x2), ymax: Math.max(y1, y2) };
  if (!(box.xmax > box.xmin && box.ymax > box.ymin)) throw new RowError('box is empty');
  return box;
}

/** One read per image: rows of a second session of the same image are rejected. */
function checkSession(p: PerImage, row: CsvRow): void {
  const s = row.get('SESSION_ID')?.trim();
  if (s === undefined || s === '') return;
  p.session ??= s;
  if (p.session !== s)
    throw new RowError(
      `image ${p.dicomId} was already read in session ${p.session}; another session (${s}) is not imported (one read per image)`,
    );
}

/** Runs eachRow over one of the big gaze files (rows by DICOM_ID), with a progress bar by bytes. */
async function eachGazeRow(
  opts: EgdOptions,
  report: ImportReport,
  file: typeof G.fixations | typeof G.gaze,
  every: number,
  required: RowSource['required'],
  convert: (row: CsvRow, header: string[]) => void,
): Promise<void> {
  const path = join(opts.src, file);
  const bytes = statSync(path).size;
  let rows = 0;
  opts.progress?.start(file, bytes);
  const onRow = (row: CsvRow) => ++rows % every === 0 && opts.progress?.update(row.offset, rows);
  await eachRow(report, { path, group: file, file, id: (r) => r.get('DICOM_ID'), required, onRow }, convert);
  opts.progress?.update(bytes, rows);
  opts.progress?.stop();
}

/** fixations.csv: every valid fixation, kept per image (one read per image is built later). */
async function readFixations(opts: EgdOptions, cases: Cases, report: ImportReport): Promise<void> {
  const required = () => ['DICOM_ID', TIME, 'FPOGS', 'FPOGD', 'FPOGID', 'FPOGV', 'X_ORIGINAL', 'Y_ORIGINAL'];
  await eachGazeRow(opts, report, G.fixations, 5000, required, (row) => {
    if (row.blank) throw new RowError('empty row');
    const p = cases.of(row, 'DICOM_ID');
    checkSession(p, row);
    if (!parseBoolean(row.get('FPOGV'), 'FPOGV'))
      throw new RowError('the tracker marked this fixation invalid (FPOGV = 0)');
    const f: FixRow = {
      line: row.line,
      time: requireNumber(row.get(TIME), TIME),
      start: requireNumber(row.get('FPOGS'), 'FPOGS'),
      dur: requireNumber(row.get('FPOGD'), 'FPOGD'),
      fid: row.get('FPOGID')?.trim() ?? '',
      x: requireNumber(row.get('X_ORIGINAL'), 'X_ORIGINAL'),
      y: requireNumber(row.get('Y_ORIGINAL'), 'Y_ORIGINAL'),
    };
    if (f.dur < 0) throw new RowError(`FPOGD ${f.dur} is negative`);
    if (!f.fid) throw new RowError('FPOGID is empty');
    p.firstFixation = Math.min(p.firstFixation, f.start);
    p.see(f.x, f.y);
    p.fixations.push(f);
    p.tallies.fixations.ok(row.line);
  });
}

/** eye_gaze.csv (--gaze): the 60 Hz samples, kept per image; invalid points are null samples. */
async function readGaze(opts: EgdOptions, cases: Cases, report: ImportReport): Promise<void> {
  const required = () => ['DICOM_ID', TIME, 'FPOGV', 'X_ORIGINAL', 'Y_ORIGINAL'];
  await eachGazeRow(opts, report, G.gaze, 20000, required, (row, header) => {
    if (row.blank) throw new RowError('empty row');
    const p = cases.of(row, 'DICOM_ID');
    checkSession(p, row);
    const time = requireNumber(row.get(TIME), TIME);
    if (time < p.lastGazeTime) throw new RowError(`time goes backwards (${time} s after ${p.lastGazeTime} s)`);
    // Invalid point of gaze (lost eye, blink) → a null sample.
    const valid =
      parseBoolean(row.get('FPOGV'), 'FPOGV') && (!header.includes('BPOGV') || parseBoolean(row.get('BPOGV'), 'BPOGV'));
    const x = valid ? requireNumber(row.get('X_ORIGINAL'), 'X_ORIGINAL') : null;
    const y = valid ? requireNumber(row.get('Y_ORIGINAL'), 'Y_ORIGINAL') : null;
    p.lastGazeTime = time;
    p.firstGaze = Math.min(p.firstGaze, time);
    p.see(x, y);
    p.t.push(time);
    p.x.push(x);
    p.y.push(y);
    p.tallies.gaze.ok(row.line);
  });
}

function parseCase(row: CsvRow, header: readonly string[]): Case {
  const dicomId = safeId(row.get('dicom_id'), 'dicom_id');
  const patientId = safeId(row.get('patient_id')?.trim().replace(/\.0+$/, ''), 'patient_id');
  const sourceLabels = Object.keys(EGD_LABELS).filter(
    (l) => header.includes(l) && (row.get(l)?.trim() ?? '') !== '' && parseBoolean(row.get(l), l),
  );
  const sex = row.get('gender')?.trim().toUpperCase();
  const age = parseNumber(row.get('anchor_age'), 'anchor_age');
  if (age !== undefined && (!Number.isInteger(age) || age < 0 || age > 120))
    throw new RowError(`anchor_age ${age} is not an age in years`);
  const pad = (c: string) => parseNumber(row.get(c), c);
  const pads = [pad('image_top_pad'), pad('image_bottom_pad'), pad('image_left_pad'), pad('image_right_pad')];
  return {
    dicomId,
    line: row.line,
    patientId,
    sourceLabels,
    reference: [...new Set(sourceLabels.map((l) => EGD_LABELS[l]!))],
    sex: sex === 'M' || sex === 'F' ? sex : null,
    age: age ?? null,
    pads: pads.every((v) => v !== undefined)
      ? { top: pads[0]!, bottom: pads[1]!, left: pads[2]!, right: pads[3]! }
      : null,
    view: viewPosition(row.get('ViewPosition') ?? row.get('view_position')),
  };
}

function viewPosition(v: string | undefined): ViewPosition | null {
  const s = (v ?? '').trim().toUpperCase();
  if (s === 'PA' || s === 'AP') return s;
  if (['LAT', 'LATERAL', 'LL', 'RL'].includes(s)) return 'LAT';
  return null;
}

interface ImageInfo {
  width: number;
  height: number;
  view: ViewPosition | null;
  tally: Tally;
}

/**
 * --image-sizes: dicom_id + width/height, or MIMIC-CXR's metadata CSV (Columns/Rows/ViewPosition)
 * as is. Only rows of images in the master sheet are counted; the others are skipped.
 */
async function readImageSizes(path: string, cases: Cases, report: ImportReport): Promise<Map<string, ImageInfo>> {
  const group = `--image-sizes ${basename(path)}`;
  const out = new Map<string, ImageInfo>();
  let wc = 'width',
    hc = 'height',
    skipped = 0;
  const required = (h: string[]) => {
    if (!h.includes('width') && h.includes('Columns')) [wc, hc] = ['Columns', 'Rows'];
    return ['dicom_id', wc, hc];
  };
  const source = { path, group, file: basename(path), id: (r: CsvRow) => r.get('dicom_id'), required };
  await eachRow(report, source, (row) => {
    const id = row.get('dicom_id')?.trim() ?? '';
    if (!cases.byId.has(id)) {
      skipped++;
      return;
    }
    const dup = out.get(id);
    if (dup) throw new RowError(`dicom_id ${id} already given on line ${dup.tally.firstLine}`);
    const width = requireNumber(row.get(wc), wc),
      height = requireNumber(row.get(hc), hc);
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0)
      throw new RowError(`size ${width}×${height} is not positive whole pixels`);
    const tally = new Tally(group, basename(path));
    tally.ok(row.line);
    out.set(id, { width, height, view: viewPosition(row.get('view_position') ?? row.get('ViewPosition')), tally });
  });
  if (skipped) report.note(`--image-sizes rows for images not in ${G.master} (skipped, not counted)`, skipped);
  return out;
}

/** Builds and writes the image, read and track of one case; on failure, its rows are rejected. */
async function importCase(
  c: Case,
  p: PerImage,
  info: ImageInfo | undefined,
  opts: EgdOptions,
  target: ImportTarget,
): Promise<void> {
  const { report } = target;
  const master = new Tally(G.master, G.master);
  master.ok(c.line);
  const tallies = [master, p.tallies.fixations, p.tallies.gaze, p.tallies.boxes, ...(info ? [info.tally] : [])];
  const size = imageSize(p, info, report);
  if (!size)
    return report.fail(
      tallies,
      `image ${c.dicomId}: size unknown (not in --image-sizes, and no gaze coordinates to infer it from)`,
      c.dicomId,
    );
  const off = (x: number, y: number) => x < 0 || y < 0 || x > size.width || y > size.height;
  const origin = timeOrigin(p);
  const fixations = caseFixations(p, origin, off, report);
  const { samples, samplingHz } = caseSamples(p, fixations, origin, off, !!opts.gaze);
  const reasoning = transcriptSteps(opts.src, c.dicomId, report, tallies);
  const hasTrack = fixations.length > 0 || samples.t.length > 0;
  const durationSec = readDuration({ fixations, sampleTimes: samples.t, reasoning }, report);
  const lungs = p.right && p.left ? { right: p.right, left: p.left } : null;
  const strategy = readStrategy(hasTrack ? { fixations, ...size, lungs } : null, report);
  const image = imageRecord(c, p, info, size, lungs, report);
  const readId = `egd-cxr-${c.dicomId}`;
  // The dataset records no findings per read: master_sheet classes are the image's reference labels.
  const read = importedRead({
    id: readId,
    imageId: c.dicomId,
    readerId: EGD_READER_ID,
    durationSec,
    findings: [],
    reasoning,
    strategy,
  });
  const viewport = caseViewport(c, info, size);
  const track = { readId, samplingHz, pixelsPerDegree: null, samples, fixations, viewport, synthetic: false };
  await writeCase(target, { image, read, track: hasTrack ? track : null }, tallies, c.dicomId);
}

/** Given, else the largest coordinate seen (a lower bound; nothing is then off image but -1 markers). */
function imageSize(
  p: PerImage,
  info: ImageInfo | undefined,
  report: ImportReport,
): { width: number; height: number } | null {
  if (info) return { width: info.width, height: info.height };
  if (!Number.isFinite(p.maxX)) return null;
  report.note('images whose size was inferred from the largest gaze coordinate (pass --image-sizes)');
  return { width: Math.max(1, Math.ceil(p.maxX)), height: Math.max(1, Math.ceil(p.maxY)) };
}

/**
 * The dataset's clock runs per session; 0 s is this image's first gaze row (with --gaze), else
 * the start of its first fixation. Transcript times are relative to the image's own audio.
 */
function timeOrigin(p: PerImage): number {
  return Number.isFinite(p.firstGaze) ? p.firstGaze : Number.isFinite(p.firstFixation) ? p.firstFixation : 0;
}

type OffImage = (x: number, y: number) => boolean;

/**
 * One fixation per FPOGID (its longest report, should a fixation span rows), rebased; off-image
 * ones dropped with all their rows counted.
 */
function caseFixations(p: PerImage, origin: number, off: OffImage, report: ImportReport): Fixation[] {
  const byId = new Map<string, { f: FixRow; rows: number }>();
  for (const f of p.fixations) {
    const prev = byId.get(f.fid);
    byId.set(f.fid, { f: !prev || f.dur >= prev.f.dur ? f : prev.f, rows: (prev?.rows ?? 0) + 1 });
  }
  const fixations: Fixation[] = [];
  for (const { f, rows } of byId.values()) {
    if (off(f.x, f.y)) {
      p.tallies.fixations.converted -= rows;
      p.tallies.fixations.offImage += rows;
      continue;
    }
    let start = f.start - origin;
    const end = Math.max(0, f.start + f.dur - origin);
    if (start < 0) {
      start = 0;
      report.note("fixations that began before the image's first row (start trimmed to 0 s)");
    }
    fixations.push({ start: round4(start), end: round4(end), x: f.x, y: f.y });
  }
  return fixations.sort((a, b) => a.start - b.start);
}

/** The track's samples: the 60 Hz gaze (rebased, off-image ones dropped), else the fixation centroids. */
function caseSamples(
  p: PerImage,
  fixations: readonly Fixation[],
  origin: number,
  off: OffImage,
  gaze: boolean,
): Pick<TrackRecord, 'samples' | 'samplingHz'> {
  if (!gaze) return { samples: fixationSamples(fixations), samplingHz: null };
  const samples: TrackRecord['samples'] = { t: [], x: [], y: [] };
  for (let i = 0; i < p.t.length; i++) {
    const x = p.x[i]!,
      y = p.y[i]!;
    if (x !== null && y !== null && off(x, y)) {
      p.tallies.gaze.converted--;
      p.tallies.gaze.offImage++;
      continue;
    }
    samples.t.push(round4(p.t[i]! - origin));
    samples.x.push(x);
    samples.y.push(y);
  }
  return { samples, samplingHz: 60 };
}

/** The image was shown whole, fitted to the screen between the master sheet's paddings. */
function caseViewport(c: Case, info: ImageInfo | undefined, size: { width: number; height: number }): ViewportEvent[] {
  if (!c.pads || !info) return [];
  const zoom = viewportZoom(SCREEN.width - c.pads.left - c.pads.right, size.width);
  return [{ t: 0, xmin: 0, ymin: 0, xmax: size.width, ymax: size.height, zoom, windowWidth: null, windowLevel: null }];
}

function imageRecord(
  c: Case,
  p: PerImage,
  info: ImageInfo | undefined,
  size: { width: number; height: number },
  lungs: { right: Box; left: Box } | null,
  report: ImportReport,
) {
  if (!(info?.view ?? c.view)) report.note('images with placeholder view position PA');
  return {
    id: c.dicomId,
    dataset: EGD_NAME,
    patientId: c.patientId,
    followUp: 0,
    viewPosition: info?.view ?? c.view ?? PLACEHOLDER.viewPosition,
    ...size,
    patientAge: c.age,
    patientSex: c.sex,
    sourceLabels: c.sourceLabels,
    referenceFindings: c.reference,
    referenceRegions: p.findingBoxes,
    // The anatomical lung boxes, right lung (image left) first, as the metrics' lung fields.
    lungFields: lungs && [lungs.right, lungs.left].map((b) => ({ shape: 'box' as const, ...b })),
    synthetic: false,
  };
}

/** Writes the case's records, all or none: if any does not validate, its rows are rejected. */
async function writeCase(
  { writer, report }: ImportTarget,
  records: { image: unknown; read: { id: string }; track: unknown },
  tallies: readonly Tally[],
  id: string,
): Promise<void> {
  const readId = records.read.id;
  const ci = writer.check('images', records.image),
    cr = writer.check('reads', records.read),
    ct = records.track ? writer.check('tracks', records.track) : null;
  if (!ci.ok) return report.fail(tallies, `image ${id} does not validate: ${ci.reason}`, id);
  if (!cr.ok) return report.fail(tallies, `read ${readId} does not validate: ${cr.reason}`, id);
  if (ct && !ct.ok) return report.fail(tallies, `track of ${readId} does not validate: ${ct.reason}`, id);
  await writer.write('images', ci.value);
  await writer.write('reads', cr.value);
  if (ct) await writer.write('tracks', ct.value);
  else report.note('reads without a track (no fixations or gaze rows for the image)');
  report.commit(tallies);
}
