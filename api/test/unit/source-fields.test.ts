/**
 * The _source includes of connection hits: which stored fields each selection needs (written
 * out by hand from the resolvers), and whole documents whenever a field has no row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { SOURCE_FIELDS, sourceIncludes } from '../../src/source-fields.ts';

test('reads: plain fields are fetched under their own name, with id', () => {
  assert.deepEqual(sourceIncludes('Read', ['id', 'durationSec']), ['durationSec', 'id']);
  assert.deepEqual(sourceIncludes('Read', ['impression']), ['id', 'impression']);
});

test('reads: computed fields fetch what their resolver reads', () => {
  assert.deepEqual(sourceIncludes('Read', ['image', 'reader']), ['id', 'imageId', 'readerId']);
  assert.deepEqual(sourceIncludes('Read', ['reasoning']), ['hedgeCount', 'id', 'reasoning', 'wordCount']);
  assert.deepEqual(sourceIncludes('Read', ['gaze']), ['gaze', 'id', 'synthetic', 'track']);
  assert.deepEqual(sourceIncludes('Read', ['trackSummary', 'findingGaze']), [
    'findingGaze',
    'id',
    'synthetic',
    'track',
  ]);
});

test('images: tile paths come from displayImageId, neighbours from their ids', () => {
  assert.deepEqual(sourceIncludes('Image', ['thumbnail', 'tileSource']), ['displayImageId', 'id']);
  assert.deepEqual(sourceIncludes('Image', ['prior', 'next']), ['id', 'nextImageId', 'priorImageId']);
  assert.deepEqual(sourceIncludes('Image', ['reportedFindings', 'findingVotes']), [
    'findingLabels',
    'findingVotes',
    'id',
    'readCount',
  ]);
});

test('readers: scoped aggregates need the id; nothing selected still fetches the id', () => {
  assert.deepEqual(sourceIncludes('Reader', ['meanDurationSec']), ['id', 'meanDurationSec']);
  assert.deepEqual(sourceIncludes('Reader', []), ['id']);
  assert.deepEqual(sourceIncludes('Reader', ['__typename']), ['id']);
});

test('a field without a row means whole documents', () => {
  assert.equal(sourceIncludes('Read', ['id', 'notAField']), undefined);
  // Inherited object properties are not rows.
  assert.equal(sourceIncludes('Image', ['toString']), undefined);
  assert.equal(sourceIncludes('Reader', ['constructor']), undefined);
});

test('every field of Read, Image and Reader in schema.graphql has a row, and no row is stale', () => {
  const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
  for (const [name, table] of Object.entries(SOURCE_FIELDS)) {
    const type = schema.getType(name);
    assert.ok(isObjectType(type), name);
    assert.deepEqual(Object.keys(table).sort(), Object.keys(type.getFields()).sort(), name);
  }
});
