import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_TRACK_MEMBERS, nestedMembers, readMembers } from '../../src/ingest/gaze-image.ts';

const parse = (members: string) => JSON.parse(`{${members}}`) as Record<string, unknown>;

test("a read's metric members hold every field; its nested copy every field but findingGaze", () => {
  const values = {
    gaze: { fixationCount: 3, coverage: 0.25 },
    findingGaze: [{ finding: 'Atelectasis', reported: true }],
    peerSimilarity: null,
    missTypes: ['search'],
    // A value that quotes the key: JSON escapes its quotes, so it cannot be taken for the key.
    misses: ['x,"findingGaze":y'],
    presentFindings: ['Atelectasis'],
  };
  const json = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)]));
  const members = readMembers(json as Parameters<typeof readMembers>[0]);
  assert.deepEqual(parse(members), values);
  const { findingGaze: _display, ...filterable } = values;
  assert.deepEqual(parse(nestedMembers(members)), filterable);
});

test('a read without a track has null gaze and empty lists', () => {
  assert.deepEqual(parse(NO_TRACK_MEMBERS), {
    gaze: null,
    peerSimilarity: null,
    missTypes: [],
    misses: [],
    presentFindings: [],
    findingGaze: [],
  });
});
