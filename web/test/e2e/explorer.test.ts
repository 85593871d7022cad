/**
 * The query explorer: GraphiQL served by the portal (no network beyond it), pointed at the
 * portal's /api/graphql, with example operations that run; and the explore page's "Open in
 * query explorer" lands its exact operation in the editor. Screenshots: explorer, explorer-docs.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
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

test('at 1440 px the query editor gets the larger share beside the response, with the docs open too', async () => {
  const page = await stack.newPage({ width: 1440, height: 900 });
  await page.goto(`${stack.portalUrl}/explorer`);
  await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
  // No named function inside evaluate: the test runner's transform would wrap it in a helper the page lacks.
  const widths = () =>
    page.evaluate(() => {
      const [editors, response] = ['.graphiql-editors', '.graphiql-response'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().width,
      );
      return { editors: editors!, response: response! };
    });
  const closed = await widths();
  assert.ok(closed.editors >= 1.4 * closed.response, `docs closed: ${JSON.stringify(closed)}`);
  await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
  await page.waitForSelector('.graphiql-doc-explorer');
  const open = await widths();
  const docs = await page.locator('.graphiql-plugin').evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(open.editors >= 1.4 * open.response, `docs open: ${JSON.stringify(open)}`);
  assert.ok(open.editors >= 480 && docs <= 300, `docs open: editor ${open.editors} px, docs ${docs} px`);
  await stack.screenshot(page, 'explorer-docs');
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
