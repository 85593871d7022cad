/**
 * The engine client's transport (src/engine.ts) against a real node: answers are handed over and
 * then let go of (the result the base transport built keeps neither its body nor the request
 * body), a caller asking for the whole result gets it untouched, failures keep their details,
 * and a gate sees every request's start and end.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, engineErrors, type EngineClient } from '../../src/engine.ts';
import { testClient, uniquePrefix } from './helpers.ts';

let client: EngineClient;
const index = `${uniquePrefix('engine-client')}-docs`;

before(async () => {
  client = await testClient();
  await client.index({ index, id: 'a', document: { word: 'effusion' }, refresh: true });
});

after(async () => {
  await client.indices.delete({ index }, { ignore: [404] });
  await client.close();
});

/** The result objects the transport built for the requests `run` makes (its 'response' event). */
async function resultsOf(c: EngineClient, run: () => Promise<unknown>) {
  const seen: Array<{ body: unknown; meta: { request: { params: { body?: unknown } } } }> = [];
  const listener = (_err: unknown, result: unknown) => void seen.push(result as (typeof seen)[number]);
  c.diagnostic.on('response', listener);
  try {
    return { value: await run(), seen };
  } finally {
    c.diagnostic.off('response', listener);
  }
}

describe('engine client', () => {
  test('a search answers its body, and the result the transport built keeps neither body', async () => {
    const { value, seen } = await resultsOf(client, () =>
      client.search<{ word: string }>({ index, query: { match: { word: 'effusion' } } }),
    );
    const res = value as Awaited<ReturnType<typeof client.search<{ word: string }>>>;
    assert.deepEqual(
      res.hits.hits.map((h) => h._source),
      [{ word: 'effusion' }],
    );
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.body, undefined, 'the parsed answer is no longer held by the result');
    assert.equal(seen[0]!.meta.request.params.body, undefined, 'nor is the request body');
  });

  test('a caller asking for the whole result (meta: true) gets its body and status', async () => {
    const res = await client.get<{ word: string }>({ index, id: 'a' }, { meta: true });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.body._source, { word: 'effusion' });
    assert.equal(res.meta.request.params.method, 'GET');
  });

  test('a failure still carries its status and the engine’s answer', async () => {
    await assert.rejects(
      client.get({ index: `${index}-missing`, id: 'a' }),
      (err: unknown) =>
        err instanceof engineErrors.ResponseError &&
        err.meta.statusCode === 404 &&
        (err.meta.body as { error?: { type?: string } }).error?.type === 'index_not_found_exception',
    );
  });

  test('a gate sees each request start and end, with the error of a failed one', async () => {
    const calls: string[] = [];
    const gated = createClient({
      requestTimeoutMs: 60_000,
      gate: {
        before: () => void calls.push('before'),
        after: (err) => void calls.push(err === undefined ? 'after' : `after ${(err as Error).name}`),
      },
    });
    try {
      assert.equal((await gated.count({ index })).count, 1);
      await assert.rejects(gated.count({ index: `${index}-missing` }));
      assert.deepEqual(calls, ['before', 'after', 'before', 'after ResponseError']);
    } finally {
      await gated.close();
    }
  });
});
