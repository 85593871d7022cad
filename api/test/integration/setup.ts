/**
 * Shared set-up of the API integration tests: a REAL Elasticsearch (ELASTICSEARCH_URL, never a
 * mock), a dataset made by the generator, ingested under a prefix of this test file's own, and
 * the service started in-process on an ephemeral port. Expected values are computed from the
 * dataset FILES (see expect.ts), never read back from Elasticsearch.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  createClient,
  dropPrefix,
  elasticsearchUrl,
  ingestDataset,
  type EngineClient,
} from '@chexthought/search-index';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig, type ApiConfig, type LogLevel } from '../../src/config.ts';
import type { Dataset } from './expect.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(REPO_ROOT, 'scripts/chexthought.mjs');
const run = promisify(execFile);

/** The fixture every test file uses (spec: seed 7, 120 images, 400 reads). */
export const FIXTURE = { seed: 7, images: 120, reads: 400 };

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  esRequests: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }>;
  /** The raw body text (to check that nothing internal leaks). */
  text: string;
}

export interface Fixture {
  es: EngineClient;
  prefix: string;
  dir: string;
  data: Dataset;
  app: App;
  /** GraphQL endpoint, e.g. http://127.0.0.1:34567/graphql. */
  url: string;
  /** Origin, e.g. http://127.0.0.1:34567. */
  origin: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export async function testClient(): Promise<EngineClient> {
  const es = createClient({ requestTimeoutMs: 60_000 });
  try {
    await es.cluster.health({ timeout: '10s' });
  } catch {
    throw new Error(
      `the API integration tests need Elasticsearch at ${elasticsearchUrl()} (set ELASTICSEARCH_URL or start one)`,
    );
  }
  return es;
}

export function uniquePrefix(name: string): string {
  return `apitest-${name}-${process.pid}-${Math.floor(Math.random() * 1e6)}`;
}

/** The fixture's arguments, or 'demo' for the demo dataset (the generator's defaults). */
export type DatasetArgs = typeof FIXTURE | 'demo';

export async function generateDataset(args: DatasetArgs = FIXTURE): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'cxt-api-dataset-'));
  const sizes =
    args === 'demo'
      ? []
      : ['--seed', String(args.seed), '--images', String(args.images), '--reads', String(args.reads)];
  await run(process.execPath, [CLI, 'generate', ...sizes, '--out', out], { cwd: REPO_ROOT, maxBuffer: 1 << 24 });
  return out;
}

export function testConfig(overrides: Partial<ApiConfig>): ApiConfig {
  return loadConfig(process.env, {
    host: '127.0.0.1',
    port: 0,
    logLevel: (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'error',
    ...overrides,
  });
}

export async function startApp(config: ApiConfig) {
  const app = await createApp(config);
  const url = await app.listen(0, '127.0.0.1');
  return { app, url, origin: new URL(url).origin, gql: gqlClient(url) };
}

export function gqlClient(url: string) {
  return async <T>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: T; errors?: GqlResult['errors'] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      /* non-JSON bodies are asserted on by the caller through `text` */
    }
    return {
      status: res.status,
      headers: res.headers,
      esRequests: Number(res.headers.get('x-es-requests') ?? NaN),
      data: body.data ?? undefined,
      errors: body.errors,
      text,
    };
  };
}

/**
 * Generates and ingests the fixture (or the demo) under a fresh prefix and starts the API on it
 * (`overrides`: configuration, e.g. protected access).
 */
export async function startFixture(
  name: string,
  dataset: DatasetArgs = FIXTURE,
  overrides: Partial<ApiConfig> = {},
): Promise<Fixture> {
  const es = await testClient();
  const dir = await generateDataset(dataset);
  const prefix = uniquePrefix(name);
  const report = await ingestDataset({ dir, client: es, prefix, rejectsPath: join(dir, 'rejects.ndjson') });
  if (!report.ok) throw new Error(`fixture ingest rejected rows: ${JSON.stringify(report.firstRejects.slice(0, 3))}`);
  const { app, url, origin, gql } = await startApp(testConfig({ indexPrefix: prefix, ...overrides }));
  return {
    es,
    prefix,
    dir,
    data: loadDataset(dir),
    app,
    url,
    origin,
    gql,
    async close() {
      await app.close();
      await dropPrefix(es, prefix);
      await es.indices.delete({ index: `${prefix}-keys,${prefix}-audit`, ignore_unavailable: true });
      await es.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function ndjson<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function loadDataset(dir: string): Dataset {
  const images = ndjson<Dataset['images'] extends Map<string, infer I> ? I : never>(join(dir, 'images.ndjson'));
  const readers = ndjson<Dataset['readers'] extends Map<string, infer R> ? R : never>(join(dir, 'readers.ndjson'));
  const reads = ndjson<Dataset['reads'][number]>(join(dir, 'reads.ndjson'));
  const tracks = ndjson<Dataset['tracks'] extends Map<string, infer T> ? T : never>(join(dir, 'tracks.ndjson'));
  return {
    manifest: JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')),
    images: new Map(images.map((i) => [i.id, i])),
    readers: new Map(readers.map((r) => [r.id, r])),
    reads,
    tracks: new Map(tracks.map((t) => [t.readId, t])),
  };
}
