/**
 * Accessibility of every page in a real browser: axe-core finds no serious or critical
 * violation, each page has one h1, and the skip link takes keyboard users past the header (on
 * /explore, past the filters to the search box). Pages are checked once their data is shown.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seriousViolations } from './axe.ts';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;
let readId: string;
let imageId: string;
before(async () => {
  stack = await startStack('a11y');
  const d = await stack.graphql<{ reads: { edges: { node: { id: string; image: { id: string } } }[] } }>(
    `{ reads(first: 1) { edges { node { id image { id } } } } }`,
  );
  readId = d.reads.edges[0]!.node.id;
  imageId = d.reads.edges[0]!.node.image.id;
});
after(async () => {
  await stack?.stop();
});

/** Each page and the element that says its data is on screen. */
const PAGES = (): { path: string; ready: string }[] => [
  { path: '/', ready: 'main[data-status="ready"] [data-testid="headline-counts"]' },
  { path: '/explore', ready: 'main.explore-page[data-status="ready"]' },
  { path: '/explore?view=images', ready: 'main.explore-page[data-status="ready"]' },
  { path: '/explorer', ready: '.graphiql-container' },
  { path: `/images/${imageId}`, ready: '[data-testid="osd-viewer"][data-open="true"]' },
  { path: `/reads/${readId}`, ready: '[data-testid="reasoning-panel"]' },
  {
    path: `/images/${imageId}/replay`,
    ready: '[data-testid="multi-replay"] [data-testid="osd-viewer"][data-open="true"]',
  },
];

describe('no serious or critical axe violations, no empty table header, one h1', () => {
  for (const i of [0, 1, 2, 3, 4, 5, 6]) {
    test(`page ${i}`, async (t) => {
      const { path, ready } = PAGES()[i]!;
      t.diagnostic(path);
      const page = await stack.newPage();
      try {
        await page.goto(stack.portalUrl + path);
        await page.locator(ready).first().waitFor();
        assert.deepEqual(await seriousViolations(page), [], path);
        assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
      } finally {
        await page.close();
      }
    });
  }
});

test('the skip links reach the page, and on /explore the search box, in two Tab presses each', async () => {
  const page = await stack.newPage();
  try {
    await page.goto(`${stack.portalUrl}/explore`);
    await page.locator('main.explore-page[data-status="ready"]').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.match((await page.evaluate(() => document.activeElement?.textContent)) ?? '', /search box/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'search-input');
  } finally {
    await page.close();
  }
});
