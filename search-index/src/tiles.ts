/**
 * Deep-zoom (DZI) pyramids and thumbnails for the images a dataset ships. For every image
 * record with a `file`: `<tilesDir>/<id>.dzi` + `<id>_files/` (254 px tiles, 1 px overlap, the
 * layout OpenSeadragon expects) and `<id>.thumb.jpg` (256 px wide, for result tables).
 *
 * Tiles are PNG, not JPEG q=90: the replay changes window width/level, which stretches grey
 * levels and makes JPEG's 8x8 block artefacts visible exactly where subtle findings live (a
 * pneumothorax line, a small nodule). The sources are 8-bit greyscale PNGs, so lossless
 * single-band tiles cost ~3x JPEG's size (~1.2 MB per 1024² image), which the demo can afford.
 *
 * Crash safety: a pyramid is written under a temporary name and renamed into place, the .dzi
 * last; an image counts as done only when its .dzi exists and is newer than its source, so an
 * interrupted run never leaves a half pyramid that looks complete.
 */
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { parseJsonDocument, readLines } from './ingest/ndjson.ts';
import { parseRecord } from './ingest/validate.ts';
import { ensureDir } from './generate/ensure-dir.ts';
import { DatasetManifest, describeIssues, ImageRecord, LAYOUT } from './model.ts';

export const TILE_SIZE = 254;
export const TILE_OVERLAP = 1;
export const THUMB_WIDTH = 256;
const TMP_PREFIX = '.tmp-';

export class TilesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TilesError';
  }
}

export interface TileProgress {
  done: number;
  total: number;
  imageId: string;
  skipped: boolean;
}

export interface TileOptions {
  /** Redo every pyramid, even those that look up to date. */
  force?: boolean;
  onProgress?: (p: TileProgress) => void;
}

export interface TileSummary {
  tilesDir: string;
  tiled: number;
  skipped: number;
}

/** Deepest DZI level of an image: the level at full resolution. */
export function deepestLevel(width: number, height: number): number {
  return Math.ceil(Math.log2(Math.max(width, height)));
}

async function mtimeMs(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

interface Job {
  id: string;
  source: string;
}

async function readJobs(dir: string, imagesDir: string): Promise<Job[]> {
  const path = join(dir, LAYOUT.images);
  const jobs: Job[] = [];
  try {
    for await (const { line, text } of readLines(path)) {
      const parsed = parseRecord(ImageRecord, text);
      if (!parsed.ok) throw new TilesError(`${path}:${line}: ${parsed.reason}`);
      const { id, file } = parsed.value;
      if (!file) continue;
      const source = resolve(imagesDir, file);
      // A record must not point outside the images folder.
      const inside = relative(imagesDir, source);
      if (inside.startsWith('..') || isAbsolute(inside))
        throw new TilesError(`${path}:${line}: file ${JSON.stringify(file)} is outside ${imagesDir}`);
      jobs.push({ id, source });
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new TilesError(`${path} is missing: is ${dir} a dataset folder?`);
    throw err;
  }
  return jobs;
}

async function tileOne(job: Job, tilesDir: string): Promise<void> {
  const tmp = join(tilesDir, `${TMP_PREFIX}${job.id}-${process.pid}`);
  const finalBase = join(tilesDir, job.id);
  const old = join(tilesDir, `${TMP_PREFIX}old-${job.id}-${process.pid}_files`);
  try {
    // Given a base name without extension, libvips writes <base>.dzi and <base>_files/.
    // toColourspace('b-w') keeps the greyscale sources single-band (smaller tiles than RGB).
    await sharp(job.source)
      .toColourspace('b-w')
      .png()
      .tile({ size: TILE_SIZE, overlap: TILE_OVERLAP, layout: 'dz' })
      .toFile(tmp);
    await rm(join(`${tmp}_files`, 'vips-properties.xml'), { force: true });
    await sharp(job.source)
      .resize({ width: THUMB_WIDTH })
      .toColourspace('b-w')
      .jpeg({ quality: 80 })
      .toFile(`${tmp}.thumb.jpg`);

    // Marker first: from here until the final rename the image does not look done.
    await rm(`${finalBase}.dzi`, { force: true });
    if ((await mtimeMs(`${finalBase}_files`)) !== null) await rename(`${finalBase}_files`, old);
    await rename(`${tmp}_files`, `${finalBase}_files`);
    await rename(`${tmp}.thumb.jpg`, `${finalBase}.thumb.jpg`);
    await rename(`${tmp}.dzi`, `${finalBase}.dzi`);
  } catch (err) {
    await Promise.all([
      rm(`${tmp}.dzi`, { force: true }),
      rm(`${tmp}_files`, { recursive: true, force: true }),
      rm(`${tmp}.thumb.jpg`, { force: true }),
    ]);
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && (await mtimeMs(job.source)) === null)
      throw new TilesError(`image ${job.id}: source file ${job.source} is missing`);
    throw new TilesError(`image ${job.id}: tiling ${job.source} failed: ${(err as Error).message}`);
  } finally {
    await rm(old, { recursive: true, force: true });
  }
}

/** Writes missing or outdated pyramids and thumbnails for a dataset folder. */
export async function tileDataset(dir: string, options: TileOptions = {}): Promise<TileSummary> {
  let manifestText: string;
  try {
    manifestText = await readFile(join(dir, LAYOUT.manifest), 'utf8');
  } catch {
    throw new TilesError(
      `no dataset at ${dir} (${LAYOUT.manifest} is missing); run \`chexthought generate\` first or name a dataset folder`,
    );
  }
  const json = parseJsonDocument(manifestText);
  if (!json.ok) throw new TilesError(`${join(dir, LAYOUT.manifest)}: ${json.reason}`);
  const parsed = DatasetManifest.safeParse(json.value);
  if (!parsed.success) throw new TilesError(`${join(dir, LAYOUT.manifest)}: ${describeIssues(parsed.error)}`);
  const manifest: DatasetManifest = parsed.data;
  const imagesDir = resolve(dir, manifest.imagesDir);
  const tilesDir = resolve(dir, manifest.tilesDir);
  const jobs = await readJobs(dir, imagesDir);
  try {
    await ensureDir(tilesDir);
  } catch (err) {
    throw new TilesError(
      `cannot create ${tilesDir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  // Leftovers of an interrupted run are never mistaken for pyramids; clear them.
  for (const name of await readdir(tilesDir))
    if (name.startsWith(TMP_PREFIX)) await rm(join(tilesDir, name), { recursive: true, force: true });

  let tiled = 0;
  let skipped = 0;
  for (const job of jobs) {
    const source = await mtimeMs(job.source);
    if (source === null) throw new TilesError(`image ${job.id}: source file ${job.source} is missing`);
    const dzi = await mtimeMs(join(tilesDir, `${job.id}.dzi`));
    const thumb = await mtimeMs(join(tilesDir, `${job.id}.thumb.jpg`));
    const upToDate = !options.force && dzi !== null && dzi >= source && thumb !== null;
    if (upToDate) skipped++;
    else {
      await tileOne(job, tilesDir);
      tiled++;
    }
    options.onProgress?.({ done: tiled + skipped, total: jobs.length, imageId: job.id, skipped: upToDate });
  }
  return { tilesDir, tiled, skipped };
}
