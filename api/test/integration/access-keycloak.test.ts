/**
 * OIDC against a real identity provider: Keycloak started by the project's own script
 * (scripts/keycloak/, the Maven distribution with the realm in scripts/keycloak/realm.json),
 * tokens from its token endpoint, verified by the service against Keycloak's JWKS. Tier from the
 * realm roles, datasets from group membership (the realm's mappers).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freePort } from '../../../scripts/children.ts';
import { passwordToken, startKeycloak, type RunningKeycloak } from '../../../scripts/keycloak/index.ts';
import { AUDIENCE, NIH, protectedAccess } from './access-setup.ts';
import { FIXTURE, startFixture, type Fixture } from './setup.ts';

let kc: RunningKeycloak;
let fx: Fixture;
before(async () => {
  kc = await startKeycloak({ port: await freePort() });
  const access = protectedAccess(kc.issuer);
  fx = await startFixture('keycloak', FIXTURE, {
    access: { ...access, oidc: { ...access.oidc!, audience: AUDIENCE, tierClaim: 'realm_access.roles' } },
  });
});
after(async () => {
  await fx?.close();
  await kc?.stop();
});

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe('Keycloak tokens', () => {
  test('a credentialed user reads records; tier and name come from the token', async () => {
    const token = await passwordToken(kc.issuer, 'researcher', 'researcher-pass');
    const res = await fx.gql<{
      access: { tier: string; name: string; datasets: unknown };
      reads: { edges: unknown[] };
    }>('{ access { tier name datasets } reads(first: 2) { edges { node { id } } } }', undefined, bearer(token));
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.data!.access, { tier: 'CREDENTIALED', name: 'researcher', datasets: null });
    assert.equal(res.data!.reads.edges.length, 2);
  });

  test('group membership limits the datasets', async () => {
    const token = await passwordToken(kc.issuer, 'limited', 'limited-pass');
    const res = await fx.gql<{
      access: { datasets: string[] };
      reads: { edges: Array<{ node: { dataset: string } }> };
    }>('{ access { datasets } reads(first: 500) { edges { node { dataset } } } }', undefined, bearer(token));
    assert.deepEqual(res.data!.access.datasets, [NIH]);
    assert.ok(res.data!.reads.edges.length > 0);
    assert.ok(res.data!.reads.edges.every((e) => e.node.dataset === NIH));
  });

  test('an admin reads the audit log; a credentialed user may not', async () => {
    const admin = await passwordToken(kc.issuer, 'curator', 'curator-pass');
    const ok = await fx.gql('{ auditEvents(first: 1) { principal } }', undefined, bearer(admin));
    assert.equal(ok.status, 200, ok.text);
    const user = await passwordToken(kc.issuer, 'researcher', 'researcher-pass');
    const no = await fx.gql('{ auditEvents(first: 1) { principal } }', undefined, bearer(user));
    assert.equal(no.status, 403);
  });

  test('a tampered token is UNAUTHENTICATED', async () => {
    const token = await passwordToken(kc.issuer, 'researcher', 'researcher-pass');
    const [h, p, s] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    claims.realm_access = { roles: ['admin'] };
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    const res = await fx.gql('{ dataset { name } }', undefined, bearer(forged));
    assert.equal(res.status, 401);
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });
});
