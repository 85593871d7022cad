/** A broken dataset.json is reported by line and column, not by the engine's echo of the text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonDocument } from '../../src/ingest/ndjson.ts';

test('valid JSON parses as JSON.parse would', () => {
  assert.deepEqual(parseJsonDocument('{"a": [1, 2]}'), { ok: true, value: { a: [1, 2] } });
});

test('a missing value: line and column of the character where one was expected', () => {
  // Line 3 is `  "b": }`: the `}` is its 8th character.
  assert.deepEqual(parseJsonDocument('{\n  "a": 1,\n  "b": }'), {
    ok: false,
    reason: 'invalid JSON at line 3, column 8: value expected',
  });
});

test('comments and trailing commas are errors (dataset.json is strict JSON)', () => {
  const comment = parseJsonDocument('{\n// note\n"a": 1}');
  assert.equal(comment.ok, false);
  assert.match(!comment.ok ? comment.reason : '', /^invalid JSON at line 2, column 1: /);
  const trailing = parseJsonDocument('{"a": 1,}');
  assert.match(!trailing.ok ? trailing.reason : '', /^invalid JSON at line 1, column 9: /);
});
