/**
 * The overview in a real browser on the demo dataset: what the dataset is (name, attribution,
 * the synthetic notice), headline counts equal to the API's statistics, charts that draw one bar
 * per data point (all countries included), and charts that follow the URL filter.
 * Screenshots: overview, overview-filtered.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;

before(async () => {
  stack = await startStack('overview');
});
after(async () => {
  await stack?.stop();
});

interface Bucket {
  value: string;
  count: number;
}
interface Statistics {
  statistics: {
    readCount: number;
    readsByCountry: Bucket[];
    readsByFinding: Bucket[];
    readsByStrategy: Bucket[];
    readsByContinent: Bucket[];
    readsByRole: Bucket[];
    readsPerImage: Bucket[];
    experienceHistogram: { count: number }[];
    durationHistogram: { count: number }[];
  };
}
const STATISTICS = `query ($f: ReadFilter) { statistics(filter: $f) {
  readCount readsByCountry { value count } readsByFinding { value count } readsByStrategy { value count }
  readsByContinent { value count } readsByRole { value count } readsPerImage { value count }
  experienceHistogram { count } durationHistogram { count } } }`;

async function ready(page: Page, readCount: number): Promise<void> {
  await page.waitForFunction((n) => {
    const main = document.querySelector<HTMLElement>('main.overview-page');
    const reads = document.querySelector('.headline-tile .headline-number')?.textContent?.replace(/,/g, '');
    return main?.dataset.status === 'ready' && reads === String(n);
  }, readCount);
}

/** Drawn bars of a chart: recharts renders one .recharts-bar-rectangle per data point. */
async function bars(page: Page, testId: string): Promise<{ rectangles: number; paths: number }> {
  return page.locator(`[data-testid="${testId}"]`).evaluate((el) => ({
    rectangles: el.querySelectorAll('.recharts-bar-rectangle').length,
    paths: el.querySelectorAll('.recharts-bar-rectangle path').length,
  }));
}

async function assertCharts(page: Page, s: Statistics['statistics']): Promise<void> {
  const expected: [string, number, number][] = [
    ['chart-country', s.readsByCountry.length, s.readsByCountry.filter((b) => b.count > 0).length],
    ['chart-finding', s.readsByFinding.length, s.readsByFinding.filter((b) => b.count > 0).length],
    ['chart-strategy', s.readsByStrategy.length, s.readsByStrategy.filter((b) => b.count > 0).length],
    ['chart-continent', s.readsByContinent.length, s.readsByContinent.filter((b) => b.count > 0).length],
    ['chart-role', s.readsByRole.length, s.readsByRole.filter((b) => b.count > 0).length],
    ['chart-reads-per-image', s.readsPerImage.length, s.readsPerImage.filter((b) => b.count > 0).length],
    ['chart-experience', s.experienceHistogram.length, s.experienceHistogram.filter((b) => b.count > 0).length],
    ['chart-duration', s.durationHistogram.length, s.durationHistogram.filter((b) => b.count > 0).length],
  ];
  for (const [id, points, nonZero] of expected) {
    const drawn = await bars(page, id);
    assert.ok(points > 0 && nonZero > 0, `${id}: the API has data`);
    // recharts draws one rectangle (a path) per data point; a zero count (an empty histogram
    // bucket) has no height and draws none.
    assert.equal(drawn.rectangles, nonZero, `${id}: one bar per non-zero data point (${points} points)`);
    assert.equal(drawn.paths, nonZero, `${id}: every bar is drawn`);
  }
}

test('overview: dataset, attribution, synthetic notice, counts and charts with data', async () => {
  const { statistics: s } = await stack.graphql<Statistics>(STATISTICS);
  const { dataset } = await stack.graphql<{ dataset: { name: string; synthetic: boolean } }>(
    '{ dataset { name synthetic } }',
  );
  const page = await stack.newPage();
  await page.goto(stack.portalUrl);
  await ready(page, s.readCount);

  assert.equal(await page.locator('h1').textContent(), dataset.name);
  assert.equal(dataset.synthetic, true);
  assert.match((await page.locator('[data-testid="synthetic-notice"]').textContent()) ?? '', /synthetic/);
  assert.match((await page.locator('.overview-attribution').textContent()) ?? '', /NIH Clinical Center/);
  await stack.screenshot(page, 'overview');
  await assertCharts(page, s);
  // All countries are in the (scrollable) chart, the last one included.
  const lastCountry = s.readsByCountry[s.readsByCountry.length - 1]!;
  await page.locator('[data-testid="chart-country"]').scrollIntoViewIfNeeded();
  assert.ok(s.readsByCountry.length > 20, 'the demo has many countries');
  const labels = await page
    .locator('[data-testid="chart-country"] .recharts-cartesian-axis-tick-value')
    .allTextContents();
  assert.equal(labels.length, s.readsByCountry.length, 'every country is labelled');
  assert.ok(lastCountry.count > 0);
  await page.close();
});

test('overview follows the URL filter; a bar click filters; "open in explore" keeps the filter', async () => {
  const page = await stack.newPage();
  const filter = { continents: ['EU'] };
  const { statistics: eu } = await stack.graphql<Statistics>(STATISTICS, { f: filter });
  await page.goto(`${stack.portalUrl}/?continent=EU`);
  await ready(page, eu.readCount);
  assert.ok(await page.locator('.chip:has-text("Europe")').isVisible());
  await assertCharts(page, eu);

  // Click the top strategy's bar: the strategy joins the filter and every chart follows.
  const top = eu.readsByStrategy[0]!;
  await page.locator('[data-testid="chart-strategy"] .recharts-bar-rectangle').first().click();
  await page.waitForURL(new RegExp(`strategy=${top.value}`));
  const { statistics: both } = await stack.graphql<Statistics>(STATISTICS, {
    f: { ...filter, strategies: [top.value] },
  });
  assert.equal(both.readCount, top.count, 'a bar shows the count its filter gives');
  await ready(page, both.readCount);
  await assertCharts(page, both);
  await stack.screenshot(page, 'overview-filtered');

  const href = await page.locator('[data-testid="open-in-explore"]').getAttribute('href');
  assert.equal(href, `/explore?continent=EU&strategy=${top.value}`);
  await page.locator('[data-testid="open-in-explore"]').click();
  await page.waitForURL(/\/explore\?/);
  await page.waitForFunction(
    (n) =>
      document.querySelector('main.explore-page')?.getAttribute('data-status') === 'ready' &&
      document.querySelector('[data-testid="total-count"]')?.textContent === String(n),
    both.readCount,
  );
  await page.close();
});
