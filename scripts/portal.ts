/** The portal (Next.js in web/): built once, then served by `next start`. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runStep, startService, stopChild, waitForUrl } from './children.ts';
import { REPO_ROOT } from './paths.ts';
import { UserError } from './user-error.ts';

const WEB = join(REPO_ROOT, 'web');
/** Next.js's CLI, run with this Node (the workspace hoists it to the root). */
export const NEXT_BIN = join(REPO_ROOT, 'node_modules/next/dist/bin/next');

/** Null when the portal is not part of this checkout yet (no Next.js app in web/). */
export async function startPortal(opts: { apiUrl: string; port?: number; rebuild?: boolean }) {
  if (!existsSync(NEXT_BIN) || !existsSync(join(WEB, 'next.config.ts'))) {
    console.log('The portal is not part of this checkout yet; the API is up.');
    return null;
  }
  const env = { CHEXTHOUGHT_API_URL: opts.apiUrl, NEXT_TELEMETRY_DISABLED: '1' };
  if (opts.rebuild || !existsSync(join(WEB, '.next/BUILD_ID'))) {
    const code = await runStep(process.execPath, [NEXT_BIN, 'build', WEB], env);
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
