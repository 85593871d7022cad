/**
 * Golden tests of the query compiler: each table below is compiled and compared with
 * api/test/unit/golden/<name>.json, which holds every case's input next to its output so the
 * files read as the specification of the DSL. After an intended change, regenerate with
 * `UPDATE_GOLDEN=1 npx tsx --test api/test/unit/query-golden.test.ts` and review the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImageSort, ReadFilter, ReadSort, ReaderFilter, ReaderSort } from '../../src/generated/graphql.ts';
import {
  compileImageQuery,
  compileReadFilter,
  compileReadQuery,
  compileReaderFilter,
  type CompileOptions,
  type ImageQueryOptions,
} from '../../src/query/filter.ts';
import { compileSearch, highlightRequest, imageInnerHits, readHighlightsSearch } from '../../src/query/search.ts';
import { compileImageSort, compileReadSort, compileReaderSort } from '../../src/query/sort.ts';
import { boundsAggregations, compileFacets, type FacetInput } from '../../src/query/facets.ts';
import {
  maxReadsPerImageAggregations,
  readsPerImageSearches,
  statisticsAggregations,
} from '../../src/query/statistics.ts';

interface Case<I> {
  case: string;
  input: I;
}

function golden<I>(name: string, cases: Case<I>[], compile: (input: I) => unknown): void {
  test(`golden ${name}.json`, async () => {
    const actual = cases.map((c) => ({ case: c.case, input: c.input ?? null, output: compile(c.input) }));
    // Round-trip through JSON so undefined members compare as the file stores them.
    const normalized = JSON.parse(JSON.stringify(actual)) as typeof actual;
    const file = fileURLToPath(new URL(`./golden/${name}.json`, import.meta.url));
    if (process.env.UPDATE_GOLDEN === '1') {
      // Written as the repository's formatter would, so `prettier --check` stays clean.
      const prettier = await import('prettier');
      const options = { ...(await prettier.resolveConfig(file)), parser: 'json' };
      writeFileSync(file, await prettier.format(JSON.stringify(normalized), options));
      return;
    }
    const expected = JSON.parse(readFileSync(file, 'utf8')) as typeof actual;
    assert.deepEqual(
      normalized.map((c) => c.case),
      expected.map((c) => c.case),
      `${name}: the table's cases changed; UPDATE_GOLDEN=1 and review`,
    );
    normalized.forEach((c, i) => assert.deepEqual(c, expected[i], `${name}: case "${c.case}"`));
  });
}

// ---------------------------------------------------------------------------------------------
// ReadFilter → query (reads index)

const BRAZIL: ReadFilter = { countries: ['BR'] };

golden<{ filter?: ReadFilter | null; opts?: CompileOptions }>(
  'read-filter',
  [
    { case: 'undefined filter → match_all', input: {} },
    { case: 'null filter → match_all', input: { filter: null } },
    { case: 'empty filter → match_all', input: { filter: {} } },
    {
      case: 'empty lists and boundless ranges are no condition',
      input: { filter: { countries: [], roles: [], durationSec: {}, findings: { any: [] }, hasClinicalContext: null } },
    },
    { case: 'countries', input: { filter: { countries: ['BR'] } } },
    { case: 'countries, several (OR) and deduplicated', input: { filter: { countries: ['BR', 'DE', 'BR'] } } },
    { case: 'continents (enum = stored code)', input: { filter: { continents: ['SA', 'EU'] } } },
    {
      case: 'strategies (enum → stored)',
      input: { filter: { strategies: ['GLOBAL_THEN_FOCAL', 'COMPARISON_DRIVEN'] } },
    },
    { case: 'experienceYears both bounds', input: { filter: { experienceYears: { gte: 5, lte: 9.5 } } } },
    { case: 'experienceYears gte only', input: { filter: { experienceYears: { gte: 10 } } } },
    { case: 'experienceBands', input: { filter: { experienceBands: ['5-9', '20+'] } } },
    { case: 'roles (enum → stored)', input: { filter: { roles: ['RESIDENT', 'ATTENDING'] } } },
    { case: 'viewPositions', input: { filter: { viewPositions: ['PA', 'LAT'] } } },
    { case: 'datasets', input: { filter: { datasets: ['NIH ChestX-ray14'] } } },
    { case: 'durationSec lte only', input: { filter: { durationSec: { lte: 60 } } } },
    { case: 'hasClinicalContext true', input: { filter: { hasClinicalContext: true } } },
    { case: 'hasClinicalContext false', input: { filter: { hasClinicalContext: false } } },
    { case: 'usedClinicalContext', input: { filter: { usedClinicalContext: true } } },
    { case: 'agreement', input: { filter: { agreement: { gte: 0.25, lte: 0.75 } } } },
    { case: 'difficulty', input: { filter: { difficulty: { gte: 0.5 } } } },
    { case: 'fixationCount', input: { filter: { fixationCount: { gte: 10, lte: 200 } } } },
    { case: 'hedges', input: { filter: { hedges: ['possibly', 'cannot exclude'] } } },
    { case: 'imageIds', input: { filter: { imageIds: ['00000013_005'] } } },
    { case: 'readerIds', input: { filter: { readerIds: ['r1', 'r2'] } } },
    { case: 'readIds', input: { filter: { readIds: ['read-1'] } } },
    {
      case: 'findings any: one terms on positive labels',
      input: { filter: { findings: { any: ['ATELECTASIS', 'ENLARGED_CARDIAC_SILHOUETTE'] } } },
    },
    {
      case: 'findings all: one term per label',
      input: { filter: { findings: { all: ['ATELECTASIS', 'PNEUMOTHORAX'] } } },
    },
    {
      case: 'findings any and all',
      input: { filter: { findings: { any: ['CONSOLIDATION'], all: ['SUPPORT_DEVICES'] } } },
    },
    {
      case: 'findings certainty alone: any finding in range',
      input: { filter: { findings: { certainty: { lte: 2 } } } },
    },
    {
      case: 'findings any with certainty: one nested finding with label and certainty',
      input: {
        filter: { findings: { any: ['HIGH_LUNG_VOLUME_EMPHYSEMA', 'ATELECTASIS'], certainty: { gte: 4, lte: 5 } } },
      },
    },
    {
      case: 'findings all with certainty: one nested clause per label',
      input: { filter: { findings: { all: ['ATELECTASIS', 'PNEUMOTHORAX'], certainty: { gte: 3 } } } },
    },
    { case: 'and', input: { filter: { and: [{ countries: ['BR'] }, { roles: ['FELLOW'] }] } } },
    {
      case: 'or (minimum_should_match 1)',
      input: { filter: { or: [{ countries: ['BR'] }, { durationSec: { gte: 120 } }] } },
    },
    { case: 'not', input: { filter: { not: { hedges: ['possibly'] } } } },
    { case: 'empty sub-filter matches all', input: { filter: { or: [{}, BRAZIL] } } },
    {
      case: 'nesting: fields, then and/or/not, recursively',
      input: {
        filter: {
          viewPositions: ['PA'],
          or: [{ and: [BRAZIL, { findings: { any: ['PNEUMOTHORAX'] } }] }, { not: { roles: ['RESIDENT'] } }],
          not: { or: [{ hedges: ['possibly'] }, { fixationCount: { lte: 5 } }] },
        },
      },
    },
    {
      case: 'every field: clauses follow the schema order, not the input order',
      input: {
        filter: {
          readIds: ['read-1'],
          readerIds: ['r1'],
          imageIds: ['i1'],
          hedges: ['likely'],
          fixationCount: { gte: 1 },
          difficulty: { lte: 1 },
          agreement: { gte: 0 },
          usedClinicalContext: false,
          hasClinicalContext: true,
          durationSec: { gte: 1, lte: 2 },
          datasets: ['d'],
          viewPositions: ['AP'],
          roles: ['FELLOW'],
          experienceBands: ['0-4'],
          experienceYears: { lte: 4 },
          strategies: ['FOCAL'],
          findings: { any: ['NO_FINDING'] },
          continents: ['AF'],
          countries: ['ZA'],
        },
      },
    },
    {
      case: 'missTypes alone: terms on the flat missTypes',
      input: { filter: { missTypes: ['SEARCH', 'DECISION'] } },
    },
    {
      case: 'missTypes with findings any: a miss of one of those findings, as missKeys (finding|type|certainty); no reported-label clause',
      input: { filter: { missTypes: ['RECOGNITION'], findings: { any: ['ATELECTASIS', 'PNEUMOTHORAX'] } } },
    },
    {
      case: 'missTypes with findings all and certainty: one terms of missKeys per label, certainties in range',
      input: {
        filter: { missTypes: ['SEARCH'], findings: { all: ['ATELECTASIS', 'PNEUMOTHORAX'], certainty: { lte: 2 } } },
      },
    },
    {
      case: 'empty missTypes: findings compile as reported labels again',
      input: { filter: { missTypes: [], findings: { any: ['ATELECTASIS'] } } },
    },
    {
      case: 'gaze ranges: one range clause per bound range, in GazeFilter order',
      input: {
        filter: {
          gaze: {
            peerAoiSimilarity: { gte: 0.2 },
            peerSimilarity: { lte: 0.8 },
            eyeVoiceSpanSec: { gte: 0.5, lte: 2 },
            ttffLungSec: { lte: 1 },
            meanSaccadeDeg: { gte: 3 },
            meanFixationMs: { gte: 200, lte: 400 },
            lungCoverage: { gte: 0.5 },
          },
        },
      },
    },
    {
      case: 'omit one gaze range keeps the others (a numeric gaze facet)',
      input: {
        filter: { gaze: { lungCoverage: { gte: 0.5 }, peerSimilarity: { lte: 0.8 } } },
        opts: { omit: 'gaze.lungCoverage' },
      },
    },
    {
      case: 'omit findings with missTypes: misses of any finding',
      input: { filter: { missTypes: ['SEARCH'], findings: { any: ['ATELECTASIS'] } }, opts: { omit: 'findings' } },
    },
    {
      case: 'omit missTypes: findings are reported labels again',
      input: { filter: { missTypes: ['SEARCH'], findings: { any: ['ATELECTASIS'] } }, opts: { omit: 'missTypes' } },
    },
    {
      case: 'omit drops the top-level field',
      input: { filter: { countries: ['BR'], roles: ['RESIDENT'] }, opts: { omit: 'countries' } },
    },
    {
      case: 'omit keeps the field inside and/or/not',
      input: {
        filter: { countries: ['BR'], or: [{ countries: ['DE'] }, { roles: ['FELLOW'] }], not: { countries: ['US'] } },
        opts: { omit: 'countries' },
      },
    },
    {
      case: 'omit findings drops labels and certainty together',
      input: {
        filter: { findings: { any: ['ATELECTASIS'], certainty: { gte: 4 } }, durationSec: { gte: 10 } },
        opts: { omit: 'findings' },
      },
    },
    {
      case: 'omit of the only field → match_all',
      input: { filter: { countries: ['BR'] }, opts: { omit: 'countries' } },
    },
    {
      case: 'omit of an absent field changes nothing',
      input: { filter: { roles: ['FELLOW'] }, opts: { omit: 'countries' } },
    },
    {
      case: "prefix 'reads.' (inside the images index), nested findings path included",
      input: {
        filter: {
          countries: ['BR'],
          findings: { all: ['ATELECTASIS'], certainty: { gte: 4 } },
          not: { hedges: ['possibly'] },
        },
        opts: { prefix: 'reads.' },
      },
    },
  ],
  ({ filter, opts }) => compileReadFilter(filter, opts),
);

golden<{ filter?: ReadFilter; search?: string; opts?: CompileOptions }>(
  'read-query',
  [
    { case: 'no filter, no search → match_all', input: {} },
    { case: 'filter only: bool filter, no scoring', input: { filter: BRAZIL } },
    { case: 'search only: scored must', input: { search: 'effusion' } },
    {
      case: 'filter and search',
      input: {
        filter: { countries: ['BR'], findings: { any: ['ATELECTASIS'] } },
        search: '  "pleural effusion" -pneumothorax  ',
      },
    },
    {
      case: 'filter minus own field, plus search (a facet scope)',
      input: { filter: BRAZIL, search: 'effusion', opts: { omit: 'countries' } },
    },
  ],
  ({ filter, search, opts }) => compileReadQuery(filter, search, opts),
);

// ---------------------------------------------------------------------------------------------
// Images: one nested clause over the reads

golden<{ filter?: ReadFilter; search?: string; opts?: ImageQueryOptions }>(
  'image-query',
  [
    { case: 'no filter, no search → match_all (images without reads included)', input: {} },
    { case: 'empty filter → match_all', input: { filter: {} } },
    {
      case: 'filter: ONE nested clause, all conditions on the same read',
      input: { filter: { countries: ['BR'], roles: ['RESIDENT'], agreement: { lte: 0.5 } } },
    },
    {
      case: 'findings with certainty: nested reads.findings inside nested reads',
      input: { filter: { findings: { any: ['PNEUMOTHORAX'], certainty: { gte: 4 } } } },
    },
    {
      case: 'and/or/not stay inside the one nested clause',
      input: { filter: { or: [BRAZIL, { countries: ['DE'] }], not: { hedges: ['possibly'] } } },
    },
    { case: 'search only', input: { search: 'cardiomegaly' } },
    { case: 'filter and search', input: { filter: BRAZIL, search: 'cardiomegaly' } },
    {
      case: 'inner hits with search: best read id and highlights',
      input: { filter: BRAZIL, search: 'effusion', opts: { innerHits: true } },
    },
    { case: 'inner hits without search: best read id only', input: { filter: BRAZIL, opts: { innerHits: true } } },
    {
      case: 'missTypes and gaze: inside the one nested reads clause',
      input: {
        filter: { missTypes: ['DECISION'], findings: { any: ['ATELECTASIS'] }, gaze: { lungCoverage: { lte: 0.4 } } },
      },
    },
    { case: 'omit the only field → match_all', input: { filter: BRAZIL, opts: { omit: 'countries' } } },
    { case: 'omit with search left', input: { filter: BRAZIL, search: 'effusion', opts: { omit: 'countries' } } },
  ],
  ({ filter, search, opts }) => compileImageQuery(filter, search, opts),
);

golden<ReaderFilter | null>(
  'reader-filter',
  [
    { case: 'null → match_all', input: null },
    { case: 'countries', input: { countries: ['BR', 'PT'] } },
    { case: 'continents', input: { continents: ['EU'] } },
    { case: 'roles', input: { roles: ['ATTENDING'] } },
    { case: 'experienceYears', input: { experienceYears: { gte: 2, lte: 12 } } },
    { case: 'experienceBands', input: { experienceBands: ['10-19'] } },
    { case: 'readerIds → id', input: { readerIds: ['r1', 'r2'] } },
    {
      case: 'all fields',
      input: {
        readerIds: ['r1'],
        experienceBands: ['20+'],
        experienceYears: { gte: 20 },
        roles: ['FELLOW'],
        continents: ['NA'],
        countries: ['US'],
      },
    },
  ],
  (filter) => compileReaderFilter(filter),
);

// ---------------------------------------------------------------------------------------------
// Search and highlights

golden<{ fn: string; text?: string; prefix?: '' | 'reads.'; ids?: string[] }>(
  'search',
  [
    { case: 'search text, trimmed; reasoning boosted', input: { fn: 'compileSearch', text: '  enlarged heart  ' } },
    {
      case: 'user syntax is only simple_query_string syntax',
      input: { fn: 'compileSearch', text: 'reasoningText:x OR /re.*/ "a phrase" -not pneu*' },
    },
    { case: 'search under the nested reads', input: { fn: 'compileSearch', text: 'effusion', prefix: 'reads.' } },
    { case: 'highlight request (reads index)', input: { fn: 'highlightRequest' } },
    { case: 'highlight request (inner hits)', input: { fn: 'highlightRequest', prefix: 'reads.' } },
    { case: 'image inner hits with highlight', input: { fn: 'imageInnerHits', text: 'x' } },
    { case: 'image inner hits without highlight', input: { fn: 'imageInnerHits' } },
    {
      case: 'highlights of matched reads (reads index)',
      input: { fn: 'readHighlightsSearch', text: 'effusion', ids: ['read-1', 'read-7'] },
    },
  ],
  ({ fn, text, prefix, ids }) =>
    fn === 'compileSearch'
      ? compileSearch(text!, prefix)
      : fn === 'highlightRequest'
        ? highlightRequest(prefix)
        : fn === 'imageInnerHits'
          ? imageInnerHits(text !== undefined)
          : readHighlightsSearch(ids!, text!),
);

// ---------------------------------------------------------------------------------------------
// Sorts: every field, both directions; always ending with the id tiebreaker

const READ_SORT_FIELDS = [
  'RELEVANCE',
  'STARTED_AT',
  'DURATION',
  'EXPERIENCE',
  'COUNTRY',
  'FIXATION_COUNT',
  'AGREEMENT',
  'DIFFICULTY',
  'IMAGE_ID',
  'ID',
  'LUNG_COVERAGE',
  'MEAN_FIXATION',
  'MEAN_SACCADE',
  'TTFF_LUNG',
  'EYE_VOICE_SPAN',
  'PEER_SIMILARITY',
  'PEER_AOI_SIMILARITY',
] as const;
const IMAGE_SORT_FIELDS = [
  'RELEVANCE',
  'ID',
  'READ_COUNT',
  'AGREEMENT',
  'DIFFICULTY',
  'PATIENT_AGE',
  'FOLLOW_UP',
] as const;
const READER_SORT_FIELDS = ['ID', 'COUNTRY', 'EXPERIENCE', 'READ_COUNT'] as const;
const DIRECTIONS = ['ASC', 'DESC'] as const;

type SortInput = {
  index: 'reads' | 'images' | 'readers';
  sort: (ReadSort | ImageSort | ReaderSort)[] | null;
  search?: boolean;
};
golden<SortInput>(
  'sort',
  [
    { case: 'reads default: id', input: { index: 'reads', sort: null } },
    { case: 'reads default with search: relevance, then id', input: { index: 'reads', sort: null, search: true } },
    { case: 'reads empty list = default', input: { index: 'reads', sort: [], search: true } },
    ...READ_SORT_FIELDS.flatMap((field) =>
      DIRECTIONS.map((direction) => ({
        case: `reads ${field} ${direction}`,
        input: { index: 'reads' as const, sort: [{ field, direction }] },
      })),
    ),
    { case: 'reads direction omitted = ASC', input: { index: 'reads', sort: [{ field: 'DURATION' }] } },
    {
      case: 'reads several keys; a repeated key is dropped',
      input: {
        index: 'reads',
        sort: [
          { field: 'COUNTRY', direction: 'ASC' },
          { field: 'EXPERIENCE', direction: 'DESC' },
          { field: 'COUNTRY', direction: 'DESC' },
        ],
      },
    },
    {
      case: 'reads ID before other keys ends the order (nothing appended)',
      input: {
        index: 'reads',
        sort: [
          { field: 'AGREEMENT', direction: 'DESC' },
          { field: 'ID', direction: 'DESC' },
        ],
      },
    },
    { case: 'images default: id', input: { index: 'images', sort: null } },
    { case: 'images default with search: relevance, then id', input: { index: 'images', sort: null, search: true } },
    ...IMAGE_SORT_FIELDS.flatMap((field) =>
      DIRECTIONS.map((direction) => ({
        case: `images ${field} ${direction}`,
        input: { index: 'images' as const, sort: [{ field, direction }] },
      })),
    ),
    { case: 'readers default: id', input: { index: 'readers', sort: null } },
    ...READER_SORT_FIELDS.flatMap((field) =>
      DIRECTIONS.map((direction) => ({
        case: `readers ${field} ${direction}`,
        input: { index: 'readers' as const, sort: [{ field, direction }] },
      })),
    ),
  ],
  ({ index, sort, search }) =>
    index === 'reads'
      ? compileReadSort(sort as ReadSort[] | null, { search })
      : index === 'images'
        ? compileImageSort(sort as ImageSort[] | null, { search })
        : compileReaderSort(sort as ReaderSort[] | null),
);

// ---------------------------------------------------------------------------------------------
// Facets

const BOUNDS: FacetInput['bounds'] = {
  duration: { min: 2, max: 122 },
  experience: { min: 0, max: 40 },
  fixationCount: { min: 0, max: 300 },
  agreement: { min: 0, max: 1 },
  difficulty: { min: 0, max: 1 },
  lungCoverage: { min: 0, max: 1 },
  eyeVoiceSpan: { min: -2, max: 4 },
  peerSimilarity: { min: 0.4, max: 0.95 },
};

golden<Omit<FacetInput, 'bounds'> & { bounds?: FacetInput['bounds'] }>(
  'facets',
  [
    {
      case: 'reads, no filter: every facet at the top level (counts = the hits)',
      input: {
        target: 'reads',
        requests: [
          { name: 'country' },
          { name: 'continent' },
          { name: 'finding' },
          { name: 'strategy' },
          { name: 'certainty' },
          { name: 'experienceBand' },
          { name: 'role' },
          { name: 'viewPosition' },
          { name: 'dataset' },
          { name: 'hedge' },
          { name: 'duration' },
          { name: 'experience' },
          { name: 'fixationCount' },
          { name: 'agreement' },
          { name: 'difficulty' },
        ],
      },
    },
    {
      case: 'reads, own fields in the filter: global → filter minus own field; finding and certainty share the findings scope',
      input: {
        target: 'reads',
        filter: {
          countries: ['BR'],
          findings: { any: ['ATELECTASIS'] },
          durationSec: { gte: 30 },
          roles: ['RESIDENT'],
        },
        requests: [
          { name: 'country' },
          { name: 'continent' },
          { name: 'finding' },
          { name: 'certainty' },
          { name: 'duration', buckets: 4 },
        ],
      },
    },
    {
      case: 'reads with search: the excluding scope keeps the search',
      input: { target: 'reads', filter: BRAZIL, search: 'effusion', requests: [{ name: 'country' }, { name: 'role' }] },
    },
    {
      case: 'reads, own field only inside or: no exclusion (the facet keeps sub-filters)',
      input: { target: 'reads', filter: { or: [BRAZIL, { roles: ['FELLOW'] }] }, requests: [{ name: 'country' }] },
    },
    {
      case: 'images, no filter: nested reads → matching → terms with reverse_nested image counts; agreement on the image',
      input: {
        target: 'images',
        requests: [
          { name: 'country' },
          { name: 'certainty' },
          { name: 'duration', buckets: 4 },
          { name: 'agreement', buckets: 4 },
        ],
      },
    },
    {
      case: 'images, own fields in the filter: global → image query minus own field → nested → read filter minus own field',
      input: {
        target: 'images',
        filter: { countries: ['BR'], findings: { all: ['PNEUMOTHORAX'] }, agreement: { gte: 0.5 } },
        search: 'effusion',
        requests: [
          { name: 'country' },
          { name: 'finding' },
          { name: 'role' },
          { name: 'agreement', buckets: 2 },
          { name: 'fixationCount', buckets: 3 },
        ],
      },
    },
    {
      case: "contains: country by code or name ('bra' → BR Brazil, 'gib' → Gibraltar absent)",
      input: {
        target: 'reads',
        requests: [
          { name: 'country', contains: 'bra' },
          { name: 'country', key: 'byCode', contains: 'de' },
        ],
      },
    },
    {
      case: 'contains: finding by label or enum name; dataset and hedge by a case-insensitive regex of escaped text',
      input: {
        target: 'reads',
        requests: [
          { name: 'finding', contains: 'Edema' },
          { name: 'dataset', contains: 'nih c.' },
          { name: 'hedge', contains: 'EXCLU' },
        ],
      },
    },
    {
      case: 'contains matching no value: an empty include',
      input: { target: 'reads', requests: [{ name: 'country', contains: 'zzz' }] },
    },
    {
      case: 'contains on images',
      input: {
        target: 'images',
        requests: [
          { name: 'country', contains: 'bra' },
          { name: 'hedge', contains: 'possib' },
        ],
      },
    },
    {
      case: 'blank contains is no contains',
      input: { target: 'reads', requests: [{ name: 'country', contains: '   ' }] },
    },
    {
      case: 'size bounds: 1 and 500',
      input: {
        target: 'reads',
        requests: [
          { name: 'country', size: 1 },
          { name: 'hedge', size: 500 },
        ],
      },
    },
    {
      case: 'images size above the vocabulary',
      input: {
        target: 'images',
        requests: [
          { name: 'role', size: 50 },
          { name: 'dataset', size: 5 },
        ],
      },
    },
    {
      case: 'numeric: ranges over equal-width edges; one bucket when min = max; no histogram without bounds',
      input: {
        target: 'reads',
        requests: [
          { name: 'duration', buckets: 3 },
          { name: 'fixationCount', buckets: 1 },
          { name: 'agreement', buckets: 10 },
          { name: 'experience' },
        ],
        bounds: {
          duration: { min: 2, max: 122 },
          fixationCount: { min: 7, max: 7 },
          agreement: { min: 0, max: 1 },
          experience: { min: null, max: null },
        },
      },
    },
    {
      case: 'aliases: the same facet twice with different arguments',
      input: {
        target: 'reads',
        filter: BRAZIL,
        requests: [
          { name: 'country', key: 'top', size: 5 },
          { name: 'country', key: 'search', contains: 'por' },
        ],
      },
    },
    {
      case: 'reads, gaze facets without filter: missType as filters buckets, gaze histograms at the top level',
      input: {
        target: 'reads',
        requests: [
          { name: 'missType' },
          { name: 'lungCoverage', buckets: 4 },
          { name: 'eyeVoiceSpan', buckets: 3 },
          { name: 'peerSimilarity', buckets: 2 },
        ],
      },
    },
    {
      case: 'reads, missType with findings and missTypes: scope leaves both out, each bucket carries the findings',
      input: {
        target: 'reads',
        filter: { countries: ['BR'], missTypes: ['SEARCH'], findings: { any: ['ATELECTASIS'] } },
        requests: [{ name: 'missType' }, { name: 'finding' }, { name: 'country' }],
      },
    },
    {
      case: 'reads, a gaze facet leaves out only its own range',
      input: {
        target: 'reads',
        filter: { gaze: { lungCoverage: { gte: 0.5 }, eyeVoiceSpanSec: { lte: 2 } } },
        requests: [
          { name: 'lungCoverage', buckets: 2 },
          { name: 'eyeVoiceSpan', buckets: 2 },
          { name: 'peerSimilarity', buckets: 2 },
        ],
      },
    },
    {
      case: 'images, missType and lungCoverage: under the nested reads, reverse_nested image counts',
      input: {
        target: 'images',
        filter: { findings: { any: ['PNEUMOTHORAX'] }, gaze: { lungCoverage: { gte: 0.5 } } },
        requests: [{ name: 'missType' }, { name: 'lungCoverage', buckets: 2 }],
      },
    },
    {
      case: 'restrict: re-applied inside the global scopes',
      input: {
        target: 'reads',
        filter: BRAZIL,
        restrict: { term: { synthetic: false } },
        requests: [{ name: 'country' }, { name: 'role' }],
      },
    },
  ],
  (input) => compileFacets({ bounds: BOUNDS, ...input }),
);

golden<string>(
  'bounds-and-statistics',
  [
    { case: 'bounds: min/max of every numeric facet field (reads index)', input: 'bounds' },
    { case: 'statistics aggs (reads index)', input: 'statistics' },
    { case: 'largest reads per image (images index)', input: 'maxReads' },
    { case: 'readsPerImage: images with ≥ 1, 2, 3 matching Brazilian reads', input: 'readsPerImage' },
  ],
  (which) =>
    which === 'bounds'
      ? boundsAggregations()
      : which === 'statistics'
        ? statisticsAggregations(BOUNDS, 4)
        : which === 'maxReads'
          ? maxReadsPerImageAggregations()
          : readsPerImageSearches(compileImageQuery({ countries: ['BR'] }, null, { countReads: true }), 3),
);
