/**
 * The dataset folder on disk: its paths in the canonical layout, the manifest, and the files
 * held in memory by id (images and readers, needed to denormalise every read).
 */
import type { z } from 'zod';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetManifest, LAYOUT, describeIssues } from '../model.ts';
import { parseJsonDocument, readLines } from './ndjson.ts';
import type { ProgressReporter } from './progress.ts';
import type { Reconciliation } from './reconcile.ts';
import { parseRecord } from './validate.ts';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

export type DatasetPaths = ReturnType<typeof datasetPaths>;

export function datasetPaths(dir: string) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DatasetError(`dataset folder ${dir} does not exist`);
  const paths = {
    manifest: join(dir, LAYOUT.manifest),
    images: join(dir, LAYOUT.images),
    readers: join(dir, LAYOUT.readers),
    reads: join(dir, LAYOUT.reads),
    tracks: join(dir, LAYOUT.tracks),
  };
  const missing = Object.values(paths).filter((p) => !existsSync(p));
  if (missing.length)
    throw new DatasetError(
      `${dir} is not a dataset in the canonical layout: missing ${missing.join(', ')} (see docs/dataset-format.md)`,
    );
  return paths;
}

export function loadManifest(path: string): DatasetManifest {
  const json = parseJsonDocument(readFileSync(path, 'utf8'));
  if (!json.ok) throw new DatasetError(`${path}: ${json.reason}`);
  const parsed = DatasetManifest.safeParse(json.value);
  if (!parsed.success) throw new DatasetError(`${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** A file's valid records by id, and the line each came from. */
export interface LoadedById<T> {
  records: Map<string, T>;
  lines: Map<string, number>;
}

/** Validates a file of records with ids; invalid and duplicate rows go to the rejects. */
export async function loadById<T extends { id: string }>(
  path: string,
  file: string,
  schema: z.ZodType<T>,
  rec: Reconciliation,
  progress: ProgressReporter,
): Promise<LoadedById<T>> {
  const records = new Map<string, T>();
  const lines = new Map<string, number>();
  progress.start(`validating ${file.replace('.ndjson', '')}`, fileSize(path));
  for await (const { line, text, bytes } of readLines(path)) {
    rec.read(file);
    const r = parseRecord(schema, text);
    if (!r.ok) rec.reject({ file, line, reason: r.reason, id: r.id });
    else if (records.has(r.value.id))
      rec.reject({
        file,
        line,
        id: r.value.id,
        reason: `duplicate id ${r.value.id} (first at line ${lines.get(r.value.id)})`,
      });
    else {
      records.set(r.value.id, r.value);
      lines.set(r.value.id, line);
    }
    if ((line & 1023) === 0) progress.update(bytes, records.size);
  }
  progress.stop();
  return { records, lines };
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
