/**
 * Accessibility of every page in a real browser: axe-core finds no serious or critical
 * violation, each page has one h1, and the skip link takes keyboard users past the header (on
 * /explore, past the filters to the search box). Pages are checked once their data is shown.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The query explorer is checked whole (the portal darkens GraphiQL's colours and names its
 * editors). Two structures of GraphiQL itself are left, each exempt for exactly one rule on
 * exactly these elements:
 * - nested-interactive on `.graphiql-tab`: GraphiQL renders each operation tab as
 *   `li[role=tab]` around its own title and close buttons; no prop changes that markup.
 * - scrollable-region-focusable on `.CodeMirror-scroll`: CodeMirror keeps keyboard focus in a
 *   hidden text area beside the scroller and scrolls it to the cursor; the scroller itself
 *   needs no tab stop.
 */
const EXEMPT: { rule: string; selector: string }[] = [
  { rule: 'nested-interactive', selector: '.graphiql-container .graphiql-tab' },
  { rule: 'scrollable-region-focusable', selector: '.graphiql-container .CodeMirror-scroll' },
];

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

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (exempt) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; impact: string | null; nodes: { target: string[]; element: Element }[] }[];
    }
    const res = await axe.run(document, { resultTypes: ['violations'], elementRef: true });
    // An empty header cell is "minor" to axe, but leaves a screen-reader user a column without a name.
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'empty-table-header')
      .map((v) => ({
        ...v,
        // (Inline: a named helper in here would reach the page wrapped in tsx's __name.)
        nodes: v.nodes.filter((n) => !exempt.some((x) => x.rule === v.id && n.element.matches(x.selector))),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, EXEMPT);
}

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
