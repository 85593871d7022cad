/**
 * A REFLACX read's attention track: main_data/<id>/fixations.csv (fixations, and what was shown:
 * rectangle, zoom, window) and, with --gaze, gaze_data/<id>/gaze.csv (1,000 Hz samples, blank
 * rows are blinks). Off-image fixations and samples are dropped and counted; bad rows rejected.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Fixation, TrackRecord, ViewportEvent } from '../model.ts';
import type { CsvRow } from './csv.ts';
import { Tally, type ImportReport } from './import-report.ts';
import { fixationSamples, viewportZoom } from './imported-read.ts';
import { RowError, eachRow, parseNumber, requireNumber } from './source-rows.ts';

/** A kind of per-read file: its folder and name, and the row of the import's table counting it. */
export interface ReadFileKind {
  dir: 'main_data' | 'gaze_data';
  name: string;
  group: string;
}

export const FIXATIONS: ReadFileKind = {
  dir: 'main_data',
  name: 'fixations.csv',
  group: 'main_data/<id>/fixations.csv',
};
export const GAZE: ReadFileKind = { dir: 'gaze_data', name: 'gaze.csv', group: 'gaze_data/<id>/gaze.csv' };

/** Read `id`'s file of a kind: its path, and its name relative to the source folder (for rejects). */
export function readFile(src: string, id: string, kind: ReadFileKind): { path: string; file: string } {
  return { path: join(src, kind.dir, id, kind.name), file: `${kind.dir}/${id}/${kind.name}` };
}

/** What the track needs to know of its read (metadata_phase_*.csv). */
export interface TrackedRead {
  id: string;
  discarded: boolean;
  width: number;
  height: number;
}

export type ReadTrack = Omit<TrackRecord, 'synthetic' | 'readId'>;

/**
 * The read's track, null without one (its eye tracking was discarded, or fixations.csv is
 * missing), and the tallies of the rows it holds until the track is written.
 */
export async function readTrack(
  m: TrackedRead,
  opts: { src: string; gaze?: boolean | undefined },
  report: ImportReport,
): Promise<{ track: ReadTrack | null; tallies: Tally[] }> {
  const fix = readFile(opts.src, m.id, FIXATIONS);
  const gaze = readFile(opts.src, m.id, GAZE);
  if (m.discarded) {
    report.note('reads without a track: eye_tracking_data_discarded is True');
    const why = 'eye-tracking data of this read was discarded by the dataset (eye_tracking_data_discarded = True)';
    if (existsSync(fix.path)) await report.rejectFile(FIXATIONS.group, fix.file, fix.path, why, m.id);
    if (opts.gaze && existsSync(gaze.path)) await report.rejectFile(GAZE.group, gaze.file, gaze.path, why, m.id);
    return { track: null, tallies: [] };
  }
  if (!existsSync(fix.path)) {
    report.note('reads without a track: fixations.csv missing');
    report.warn(`read ${m.id}: ${fix.file} is missing; the read is imported without a track`);
    return { track: null, tallies: [] };
  }
  const fx = await readFixations(fix.path, fix.file, m.id, m, report);
  const fixationTrack: ReadTrack = {
    samplingHz: null,
    pixelsPerDegree: fx.pixelsPerDegree,
    samples: fixationSamples(fx.fixations),
    fixations: fx.fixations,
    viewport: fx.viewport,
  };
  if (!opts.gaze) return { track: fixationTrack, tallies: [fx.tally] };
  if (!existsSync(gaze.path)) {
    report.warn(`read ${m.id}: ${gaze.file} is missing; samples are the fixation centroids`);
    return { track: fixationTrack, tallies: [fx.tally] };
  }
  const gz = await readGaze(gaze.path, gaze.file, m.id, m, report);
  const viewport = mergeViewports(fx.viewport, gz.viewport);
  return {
    track: { ...fixationTrack, samplingHz: 1000, samples: gz.samples, viewport },
    tallies: [fx.tally, gz.tally],
  };
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
    screen.every((v) => v !== undefined) && xmax! > xmin! ? viewportZoom(screen[2]! - screen[0]!, xmax! - xmin!) : null;
  return {
    xmin: xmin!,
    ymin: ymin!,
    xmax: xmax!,
    ymax: ymax!,
    zoom,
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
  const tally = new Tally(FIXATIONS.group, file);
  let ppdSum = 0,
    ppdN = 0;
  let [xc, yc] = ['x_position', 'y_position'];
  const columns = (h: string[]) => {
    [xc, yc] = positionColumns(h);
    return ['timestamp_start_fixation', 'timestamp_end_fixation', xc, yc];
  };
  await eachRow(report, { path, group: FIXATIONS.group, file, id, required: columns }, (row) => {
    if (row.blank) throw new RowError('empty row');
    const f = fixationOf(row, xc, yc);
    const ppd = pixelsPerDegreeOf(row);
    viewport.push(f.start, row);
    if (ppd !== null) {
      ppdSum += ppd;
      ppdN++;
    }
    if (!onImage(f.x, f.y, size)) return tally.off(row.line);
    fixations.push(f);
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

function fixationOf(row: CsvRow, xc: string, yc: string): Fixation {
  const start = requireNumber(row.get('timestamp_start_fixation'), 'timestamp_start_fixation');
  const end = requireNumber(row.get('timestamp_end_fixation'), 'timestamp_end_fixation');
  const x = requireNumber(row.get(xc), xc);
  const y = requireNumber(row.get(yc), yc);
  if (start < 0) throw new RowError(`timestamp_start_fixation ${start} is before the recording started`);
  if (end < start) throw new RowError(`fixation ends (${end} s) before it starts (${start} s)`);
  return { start, end, x, y };
}

/** The mean of the row's horizontal and vertical angular resolution, where both are given. */
function pixelsPerDegreeOf(row: CsvRow): number | null {
  const ax = parseNumber(row.get('angular_resolution_x_pixels_per_degree'), 'angular_resolution_x_pixels_per_degree');
  const ay = parseNumber(row.get('angular_resolution_y_pixels_per_degree'), 'angular_resolution_y_pixels_per_degree');
  return ax !== undefined && ay !== undefined && ax > 0 && ay > 0 ? (ax + ay) / 2 : null;
}

async function readGaze(
  path: string,
  file: string,
  id: string,
  size: { width: number; height: number },
  report: ImportReport,
) {
  const samples: ReadTrack['samples'] = { t: [], x: [], y: [] };
  const sample = (t: number, x: number | null, y: number | null) => {
    samples.t.push(t);
    samples.x.push(x);
    samples.y.push(y);
  };
  const viewport = new ViewportTrack();
  const tally = new Tally(GAZE.group, file);
  let last = 0;
  let [xc, yc] = ['x_position', 'y_position'];
  const columns = (h: string[]) => {
    [xc, yc] = positionColumns(h);
    return ['timestamp_sample', xc, yc];
  };
  await eachRow(report, { path, group: GAZE.group, file, id, required: columns, keepBlankLines: true }, (row) => {
    // A blank row is a blink: a null sample, at the previous sample's time (no time is invented).
    if (row.blank) {
      sample(last, null, null);
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
    if (px === undefined || py === undefined) sample(ts, null, null);
    else if (!onImage(px, py, size)) return tally.off(row.line);
    else sample(ts, px, py);
    tally.ok(row.line);
  });
  return { samples, viewport: viewport.events, tally };
}
