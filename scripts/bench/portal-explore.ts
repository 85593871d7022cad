/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (DOM types: the measuring functions below run inside the page.)
/**
 * `npx tsx scripts/bench/portal-explore.ts <portal URL> [--clicks N] [--rows N] [--scroll-only] [--trace FILE] [--json]`
 *
 * The explore page of a running portal (any dataset behind it) in headless Chromium:
 *
 * 1. Facet click → updated page: for N clicks (default 24; facet values toggled on and off so
 *    result sets stay non-empty), the time from the click to the first frame after the page
 *    committed the answer (the table and every facet count come from the same answer:
 *    `main[data-seq]` is bumped in that render). Baseline in the same run: the GraphQL request
 *    itself as the browser timed it (Resource Timing of /api/graphql), so the remainder is the
 *    page's own cost (React render, layout, paint). p50/p95/max of each.
 * 2. Scrolling the reads table through R rows (default 10,000, or as many as match): long tasks
 *    (PerformanceObserver 'longtask', > 50 ms main-thread blocks) and frame intervals while the
 *    table scrolls at a steady speed and pages in by cursor.
 *
 * `--trace FILE` writes a Chrome trace of the scroll (timeline, JavaScript samples, layout, GC) for
 * chrome://tracing or the Performance panel, and prints its summary: the page's main-thread time
 * in style recalculation, layout, paint and script, and what each task over 50 ms spent it on (a
 * first one of ~100 ms in V8.InvokeApiInterruptCallbacks is the JavaScript sampler starting).
 * `--scroll-only` skips the clicks.
 *
 * Nothing is asserted: numbers are printed (and, with --json, written as JSON to stdout).
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { percentile } from './stats.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    clicks: { type: 'string', default: '24' },
    rows: { type: 'string', default: '10000' },
    'scroll-px-per-frame': { type: 'string', default: '900' },
    'scroll-only': { type: 'boolean', default: false },
    trace: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const portal = (positionals[0] ?? '').replace(/\/$/, '');
if (!/^https?:\/\//.test(portal)) {
  console.error(
    'usage: npx tsx scripts/bench/portal-explore.ts <portal URL, e.g. http://127.0.0.1:3000> [--clicks 24] [--rows 10000] [--json]',
  );
  process.exit(2);
}
const CLICKS = Math.max(20, Number(values.clicks));
const ROWS = Number(values.rows);
const PX_PER_FRAME = Number(values['scroll-px-per-frame']);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    max: s[s.length - 1] ?? NaN,
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
  };
}
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.querySelector<HTMLElement>('main.explore-page');
      return !!main && main.dataset.status === 'ready' && Number(main.dataset.seq) > 0;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Checkbox selectors to toggle, taken from the facets the page shows (values with counts > 0). */
async function clickTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const facet of ['continent', 'strategy', 'role', 'viewPosition', 'experienceBand', 'finding']) {
      const inputs = [
        ...document.querySelectorAll<HTMLInputElement>(
          `[data-testid="facet-${facet}"] li:not(.is-zero) input[type="checkbox"]`,
        ),
      ];
      for (const i of inputs.slice(0, 3))
        out.push(`[data-testid="facet-${facet}"] input[data-value="${i.dataset.value}"]`);
    }
    return out;
  });
}

/** One click, timed in the page: click → answer committed → next frame painted. */
async function timedClick(
  page: Page,
  selector: string,
): Promise<{ total: number; request: number; toRequest: number }> {
  return page.evaluate(async (sel) => {
    const main = document.querySelector<HTMLElement>('main.explore-page')!;
    const before = Number(main.dataset.seq);
    performance.clearResourceTimings();
    const t0 = performance.now();
    document.querySelector<HTMLInputElement>(sel)!.click();
    await new Promise<void>((resolve, reject) => {
      const deadline = t0 + 30_000;
      const check = () => {
        if (Number(main.dataset.seq) > before && main.dataset.status !== 'loading') resolve();
        else if (performance.now() > deadline) reject(new Error(`no answer for ${sel}`));
        else requestAnimationFrame(check);
      };
      check();
    });
    // The frame that shows the new counts and rows.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const total = performance.now() - t0;
    const gql = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/graphql')) as PerformanceResourceTiming[];
    const last = gql[gql.length - 1];
    const request = last ? last.responseEnd - last.startTime : NaN;
    const toRequest = last ? last.startTime - t0 : NaN;
    return { total, request, toRequest };
  }, selector);
}

async function benchClicks(page: Page) {
  await page.goto(`${portal}/explore`);
  await waitReady(page);
  const targets = await clickTargets(page);
  if (targets.length === 0) throw new Error('no facet values to click: is the dataset empty?');
  // Warm-up: first render of every facet kind, JIT, connection pool.
  for (const t of targets.slice(0, 2)) {
    await timedClick(page, t);
    await timedClick(page, t);
  }
  const totals: number[] = [];
  const requests: number[] = [];
  const toRequests: number[] = [];
  for (let i = 0; totals.length < CLICKS; i++) {
    const target = targets[Math.floor(i / 2) % targets.length]!; // on, then off again
    const r = await timedClick(page, target);
    totals.push(r.total);
    if (Number.isFinite(r.request)) requests.push(r.request);
    if (Number.isFinite(r.toRequest)) toRequests.push(r.toRequest);
  }
  const own = totals.map((t, i) => t - (requests[i] ?? 0));
  return {
    total: stats(totals),
    request: stats(requests),
    toRequest: stats(toRequests),
    page: stats(own),
    valuesClicked: targets.length,
  };
}

/**
 * What a long task is made of: the timeline (tasks, events, style, layout, paint, GC) and
 * JavaScript samples. Without the timeline's stack category: it records a stack at every timer
 * and makes timers look costly.
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

async function benchScroll(page: Page) {
  await page.goto(`${portal}/explore`);
  await waitReady(page);
  const totalCount = Number(
    ((await page.locator('[data-testid="total-count"]').textContent()) ?? '0').replace(/,/g, ''),
  );
  const target = Math.min(ROWS, totalCount);
  if (values.trace)
    await page.context().browser()!.startTracing(page, { path: values.trace, categories: TRACE_CATEGORIES });
  try {
    return await scrollThrough(page, target);
  } finally {
    if (values.trace) await page.context().browser()!.stopTracing();
  }
}

function scrollThrough(page: Page, target: number) {
  return page.evaluate(
    async ({ target, pxPerFrame }) => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push(e.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const scroller = document.querySelector<HTMLElement>('[data-testid="results-scroll"]')!;
      const table = document.querySelector<HTMLElement>('[data-testid="results-table"]')!;
      const frames: number[] = [];
      const maxDomRows = { n: 0 };
      const t0 = performance.now();
      let last = t0;
      let waitingFrames = 0;
      let lastLoaded = 0;
      let lastProgress = t0;
      await new Promise<void>((resolve) => {
        const step = (now: number) => {
          frames.push(now - last);
          last = now;
          maxDomRows.n = Math.max(maxDomRows.n, table.querySelectorAll('tbody tr').length);
          const loaded = Number(table.dataset.loaded);
          const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
          if (loaded >= target && atEnd) return resolve();
          if (atEnd) waitingFrames++; // the next page is on its way
          if (loaded > lastLoaded) {
            lastLoaded = loaded;
            lastProgress = now;
          }
          if (now - lastProgress > 30_000) return resolve(); // no new page for 30 s: report what we have
          scroller.scrollTop += pxPerFrame;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      await new Promise((r) => setTimeout(r, 200)); // let the observer deliver the last entries
      observer.disconnect();
      const rows = Number(table.dataset.loaded);
      return {
        seconds: (performance.now() - t0) / 1000,
        rows,
        frames,
        longTasks,
        waitingFrames,
        maxDomRows: maxDomRows.n,
      };
    },
    { target, pxPerFrame: PX_PER_FRAME },
  );
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(60_000);
    // tsx (esbuild, keepNames) wraps named inner functions of the page callbacks in __name().
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const clicks = values['scroll-only'] ? null : await benchClicks(page);
    const scroll = await benchScroll(page);
    const trace = values.trace ? summariseTrace(values.trace) : null;
    const frameStats = stats(scroll.frames.slice(1));
    const lt = stats(scroll.longTasks);
    const result = {
      portal,
      clicks,
      scroll: {
        rows: scroll.rows,
        seconds: scroll.seconds,
        rowsPerSecond: scroll.rows / scroll.seconds,
        frames: frameStats,
        framesOver50ms: scroll.frames.filter((f) => f > 50).length,
        framesWaitingForData: scroll.waitingFrames,
        longTasks: { count: lt.n, totalMs: scroll.longTasks.reduce((a, b) => a + b, 0), p50: lt.p50, max: lt.max },
        maxRowsInDom: scroll.maxDomRows,
      },
      trace,
    };
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    console.log(`portal ${portal}`);
    if (clicks) printClicks(clicks);
    const s = result.scroll;
    console.log(
      `\nScrolling the reads table through ${s.rows.toLocaleString('en-US')} rows in ${s.seconds.toFixed(1)} s (${Math.round(s.rowsPerSecond)} rows/s, ${PX_PER_FRAME} px/frame)`,
    );
    console.log(
      `  long tasks                ${s.longTasks.count} (total ${ms(s.longTasks.totalMs)}, p50 ${ms(s.longTasks.p50 || 0)}, max ${ms(s.longTasks.max || 0)})`,
    );
    console.log(
      `  frame interval            p50 ${ms(s.frames.p50)}  p95 ${ms(s.frames.p95)}  max ${ms(s.frames.max)}; ${s.framesOver50ms} of ${s.frames.n} frames > 50 ms`,
    );
    console.log(
      `  frames at the end waiting for the next page: ${s.framesWaitingForData}; most rows in the DOM at once: ${s.maxRowsInDom}`,
    );
    if (trace) printTrace(values.trace!, trace);
  } finally {
    await browser.close();
  }
}

function printClicks(clicks: Awaited<ReturnType<typeof benchClicks>>) {
  console.log(
    `\nFacet click → counts and table updated (${clicks.total.n} clicks over ${clicks.valuesClicked} facet values)`,
  );
  console.log(
    `  whole (click → painted)   p50 ${ms(clicks.total.p50)}  p95 ${ms(clicks.total.p95)}  max ${ms(clicks.total.max)}`,
  );
  console.log(
    `  baseline: the request     p50 ${ms(clicks.request.p50)}  p95 ${ms(clicks.request.p95)}  max ${ms(clicks.request.max)}`,
  );
  console.log(
    `  click → request sent      p50 ${ms(clicks.toRequest.p50)}  p95 ${ms(clicks.toRequest.p95)}  max ${ms(clicks.toRequest.max)}`,
  );
  console.log(
    `  page's own (whole − req)  p50 ${ms(clicks.page.p50)}  p95 ${ms(clicks.page.p95)}  max ${ms(clicks.page.max)}`,
  );
  console.log(`  ratio whole / request     p50 ${(clicks.total.p50 / clicks.request.p50).toFixed(2)}×`);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; elementCount?: number; data?: { type?: string } };
}

/** The phases of a frame's main-thread work, by their trace event names. */
const PHASES = {
  style: 'UpdateLayoutTree',
  layout: 'Layout',
  paint: 'Paint',
  script: 'FunctionCall',
} as const;

/**
 * The renderer main thread of a trace: the time in each phase (events nest, so script includes
 * the style and layout it forced), and each task over 50 ms with its longest inner events.
 */
function summariseTrace(file: string) {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`${file}: no renderer main thread in the trace`);
  const mine = events
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const durMs = (e: TraceEvent) => e.dur! / 1000;
  const phases = Object.fromEntries(
    Object.entries(PHASES).map(([phase, name]) => {
      const durations = mine.filter((e) => e.name === name).map(durMs);
      return [phase, { ...stats(durations), totalMs: durations.reduce((a, b) => a + b, 0) }];
    }),
  ) as Record<keyof typeof PHASES, ReturnType<typeof stats> & { totalMs: number }>;
  const longTasks = mine
    .filter((e) => e.name === 'RunTask' && durMs(e) > 50)
    .map((task) => {
      const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur!);
      const top = inside
        .filter((e) => durMs(e) > 5)
        .slice(0, 4)
        .map((e) => ({
          name: e.name,
          ms: durMs(e),
          detail: e.args?.elementCount !== undefined ? `${e.args.elementCount} elements` : e.args?.data?.type,
        }));
      return { ms: durMs(task), inside: top };
    });
  return { phases, longTasks };
}

function printTrace(file: string, trace: ReturnType<typeof summariseTrace>) {
  console.log(`\nTrace ${file}: renderer main thread`);
  for (const [phase, s] of Object.entries(trace.phases))
    console.log(
      `  ${phase.padEnd(8)} ${s.n} events, total ${ms(s.totalMs)}; p50 ${ms(s.p50 || 0)}  p95 ${ms(s.p95 || 0)}  max ${ms(s.max || 0)}`,
    );
  console.log(`  tasks over 50 ms: ${trace.longTasks.length}`);
  for (const t of trace.longTasks)
    console.log(
      `    ${ms(t.ms)}: ${t.inside.map((e) => `${e.name} ${ms(e.ms)}${e.detail ? ` (${e.detail})` : ''}`).join(' > ') || 'no inner event over 5 ms'}`,
    );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
