/**
 * Parser of NIH ChestX-ray14's label file (`Data_Entry_2017.csv` and copies of it such as the
 * demo sample's `labels.csv`; Kaggle's `sample_labels.csv` spelling is accepted too).
 *
 * The header quirk: `OriginalImage[Width,Height]` and `OriginalImagePixelSpacing[x,y]` hold
 * unquoted commas and the line ends with a comma, so a CSV reader sees 12 header fields (the
 * last empty) over 11-field rows. We drop trailing empty header fields and name columns by a
 * normalised key, so the split halves ("OriginalImage[Width", "Height]") land on the right
 * values.
 */
import { readFile } from 'node:fs/promises';
import { FINDINGS, NIH_LABEL_TO_FINDING, type Finding, type ViewPosition } from './vocabulary.ts';

export interface NihLabelRow {
  /** File name as given, e.g. "00000013_005.png". */
  imageIndex: string;
  /** File name without extension: the image id. */
  imageId: string;
  /** Labels as NIH gives them ("No Finding" kept as is). */
  sourceLabels: string[];
  /** Mapped to our vocabulary, de-duplicated, in vocabulary order. */
  findings: Finding[];
  followUp: number;
  patientId: string;
  /** Null when missing or implausible (the 2017 file has a few ages above 120). */
  age: number | null;
  sex: 'M' | 'F' | null;
  viewPosition: ViewPosition;
  /** Width and height of the original DICOM, before NIH downscaled it to the 1024 PNG. */
  originalSize: [number, number] | null;
  /** Millimetres per pixel [x, y] of the original DICOM. */
  originalPixelSpacingMm: [number, number] | null;
  /** 1-based line in the CSV (for error messages downstream). */
  line: number;
}

export class NihLabelsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NihLabelsError';
  }
}

type Column =
  | 'imageIndex'
  | 'labels'
  | 'followUp'
  | 'patientId'
  | 'age'
  | 'sex'
  | 'view'
  | 'width'
  | 'height'
  | 'spacingX'
  | 'spacingY';

/** Normalised header key (lower case, letters and digits only) → column. */
const HEADER_ALIASES: Record<string, Column> = {
  imageindex: 'imageIndex',
  findinglabels: 'labels',
  followup: 'followUp',
  patientid: 'patientId',
  patientage: 'age',
  patientgender: 'sex',
  patientsex: 'sex',
  viewposition: 'view',
  originalimagewidth: 'width', // "OriginalImage[Width" and Kaggle's "OriginalImageWidth"
  height: 'height', // "Height]"
  originalimageheight: 'height',
  originalimagepixelspacingx: 'spacingX', // "OriginalImagePixelSpacing[x" and "..._x"
  y: 'spacingY', // "y]"
  originalimagepixelspacingy: 'spacingY',
};
const REQUIRED: Column[] = ['imageIndex', 'labels', 'followUp', 'patientId', 'age', 'sex', 'view'];

/** Splits one CSV line; handles double-quoted fields although NIH's file has none. */
function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  out.push(field);
  return out;
}

function dropTrailingEmpty(fields: string[]): string[] {
  let n = fields.length;
  while (n > 0 && fields[n - 1]!.trim() === '') n--;
  return fields.slice(0, n);
}

export function parseNihLabels(text: string, source = 'labels.csv'): NihLabelRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = dropTrailingEmpty(splitCsvLine(lines[0] ?? ''));
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = HEADER_ALIASES[name.toLowerCase().replace(/[^a-z0-9]/g, '')];
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length)
    throw new NihLabelsError(
      `${source}:1: not an NIH ChestX-ray14 label file (missing column(s) ${missing.join(', ')}; header: ${lines[0]})`,
    );

  const rows: NihLabelRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const lineNo = i + 1;
    const fail = (why: string): never => {
      throw new NihLabelsError(`${source}:${lineNo}: ${why}`);
    };
    let fields = splitCsvLine(raw);
    if (fields.length > header.length) fields = dropTrailingEmpty(fields);
    if (fields.length !== header.length) fail(`expected ${header.length} fields, found ${fields.length}`);
    const get = (c: Column): string | undefined => {
      const at = index.get(c);
      return at === undefined ? undefined : fields[at]!.trim();
    };
    const num = (c: Column): number | null => {
      const v = get(c);
      if (v === undefined || v === '') return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : fail(`${c} is not a number: ${JSON.stringify(v)}`);
    };

    const imageIndex = get('imageIndex')!;
    if (!/^[A-Za-z0-9._-]+$/.test(imageIndex)) fail(`bad Image Index ${JSON.stringify(imageIndex)}`);
    const sourceLabels = get('labels')!
      .split('|')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!sourceLabels.length) fail('empty Finding Labels');
    const mapped = new Set<Finding>();
    for (const label of sourceLabels) {
      const finding = NIH_LABEL_TO_FINDING[label];
      if (!finding) fail(`unknown NIH label ${JSON.stringify(label)}`);
      mapped.add(finding!);
    }
    const followUp = Number(get('followUp'));
    if (!Number.isInteger(followUp) || followUp < 0) fail(`bad Follow-up # ${JSON.stringify(get('followUp'))}`);
    const patientId = get('patientId')!;
    if (!/^[A-Za-z0-9._:-]+$/.test(patientId)) fail(`bad Patient ID ${JSON.stringify(patientId)}`);
    // Ages are plain years ("58") in Data_Entry_2017 and "058Y" in Kaggle's sample.
    const ageText = get('age')!.replace(/Y$/i, '');
    const ageNum = ageText === '' ? null : Number(ageText);
    if (ageNum !== null && !Number.isFinite(ageNum)) fail(`bad Patient Age ${JSON.stringify(get('age'))}`);
    const age = ageNum !== null && Number.isInteger(ageNum) && ageNum >= 0 && ageNum <= 120 ? ageNum : null;
    const sexText = get('sex')!.toUpperCase();
    const sex =
      sexText === 'M' || sexText === 'F'
        ? sexText
        : sexText === ''
          ? null
          : fail(`bad Patient Gender ${JSON.stringify(get('sex'))}`);
    const view = get('view')!.toUpperCase();
    if (view !== 'PA' && view !== 'AP' && view !== 'LAT') fail(`bad View Position ${JSON.stringify(get('view'))}`);
    const width = num('width');
    const height = num('height');
    const sx = num('spacingX');
    const sy = num('spacingY');

    rows.push({
      imageIndex,
      imageId: imageIndex.replace(/\.png$/i, ''),
      sourceLabels,
      findings: FINDINGS.filter((f) => mapped.has(f)),
      followUp,
      patientId,
      age,
      sex,
      viewPosition: view as ViewPosition,
      originalSize: width && height ? [width, height] : null,
      originalPixelSpacingMm: sx && sy ? [sx, sy] : null,
      line: lineNo,
    });
  }
  return rows;
}

export async function readNihLabels(path: string): Promise<NihLabelRow[]> {
  return parseNihLabels(await readFile(path, 'utf8'), path);
}

/**
 * Pixel spacing of the downscaled PNG: NIH resized every DICOM to 1024x1024 regardless of its
 * aspect ratio, so each axis scales separately: spacing × original size / PNG size.
 */
export function pngPixelSpacing(row: NihLabelRow, pngWidth: number, pngHeight: number): [number, number] | null {
  if (!row.originalSize || !row.originalPixelSpacingMm) return null;
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return [
    round((row.originalPixelSpacingMm[0] * row.originalSize[0]) / pngWidth),
    round((row.originalPixelSpacingMm[1] * row.originalSize[1]) / pngHeight),
  ];
}
