/** The portal's session helpers: cookie parsing, return paths, origin, PKCE challenge (RFC 7636 B). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieValue, isHttps, requestOrigin, safeReturnPath } from '../../src/lib/session';
import { challengeOf } from '../../src/lib/oidc-client';
import { sameOrigin } from '../../src/lib/same-origin';

test('cookieValue finds one cookie among several, decoded', () => {
  const header = 'a=1; cxt_session=cxt_ab%2Bc; b=2';
  assert.equal(cookieValue(header, 'cxt_session'), 'cxt_ab+c');
  assert.equal(cookieValue(header, 'missing'), undefined);
  assert.equal(cookieValue(null, 'cxt_session'), undefined);
  assert.equal(cookieValue('cxt_session=', 'cxt_session'), undefined);
});

test('return paths stay on this site', () => {
  assert.equal(safeReturnPath('/explore?country=BR'), '/explore?country=BR');
  assert.equal(safeReturnPath('//evil.example/x'), '/');
  assert.equal(safeReturnPath('https://evil.example/'), '/');
  assert.equal(safeReturnPath(undefined), '/');
});

test('the origin is the one the browser used; form posts from elsewhere are refused', () => {
  const req = (headers: Record<string, string>) => new Request('http://localhost:3000/auth/key', { headers });
  assert.equal(requestOrigin(req({ host: '127.0.0.1:3000' })), 'http://127.0.0.1:3000');
  assert.equal(requestOrigin(req({ host: 'portal.example', 'x-forwarded-proto': 'https' })), 'https://portal.example');
  assert.equal(isHttps(req({ 'x-forwarded-proto': 'https' })), true);
  assert.equal(sameOrigin(req({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })), true);
  assert.equal(sameOrigin(req({ host: '127.0.0.1:3000', origin: 'http://evil.example' })), false);
});

test('PKCE S256 challenge: the example of RFC 7636 appendix B', () => {
  assert.equal(
    challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),
    'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  );
});
