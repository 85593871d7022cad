/**
 * A hash of a dataset's files (SHA-256 over each file's name and bytes, in layout order),
 * recorded in the index meta so a caller can tell the indexed dataset is the one on disk.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { LAYOUT } from '../model.ts';

export async function datasetContentHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of Object.values(LAYOUT)) {
    hash.update(`${file}\0`);
    for await (const chunk of createReadStream(join(dir, file))) hash.update(chunk as Buffer);
    hash.update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}
