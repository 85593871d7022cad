import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReadGate } from '../../src/ingest/read-gate.ts';

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
};

test('a track passes once its read is accepted, or once every read is seen; accepted reads pass at once', async () => {
  const accepted = new Set<string>(['R1']);
  const gate = new ReadGate(accepted);
  assert.equal(await settled(gate.pass('R1')), true);
  const r2 = gate.pass('R2');
  const r3 = gate.pass('R3');
  assert.equal(await settled(r2), false);
  accepted.add('R2');
  gate.admit('R2');
  assert.equal(await settled(r2), true);
  assert.equal(await settled(r3), false, 'R3 was never accepted: it waits for the end');
  assert.equal(gate.allSeen, false);
  gate.finish();
  assert.equal(await settled(r3), true);
  assert.equal(gate.allSeen, true);
  assert.equal(await settled(gate.pass('R4')), true, 'after the end nothing waits');
});

test('an aborted gate fails the waiting tracks and every later one', async () => {
  const gate = new ReadGate(new Set<string>());
  const waiting = gate.pass('R1');
  gate.abort(new Error('ingest failed'));
  await assert.rejects(waiting, /ingest failed/);
  await assert.rejects(gate.pass('R2'), /ingest failed/);
});
