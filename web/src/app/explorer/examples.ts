/**
 * Example operations of the query explorer, one per thing programmers come for. Each is a
 * complete operation with its variables, so a copy into a script works as is. Lines stay under
 * about 70 characters: the editor shows them whole beside the response at 1440 px.
 */
export interface Example {
  id: string;
  title: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Placeholder read id, replaced by a real one of the served dataset when the page loads. */
export const READ_ID_PLACEHOLDER = 'READ_ID';

export const EXAMPLES: Example[] = [
  {
    id: 'facets',
    title: 'Filter by country and finding, with facets',
    description:
      'Reads from Brazil or the United States reporting consolidation, with multi-select facet counts — one request.',
    query: `query ReadsByCountryAndFinding($filter: ReadFilter) {
  reads(
    filter: $filter
    first: 5
    sort: [{ field: DURATION, direction: DESC }]
  ) {
    totalCount
    edges {
      node {
        id
        durationSec
        reader { country experienceYears role }
        findings { finding certainty certaintyName }
      }
    }
    facets {
      country(size: 10) { buckets { value label count } otherCount }
      finding { buckets { value label count } }
      strategy { buckets { value label count } }
      duration(buckets: 10) { min max histogram { from to count } }
    }
  }
}`,
    variables: { filter: { countries: ['BR', 'US'], findings: { any: ['CONSOLIDATION'] } } },
  },
  {
    id: 'search',
    title: 'Full-text search with highlights',
    description:
      'Words, "phrases", -exclusions and prefix* over reasoning, impression and clinical context; matches come back in <mark>.',
    query: `query SearchReasoning($search: String!) {
  reads(search: $search, first: 5) {
    totalCount
    edges {
      node { id impression reader { country } }
      highlights { field fragments }
    }
  }
}`,
    variables: { search: '"pleural effusion" -small' },
  },
  {
    id: 'paging',
    title: 'Paging with cursors',
    description: 'Pass pageInfo.endCursor back as $after until hasNextPage is false: no offset, no 10,000 cap.',
    query: `query PageThroughReads($after: String) {
  reads(
    first: 20
    after: $after
    filter: { continents: [EU] }
    sort: [{ field: COUNTRY }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id reader { country } } }
  }
}`,
    variables: { after: null },
  },
  {
    id: 'track',
    title: 'A read with its reasoning and track',
    description: 'Reasoning steps with times and hedges, fixations and a down-sampled attention track of one read.',
    query: `query ReadWithTrack($id: ID!) {
  read(id: $id) {
    id
    synthetic
    durationSec
    strategy
    reader { country experienceYears role }
    image { id width height tileSource }
    reasoning {
      steps { index start end kind text hedges findings }
    }
    trackSummary { sampleCount fixationCount samplingHz }
    track(maxPoints: 200) {
      samples { count t x y }
      fixations { number start end x y }
    }
  }
}`,
    variables: { id: READ_ID_PLACEHOLDER },
  },
  {
    id: 'statistics',
    title: 'Statistics under a filter',
    description: 'The numbers behind the overview page, for any filter and search.',
    query: `query StatisticsOfEurope($filter: ReadFilter) {
  statistics(filter: $filter) {
    readCount
    imageCount
    readerCount
    countryCount
    readsByCountry { value label count }
    readsByStrategy { value label count }
    experienceHistogram { from to count }
    readsPerImage { value count }
  }
}`,
    variables: { filter: { continents: ['EU'] } },
  },
  {
    id: 'images',
    title: 'Hardest images of a finding',
    description: 'Images whose readers disagreed most about a pneumothorax, with every reader’s vote.',
    query: `query HardPneumothoraxCases($filter: ReadFilter) {
  images(
    filter: $filter
    first: 5
    sort: [{ field: DIFFICULTY, direction: DESC }]
  ) {
    totalCount
    edges {
      node {
        id
        thumbnail
        sourceLabels
        readCount
        agreement
        difficulty
        findingVotes { finding positive readCount meanCertainty }
      }
    }
  }
}`,
    variables: { filter: { findings: { any: ['PNEUMOTHORAX'] } } },
  },
  {
    id: 'vocabulary',
    title: 'Dataset and vocabularies',
    description: 'What is served (and whether it is synthetic), and the values every filter accepts.',
    query: `query DatasetAndVocabulary {
  dataset {
    name synthetic attribution indexedAt
    imageCount readCount readerCount
  }
  vocabulary {
    findings { finding label nihLabels }
    strategies { strategy label description }
    certainty { value name probability }
    experienceBands
    hedges
  }
}`,
    variables: {},
  },
  {
    id: 'misses',
    title: 'Missed findings and how the reader looked',
    description:
      'Reads that never looked at a consolidation present on their image (a search miss), least lung coverage first, with per-finding gaze (docs/metrics.md).',
    query: `query SearchMisses($filter: ReadFilter) {
  reads(
    filter: $filter
    first: 5
    sort: [{ field: LUNG_COVERAGE, direction: ASC }]
  ) {
    totalCount
    edges {
      node {
        id
        reader { country experienceYears }
        gaze {
          synthetic lungCoverage meanFixationMs ttffLungSec
          eyeVoiceSpanSec lungFieldSource
        }
        findingGaze {
          finding reported present ttffSec dwellSec visits
          eyeVoiceSpanSec missType regionSource
        }
        peerSimilarity { multimatch aoiLevenshtein peers }
      }
    }
    facets {
      missType { buckets { value label count } }
      lungCoverage(buckets: 10) {
        min max avg histogram { from to count }
      }
    }
  }
}`,
    variables: { filter: { findings: { any: ['CONSOLIDATION'] }, missTypes: ['SEARCH'] } },
  },
];
