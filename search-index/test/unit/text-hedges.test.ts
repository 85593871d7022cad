/** Hedge detection: one detector for generated and imported reasoning, expected values by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHedges } from '../../src/text/hedges.ts';
import { stepsFromTokens } from '../../src/layouts/reasoning.ts';
import { timeSteps } from '../../src/generate/reasoning.ts';
import { Rng } from '../../src/generate/prng.ts';

test('a hedge at the start of a sentence is found whatever its case', () => {
  assert.deepEqual(findHedges('Cannot exclude a small effusion.'), ['cannot exclude']);
  assert.deepEqual(findHedges('POSSIBLE consolidation.'), ['possible']);
  assert.deepEqual(findHedges('Unlikely to represent a mass.'), ['unlikely']);
});

test('longer hedges win overlaps; each hedge once, in the order it first appears', () => {
  assert.deepEqual(findHedges('Possible effusion; pneumonia is less likely.'), ['possible', 'less likely']);
  assert.deepEqual(findHedges('This is less likely to be a nodule; cannot be excluded.'), [
    'less likely',
    'cannot be excluded',
  ]);
  assert.deepEqual(findHedges('The pattern suggests edema versus pneumonia, possibly early, possibly not.'), [
    'suggests',
    'versus',
    'possibly',
  ]);
  assert.deepEqual(findHedges('Cannot exclude a small pneumothorax, probably atelectasis.'), [
    'cannot exclude',
    'probably',
  ]);
});

test('whole words only: no hedge inside a longer word', () => {
  assert.deepEqual(findHedges('Unlikely? this is unlikely, not likely-ish.'), ['unlikely', 'likely']);
  assert.deepEqual(findHedges('Impossible to say; improbable; possibles.'), []);
  assert.deepEqual(findHedges('The lungs are clear.'), []);
});

test('the generator and the importers give a sentence the same hedges', () => {
  const sentence = 'Cannot exclude a small effusion, possibly atelectasis.';
  const words = sentence.split(' ');
  const imported = stepsFromTokens(words.map((text, i) => ({ text, start: i, end: i + 0.5 })));
  const generated = timeSteps(
    new Rng(1, 2, 3, 4),
    [{ kind: 'differential', tokens: words.map((text) => ({ text })), findings: [] }],
    { lead: 1, pace: 2.5 },
  );
  assert.deepEqual(imported[0]!.hedges, ['cannot exclude', 'possibly']);
  assert.deepEqual(generated.steps[0]!.hedges, ['cannot exclude', 'possibly']);
});
