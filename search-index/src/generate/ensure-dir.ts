/**
 * `mkdir -p` that always terminates. Node 20's `mkdir(path, { recursive: true })` spins forever
 * on some paths whose parent exists but refuses children (e.g. under /proc), so walk up by hand.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function ensureDir(path: string): Promise<void> {
  try {
    await mkdir(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!(await stat(path)).isDirectory())
        throw Object.assign(new Error(`${path} exists and is not a folder`), { code: 'ENOTDIR' });
      return;
    }
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw err;
    await ensureDir(parent);
    await mkdir(path);
  }
}
