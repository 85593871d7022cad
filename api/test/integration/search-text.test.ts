/**
 * Search that understands radiology text, against a real node and the generated fixture:
 * plurals find singulars and back, thesaurus synonyms find what readers wrote, negation-bearing
 * words never find their opposites, and highlights mark the words as written. Every expected
 * count comes from scanning reads.ndjson here, with word lists written by hand (the forms that
 * share a Porter stem, and the thesaurus terms), never from the code under test.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlainWord, plainWords, type ReadRecord } from '@chexthought/search-index';
import { startApp, startFixture, testConfig, type Fixture } from './setup.ts';

let fx: Fixture;
before(async () => {
  fx = await startFixture('search-text');
});
after(async () => {
  await fx?.close();
});

/** Each searched text of a read on its own (a phrase never spans two steps or fields). */
function texts(r: ReadRecord): string[] {
  return [...r.reasoning.map((s) => s.text), r.impression, r.clinicalContext.text ?? ''];
}

/** A whole-word, case-insensitive pattern for words or phrases (words separated by non-letters). */
function anyOf(...terms: string[]): RegExp {
  const alt = terms.map((t) => t.split(' ').join('[^\\p{L}\\p{N}]+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}'])(?:${alt})(?![\\p{L}\\p{N}'])`, 'iu');
}

function readsWith(re: RegExp): ReadRecord[] {
  return fx.data.reads.filter((r) => texts(r).some((t) => re.test(t)));
}

interface SearchResult {
  reads: {
    totalCount: number;
    searchExpansions: Array<{ term: string; forms: string[]; synonyms: string[] }>;
    edges: Array<{ node: { id: string }; highlights: Array<{ field: string; fragments: string[] }> }>;
  };
  images: { totalCount: number };
}

async function search(text: string, expand = true): Promise<SearchResult> {
  const res = await fx.gql<SearchResult>(
    `query($s: String, $e: Boolean) {
      reads(search: $s, expand: $e, first: 500) {
        totalCount searchExpansions { term forms synonyms }
        edges { node { id } highlights { field fragments } }
      }
      images(search: $s, expand: $e, first: 0) { totalCount }
    }`,
    { s: text, e: expand },
  );
  assert.equal(res.errors, undefined, res.text.slice(0, 400));
  return res.data!;
}

/** The reads found are exactly the expected ones, and so are the images. */
async function assertFinds(text: string, expected: ReadRecord[], expand = true): Promise<SearchResult> {
  const res = await search(text, expand);
  assert.ok(expected.length > 0, `the fixture has reads for "${text}"`);
  assert.equal(res.reads.totalCount, expected.length, `reads for "${text}"`);
  assert.deepEqual(res.reads.edges.map((e) => e.node.id).sort(), expected.map((r) => r.id).sort());
  assert.equal(res.images.totalCount, new Set(expected.map((r) => r.imageId)).size, `images for "${text}"`);
  return res;
}

/** Every hit highlights at least one word it was found by, as the reader wrote it. */
function assertMarks(res: SearchResult, found: RegExp) {
  for (const e of res.reads.edges) {
    const marked = e.highlights.flatMap((h) => h.fragments.flatMap((f) => [...f.matchAll(/<mark>(.*?)<\/mark>/g)]));
    assert.ok(
      marked.some((m) => found.test(m[1]!)),
      `${e.node.id}: ${JSON.stringify(e.highlights)}`,
    );
  }
}

describe('stemming: plurals and singulars find each other', () => {
  const cases = [
    { text: 'effusions', forms: ['effusion', 'effusions'] },
    { text: 'opacities', forms: ['opacity', 'opacities'] },
    { text: 'nodules', forms: ['nodule', 'nodules'] },
  ];
  for (const c of cases)
    test(`"${c.text}" finds ${c.forms.join(', ')}`, async () => {
      // effusion and nodule are thesaurus terms too; their synonyms all contain the word itself.
      const re = anyOf(...c.forms);
      const res = await assertFinds(c.text, readsWith(re));
      const singular = c.forms[0]!;
      assert.ok(
        readsWith(anyOf(singular)).some((r) => !texts(r).some((t) => anyOf(c.text).test(t))),
        `some reads say only "${singular}"`,
      );
      assertMarks(res, re);
      assert.deepEqual(res.reads.searchExpansions[0]?.forms, [singular]);
    });

  test('expand: false searches the word as written', async () => {
    await assertFinds('opacities', readsWith(anyOf('opacities')), false);
    assert.deepEqual((await search('opacities', false)).reads.searchExpansions, []);
  });
});

describe('synonyms from the thesaurus', () => {
  // Thesaurus terms of cardiomegaly, with the forms of "enlarged" the corpus has (one Porter stem).
  const cardiomegaly = anyOf(
    'cardiomegaly',
    'enlarged cardiac silhouette',
    'enlargement cardiac silhouette',
    'cardiac enlargement',
    'cardiac enlarged',
    'enlarged heart',
    'enlargement heart',
  );

  test('"cardiomegaly" finds reads that say "enlarged cardiac silhouette"', async () => {
    const expected = readsWith(cardiomegaly);
    const res = await assertFinds('cardiomegaly', expected);
    const ecs = readsWith(anyOf('enlarged cardiac silhouette')).filter(
      (r) => !texts(r).some((t) => anyOf('cardiomegaly').test(t)),
    );
    assert.ok(ecs.length > 0, 'some reads say "enlarged cardiac silhouette" and not "cardiomegaly"');
    const found = new Set(res.reads.edges.map((e) => e.node.id));
    for (const r of ecs) assert.ok(found.has(r.id), r.id);
    assert.deepEqual(res.reads.searchExpansions, [
      {
        term: 'cardiomegaly',
        forms: [],
        synonyms: ['enlarged cardiac silhouette', 'cardiac enlargement', 'enlarged heart'],
      },
    ]);
    assertMarks(res, cardiomegaly);
  });

  test('the abbreviation PTX finds pneumothorax; without expansion it finds nothing', async () => {
    const res = await assertFinds('PTX', readsWith(anyOf('ptx', 'pneumothorax')));
    assert.deepEqual(res.reads.searchExpansions[0]?.synonyms, ['pneumothorax']);
    assert.equal(readsWith(anyOf('ptx')).length, 0, 'nobody in the fixture writes PTX');
    assert.equal((await search('PTX', false)).reads.totalCount, 0);
  });

  test('expand: false finds only the word as written', async () => {
    await assertFinds('cardiomegaly', readsWith(anyOf('cardiomegaly')), false);
  });
});

describe('negation-bearing words never find their opposites', () => {
  // [query, the forms sharing its Porter stem, its opposite that must not be found]
  const cases = [
    { text: 'changed', forms: ['change', 'changed', 'changes', 'changing'], opposite: 'unchanged' },
    { text: 'active', forms: ['active', 'actively', 'activity'], opposite: 'inactive' },
    { text: 'crease', forms: ['crease', 'creased', 'creases'], opposite: 'increased' },
  ];
  for (const c of cases)
    test(`"${c.text}" does not find "${c.opposite}"`, async () => {
      const own = anyOf(...c.forms);
      const onlyOpposite = readsWith(anyOf(c.opposite)).filter((r) => !texts(r).some((t) => own.test(t)));
      assert.ok(onlyOpposite.length > 0, `the fixture has reads saying "${c.opposite}" and not "${c.text}"`);
      const res = await assertFinds(c.text, readsWith(own));
      const found = new Set(res.reads.edges.map((e) => e.node.id));
      for (const r of onlyOpposite) assert.ok(!found.has(r.id), `${r.id} says only "${c.opposite}"`);
    });
});

test('Dataset.search says what the served indices use', async () => {
  const res = await fx.gql<{
    dataset: {
      search: {
        stemming: boolean;
        synonyms: boolean;
        analyzer: string;
        stemmer: string | null;
        lexiconWords: number;
        engineStemmers: boolean;
      };
    };
  }>(`{ dataset { search { stemming synonyms analyzer stemmer lexiconWords engineStemmers } } }`);
  assert.equal(res.errors, undefined, res.text);
  const s = res.data!.dataset.search;
  assert.equal(s.stemming, true);
  assert.equal(s.synonyms, true);
  assert.equal(s.analyzer, 'standard_english');
  assert.equal(s.stemmer, 'porter-1980');
  assert.equal(typeof s.engineStemmers, 'boolean');
  // The distinct words of the fixture, counted here: letters only, split at anything else.
  const words = new Set<string>();
  for (const r of fx.data.reads)
    for (const t of texts(r))
      for (const w of t.toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (/^\p{L}+$/u.test(w)) words.add(w);
  assert.equal(s.lexiconWords, words.size);
});

test('export applies the same expansion (and expand=false)', async () => {
  const lines = async (params: Record<string, string>) => {
    const res = await fetch(`${fx.origin}/export/reads.ndjson?${new URLSearchParams(params)}`);
    assert.equal(res.status, 200);
    return (await res.text()).split('\n').filter(Boolean).length;
  };
  assert.equal(await lines({ search: 'opacities' }), readsWith(anyOf('opacity', 'opacities')).length);
  assert.equal(await lines({ search: 'opacities', expand: 'false' }), readsWith(anyOf('opacities')).length);
  const bad = await fetch(`${fx.origin}/export/reads.ndjson?search=x&expand=maybe`);
  assert.equal(bad.status, 400);
});

test('an index without a recorded lexicon is searched as written, with synonyms', async () => {
  const index = Object.keys(await fx.es.indices.getAlias({ name: `${fx.prefix}-reads` }))[0]!;
  const mapping = await fx.es.indices.getMapping({ index });
  const meta = mapping[index]!.mappings._meta as Record<string, unknown>;
  const { search: recorded, ...before } = meta;
  await fx.es.indices.putMapping({ index, _meta: before });
  // A fresh service: the lexicon cache of the running one belongs to the index as it was.
  const fresh = await startApp(testConfig({ indexPrefix: fx.prefix }));
  try {
    const res = await fresh.gql<SearchResult & { dataset: { search: { stemming: boolean; synonyms: boolean } } }>(
      `{ dataset { search { stemming synonyms } }
         reads(search: "opacities", first: 0) { totalCount searchExpansions { term } }
         images(search: "PTX", first: 0) { totalCount } }`,
    );
    assert.equal(res.errors, undefined, res.text);
    assert.deepEqual(res.data!.dataset.search, { stemming: false, synonyms: true });
    assert.equal(res.data!.reads.totalCount, readsWith(anyOf('opacities')).length);
    assert.deepEqual(res.data!.reads.searchExpansions, []);
    const ptx = new Set(readsWith(anyOf('pneumothorax')).map((r) => r.imageId));
    assert.equal(res.data!.images.totalCount, ptx.size);
  } finally {
    await fresh.app.close();
    await fx.es.indices.putMapping({ index, _meta: { ...before, search: recorded } });
  }
});

test("the lexicon's words are the engine's tokens (standard tokenizer)", async () => {
  const samples = [
    "Ill-defined air-fluid level; PTX 6.5cm, the patient's Café.",
    'e.g. a_b 3,5 title:x naïve ﬁbrosis — l’aorte, Naïve—effusions',
    ...fx.data.reads.slice(0, 50).flatMap(texts),
  ];
  for (const text of samples) {
    const res = await fx.es.indices.analyze({ tokenizer: 'standard', filter: ['lowercase'], text });
    const engine = (res.tokens ?? []).map((t) => t.token).filter((t) => isPlainWord(t));
    assert.deepEqual(plainWords(text), engine, text);
  }
});

test('statistics and facets count the same expanded search as the hits', async () => {
  const expected = readsWith(anyOf('nodule', 'nodules'));
  const res = await fx.gql<{
    statistics: { readCount: number; imageCount: number };
    asWritten: { readCount: number };
    reads: { totalCount: number; facets: { country: { buckets: Array<{ value: string; count: number }> } } };
  }>(
    `{ statistics(search: "nodules") { readCount imageCount }
       asWritten: statistics(search: "nodules", expand: false) { readCount }
       reads(search: "nodules", first: 0) { totalCount facets { country(size: 500) { buckets { value count } } } } }`,
  );
  assert.equal(res.errors, undefined, res.text);
  assert.equal(res.data!.statistics.readCount, expected.length);
  assert.equal(res.data!.statistics.imageCount, new Set(expected.map((r) => r.imageId)).size);
  assert.equal(res.data!.asWritten.readCount, readsWith(anyOf('nodules')).length);
  const byCountry = new Map<string, number>();
  for (const r of expected) {
    const c = fx.data.readers.get(r.readerId)!.country;
    byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
  }
  const buckets = res.data!.reads.facets.country.buckets;
  assert.deepEqual(new Map(buckets.map((b) => [b.value, b.count])), byCountry);
});

test('the thesaurus is listed by the vocabulary query', async () => {
  const res = await fx.gql<{
    vocabulary: { searchThesaurus: Array<{ finding: string | null; terms: string[]; narrower: string[] }> };
  }>(`{ vocabulary { searchThesaurus { finding terms narrower } } }`);
  assert.equal(res.errors, undefined, res.text);
  const entries = res.data!.vocabulary.searchThesaurus;
  assert.deepEqual(
    entries.find((e) => e.terms.includes('cardiomegaly')),
    {
      finding: 'ENLARGED_CARDIAC_SILHOUETTE',
      terms: ['enlarged cardiac silhouette', 'cardiomegaly', 'cardiac enlargement', 'enlarged heart'],
      narrower: [],
    },
  );
  assert.deepEqual(entries.find((e) => e.terms[0] === 'pleural abnormality')?.narrower, [
    'pleural effusion',
    'pleural thickening',
  ]);
});
