/**
 * The output side of an import, the same for every importer: the canonical layout's files (each
 * record validated against the model before it is written), the rejects file beside them, the
 * single pseudonymous reader, the manifest, and the summary the import returns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import {
  DatasetManifest,
  ImageRecord,
  LAYOUT,
  ReadRecord,
  ReaderRecord,
  TrackRecord,
  describeIssues,
} from '../model.ts';
import type { ProgressReporter } from '../ingest/progress.ts';
import { NdjsonWriter } from '../ndjson-writer.ts';
import { ImportReport, LayoutError, REJECTS_FILE, type ImportSummary } from './import-report.ts';
import { PLACEHOLDER } from './imported-read.ts';

const SCHEMAS = { images: ImageRecord, readers: ReaderRecord, reads: ReadRecord, tracks: TrackRecord } as const;
type Kind = keyof typeof SCHEMAS;
const KINDS = Object.keys(SCHEMAS) as Kind[];

/** Writes the canonical layout; every record is validated first and written as parsed. */
export class CanonicalWriter {
  private readonly out: Record<Kind, NdjsonWriter>;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const open = (k: Kind) => new NdjsonWriter(join(dir, LAYOUT[k]));
    this.out = { images: open('images'), readers: open('readers'), reads: open('reads'), tracks: open('tracks') };
  }

  /** Records written so far, per file. */
  get counts(): Record<Kind, number> {
    return {
      images: this.out.images.count,
      readers: this.out.readers.count,
      reads: this.out.reads.count,
      tracks: this.out.tracks.count,
    };
  }

  /** The record as the schema parses it, or the reason it does not. */
  check<K extends Kind>(
    kind: K,
    record: unknown,
  ): { ok: true; value: z.infer<(typeof SCHEMAS)[K]> } | { ok: false; reason: string } {
    const parsed = SCHEMAS[kind].safeParse(record);
    return parsed.success
      ? { ok: true, value: parsed.data as z.infer<(typeof SCHEMAS)[K]> }
      : { ok: false, reason: describeIssues(parsed.error) };
  }

  /** Writes an already checked record, waiting for the file when its buffer is full. */
  write(kind: Kind, value: unknown): Promise<void> {
    return this.out[kind].write(value);
  }

  manifest(m: z.input<typeof DatasetManifest>): void {
    writeFileSync(join(this.dir, LAYOUT.manifest), JSON.stringify(DatasetManifest.parse(m), null, 2) + '\n');
  }

  close(): Promise<void> {
    return closeAll(KINDS.map((k) => this.out[k].close()));
  }
}

/** Every close runs to its end; the first failure is reported. */
async function closeAll(closing: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(closing)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Where an import writes: the canonical layout and the rejects file, in the output folder. */
export interface ImportTarget {
  writer: CanonicalWriter;
  report: ImportReport;
}

/** Opens the output folder (never the source or inside it: importers never modify the source). */
export function openImport(src: string, out: string): ImportTarget {
  assertOutsideSource(src, out);
  return { writer: new CanonicalWriter(out), report: new ImportReport(join(out, REJECTS_FILE)) };
}

function assertOutsideSource(src: string, out: string): void {
  const rel = relative(resolve(src), resolve(out));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
    throw new LayoutError(
      `--out ${out} is inside the source folder ${src}; write the canonical layout elsewhere (the source is never modified)`,
    );
}

/** Runs `importOne` on each item in turn (the reads, one at a time), with a progress bar. */
export async function eachWithProgress<T>(
  progress: ProgressReporter | undefined,
  label: string,
  items: readonly T[],
  importOne: (item: T) => Promise<void>,
): Promise<void> {
  progress?.start(label, items.length);
  let done = 0;
  for (const item of items) {
    await importOne(item);
    progress?.update(++done, done);
  }
  progress?.stop();
}

/** What an imported dataset says about itself. */
export interface ImportedDataset {
  /** The dataset's name in image records and the summary (REFLACX, EGD-CXR). */
  dataset: string;
  readerId: string;
  experienceYears?: number | undefined;
  /** The manifest's name, description and attribution. */
  manifest: { name: string; description: string; attribution: string };
}

/** Writes the reader and the manifest, closes every file, and sums up. */
export async function finishImport(target: ImportTarget, d: ImportedDataset): Promise<ImportSummary> {
  const { writer, report } = target;
  await writeReader(writer, d.readerId, d.experienceYears);
  writer.manifest({ format: 'chexthought/1', ...d.manifest, synthetic: false });
  await closeAll([report.close(), writer.close()]);
  const unaccounted = report.unaccounted;
  return {
    dataset: d.dataset,
    outDir: writer.dir,
    rejectsPath: report.rejectsPath,
    files: report.files,
    written: writer.counts,
    rejected: report.rejectedTotal,
    unaccounted,
    warnings: report.warnings,
    notes: [...report.notes],
    firstRejects: report.firstRejects,
    ok: report.rejectedTotal === 0 && unaccounted === 0,
  };
}

/** The single pseudonymous reader of an imported dataset (country US, attending). */
async function writeReader(writer: CanonicalWriter, id: string, experienceYears?: number): Promise<void> {
  const reader = {
    id,
    country: 'US',
    continent: 'NA',
    experienceYears: experienceYears ?? PLACEHOLDER.experienceYears,
    role: 'attending',
    synthetic: false,
  };
  const c = writer.check('readers', reader);
  if (!c.ok) throw new LayoutError(`reader: ${c.reason}`);
  await writer.write('readers', c.value);
}
