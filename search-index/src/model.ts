/**
 * The canonical dataset layout's records: one zod schema per record kind, and the TypeScript
 * types derived from them. The schemas are the only definition: docs/dataset-format.md
 * describes them and the ingest validates every line against them.
 */
import { z } from 'zod';
import {
  CERTAINTY_MAX,
  CERTAINTY_MIN,
  COUNTRIES,
  CONTINENTS,
  FINDINGS,
  HEDGES,
  ROLES,
  SEXES,
  STEP_KINDS,
  STRATEGIES,
  VIEW_POSITIONS,
} from './vocabulary.ts';

/** Ids: printable, no whitespace or slashes (they end up in URLs and Elasticsearch _ids). */
const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'ids may hold letters, digits and . _ : - only');

const Seconds = z.number().finite().nonnegative();
const Pixel = z.number().finite();

/**
 * A numeric column checked in one loop rather than one schema per element: a 1,000 Hz track has
 * hundreds of thousands of samples, and per-element schemas dominate the ingest's CPU time.
 */
function numberColumn<Nullable extends boolean>(opts: { nonNegative: boolean; nullable: Nullable }) {
  const what = `${opts.nonNegative ? 'a non-negative' : 'a'} finite number${opts.nullable ? ' or null' : ''}`;
  return z.custom<Nullable extends true ? (number | null)[] : number[]>().superRefine((value, ctx) => {
    if (!Array.isArray(value)) {
      const got = value === undefined ? 'nothing (the column is missing)' : value === null ? 'null' : typeof value;
      ctx.addIssue({ code: 'custom', message: `expected an array of numbers, got ${got}` });
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v === null && opts.nullable) continue;
      if (typeof v !== 'number' || !Number.isFinite(v) || (opts.nonNegative && v < 0)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `expected ${what}, got ${JSON.stringify(v)}` });
        return;
      }
    }
  });
}

export const FindingLabel = z.enum(FINDINGS, {
  error: (issue) => `unknown finding label ${JSON.stringify(issue.input)}; see docs/dataset-format.md#findings`,
});

/** The corners of a rectangle in image pixels, origin top-left. */
const corners = { xmin: Pixel, ymin: Pixel, xmax: Pixel, ymax: Pixel };

/** Rectangle in image pixels, origin top-left: the one box type of the code base. */
export const Box = z
  .strictObject(corners)
  .refine((b) => b.xmax > b.xmin && b.ymax > b.ymin, 'box needs xmax > xmin and ymax > ymin');
export type Box = z.infer<typeof Box>;

/** A region in image pixels: a box, or the ellipse inscribed in it (REFLACX marks ellipses). */
export const RegionShape = z.enum(['box', 'ellipse']);
export const Region = z
  .strictObject({ shape: RegionShape.default('box'), ...corners })
  .refine((b) => b.xmax > b.xmin && b.ymax > b.ymin, 'region needs xmax > xmin and ymax > ymin');
export type Region = z.infer<typeof Region>;

const PositiveNumber = z.number().finite().positive();

/** Overrides of the metric thresholds (search-index/src/metrics/thresholds.ts, docs/metrics.md). */
export const MetricThresholdOverrides = z
  .strictObject({
    usefulFieldOfViewDeg: PositiveNumber,
    decisionDwellSec: PositiveNumber,
    ivtVelocityDegPerSec: PositiveNumber,
    minFixationSec: PositiveNumber,
    idtDispersionDeg: PositiveNumber,
  })
  .partial();

export const DatasetManifest = z.strictObject({
  format: z.literal('chexthought/1'),
  name: z.string().min(1),
  description: z.string().default(''),
  /** True when the reads (or anything else) are synthetic; the portal says so. */
  synthetic: z.boolean(),
  /** Attribution that must be shown wherever the images are shown. */
  attribution: z.string().default(''),
  /** Folder (relative to the dataset) holding image files. */
  imagesDir: z.string().default('images'),
  /** Folder (relative to the dataset) holding DZI pyramids, written by `chexthought tiles`. */
  tilesDir: z.string().default('tiles'),
  /** Fixation detection for dense gaze without given fixations (`ingest --fixations` overrides). */
  fixations: z.enum(['idt', 'ivt']).default('idt'),
  /** Metric thresholds that differ from the defaults (docs/metrics.md#thresholds). */
  metrics: MetricThresholdOverrides.default({}),
});
export type DatasetManifest = z.infer<typeof DatasetManifest>;

export const ImageRecord = z.strictObject({
  id: Id,
  /** Source dataset, e.g. "NIH ChestX-ray14", "REFLACX", "CheXthought-synthetic". */
  dataset: z.string().min(1),
  patientId: Id,
  /** Order of this study among the patient's studies (0 = first). */
  followUp: z.number().int().nonnegative(),
  viewPosition: z.enum(VIEW_POSITIONS),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Millimetres per pixel [x, y] of this image (not of the original DICOM). */
  pixelSpacingMm: z.tuple([z.number().positive(), z.number().positive()]).nullable().default(null),
  patientAge: z.number().int().min(0).max(120).nullable().default(null),
  patientSex: z.enum(SEXES).nullable().default(null),
  /** Labels as the source dataset gives them (e.g. NIH's "Effusion"). */
  sourceLabels: z.array(z.string().min(1)).default([]),
  /** Reference labels mapped to our finding vocabulary. */
  referenceFindings: z.array(FindingLabel).default([]),
  /** Image file, relative to the manifest's imagesDir; null when the pixels are not shipped. */
  file: z.string().min(1).nullable().default(null),
  /**
   * Image whose pixels and tiles this record displays, when it has none of its own (synthetic
   * images at scale borrow a real image's tiles and say so).
   */
  displayImageId: Id.nullable().default(null),
  /** Where the dataset locates findings on this image (REFLACX ellipses, EGD-CXR boxes, the generator's sites). */
  referenceRegions: z.array(z.strictObject({ label: FindingLabel, region: Region })).default([]),
  /** The lung fields, where the dataset outlines them (EGD-CXR's anatomical boxes). */
  lungFields: z.array(Region).nullable().default(null),
  /** The chest's bounding box, where the dataset gives one (REFLACX); lung fields follow a template inside it. */
  chestBox: Box.nullable().default(null),
  synthetic: z.boolean(),
});
export type ImageRecord = z.infer<typeof ImageRecord>;

export const ReaderRecord = z
  .strictObject({
    id: Id,
    country: z.string().refine((c) => c in COUNTRIES, {
      error: (issue) => `unknown country code ${JSON.stringify(issue.input)} (ISO 3166-1 alpha-2 expected)`,
    }),
    /** Optional; when given it must agree with the country. */
    continent: z.enum(Object.keys(CONTINENTS) as [keyof typeof CONTINENTS]).optional(),
    experienceYears: z.number().min(0).max(60),
    role: z.enum(ROLES),
    subspecialty: z.string().min(1).nullable().default(null),
    synthetic: z.boolean(),
  })
  .refine((r) => r.continent === undefined || COUNTRIES[r.country]?.continent === r.continent, {
    error: 'continent does not match country',
    path: ['continent'],
  });
export type ReaderRecord = z.infer<typeof ReaderRecord>;

export const FindingRecord = z.strictObject({
  label: FindingLabel,
  certainty: z.number().int().min(CERTAINTY_MIN).max(CERTAINTY_MAX),
  region: Box.nullable().default(null),
});
export type FindingRecord = z.infer<typeof FindingRecord>;

export interface WordRecord {
  text: string;
  start: number;
  end: number;
}

/**
 * Word timings, checked in one loop like the sample columns (dictated reads carry hundreds of
 * words each): each word is exactly {text, start, end}, text non-empty, 0 ≤ start ≤ end.
 */
const WordList = z.custom<WordRecord[]>().superRefine((value, ctx) => {
  if (!Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: `expected an array of words, got ${typeof value}` });
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const w: unknown = value[i];
    const problem = wordProblem(w);
    if (problem) {
      ctx.addIssue({ code: 'custom', path: [i], message: problem });
      return;
    }
  }
});

const WORD_FIELDS = new Set(['text', 'start', 'end']);

// Checked without copying the word or building arrays: this runs for every spoken word of every read.
function wordProblem(w: unknown): string | null {
  if (typeof w !== 'object' || w === null || Array.isArray(w))
    return `expected a word object, got ${JSON.stringify(w)}`;
  const word = w as Record<string, unknown>;
  for (const key in word)
    if (Object.hasOwn(word, key) && !WORD_FIELDS.has(key))
      return `unknown field(s) ${Object.keys(word)
        .filter((k) => !WORD_FIELDS.has(k))
        .join(', ')} in a word`;
  const { text, start, end } = word;
  if (typeof text !== 'string' || text.length === 0) return 'word text must be a non-empty string';
  const bad = timeProblem('start', start) ?? timeProblem('end', end);
  if (bad) return bad;
  if ((end as number) < (start as number)) return 'word ends before it starts';
  return null;
}

function timeProblem(name: string, v: unknown): string | null {
  return typeof v !== 'number' || !Number.isFinite(v) || v < 0
    ? `word ${name} must be a non-negative number, got ${JSON.stringify(v)}`
    : null;
}

export const ReasoningStep = z
  .strictObject({
    text: z.string().min(1),
    start: Seconds,
    end: Seconds,
    kind: z.enum(STEP_KINDS),
    findings: z.array(FindingLabel).default([]),
    /** Uncertainty markers found in the text, from the HEDGES vocabulary (filterable and faceted). */
    hedges: z
      .array(
        z.enum(HEDGES, {
          error: (issue) => `unknown hedge ${JSON.stringify(issue.input)}; hedges come from the HEDGES vocabulary`,
        }),
      )
      .default([]),
    /** Word-level timestamps, where the reasoning was dictated. */
    words: WordList.default([]),
  })
  .refine((s) => s.end >= s.start, 'step ends before it starts');
export type ReasoningStep = z.infer<typeof ReasoningStep>;

export const ReadRecord = z
  .strictObject({
    id: Id,
    imageId: Id,
    readerId: Id,
    startedAt: z.iso.datetime({ offset: true }),
    durationSec: z
      .number()
      .positive()
      .max(24 * 3600),
    findings: z.array(FindingRecord),
    impression: z.string().default(''),
    clinicalContext: z
      .strictObject({ shown: z.boolean(), text: z.string().nullable().default(null), used: z.boolean() })
      .default({ shown: false, text: null, used: false }),
    strategy: z.enum(STRATEGIES),
    /** "given" by the dataset, or "derived" from the track (docs/dataset-format.md#strategies). */
    strategySource: z.enum(['given', 'derived']),
    reasoning: z.array(ReasoningStep),
    synthetic: z.boolean(),
  })
  .superRefine((r, ctx) => {
    r.reasoning.forEach((s, i) => {
      if (s.end > r.durationSec + 1e-6)
        ctx.addIssue({
          code: 'custom',
          path: ['reasoning', i, 'end'],
          message: `step ends at ${s.end}s, after the read's duration ${r.durationSec}s`,
        });
    });
  });
export type ReadRecord = z.infer<typeof ReadRecord>;

export const Fixation = z
  .strictObject({ start: Seconds, end: Seconds, x: Pixel, y: Pixel })
  .refine((f) => f.end >= f.start, 'fixation ends before it starts');
export type Fixation = z.infer<typeof Fixation>;

/** The part of the image shown at a moment, with zoom and display window. */
export const ViewportEvent = z.strictObject({
  t: Seconds,
  ...corners,
  /** Screen pixels per image pixel. */
  zoom: z.number().positive().nullable().default(null),
  windowWidth: z.number().nullable().default(null),
  windowLevel: z.number().nullable().default(null),
});
export type ViewportEvent = z.infer<typeof ViewportEvent>;

/**
 * One read's attention track. Samples are columnar (t, x, y arrays of equal length) so that a
 * 1,000 Hz track stays compact; x and y are null for blinks / lost samples.
 */
export const TrackRecord = z
  .strictObject({
    readId: Id,
    /** Nominal sampling rate, where the device has one. */
    samplingHz: z.number().positive().nullable().default(null),
    /** Pixels per degree of visual angle, where known (fixation size, heatmap sigma). */
    pixelsPerDegree: z.number().positive().nullable().default(null),
    samples: z.strictObject({
      t: numberColumn({ nonNegative: true, nullable: false }),
      x: numberColumn({ nonNegative: false, nullable: true }),
      y: numberColumn({ nonNegative: false, nullable: true }),
    }),
    /** Fixations as given by the dataset; derived from samples (I-DT) at ingest when absent. */
    fixations: z.array(Fixation).nullable().default(null),
    viewport: z.array(ViewportEvent).default([]),
    synthetic: z.boolean(),
  })
  .superRefine((tr, ctx) => {
    const { t, x, y } = tr.samples;
    // A column that is not an array is already reported by its own check.
    if (!Array.isArray(t) || !Array.isArray(x) || !Array.isArray(y)) return;
    if (x.length !== t.length || y.length !== t.length)
      ctx.addIssue({
        code: 'custom',
        path: ['samples'],
        message: `samples.t, .x and .y differ in length (${t.length}, ${x.length}, ${y.length})`,
      });
    for (let i = 1; i < t.length; i++) {
      if (t[i]! < t[i - 1]!) {
        ctx.addIssue({
          code: 'custom',
          path: ['samples', 't', i],
          message: `sample times go backwards at sample ${i} (${t[i - 1]} then ${t[i]})`,
        });
        break;
      }
    }
  });
export type TrackRecord = z.infer<typeof TrackRecord>;

/** File names of the canonical layout, in the order the ingest reads them. */
export const LAYOUT = {
  manifest: 'dataset.json',
  images: 'images.ndjson',
  readers: 'readers.ndjson',
  reads: 'reads.ndjson',
  tracks: 'tracks.ndjson',
} as const;

/** Turns a zod error into one readable line: "field.path: message; ...". */
export function describeIssues(error: z.ZodError): string {
  return (
    error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? i.path.join('.') : '(record)'}: ${i.message}`)
      .join('; ') + (error.issues.length > 5 ? `; … ${error.issues.length - 5} more` : '')
  );
}
