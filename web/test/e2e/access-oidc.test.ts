/**
 * Sign-in with the identity provider in headless Chromium: the portal's authorization-code
 * flow with PKCE against the project's Keycloak (scripts/keycloak/), the login form filled in
 * as the realm's `researcher`, back to the portal signed in (the API verifies the token with
 * Keycloak's JWKS), then sign-out. Screenshots: access-oidc-login, access-oidc-signed-in.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { freePort } from '../../../scripts/children.ts';
import { startKeycloak, type RunningKeycloak } from '../../../scripts/keycloak/index.ts';
import { startStack, type Stack } from './harness.ts';

let kc: RunningKeycloak;
let stack: Stack;

before(async () => {
  kc = await startKeycloak({ port: await freePort() });
  stack = await startStack('access-oidc', {
    env: {
      CHEXTHOUGHT_ACCESS: 'protected',
      CHEXTHOUGHT_OIDC_ISSUER: kc.issuer,
      CHEXTHOUGHT_OIDC_AUDIENCE: 'chexthought-api',
      CHEXTHOUGHT_OIDC_TIER_CLAIM: 'realm_access.roles',
      CHEXTHOUGHT_OIDC_CLIENT_ID: 'chexthought-portal',
      CHEXTHOUGHT_RATE_LIMIT: '100000',
    },
  });
});
after(async () => {
  await stack?.stop();
  await kc?.stop();
});

test('authorization code + PKCE with Keycloak, then sign-out', async () => {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${stack.portalUrl}/signin?next=/explore`);
  await page.locator('[data-testid="oidc-sign-in"]').click();
  await page.waitForURL((u) => u.href.startsWith(kc.issuer));
  const authorize = new URL(page.url());
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(authorize.searchParams.get('code_challenge'), 'a PKCE challenge is sent');
  await page.locator('#username').fill('researcher');
  await page.locator('#password').fill('researcher-pass');
  await stack.screenshot(page, 'access-oidc-login');
  await page.locator('#kc-login').click();
  await page.waitForURL(`${stack.portalUrl}/explore`);
  await page.locator('main.explore-page[data-status="ready"]').waitFor();
  assert.match((await page.locator('[data-testid="session-who"]').textContent()) ?? '', /researcher · credentialed/);
  const cookie = (await context.cookies()).find((c) => c.name === 'cxt_session')!;
  assert.ok(cookie.httpOnly && cookie.value.split('.').length === 3, 'the access token sits in an httpOnly cookie');
  assert.equal((await context.cookies()).filter((c) => c.name === 'cxt_pkce' && c.value).length, 0);
  await stack.screenshot(page, 'access-oidc-signed-in');
  await page.locator('[data-testid="sign-out"]').click();
  await page.locator('[data-testid="sign-in-link"]').waitFor();
  await context.close();
});
