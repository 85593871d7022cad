/**
 * End-to-end harness: the demo dataset indexed under a private prefix in the real Elasticsearch
 * the test command started, the API and the built portal as child processes on free ports, and
 * headless Chromium (Debian's package) driven by playwright-core. Screenshots go to
 * artifacts/screenshots/ for a person to look at.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createClient } from '../../../search-index/src/engine.ts';
import { dropPrefix } from '../../../search-index/src/ingest/aliases.ts';
import { freePort, startService, stopChild, waitForUrl, CLI_ENTRY } from '../../../scripts/children.ts';
import { NEXT_BIN } from '../../../scripts/portal.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** The demo dataset as `npm start` builds it (seed and sizes are the generator's defaults). */
export const DEMO_DIR = join(REPO_ROOT, '.data/test-demo');
export const SCREENSHOTS = join(REPO_ROOT, 'artifacts/screenshots');
const run = promisify(execFile);

export interface Stack {
  portalUrl: string;
  apiUrl: string;
  prefix: string;
  browser: Browser;
  /** GraphQL against the API directly (for cross-checking what the page shows). */
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  await run(process.execPath, [CLI_ENTRY, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 1 << 26,
  });
}

/**
 * Regenerates and indexes the demo dataset (tiles built once), starts API + portal + browser. `env` reaches both
 * services (e.g. CHEXTHOUGHT_ACCESS=protected).
 */
export async function startStack(name: string, opts: { env?: NodeJS.ProcessEnv } = {}): Promise<Stack> {
  if (!process.env.ELASTICSEARCH_URL) throw new Error('e2e tests need ELASTICSEARCH_URL: run them with `npm test`');
  if (!existsSync(join(REPO_ROOT, 'web', process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID')))
    throw new Error('the portal is not built: run `npm test` (it builds it)');
  // Regenerated every run (about a second, deterministic): a demo left by an older generator would be stale.
  await cli(['generate', '--out', DEMO_DIR]);
  await cli(['tiles', DEMO_DIR]);
  const prefix = `e2e-${name}-${process.pid}`;
  await cli(['ingest', DEMO_DIR, '--quiet', '--rejects', join(DEMO_DIR, `../e2e-rejects-${name}.ndjson`)], {
    CHEXTHOUGHT_INDEX_PREFIX: prefix,
  });

  const apiPort = await freePort();
  const api = startService(`api:${name}`, process.execPath, [CLI_ENTRY, 'api', '--port', String(apiPort)], {
    CHEXTHOUGHT_INDEX_PREFIX: prefix,
    CHEXTHOUGHT_TILES_DIR: join(DEMO_DIR, 'tiles'),
    LOG_LEVEL: 'warn',
    ...opts.env,
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitForUrl(`${apiUrl}/ready`, api);

  const portalPort = await freePort();
  const portal = startService(
    `portal:${name}`,
    process.execPath,
    [NEXT_BIN, 'start', join(REPO_ROOT, 'web'), '-H', '127.0.0.1', '-p', String(portalPort)],
    {
      CHEXTHOUGHT_API_URL: apiUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      ...opts.env,
    },
  );
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  await waitForUrl(portalUrl, portal);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    portalUrl,
    apiUrl,
    prefix,
    browser,
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const res = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown };
      if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async newPage(viewport = { width: 1440, height: 900 }) {
      const page = await browser.newPage({ viewport });
      page.setDefaultTimeout(20_000);
      return page;
    },
    async screenshot(page, shot) {
      const path = join(SCREENSHOTS, `${shot}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async stop() {
      await browser.close().catch(() => {});
      await stopChild(portal);
      await stopChild(api);
      const client = createClient();
      await dropPrefix(client, prefix).catch(() => {});
      await client.indices
        .delete({ index: `${prefix}-keys,${prefix}-audit`, ignore_unavailable: true })
        .catch(() => {});
      await client.close();
    },
  };
}

/** Finished zoom/pan animations of every viewer on the page (OpenSeadragonViewer data-animations). */
export function viewerAnimations(page: Page): Promise<number[]> {
  return page.$$eval('[data-testid="osd-viewer"]', (els) => els.map((e) => Number(e.getAttribute('data-animations'))));
}

/**
 * After an action that animates the viewers: waits until every viewer has finished one more
 * animation than `before` and none is animating, then for the tiles (network idle).
 */
export async function viewersSettled(page: Page, before: number[]): Promise<void> {
  await page.waitForFunction(
    (counts) =>
      [...document.querySelectorAll('[data-testid="osd-viewer"]')].every(
        (e, i) =>
          Number(e.getAttribute('data-animations')) > (counts[i] ?? -1) && e.getAttribute('data-animating') === 'false',
      ),
    before,
  );
  await page.waitForLoadState('networkidle');
}

/** No viewer animating and no request in flight: what a screenshot should show. */
export async function pageSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="osd-viewer"]')].every(
      (e) => e.getAttribute('data-animating') !== 'true',
    ),
  );
  await page.waitForLoadState('networkidle');
}
