/**
 * Search text analysis: words as the engine tokenizes them, Porter stems, the lexicon's groups
 * of forms, the negation guard and the thesaurus. Expected values are written by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainWords } from '../../src/text/words.ts';
import { stem } from '../../src/text/stems.ts';
import { Lexicon, LexiconBuilder, searchedTexts } from '../../src/text/lexicon.ts';
import { NEGATION_GUARD, isNegationPair } from '../../src/text/negation.ts';
import { LONGEST_TERM_WORDS, THESAURUS, relatedTerms, termKey } from '../../src/text/synonyms.ts';
import { FINDINGS } from '../../src/vocabulary.ts';

test('plain words: word boundaries like the standard tokenizer, lower case, letters only', () => {
  assert.deepEqual(plainWords("Ill-defined air-fluid level; PTX 6.5cm, patient's Café."), [
    'ill',
    'defined',
    'air',
    'fluid',
    'level',
    'ptx',
    'café',
  ]);
  assert.deepEqual(plainWords(null), []);
  assert.deepEqual(
    plainWords('e.g. a_b 3,5 title:x naïve ﬁbrosis, l’aorte'),
    ['naïve', 'ﬁbrosis'],
    'joined runs are not plain',
  );
  assert.deepEqual(plainWords('Naïve—effusions'), ['naïve', 'effusions']);
});

test('Porter stems group plurals and inflections, and never strip a prefix', () => {
  const same = [
    ['effusion', 'effusions'],
    ['opacity', 'opacities'],
    ['nodule', 'nodules'],
    ['infiltrate', 'infiltrates'],
    ['change', 'changed'],
  ];
  for (const [a, b] of same) assert.equal(stem(a!), stem(b!), `${a} ~ ${b}`);
  for (const [plain, negated] of NEGATION_GUARD) assert.notEqual(stem(plain), stem(negated), `${plain} ≁ ${negated}`);
  assert.equal(stem('likely'), 'likely', 'kept as written (Porter would make it "like", as in band-like)');
  assert.notEqual(stem('likely'), stem('like'));
});

test('the lexicon groups the corpus forms of a word, the word itself first', () => {
  const b = new LexiconBuilder();
  b.add('Small effusions. Patchy opacity; the opacities are unchanged, an effusion.');
  b.add('The opacity has changed. Nodule.');
  const data = b.build();
  assert.equal(data.stemmer, 'porter-1980');
  assert.equal(data.words, 'an are changed effusion effusions has nodule opacities opacity patchy small the unchanged');
  assert.equal(data.wordCount, 13);
  assert.equal(data.truncated, false);
  const lex = Lexicon.fromData(data)!;
  assert.deepEqual(lex.formsOf('effusions'), ['effusions', 'effusion']);
  assert.deepEqual(lex.formsOf('Opacity'), ['opacity', 'opacities']);
  assert.deepEqual(
    lex.formsOf('nodules'),
    ['nodules', 'nodule'],
    'a form the corpus lacks still finds the ones it has',
  );
  assert.deepEqual(lex.formsOf('changed'), ['changed'], 'never "unchanged"');
  assert.deepEqual(lex.formsOf('pneumothorax'), ['pneumothorax']);
  assert.equal(Lexicon.fromData({ ...data, stemmer: 'snowball-english' }), null, 'another stemmer: not used');
});

test('the lexicon keeps the most frequent words when it must cut', () => {
  const b = new LexiconBuilder();
  b.add('zeta zeta zeta alpha alpha beta');
  const data = b.build(2);
  assert.equal(data.words, 'alpha zeta');
  assert.equal(data.truncated, true);
});

test('the negation guard holds even with a stemmer that strips prefixes', () => {
  // Like hunspell en_US: a negating prefix is removed when the rest is a known word, then a suffix.
  const words = NEGATION_GUARD.flat();
  const cut = (w: string) => w.replace(/(ed|ive|ity|e|s|d)$/, '');
  const known = new Set(words.map(cut));
  const prefixes = ['non', 'un', 'in', 'ir', 'im', 'dis', 'ab', 'a'];
  const stripping = (w: string) => {
    const p = prefixes.find((p) => w.startsWith(p) && known.has(cut(w.slice(p.length))));
    return cut(p ? w.slice(p.length) : w);
  };
  const lex = new Lexicon(words, stripping);
  for (const [plain, negated] of NEGATION_GUARD) {
    assert.equal(stripping(plain), stripping(negated), `the stripping stemmer conflates ${plain} and ${negated}`);
    assert.ok(!lex.formsOf(plain).includes(negated), `${plain} must not find ${negated}`);
    assert.ok(!lex.formsOf(negated).includes(plain), `${negated} must not find ${plain}`);
    assert.ok(isNegationPair(plain, negated, stripping), `${plain} / ${negated} is a negation pair`);
  }
  assert.ok(!isNegationPair('effusion', 'effusions', stem));
  assert.ok(!isNegationPair('increase', 'increased', stem), 'both start with "in": not a negation');
});

test('searched texts: every reasoning step, the impression and the clinical context', () => {
  const texts = searchedTexts({
    reasoning: [{ text: 'One.' }, { text: 'Two.' }] as never,
    impression: 'Three.',
    clinicalContext: { shown: true, used: true, text: 'Four.' },
  });
  assert.deepEqual(texts, ['One.', 'Two.', 'Three.', 'Four.']);
});

test('thesaurus: equivalents both ways, narrower terms one way, matched on stems', () => {
  assert.deepEqual(relatedTerms('cardiomegaly'), [
    'enlarged cardiac silhouette',
    'cardiac enlargement',
    'enlarged heart',
  ]);
  assert.ok(relatedTerms('enlarged cardiac silhouette').includes('cardiomegaly'));
  assert.deepEqual(relatedTerms('PTX'), ['pneumothorax']);
  assert.deepEqual(relatedTerms('effusions'), ['pleural effusion', 'pleural fluid'], 'a plural matches its term');
  assert.ok(relatedTerms('pleural effusion').includes('effusion'));
  assert.deepEqual(relatedTerms('pleural abnormality'), ['pleural effusion', 'pleural thickening']);
  assert.ok(!relatedTerms('effusion').includes('pleural thickening'), 'a narrower term does not widen to its siblings');
  assert.deepEqual(relatedTerms('lingula'), []);
  assert.equal(termKey('Pleural  Effusions'), 'pleural effus');
  assert.equal(LONGEST_TERM_WORDS, 4);
});

test('thesaurus entries: lower case, plain words, findings from the vocabulary, no term twice in an entry', () => {
  for (const e of THESAURUS) {
    for (const t of [...e.terms, ...(e.narrower ?? [])]) assert.equal(plainWords(t).join(' '), t, t);
    assert.equal(new Set(e.terms.map(termKey)).size, e.terms.length, e.terms.join(', '));
    if (e.finding) assert.ok((FINDINGS as readonly string[]).includes(e.finding));
  }
});
