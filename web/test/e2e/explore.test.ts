/**
 * /explore in a real browser on the demo dataset: facet clicks agree with the API's totalCount,
 * the URL restores the page, search highlights matches, paging by cursor, sorting, keyboard
 * row navigation, placeholder rows in a fling, rows in place after one, error and bad-link states, copy as curl, export,
 * and the tablet drawer.
 * Long finding names wrap inside their pills, never cut short.
 * Screenshots: explore-reads, explore-images, explore-search, explore-search-1280, explore-pills-1280,
 * explore-tablet(-filters).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { startStack, type Stack } from './harness.ts';

let stack: Stack;

before(async () => {
  stack = await startStack('explore');
});
after(async () => {
  await stack?.stop();
});

/** The page's completed-request counter (main[data-seq]); every state change bumps it. */
async function seq(page: Page): Promise<number> {
  return Number(await page.locator('main.explore-page').getAttribute('data-seq'));
}

/** Waits until an answer newer than `after` has landed and nothing is loading. */
async function settled(page: Page, after: number): Promise<void> {
  await page.waitForFunction((prev) => {
    const main = document.querySelector<HTMLElement>('main.explore-page');
    return !!main && main.dataset.status !== 'loading' && Number(main.dataset.seq) > prev;
  }, after);
}

async function openExplore(page: Page, query = ''): Promise<void> {
  await page.goto(`${stack.portalUrl}/explore${query}`);
  await settled(page, 0);
}

async function total(page: Page): Promise<number> {
  return Number(((await page.locator('[data-testid="total-count"]').textContent()) ?? '').replace(/,/g, ''));
}

/** Count shown next to a facet value (its label's second span). */
async function facetCount(page: Page, facet: string, value: string): Promise<number> {
  const text = await page
    .locator(`[data-testid="facet-${facet}"] li:has(input[data-value="${value}"]) .facet-count`)
    .textContent();
  return Number((text ?? '').replace(/,/g, ''));
}

async function click(page: Page, selector: string): Promise<void> {
  const before = await seq(page);
  await page.locator(selector).click();
  await settled(page, before);
}

test('country + finding: table total = facet counts = API totalCount, and a reload restores it', async () => {
  const page = await stack.newPage();
  await openExplore(page);
  const all = await stack.graphql<{ reads: { totalCount: number } }>('{ reads(first: 0) { totalCount } }');
  assert.equal(await total(page), all.reads.totalCount);
  assert.ok(await page.locator('[data-testid="synthetic-notice"]').isVisible(), 'demo reads are marked synthetic');

  // The most frequent country, then the most frequent finding among its reads.
  const country = (await page.locator('[data-testid="facet-country"] li input').first().getAttribute('data-value'))!;
  await click(page, `[data-testid="facet-country"] input[data-value="${country}"]`);
  const finding = (await page.locator('[data-testid="facet-finding"] li input').first().getAttribute('data-value'))!;
  await click(page, `[data-testid="facet-finding"] input[data-value="${finding}"]`);

  const filter = { countries: [country], findings: { any: [finding] } };
  const api = await stack.graphql<{ reads: { totalCount: number }; images: { totalCount: number } }>(
    'query ($f: ReadFilter) { reads(filter: $f, first: 0) { totalCount } images(filter: $f, first: 0) { totalCount } }',
    { f: filter },
  );
  const shown = await total(page);
  assert.ok(shown > 0);
  assert.equal(shown, api.reads.totalCount, 'table total = API totalCount');
  assert.equal(await facetCount(page, 'country', country), shown, 'country facet count = total');
  assert.equal(await facetCount(page, 'finding', finding), shown, 'finding facet count = total');
  assert.ok(page.url().includes(`country=${country}`) && page.url().includes(`finding=${finding}`), page.url());
  assert.equal(await page.locator('[data-testid="filter-chips"] .chip').count(), 2);
  // Every loaded row is listed in the DOM only while on screen (virtualized), but all are loaded.
  await page.waitForFunction(
    (n) => document.querySelector('.results-foot')?.textContent?.startsWith(`${n} of ${n}`),
    shown,
  );

  await page.reload();
  await settled(page, 0);
  assert.equal(await total(page), shown, 'same total after reload');
  assert.ok(await page.locator(`[data-testid="facet-country"] input[data-value="${country}"]`).isChecked());
  assert.ok(await page.locator(`[data-testid="facet-finding"] input[data-value="${finding}"]`).isChecked());
  await stack.screenshot(page, 'explore-reads');

  // The images view counts images under the same filter (facets too).
  await click(page, '[data-testid="view-images"]');
  assert.ok(page.url().includes('view=images'));
  assert.equal(await total(page), api.images.totalCount);
  assert.equal(await facetCount(page, 'country', country), api.images.totalCount);
  const thumbs = page.locator('[data-testid="results-table"] tbody img.thumb');
  assert.ok((await thumbs.count()) > 0);
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('tbody img.thumb')].some((i) => i.complete && i.naturalWidth > 0),
  );
  await stack.screenshot(page, 'explore-images');

  // Back restores the reads view (history entries per discrete change).
  const before = await seq(page);
  await page.goBack();
  await settled(page, before);
  assert.ok(!page.url().includes('view=images'));
  assert.equal(await total(page), shown);
  await page.close();
});

test('search highlights matches in rows; clearing filters restores the full count', async () => {
  const page = await stack.newPage();
  await openExplore(page, '?role=ATTENDING');
  const before = await seq(page);
  await page.locator('[data-testid="search-input"]').fill('effusion');
  await page.waitForURL(/q=effusion/);
  await settled(page, before);
  const api = await stack.graphql<{ reads: { totalCount: number } }>(
    'query { reads(filter: { roles: [ATTENDING] }, search: "effusion", first: 0) { totalCount } }',
  );
  assert.equal(await total(page), api.reads.totalCount);
  const marks = page.locator('[data-testid="results-table"] tbody tr mark');
  assert.ok((await marks.count()) > 0, 'highlighted fragments in rows');
  // The search also looks for the word's other forms and its synonyms (docs/api.md#full-text-search).
  for (const text of await marks.allTextContents()) assert.match(text, /effusion|pleural fluid/i);
  const expansions = (await page.locator('[data-testid="search-expansions"]').textContent()) ?? '';
  assert.match(expansions, /Also searched: effusion → .*“pleural effusion”/);
  await stack.screenshot(page, 'explore-search');

  // "Search as written": the URL says so and the count is the unexpanded one.
  const widened = await seq(page);
  await click(page, '[data-testid="search-exact"]');
  await page.waitForURL(/exact=1/);
  await settled(page, widened);
  const exact = await stack.graphql<{ reads: { totalCount: number } }>(
    'query { reads(filter: { roles: [ATTENDING] }, search: "effusion", expand: false, first: 0) { totalCount } }',
  );
  assert.equal(await total(page), exact.reads.totalCount);
  assert.match((await page.locator('[data-testid="search-expansions"]').textContent()) ?? '', /Searched as written/);

  await click(page, '[data-testid="clear-filters"]');
  const all = await stack.graphql<{ reads: { totalCount: number } }>('{ reads(first: 0) { totalCount } }');
  assert.equal(await total(page), all.reads.totalCount);
  assert.equal(await page.locator('[data-testid="search-input"]').inputValue(), '');
  assert.equal(new URL(page.url()).search, '');
  await page.close();
});

test('infinite scroll pages with the cursor; the DOM holds only the visible rows', async () => {
  const page = await stack.newPage();
  await openExplore(page);
  const n = await total(page);
  assert.ok(n > 100, 'the demo has more reads than the first page');
  const scroller = page.locator('[data-testid="results-scroll"]');
  const foot = () => page.evaluate(() => document.querySelector('.results-foot')?.textContent ?? '');
  for (let i = 0; i < 20; i++) {
    const shown = await foot();
    if (shown.startsWith(`${n} of ${n}`)) break;
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    // The next page has arrived when the "x of n loaded" line changes.
    await page.waitForFunction((prev) => document.querySelector('.results-foot')?.textContent !== prev, shown);
  }
  await page.waitForFunction(
    (want) => document.querySelector('.results-foot')?.textContent?.startsWith(`${want} of ${want}`),
    n,
  );
  // Everything is loaded: at the bottom now, the last rows are the ones rendered.
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const domRows = await page.locator('[data-testid="results-table"] tbody tr').count();
  assert.ok(domRows < 60, `virtualized: ${domRows} rows in the DOM for ${n}`);
  // The last row is the last read in id order.
  const last = await stack.graphql<{ reads: { edges: { node: { id: string } }[] } }>(
    '{ reads(first: 1, sort: [{ field: ID, direction: DESC }]) { edges { node { id } } } }',
  );
  await page.waitForSelector(`tr[data-href="/reads/${last.reads.edges[0]!.node.id}"]`);
  await page.close();
});

test('a fling shows placeholder rows; reading speed never does, and the rows come back when it stops', async () => {
  const page = await stack.newPage();
  await openExplore(page);
  // Most placeholder rows seen while scrolling `px` per frame for `frames` frames.
  const scroll = (px: number, frames: number) =>
    page.evaluate(
      async ({ px, frames }) => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="results-scroll"]')!;
        let most = 0;
        for (let i = 0; i < frames; i++) {
          scroller.scrollTop += px;
          await new Promise((r) => requestAnimationFrame(r));
          most = Math.max(most, scroller.querySelectorAll('td.row-placeholder').length);
        }
        return most;
      },
      { px, frames },
    );
  assert.equal(await scroll(20, 60), 0, 'no placeholder at 20 px per frame');
  assert.ok((await scroll(900, 12)) > 0, 'placeholders at 900 px per frame');
  await page.waitForFunction(() => document.querySelectorAll('td.row-placeholder').length === 0);
  const rows = page.locator('[data-testid="results-table"] tbody tr[data-href]');
  assert.equal(
    await rows.first().locator('td').count(),
    await page.locator('[data-testid="results-table"] th').count(),
  );
  await page.close();
});

test('after a fast scroll every rendered row sits at its index, and no row has a style of its own', async () => {
  const page = await stack.newPage();
  for (const query of ['', '?q=effusion']) {
    await openExplore(page, query);
    // A fling, then rest: the rows on screen render in full where their indexes put them.
    await page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="results-scroll"]')!;
      for (let i = 0; i < 8; i++) {
        scroller.scrollTop += 900;
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    await page.waitForFunction(() => document.querySelectorAll('td.row-placeholder').length === 0);
    const rows = await page.evaluate(() => {
      const body = document.querySelector('[data-testid="results-table"] tbody')!;
      const top = body.getBoundingClientRect().top;
      return [...body.querySelectorAll<HTMLElement>('tr[data-href]')].map((tr) => ({
        index: Number(tr.dataset.index),
        offset: tr.getBoundingClientRect().top - top,
        height: tr.getBoundingClientRect().height,
        style: tr.getAttribute('style'),
      }));
    });
    assert.ok(rows.length > 5 && rows[0]!.index > 0, `${query}: scrolled down (first row ${rows[0]?.index})`);
    const height = rows[0]!.height;
    for (const r of rows) {
      assert.ok(
        Math.abs(r.offset - r.index * height) < 1,
        `${query}: row ${r.index} at ${r.offset}, not ${r.index * height}`,
      );
      assert.equal(r.height, height, `${query}: row ${r.index}`);
      // A distinct inline style per row (a translateY each) made style recalculation slow down as rows passed.
      assert.equal(r.style, null, `${query}: row ${r.index} has a style of its own`);
    }
  }
  await page.close();
});

test('server-side sort from a column header; keyboard and click open a row', async () => {
  const page = await stack.newPage();
  await openExplore(page);
  await click(page, 'th button:has-text("Duration")');
  assert.ok(page.url().includes('sort=DURATION:asc'), page.url());
  const api = await stack.graphql<{ reads: { edges: { node: { id: string } }[] } }>(
    '{ reads(first: 3, sort: [{ field: DURATION }]) { edges { node { id } } } }',
  );
  const hrefs = await page
    .locator('[data-testid="results-table"] tbody tr')
    .evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-href')));
  assert.deepEqual(
    hrefs,
    api.reads.edges.map((e) => `/reads/${e.node.id}`),
  );
  await click(page, 'th button:has-text("Duration")');
  assert.ok(page.url().includes('sort=DURATION:desc'));

  // Keyboard: the first row is the table's tab stop; ArrowDown moves, Enter opens.
  const rows = page.locator('[data-testid="results-table"] tbody tr');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-index') === '1');
  const second = await page.locator('[data-testid="results-table"] tbody tr[data-index="1"]').getAttribute('data-href');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-href')), second);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === second);

  // Click (outside the id link) on an image row opens the image page.
  await openExplore(page, '?view=images');
  const first = page.locator('[data-testid="results-table"] tbody tr').first();
  const href = await first.getAttribute('data-href');
  assert.match(href ?? '', /^\/images\//);
  await first.locator('td.col-reads').click();
  await page.waitForURL((u) => u.pathname === href);
  await page.close();
});

/** The table's overflow and where the first row's id cell and matches sit, relative to the scroller. */
async function tableFit(page: Page) {
  return page.evaluate(() => {
    const scroll = document.querySelector<HTMLElement>('[data-testid="results-scroll"]')!;
    const box = scroll.getBoundingClientRect();
    const row = scroll.querySelector('tbody tr[data-href]');
    const id = row?.querySelector('td.col-id')?.getBoundingClientRect();
    const matches = row?.querySelector('td.is-line .highlights')?.getBoundingClientRect();
    // A header label (and its sort arrow) cut off by its cell.
    const cut = [...scroll.querySelectorAll<HTMLElement>('thead th:not(.is-line)')]
      .filter((th) => (th.querySelector('button') ?? th).scrollWidth > th.clientWidth)
      .map((th) => th.textContent);
    return {
      overflow: scroll.scrollWidth - scroll.clientWidth,
      scrollLeft: scroll.scrollLeft,
      idLeft: id ? id.left - box.left : null,
      matches: matches ? { left: matches.left - box.left, right: box.right - matches.right } : null,
      cut,
    };
  });
}

test('both views fit 1280 and 1440 px, with and without a search, sorted by any column', async () => {
  for (const width of [1280, 1440]) {
    const page = await stack.newPage({ width, height: 900 });
    for (const view of ['reads', 'images'])
      for (const q of ['', 'effusion']) {
        const where = `${width} px, ${view}, ${q ? 'searching' : 'no search'}`;
        await openExplore(page, `?view=${view}${q ? `&q=${q}` : ''}`);
        const fit = await tableFit(page);
        assert.ok(fit.overflow <= 0, `${where}: the table is ${fit.overflow} px too wide`);
        assert.deepEqual(fit.cut, [], `${where}: header labels cut off`);
        if (q) assert.ok(fit.matches && fit.matches.right >= 0, `${where}: the matches line is in view`);
        const sortable = await page.locator('thead th button.sort-button').count();
        assert.ok(sortable >= 3, where);
        for (let i = 0; i < sortable; i++) {
          const label = await page.locator('thead th button.sort-button').nth(i).textContent();
          await click(page, `thead th button.sort-button >> nth=${i}`);
          const sorted = await tableFit(page);
          assert.ok(
            sorted.overflow <= 0 && sorted.scrollLeft === 0,
            `${where}, sorted by ${label}: ${JSON.stringify(sorted)}`,
          );
        }
      }
    if (width === 1280) {
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('tbody img.thumb')].some(
          (i) => i.complete && i.naturalWidth > 0,
        ),
      );
      await stack.screenshot(page, 'explore-search-1280');
    }
    await page.close();
  }
});

/**
 * The pill cells of the rows on screen, by row: pill count, cut (taller or wider than shown), pills
 * wrapped, a name ending in an ellipsis.
 */
async function pillCells(page: Page) {
  return page.evaluate(() => {
    const out: {
      row: string;
      names: string;
      pills: number;
      cutDown: boolean;
      cutAcross: boolean;
      wrapped: number;
      ellipsis: boolean;
    }[] = [];
    for (const ul of document.querySelectorAll<HTMLElement>(
      '[data-testid="results-scroll"] tbody tr[data-href] .pills',
    )) {
      const td = ul.closest('td')!.getBoundingClientRect();
      const box = ul.getBoundingClientRect();
      out.push({
        row: ul.closest('tr')!.getAttribute('data-href')!,
        names: ul.title,
        pills: ul.children.length,
        cutDown: ul.scrollHeight > ul.clientHeight + 1 || box.top < td.top - 0.5 || box.bottom > td.bottom + 0.5,
        // (Each piece of each pill: the list's scrollWidth would count its own end padding too.)
        cutAcross:
          box.right > td.right + 0.5 ||
          [...ul.children].some((li) => [...li.getClientRects()].some((r) => r.right > box.right + 0.5)),
        wrapped: [...ul.children].filter((li) => li.getClientRects().length > 1).length,
        ellipsis: [...ul.querySelectorAll<HTMLElement>('*')].some(
          (e) => getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth,
        ),
      });
    }
    return out;
  });
}

test('finding names show whole: a long one wraps inside its pill, every row at 1024, 1280 and 1440 px', async () => {
  for (const width of [1024, 1280, 1440]) {
    const page = await stack.newPage({ width, height: 900 });
    for (const query of ['', '?q=effusion', '?view=images']) {
      const where = `${width} px ${query || '(reads)'}`;
      await openExplore(page, query);
      const n = await total(page);
      const cells = new Map<string, Awaited<ReturnType<typeof pillCells>>[number][]>();
      const scroller = page.locator('[data-testid="results-scroll"]');
      // Screen by screen to the end (pages load on the way), each once its rows are drawn: no loader, no placeholder.
      for (let top = 0; ;) {
        await scroller.evaluate((el, y) => el.scrollTo({ top: y }), top);
        await page.waitForFunction(() => {
          const el = document.querySelector<HTMLElement>('[data-testid="results-scroll"]')!;
          const box = el.getBoundingClientRect();
          const rows = [...el.querySelectorAll('tbody tr')].filter((r) => {
            const b = r.getBoundingClientRect();
            return b.bottom > box.top + 40 && b.top < box.bottom;
          });
          return (
            rows.length > 0 && rows.every((r) => r.hasAttribute('data-href') && !r.querySelector('.row-placeholder'))
          );
        });
        for (const cell of await pillCells(page)) cells.set(cell.row, [...(cells.get(cell.row) ?? []), cell]);
        const { scrollTop, clientHeight, scrollHeight } = await scroller.evaluate((el) => ({
          scrollTop: el.scrollTop,
          clientHeight: el.clientHeight,
          scrollHeight: el.scrollHeight,
        }));
        if (scrollTop + clientHeight >= scrollHeight - 1 && (await page.locator('tbody tr.loader-row').count()) === 0)
          break;
        top = scrollTop + clientHeight - 80;
      }
      const all = [...cells.values()].flat();
      const loaded = Number(await page.locator('[data-testid="results-table"]').getAttribute('data-loaded'));
      assert.equal(loaded, n, `${where}: every row loaded and passed through the screen`);
      assert.ok(all.length > 0, where);
      const across = all.filter((c) => c.cutAcross);
      assert.deepEqual(across, [], `${where}: pills cut at the cell's right edge`);
      assert.deepEqual(
        all.filter((c) => c.ellipsis),
        [],
        `${where}: a name ending in an ellipsis`,
      );
      const single = all.filter((c) => c.pills === 1 && c.cutDown);
      assert.deepEqual(single, [], `${where}: a cell's only pill cut short`);
      if (query === '' && width <= 1280)
        assert.ok(
          all.some((c) => c.wrapped > 0 && /cardiac silhouette/.test(c.names)),
          `${where}: "Enlarged cardiac silhouette" is wider than the column and wraps`,
        );
    }
    if (width === 1280) {
      await openExplore(page);
      // The filters' values (findings, countries) wrap too.
      const cutFacets = await page.$$eval('.facet-label', (els) =>
        els
          .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
          .map((e) => e.textContent),
      );
      assert.deepEqual(cutFacets, [], `${width} px: facet values cut short`);
      assert.deepEqual(await seriousViolations(page), [], `${width} px: axe`);
      await stack.screenshot(page, 'explore-pills-1280');
    }
    await page.close();
  }
});

test('with more columns than fit, the thumbnail and id stay in view and so do the matches', async () => {
  const page = await stack.newPage({ width: 1280, height: 900 });
  const cols = 'thumb,id,matches,country,experience,findings,agreement,difficulty,started,misses,lungCoverage';
  await openExplore(page, `?q=effusion&cols=${cols}`);
  const scroller = page.locator('[data-testid="results-scroll"]');
  const start = await tableFit(page);
  assert.ok(start.overflow > 200, 'this column set is wider than the screen');
  await scroller.evaluate((el) => el.scrollTo({ left: 300 }));
  await page.waitForFunction(() => document.querySelector('[data-testid="results-scroll"]')!.scrollLeft === 300);
  const moved = await tableFit(page);
  assert.equal(moved.idLeft, start.idLeft, 'the id column sticks');
  assert.ok(moved.matches && start.matches, 'a matches line');
  assert.ok(Math.abs(moved.matches.left - start.matches.left) <= 1, 'the matches stay where they start');
  assert.ok(moved.matches.right >= 0, 'and end inside the visible part');
  await page.close();
});

test('copy as curl runs as is; export downloads the filtered set', async () => {
  const page = await stack.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.portalUrl });
  await openExplore(page, '?continent=EU&strategy=SYSTEMATIC');
  const shown = await total(page);
  await page.locator('summary:has-text("Query")').click();
  await page.locator('[data-testid="copy-curl"]').click();
  await page.waitForSelector('.toast:has-text("Copied")');
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(curl.startsWith(`curl -s '${stack.portalUrl}/api/graphql'`), curl.slice(0, 80));
  const body = /--data-raw '([\s\S]*)'\n$/.exec(curl)![1]!.replace(/'\\''/g, "'");
  const res = await fetch(`${stack.portalUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await res.json()) as { data: { reads: { totalCount: number } } };
  assert.equal(json.data.reads.totalCount, shown, 'the copied operation returns what the page shows');

  await page.locator('summary:has-text("Query")').click();
  await page.locator('[data-testid="copy-graphql"]').click();
  await page.waitForSelector('.toast:has-text("GraphQL")');
  const gql = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(gql, /^query ExploreReads\(/);
  assert.match(gql, /# Variables\n\{\n {2}"filter": \{\n {4}"continents": \[\n {6}"EU"/);

  const href = (await page.locator('[data-testid="export-reads-csv"]').getAttribute('href'))!;
  const csv = await (await fetch(`${stack.portalUrl}${href}`)).text();
  const lines = csv.trimEnd().split('\n');
  assert.match(lines[0]!, /^id,/);
  assert.equal(lines.length - 1, shown, 'one CSV row per matching read');
  const ndjson = await (
    await fetch(
      `${stack.portalUrl}${(await page.locator('[data-testid="export-images-ndjson"]').getAttribute('href'))!}`,
    )
  ).text();
  const images = await stack.graphql<{ images: { totalCount: number } }>(
    '{ images(filter: { continents: [EU], strategies: [SYSTEMATIC] }, first: 0) { totalCount } }',
  );
  assert.equal(ndjson.trimEnd().split('\n').length, images.images.totalCount);
  await page.close();
});

test('a bad link says what it ignored; an API error says what happened, with its code', async () => {
  const page = await stack.newPage();
  await openExplore(page, '?country=Brazil&duration=9-1&finding=PNEUMOTHORAX');
  const note = (await page.locator('.url-problems').textContent()) ?? '';
  assert.match(note, /country: "Brazil" is not an ISO 3166-1 alpha-2 code/);
  assert.match(note, /duration: "9-1"/);
  assert.ok(
    await page.locator('[data-testid="facet-finding"] input[data-value="PNEUMOTHORAX"]').isChecked(),
    'valid values kept',
  );

  // Well-formed values the API does not know (a country code, a band): it rejects them, and the page says so.
  await openExplore(page, '?country=XX&band=90-99');
  const error = (await page.locator('[data-testid="results-error"]').textContent()) ?? '';
  assert.match(error, /BAD_USER_INPUT/);
  assert.match(error, /XX|90-99/);
  await click(page, '[data-testid="results-error"] button');
  assert.equal(await page.locator('[data-testid="results-error"]').count(), 0);

  // No match: an empty state, not an empty table.
  await openExplore(page, '?q=zzzxqj');
  assert.equal(await total(page), 0);
  assert.ok(await page.locator('[data-testid="results-empty"]').isVisible());
  await page.close();
});

test('numeric range facet: keyboard on the slider narrows the set and lands in the URL', async () => {
  const page = await stack.newPage();
  await openExplore(page);
  const before = await seq(page);
  const min = page.locator('[data-testid="facet-duration"] input[type="range"]').first();
  await min.focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  await page.waitForURL(/duration=\d+-/);
  await settled(page, before);
  const gte = Number(/duration=(\d+)-/.exec(page.url())![1]);
  const api = await stack.graphql<{ reads: { totalCount: number } }>(
    'query ($g: Float) { reads(filter: { durationSec: { gte: $g } }, first: 0) { totalCount } }',
    { g: gte },
  );
  assert.equal(await total(page), api.reads.totalCount);
  assert.ok(await page.locator('.chip:has-text("Duration")').isVisible());
  await page.close();
});

test('tablet width: the sidebar collapses into a drawer', async () => {
  const page = await stack.newPage({ width: 820, height: 1180 });
  await openExplore(page, '?finding=PLEURAL_ABNORMALITY');
  assert.ok(!(await page.locator('#facet-drawer').isVisible()), 'drawer closed');
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLImageElement>('tbody img.thumb')].some((i) => i.complete && i.naturalWidth > 0),
  );
  await stack.screenshot(page, 'explore-tablet');
  await page.locator('button.filters-toggle').click();
  await page.waitForFunction(() => {
    const r = document.querySelector('#facet-drawer')?.getBoundingClientRect();
    return !!r && r.left >= 0 && r.width > 200;
  });
  await stack.screenshot(page, 'explore-tablet-filters');
  await click(page, '[data-testid="facet-role"] input[data-value="RESIDENT"]');
  assert.ok(page.url().includes('role=RESIDENT'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#facet-drawer')!).visibility === 'hidden');
  await page.close();
});
