/**
 * Connection hits carry only the stored fields their selection needs (source-fields.ts): each
 * field of Read, Image and Reader, selected alone on a connection page, answers exactly what the
 * same node answers when fetched whole by id (the loaders' mget); the hits search asks for
 * _source includes; a partial hit never enters a loader.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { CapturedRequest } from '../../src/es-requests.ts';
import { REPO_ROOT, startFixture, type Fixture } from './setup.ts';

let fx: Fixture;
let schema: GraphQLSchema;
before(async () => {
  fx = await startFixture('source-fields');
  schema = buildSchema(readFileSync(`${REPO_ROOT}/schema.graphql`, 'utf8'));
});
after(async () => {
  await fx?.close();
});

/** Every field of a type down to `depth` levels of objects (leaves only at the last). */
function fullSelection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const [name, field] of Object.entries(type.getFields())) {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) parts.push(name);
    else if (depth > 0) {
      const sub = fullSelection(named, depth - 1);
      if (sub) parts.push(`${name} { ${sub} }`);
    }
  }
  return parts.join(' ');
}

const CASES = [
  { type: 'Read', list: 'reads', one: 'read' },
  { type: 'Image', list: 'images', one: 'image' },
  { type: 'Reader', list: 'readers', one: 'reader' },
] as const;

async function ok<T>(query: string): Promise<T> {
  const res = await fx.gql<T>(query);
  assert.equal(res.errors, undefined, `${query}\n${JSON.stringify(res.errors)}`);
  return res.data!;
}

async function captured(query: string): Promise<CapturedRequest[]> {
  const seen: CapturedRequest[] = [];
  const stop = fx.app.shared.root.onRequest((r) => seen.push(r));
  try {
    await ok(query);
  } finally {
    stop();
  }
  return seen;
}

describe('connection hits fetch only the selected fields', () => {
  for (const c of CASES) {
    test(`${c.type}: every field alone on a page equals the whole document's answer`, async () => {
      const type = schema.getType(c.type) as GraphQLObjectType;
      for (const [name, field] of Object.entries(type.getFields())) {
        const named = getNamedType(field.type);
        // Lists of records (Image.reads, Reader.reads) stay short: the operation cost limit.
        const args = field.args.some((a) => a.name === 'first') ? '(first: 3)' : '';
        const sel = isObjectType(named) ? `${name}${args} { ${fullSelection(named, 1)} }` : name;
        const page = await ok<Record<string, { edges: Array<{ node: Record<string, unknown> & { id: string } }> }>>(
          `{ ${c.list}(first: 15) { edges { node { id ${sel} } } } }`,
        );
        const nodes = page[c.list]!.edges.map((e) => e.node);
        assert.equal(nodes.length, 15, `${c.type}.${name}: a full page`);
        const whole = await ok<Record<string, Record<string, unknown>>>(
          `{ ${nodes.map((n, i) => `n${i}: ${c.one}(id: ${JSON.stringify(n.id)}) { id ${sel} }`).join(' ')} }`,
        );
        nodes.forEach((n, i) => assert.deepEqual(n, whole[`n${i}`], `${c.type}.${name} of ${n.id}`));
      }
    });
  }

  test('the hits search asks for the selected fields only, still without the search-only ones', async () => {
    const reqs = await captured('{ reads(first: 3) { edges { node { id durationSec reader { country } } } } }');
    const search = reqs.find((r) => r.path.endsWith('/_search'));
    const body = search?.body as { _source?: { includes?: string[]; excludes?: string[] } };
    assert.deepEqual(body._source?.includes, ['durationSec', 'id', 'readerId']);
    assert.deepEqual(body._source?.excludes, ['reasoningText', 'mentionedLabels', 'certainties']);
  });

  test('a partial hit is not primed: a later load of the same reader fetches it whole', async () => {
    // The readers page fetches ids only; each read's reader is then loaded by id, while resolving
    // Reader.reads — had the partial readers been primed, country would come back missing.
    const res = await ok<{
      readers: { edges: Array<{ node: { id: string; reads: { edges: Array<{ node: { reader: Reader } }> } } }> };
    }>('{ readers(first: 5) { edges { node { id reads(first: 2) { edges { node { reader { id country } } } } } } } }');
    const readers = res.readers.edges.map((e) => e.node);
    assert.equal(readers.length, 5);
    for (const r of readers)
      for (const e of r.reads.edges) {
        assert.equal(e.node.reader.id, r.id);
        assert.equal(e.node.reader.country, fx.data.readers.get(r.id)!.country, r.id);
      }
  });
});

interface Reader {
  id: string;
  country: string;
}
