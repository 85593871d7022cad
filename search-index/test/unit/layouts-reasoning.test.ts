import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReasoningStep } from '../../src/model.ts';
import {
  findingsIn,
  impressionOf,
  spreadPhrase,
  stepKind,
  stepsFromTokens,
  type TimedToken,
} from '../../src/layouts/reasoning.ts';

/** REFLACX-style tokens: punctuation is its own token with a zero-length time. */
function tokens(text: string, t0 = 1): TimedToken[] {
  let t = t0;
  return text.split(' ').map((w) => {
    if (w === '.' || w === ',') return { text: w, start: t, end: t };
    const tok = { text: w, start: t, end: t + 0.3 };
    t += 0.4;
    return tok;
  });
}

test('sentences split on "." become steps timed by their first and last word', () => {
  const steps = stepsFromTokens(
    tokens('Heart size is normal . Possible small left effusion , cannot exclude atelectasis .'),
  );
  assert.equal(steps.length, 2);
  assert.equal(steps[0]!.text, 'Heart size is normal.');
  assert.equal(steps[0]!.start, 1);
  assert.equal(steps[0]!.end, steps[0]!.words[3]!.end);
  assert.ok(Math.abs(steps[0]!.end - 2.5) < 1e-9);
  assert.deepEqual(
    steps[0]!.words.map((w) => w.text),
    ['Heart', 'size', 'is', 'normal'],
  );
  assert.equal(steps[1]!.text, 'Possible small left effusion, cannot exclude atelectasis.');
  assert.equal(steps[1]!.words.length, 7, 'punctuation tokens are not words');
  assert.equal(steps[1]!.start, steps[1]!.words[0]!.start);
  for (const s of steps) assert.equal(ReasoningStep.safeParse(s).success, true);
});

test('punctuation attached to a word ends a sentence and is stripped from the word', () => {
  const steps = stepsFromTokens([
    { text: 'No', start: 0, end: 0.2 },
    { text: 'pneumothorax.', start: 0.3, end: 0.9 },
    { text: 'Lines', start: 1, end: 1.2 },
    { text: 'unchanged', start: 1.3, end: 1.6 },
  ]);
  assert.deepEqual(
    steps.map((s) => s.text),
    ['No pneumothorax.', 'Lines unchanged'],
  );
  assert.deepEqual(steps[0]!.words[1], { text: 'pneumothorax', start: 0.3, end: 0.9 });
  assert.equal(steps[1]!.end, 1.6, 'a last sentence without a period is still a step');
});

test('step kinds follow the keyword rules in order', () => {
  assert.equal(stepKind('Recommend follow up radiograph.'), 'recommendation');
  assert.equal(stepKind('Atelectasis versus consolidation.'), 'differential');
  assert.equal(stepKind('Cannot exclude pneumonia.'), 'differential');
  assert.equal(stepKind('No acute cardiopulmonary process.'), 'conclusion');
  assert.equal(stepKind('Impression: mild edema.'), 'conclusion');
  assert.equal(stepKind('Findings are consistent with heart failure.'), 'interpretation');
  assert.equal(stepKind('The heart is enlarged.'), 'observation');
});

test('finding labels are linked by keyword, negated mentions included', () => {
  assert.deepEqual(findingsIn('Small bilateral pleural effusions.'), ['Pleural abnormality']);
  assert.deepEqual(findingsIn('No pneumothorax.'), ['Pneumothorax']);
  assert.deepEqual(findingsIn('Moderate cardiomegaly with interstitial edema.'), [
    'Enlarged cardiac silhouette',
    'Pulmonary edema',
  ]);
  assert.deepEqual(findingsIn('Right lower lobe pneumonia; endotracheal tube in place.'), [
    'Consolidation',
    'Support devices',
  ]);
  assert.deepEqual(findingsIn('No acute cardiopulmonary process.'), ['No finding']);
  assert.deepEqual(findingsIn('Mild degenerative change.'), []);
});

test('a phrase timed as a whole spreads its words evenly', () => {
  const w = spreadPhrase('The heart is enlarged.', 2, 4);
  assert.deepEqual(w, [
    { text: 'The', start: 2, end: 2.5 },
    { text: 'heart', start: 2.5, end: 3 },
    { text: 'is', start: 3, end: 3.5 },
    { text: 'enlarged.', start: 3.5, end: 4 },
  ]);
  const steps = stepsFromTokens(w);
  assert.equal(steps.length, 1);
  assert.equal(steps[0]!.end, 4);
});

test('the impression is the conclusion, else the last step', () => {
  const steps = stepsFromTokens(tokens('Heart is enlarged . No acute cardiopulmonary process . Recommend follow up .'));
  assert.equal(impressionOf(steps), 'No acute cardiopulmonary process.');
  assert.equal(impressionOf(stepsFromTokens(tokens('Heart is enlarged . Lungs are clear .'))), 'Lungs are clear.');
  assert.equal(impressionOf([]), '');
});
