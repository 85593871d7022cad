/** Options of the synthetic dataset generator, their demo defaults and their checks. */
import { MAX_READS_PER_IMAGE, MIN_READS_PER_IMAGE } from './read-plan.ts';

export interface GenerateProgress {
  phase: 'images' | 'readers' | 'reads';
  /** Records written so far, all files together. */
  done: number;
  total: number;
}

export interface GenerateOptions {
  seed?: number;
  images?: number;
  reads?: number;
  out?: string;
  /** Defaults to CheXthought's ratio (501 readers for 103,592 reads), at least 60. */
  readers?: number;
  /** The first K reads get dense 60 Hz gaze with fixations and viewport events. */
  denseReads?: number;
  /** Folder of the real NIH sample (labels.csv, images/, README.md). */
  sampleDir?: string;
  onProgress?: (progress: GenerateProgress) => void;
}

export type ResolvedOptions = Required<Omit<GenerateOptions, 'sampleDir' | 'onProgress'>> &
  Pick<GenerateOptions, 'sampleDir' | 'onProgress'>;

/** The demo: 62 real images, ~4 reads each, a dozen dense tracks for the replay. */
export const DEMO_DEFAULTS = { seed: 42, images: 62, reads: 250, out: '.data/demo', denseReads: 12 } as const;

/** CheXthought: 501 readers for 103,592 reads. */
export function defaultReaders(reads: number): number {
  return Math.min(501, Math.max(60, Math.round((reads * 501) / 103_592)));
}

/** A problem with the options the user gave; the message says which and why. */
export class GenerateOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenerateOptionsError';
  }
}

function integer(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new GenerateOptionsError(
      `--${name} must be a whole number${max === Number.MAX_SAFE_INTEGER ? ` ≥ ${min}` : ` from ${min} to ${max}`} (got ${value})`,
    );
  return value;
}

export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const seed = integer('seed', options.seed ?? DEMO_DEFAULTS.seed, 0);
  const images = integer('images', options.images ?? DEMO_DEFAULTS.images, 1, 10_000_000);
  const reads = integer('reads', options.reads ?? DEMO_DEFAULTS.reads, 1);
  if (reads < MIN_READS_PER_IMAGE * images)
    throw new GenerateOptionsError(
      `--reads ${reads} is smaller than ${MIN_READS_PER_IMAGE} × --images (${MIN_READS_PER_IMAGE * images}): every image is read at least ${MIN_READS_PER_IMAGE} times`,
    );
  if (reads > MAX_READS_PER_IMAGE * images)
    throw new GenerateOptionsError(
      `--reads ${reads} is larger than ${MAX_READS_PER_IMAGE} × --images (${MAX_READS_PER_IMAGE * images}): an image is read at most ${MAX_READS_PER_IMAGE} times`,
    );
  const readers = integer('readers', options.readers ?? defaultReaders(reads), MAX_READS_PER_IMAGE, 1_000_000);
  const denseReads = integer('dense-reads', options.denseReads ?? Math.min(DEMO_DEFAULTS.denseReads, reads), 0, reads);
  const out = options.out ?? DEMO_DEFAULTS.out;
  if (!out) throw new GenerateOptionsError('--out must name a folder');
  return {
    seed,
    images,
    reads,
    out,
    readers,
    denseReads,
    sampleDir: options.sampleDir,
    onProgress: options.onProgress,
  };
}
