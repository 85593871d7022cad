import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portalFingerprint } from '../../portal.ts';

/** A checkout in miniature: what the fingerprint reads, and what it must not. */
function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'cxt-fp-'));
  for (const d of ['web/src/app', 'web/.next', 'web/test']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'web/src/app/page.tsx'), 'export default 1;\n');
  writeFileSync(join(root, 'web/next.config.ts'), 'export default {};\n');
  writeFileSync(join(root, 'web/.next/BUILD_ID'), 'a\n');
  writeFileSync(join(root, 'web/test/x.test.ts'), '//\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  writeFileSync(join(root, 'tsconfig.json'), '{}\n');
  return root;
}

/** Runs `fn` on a fresh miniature checkout, removed afterwards. */
function withCheckout(fn: (root: string) => void): void {
  const root = checkout();
  try {
    fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the portal fingerprint changes with a source, the lock or the compiler settings', () =>
  withCheckout((root) => {
    const before = portalFingerprint(root);
    assert.match(before, /^[0-9a-f]{64}$/);
    assert.equal(portalFingerprint(root), before, 'same sources, same fingerprint');
    writeFileSync(join(root, 'web/src/app/page.tsx'), 'export default 2;\n');
    const edited = portalFingerprint(root);
    assert.notEqual(edited, before, 'an edited page');
    writeFileSync(join(root, 'web/src/app/new.tsx'), '');
    const added = portalFingerprint(root);
    assert.notEqual(added, edited, 'a new, empty file');
    writeFileSync(join(root, 'package-lock.json'), '{"v":2}\n');
    const locked = portalFingerprint(root);
    assert.notEqual(locked, added, 'another dependency lock');
    writeFileSync(join(root, 'tsconfig.json'), '{"strict":true}\n');
    assert.notEqual(portalFingerprint(root), locked, 'other compiler settings');
  }));

test('the build output, the tests and incremental compiler state do not count', () =>
  withCheckout((root) => {
    const before = portalFingerprint(root);
    writeFileSync(join(root, 'web/.next/BUILD_ID'), 'b\n');
    writeFileSync(join(root, 'web/test/x.test.ts'), '// edited\n');
    writeFileSync(join(root, 'web/tsconfig.tsbuildinfo'), '{}');
    assert.equal(portalFingerprint(root), before);
  }));

test('a file renamed with the same content is a different set of sources', () =>
  withCheckout((root) => {
    const before = portalFingerprint(root);
    rmSync(join(root, 'web/src/app/page.tsx'));
    writeFileSync(join(root, 'web/src/app/home.tsx'), 'export default 1;\n');
    assert.notEqual(portalFingerprint(root), before);
  }));
