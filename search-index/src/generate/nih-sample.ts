/**
 * The real images the demo ships: the NIH ChestX-ray14 sample folder (PNGs, labels.csv and
 * the README whose attribution must travel with them), turned into image records.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageRecord } from '../model.ts';
import { pngPixelSpacing, readNihLabels } from '../nih-labels.ts';

export const NIH_SAMPLE_DIR = fileURLToPath(new URL('../../demo/nih-cxr14-sample/', import.meta.url));
export const NIH_DATASET = 'NIH ChestX-ray14';

/** Shown if the README's wording cannot be found; the same facts, same order. */
const FALLBACK_ATTRIBUTION =
  'Images and labels: NIH ChestX-ray14, data provided by the NIH Clinical Center (https://nihcc.app.box.com/v/ChestXray-NIHCC). ' +
  'Citation: Wang X, Peng Y, Lu L, Lu Z, Bagheri M, Summers RM. ChestX-ray8: Hospital-scale Chest X-ray Database and Benchmarks on ' +
  'Weakly-Supervised Classification and Localization of Common Thorax Diseases. IEEE CVPR 2017, pp. 3462-3471.';

export interface NihSample {
  dir: string;
  /** Real image records, sorted by id (patient 13's studies adjacent, in follow-up order). */
  images: ImageRecord[];
  /** The sample's README, copied next to the images as ATTRIBUTION.md. */
  readmePath: string;
  /** One paragraph for the manifest: acknowledgement, link and citation. */
  attribution: string;
}

export class NihSampleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NihSampleError';
  }
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23), without decoding the image. */
async function pngSize(path: string): Promise<[number, number]> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(24);
    await fh.read(buf, 0, 24, 0);
    if (buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('latin1', 12, 16) !== 'IHDR')
      throw new NihSampleError(`${path} is not a PNG file`);
    return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
  } finally {
    await fh.close();
  }
}

function attributionFrom(readme: string): string {
  const line = (label: string) => readme.match(new RegExp(`\\*\\*${label}:\\*\\*\\s*(.+)`))?.[1]?.trim();
  const ack = line('Acknowledgement');
  const cite = line('Citation');
  if (!ack || !cite) return FALLBACK_ATTRIBUTION;
  return `Images and labels: NIH ChestX-ray14. Acknowledgement: ${ack} Citation: ${cite}`;
}

export async function loadNihSample(dir = NIH_SAMPLE_DIR): Promise<NihSample> {
  const readmePath = join(dir, 'README.md');
  let readme: string;
  try {
    readme = await readFile(readmePath, 'utf8');
  } catch {
    throw new NihSampleError(
      `the NIH sample's README (with the attribution that must travel with the images) is missing: ${readmePath}`,
    );
  }
  const rows = await readNihLabels(join(dir, 'labels.csv'));
  const images: ImageRecord[] = [];
  for (const row of rows) {
    const file = join(dir, 'images', row.imageIndex);
    try {
      await stat(file);
    } catch {
      throw new NihSampleError(
        `labels.csv line ${row.line} names ${row.imageIndex}, which is not in ${join(dir, 'images')}`,
      );
    }
    const [width, height] = await pngSize(file);
    images.push({
      id: row.imageId,
      dataset: NIH_DATASET,
      patientId: row.patientId,
      followUp: row.followUp,
      viewPosition: row.viewPosition,
      width,
      height,
      pixelSpacingMm: pngPixelSpacing(row, width, height),
      patientAge: row.age,
      patientSex: row.sex,
      sourceLabels: row.sourceLabels,
      referenceFindings: row.findings,
      file: row.imageIndex,
      displayImageId: null,
      referenceRegions: [],
      lungFields: null,
      chestBox: null,
      synthetic: false,
    });
  }
  images.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dir, images, readmePath, attribution: attributionFrom(readme) };
}
