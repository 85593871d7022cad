/**
 * The execution schema answers exactly as graphql-js does on the contract (execution.ts): every
 * operation the portal sends, on the fixture, through the service over HTTP, against graphql-js
 * executing the same document on the contract schema with a fresh context of the same service.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execute, parse } from 'graphql';
import * as portal from '../../../web/src/generated/graphql.ts';
import { createContext } from '../../src/context.ts';
import { buildSchemas } from '../../src/execution.ts';
import { resolvers } from '../../src/resolvers/index.ts';
import { readFileSync } from 'node:fs';
import { SCHEMA_PATH } from '../../src/app.ts';
import { startFixture, type Fixture } from './setup.ts';

let fx: Fixture;
before(async () => {
  fx = await startFixture('execution');
});
after(async () => {
  await fx?.close();
});

/** The portal's operations (each document string carries its fragments). */
const OPERATIONS = Object.entries(portal)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
  .map(([name, value]) => [name, String(value)] as const);

test('every portal operation: the same data and errors as graphql-js on the contract', async () => {
  assert.ok(OPERATIONS.length >= 10, 'the portal operations were found');
  const { contract } = buildSchemas(readFileSync(SCHEMA_PATH, 'utf8'), resolvers);
  // A read with a track and fixations, and its image.
  const read = fx.data.reads.find((r) => (fx.data.tracks.get(r.id)?.samples.t.length ?? 0) > 100)!;
  const variables = {
    id: read.id,
    imageId: read.imageId,
    first: 20,
    maxPoints: 300,
    size: 10,
    images: false,
    filter: { continents: ['EU', 'AS'] },
    search: 'effusion',
  };
  for (const [name, query] of OPERATIONS) {
    const got = await fx.gql(query, variables);
    const expected = await execute({
      schema: contract,
      document: parse(query),
      variableValues: variables,
      contextValue: createContext(fx.app.shared),
    });
    assert.equal(got.status, 200, `${name}: ${got.text.slice(0, 300)}`);
    assert.deepEqual(got.data, JSON.parse(JSON.stringify(expected.data)), `${name}: data`);
    assert.deepEqual(
      (got.errors ?? []).map((e) => e.path),
      (expected.errors ?? []).map((e) => e.path),
      `${name}: errors`,
    );
  }
});

test('release: the operation context lets go of what it fetched, also through the copy Apollo runs on', async () => {
  const ctx = createContext(fx.app.shared);
  // Apollo runs each operation on a shallow copy of the context value (cloneObject in ApolloServer).
  const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as object, ctx) as typeof ctx;
  const id = fx.data.reads[0]!.id;
  const first = await copy.loaders.reads.load(id);
  assert.equal(first?.id, id);
  const sent = ctx.esRequests.count;
  assert.equal(await copy.loaders.reads.load(id), first, 'cached before release: no request, the same object');
  assert.equal(ctx.esRequests.count, sent);

  ctx.release();
  const again = await copy.loaders.reads.load(id);
  assert.equal(ctx.esRequests.count, sent + 1, 'fetched again: the cached document was let go of');
  assert.notEqual(again, first);
  assert.deepEqual(again, first);
  const found = await copy.searcher.search({ index: fx.app.shared.indices.reads, query: { ids: { values: [id] } } });
  assert.deepEqual(
    found.hits.hits.map((h) => h._id),
    [id],
    'the searcher still answers after release',
  );
});
