/** `chexthought ingest [DIR]`: index a dataset folder (canonical layout) with reconciliation. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { createClient, elasticsearchUrl, engineAnswers } from '../../search-index/src/engine.ts';
import { DatasetError, datasetPaths, ingestDataset, type IngestReport } from '../../search-index/src/ingest/index.ts';
import { readIndexMeta } from '../../search-index/src/ingest/aliases.ts';
import { BulkBusyError } from '../../search-index/src/ingest/bulk-retry.ts';
import { searchAnalysisCurrent } from '../../search-index/src/text/analysis.ts';
import { datasetContentHash } from '../../search-index/src/ingest/content-hash.ts';
import { indexPrefix } from '../../search-index/src/indices/names.ts';
import { formatCounts } from '../../search-index/src/ingest/reconcile.ts';
import { silentProgress, terminalProgress } from '../../search-index/src/ingest/progress.ts';
import { UserError } from '../user-error.ts';
import { DEMO_DIR } from '../paths.ts';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Index a dataset folder (canonical layout) into fresh indices and swap the aliases atomically.')
    .argument('[dir]', 'dataset folder', DEMO_DIR)
    .option('--rejects <file>', 'where rejected rows are written (file, line, reason)', 'ingest-rejects.ndjson')
    .option('--prefix <prefix>', 'index/alias prefix (default: CHEXTHOUGHT_INDEX_PREFIX or "chexthought")')
    .option('--if-changed', 'do nothing when the aliases already serve exactly these files (same content hash)')
    .option('--quiet', 'no progress bars')
    .addOption(
      new Option(
        '--fixations <method>',
        "fixation detection for dense tracks without given fixations (default: dataset.json's `fixations`, else idt)",
      ).choices(['idt', 'ivt']),
    )
    .action(async (dir: string, opts: IngestCommandOptions) => {
      const report = await runIngest(dir, opts);
      process.exitCode = !report || report.ok ? 0 : 1;
    });
}

interface IngestCommandOptions {
  rejects?: string;
  prefix?: string;
  ifChanged?: boolean;
  quiet?: boolean;
  fixations?: 'idt' | 'ivt';
}

/** The ingest report, or null when `ifChanged` found the dataset already indexed. */
export async function runIngest(dir: string, opts: IngestCommandOptions = {}): Promise<IngestReport | null> {
  const client = createClient({ requestTimeoutMs: 120_000 });
  const url = elasticsearchUrl();
  if (!(await engineAnswers(client))) {
    await client.close();
    throw new UserError(
      `Elasticsearch does not answer at ${url}; run \`npx chexthought elasticsearch start\` or set ELASTICSEARCH_URL`,
    );
  }
  const prefix = opts.prefix ?? indexPrefix();
  const rejectsPath = resolve(opts.rejects ?? 'ingest-rejects.ndjson');
  let report: IngestReport;
  try {
    datasetPaths(resolve(dir)); // a missing folder or file is named before anything is hashed
    const contentHash = await datasetContentHash(resolve(dir));
    if (opts.ifChanged) {
      const meta = await readIndexMeta(client, prefix);
      // Same files, and indexed with today's search analysis (an older index lacks the lexicon).
      if (meta?.contentHash === contentHash && searchAnalysisCurrent(meta.search)) {
        console.log(
          `"${meta.dataset.name}" is already indexed under prefix ${prefix} (indexed ${meta.indexedAt}); nothing to do.`,
        );
        return null;
      }
    }
    report = await ingestDataset({
      contentHash,
      dir: resolve(dir),
      client,
      prefix,
      rejectsPath,
      fixations: opts.fixations,
      progress: opts.quiet ? silentProgress : terminalProgress(),
    });
  } catch (err) {
    // Messages for the person at the terminal: a bad dataset, or a cluster too busy to take it.
    if (err instanceof DatasetError || err instanceof BulkBusyError) throw new UserError(err.message);
    throw err;
  } finally {
    await client.close();
  }
  printReport(report, url);
  return report;
}

function printReport(r: IngestReport, url: string): void {
  const out = r.ok ? console.log : console.error;
  out(`\nIngest of "${r.manifest.name}" into ${url} (prefix ${r.prefix}):`);
  out(r.files.length ? indent(formatCounts(r.files)) : '  (no files)');
  out(
    `  ${r.documents} documents in ${r.seconds.toFixed(1)} s (${Math.round(r.documents / r.seconds)} docs/s); aliases now point at ${Object.values(r.indices).join(', ')}`,
  );
  out(
    `  phases: ${Object.entries(r.phases)
      .map(([k, v]) => `${k} ${v} s`)
      .join(', ')}`,
  );
  if (r.retired.length) out(`  retired: ${r.retired.join(', ')}`);
  if (r.orphansRemoved.length)
    out(`  removed half-built indices of an interrupted ingest: ${r.orphansRemoved.join(', ')}`);
  if (r.retiredKept.length)
    out(`  kept while cursors still read them (the next ingest deletes them): ${r.retiredKept.join(', ')}`);
  if (r.replicas) out(`  replicas: ${r.replicas}`);
  if (r.rejected) {
    out(`  ${r.rejected} row(s) rejected; every one is in ${r.rejectsPath}. First ones:`);
    for (const j of r.firstRejects.slice(0, 10)) out(`    ${j.file}:${j.line}${j.id ? ` (${j.id})` : ''}: ${j.reason}`);
  }
  if (r.unaccounted)
    out(`  ${r.unaccounted} row(s) read but neither indexed nor rejected — this is a bug; please report it.`);
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}
