/**
 * Flat lists completed in one pass (flat-lists.ts, execution.ts) against graphql-js itself, the
 * independent implementation: every operation runs on the contract (graphql-js completes each
 * field) and through the executor on the execution schema, and the two answers must agree —
 * data, and each error's path — including nulls, errors at nullable and non-null positions,
 * aliases, fragments, directives, __typename and introspection.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execute, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { buildSchemas, schemasGateway } from '../../src/execution.ts';

const TYPE_DEFS = `
type Query { track(id: Int!): Track tracks(ids: [Int!]!): [Track]! }
type Track {
  id: Int!
  fixations: [Fixation!]!
  maybeFixations: [Fixation]
  values: [Float]!
  strict: [Float!]
  kinds: [Kind!]!
  groups: [Group!]!
  computed: [Int!]!
}
type Fixation { number: Int! x: Float y: Float }
type Group { name: String! inner: [Inner!]! one: Inner }
type Inner { v: Int! tags: [String!]! }
enum Kind { ALPHA BETA }
`;

interface TrackData {
  id: number;
  fixations: unknown;
  maybeFixations?: unknown;
  values: unknown;
  strict?: unknown;
  kinds: unknown;
  groups: unknown;
}

const good = (): TrackData => ({
  id: 1,
  fixations: [
    { number: 1, x: 10.5, y: 20 },
    { number: 2, x: null, y: 3 },
  ],
  maybeFixations: [{ number: 3, x: 1, y: 2 }, null],
  values: [1.5, null, 3],
  strict: new Set([4, 5]),
  kinds: ['ALPHA', 'BETA'],
  groups: [{ name: 'g', inner: [{ v: 1, tags: ['a', 'b'] }], one: null }],
});

/** Track data by id: 1 is well formed, the others each break one thing. */
const TRACKS: Record<number, TrackData> = {
  1: good(),
  2: { ...good(), fixations: [{ number: 1 }, { number: null, x: 1 }] },
  3: { ...good(), maybeFixations: [{ number: 1 }, { number: null }, { number: 'seven' }] },
  4: { ...good(), values: [1, 'not a number', 2] },
  5: { ...good(), kinds: ['ALPHA', 'GAMMA'] },
  6: { ...good(), strict: 42 },
  7: { ...good(), groups: [{ name: 'g', inner: [{ v: 1, tags: ['a', null] }], one: { v: null, tags: [] } }] },
  8: { ...good(), fixations: null },
  // Leaves that serialise to another value (graphql-js coerces numeric strings and booleans).
  9: { ...good(), values: [1.5, '2.5', true, 4], kinds: ['BETA'] },
};

const resolvers = {
  Query: {
    track: (_: unknown, { id }: { id: number }) => TRACKS[id] ?? null,
    // A list of objects that are not flat by type (Track.computed has a resolver).
    tracks: async (_: unknown, { ids }: { ids: number[] }) => ids.map((id) => TRACKS[id] ?? null),
  },
  // A resolver returning a promise, before completion.
  Track: { computed: async (t: TrackData) => [t.id, t.id * 2] },
};

const schemas = buildSchemas(TYPE_DEFS, resolvers);
const executor = (await schemasGateway(schemas, TYPE_DEFS).load({ apollo: {} })).executor!;

async function both(query: string | DocumentNode, variables: Record<string, unknown> = {}) {
  const document = typeof query === 'string' ? parse(query) : query;
  const expected = await execute({ schema: schemas.contract, document, variableValues: variables, contextValue: {} });
  const got = await executor({ document, request: { variables }, context: {} } as unknown as Parameters<
    typeof executor
  >[0]);
  return { expected: normalise(expected), got: normalise(got) };
}

/** Data, and errors as path + message in a stable order (graphql-js reports them as it meets them). */
function normalise(result: ExecutionResult) {
  const errors = (result.errors ?? [])
    .map((e) => ({ path: e.path, message: e.message }))
    .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
  return { data: JSON.parse(JSON.stringify(result.data ?? null)), errors };
}

const EVERYTHING = `query($skip: Boolean!, $id: Int!) {
  track(id: $id) {
    id
    fixations { __typename n: number ...XY number @skip(if: $skip) }
    maybeFixations { ... on Fixation { number x } }
    values strict kinds computed
    groups { name inner { v tags t2: tags @include(if: $skip) } one { v } }
  }
}
fragment XY on Fixation { x y }`;

test('well-formed data: the same answer as graphql-js, aliases, fragments and directives applied', async () => {
  for (const skip of [true, false]) {
    const { expected, got } = await both(EVERYTHING, { skip, id: 1 });
    assert.deepEqual(got, expected);
    assert.equal(expected.errors.length, 0);
  }
  const { got } = await both(EVERYTHING, { skip: false, id: 1 });
  assert.deepEqual(got.data.track.fixations[0], { __typename: 'Fixation', n: 1, x: 10.5, y: 20, number: 1 });
  assert.deepEqual(got.data.track.strict, [4, 5], 'an iterable that is not an array');
});

test('every broken value nulls and reports exactly what graphql-js does', async () => {
  for (const id of [2, 3, 4, 5, 6, 7, 8]) {
    const { expected, got } = await both(EVERYTHING, { skip: false, id });
    assert.ok(expected.errors.length > 0, `track ${id} has an error`);
    assert.deepEqual(got.data, expected.data, `data of track ${id}`);
    assert.deepEqual(
      got.errors.map((e) => e.path),
      expected.errors.map((e) => e.path),
      `error paths of track ${id}`,
    );
  }
});

test('leaf lists: kept as they are when every item serialises to itself, else serialised from the first that does not', async () => {
  const { expected, got } = await both('{ track(id: 9) { values kinds strict } }');
  assert.deepEqual(got, expected);
  assert.deepEqual(got.data.track.values, [1.5, 2.5, 1, 4]);
});

test('errors at nullable positions keep the rest of the list', async () => {
  const { got } = await both('{ track(id: 3) { maybeFixations { number } } }');
  assert.deepEqual(got.data, { track: { maybeFixations: [{ number: 1 }, null, null] } });
  assert.deepEqual(
    got.errors.map((e) => e.path),
    [
      ['track', 'maybeFixations', 1, 'number'],
      ['track', 'maybeFixations', 2, 'number'],
    ],
  );
});

test('introspection answers from the contract: flat lists keep their list types', async () => {
  const query = '{ __type(name: "Track") { fields { name type { kind ofType { kind ofType { kind name } } } } } }';
  const { expected, got } = await both(query);
  assert.deepEqual(got, expected);
  const fixations = got.data.__type.fields.find((f: { name: string }) => f.name === 'fixations');
  assert.deepEqual(fixations.type, {
    kind: 'NON_NULL',
    ofType: { kind: 'LIST', ofType: { kind: 'NON_NULL', name: null } },
  });
  const { got: types } = await both('{ __schema { types { name } } }');
  assert.ok(!types.data.__schema.types.some((t: { name: string }) => t.name === 'Completed'));
});

const LIST = `query($ids: [Int!]!, $skip: Boolean!) {
  tracks(ids: $ids) {
    __typename id ...F
    fixations { n: number x @skip(if: $skip) }
    maybeFixations { number }
    groups { name one { v } }
  }
}
fragment F on Track { kinds values ... on Track { strict } }`;

test('an object list flat in the operation: completed in one pass, the same answer and errors as graphql-js', async () => {
  const flatSchema = schemas.executionFor(parse(LIST));
  assert.notEqual(flatSchema, schemas.execution, 'a schema that completes Query.tracks');
  assert.equal(String(flatSchema.getQueryType()!.getFields().tracks!.type), 'Completed!');
  for (const skip of [true, false]) {
    const { expected, got } = await both(LIST, { ids: [1, 99, 1], skip });
    assert.deepEqual(got, expected);
    assert.equal(got.data.tracks[1], null);
  }
  for (const ids of [[2], [3, 1], [4], [5], [6], [7], [8, 1]]) {
    const { expected, got } = await both(LIST, { ids, skip: false });
    assert.ok(expected.errors.length > 0, `tracks ${ids} have an error`);
    assert.deepEqual(got, expected, `tracks ${ids}`);
  }
});

test('an object list with a resolver-backed field selected runs on graphql-js', async () => {
  const query = '{ tracks(ids: [1, 2]) { id computed } }';
  assert.equal(schemas.executionFor(parse(query)), schemas.execution);
  const withFragment = '{ tracks(ids: [1]) { ...C } } fragment C on Track { id computed }';
  assert.equal(schemas.executionFor(parse(withFragment)), schemas.execution);
  const both2 = '{ a: tracks(ids: [1]) { id } b: tracks(ids: [1]) { computed } }';
  assert.equal(schemas.executionFor(parse(both2)), schemas.execution, 'one occurrence is enough');
  for (const q of [query, withFragment, both2]) {
    const { expected, got } = await both(q);
    assert.deepEqual(got, expected);
  }
});

test('one document run again: its kept plans answer new data and new directive values alike', async () => {
  // Apollo keeps parsed documents, so plans are kept per document (flat-lists.ts, Plans).
  const withDirectives = parse(EVERYTHING);
  const plain = parse(LIST.replace(' @skip(if: $skip)', ''));
  for (const skip of [false, true, false])
    for (const id of [1, 2, 1, 7]) {
      const a = await both(withDirectives, { skip, id });
      assert.deepEqual(a.got, a.expected, `EVERYTHING, skip ${skip}, track ${id}`);
      const b = await both(plain, { ids: [id, 1], skip });
      assert.deepEqual(b.got, b.expected, `LIST, skip ${skip}, tracks ${id},1`);
    }
});

test('which fields are flat lists', () => {
  assert.deepEqual([...schemas.flatLists].sort(), [
    'Group.inner',
    'Inner.tags',
    'Track.computed',
    'Track.fixations',
    'Track.groups',
    'Track.kinds',
    'Track.maybeFixations',
    'Track.strict',
    'Track.values',
  ]);
});
