import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImageRecord, ReadRecord, ReaderRecord, TrackRecord, describeIssues } from '../../src/model.ts';
import { parseRecord, outsideImage } from '../../src/ingest/validate.ts';

const read = {
  id: 'R1',
  imageId: 'I1',
  readerId: 'U1',
  startedAt: '2025-03-01T10:00:00Z',
  durationSec: 30,
  findings: [{ label: 'Atelectasis', certainty: 4 }],
  impression: 'Left basal atelectasis.',
  strategy: 'systematic',
  strategySource: 'given',
  reasoning: [{ text: 'Possibly atelectasis.', start: 1, end: 3, kind: 'observation', hedges: ['possibly'] }],
  synthetic: true,
};

test('a valid read parses and gets its defaults', () => {
  const r = ReadRecord.parse(read);
  assert.deepEqual(r.clinicalContext, { shown: false, text: null, used: false });
  assert.equal(r.findings[0]!.region, null);
  assert.deepEqual(r.reasoning[0]!.words, []);
});

test('an unknown finding label is named in the error', () => {
  const r = parseRecord(ReadRecord, JSON.stringify({ ...read, findings: [{ label: 'Cardiomegaly', certainty: 4 }] }));
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /findings\.0\.label: unknown finding label "Cardiomegaly"/);
  assert.equal((r as { id?: string }).id, 'R1');
});

test('wrong types name the field and the expected type', () => {
  const r = parseRecord(ReadRecord, JSON.stringify({ ...read, durationSec: '30' }));
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /^durationSec: .*number/);
});

test('truncated JSON is reported as invalid JSON', () => {
  const r = parseRecord(ReadRecord, JSON.stringify(read).slice(0, 40));
  assert.equal(r.ok, false);
  assert.match((r as { reason: string }).reason, /^invalid JSON \(/);
});

test('unknown fields are rejected (strict layout catches typos)', () => {
  const r = ReadRecord.safeParse({ ...read, strateg: 'focal' });
  assert.equal(r.success, false);
  assert.match(describeIssues(r.error!), /strateg/);
});

test('a step ending after the read is rejected', () => {
  const r = ReadRecord.safeParse({ ...read, reasoning: [{ ...read.reasoning[0], end: 99 }] });
  assert.equal(r.success, false);
  assert.match(describeIssues(r.error!), /reasoning\.0\.end: step ends at 99s, after the read's duration 30s/);
});

test('reader country and continent are checked against the vocabulary', () => {
  assert.equal(
    ReaderRecord.safeParse({ id: 'U', country: 'BR', experienceYears: 3, role: 'resident', synthetic: true }).success,
    true,
  );
  const bad = ReaderRecord.safeParse({ id: 'U', country: 'ZZ', experienceYears: 3, role: 'resident', synthetic: true });
  assert.match(describeIssues(bad.error!), /country: unknown country code "ZZ"/);
  const mismatch = ReaderRecord.safeParse({
    id: 'U',
    country: 'BR',
    continent: 'EU',
    experienceYears: 3,
    role: 'resident',
    synthetic: true,
  });
  assert.match(describeIssues(mismatch.error!), /continent: continent does not match country/);
});

test('ids with spaces or slashes are rejected', () => {
  const r = ImageRecord.safeParse({
    id: 'a/b',
    dataset: 'x',
    patientId: 'p',
    followUp: 0,
    viewPosition: 'PA',
    width: 10,
    height: 10,
    synthetic: false,
  });
  assert.equal(r.success, false);
  assert.match(describeIssues(r.error!), /^id: ids may hold/);
});

const track = (t: number[], x: (number | null)[], y: (number | null)[]) =>
  TrackRecord.parse({ readId: 'R1', samples: { t, x, y }, synthetic: true });

test('track columns of different lengths and backwards time are rejected', () => {
  const r = TrackRecord.safeParse({ readId: 'R1', samples: { t: [0, 1], x: [1], y: [1, 2] }, synthetic: true });
  assert.match(describeIssues(r.error!), /differ in length \(2, 1, 2\)/);
  const back = TrackRecord.safeParse({
    readId: 'R1',
    samples: { t: [0, 2, 1], x: [1, 1, 1], y: [1, 1, 1] },
    synthetic: true,
  });
  assert.match(describeIssues(back.error!), /go backwards at sample 2/);
});

test('samples outside the image are found, blinks are not', () => {
  const image = { id: 'I1', width: 100, height: 50 };
  assert.equal(outsideImage(track([0, 1, 2], [10, null, 100], [10, null, 50]), image), null);
  assert.equal(
    outsideImage(track([0, 1], [10, 101], [10, 10]), image),
    'sample 1 (t=1s) at (101, 10) lies outside image I1 (100×50 px)',
  );
});

test('sample columns and word lists are checked element by element, naming the first bad one', () => {
  const bad = TrackRecord.safeParse({ readId: 'R1', samples: { t: [0, -1], x: [1, 1], y: [1, 'a'] }, synthetic: true });
  const msg = describeIssues(bad.error!);
  assert.match(msg, /samples\.t\.1: expected a non-negative finite number, got -1/);
  assert.match(msg, /samples\.y\.1: expected a finite number or null, got "a"/);
  const step = { text: 'Lungs clear.', start: 0, end: 2, kind: 'observation' };
  const words = (w: unknown[]) => ReadRecord.safeParse({ ...read, reasoning: [{ ...step, words: w }] });
  assert.equal(words([{ text: 'Lungs', start: 0, end: 0.5 }]).success, true);
  assert.match(
    describeIssues(words([{ text: 'Lungs', start: 1, end: 0.5 }]).error!),
    /reasoning\.0\.words\.0: word ends before it starts/,
  );
  assert.match(describeIssues(words([{ text: '', start: 0, end: 1 }]).error!), /word text must be a non-empty string/);
  assert.match(
    describeIssues(words([{ text: 'a', start: 0, end: 1, confidence: 1 }]).error!),
    /unknown field\(s\) confidence in a word/,
  );
});

test('every kind of bad word has its own message, naming the word and what is wrong', () => {
  const step = { text: 'Lungs clear.', start: 0, end: 2, kind: 'observation' };
  const message = (w: unknown) => {
    const r = ReadRecord.safeParse({ ...read, reasoning: [{ ...step, words: [{ text: 'ok', start: 0, end: 1 }, w] }] });
    return r.success ? null : describeIssues(r.error);
  };
  const cases: Array<[unknown, string]> = [
    ['Lungs', 'expected a word object, got "Lungs"'],
    [null, 'expected a word object, got null'],
    [[1, 2], 'expected a word object, got [1,2]'],
    [{ text: 'a', start: 0, end: 1, confidence: 1, speaker: 'r' }, 'unknown field(s) confidence, speaker in a word'],
    [JSON.parse('{"text":"a","start":0,"end":1,"__proto__":{"x":1}}'), 'unknown field(s) __proto__ in a word'],
    [{ start: 0, end: 1 }, 'word text must be a non-empty string'],
    [{ text: 3, start: 0, end: 1 }, 'word text must be a non-empty string'],
    [{ text: 'a', end: 1 }, 'word start must be a non-negative number, got undefined'],
    [{ text: 'a', start: -1, end: 1 }, 'word start must be a non-negative number, got -1'],
    [{ text: 'a', start: 0, end: '1' }, 'word end must be a non-negative number, got "1"'],
    [{ text: 'a', start: 0, end: Infinity }, 'word end must be a non-negative number, got null'],
    [{ text: 'a', start: 2, end: 1 }, 'word ends before it starts'],
  ];
  for (const [word, expected] of cases) {
    const got = message(word);
    assert.ok(got?.includes(expected), `${JSON.stringify(word)}: ${got}`);
    assert.ok(got?.includes('reasoning.0.words.1'), `the path names the second word: ${got}`);
  }
  assert.equal(message({ text: 'a', start: 1, end: 1 }), null, 'a word may last no time');
});

test('word count: whitespace-separated words, as split(/\\s+/) counts them, every ECMAScript space included', async () => {
  const { countWords } = await import('../../src/text/words.ts');
  assert.equal(countWords(''), 0);
  assert.equal(countWords('   '), 0);
  assert.equal(countWords('Lungs are clear.'), 3);
  assert.equal(countWords('\tno\u00a0break\u2003em\u3000ideographic\ufeffbom  '), 5);
  // Every code unit that matches \s, and a sample of ones that do not, in random texts.
  const spaces = [...Array(0x10000).keys()].filter((c) => /\s/.test(String.fromCharCode(c)));
  assert.equal(spaces.length, 25, 'ECMAScript has 25 white space and line terminator code points');
  const alphabet = [...spaces.map((c) => String.fromCharCode(c)), 'a', 'Z', '.', '\u200b', '\u0085', '😀', 'é'];
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let k = 0; k < 2_000; k++) {
    const text = Array.from(
      { length: Math.floor(next() * 30) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join('');
    assert.equal(countWords(text), text.split(/\s+/).filter(Boolean).length, JSON.stringify(text));
  }
});

test('binary search: first index ≥ / > a value, within bounds, duplicates and ends', async () => {
  const { lowerBound, upperBound } = await import('../../src/sorted.ts');
  const a = [1, 2, 2, 2, 5, 8];
  assert.deepEqual(
    [0, 1, 2, 3, 5, 9].map((v) => lowerBound(a, v)),
    [0, 0, 1, 4, 4, 6],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 5, 9].map((v) => upperBound(a, v)),
    [0, 1, 4, 4, 5, 6],
  );
  // Restricted to a[2..5): never below lo, never above hi.
  assert.equal(lowerBound(a, 0, 2, 5), 2);
  assert.equal(upperBound(a, 9, 2, 5), 5);
});

test('a track missing a sample column is a readable reject, not an exception', () => {
  const r = TrackRecord.safeParse({ readId: 'R1', samples: { t: [0, 1], y: [1, 2] }, synthetic: true });
  assert.equal(r.success, false);
  assert.equal(
    describeIssues(r.error!),
    'samples.x: expected an array of numbers, got nothing (the column is missing)',
  );
  const n = TrackRecord.safeParse({ readId: 'R1', samples: { t: [0, 1], x: null, y: [1, 2] }, synthetic: true });
  assert.equal(describeIssues(n.error!), 'samples.x: expected an array of numbers, got null');
});
