/**
 * `chexthought import reflacx|egd-cxr SRC --out DIR`: converts a dataset folder in a real public
 * layout into the canonical layout (docs/importers.md). The source is only read. Every row is
 * converted, dropped as off-image (counted) or rejected into DIR/import-rejects.ndjson; the exit
 * code is 1 when anything was rejected.
 */
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { silentProgress, terminalProgress } from '../../search-index/src/ingest/progress.ts';
import { formatImportTable, LayoutError, type ImportSummary } from '../../search-index/src/layouts/import-report.ts';
import { importReflacx } from '../../search-index/src/layouts/reflacx.ts';
import { importEgdCxr } from '../../search-index/src/layouts/egd-cxr.ts';
import { UserError } from '../user-error.ts';

interface CommonOptions {
  out: string;
  gaze?: boolean;
  experienceYears?: number;
  quiet?: boolean;
}

function years(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 60) throw new InvalidArgumentError('expected years between 0 and 60');
  return n;
}

export function registerImportCommand(program: Command): void {
  const cmd = program
    .command('import')
    .description('Convert a REFLACX or EGD-CXR folder (real public layout) into the canonical dataset layout.');

  cmd
    .command('reflacx')
    .description('Import REFLACX (main_data/metadata_phase_*.csv, main_data/<id>/, gaze_data/<id>/).')
    .argument('<src>', 'REFLACX folder (holding main_data/ and gaze_data/)')
    .requiredOption('--out <dir>', 'folder to write the canonical layout to (outside <src>)')
    .option('--gaze', 'import gaze_data/<id>/gaze.csv (1,000 Hz samples) instead of fixation centroids')
    .option('--experience-years <n>', 'experience of the pseudonymous reader (placeholder otherwise)', years)
    .option('--quiet', 'no progress bars')
    .action(async (src: string, opts: CommonOptions) => {
      await run(() =>
        importReflacx({
          src: resolve(src),
          out: resolve(opts.out),
          gaze: !!opts.gaze,
          experienceYears: opts.experienceYears,
          progress: progress(opts),
        }),
      );
    });

  cmd
    .command('egd-cxr')
    .description(
      'Import EGD-CXR (master_sheet.csv, fixations.csv, eye_gaze.csv, bounding_boxes.csv, audio_segmentation_transcripts/).',
    )
    .argument('<src>', 'EGD-CXR folder (holding master_sheet.csv)')
    .requiredOption('--out <dir>', 'folder to write the canonical layout to (outside <src>)')
    .option('--gaze', 'import eye_gaze.csv (60 Hz samples) instead of fixation centroids')
    .option(
      '--image-sizes <csv>',
      'image sizes: dicom_id,width,height[,view_position], or MIMIC-CXR metadata (Rows, Columns, ViewPosition)',
    )
    .option('--experience-years <n>', 'experience of the pseudonymous reader (placeholder otherwise)', years)
    .option('--quiet', 'no progress bars')
    .action(async (src: string, opts: CommonOptions & { imageSizes?: string }) => {
      await run(() =>
        importEgdCxr({
          src: resolve(src),
          out: resolve(opts.out),
          gaze: !!opts.gaze,
          imageSizes: opts.imageSizes ? resolve(opts.imageSizes) : undefined,
          experienceYears: opts.experienceYears,
          progress: progress(opts),
        }),
      );
    });
}

function progress(opts: { quiet?: boolean }) {
  return opts.quiet ? silentProgress : terminalProgress();
}

async function run(importer: () => Promise<ImportSummary>): Promise<void> {
  let summary: ImportSummary;
  try {
    summary = await importer();
  } catch (err) {
    if (err instanceof LayoutError) throw new UserError(err.message);
    throw err;
  }
  printSummary(summary);
  process.exitCode = summary.ok ? 0 : 1;
}

export function printSummary(s: ImportSummary): void {
  const out = s.ok ? console.log : console.error;
  out(`\nImport of ${s.dataset} into ${s.outDir}:`);
  out(indent(formatImportTable(s.files)));
  const w = s.written;
  out(`  wrote ${w.images} images, ${w.readers} reader(s), ${w.reads} reads, ${w.tracks} tracks`);
  if (s.notes.length) {
    out('  notes:');
    for (const [what, n] of s.notes) out(`    ${String(n).padStart(6)}  ${what}`);
  }
  for (const warning of s.warnings.slice(0, 20)) out(`  warning: ${warning}`);
  if (s.warnings.length > 20) out(`  … ${s.warnings.length - 20} more warnings`);
  if (s.rejected) {
    out(`  ${s.rejected} row(s) rejected; every one is in ${s.rejectsPath}. First ones:`);
    for (const r of s.firstRejects.slice(0, 10))
      out(`    ${r.file}:${r.line}${r.lines ? `–${r.lines[1]}` : ''}${r.id ? ` (${r.id})` : ''}: ${r.reason}`);
  }
  if (s.unaccounted)
    out(`  ${s.unaccounted} row(s) read but neither converted nor rejected — this is a bug; please report it.`);
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}
