/**
 * Data tier on real nodes: a managed node keeps its indices across stop/start, and a backup
 * restored into a fresh node gives the same documents, aliases and deployment state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ingestDataset } from '../../../search-index/src/ingest/index.ts';
import { LAYOUT } from '../../../search-index/src/model.ts';
import { generateDataset } from '../../../search-index/test/integration/helpers.ts';
import { prepareSnapshotFolder } from '../../backup/folder.ts';
import { backup, inventory, reconcile, restore, type Inventory } from '../../backup/snapshots.ts';
import { startLocalNode, stopLocalNode } from '../../elasticsearch/node.ts';
import { SUITE_PORT, TEST_HEAP, clientFor, lineCount, useDisposableNodesDir } from './local-nodes.ts';

const nodesDir = useDisposableNodesDir();
const PORT_A = SUITE_PORT + 1;
const PORT_B = SUITE_PORT + 2;
const PREFIX = 'bk';
const backupDir = path.join(nodesDir, 'backups', 'first');
let dataset: string;
let expected: Inventory;

before(async () => {
  dataset = await generateDataset({ seed: 11, images: 40, reads: 120 });
  prepareSnapshotFolder(backupDir, 'backup'); // allowed before the nodes start: no restart needed
});

after(async () => {
  await stopLocalNode({ port: PORT_A, quiet: true });
  await stopLocalNode({ port: PORT_B, quiet: true });
  fs.rmSync(nodesDir, { recursive: true, force: true });
});

/** Documents behind each alias, counted by the alias. */
async function aliasCounts(url: string): Promise<Record<string, number>> {
  const client = clientFor(url);
  try {
    const out: Record<string, number> = {};
    for (const kind of ['images', 'readers', 'reads', 'tracks'])
      out[kind] = (await client.count({ index: `${PREFIX}-${kind}` })).count;
    out.keys = (await client.count({ index: `${PREFIX}-keys` })).count;
    out.audit = (await client.count({ index: `${PREFIX}-audit` })).count;
    return out;
  } finally {
    await client.close();
  }
}

function fromFiles(): Record<string, number> {
  const f = (name: string) => lineCount(path.join(dataset, name));
  return {
    images: f(LAYOUT.images),
    readers: f(LAYOUT.readers),
    reads: f(LAYOUT.reads),
    tracks: f(LAYOUT.tracks),
    keys: 2,
    audit: 3,
  };
}

test('a managed node keeps every index across stop and start', async () => {
  const node = await startLocalNode({ port: PORT_A, heap: TEST_HEAP, fresh: true, quiet: true });
  const client = clientFor(node.url);
  try {
    const report = await ingestDataset({
      dir: dataset,
      client,
      prefix: PREFIX,
      rejectsPath: path.join(nodesDir, 'rejects.ndjson'),
    });
    assert.equal(report.rejected, 0);
    // The deployment's own state (keys, audit) lives in indices of the same prefix.
    await client.bulk({
      refresh: true,
      operations: [
        ...[1, 2].flatMap((i) => [{ index: { _index: `${PREFIX}-keys`, _id: `k${i}` } }, { tier: 'public' }]),
        ...[1, 2, 3].flatMap((i) => [{ index: { _index: `${PREFIX}-audit`, _id: `a${i}` } }, { action: 'x' }]),
      ],
    });
    expected = await inventory(client, PREFIX);
  } finally {
    await client.close();
  }
  assert.deepEqual(await aliasCounts(node.url), fromFiles());

  await stopLocalNode({ port: PORT_A, quiet: true });
  const again = await startLocalNode({ port: PORT_A, heap: TEST_HEAP, quiet: true });
  assert.equal(again.startedHere, true);
  assert.deepEqual(await aliasCounts(again.url), fromFiles());
  const client2 = clientFor(again.url);
  try {
    assert.deepEqual(reconcile(expected, await inventory(client2, PREFIX)), []);
  } finally {
    await client2.close();
  }
});

test('a backup restored into a fresh node has the same documents, aliases, keys and audit trail', async () => {
  const a = clientFor((await startLocalNode({ port: PORT_A, heap: TEST_HEAP, quiet: true })).url);
  try {
    const made = await backup(a, PREFIX, backupDir);
    assert.deepEqual(made.inventory, expected);
  } finally {
    await a.close();
  }
  await stopLocalNode({ port: PORT_A, quiet: true });

  const fresh = await startLocalNode({ port: PORT_B, heap: TEST_HEAP, fresh: true, quiet: true });
  const b = clientFor(fresh.url);
  try {
    assert.deepEqual((await inventory(b, PREFIX)).counts, {});
    const result = await restore(b, PREFIX, backupDir);
    assert.deepEqual(result.restored, expected);
    // A second restore over the restored indices is refused unless asked to replace them.
    await assert.rejects(restore(b, PREFIX, backupDir), /--replace/);
  } finally {
    await b.close();
  }
  assert.deepEqual(await aliasCounts(fresh.url), fromFiles());
});
