/** The portal (Next.js in web/): built when its sources changed since the last build, then served by `next start`. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runStep, startService, stopChild, waitForUrl } from './children.ts';
import { REPO_ROOT } from './paths.ts';
import { UserError } from './user-error.ts';

const WEB = join(REPO_ROOT, 'web');
/** Next.js's CLI, run with this Node (the workspace hoists it to the root). */
export const NEXT_BIN = join(REPO_ROOT, 'node_modules/next/dist/bin/next');
/** Written beside Next's BUILD_ID after a build: the fingerprint of the sources it was built from. */
const SOURCES_FILE = join(WEB, '.next/chexthought-sources.sha256');
/** Next.js would otherwise try to send telemetry: nothing leaves the machine. */
const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: '1' };

/**
 * SHA-256 over the portal's inputs: every file under web/ but the build output and the tests,
 * the dependency lock and the shared compiler settings (paths and contents, in sorted order).
 */
export function portalFingerprint(root: string = REPO_ROOT): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!['.next', 'test', 'node_modules'].includes(e.name)) walk(path);
      } else if (!e.name.endsWith('.tsbuildinfo')) files.push(path);
    }
  };
  walk(join(root, 'web'));
  files.push(join(root, 'package-lock.json'), join(root, 'tsconfig.json'));
  const hash = createHash('sha256');
  for (const f of files.sort())
    hash
      .update(`${relative(root, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  return hash.digest('hex');
}

/**
 * `next build`, then the fingerprint of what it was built from (taken after the build: Next may
 * rewrite next-env.d.ts while it builds).
 */
export async function buildPortal(env: NodeJS.ProcessEnv = {}): Promise<number> {
  const code = await runStep(process.execPath, [NEXT_BIN, 'build', WEB], { ...NEXT_ENV, ...env });
  if (code === 0) writeFileSync(SOURCES_FILE, `${portalFingerprint()}\n`);
  return code;
}

/** True when web/.next was built from the sources as they are now. */
function builtFromCurrentSources(): boolean {
  if (!existsSync(join(WEB, '.next/BUILD_ID')) || !existsSync(SOURCES_FILE)) return false;
  return readFileSync(SOURCES_FILE, 'utf8').trim() === portalFingerprint();
}

/** Null when the portal is not part of this checkout yet (no Next.js app in web/). */
export async function startPortal(opts: { apiUrl: string; port?: number; rebuild?: boolean }) {
  if (!existsSync(NEXT_BIN) || !existsSync(join(WEB, 'next.config.ts'))) {
    console.log('The portal is not part of this checkout yet; the API is up.');
    return null;
  }
  const env = { ...NEXT_ENV, CHEXTHOUGHT_API_URL: opts.apiUrl };
  // A build from older sources (a pull, an edit) would serve the old portal: build again.
  if (opts.rebuild || !builtFromCurrentSources()) {
    const code = await buildPortal(env);
    if (code !== 0) throw new UserError(`building the portal failed (exit code ${code})`);
  }
  const port = opts.port ?? Number(process.env.PORTAL_PORT ?? 3000);
  const child = startService(
    'portal',
    process.execPath,
    [NEXT_BIN, 'start', WEB, '-H', '127.0.0.1', '-p', String(port)],
    env,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(url, child);
  return { url, stop: () => stopChild(child) };
}
