/**
 * The short chaos scenarios (`npm run chaos -- --short`): real nodes of their own on ports
 * CHEXTHOUGHT_ES_PORT + 3 (single) and + 4…6 (cluster), a small dataset, seconds of load.
 * Each scenario is one test that passes when what was observed is what production needs.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runChaos } from '../../chaos/index.ts';
import type { Row } from '../../chaos/scenarios.ts';
import { SUITE_PORT } from './local-nodes.ts';

let rows: Row[] = [];

before(async () => {
  rows = await runChaos({ short: true, port: SUITE_PORT + 3, log: () => {} });
});

function scenario(name: string): Row {
  const row = rows.find((r) => r.scenario.startsWith(name));
  assert.ok(row, `scenario "${name}" ran`);
  return row;
}

for (const name of [
  'kill -9 an ingest half way',
  're-index (alias swap) under load',
  'stop and start the single node',
  'soak',
  'kill -9 one node of three',
]) {
  test(name, () => {
    const row = scenario(name);
    assert.ok(row.pass, `injected: ${row.injected}\nobserved: ${row.observed}`);
  });
}
