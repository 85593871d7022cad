/**
 * `chexthought keys` and `chexthought audit` against the real node: a key is printed once and
 * works, `list` never shows a secret or hash, `revoke` takes effect, bad input is one clear
 * line; the audit command prints what the service wrote.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { createLogger } from '../../src/logger.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { KeyStore } from '../../src/auth/keys.ts';
import { REPO_ROOT, testClient, uniquePrefix } from './setup.ts';
import type { EngineClient } from '@chexthought/search-index';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'scripts/chexthought.mjs');
let es: EngineClient;
let prefix: string;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [CLI, ...args, '--prefix', prefix], { cwd: REPO_ROOT });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

before(async () => {
  es = await testClient();
  prefix = uniquePrefix('cli');
});
after(async () => {
  await es.indices.delete({ index: `${prefix}-keys,${prefix}-audit`, ignore_unavailable: true });
  await es.close();
});

describe('keys and audit commands', () => {
  test('create prints the key once; list hides secrets; revoke takes effect', async () => {
    const created = await cli(
      'keys',
      'create',
      '--name',
      'Lab X',
      '--tier',
      'credentialed',
      '--datasets',
      'REFLACX',
      '--expires',
      '30d',
    );
    assert.equal(created.code, 0, created.stderr);
    const key = created.stdout.trim();
    const id = /^cxt_([0-9a-f]{16})_[A-Za-z0-9_-]{43}$/.exec(key)?.[1];
    assert.ok(id, created.stdout);
    const store = new KeyStore(es, prefix, 0);
    assert.deepEqual(await store.verify(key), {
      id: `key:${id}`,
      tier: 'credentialed',
      name: 'Lab X',
      datasets: ['REFLACX'],
    });

    const listed = await cli('keys', 'list');
    assert.match(listed.stdout, new RegExp(`${id}  Lab X  tier credentialed, datasets REFLACX`));
    assert.ok(!listed.stdout.includes(key.slice(22)), 'no secret in the listing');
    const stored = await es.get<{ hash: string }>({ index: `${prefix}-keys`, id: id! });
    assert.ok(!JSON.stringify(stored._source).includes(key.slice(22)), 'only a hash is stored');

    assert.equal((await cli('keys', 'revoke', id!)).code, 0);
    await assert.rejects(store.verify(key), /not valid/);
    assert.match((await cli('keys', 'list')).stdout, /revoked/);
  });

  test('bad input: one line, exit 1', async () => {
    for (const args of [
      ['keys', 'create', '--name', 'x', '--tier', 'root'],
      ['keys', 'create', '--name', 'x', '--expires', 'soon'],
      ['keys', 'revoke', 'nope'],
      ['audit', '--since', 'yesterday-ish'],
    ]) {
      const r = await cli(...args);
      assert.equal(r.code, 1, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\bat \S+ \(/, 'no stack');
    }
  });

  test('audit prints events, filtered by principal and time', async () => {
    const log = new AuditLog(es, prefix, createLogger('error'));
    const event = (principal: string, minutesAgo: number) => ({
      time: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
      requestId: `req-${principal}-${minutesAgo}`,
      principal,
      tier: 'credentialed' as const,
      kind: 'graphql' as const,
      operation: 'Reads',
      filter: '{"f":{"countries":["BR"]}}',
      resultCount: 7,
      bytes: null,
      status: 200,
    });
    log.write(event('key:aaaaaaaaaaaaaaaa', 5));
    log.write(event('key:aaaaaaaaaaaaaaaa', 300));
    log.write(event('oidc:bob', 5));
    await log.flush();
    const r = await cli('audit', '--since', '1h', '--principal', 'key:aaaaaaaaaaaaaaaa', '--json');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { requestId: string });
    assert.deepEqual(
      lines.map((l) => l.requestId),
      ['req-key:aaaaaaaaaaaaaaaa-5'],
    );
    const text = await cli('audit');
    assert.equal(text.stdout.trim().split('\n').length, 3);
    assert.match(text.stdout, /oidc:bob \(credentialed\) {2}graphql Reads {2}7 records/);
  });
});
