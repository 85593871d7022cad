import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFields, appendRawFields } from '../../src/ingest/json-text.ts';

test('appended fields give the same object as serialising it whole', () => {
  const base = { id: 'R1', text: 'a "quoted" } brace', list: [1, { x: null }] };
  const late = { image: { agreement: 0.5, difficulty: null }, track: null };
  assert.deepEqual(JSON.parse(appendFields(JSON.stringify(base), late)), { ...base, ...late });
});

test('appending to an empty object needs no comma; raw values are inserted as given', () => {
  assert.equal(appendFields('{}', { a: 1 }), '{"a":1}');
  assert.equal(appendRawFields('{"x":1}', { reads: '[{"y":2}]' }), '{"x":1,"reads":[{"y":2}]}');
  assert.equal(appendRawFields('{"x":1}', {}), '{"x":1}');
});

test('anything but a serialised object is refused', () => {
  assert.throws(() => appendFields('[1]', { a: 1 }), /one serialised JSON object/);
});
