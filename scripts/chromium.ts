/** Headless Chromium for the browser tests: Debian's package, installed when missing (as root). */
import { existsSync } from 'node:fs';
import { runStep } from './children.ts';
import { UserError } from './user-error.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0)
    throw new UserError(
      `browser tests need Chromium at ${CHROMIUM}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH`,
    );
  console.log('— installing Chromium (Debian package) for the browser tests');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (
    (await runStep('apt-get', ['update', '-qq'], env)) !== 0 ||
    (await runStep('apt-get', ['install', '-y', '-qq', 'chromium'], env)) !== 0
  )
    throw new UserError('installing chromium with apt-get failed');
  if (!existsSync(CHROMIUM))
    throw new UserError(`apt-get installed chromium but ${CHROMIUM} is missing; set CHROMIUM_PATH`);
}
