/**
 * "Copy as GraphQL" and "Open in query explorer" print the explore operations with their
 * fragments (src/fragments): the printed text must be the same document graphql-js parses from
 * the generated one, valid against schema.graphql, each definition at column 0 a blank line
 * apart, each fragment defined once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, print, validate } from 'graphql';
import {
  ExploreImagesDocument,
  ExploreReadsDocument,
  ImageCaseDocument,
  MultiReplayForImageDocument,
  ReplayReadDocument,
} from '../../src/generated/graphql';
import { asGraphQL, formatOperation } from '../../src/lib/explore-share';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
const documents = {
  ExploreReads: ExploreReadsDocument,
  ExploreImages: ExploreImagesDocument,
  ImageCase: ImageCaseDocument,
  ReplayRead: ReplayReadDocument,
  MultiReplayForImage: MultiReplayForImageDocument,
};

for (const [name, doc] of Object.entries(documents)) {
  test(`${name}: the printed operation is the generated document, valid, one definition per block`, () => {
    const raw = doc.toString();
    const text = formatOperation(raw);
    const parsed = parse(text);
    assert.equal(print(parsed), print(parse(raw)));
    assert.deepEqual(
      validate(schema, parsed).map((e) => e.message),
      [],
    );

    const fragments = parsed.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []));
    assert.ok(fragments.length > 0, 'the operation uses fragments');
    assert.equal(new Set(fragments).size, fragments.length, 'each fragment defined once');

    const lines = text.split('\n');
    const starts = parsed.definitions.map((d) => d.loc!.startToken.line - 1);
    assert.equal(starts[0], 0, 'the operation comes first');
    for (const line of starts) {
      assert.match(lines[line]!, /^(query|fragment) /, `definition at column 0: ${JSON.stringify(lines[line])}`);
      if (line > 0) assert.equal(lines[line - 1], '', `a blank line before ${lines[line]}`);
    }
    // Nothing else is flush left but closing braces: the bodies keep their indentation.
    const flush = lines.filter((l, i) => l !== '' && !/^\s/.test(l) && !starts.includes(i));
    assert.deepEqual([...new Set(flush)], ['}']);
  });
}

test('Copy as GraphQL appends the variables after the operation', () => {
  const text = asGraphQL({ query: ExploreReadsDocument.toString(), variables: { first: 100 } });
  const [operation, variables] = text.split('\n\n# Variables\n');
  assert.equal(operation, formatOperation(ExploreReadsDocument.toString()));
  assert.deepEqual(JSON.parse(variables!), { first: 100 });
});
