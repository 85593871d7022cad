/**
 * Query expansion: which words and phrases widen, into what, written back in the simple
 * syntax; what is left exactly as written. Expected texts are written by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexicon, NEGATION_GUARD } from '@chexthought/search-index';
import { MAX_ALTERNATIVES, asWritten, expandSearch } from '../../src/query/expand.ts';

const lexicon = new Lexicon([
  ...['effusion', 'effusions', 'opacity', 'opacities', 'nodule', 'pleural', 'cardiac', 'enlarged', 'enlargement'],
  ...['silhouette', 'small', 'changes', 'changed', 'unchanged', 'increased', 'crease', 'active', 'inactive'],
]);
const both = { lexicon, synonyms: true };
const stemsOnly = { lexicon, synonyms: false };

test('a word becomes a group of its corpus forms, the word as written first', () => {
  const e = expandSearch('opacities', stemsOnly);
  assert.equal(e.query, '(opacities | opacity)');
  assert.deepEqual(e.expansions, [{ term: 'opacities', forms: ['opacity'], synonyms: [] }]);
  assert.equal(e.text, 'opacities');
  assert.equal(expandSearch('Nodules', stemsOnly).query, '(nodules | nodule)', 'a form the corpus lacks');
});

test('synonyms: abbreviations, single words and phrases, each phrase with its forms', () => {
  assert.equal(expandSearch('PTX', both).query, '(ptx | pneumothorax)');
  assert.equal(
    expandSearch('effusions', both).query,
    '(effusions | effusion | "pleural effusion" | "pleural effusions" | "pleural fluid")',
  );
  const c = expandSearch('cardiomegaly', both);
  assert.equal(
    c.query,
    // enlarged and enlargement share a stem (enlarg), so every phrase with either word has both.
    '(cardiomegaly | "enlarged cardiac silhouette" | "enlargement cardiac silhouette" | "cardiac enlargement" | "cardiac enlarged" | "enlarged heart" | "enlargement heart")',
  );
  assert.deepEqual(c.expansions[0]!.synonyms, ['enlarged cardiac silhouette', 'cardiac enlargement', 'enlarged heart']);
});

test('words written unquoted stay separate words; a run that is a thesaurus term adds its synonyms', () => {
  const e = expandSearch('small enlarged cardiac silhouette', both);
  assert.equal(
    e.query,
    'small (((enlarged | enlargement) cardiac silhouette) | cardiomegaly | "cardiac enlargement" | "cardiac enlarged" | "enlarged heart" | "enlargement heart")',
  );
  assert.deepEqual(
    e.expansions.map((x) => x.term),
    ['enlarged cardiac silhouette'],
  );
});

test('a quoted phrase widens as a phrase; negation covers every alternative', () => {
  assert.equal(
    expandSearch('"pleural effusions"', both).query,
    '("pleural effusions" | "pleural effusion" | effusion | effusions | "pleural fluid")',
  );
  assert.equal(expandSearch('-opacities small', stemsOnly).query, '-(opacities | opacity) small');
  assert.equal(
    expandSearch('-enlarged cardiac silhouette', stemsOnly).query,
    '-(enlarged | enlargement) cardiac silhouette',
  );
});

test('everything that is not a plain word is passed through as written', () => {
  for (const q of ['opac*', 'a~2', '6.5cm', "patient's", 'ill-defined', '"a (b" x\\"y', 'title:*', '((((', '"', '\\'])
    assert.equal(expandSearch(q, stemsOnly).query, q, q);
  assert.equal(expandSearch('opac* | opacities', stemsOnly).query, 'opac* | (opacities | opacity)');
  assert.equal(expandSearch('(opacities', stemsOnly).query, '((opacities | opacity)');
  assert.equal(expandSearch('  opacities\t+nodule ', stemsOnly).query, '  (opacities | opacity)\t+nodule ');
});

test('negation-bearing words never expand into their opposites', () => {
  assert.equal(expandSearch('changed', stemsOnly).query, '(changed | changes)');
  assert.equal(expandSearch('crease', both).query, 'crease');
  assert.equal(expandSearch('active', both).query, 'active');
  const guarded = new Lexicon(NEGATION_GUARD.flat());
  for (const [plain, negated] of NEGATION_GUARD) {
    assert.ok(!expandSearch(plain, { lexicon: guarded, synonyms: true }).query.includes(negated), plain);
    assert.ok(!expandSearch(negated, { lexicon: guarded, synonyms: true }).query.split(/\W+/).includes(plain), negated);
  }
});

test('off, or without a lexicon: as written, or synonyms alone', () => {
  assert.deepEqual(expandSearch('opacities', { lexicon: null, synonyms: false }), asWritten('opacities'));
  assert.equal(expandSearch('opacities', { lexicon: null, synonyms: true }).query, 'opacities');
  assert.equal(expandSearch('ptx', { lexicon: null, synonyms: true }).query, '(ptx | pneumothorax)');
});

test('the number of alternatives is bounded; words past the budget are searched as written', () => {
  const text = Array.from({ length: 150 }, () => 'effusions').join(' ');
  const e = expandSearch(text, both);
  const added = e.expansions.reduce((n, x) => n + 1 + x.forms.length + x.synonyms.length, 0);
  assert.ok(e.expansions.length > 0 && e.expansions.length < 150);
  const alternatives = (e.query.match(/\|/g) ?? []).length;
  assert.ok(alternatives <= MAX_ALTERNATIVES, `${alternatives} alternatives`);
  assert.ok(added > 0);
  assert.ok(e.query.endsWith(' effusions'), 'the last words as written');
});
