/**
 * `npm run bench:metrics -- --dataset DIR [--repeat R] [--only STAGE,…]`
 *
 * CPU microbenchmark of the ingest's gaze metrics on a real dataset folder (e.g. one written by
 * `chexthought generate --seed 1 --images 5000 --reads 10000`), without Elasticsearch: the
 * tracks' fixations are detected and every image's inputs built as the ingest builds them, then
 * each stage below runs over the whole dataset R times (default 7). Prints, per stage, the first,
 * the median and the fastest of the repeats' CPU time (this process, its compiler and GC threads
 * included) and the median wall time, and the load average. The first repeat is what a one-pass
 * ingest pays: the code is still being optimised (and re-optimised after each deoptimisation), so
 * it costs about twice the median — cold only for the run's first stage (later stages share
 * warmed functions), so time a stage alone with --only for that figure.
 *
 * Stages: fixation detection (every track), lung coverage (every read), the per-read gaze metrics
 * (coverage included), MultiMatch and AOI Levenshtein over every pair of an image's reads, and
 * the ingest worker's whole per-image job (computeImageMetrics: all of the above but fixation
 * detection, plus per-finding gaze, presence, consensus regions and the JSON it stores).
 *
 * Each stage also prints a digest of what it computed (unrounded values where the stage returns
 * them, as their IEEE-754 bytes): two versions of the code that print the same digests gave
 * bit-identical results on this dataset.
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  computeImageMetrics,
  pack,
  type ImageJob,
  type ReadInput,
  type TrackInput,
} from '../../search-index/src/ingest/gaze-image.ts';
import { readInput } from '../../search-index/src/ingest/gaze.ts';
import { readLines } from '../../search-index/src/ingest/ndjson.ts';
import { aoiString, levenshtein } from '../../search-index/src/metrics/aoi-levenshtein.ts';
import type { LungFields, MetricThresholds } from '../../search-index/src/metrics/contract.ts';
import { lungCoverage } from '../../search-index/src/metrics/coverage.ts';
import { DEFAULT_PIXELS_PER_DEGREE, detectFixations } from '../../search-index/src/metrics/fixations.ts';
import { readGazeMetrics } from '../../search-index/src/metrics/gaze-metrics.ts';
import { lungFieldsFor } from '../../search-index/src/metrics/lung-fields.ts';
import { compareSaccadePaths, saccadePath } from '../../search-index/src/metrics/multimatch.ts';
import { resolveThresholds } from '../../search-index/src/metrics/thresholds.ts';
import {
  DatasetManifest,
  ImageRecord,
  LAYOUT,
  ReadRecord,
  TrackRecord,
  type Fixation,
} from '../../search-index/src/model.ts';
import { percentile } from './stats.ts';

const STAGES = ['fixations', 'coverage', 'gaze', 'multimatch', 'aoi', 'image'] as const;
type Stage = (typeof STAGES)[number];
/** Fixations as bytes for the digest (reused: the stage times detection, not the digest). */
let digestBuffer = new Float64Array(1024);

const { values } = parseArgs({
  options: {
    dataset: { type: 'string' },
    repeat: { type: 'string', default: '7' },
    only: { type: 'string' },
  },
});
if (!values.dataset) throw new Error('--dataset DIR is required (a dataset folder in the canonical layout)');
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat must be a whole number ≥ 1');
const only = values.only ? values.only.split(',') : [...STAGES];
for (const s of only) if (!(STAGES as readonly string[]).includes(s)) throw new Error(`unknown stage ${s}`);

interface ImageCase {
  image: ImageRecord;
  lungFields: LungFields;
  reads: Array<{
    input: ReadInput;
    track: TrackRecord | null;
    fixations: Fixation[] | null;
    /** The fixations as the worker gets them (packed once, outside the timing). */
    packed: Float64Array | null;
    ppd: number;
  }>;
}

const dir = values.dataset;
const manifest = DatasetManifest.parse(JSON.parse(readFileSync(join(dir, LAYOUT.manifest), 'utf8')));
const thresholds = resolveThresholds(manifest.metrics);
const cases = await loadCases(dir, thresholds);
const reads = cases.reduce((n, c) => n + c.reads.length, 0);
const fixations = cases.reduce((n, c) => n + c.reads.reduce((m, r) => m + (r.fixations?.length ?? 0), 0), 0);
console.log(
  `${cases.length} images, ${reads} reads, ${(fixations / reads).toFixed(1)} fixations a read; ` +
    `${repeat} repeats a stage; load ${loadavg()[0]!.toFixed(2)}`,
);

const run: Record<Stage, (digest: Hash) => void> = {
  fixations: (d) => {
    for (const c of cases)
      for (const r of c.reads)
        if (r.track) digestFixations(d, detectFixations(r.track, manifest.fixations, thresholds).fixations);
  },
  coverage: (d) => {
    const out = new Float64Array(1);
    for (const c of cases)
      for (const r of c.reads) {
        if (!r.fixations) continue;
        out[0] = lungCoverage(c.lungFields.regions, r.fixations, thresholds.usefulFieldOfViewDeg * r.ppd) ?? NaN;
        d.update(new Uint8Array(out.buffer));
      }
  },
  gaze: (d) => {
    for (const c of cases)
      for (const r of c.reads) if (r.fixations) d.update(JSON.stringify(readGazeMetrics(gazeInput(c, r))));
  },
  multimatch: (d) => {
    const out = new Float64Array(5);
    for (const c of cases) {
      const paths = c.reads.filter((r) => r.fixations).map((r) => saccadePath(r.fixations!));
      for (let i = 0; i < paths.length; i++)
        for (let j = i + 1; j < paths.length; j++) {
          const mm = compareSaccadePaths(paths[i]!, paths[j]!, c.image);
          out[0] = mm?.vector ?? NaN;
          out[1] = mm?.direction ?? NaN;
          out[2] = mm?.length ?? NaN;
          out[3] = mm?.position ?? NaN;
          out[4] = mm?.duration ?? NaN;
          d.update(new Uint8Array(out.buffer));
        }
    }
  },
  aoi: (d) => {
    const out = new Int32Array(1);
    for (const c of cases) {
      const strings = c.reads
        .filter((r) => r.fixations)
        .map((r) => aoiString(r.fixations!, c.image.width, c.image.height));
      for (let i = 0; i < strings.length; i++)
        for (let j = i + 1; j < strings.length; j++) {
          out[0] = levenshtein(strings[i]!, strings[j]!);
          d.update(new Uint8Array(out.buffer));
        }
    }
  },
  image: (d) => {
    for (const c of cases) d.update(JSON.stringify(computeImageMetrics(imageJob(c))));
  },
};

console.log(
  `\n${'stage'.padEnd(12)} ${'CPU first'.padStart(11)} ${'CPU median'.padStart(11)} ${'CPU min'.padStart(9)} ${'wall median'.padStart(12)}  digest`,
);
for (const stage of only as Stage[]) {
  const cpu: number[] = [];
  const wall: number[] = [];
  let digest = '';
  for (let k = 0; k < repeat; k++) {
    (globalThis as { gc?: () => void }).gc?.();
    const d = createHash('sha256');
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    run[stage](d);
    wall.push(performance.now() - w0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    const hex = d.digest('hex').slice(0, 16);
    if (digest && hex !== digest) throw new Error(`${stage}: repeats disagree (${digest} vs ${hex})`);
    digest = hex;
  }
  const ms = (xs: number[], p: number) =>
    `${percentile(
      [...xs].sort((a, b) => a - b),
      p,
    ).toFixed(1)} ms`;
  console.log(
    `${stage.padEnd(12)} ${`${cpu[0]!.toFixed(1)} ms`.padStart(11)} ${ms(cpu, 50).padStart(11)} ${ms(cpu, 0).padStart(9)} ${ms(wall, 50).padStart(12)}  ${digest}`,
  );
}
console.log(
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

/** Images, their reads and tracks, fixations detected once, grouped as the ingest's worker gets them. */
async function loadCases(dir: string, thresholds: MetricThresholds): Promise<ImageCase[]> {
  const byImage = new Map<string, ImageCase>();
  for await (const { text } of readLines(join(dir, LAYOUT.images))) {
    const image = ImageRecord.parse(JSON.parse(text));
    const lungFields = lungFieldsFor(image, { anatomy: image.lungFields, chestBox: image.chestBox });
    byImage.set(image.id, { image, lungFields, reads: [] });
  }
  const byRead = new Map<string, ImageCase['reads'][number]>();
  for await (const { text } of readLines(join(dir, LAYOUT.reads))) {
    const read = ReadRecord.parse(JSON.parse(text));
    const input = readInput(read);
    const entry: ImageCase['reads'][number] = {
      input,
      track: null,
      fixations: null,
      packed: null,
      ppd: DEFAULT_PIXELS_PER_DEGREE,
    };
    byImage.get(read.imageId)!.reads.push(entry);
    byRead.set(read.id, entry);
  }
  for await (const { text } of readLines(join(dir, LAYOUT.tracks))) {
    const track = TrackRecord.parse(JSON.parse(text));
    const entry = byRead.get(track.readId)!;
    entry.track = track;
    entry.fixations = detectFixations(track, manifest.fixations, thresholds).fixations;
    entry.packed = pack(entry.fixations);
    entry.ppd = track.pixelsPerDegree ?? DEFAULT_PIXELS_PER_DEGREE;
  }
  return [...byImage.values()];
}

function gazeInput(c: ImageCase, r: ImageCase['reads'][number]) {
  return {
    readId: r.input.readId,
    durationSec: r.input.durationSec,
    image: c.image,
    pixelsPerDegree: r.ppd,
    fixations: r.fixations!,
    lungFields: c.lungFields,
    firstStepStartSec: r.input.firstStepStartSec,
    findings: [],
    presentFindings: [],
    referenceRegions: new Map(),
    firstMentionSec: r.input.firstMentionSec,
    thresholds,
  };
}

function imageJob(c: ImageCase): ImageJob {
  const tracks = new Map<string, TrackInput>();
  for (const r of c.reads) if (r.packed) tracks.set(r.input.readId, { packed: r.packed, pixelsPerDegree: r.ppd });
  return { image: c.image, reads: c.reads.map((r) => r.input), tracks, thresholds, metrics: true };
}

/** Start, end, x, y of every fixation, as bytes. */
function digestFixations(d: Hash, list: readonly Fixation[]): void {
  if (digestBuffer.length < list.length * 4) digestBuffer = new Float64Array(list.length * 8);
  list.forEach((f, i) => {
    digestBuffer[i * 4] = f.start;
    digestBuffer[i * 4 + 1] = f.end;
    digestBuffer[i * 4 + 2] = f.x;
    digestBuffer[i * 4 + 3] = f.y;
  });
  d.update(new Uint8Array(digestBuffer.buffer, 0, list.length * 32));
}
