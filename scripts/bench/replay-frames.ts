/**
 * `npx tsx scripts/bench/replay-frames.ts [--seconds 10]`: is the replay smooth? In headless
 * Chromium, against the real API and the built portal, it measures frame times
 * (requestAnimationFrame deltas: p50/p95/p99/max) and long tasks (PerformanceObserver 'longtask',
 * > 50 ms) during playback, next to a baseline in the same run: the same page, paused, for 3 s.
 *
 * Data: the demo's dense tracks are 60 Hz and 23–51 s long (1,400–3,100 samples), so none
 * reaches 10,000 samples. The bench therefore copies the demo dataset and resamples every dense
 * track by linear interpolation to the rate that gives at least 10,000 samples (196–435 Hz;
 * blinks stay gaps, fixations and viewport events unchanged), ingests it under a private index
 * prefix, and starts its own API and portal. Scenarios:
 *   1. one read, ≥ 10,000 samples: default overlay (3 s trailing window, raw samples, numbers);
 *   2. the same read, whole-track window + heatmap of the window (the heaviest drawing);
 *   3. four readers of one image at once (each ≥ 10,000 samples), multi-reader mode;
 *   4. scenario 3 with the CPU throttled 4× (Chrome DevTools Protocol), a slow laptop's headroom.
 *
 * Needs Elasticsearch (ELASTICSEARCH_URL, default http://127.0.0.1:9200), the portal built into
 * web/$NEXT_DIST_DIR (default .next), Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and
 * the demo dataset in .data/demo (`npm start` makes it).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createClient, dropPrefix, ingestDataset } from '@chexthought/search-index';
import { CLI_ENTRY, freePort, startService, stopChild, waitForUrl } from '../children.ts';
import { DEMO_DIR, REPO_ROOT } from '../paths.ts';
import { percentile } from './stats.ts';

// Browser globals used inside page callbacks (scripts are type-checked without the DOM library).
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

const MIN_SAMPLES = 10_000;
const NEXT_BIN = join(REPO_ROOT, 'node_modules/next/dist/bin/next');

interface Track {
  readId: string;
  samplingHz: number | null;
  samples: { t: number[]; x: (number | null)[]; y: (number | null)[] };
  [k: string]: unknown;
}

function parseArgs(argv: string[]) {
  let seconds = 10;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seconds') seconds = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (known: --seconds N)`);
  }
  if (!(seconds > 0)) throw new Error('--seconds needs a positive number');
  return { seconds };
}

/** Linear resampling at `hz`; a gap (blink) on either side stays a gap. */
function resample(track: Track, hz: number): Track {
  const { t, x, y } = track.samples;
  const end = t[t.length - 1]!;
  const nt: number[] = [];
  const nx: (number | null)[] = [];
  const ny: (number | null)[] = [];
  let j = 0;
  for (let i = 0; i / hz <= end; i++) {
    const ti = i / hz;
    while (j + 1 < t.length && t[j + 1]! <= ti) j++;
    const k = Math.min(j + 1, t.length - 1);
    const span = t[k]! - t[j]!;
    const f = span > 0 ? (ti - t[j]!) / span : 0;
    const ok = x[j] != null && y[j] != null && x[k] != null && y[k] != null;
    nt.push(Math.round(ti * 10_000) / 10_000);
    nx.push(ok ? Math.round((x[j]! + (x[k]! - x[j]!) * f) * 10) / 10 : null);
    ny.push(ok ? Math.round((y[j]! + (y[k]! - y[j]!) * f) * 10) / 10 : null);
  }
  return { ...track, samplingHz: hz, samples: { t: nt, x: nx, y: ny } };
}

/** The demo dataset with every dense track resampled to ≥ MIN_SAMPLES samples. */
function benchDataset(): { dir: string; denseReads: Map<string, number> } {
  if (!existsSync(join(DEMO_DIR, 'tracks.ndjson')))
    throw new Error(`no demo dataset in ${DEMO_DIR}: run \`npm start\` (or chexthought generate + tiles) first`);
  const dir = mkdtempSync(join(tmpdir(), 'cxt-bench-replay-'));
  for (const f of ['dataset.json', 'images.ndjson', 'readers.ndjson', 'reads.ndjson'])
    cpSync(join(DEMO_DIR, f), join(dir, f));
  symlinkSync(join(DEMO_DIR, 'images'), join(dir, 'images'));
  const denseReads = new Map<string, number>();
  const lines = readFileSync(join(DEMO_DIR, 'tracks.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const tr = JSON.parse(l) as Track;
      if (!tr.samplingHz) return l;
      const dur = tr.samples.t[tr.samples.t.length - 1]!;
      const hz = Math.ceil(MIN_SAMPLES / dur);
      const out = resample(tr, hz);
      denseReads.set(tr.readId, out.samples.t.length);
      return JSON.stringify(out);
    });
  writeFileSync(join(dir, 'tracks.ndjson'), lines.join('\n') + '\n');
  return { dir, denseReads };
}

interface Sample {
  frames: number[];
  longTasks: number[];
}

/**
 * In-page recorder of rAF deltas and long tasks for `ms`. Kept as source text: tsx's transform
 * adds helpers (__name) to functions defined here, which do not exist inside the page.
 */
const RECORDER = `(duration) => new Promise((resolve) => {
  const frames = [];
  const longTasks = [];
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  obs.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  const end = last + duration;
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    if (now < end) requestAnimationFrame(tick);
    else { obs.disconnect(); resolve({ frames: frames.slice(1), longTasks }); }
  };
  requestAnimationFrame(tick);
})`;

async function record(page: Page, ms: number): Promise<Sample> {
  return (await page.evaluate(`(${RECORDER})(${ms})`)) as Sample;
}

function summarise(name: string, s: Sample, seconds: number) {
  const f = [...s.frames].sort((a, b) => a - b);
  const over = (ms: number) => s.frames.filter((d) => d > ms).length;
  return {
    scenario: name,
    frames: s.frames.length,
    fps: +(s.frames.length / seconds).toFixed(1),
    p50: +percentile(f, 50).toFixed(1),
    p95: +percentile(f, 95).toFixed(1),
    p99: +percentile(f, 99).toFixed(1),
    max: +(f.at(-1) ?? NaN).toFixed(1),
    'frames >25 ms': over(25),
    'long tasks': s.longTasks.length,
    'longest task ms': s.longTasks.length ? +Math.max(...s.longTasks).toFixed(0) : 0,
  };
}

async function scenario(page: Page, name: string, url: string, seconds: number, setup?: (p: Page) => Promise<void>) {
  await page.goto(url);
  await page.waitForSelector('[data-testid="gaze-overlay"][data-time]');
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="osd-viewer"]')?.getAttribute('data-tiles-loaded') ?? 0) > 0,
  );
  if (setup) await setup(page);
  await page.waitForTimeout(1500); // tiles and follow-mode animation settle
  const baseline = await record(page, 3000);
  await page.click('[data-testid="play-toggle"]');
  const t0 = Number(await page.getAttribute('[data-testid="gaze-overlay"]', 'data-time'));
  const playing = await record(page, seconds * 1000);
  const t1 = Number(await page.getAttribute('[data-testid="gaze-overlay"]', 'data-time'));
  await page.click('[data-testid="play-toggle"]');
  const layers = await page.getAttribute('[data-testid="gaze-overlay"]', 'data-layers');
  return {
    rows: [summarise(`${name} — paused (baseline)`, baseline, 3), summarise(`${name} — playing`, playing, seconds)],
    advanced: t1 - t0,
    layers,
  };
}

async function main() {
  const { seconds } = parseArgs(process.argv.slice(2));
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  if (!existsSync(join(REPO_ROOT, 'web', distDir, 'BUILD_ID')))
    throw new Error(`the portal is not built in web/${distDir}: build it (NEXT_DIST_DIR=${distDir} next build web)`);
  const { dir, denseReads } = benchDataset();
  const prefix = `bench-replay-${process.pid}`;
  const es = createClient();
  const children: Array<ReturnType<typeof startService>> = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    console.log(
      `Ingesting the bench dataset (${denseReads.size} dense tracks resampled to ≥ ${MIN_SAMPLES.toLocaleString('en-US')} samples)…`,
    );
    const report = await ingestDataset({ dir, client: es, prefix, rejectsPath: join(dir, 'rejects.ndjson') });
    if (!report.ok) throw new Error(`bench dataset rejected: ${JSON.stringify(report.firstRejects.slice(0, 2))}`);

    const apiPort = await freePort();
    const api = startService('api', process.execPath, [CLI_ENTRY, 'api', '--port', String(apiPort)], {
      CHEXTHOUGHT_INDEX_PREFIX: prefix,
      CHEXTHOUGHT_TILES_DIR: join(DEMO_DIR, 'tiles'),
      LOG_LEVEL: 'warn',
    });
    children.push(api);
    await waitForUrl(`http://127.0.0.1:${apiPort}/ready`, api);
    const portalPort = await freePort();
    const portal = startService(
      'portal',
      process.execPath,
      [NEXT_BIN, 'start', join(REPO_ROOT, 'web'), '-H', '127.0.0.1', '-p', String(portalPort)],
      {
        CHEXTHOUGHT_API_URL: `http://127.0.0.1:${apiPort}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    );
    children.push(portal);
    const base = `http://127.0.0.1:${portalPort}`;
    await waitForUrl(base, portal);

    // The longest dense read; and an image whose (at least) four reads are all dense.
    const [single, singleSamples] = [...denseReads].sort((a, b) => b[1] - a[1])[0]!;
    const reads = readFileSync(join(dir, 'reads.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; imageId: string });
    const byImage = new Map<string, string[]>();
    for (const r of reads) byImage.set(r.imageId, [...(byImage.get(r.imageId) ?? []), r.id]);
    const four = [...byImage].find(([, ids]) => ids.length === 4 && ids.every((id) => denseReads.has(id)));
    if (!four) throw new Error('no image with four dense reads in the demo');

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const results = [];
    const s1 = await scenario(
      page,
      `1 read, ${singleSamples.toLocaleString('en-US')} samples`,
      `${base}/reads/${single}?t=0`,
      seconds,
    );
    const s2 = await scenario(
      page,
      '1 read, whole-track window + heatmap',
      `${base}/reads/${single}?t=0`,
      seconds,
      async (p) => {
        await p.locator('[data-testid="window-slider"]').fill('11');
        await p.selectOption('[data-testid="heatmap-mode"]', 'window');
      },
    );
    const s3 = await scenario(
      page,
      `4 readers (${four[1].map((id) => denseReads.get(id)!.toLocaleString('en-US')).join(' + ')} samples)`,
      `${base}/images/${four[0]}/replay?t=0`,
      seconds,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const s4 = await scenario(page, '4 readers, CPU throttled 4×', `${base}/images/${four[0]}/replay?t=0`, seconds);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    for (const s of [s1, s2, s3, s4]) results.push(...s.rows);
    console.log(
      `\nReplay frame times in headless Chromium (ms between animation frames), ${seconds} s of playback at 1×:`,
    );
    console.table(results);
    console.log(
      `Clock advanced ${[s1, s2, s3, s4].map((s) => s.advanced.toFixed(2)).join(' / ')} s in ${seconds} s of playback (layers drawn in multi-reader mode: ${s3.layers}).`,
    );
    const worst = Math.max(
      ...results
        .filter((r) => r.scenario.endsWith('playing') && !r.scenario.includes('throttled'))
        .map((r) => r['longest task ms']),
    );
    console.log(
      worst > 50
        ? `Target missed: a long task of ${worst} ms during playback.`
        : 'Target met: no long task over 50 ms during playback.',
    );
  } finally {
    await browser.close().catch(() => {});
    for (const c of children.reverse()) await stopChild(c);
    await dropPrefix(es, prefix).catch(() => {});
    await es.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
