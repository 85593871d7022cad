/**
 * The explore page's two result views (reads, images): their columns, which API sort field each
 * sortable column maps to, and the defaults. Pure data, shared by the URL parser (which validates
 * `sort` and `cols` against it) and the table.
 */
import type { ImageSortField, ReadSortField } from '../generated/graphql';

export type View = 'reads' | 'images';
export const VIEWS: readonly View[] = ['reads', 'images'];
export const DEFAULT_VIEW: View = 'reads';

export interface ColumnSpec {
  id: string;
  label: string;
  /** The API sort field behind this column (server-side sorting), when it can be sorted. */
  sort?: string;
  /** Shown when the URL names no columns. */
  byDefault: boolean;
  /** Cannot be hidden: it carries the row's link. */
  required?: boolean;
  /** Width in px: fixed widths keep the table from shifting while rows stream in. */
  width: number;
  align?: 'end';
  /** Columns of the read's gaze metrics: grouped in the chooser, and said to be synthetic in the demo. */
  gaze?: boolean;
  /** What the column holds (header tooltip). */
  help?: string;
  /** Takes the table's spare width (its pills and text are the ones cut short otherwise). */
  grow?: boolean;
  /** Widens up to this (px) when the screen has room, before the growing column takes the rest. */
  maxWidth?: number;
  /**
   * Laid out as a second line of the row, under the other cells and across the table, instead of
   * as a column: search snippets need the width, and as a 360-px column they pushed the table
   * past a 1440-px screen. `width` is then the least width it is given.
   */
  line?: boolean;
}

export const READ_COLUMNS: readonly ColumnSpec[] = [
  { id: 'thumb', label: 'Image', byDefault: true, width: 64 },
  { id: 'id', label: 'Read', sort: 'ID', byDefault: true, required: true, width: 156 },
  // Shown only while searching, as a line under the row's cells (see ColumnSpec.line).
  { id: 'matches', label: 'Matches in text', byDefault: true, width: 320, line: true },
  { id: 'image', label: 'Image id', sort: 'IMAGE_ID', byDefault: false, width: 124 },
  { id: 'country', label: 'Reader country', sort: 'COUNTRY', byDefault: true, width: 112, maxWidth: 140 },
  { id: 'experience', label: 'Experience', sort: 'EXPERIENCE', byDefault: true, width: 102, align: 'end' },
  { id: 'role', label: 'Role', byDefault: true, width: 72 },
  { id: 'strategy', label: 'Strategy', byDefault: true, width: 96, maxWidth: 136 },
  { id: 'findings', label: 'Findings (certainty)', byDefault: true, width: 170, grow: true },
  { id: 'duration', label: 'Duration', sort: 'DURATION', byDefault: true, width: 88, align: 'end' },
  { id: 'fixations', label: 'Fixations', sort: 'FIXATION_COUNT', byDefault: true, width: 90, align: 'end' },
  { id: 'agreement', label: 'Agreement', sort: 'AGREEMENT', byDefault: false, width: 104, align: 'end' },
  { id: 'difficulty', label: 'Difficulty', sort: 'DIFFICULTY', byDefault: false, width: 92, align: 'end' },
  { id: 'started', label: 'Started', sort: 'STARTED_AT', byDefault: false, width: 140 },
  ...gazeColumns([
    ['misses', 'Missed findings', undefined, 270, 'Present findings the reader did not report, by miss type'],
    [
      'lungCoverage',
      'Lung coverage',
      'LUNG_COVERAGE',
      122,
      'Share of the lung fields within the useful field of view of a fixation',
    ],
    ['meanFixation', 'Mean fixation', 'MEAN_FIXATION', 118, 'Mean fixation duration'],
    ['meanSaccade', 'Mean saccade', 'MEAN_SACCADE', 118, 'Mean saccade amplitude'],
    ['ttffLung', 'Lungs first seen', 'TTFF_LUNG', 130, 'Time to the first fixation on the lung fields'],
    ['eyeVoice', 'Eye-voice span', 'EYE_VOICE_SPAN', 126, 'Mean time from looking at a finding to naming it'],
    ['peerSimilarity', 'Peer similarity', 'PEER_SIMILARITY', 124, 'Mean MultiMatch similarity to the other reads'],
  ]),
];

function gazeColumns(specs: [id: string, label: string, sort: string | undefined, width: number, help: string][]) {
  return specs.map(([id, label, sort, width, help]): ColumnSpec => ({
    id,
    label,
    byDefault: false,
    width,
    gaze: true,
    help,
    ...(sort ? { sort } : {}),
    ...(id === 'misses' ? {} : { align: 'end' as const }),
  }));
}

export const IMAGE_COLUMNS: readonly ColumnSpec[] = [
  { id: 'thumb', label: 'Image', byDefault: true, width: 64 },
  { id: 'id', label: 'Image id', sort: 'ID', byDefault: true, required: true, width: 124 },
  { id: 'matches', label: 'Matches in text', byDefault: true, width: 320, line: true },
  { id: 'position', label: 'View', byDefault: true, width: 56 },
  { id: 'patient', label: 'Patient', sort: 'PATIENT_AGE', byDefault: true, width: 80 },
  { id: 'labels', label: 'NIH labels', byDefault: true, width: 160, maxWidth: 220 },
  { id: 'reported', label: 'Reported findings', byDefault: true, width: 190, grow: true },
  { id: 'reads', label: 'Reads', sort: 'READ_COUNT', byDefault: true, width: 72, align: 'end' },
  { id: 'countries', label: 'Reader countries', byDefault: false, width: 180 },
  { id: 'agreement', label: 'Agreement', sort: 'AGREEMENT', byDefault: true, width: 104, align: 'end' },
  { id: 'difficulty', label: 'Difficulty', sort: 'DIFFICULTY', byDefault: true, width: 92, align: 'end' },
  { id: 'followUp', label: 'Follow-up', sort: 'FOLLOW_UP', byDefault: false, width: 88, align: 'end' },
  { id: 'dataset', label: 'Dataset', byDefault: false, width: 150 },
];

export const COLUMNS: Record<View, readonly ColumnSpec[]> = { reads: READ_COLUMNS, images: IMAGE_COLUMNS };

/** Sort fields the sort menu offers besides the column headers (RELEVANCE needs a search). */
export const READ_SORT_FIELDS: readonly ReadSortField[] = [
  'RELEVANCE',
  'ID',
  'STARTED_AT',
  'DURATION',
  'EXPERIENCE',
  'COUNTRY',
  'FIXATION_COUNT',
  'AGREEMENT',
  'DIFFICULTY',
  'IMAGE_ID',
  'LUNG_COVERAGE',
  'MEAN_FIXATION',
  'MEAN_SACCADE',
  'TTFF_LUNG',
  'EYE_VOICE_SPAN',
  'PEER_SIMILARITY',
  'PEER_AOI_SIMILARITY',
];
export const IMAGE_SORT_FIELDS: readonly ImageSortField[] = [
  'RELEVANCE',
  'ID',
  'READ_COUNT',
  'AGREEMENT',
  'DIFFICULTY',
  'PATIENT_AGE',
  'FOLLOW_UP',
];
export const SORT_FIELDS: Record<View, readonly string[]> = { reads: READ_SORT_FIELDS, images: IMAGE_SORT_FIELDS };

export const SORT_LABELS: Record<string, string> = {
  RELEVANCE: 'Relevance',
  ID: 'Id',
  STARTED_AT: 'Start time',
  DURATION: 'Duration',
  EXPERIENCE: 'Reader experience',
  COUNTRY: 'Reader country',
  FIXATION_COUNT: 'Fixations',
  AGREEMENT: 'Agreement',
  DIFFICULTY: 'Difficulty',
  IMAGE_ID: 'Image id',
  READ_COUNT: 'Reads',
  PATIENT_AGE: 'Patient age',
  FOLLOW_UP: 'Follow-up',
  LUNG_COVERAGE: 'Lung coverage',
  MEAN_FIXATION: 'Mean fixation duration',
  MEAN_SACCADE: 'Mean saccade amplitude',
  TTFF_LUNG: 'First look at the lungs',
  EYE_VOICE_SPAN: 'Eye-voice span',
  PEER_SIMILARITY: 'Similarity to peers (MultiMatch)',
  PEER_AOI_SIMILARITY: 'Similarity to peers (AOI)',
};

export function defaultColumns(view: View): string[] {
  return COLUMNS[view].filter((c) => c.byDefault).map((c) => c.id);
}

/** The visible columns in table order: required ones always, the rest as chosen. */
export function visibleColumns(view: View, chosen: readonly string[] | null): ColumnSpec[] {
  const ids = new Set(chosen ?? defaultColumns(view));
  return COLUMNS[view].filter((c) => c.required || ids.has(c.id));
}

/** Columns that stay in view while the table scrolls sideways: the row's thumbnail and id. */
const STICKY_COLUMNS = new Set(['thumb', 'id']);

/** The column that takes the spare width: the first shown with `grow`, else the last. */
export function growingColumn(columns: readonly Pick<ColumnSpec, 'grow'>[]): number {
  const i = columns.findIndex((c) => c.grow);
  return i >= 0 ? i : columns.length - 1;
}

/**
 * Left offset (px) of each leading sticky column, null for the rest: a sticky column after a
 * scrolling one would overlap it, so only an unbroken run at the start sticks.
 */
export function stickyOffsets(columns: readonly (readonly [id: string, width: number])[]): (number | null)[] {
  let left = 0;
  let run = true;
  return columns.map(([id, width]) => {
    run &&= STICKY_COLUMNS.has(id);
    if (!run) return null;
    const at = left;
    left += width;
    return at;
  });
}

/**
 * One column's grid track: its width, up to maxWidth when there is room (CSS grid widens such
 * tracks before the flexible one), and the growing column takes whatever is left.
 */
function track(c: Pick<ColumnSpec, 'width' | 'maxWidth'>, grows: boolean): string {
  if (grows) return `minmax(${c.width}px, 1fr)`;
  return c.maxWidth && c.maxWidth > c.width ? `minmax(${c.width}px, ${c.maxWidth}px)` : `${c.width}px`;
}

/** Where one visible column's cells go on the row's CSS grid. */
export interface CellPlace {
  /** CSS grid-column and grid-row of its cells. */
  gridColumn: string;
  gridRow: string;
  /** Left offset when it sticks (scrolling sideways), else null. */
  sticky: number | null;
  /** A line under the row (ColumnSpec.line): its header cell is for assistive technology only. */
  line: boolean;
}

export interface RowLayout {
  /** grid-template-columns of every row: fixed widths, the growing column taking the rest. */
  template: string;
  /** The least width of the table (px): the sum of the grid's columns. */
  width: number;
  /** Where a line under the row starts (px): after the sticky columns, and it stays in view there. */
  stickyWidth: number;
  /** One per visible column, in their order. */
  cells: CellPlace[];
}

/**
 * The table's row grid: the columns side by side on the first line; a line column (search
 * matches) on a second line from the first non-sticky column to the end, while the sticky
 * thumbnail and id span both lines. Widths depend on the columns and the screen only (no reflow
 * while rows stream in).
 */
export function rowLayout(
  columns: readonly Pick<ColumnSpec, 'id' | 'width' | 'grow' | 'line' | 'maxWidth'>[],
): RowLayout {
  const gridded = columns.filter((c) => !c.line);
  const line = columns.find((c) => c.line);
  const sticky = stickyOffsets(gridded.map((c) => [c.id, c.width]));
  const stickyCount = sticky.filter((s) => s !== null).length;
  // With nothing but sticky columns the line runs under them instead.
  const spanning = line !== undefined && stickyCount < gridded.length;
  const stickyWidth = gridded.slice(0, stickyCount).reduce((n, c) => n + c.width, 0);
  const lineStart = spanning ? stickyWidth : 0;
  const grow = growingColumn(gridded);
  let at = 0;
  const cells = columns.map((c): CellPlace => {
    if (c.line) return { gridColumn: `${spanning ? stickyCount + 1 : 1} / -1`, gridRow: '2', sticky: null, line: true };
    const i = at++;
    const s = sticky[i] ?? null;
    return { gridColumn: String(i + 1), gridRow: spanning && s !== null ? '1 / span 2' : '1', sticky: s, line: false };
  });
  const gridWidth = gridded.reduce((n, c) => n + c.width, 0);
  return {
    template: gridded.map((c, i) => track(c, i === grow)).join(' '),
    width: Math.max(gridWidth, line ? lineStart + line.width : 0),
    stickyWidth: lineStart,
    cells,
  };
}
