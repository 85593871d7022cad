/**
 * The case page in a real browser: the image in OpenSeadragon with the patient's prior side by
 * side (patient 13 has a real follow-up series), synchronised zoom, the reads with links to
 * their replays, the agreement panel, the NIH attribution and the synthetic-data notice.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, viewerAnimations, viewersSettled, type Stack } from './harness.ts';

const IMAGE = '00000013_018';
let stack: Stack;

before(async () => {
  stack = await startStack('image-page');
});
after(async () => {
  await stack?.stop();
});

test('image page: prior side by side with synchronised zoom, reads, agreement, attribution', async () => {
  const d = await stack.graphql<{
    image: {
      readCount: number;
      prior: { id: string } | null;
      reads: Array<{ id: string }>;
      findingVotes: Array<{ finding: string; positive: number; readCount: number }>;
    };
  }>(
    `query ($id: ID!) { image(id: $id) { readCount prior { id } reads { id } findingVotes { finding positive readCount } } }`,
    { id: IMAGE },
  );
  assert.ok(d.image.prior, 'patient 13 has a prior study');

  const page = await stack.newPage();
  await page.goto(`${stack.portalUrl}/images/${IMAGE}`);
  await page.waitForSelector('[data-testid="image-case"]');
  await page.waitForFunction(() => {
    const frames = Array.from(document.querySelectorAll('[data-testid="osd-viewer"]'));
    return frames.length === 2 && frames.every((f) => Number(f.getAttribute('data-tiles-loaded')) > 0);
  });
  assert.ok(await page.locator('[data-testid="synthetic-notice"]').first().isVisible());
  const attribution = (await page.locator('[data-testid="image-attribution"]').textContent()) ?? '';
  assert.match(attribution, /NIH Clinical Center/);
  assert.match(attribution, /Wang X/);
  assert.equal(await page.locator('[data-testid="image-attribution"] a[href*="nihcc"]').count(), 1);

  // Reads: one entry each, linking to its replay.
  const reads = page.locator('[data-testid="reads-of-image"] li[data-read-id]');
  assert.equal(await reads.count(), d.image.readCount);
  for (const r of d.image.reads) assert.equal(await page.locator(`a[href="/reads/${r.id}"]`).count(), 1);
  // Agreement: one row per finding with "k of n".
  for (const v of d.image.findingVotes) {
    const row = page.locator(`[data-testid="agreement-panel"] tr[data-finding="${v.finding}"]`);
    assert.match((await row.textContent()) ?? '', new RegExp(`${v.positive} of ${v.readCount}`));
  }

  // Zooming the current image zooms the prior with it.
  const zooms = () =>
    page.$$eval('[data-testid="osd-viewer"]', (els) => els.map((e) => Number(e.getAttribute('data-zoom') ?? 'NaN')));
  const firstViewer = page.locator('[data-testid="osd-viewer"]').first();
  await firstViewer.hover();
  let before = await viewerAnimations(page);
  await firstViewer.locator('button[aria-label="Zoom in"]').click();
  await firstViewer.locator('button[aria-label="Zoom in"]').click();
  // The leader animates; the prior follows it immediately on every viewport change.
  await viewersSettled(page, [before[0]!, -1]);
  const [a, b] = await zooms();
  assert.ok(a! > 1.5, `zoomed in (${a})`);
  assert.ok(Math.abs(a! - b!) / a! < 0.02, `prior follows: ${a} vs ${b}`);
  before = await viewerAnimations(page);
  await page.locator('[data-testid="osd-viewer"]').first().locator('button[aria-label="Fit the whole image"]').click();
  await viewersSettled(page, [before[0]!, -1]);
  await stack.screenshot(page, 'image-page-prior');

  // Without sync the prior stays put.
  await page.locator('[data-testid="synced-pair"] input[type="checkbox"]').uncheck();
  before = await viewerAnimations(page);
  await firstViewer.locator('button[aria-label="Zoom in"]').click();
  // Only the first viewer moves now.
  await viewersSettled(page, [before[0]!, -1]);
  const [a2, b2] = await zooms();
  assert.ok(a2! > b2! * 1.3, `unsynchronised: ${a2} vs ${b2}`);
  await page.close();
});
