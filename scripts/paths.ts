/** Well-known folders of the work tree (all git-ignored ones live under .data/ and .cache/). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The demo dataset, generated from the real NIH images on first start. */
export const DEMO_DIR = resolve(REPO_ROOT, '.data/demo');
