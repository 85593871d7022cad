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
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Box, Fixation, ImageRecord, ReadRecord, ReasoningStep, ViewportEvent } from '../model.ts';
import { FINDINGS, type Finding, type ViewPosition } from '../vocabulary.ts';
import type { ProgressReporter } from '../ingest/progress.ts';
import type { CsvRow } from './csv.ts';
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
  finish,
  writeReader,
  parseBoolean,
  parseNumber,
  requireNumber,
  safeId,
  type ImportSummary,
} from './import-report.ts';
import { impressionOf, spreadPhrase, stepsFromTokens } from './reasoning.ts';
import { deriveStrategy } from './strategy.ts';

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
const TRANSCRIPTS = 'audio_segmentation_transcripts';
const G = {
  master: 'master_sheet.csv',
  fixations: 'fixations.csv',
  gaze: 'eye_gaze.csv',
  boxes: 'bounding_boxes.csv',
  transcript: `${TRANSCRIPTS}/<dicom_id>/transcript.json`,
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

export async function importEgdCxr(opts: EgdOptions): Promise<ImportSummary> {
  const masterPath = join(opts.src, G.master);
  const fixPath = join(opts.src, G.fixations);
  const gazePath = join(opts.src, G.gaze);
  for (const [path, name] of [
    [masterPath, G.master],
    [fixPath, G.fixations],
  ] as const)
    if (!existsSync(path)) throw new LayoutError(`${opts.src} is not an EGD-CXR folder: no ${name}`);
  if (opts.gaze && !existsSync(gazePath))
    throw new LayoutError(`--gaze was given but ${G.gaze} is missing in ${opts.src}`);
  if (opts.imageSizes && !existsSync(opts.imageSizes))
    throw new LayoutError(`--image-sizes ${opts.imageSizes} does not exist`);
  assertOutsideSource(opts.src, opts.out);
  const writer = new CanonicalWriter(opts.out);
  const report = new ImportReport(join(opts.out, REJECTS_FILE));

  // 1. Cases.
  const cases = new Map<string, Case>();
  const listed = new Set<string>();
  await eachRow(
    masterPath,
    G.master,
    G.master,
    (r) => r.get('dicom_id'),
    report,
    () => ['dicom_id', 'patient_id'],
    (row, header) => {
      if (row.blank) throw new RowError('empty row');
      listed.add(row.get('dicom_id')?.trim() ?? '');
      const c = parseCase(row, header);
      const dup = cases.get(c.dicomId);
      if (dup) throw new RowError(`dicom_id ${c.dicomId} already appeared on line ${dup.line}`);
      cases.set(c.dicomId, c);
    },
  );
  const per = new Map<string, PerImage>([...cases.keys()].map((k) => [k, new PerImage(k)]));
  const sizes = opts.imageSizes ? await readImageSizes(opts.imageSizes, cases, report) : new Map<string, ImageInfo>();

  // 2. Anatomy boxes, fixations, gaze: every row is checked now, kept per image.
  const dicomOf = (row: CsvRow, col: string): PerImage => {
    const id = safeId(row.get(col), col);
    const p = per.get(id);
    if (!p)
      throw new RowError(
        listed.has(id) ? `image ${id}: its ${G.master} row was rejected` : `${col} ${id} is not in ${G.master}`,
      );
    return p;
  };
  const boxesPath = join(opts.src, G.boxes);
  if (existsSync(boxesPath)) {
    await eachRow(
      boxesPath,
      G.boxes,
      G.boxes,
      (r) => r.get('dicom_id'),
      report,
      () => ['dicom_id', 'bbox_name', 'x1', 'x2', 'y1', 'y2'],
      (row) => {
        if (row.blank) throw new RowError('empty row');
        const p = dicomOf(row, 'dicom_id');
        const [x1, x2, y1, y2] = (['x1', 'x2', 'y1', 'y2'] as const).map((c) => requireNumber(row.get(c), c)) as [
          number,
          number,
          number,
          number,
        ];
        const box = { xmin: Math.min(x1, x2), ymin: Math.min(y1, y2), xmax: Math.max(x1, x2), ymax: Math.max(y1, y2) };
        if (!(box.xmax > box.xmin && box.ymax > box.ymin)) throw new RowError('box is empty');
        const name = (row.get('bbox_name') ?? '').toLowerCase();
        const finding = FINDINGS.find((f) => f.toLowerCase() === name.trim());
        if (/right/.test(name) && /lung/.test(name)) p.right = box;
        else if (/left/.test(name) && /lung/.test(name)) p.left = box;
        else if (finding) p.findingBoxes.push({ label: finding, region: { shape: 'box', ...box } });
        p.tallies.boxes.ok(row.line);
      },
    );
  } else report.warn(`${G.boxes} is missing; strategy zones use a typical thorax box`);

  const sessionCheck = (p: PerImage, row: CsvRow) => {
    const s = row.get('SESSION_ID')?.trim();
    if (s === undefined || s === '') return;
    p.session ??= s;
    if (p.session !== s)
      throw new RowError(
        `image ${p.dicomId} was already read in session ${p.session}; another session (${s}) is not imported (one read per image)`,
      );
  };
  const bytes = (file: string) => statSync(join(opts.src, file)).size;
  let rows = 0;
  opts.progress?.start(G.fixations, bytes(G.fixations));
  await eachRow(
    fixPath,
    G.fixations,
    G.fixations,
    (r) => r.get('DICOM_ID'),
    report,
    () => ['DICOM_ID', TIME, 'FPOGS', 'FPOGD', 'FPOGID', 'FPOGV', 'X_ORIGINAL', 'Y_ORIGINAL'],
    (row) => {
      if (row.blank) throw new RowError('empty row');
      const p = dicomOf(row, 'DICOM_ID');
      sessionCheck(p, row);
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
    },
    false,
    (row) => ++rows % 5000 === 0 && opts.progress?.update(row.offset, rows),
  );
  opts.progress?.update(bytes(G.fixations), rows);
  opts.progress?.stop();

  if (opts.gaze) {
    rows = 0;
    opts.progress?.start(G.gaze, bytes(G.gaze));
    await eachRow(
      gazePath,
      G.gaze,
      G.gaze,
      (r) => r.get('DICOM_ID'),
      report,
      () => ['DICOM_ID', TIME, 'FPOGV', 'X_ORIGINAL', 'Y_ORIGINAL'],
      (row, header) => {
        if (row.blank) throw new RowError('empty row');
        const p = dicomOf(row, 'DICOM_ID');
        sessionCheck(p, row);
        const time = requireNumber(row.get(TIME), TIME);
        if (time < p.lastGazeTime) throw new RowError(`time goes backwards (${time} s after ${p.lastGazeTime} s)`);
        // Invalid point of gaze (lost eye, blink) → a null sample.
        const valid =
          parseBoolean(row.get('FPOGV'), 'FPOGV') &&
          (!header.includes('BPOGV') || parseBoolean(row.get('BPOGV'), 'BPOGV'));
        const x = valid ? requireNumber(row.get('X_ORIGINAL'), 'X_ORIGINAL') : null;
        const y = valid ? requireNumber(row.get('Y_ORIGINAL'), 'Y_ORIGINAL') : null;
        p.lastGazeTime = time;
        p.firstGaze = Math.min(p.firstGaze, time);
        p.see(x, y);
        p.t.push(time);
        p.x.push(x);
        p.y.push(y);
        p.tallies.gaze.ok(row.line);
      },
      false,
      (row) => ++rows % 20000 === 0 && opts.progress?.update(row.offset, rows),
    );
    opts.progress?.update(bytes(G.gaze), rows);
    opts.progress?.stop();
  } else if (existsSync(gazePath))
    report.warn(
      `${G.gaze} was not read (pass --gaze to import the 60 Hz samples); track samples are the fixation centroids`,
    );

  // 3. Transcripts nobody lists are rejected whole.
  const transcriptsDir = join(opts.src, TRANSCRIPTS);
  if (existsSync(transcriptsDir)) {
    for (const d of readdirSync(transcriptsDir, { withFileTypes: true })) {
      const file = `${TRANSCRIPTS}/${d.name}/transcript.json`;
      if (!d.isDirectory() || cases.has(d.name) || !existsSync(join(opts.src, file))) continue;
      report.group(G.transcript, true);
      const reason = listed.has(d.name)
        ? `image ${d.name}: its ${G.master} row was rejected`
        : `${d.name} is not in ${G.master}`;
      report.reject(
        G.transcript,
        { file, line: 1, reason, id: d.name },
        Math.max(1, phraseCount(join(opts.src, file))),
      );
    }
  }

  // 4. One read per image.
  const written: Case[] = [];
  opts.progress?.start('EGD-CXR reads', cases.size);
  let done = 0;
  for (const c of cases.values()) {
    if (await importCase(c, per.get(c.dicomId)!, sizes.get(c.dicomId), opts, report, writer)) written.push(c);
    per.delete(c.dicomId); // free the samples
    opts.progress?.update(++done, done);
  }
  opts.progress?.stop();
  await writeReader(writer, EGD_READER_ID, opts.experienceYears);
  writer.manifest({
    format: 'chexthought/1',
    name: 'EGD-CXR (imported)',
    description:
      'Real reads of MIMIC-CXR images by one radiologist, imported from the EGD-CXR layout by `chexthought import egd-cxr`. ' +
      'Image pixels are not included (MIMIC-CXR is credentialed). See docs/importers.md for what was mapped and which values are placeholders.',
    synthetic: false,
    attribution: EGD_ATTRIBUTION,
  });
  return finish(EGD_NAME, report, writer);
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
async function readImageSizes(
  path: string,
  cases: ReadonlyMap<string, Case>,
  report: ImportReport,
): Promise<Map<string, ImageInfo>> {
  const group = `--image-sizes ${basename(path)}`;
  const out = new Map<string, ImageInfo>();
  let wc = 'width',
    hc = 'height',
    skipped = 0;
  await eachRow(
    path,
    group,
    basename(path),
    (r) => r.get('dicom_id'),
    report,
    (h) => {
      if (!h.includes('width') && h.includes('Columns')) [wc, hc] = ['Columns', 'Rows'];
      return ['dicom_id', wc, hc];
    },
    (row) => {
      const id = row.get('dicom_id')?.trim() ?? '';
      if (!cases.has(id)) {
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
    },
  );
  if (skipped) report.note(`--image-sizes rows for images not in ${G.master} (skipped, not counted)`, skipped);
  return out;
}

interface Phrase {
  phrase: string;
  begin: number;
  end: number;
  line: number;
}

function phraseCount(path: string): number {
  try {
    const j = JSON.parse(readFileSync(path, 'utf8')) as { time_stamped_text?: unknown };
    return Array.isArray(j.time_stamped_text) ? j.time_stamped_text.length : 1;
  } catch {
    return 1;
  }
}

/** Phrases of a transcript.json; bad elements are rejected with the line they start on. */
function readTranscript(
  path: string,
  file: string,
  id: string,
  report: ImportReport,
): { phrases: Phrase[]; tally: Tally } | null {
  const tally = new Tally(G.transcript, file);
  report.group(G.transcript, true);
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    report.reject(G.transcript, { file, line: 1, reason: `invalid JSON (${(err as Error).message})`, id });
    return null;
  }
  const list = (json as { time_stamped_text?: unknown })?.time_stamped_text;
  if (!Array.isArray(list)) {
    report.reject(G.transcript, { file, line: 1, reason: 'no time_stamped_text array', id });
    return null;
  }
  // Line of each element: where its n-th "phrase" key sits (good enough to find it in an editor).
  const starts = [...text.matchAll(/"phrase"\s*:/g)].map((m) => text.slice(0, m.index).split('\n').length);
  const phrases: Phrase[] = [];
  list.forEach((el: unknown, i) => {
    const line = starts[i] ?? 1;
    const e = (el ?? {}) as Record<string, unknown>;
    const phrase = typeof e.phrase === 'string' ? e.phrase.trim() : '';
    const begin = Number(e.begin_time),
      end = Number(e.end_time);
    const bad = !phrase
      ? 'phrase is missing or empty'
      : !Number.isFinite(begin) || !Number.isFinite(end)
        ? 'begin_time/end_time are not numbers'
        : begin < 0
          ? `begin_time ${begin} is negative`
          : end < begin
            ? `phrase ends (${end} s) before it begins (${begin} s)`
            : null;
    if (bad) report.reject(G.transcript, { file, line, reason: `time_stamped_text[${i}]: ${bad}`, id });
    else {
      phrases.push({ phrase, begin, end, line });
      tally.ok(line);
    }
  });
  return { phrases, tally };
}

async function importCase(
  c: Case,
  p: PerImage,
  info: ImageInfo | undefined,
  opts: EgdOptions,
  report: ImportReport,
  writer: CanonicalWriter,
): Promise<boolean> {
  const master = new Tally(G.master, G.master);
  master.ok(c.line);
  const tallies = [master, p.tallies.fixations, p.tallies.gaze, p.tallies.boxes, ...(info ? [info.tally] : [])];
  const fail = (reason: string) => {
    for (const t of tallies) report.fail(t, reason, c.dicomId);
    return false;
  };

  // Size: given, else the largest coordinate seen (a lower bound; nothing is then off image but -1 markers).
  let width = info?.width,
    height = info?.height;
  if (width === undefined || height === undefined) {
    if (!Number.isFinite(p.maxX))
      return fail(`image ${c.dicomId}: size unknown (not in --image-sizes, and no gaze coordinates to infer it from)`);
    width = Math.max(1, Math.ceil(p.maxX));
    height = Math.max(1, Math.ceil(p.maxY));
    report.note('images whose size was inferred from the largest gaze coordinate (pass --image-sizes)');
  }
  const off = (x: number, y: number) => x < 0 || y < 0 || x > width! || y > height!;
  // Times: the dataset's clock runs per session; 0 s is this image's first gaze row (with --gaze),
  // else the start of its first fixation. Transcript times are relative to the image's own audio.
  const origin = Number.isFinite(p.firstGaze) ? p.firstGaze : Number.isFinite(p.firstFixation) ? p.firstFixation : 0;

  // Fixations: one per FPOGID (its longest report, should a fixation span rows), rebased,
  // off-image ones dropped with all their rows counted.
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
  fixations.sort((a, b) => a.start - b.start);

  let samples: { t: number[]; x: (number | null)[]; y: (number | null)[] };
  let samplingHz: number | null = null;
  if (opts.gaze) {
    samples = { t: [], x: [], y: [] };
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
    samplingHz = 60;
  } else samples = { t: fixations.map((f) => f.start), x: fixations.map((f) => f.x), y: fixations.map((f) => f.y) };

  // The image was shown whole, fitted to the screen between the master sheet's paddings.
  const viewport: ViewportEvent[] = [];
  if (c.pads && info) {
    const zoom = (SCREEN.width - c.pads.left - c.pads.right) / width;
    viewport.push({
      t: 0,
      xmin: 0,
      ymin: 0,
      xmax: width,
      ymax: height,
      zoom: zoom > 0 ? Math.round(zoom * 1e4) / 1e4 : null,
      windowWidth: null,
      windowLevel: null,
    });
  }

  let reasoning: ReasoningStep[] = [];
  const transcriptFile = `${TRANSCRIPTS}/${c.dicomId}/transcript.json`;
  const transcriptPath = join(opts.src, transcriptFile);
  if (existsSync(transcriptPath)) {
    const tr = readTranscript(transcriptPath, transcriptFile, c.dicomId, report);
    if (tr) {
      tallies.push(tr.tally);
      reasoning = tr.phrases.flatMap((ph) => stepsFromTokens(spreadPhrase(ph.phrase, ph.begin, ph.end)));
    }
  } else report.note('reads without a transcript.json');

  const hasTrack = fixations.length > 0 || samples.t.length > 0;
  let durationSec = Math.max(0, ...fixations.map((f) => f.end), ...samples.t.slice(-1), ...reasoning.map((s) => s.end));
  if (!(durationSec > 0)) {
    durationSec = PLACEHOLDER.durationSec;
    report.note(`reads with placeholder duration ${PLACEHOLDER.durationSec} s (no timed data)`);
  }
  const lungs = p.right && p.left ? { right: p.right, left: p.left } : null;
  const strategy = hasTrack
    ? deriveStrategy({ fixations, width, height, lungs })
    : { strategy: PLACEHOLDER.strategyWithoutTrack, rule: 'no track' };
  report.note(
    `strategy: ${strategy.strategy}${hasTrack ? ' (derived from the fixations)' : ' (placeholder: no track)'}`,
  );

  const image = {
    id: c.dicomId,
    dataset: EGD_NAME,
    patientId: c.patientId,
    followUp: 0,
    viewPosition: info?.view ?? c.view ?? PLACEHOLDER.viewPosition,
    width,
    height,
    patientAge: c.age,
    patientSex: c.sex,
    sourceLabels: c.sourceLabels,
    referenceFindings: c.reference,
    referenceRegions: p.findingBoxes,
    // The anatomical lung boxes, right lung (image left) first, as the metrics' lung fields.
    lungFields: lungs && [lungs.right, lungs.left].map((b) => ({ shape: 'box' as const, ...b })),
    synthetic: false,
  };
  if (!(info?.view ?? c.view)) report.note('images with placeholder view position PA');
  const readId = `egd-cxr-${c.dicomId}`;
  const read: ReadRecord = {
    id: readId,
    imageId: c.dicomId,
    readerId: EGD_READER_ID,
    startedAt: PLACEHOLDER.startedAt,
    durationSec,
    // The dataset records no findings per read: master_sheet classes are the image's reference labels.
    findings: [],
    impression: impressionOf(reasoning),
    clinicalContext: { shown: false, text: null, used: false },
    strategy: strategy.strategy,
    strategySource: 'derived',
    reasoning,
    synthetic: false,
  };
  const track = { readId, samplingHz, pixelsPerDegree: null, samples, fixations, viewport, synthetic: false };
  const ci = writer.check('images', image),
    cr = writer.check('reads', read),
    ct = writer.check('tracks', track);
  if (!ci.ok) return fail(`image ${c.dicomId} does not validate: ${ci.reason}`);
  if (!cr.ok) return fail(`read ${readId} does not validate: ${cr.reason}`);
  if (hasTrack && !ct.ok) return fail(`track of ${readId} does not validate: ${ct.reason}`);
  await writer.write('images', ci.value);
  await writer.write('reads', cr.value);
  if (hasTrack && ct.ok) await writer.write('tracks', ct.value);
  else report.note('reads without a track (no fixations or gaze rows for the image)');
  for (const t of tallies) report.commit(t);
  return true;
}

function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
