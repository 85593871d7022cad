/**
 * The query explorer: GraphiQL served by the portal (no network beyond it), pointed at the
 * portal's /api/graphql, with example operations that run; and the explore page's "Open in
 * query explorer" lands its exact operation in the editor; with the docs open the editor keeps its
 * width (the examples fold into a drawer). Screenshots: explorer, explorer-docs(-1280),
 * explorer-examples-drawer.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;

before(async () => {
  stack = await startStack('explorer');
});
after(async () => {
  await stack?.stop();
});

/** Text of a GraphiQL CodeMirror 5 editor (query, variables or response). */
async function editorText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const cm = (el.querySelector('.CodeMirror') as unknown as { CodeMirror?: { getValue(): string } } | null)
      ?.CodeMirror;
    return cm?.getValue() ?? el.textContent ?? '';
  });
}

/** Runs the editor's operation; resolves with the response text once `expect` shows in it. */
async function run(page: Page, expect: string): Promise<string> {
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/api/graphql') && !(r.request().postData() ?? '').includes('__schema'),
  );
  await page.locator('.graphiql-execute-button').click();
  await answered;
  await page.waitForFunction((text) => {
    const cm = (
      document.querySelector('.graphiql-response .CodeMirror') as unknown as {
        CodeMirror?: { getValue(): string };
      } | null
    )?.CodeMirror;
    return !!cm && cm.getValue().includes(text);
  }, expect);
  return editorText(page, '.graphiql-response');
}

/** Picks an example and waits until GraphiQL has taken it in (the active tab is named after it). */
async function pick(page: Page, example: string, operation: string): Promise<void> {
  await page.locator(`[data-example="${example}"]`).click();
  await page.waitForFunction(
    (op) => document.querySelector('.graphiql-tab-active')?.textContent?.includes(op),
    operation,
  );
}

test('GraphiQL runs the example operations against the portal', async () => {
  const page = await stack.newPage();
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(stack.portalUrl) && !r.url().startsWith('data:')) external.push(r.url());
  });
  // GraphiQL runs nothing until its introspection has answered.
  const schema = page.waitForResponse(
    (r) => r.url().endsWith('/api/graphql') && (r.request().postData() ?? '').includes('__schema'),
  );
  await page.goto(`${stack.portalUrl}/explorer`);
  await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
  await schema;
  assert.match(await editorText(page, '.graphiql-query-editor'), /query ReadsByCountryAndFinding/);
  assert.match(await editorText(page, '.graphiql-editor-tool'), /"countries"/);

  const first = JSON.parse(await run(page, '"totalCount"')) as {
    data: { reads: { totalCount: number; facets: { country: { buckets: unknown[] } } } };
  };
  const api = await stack.graphql<{ reads: { totalCount: number } }>(
    '{ reads(filter: { countries: ["BR", "US"], findings: { any: [CONSOLIDATION] } }, first: 0) { totalCount } }',
  );
  assert.equal(first.data.reads.totalCount, api.reads.totalCount);
  assert.ok(first.data.reads.facets.country.buckets.length > 0);
  await stack.screenshot(page, 'explorer');

  // Another example replaces the editor's content and runs too.
  await pick(page, 'search', 'SearchReasoning');
  const search = await run(page, '<mark>');
  assert.match(search, /<mark>/);
  // The read example gets a real read id of the served dataset.
  await pick(page, 'track', 'ReadWithTrack');
  const read = JSON.parse(await run(page, '"fixations"')) as {
    data: { read: { id: string; track: { fixations: unknown[] } } | null };
  };
  assert.ok(read.data.read, 'the example read exists');
  assert.ok(read.data.read.track.fixations.length > 0);
  assert.deepEqual(external, [], 'nothing is loaded from outside the portal');
  await page.close();
});

/** Widths (px) of the examples list, the editors, the response and GraphiQL's side pane (0: closed). */
async function paneWidths(page: Page) {
  // No named function inside evaluate: the test runner's transform would wrap it in a helper the page lacks.
  return page.evaluate(() => {
    const [examples, editors, response, docs] = [
      '.example-list',
      '.graphiql-editors',
      '.graphiql-response',
      '.graphiql-plugin',
    ].map((s) => document.querySelector(s)?.getBoundingClientRect().width ?? 0);
    return { examples: examples!, editors: editors!, response: response!, docs: docs! };
  });
}

async function openDocs(page: Page) {
  await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
  await page.waitForSelector('.explorer-layout[data-pane-open="true"] .graphiql-doc-explorer');
}

test('with the docs open the query editor keeps its width at 1024, 1280 and 1440 px (the examples fold away)', async () => {
  // Least editor width with the docs open: about 45, 60 and 70 characters of code beside the gutter and toolbar.
  const least: Record<number, number> = { 1024: 420, 1280: 560, 1440: 640 };
  for (const width of [1024, 1280, 1440]) {
    const page = await stack.newPage({ width, height: 800 });
    await page.goto(`${stack.portalUrl}/explorer`);
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
    const closed = await paneWidths(page);
    assert.ok(closed.examples >= 240, `${width} px, docs closed: the examples are listed (${JSON.stringify(closed)})`);
    assert.ok(closed.editors >= 1.8 * closed.response, `${width} px, docs closed: ${JSON.stringify(closed)}`);
    await openDocs(page);
    const open = await paneWidths(page);
    const where = `${width} px, docs open: ${JSON.stringify(open)}`;
    assert.ok(open.editors >= least[width]!, where);
    assert.ok(open.editors >= 1.8 * open.response && open.response >= 200, where);
    assert.ok(open.docs >= 200 && open.docs <= 300, where);
    assert.ok(open.examples <= 48, `${where}: the examples fold into a rail`);
    assert.equal(await page.locator('h1').count(), 1, 'the page keeps its h1');
    if (width === 1280) await stack.screenshot(page, 'explorer-docs-1280');
    if (width === 1440) await stack.screenshot(page, 'explorer-docs');
    await page.close();
  }
});

test('folded, the examples open as a drawer: a pick loads the example and closes it, Escape and a click outside do too', async () => {
  const page = await stack.newPage({ width: 1280, height: 800 });
  await page.goto(`${stack.portalUrl}/explorer`);
  await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
  await openDocs(page);
  const toggle = page.locator('.examples-toggle');
  assert.equal(await page.locator('[data-example="search"]').isVisible(), false, 'the list is folded');
  await toggle.click();
  await page.waitForSelector('.example-list[data-drawer-open="true"] [data-example="search"]', { state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // The drawer covers the docs pane, not the editor.
  const drawer = await page.locator('#example-drawer').evaluate((el) => el.getBoundingClientRect().right);
  const editor = await page.locator('.graphiql-editors').evaluate((el) => el.getBoundingClientRect().left);
  assert.ok(drawer <= editor, `drawer ends at ${drawer} px, the editor starts at ${editor} px`);
  assert.deepEqual(await seriousViolations(page), [], 'axe, drawer open');
  await stack.screenshot(page, 'explorer-examples-drawer');

  await pick(page, 'search', 'SearchReasoning');
  await page.waitForSelector('.example-list[data-drawer-open="false"]');
  assert.equal(await page.locator('.graphiql-doc-explorer').count(), 1, 'the docs stay open');

  await toggle.click();
  await page.waitForSelector('.example-list[data-drawer-open="true"]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.example-list[data-drawer-open="false"]');
  assert.equal(
    await page.evaluate(() => document.activeElement?.className),
    'examples-toggle',
    'focus back on the button',
  );

  await toggle.click();
  await page.waitForSelector('.example-list[data-drawer-open="true"]');
  await page.locator('.graphiql-query-editor').click();
  await page.waitForSelector('.example-list[data-drawer-open="false"]');

  // Closing the docs lists the examples again.
  await page.locator('.graphiql-sidebar button[aria-label="Hide Documentation Explorer"]').click();
  await page.waitForSelector('.explorer-layout[data-pane-open="false"]');
  assert.ok(await page.locator('[data-example="search"]').isVisible());
  assert.equal(await toggle.isVisible(), false);
  await page.close();
});

test('a divider the user dragged keeps its split, with the docs open too', async () => {
  const page = await stack.newPage({ width: 1280, height: 800 });
  // What GraphiQL stores when the user drags the editor/response divider to the middle.
  await page.addInitScript(() => localStorage.setItem('graphiql:editorFlex', '1'));
  await page.goto(`${stack.portalUrl}/explorer`);
  await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
  await openDocs(page);
  const { editors, response } = await paneWidths(page);
  assert.ok(Math.abs(editors - response) <= 16, `editor ${editors} px, response ${response} px: still 1 : 1`);
  await page.close();
});

test('"Open in query explorer" from /explore carries the exact operation and variables', async () => {
  const page = await stack.newPage();
  await page.goto(`${stack.portalUrl}/explore?country=BR&q=effusion`);
  await page.waitForSelector('main.explore-page[data-status="ready"]');
  await page.locator('summary:has-text("Query")').click();
  const schema = page.waitForResponse(
    (r) => r.url().endsWith('/api/graphql') && (r.request().postData() ?? '').includes('__schema'),
  );
  await page.locator('a:has-text("Open in query explorer")').click();
  await page.waitForURL(/\/explorer\?query=/);
  await schema;
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
  assert.match(await editorText(page, '.graphiql-query-editor'), /query ExploreReads\(/);
  const variables = JSON.parse(await editorText(page, '.graphiql-editor-tool')) as { filter: unknown; search: string };
  assert.deepEqual(variables.filter, { countries: ['BR'] });
  assert.equal(variables.search, 'effusion');
  const answer = JSON.parse(await run(page, '"totalCount"')) as { data: { reads: { totalCount: number } } };
  const api = await stack.graphql<{ reads: { totalCount: number } }>(
    '{ reads(filter: { countries: ["BR"] }, search: "effusion", first: 0) { totalCount } }',
  );
  assert.equal(answer.data.reads.totalCount, api.reads.totalCount);
  await page.close();
});
