/**
 * The reading-process metrics in a real browser against the real API and Elasticsearch: the
 * replay's gaze metrics panel shows the values the API gives for a read with a missed finding,
 * the coverage overlay draws (pixels change, and the expected number of shapes), the
 * multi-reader matrix has one row per read of the image with the API's pair values, explore's
 * missed-finding facet filters to the API's count, and the overview draws the two metric charts.
 * Every page is also photographed at 1440 and 1024 px: artifacts/screenshots/metrics-*.png.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './harness.ts';

interface Region {
  shape: string;
}
interface FindingGaze {
  finding: string;
  label: string;
  reported: boolean;
  region: Region | null;
  ttffSec: number | null;
  dwellSec: number;
  visits: number;
  eyeVoiceSpanSec: number | null;
  missType: string | null;
}
interface Gaze {
  synthetic: boolean;
  fixationCount: number;
  meanFixationMs: number | null;
  medianFixationMs: number | null;
  lungDwellSec: number;
  lungCoverage: number | null;
  meanSaccadeDeg: number | null;
  scanpathLengthDeg: number;
  ttffLungSec: number | null;
  searchBeforeSpeechShare: number | null;
  eyeVoiceSpanSec: number | null;
  lungFieldSource: string;
}
interface ReadData {
  id: string;
  durationSec: number;
  gaze: Gaze;
  findingGaze: FindingGaze[];
  image: {
    id: string;
    readCount: number;
    reads: Array<{ id: string }>;
    lungFields: { regions: Region[] };
    scanpathSimilarity: Array<{
      readA: string;
      readB: string;
      multimatch: Record<string, number> | null;
      aoiLevenshtein: number;
    }>;
  };
}

let stack: Stack;
let read: ReadData;

const READ_QUERY = `query ($id: ID!) { read(id: $id) { id durationSec
  gaze { synthetic fixationCount meanFixationMs medianFixationMs lungDwellSec lungCoverage meanSaccadeDeg
         scanpathLengthDeg ttffLungSec searchBeforeSpeechShare eyeVoiceSpanSec lungFieldSource }
  findingGaze { finding label reported region { shape } ttffSec dwellSec visits eyeVoiceSpanSec missType }
  image { id readCount reads { id } lungFields { regions { shape } }
          scanpathSimilarity { readA readB multimatch { vector direction length position duration } aoiLevenshtein } } } }`;

before(async () => {
  stack = await startStack('metrics');
  // A read with gaze metrics and a missed finding, on an image read by several readers.
  const list = await stack.graphql<{
    reads: {
      edges: Array<{ node: { id: string; image: { readCount: number }; gaze: { fixationCount: number } | null } }>;
    };
  }>(
    `{ reads(first: 200, sort: [{ field: ID }], filter: { missTypes: [SEARCH, RECOGNITION, DECISION] }) {
        edges { node { id image { readCount } gaze { fixationCount } } } } }`,
  );
  const pick = list.reads.edges
    .map((e) => e.node)
    .find((n) => n.gaze && n.gaze.fixationCount > 5 && n.image.readCount >= 3);
  assert.ok(pick, 'the demo has a read with a missed finding on an image with several reads');
  read = (await stack.graphql<{ read: ReadData }>(READ_QUERY, { id: pick.id })).read;
  assert.ok(read.findingGaze.some((f) => f.missType));
});

after(async () => {
  await stack?.stop();
});

async function openReplay(page: Page, path: string) {
  await page.goto(`${stack.portalUrl}${path}`);
  await page.waitForSelector('[data-testid="gaze-overlay"][data-time]');
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="osd-viewer"]')?.getAttribute('data-tiles-loaded') ?? 0) > 0,
  );
}

/**
 * Waits until the picture stops changing (follow mode's animation, tiles still arriving): the
 * overlay's pixels and the tile count are the same at two polls in a row.
 */
async function still(page: Page) {
  await page.waitForFunction(
    () => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid="gaze-overlay"]');
      const tiles = document.querySelector('[data-testid="osd-viewer"]')?.getAttribute('data-tiles-loaded');
      if (!c || c.width === 0) return false;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let h = 0;
      for (let i = 0; i < d.length; i += 16) h = (h * 31 + d[i]! + d[i + 3]!) | 0;
      const key = `${h}|${tiles}`;
      const w = window as unknown as { __still?: string };
      const same = w.__still === key;
      w.__still = key;
      return same;
    },
    undefined,
    { polling: 300 },
  );
}

/** The number shown in a text such as "64.3 %", "245 ms", "+1.02 s", "−0.50 s", "4.1°" (null for "–"). */
function shownNumber(text: string): number | null {
  const m = /([+−-]?)(\d+(?:\.\d+)?)/.exec(text.replace(/,/g, ''));
  if (!m) return null;
  return (m[1] === '−' || m[1] === '-' ? -1 : 1) * Number(m[2]);
}
/** Decimals shown, so the comparison allows exactly the display's rounding. */
function decimals(text: string): number {
  return /\d+\.(\d+)/.exec(text)?.[1]?.length ?? 0;
}
function assertShows(text: string, expected: number | null, what: string) {
  if (expected === null) return assert.equal(shownNumber(text), null, `${what}: shown as missing`);
  const shown = shownNumber(text);
  assert.ok(shown !== null, `${what}: a number is shown (${text})`);
  const tolerance = 0.5 * 10 ** -decimals(text) + 1e-9;
  assert.ok(Math.abs(shown - expected) <= tolerance, `${what}: shows ${text}, the API says ${expected}`);
}

async function metricText(page: Page, scope: string, metric: string): Promise<string> {
  return ((await page.locator(`${scope} [data-metric="${metric}"] dd`).first().textContent()) ?? '').trim();
}

test('the gaze metrics panel shows the API’s values for the read, and its misses with their explanation', async () => {
  const page = await stack.newPage();
  await openReplay(page, `/reads/${encodeURIComponent(read.id)}`);
  await page.waitForSelector('[data-testid="gaze-figures"]');
  const g = read.gaze;
  const pct = (v: number | null) => (v === null ? null : v * 100);
  const expected: [string, number | null][] = [
    ['fixationCount', g.fixationCount],
    ['meanFixationMs', g.meanFixationMs],
    ['medianFixationMs', g.medianFixationMs],
    ['lungDwellSec', g.lungDwellSec],
    ['lungCoverage', pct(g.lungCoverage)],
    ['meanSaccadeDeg', g.meanSaccadeDeg],
    ['scanpathLengthDeg', g.scanpathLengthDeg],
    ['ttffLungSec', g.ttffLungSec],
    ['searchBeforeSpeechShare', pct(g.searchBeforeSpeechShare)],
    ['eyeVoiceSpanSec', g.eyeVoiceSpanSec],
  ];
  for (const [metric, value] of expected)
    assertShows(await metricText(page, '[data-testid="gaze-figures"]', metric), value, metric);
  if (g.synthetic)
    assert.equal(
      await page.locator('[data-testid="gaze-metrics"] [data-testid="synthetic-metrics-notice"]').count(),
      1,
    );

  const entries = page.locator('[data-testid="finding-gaze"]');
  assert.equal(await entries.count(), read.findingGaze.length);
  for (const f of read.findingGaze) {
    const scope = `[data-testid="finding-gaze"][data-finding="${f.finding}"]`;
    const ttff = await metricText(page, scope, 'ttffSec');
    if (f.ttffSec === null) assert.equal(ttff, 'never');
    else assertShows(ttff, f.ttffSec, `${f.finding} ttff`);
    assertShows(await metricText(page, scope, 'dwellSec'), f.dwellSec, `${f.finding} dwell`);
    assertShows(await metricText(page, scope, 'visits'), f.visits, `${f.finding} visits`);
    assertShows(await metricText(page, scope, 'eyeVoiceSpanSec'), f.eyeVoiceSpanSec, `${f.finding} eye-voice span`);
    const miss = page.locator(`${scope} [data-testid="miss-type"]`);
    if (f.missType) {
      assert.equal(await miss.getAttribute('data-miss-type'), f.missType);
      assert.ok(((await page.locator(`${scope} p`).first().textContent()) ?? '').length > 20, 'explained in a line');
    } else assert.equal(await miss.count(), 0);
  }

  // Clicking a time to first fixation seeks the replay there.
  const looked = read.findingGaze.find((f) => f.ttffSec !== null);
  if (looked) {
    await page.click(`[data-testid="finding-gaze"][data-finding="${looked.finding}"] [data-metric="ttffSec"] button`);
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-time') === want,
      looked.ttffSec!.toFixed(3),
    );
  }
  await page.close();
});

test('the coverage overlay draws the lung fields and the finding regions', async () => {
  const page = await stack.newPage();
  await openReplay(page, `/reads/${encodeURIComponent(read.id)}?t=${read.durationSec.toFixed(3)}`);
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-time') === want,
    read.durationSec.toFixed(3),
  );
  const canvas = page.locator('[data-testid="gaze-overlay"]');
  const pixels = () =>
    canvas.evaluate((c: HTMLCanvasElement) =>
      Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data),
    );
  // Stop following the reader, so that the view does not move between the two pictures.
  if (await page.locator('[data-testid="follow-toggle"][aria-pressed="true"]').count())
    await page.click('[data-testid="follow-toggle"]');
  await still(page);
  const off = await pixels();
  assert.equal(await canvas.getAttribute('data-underlay-shapes'), '');

  await page.check('[data-testid="coverage-toggle"]');
  const shapes = read.image.lungFields.regions.length + read.findingGaze.filter((f) => f.region).length;
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="gaze-overlay"]')?.getAttribute('data-underlay-shapes') === String(n),
    shapes,
  );
  const on = await pixels();
  let changed = 0;
  for (let i = 0; i < on.length; i += 4) if (on[i] !== off[i] || on[i + 3] !== off[i + 3]) changed++;
  assert.ok(changed > 2000, `the overlay changed ${changed} pixels`);
  await page.locator('[data-testid="coverage-legend"]').waitFor();
  await page.close();
});

test('the multi-reader matrix has one row per read of the image with the API’s pair values', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.portalUrl}/reads/${encodeURIComponent(read.id)}?multi=1`);
  await page.waitForSelector('[data-testid="scanpath-similarity"]');
  const rows = page.locator('[data-testid="similarity-row"]');
  assert.equal(await rows.count(), read.image.readCount);
  const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-read-id')));
  assert.deepEqual([...ids].sort(), read.image.reads.map((r) => r.id).sort());

  const cell = async (a: string, b: string) =>
    (await page.locator(`[data-testid="scanpath-similarity"] td[data-pair="${a}|${b}"]`).textContent())?.trim();
  for (const [dim, value] of [
    ['vector', (p: ReadData['image']['scanpathSimilarity'][number]) => p.multimatch?.vector ?? null],
    ['aoi', (p: ReadData['image']['scanpathSimilarity'][number]) => p.aoiLevenshtein],
  ] as const) {
    await page.selectOption('[data-testid="similarity-dimension"]', dim);
    await page.waitForSelector(`[data-testid="scanpath-similarity"][data-dimension="${dim}"]`);
    for (const p of read.image.scanpathSimilarity) {
      const v = value(p);
      const want = v === null ? '–' : v.toFixed(2);
      assert.equal(await cell(p.readA, p.readB), want, `${dim} ${p.readA}|${p.readB}`);
      assert.equal(await cell(p.readB, p.readA), want, 'symmetric');
    }
  }
  await page.close();
});

test('explore: the missed-finding facet filters to the API’s count; a metric column shows values', async () => {
  const facet = await stack.graphql<{
    reads: { facets: { missType: { buckets: Array<{ value: string; count: number }> } } };
  }>(`{ reads(first: 0) { facets { missType { buckets { value count } } } } }`);
  const type = facet.reads.facets.missType.buckets.find((b) => b.count > 0)?.value;
  assert.ok(type, 'the demo has missed findings');
  const api = await stack.graphql<{ reads: { totalCount: number } }>(
    `query ($t: [MissType!]) { reads(filter: { missTypes: $t }, first: 0) { totalCount } }`,
    { t: [type] },
  );
  const page = await stack.newPage();
  await page.goto(`${stack.portalUrl}/explore`);
  const box = `[data-testid="facet-missType"] input[data-value="${type}"]`;
  await page.waitForSelector(box);
  await page.click(box);
  await page.waitForFunction((t) => new URL(location.href).searchParams.get('miss') === t, type);
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="total-count"]')?.textContent?.replace(/,/g, '') === String(n),
    api.reads.totalCount,
  );
  await page.goto(`${stack.portalUrl}/explore?miss=${type}&cols=id,lungCoverage,misses&sort=LUNG_COVERAGE:asc`);
  await page.waitForSelector('td.col-lungCoverage');
  const first = await stack.graphql<{
    reads: { edges: Array<{ node: { gaze: { lungCoverage: number | null } | null } }> };
  }>(
    `query ($t: [MissType!]) { reads(filter: { missTypes: $t }, first: 1, sort: [{ field: LUNG_COVERAGE }]) {
      edges { node { gaze { lungCoverage } } } } }`,
    { t: [type] },
  );
  const want = first.reads.edges[0]?.node.gaze?.lungCoverage ?? null;
  assertShows(
    ((await page.locator('td.col-lungCoverage').first().textContent()) ?? '').trim(),
    want === null ? null : want * 100,
    'first row coverage',
  );
  await page.close();
});

test('overview: the misses and coverage charts draw what the statistics say', async () => {
  const page = await stack.newPage();
  const s = await stack.graphql<{
    statistics: {
      missesByFinding: Array<{ present: number }>;
      lungCoverageByExperience: Array<{ experienceBand: string }>;
    };
  }>(`{ statistics { missesByFinding { present } lungCoverageByExperience { experienceBand } } }`);
  await page.goto(stack.portalUrl);
  await page.waitForSelector('[data-testid="chart-misses"] .recharts-bar-rectangle');
  assert.equal(
    Number(await page.getAttribute('[data-testid="chart-misses"]', 'data-points')),
    s.statistics.missesByFinding.filter((r) => r.present > 0).length,
  );
  assert.equal(
    Number(await page.getAttribute('[data-testid="chart-coverage-experience"]', 'data-points')),
    s.statistics.lungCoverageByExperience.length,
  );
  await page.close();
});

test('screenshots at 1440 and 1024 px: replay with metrics and coverage, multi-reader, explore, overview', async () => {
  for (const width of [1440, 1024]) {
    const page = await stack.newPage({ width, height: 900 });
    await openReplay(page, `/reads/${encodeURIComponent(read.id)}?t=${read.durationSec.toFixed(3)}`);
    await page.check('[data-testid="coverage-toggle"]');
    await page.evaluate(() => window.scrollTo(0, 0));
    await still(page);
    await stack.screenshot(page, `metrics-replay-${width}`);
    await page.locator('[data-testid="gaze-metrics"]').scrollIntoViewIfNeeded();
    await stack.screenshot(page, `metrics-panel-${width}`);
    await page.goto(`${stack.portalUrl}/reads/${encodeURIComponent(read.id)}?multi=1`);
    await page.waitForSelector('[data-testid="similarity-row"]');
    await page.locator('[data-testid="scanpath-similarity"]').scrollIntoViewIfNeeded();
    await still(page);
    await stack.screenshot(page, `metrics-multi-${width}`);
    await page.goto(`${stack.portalUrl}/explore?cols=thumb,id,country,misses,lungCoverage,eyeVoice,peerSimilarity`);
    await page.waitForSelector('td.col-lungCoverage');
    await page.locator('[data-testid="gaze-facets"]').scrollIntoViewIfNeeded();
    await stack.screenshot(page, `metrics-explore-${width}`);
    await page.goto(stack.portalUrl);
    await page.waitForSelector('[data-testid="chart-misses"] .recharts-bar-rectangle');
    await page.locator('[data-testid="chart-misses"]').scrollIntoViewIfNeeded();
    await stack.screenshot(page, `metrics-overview-${width}`);
    await page.close();
  }
});
