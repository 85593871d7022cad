/**
 * Writes a complete synthetic dataset in the canonical layout (model.ts LAYOUT): real NIH
 * images first, synthetic ones after, readers, reads and tracks, streamed file by file. Every
 * file is written under a ".partial" name and renamed at the end, and dataset.json comes last,
 * so an interrupted run never leaves a dataset that looks complete.
 */
import { access, constants, copyFile, link, rename, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LAYOUT, type DatasetManifest, type ImageRecord } from '../model.ts';
import { NdjsonWriter } from '../ndjson-writer.ts';
import { ensureDir } from './ensure-dir.ts';
import { loadNihSample, NIH_DATASET, type NihSample } from './nih-sample.ts';
import { GenerateOptionsError, resolveOptions, type GenerateOptions, type ResolvedOptions } from './options.ts';
import { RngStreams } from './prng.ts';
import { AliasTable, allocateReadsPerImage, assignReaders } from './read-plan.ts';
import { generateReaders } from './readers.ts';
import { generateRead, imageSites, withReferenceRegions } from './reads.ts';
import { SYNTHETIC_DATASET, syntheticImages } from './synthetic-images.ts';
import { denseTrack, sparseTrack } from './tracks.ts';

export {
  DEMO_DEFAULTS,
  GenerateOptionsError,
  defaultReaders,
  type GenerateOptions,
  type GenerateProgress,
} from './options.ts';

export interface GenerateSummary {
  out: string;
  realImages: number;
  syntheticImages: number;
  readers: number;
  reads: number;
  denseReads: number;
  samples: number;
  /** Bytes of each file written, by file name. */
  bytes: Record<string, number>;
}

const IMAGES_DIR = 'images';
const PROGRESS_EVERY = 500;

async function prepareOutDir(out: string): Promise<void> {
  try {
    await ensureDir(out);
    await access(out, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GenerateOptionsError(`cannot write to --out ${out} (${code ?? (err as Error).message})`);
  }
}

/**
 * Hard link when possible (same file system, no copy of 25 MB), else a copy that keeps the
 * source's mtime, so `chexthought tiles` still sees existing pyramids as up to date.
 */
async function linkOrCopy(src: string, dst: string): Promise<void> {
  const from = await stat(src);
  const to = await stat(dst).catch(() => null);
  if (to && to.ino === from.ino && to.dev === from.dev) return;
  if (to) await unlink(dst);
  try {
    await link(src, dst);
  } catch {
    await copyFile(src, dst);
    await utimes(dst, from.atime, from.mtime);
  }
}

function manifest(o: ResolvedOptions, sample: NihSample, synthetic: number): DatasetManifest {
  return {
    format: 'chexthought/1',
    fixations: 'idt',
    metrics: {},
    name: `CheXthought synthetic (seed ${o.seed}, ${o.images} images, ${o.reads} reads)`,
    description:
      `Synthetic readers, reads, reasoning traces and attention tracks made by \`chexthought generate --seed ${o.seed}\`. ` +
      `The chest X-rays are real ${NIH_DATASET} images with their real NIH labels; every read, reader and gaze track is synthetic ` +
      `and describes no real radiologist.` +
      (synthetic > 0
        ? ` The ${synthetic} images beyond the real ones are synthetic records (dataset "${SYNTHETIC_DATASET}") that display a real image's pixels.`
        : ''),
    synthetic: true,
    attribution: sample.attribution,
    imagesDir: IMAGES_DIR,
    tilesDir: 'tiles',
  };
}

/**
 * Writes the dataset: the real pixels with their attribution, then images, readers, and reads
 * with their tracks, each to a `.partial` file renamed into place only when all are written;
 * the manifest last, marking a complete dataset.
 */
export async function generateDataset(options: GenerateOptions = {}): Promise<GenerateSummary> {
  const o = resolveOptions(options);
  await prepareOutDir(o.out);
  // The manifest marks a complete dataset: drop an old one before rewriting the files under it.
  await rm(join(o.out, LAYOUT.manifest), { force: true });
  const sample = await loadNihSample(o.sampleDir);
  const g = generation(o, sample);
  const files = [LAYOUT.images, LAYOUT.readers, LAYOUT.reads, LAYOUT.tracks];
  const writers: NdjsonWriter[] = [];
  const open = (name: string) => {
    const w = new NdjsonWriter(partial(o, name));
    writers.push(w);
    return w;
  };
  let samples: number;
  try {
    await copyRealPixels(o, sample, g.real);
    await writeImages(g, open(LAYOUT.images));
    const readers = await writeReaders(g, open(LAYOUT.readers));
    samples = await writeReadsAndTracks(g, readers, open(LAYOUT.reads), open(LAYOUT.tracks));
  } catch (err) {
    for (const w of writers) w.destroy();
    await Promise.all(files.map((f) => rm(partial(o, f), { force: true })));
    throw err;
  }
  const bytes = await publish(o, files, manifest(o, sample, g.syntheticCount));
  return {
    out: o.out,
    realImages: g.real.length,
    syntheticImages: g.syntheticCount,
    readers: o.readers,
    reads: o.reads,
    denseReads: Math.min(o.denseReads, o.reads),
    samples,
    bytes,
  };
}

const partial = (o: ResolvedOptions, name: string) => join(o.out, `${name}.partial`);

/** What every pass of one generation shares: options, random streams, the images and progress. */
interface Generation {
  o: ResolvedOptions;
  streams: RngStreams;
  real: ImageRecord[];
  syntheticCount: number;
  /** Every image, regenerated on each pass (same seed, same records): no pass holds them all. */
  allImages(): Generator<ImageRecord>;
  hasPrior(im: ImageRecord): boolean;
  tick(phase: 'images' | 'readers' | 'reads', force?: boolean): void;
}

function generation(o: ResolvedOptions, sample: NihSample): Generation {
  const streams = new RngStreams(o.seed);
  const real = sample.images.slice(0, Math.min(o.images, sample.images.length));
  const syntheticCount = o.images - real.length;
  const firstFollowUp = new Map<string, number>();
  for (const im of real)
    firstFollowUp.set(im.patientId, Math.min(im.followUp, firstFollowUp.get(im.patientId) ?? Infinity));
  const total = o.images + o.readers + o.reads;
  let done = 0;
  return {
    o,
    streams,
    real,
    syntheticCount,
    *allImages() {
      yield* real;
      yield* syntheticImages(streams, syntheticCount, sample.images);
    },
    hasPrior: (im) => (im.synthetic ? im.followUp > 0 : im.followUp > (firstFollowUp.get(im.patientId) ?? im.followUp)),
    tick(phase, force = false) {
      done++;
      if (o.onProgress && (force || done % PROGRESS_EVERY === 0)) o.onProgress({ phase, done, total });
    },
  };
}

/** The real pixels and their attribution travel together. */
async function copyRealPixels(o: ResolvedOptions, sample: NihSample, real: ImageRecord[]): Promise<void> {
  const imagesDir = join(o.out, IMAGES_DIR);
  await ensureDir(imagesDir);
  for (const im of real) await linkOrCopy(join(sample.dir, 'images', im.file!), join(imagesDir, im.file!));
  await copyFile(sample.readmePath, join(imagesDir, 'ATTRIBUTION.md'));
}

async function writeImages(g: Generation, out: NdjsonWriter): Promise<void> {
  for (const im of g.allImages()) {
    await out.write(withReferenceRegions(g.streams, im));
    g.tick('images');
  }
  await out.close();
}

async function writeReaders(g: Generation, out: NdjsonWriter): Promise<ReturnType<typeof generateReaders>> {
  const readers = generateReaders(g.streams, g.o.readers);
  for (const r of readers) {
    await out.write(r.record);
    g.tick('readers');
  }
  await out.close();
  return readers;
}

/** Each image's reads by readers drawn by activity, each read's track beside it; returns the samples written. */
async function writeReadsAndTracks(
  g: Generation,
  readers: ReturnType<typeof generateReaders>,
  readsOut: NdjsonWriter,
  tracksOut: NdjsonWriter,
): Promise<number> {
  const { o, streams } = g;
  const perImage = allocateReadsPerImage(streams, o.images, o.reads);
  const table = new AliasTable(readers.map((r) => r.traits.activity));
  let samples = 0;
  let readIndex = 0;
  let imageIndex = 0;
  for (const image of g.allImages()) {
    const sites = imageSites(streams, image);
    const chosen = assignReaders(streams.for('assign', image.id), perImage[imageIndex++]!, table, o.readers);
    for (const r of chosen) {
      const reader = readers[r]!;
      const { record, plan } = generateRead({
        streams,
        readId: `${image.id}.${reader.record.id}`,
        image,
        sites,
        hasPrior: g.hasPrior(image),
        reader,
      });
      const track = readIndex < o.denseReads ? denseTrack(streams, plan) : sparseTrack(streams, plan);
      samples += track.samples.t.length;
      await readsOut.write(record);
      await tracksOut.write(track);
      readIndex++;
      g.tick('reads', readIndex === o.reads);
    }
  }
  await readsOut.close();
  await tracksOut.close();
  return samples;
}

/** The files renamed into place, then the manifest; returns each file's size. */
async function publish(o: ResolvedOptions, files: string[], m: DatasetManifest): Promise<Record<string, number>> {
  for (const f of files) await rename(partial(o, f), join(o.out, f));
  const manifestTmp = join(o.out, `${LAYOUT.manifest}.partial`);
  await writeFile(manifestTmp, JSON.stringify(m, null, 2) + '\n');
  await rename(manifestTmp, join(o.out, LAYOUT.manifest));
  const bytes: Record<string, number> = {};
  for (const f of [LAYOUT.manifest, ...files]) bytes[f] = (await stat(join(o.out, f))).size;
  return bytes;
}
