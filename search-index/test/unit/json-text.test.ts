import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appendFields,
  appendMembers,
  appendRawFields,
  jsonMembers,
  removeNullField,
} from '../../src/ingest/json-text.ts';

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

test('a null field is removed wherever it stands, and nothing else is touched', () => {
  const drop = (json: string) => JSON.parse(removeNullField(json, 'fixations'));
  assert.deepEqual(drop('{"fixations":null,"readId":"fixations"}'), { readId: 'fixations' });
  assert.deepEqual(drop('{"readId":"a", "fixations" : null , "x":1}'), { readId: 'a', x: 1 });
  assert.deepEqual(drop('{"readId":"a","fixations":null}'), { readId: 'a' });
  assert.deepEqual(drop('{"fixations":null}'), {});
  assert.deepEqual(drop('{"readId":"a","fixations":[]}'), { readId: 'a', fixations: [] });
});

test('members appended give the same object as serialising it whole', () => {
  const members = jsonMembers({ a: '1', b: '[2,{"c":null}]' });
  assert.equal(members, '"a":1,"b":[2,{"c":null}]');
  assert.deepEqual(JSON.parse(appendMembers('{"x":"}"}', members)), { x: '}', a: 1, b: [2, { c: null }] });
  assert.equal(appendMembers('{}', '"a":1'), '{"a":1}');
  assert.equal(appendMembers('{"x":1}', ''), '{"x":1}');
});
