/**
 * What the chaos scenarios share: a dataset with known bad rows, the API as a child process
 * (so its memory can be read and it can be killed like a deployment's), and counts from files.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LAYOUT } from '../../search-index/src/model.ts';
import { CLI_ENTRY, freePort, startService, stopChild, waitForUrl } from '../children.ts';
import { REPO_ROOT } from '../paths.ts';

const run = promisify(execFile);

/** Rows appended to reads.ndjson: each must be rejected, once, with its line. */
export const BAD_READ_ROWS = 3;

export interface ChaosDataset {
  dir: string;
  /** A read that has a track (the load's read+track query). */
  readId: string;
  /** What each alias must hold after an ingest: good rows of each file. */
  expected: { images: number; readers: number; reads: number; tracks: number };
}

function lines(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

/** A generated dataset plus three bad reads (not JSON, unknown image, duplicate id). */
export async function makeDataset(dir: string, size: { images: number; reads: number }): Promise<ChaosDataset> {
  await run(
    process.execPath,
    [
      CLI_ENTRY,
      'generate',
      '--seed',
      '5',
      '--images',
      String(size.images),
      '--reads',
      String(size.reads),
      '--out',
      dir,
    ],
    { cwd: REPO_ROOT, maxBuffer: 1 << 26 },
  );
  const readsFile = path.join(dir, LAYOUT.reads);
  const first = lines(readsFile)[0]!;
  const unknownImage = JSON.stringify({ ...JSON.parse(first), id: 'chaos-bad-read', imageId: 'no-such-image' });
  fs.appendFileSync(readsFile, `{"not json\n${unknownImage}\n${first}\n`);
  const count = (f: string) => lines(path.join(dir, f)).length;
  const readId = (JSON.parse(lines(path.join(dir, LAYOUT.tracks))[0]!) as { readId: string }).readId;
  return {
    dir,
    readId,
    expected: {
      images: count(LAYOUT.images),
      readers: count(LAYOUT.readers),
      reads: count(LAYOUT.reads) - BAD_READ_ROWS,
      tracks: count(LAYOUT.tracks),
    },
  };
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** Resident memory of the service process, MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** `chexthought api` on a free port against `esUrl`, ready when /health answers. */
export async function startApi(esUrl: string, prefix: string): Promise<ApiProcess> {
  const port = await freePort();
  const child = startService('api', process.execPath, [CLI_ENTRY, 'api', '--port', String(port)], {
    ELASTICSEARCH_URL: esUrl,
    CHEXTHOUGHT_INDEX_PREFIX: prefix,
    LOG_LEVEL: 'error',
    NODE_ENV: 'production',
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForUrl(`${origin}/health`, child);
  return {
    url: `${origin}/graphql`,
    child,
    rssMiB: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    },
    stop: () => stopChild(child),
  };
}

/** `chexthought ingest` as a child process (so it can be killed -9), with its exit. */
export function ingestChild(esUrl: string, dataset: string, prefix: string, rejects: string) {
  const child = startService(
    'ingest',
    process.execPath,
    [CLI_ENTRY, 'ingest', dataset, '--prefix', prefix, '--rejects', rejects, '--quiet'],
    { ELASTICSEARCH_URL: esUrl },
  );
  const exit = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code ?? 1)),
  );
  return { child, exit };
}

export function rejectLines(file: string): number {
  return fs.existsSync(file) ? lines(file).length : 0;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
