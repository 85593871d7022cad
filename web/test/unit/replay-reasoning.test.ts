import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  scrollToReveal,
  currentStepIndex,
  currentWordIndex,
  findingMarkers,
  flattenWords,
  hedgeMask,
  splitByHedges,
  type TimedStep,
} from '../../src/lib/replay-reasoning';
import { fixationsBeforeWord, wordsAfterFixation } from '../../src/lib/replay-linking';

const w = (text: string, start: number, end: number) => ({ text, start, end });
const steps: TimedStep[] = [
  {
    index: 0,
    text: 'There is possibly widening.',
    start: 2,
    end: 4,
    findings: ['ENLARGED_CARDIAC_SILHOUETTE'],
    hedges: ['possibly'],
    words: [w('There', 2, 2.4), w('is', 2.5, 2.7), w('possibly', 2.75, 3.1), w('widening.', 3.2, 4)],
  },
  {
    index: 1,
    text: 'Pneumonia cannot be excluded.',
    start: 6,
    end: 8,
    findings: ['CONSOLIDATION', 'ENLARGED_CARDIAC_SILHOUETTE'],
    hedges: ['cannot be excluded'],
    words: [w('Pneumonia', 6, 6.5), w('cannot', 6.6, 7), w('be', 7.05, 7.2), w('excluded.', 7.3, 8)],
  },
];

test('words flattened across steps with hedge flags', () => {
  const words = flattenWords(steps);
  assert.equal(words.length, 8);
  assert.deepEqual(
    words.map((x) => x.step),
    [0, 0, 0, 0, 1, 1, 1, 1],
  );
  assert.deepEqual(
    words.filter((x) => x.hedge).map((x) => x.text),
    ['possibly', 'cannot', 'be', 'excluded.'],
  );
});

test('current word holds through short gaps, not through silences; current step', () => {
  const words = flattenWords(steps);
  assert.equal(currentWordIndex(words, 1), -1);
  assert.equal(currentWordIndex(words, 2), 0);
  assert.equal(currentWordIndex(words, 2.45), 0, 'gap between words');
  assert.equal(currentWordIndex(words, 2.5), 1);
  assert.equal(currentWordIndex(words, 5), -1, 'silence');
  assert.equal(currentWordIndex(words, 7.1), 6);
  assert.equal(currentStepIndex(steps, 3), 0);
  assert.equal(currentStepIndex(steps, 5), -1);
  assert.equal(currentStepIndex(steps, 6), 1);
  assert.equal(currentStepIndex(steps, 9), -1);
});

test('hedge phrases are matched word by word, ignoring case and punctuation', () => {
  assert.deepEqual(hedgeMask(['Cannot', 'exclude,', 'effusion'], ['cannot exclude']), [true, true, false]);
  assert.deepEqual(hedgeMask(['possible'], ['possibly']), [false]);
  assert.deepEqual(splitByHedges('Possibly a small effusion; cannot exclude.', ['possibly', 'cannot exclude']), [
    { text: 'Possibly', hedge: true },
    { text: ' a small effusion; ', hedge: false },
    { text: 'cannot exclude', hedge: true },
    { text: '.', hedge: false },
  ]);
  assert.deepEqual(
    splitByHedges('impossibly', ['possibly']),
    [{ text: 'impossibly', hedge: false }],
    'whole words only',
  );
});

test('finding markers at the first step naming each finding', () => {
  assert.deepEqual(findingMarkers(steps), [
    { finding: 'ENLARGED_CARDIAC_SILHOUETTE', time: 2, step: 0 },
    { finding: 'CONSOLIDATION', time: 6, step: 1 },
  ]);
});

test('look-before-speak links: lead window before a word, words after a fixation', () => {
  const fix = [
    { start: 0, end: 0.45 },
    { start: 0.6, end: 1.9 },
    { start: 2.0, end: 2.6 },
    { start: 3.0, end: 3.5 },
  ];
  assert.deepEqual(fixationsBeforeWord(fix, 2.5, 2), [1, 2], 'overlapping [0.5, 2.5]');
  assert.deepEqual(fixationsBeforeWord(fix, 2.5, 0.4), [2]);
  const words = flattenWords(steps);
  assert.deepEqual(
    wordsAfterFixation(words, { start: 0.6, end: 1.9 }, 2),
    [0, 1, 2, 3].filter((i) => words[i]!.start <= 3.9),
  );
  assert.deepEqual(
    wordsAfterFixation(words, { start: 5, end: 5.5 }, 1),
    [4, 5, 6, 7].filter((i) => words[i]!.start <= 6.5),
  );
  // The two directions agree.
  for (const [fi, f] of fix.entries())
    for (const wi of wordsAfterFixation(words, f, 2))
      assert.ok(fixationsBeforeWord(fix, words[wi]!.start, 2).includes(fi));
});

test('the reasoning list scrolls only when the current step is not fully visible', () => {
  const view = { scrollTop: 200, height: 300 }; // shows content 200–500
  assert.equal(scrollToReveal({ top: 250, height: 100 }, view), null); // inside
  assert.equal(scrollToReveal({ top: 450, height: 100 }, view), 426); // bottom cut off: 450 − 24
  assert.equal(scrollToReveal({ top: 150, height: 100 }, view), 126); // above the view
  assert.equal(scrollToReveal({ top: 10, height: 40 }, view), 0); // never before the list's start
  assert.equal(scrollToReveal({ top: 900, height: 60 }, { scrollTop: 0, height: 300 }, 0), 900);
});
