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

export async function generateDataset(options: GenerateOptions = {}): Promise<GenerateSummary> {
  const o = resolveOptions(options);
  await prepareOutDir(o.out);
  // The manifest marks a complete dataset: drop an old one before rewriting the files under it.
  await rm(join(o.out, LAYOUT.manifest), { force: true });
  const sample = await loadNihSample(o.sampleDir);
  const streams = new RngStreams(o.seed);

  const real = sample.images.slice(0, Math.min(o.images, sample.images.length));
  const syntheticCount = o.images - real.length;
  const firstFollowUp = new Map<string, number>();
  for (const im of real)
    firstFollowUp.set(im.patientId, Math.min(im.followUp, firstFollowUp.get(im.patientId) ?? Infinity));
  // Regenerated on each pass (same seed, same records), so no pass holds all images in memory.
  function* allImages(): Generator<ImageRecord> {
    yield* real;
    yield* syntheticImages(streams, syntheticCount, sample.images);
  }
  const hasPrior = (im: ImageRecord) =>
    im.synthetic ? im.followUp > 0 : im.followUp > (firstFollowUp.get(im.patientId) ?? im.followUp);

  const total = o.images + o.readers + o.reads;
  let done = 0;
  const tick = (phase: 'images' | 'readers' | 'reads', force = false) => {
    done++;
    if (o.onProgress && (force || done % PROGRESS_EVERY === 0)) o.onProgress({ phase, done, total });
  };

  const files = [LAYOUT.images, LAYOUT.readers, LAYOUT.reads, LAYOUT.tracks];
  const partial = (name: string) => join(o.out, `${name}.partial`);
  const writers: NdjsonWriter[] = [];
  let samples = 0;
  try {
    // The real pixels and their attribution travel together.
    const imagesDir = join(o.out, IMAGES_DIR);
    await ensureDir(imagesDir);
    for (const im of real) await linkOrCopy(join(sample.dir, 'images', im.file!), join(imagesDir, im.file!));
    await copyFile(sample.readmePath, join(imagesDir, 'ATTRIBUTION.md'));

    const images = new NdjsonWriter(partial(LAYOUT.images));
    writers.push(images);
    for (const im of allImages()) {
      await images.write(withReferenceRegions(streams, im));
      tick('images');
    }
    await images.close();

    const readers = generateReaders(streams, o.readers);
    const readersOut = new NdjsonWriter(partial(LAYOUT.readers));
    writers.push(readersOut);
    for (const r of readers) {
      await readersOut.write(r.record);
      tick('readers');
    }
    await readersOut.close();

    const perImage = allocateReadsPerImage(streams, o.images, o.reads);
    const table = new AliasTable(readers.map((r) => r.traits.activity));
    const readsOut = new NdjsonWriter(partial(LAYOUT.reads));
    const tracksOut = new NdjsonWriter(partial(LAYOUT.tracks));
    writers.push(readsOut, tracksOut);
    let readIndex = 0;
    let imageIndex = 0;
    for (const image of allImages()) {
      const sites = imageSites(streams, image);
      const chosen = assignReaders(streams.for('assign', image.id), perImage[imageIndex++]!, table, o.readers);
      for (const r of chosen) {
        const reader = readers[r]!;
        const { record, plan } = generateRead({
          streams,
          readId: `${image.id}.${reader.record.id}`,
          image,
          sites,
          hasPrior: hasPrior(image),
          reader,
        });
        const track = readIndex < o.denseReads ? denseTrack(streams, plan) : sparseTrack(streams, plan);
        samples += track.samples.t.length;
        await readsOut.write(record);
        await tracksOut.write(track);
        readIndex++;
        tick('reads', readIndex === o.reads);
      }
    }
    await readsOut.close();
    await tracksOut.close();
  } catch (err) {
    for (const w of writers) w.destroy();
    await Promise.all(files.map((f) => rm(partial(f), { force: true })));
    throw err;
  }

  for (const f of files) await rename(partial(f), join(o.out, f));
  const manifestTmp = join(o.out, `${LAYOUT.manifest}.partial`);
  await writeFile(manifestTmp, JSON.stringify(manifest(o, sample, syntheticCount), null, 2) + '\n');
  await rename(manifestTmp, join(o.out, LAYOUT.manifest));

  const bytes: Record<string, number> = {};
  for (const f of [LAYOUT.manifest, ...files]) bytes[f] = (await stat(join(o.out, f))).size;
  return {
    out: o.out,
    realImages: real.length,
    syntheticImages: syntheticCount,
    readers: o.readers,
    reads: o.reads,
    denseReads: Math.min(o.denseReads, o.reads),
    samples,
    bytes,
  };
}
