import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  appendFields,
  appendMembers,
  appendRawFields,
  jsonMembers,
  memberText,
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

test('a top-level member is found as written, whatever comes before it or inside it', () => {
  const line =
    '{ "id" : "a\\"reasoning\\":[0]", "nested": {"reasoning": [1]}, "list": [{"reasoning":"]"}, "}"],' +
    ' "n": -1.5e3, "reasoning" :\t[ {"text": "x \\\\", "w": [1.0, 2]} ] , "t": true }';
  const parsed = JSON.parse(line);
  for (const key of ['id', 'nested', 'list', 'n', 'reasoning', 't'])
    assert.deepEqual(JSON.parse(memberText(line, key)!), parsed[key], key);
  assert.equal(memberText(line, 'reasoning'), '[ {"text": "x \\\\", "w": [1.0, 2]} ]');
  assert.equal(memberText(line, 'w'), null);
  assert.equal(memberText('{}', 'a'), null);
  assert.equal(memberText('[1]', 'a'), null);
});

test('a repeated key gives its last value, as JSON.parse keeps; escaped key names are matched by their value', () => {
  assert.equal(memberText('{"a":1,"a":[2]}', 'a'), '[2]');
  assert.equal(memberText('{"\\u0061":3}', 'a'), '3');
  assert.equal(memberText('{"a":null}', 'a'), 'null');
});
