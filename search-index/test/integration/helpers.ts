/** Shared set-up of the integration tests: a real Elasticsearch and generated datasets. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createClient, elasticsearchUrl, engineAnswers } from '../../src/engine.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const CLI = join(REPO_ROOT, 'scripts/chexthought.mjs');
const run = promisify(execFile);

/** A client on the node the test command started (ELASTICSEARCH_URL), failing loudly if none. */
export async function testClient() {
  const client = createClient({ requestTimeoutMs: 60_000 });
  if (!(await engineAnswers(client))) {
    throw new Error(`integration tests need Elasticsearch at ${elasticsearchUrl()}: run them with \`npm test\``);
  }
  return client;
}

export function uniquePrefix(name: string): string {
  return `test-${name}-${process.pid}-${Math.floor(Math.random() * 1e6)}`;
}

export async function generateDataset(args: { seed: number; images: number; reads: number }): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'cxt-dataset-'));
  await run(
    process.execPath,
    [
      CLI,
      'generate',
      '--seed',
      String(args.seed),
      '--images',
      String(args.images),
      '--reads',
      String(args.reads),
      '--out',
      out,
    ],
    {
      cwd: REPO_ROOT,
      maxBuffer: 1 << 24,
    },
  );
  return out;
}

/** Runs the CLI and returns its exit code and output (never throws on a non-zero exit). */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const r = await run(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

export function ndjsonLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}
