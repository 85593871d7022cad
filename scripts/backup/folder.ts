/**
 * The snapshot folder on this machine, for the managed local nodes: created, owned by the
 * account the nodes run as (they write it), and allowed by their path.repo — a folder not yet
 * allowed is added, which takes effect when the nodes restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NODE_USER, isRoot } from '../elasticsearch/config.ts';
import { mkdirTraversable } from '../elasticsearch/distribution.ts';
import { allowSnapshotDir, allowedSnapshotDirs } from '../elasticsearch/node.ts';
import { assertReachableByOthers, chownRecursive, nodeAccount } from '../elasticsearch/unprivileged-user.ts';
import { isInside } from '../elasticsearch/unzip.ts';
import { UserError } from '../user-error.ts';

/** An fs repository's own top-level files: a folder holding one is a snapshot repository. */
const REPOSITORY_MARKER = 'index.latest';

/** Prepares `dir` for `backup` (write) or `restore` (read); true when path.repo had to grow. */
export function prepareSnapshotFolder(dir: string, use: 'backup' | 'restore'): { allowedNow: boolean } {
  if (use === 'restore' && !fs.existsSync(path.join(dir, REPOSITORY_MARKER)))
    throw new UserError(
      `${dir} holds no backup (no ${REPOSITORY_MARKER}); give the folder \`chexthought backup\` wrote`,
    );
  if (use === 'backup') {
    mkdirTraversable(dir);
    const entries = fs.readdirSync(dir);
    if (entries.length && !entries.includes(REPOSITORY_MARKER))
      throw new UserError(`${dir} is neither empty nor a backup folder; give an empty or new folder`);
  }
  if (isRoot()) {
    const account = nodeAccount(NODE_USER);
    assertReachableByOthers(dir, 'The backup folder', account.user);
    if (use === 'backup') chownRecursive(dir, account.uid, account.gid);
  }
  if (allowedSnapshotDirs().some((allowed) => isInside(allowed, dir))) return { allowedNow: false };
  allowSnapshotDir(dir);
  return { allowedNow: true };
}
