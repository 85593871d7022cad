/**
 * The portal in protected mode, in headless Chromium: the public tier's overview (suppressed
 * cells as "< 10", the explanation) and the notice where records would be; sign-in with an API
 * key (a refused key first), the credential kept in an httpOnly cookie page scripts cannot
 * read, records once signed in, and sign-out. Screenshots: access-public-overview,
 * access-public-explore, access-signin-error, access-signed-in, access-signed-out.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CLI_ENTRY } from '../../../scripts/children.ts';
import { REPO_ROOT, startStack, type Stack } from './harness.ts';

const run = promisify(execFile);
let stack: Stack;
let key: string;

before(async () => {
  stack = await startStack('access', { env: { CHEXTHOUGHT_ACCESS: 'protected', CHEXTHOUGHT_RATE_LIMIT: '100000' } });
  const out = await run(
    process.execPath,
    [CLI_ENTRY, 'keys', 'create', '--tier', 'credentialed', '--name', 'e2e reader', '--prefix', stack.prefix],
    { cwd: REPO_ROOT },
  );
  key = out.stdout.trim();
  assert.match(key, /^cxt_[0-9a-f]{16}_/);
});
after(async () => {
  await stack?.stop();
});

test('public tier: aggregates with suppressed cells marked, a notice where records would be', async () => {
  const page = await stack.newPage();
  await page.goto(stack.portalUrl);
  await page.locator('main.overview-page[data-status="ready"]').waitFor();
  assert.match((await page.locator('[data-testid="session-who"]').textContent()) ?? '', /Public view/);
  assert.ok(await page.locator('[data-testid="suppression-note"]').isVisible());
  // The demo has countries with fewer than 10 reads: their bars say "< 10".
  await page.locator('[data-testid="chart-country"]').getByText('< 10').first().waitFor();
  await stack.screenshot(page, 'access-public-overview');

  await page.goto(`${stack.portalUrl}/explore`);
  await page.locator('[data-testid="records-notice"]').waitFor();
  assert.equal(await page.locator('main.explore-page').count(), 0, 'no table for the public tier');
  await stack.screenshot(page, 'access-public-explore');
  await page.close();
});

test('sign in with an API key (httpOnly cookie), see records, sign out', async () => {
  const context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${stack.portalUrl}/signin`);
  await page.locator('[data-testid="api-key-input"]').fill(`${key.slice(0, -4)}AAAA`);
  await page.locator('[data-testid="api-key-submit"]').click();
  await page.locator('[data-testid="signin-error"]').waitFor();
  assert.match((await page.locator('[data-testid="signin-error"]').textContent()) ?? '', /not accepted/);
  await stack.screenshot(page, 'access-signin-error');

  await page.locator('[data-testid="api-key-input"]').fill(key);
  await page.locator('[data-testid="api-key-submit"]').click();
  await page.waitForURL(`${stack.portalUrl}/`);
  assert.match((await page.locator('[data-testid="session-who"]').textContent()) ?? '', /e2e reader · credentialed/);
  const cookie = (await context.cookies()).find((c) => c.name === 'cxt_session')!;
  assert.ok(cookie.httpOnly, 'the credential cookie is httpOnly');
  assert.equal(cookie.sameSite, 'Lax');
  assert.ok(!(await page.evaluate(() => document.cookie)).includes('cxt_'), 'page scripts cannot read it');
  assert.equal(await page.locator('[data-testid="suppression-note"]').count(), 0);

  await page.goto(`${stack.portalUrl}/explore`);
  await page.locator('main.explore-page[data-status="ready"]').waitFor();
  assert.ok(Number((await page.locator('[data-testid="total-count"]').textContent())?.replace(/,/g, '')) > 0);
  assert.equal(await page.locator('[data-testid="records-notice"]').count(), 0);
  await stack.screenshot(page, 'access-signed-in');

  await page.locator('[data-testid="sign-out"]').click();
  await page.waitForURL(`${stack.portalUrl}/`);
  await page.locator('[data-testid="sign-in-link"]').waitFor();
  assert.equal((await context.cookies()).filter((c) => c.name === 'cxt_session' && c.value).length, 0);
  await stack.screenshot(page, 'access-signed-out');
  await context.close();
});

test('security headers on portal pages', async () => {
  const res = await fetch(stack.portalUrl);
  assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.equal(res.headers.get('x-frame-options'), 'DENY');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});
