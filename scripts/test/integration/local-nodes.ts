/**
 * Test nodes of the scripts' own: real Elasticsearch nodes started by the manager under test, on
 * ports just above CHEXTHOUGHT_ES_PORT (the suite's node), with node folders in a temp folder so
 * nothing of a developer's own nodes is touched. Call `useDisposableNodesDir` before anything
 * reads the layout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type EngineClient } from '../../../search-index/src/engine.ts';

/** Port of the suite's node; test nodes take the ones above it. */
export const SUITE_PORT = Number(process.env.CHEXTHOUGHT_ES_PORT ?? 9200);

/** Heap of each test node: small, the machine runs a suite node beside them. */
export const TEST_HEAP = '512m';

export function useDisposableNodesDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cxt-nodes-'));
  fs.chmodSync(dir, 0o755); // the unprivileged node account must traverse it
  process.env.CHEXTHOUGHT_ES_NODES_DIR = dir;
  delete process.env.ELASTICSEARCH_URL;
  return dir;
}

export function clientFor(url: string): EngineClient {
  return createClient({ url, requestTimeoutMs: 60_000 });
}

/** Non-blank lines of a dataset file: the expected counts, read from the files themselves. */
export function lineCount(file: string): number {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '').length;
}
