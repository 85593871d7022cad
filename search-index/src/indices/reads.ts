/**
 * The reads index: one document per read, denormalised with its reader's and image's facet
 * fields so that every read facet is one aggregation over one index (no joins), and with the
 * reasoning text analysed for full-text search.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { ImageRecord, ReadRecord } from '../model.ts';
import type { Finding } from '../vocabulary.ts';
import { readerSummary, readerSummaryProperties } from './readers.ts';
import { bool, date, float, integer, keyword, stored } from './settings.ts';

/** Certainty at or above which a finding counts as reported (positive) in aggregates. */
export const POSITIVE_CERTAINTY = 3;

export interface TrackSummary {
  sampleCount: number;
  fixationCount: number;
  hasViewport: boolean;
  samplingHz: number | null;
}

export interface ReadDocument {
  id: string;
  imageId: string;
  readerId: string;
  dataset: string;
  synthetic: boolean;
  startedAt: string;
  durationSec: number;
  reader: ReturnType<typeof readerSummary>;
  image: {
    viewPosition: string;
    patientId: string;
    referenceFindings: Finding[];
    agreement: number | null;
    difficulty: number | null;
  };
  findings: ReadRecord['findings'];
  /** Labels with certainty ≥ POSITIVE_CERTAINTY (the finding facet counts these). */
  findingLabels: Finding[];
  /** Every label mentioned, whatever the certainty. */
  mentionedLabels: Finding[];
  certainties: number[];
  impression: string;
  clinicalContext: ReadRecord['clinicalContext'];
  strategy: string;
  strategySource: string;
  /** One entry per reasoning step (highlight fragments come back per step). */
  reasoningText: string[];
  reasoning: ReadRecord['reasoning'];
  stepCount: number;
  hedges: string[];
  hedgeCount: number;
  wordCount: number;
  track: TrackSummary | null;
}

/**
 * Reasoning and impression text. The distribution the project runs (integ-test-zip) has no
 * analysis-common module, so no language analyzers or stemmers: the standard analyzer with
 * English stop words is what every node has. Plurals and synonyms are found by expanding the
 * query instead (search-index/src/text/), the same on every cluster. Offsets make highlighting cheap.
 */
export const READS_ANALYZER = 'standard_english';
const english = { type: 'text', analyzer: READS_ANALYZER, index_options: 'offsets' } as const;

export const readsAnalysis: estypes.IndicesIndexSettingsAnalysis = {
  analyzer: { [READS_ANALYZER]: { type: 'standard', stopwords: '_english_' } },
};

export const readsMapping: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    imageId: keyword,
    readerId: keyword,
    dataset: keyword,
    synthetic: bool,
    startedAt: date,
    durationSec: float,
    reader: { properties: readerSummaryProperties },
    image: {
      properties: {
        viewPosition: keyword,
        patientId: keyword,
        referenceFindings: keyword,
        agreement: float,
        difficulty: float,
      },
    },
    // Nested so that "label X with certainty ≥ 4" matches within one finding.
    findings: {
      type: 'nested',
      properties: { label: keyword, certainty: integer, region: stored },
    },
    findingLabels: keyword,
    mentionedLabels: keyword,
    certainties: integer,
    impression: english,
    clinicalContext: { properties: { shown: bool, used: bool, text: english } },
    strategy: keyword,
    strategySource: keyword,
    reasoningText: english,
    reasoning: stored,
    stepCount: integer,
    hedges: keyword,
    hedgeCount: integer,
    wordCount: integer,
    track: {
      properties: { sampleCount: integer, fixationCount: integer, hasViewport: bool, samplingHz: float },
    },
  },
};

export function positiveLabels(read: Pick<ReadRecord, 'findings'>): Finding[] {
  return [...new Set(read.findings.filter((f) => f.certainty >= POSITIVE_CERTAINTY).map((f) => f.label))];
}

/** Fields of a read document that need later ingest passes: the image's agreement, the track. */
export type LateReadFields = 'image' | 'track';
export type ReadDocumentBase = Omit<ReadDocument, LateReadFields>;

/** Everything of a read document known once the read, its reader and its image are validated. */
export function readDocumentBase(
  read: ReadRecord,
  reader: Parameters<typeof readerSummary>[0],
  image: ImageRecord,
): ReadDocumentBase {
  const hedges = read.reasoning.flatMap((s) => s.hedges);
  return {
    id: read.id,
    imageId: read.imageId,
    readerId: read.readerId,
    dataset: image.dataset,
    synthetic: read.synthetic,
    startedAt: read.startedAt,
    durationSec: read.durationSec,
    reader: readerSummary(reader),
    findings: read.findings,
    findingLabels: positiveLabels(read),
    mentionedLabels: [...new Set(read.findings.map((f) => f.label))],
    certainties: [...new Set(read.findings.map((f) => f.certainty))],
    impression: read.impression,
    clinicalContext: read.clinicalContext,
    strategy: read.strategy,
    strategySource: read.strategySource,
    reasoningText: read.reasoning.map((s) => s.text),
    reasoning: read.reasoning,
    stepCount: read.reasoning.length,
    hedges: [...new Set(hedges)],
    hedgeCount: hedges.length,
    wordCount: read.reasoning.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0),
  };
}

/** The read's copy of its image's fields, with the image's agreement and difficulty. */
export function readImageFields(
  image: ImageRecord,
  stats: { agreement: number | null; difficulty: number | null },
): ReadDocument['image'] {
  return {
    viewPosition: image.viewPosition,
    patientId: image.patientId,
    referenceFindings: image.referenceFindings,
    agreement: stats.agreement,
    difficulty: stats.difficulty,
  };
}

/**
 * Read fields that filters and facets use. Image documents carry their reads' values of these
 * fields as nested objects under the same names, so one filter compiler serves both indices
 * ("images with at least one read matching").
 */
export const FILTERABLE_READ_FIELDS = [
  'id',
  'imageId',
  'readerId',
  'dataset',
  'durationSec',
  'reader',
  'image',
  'findings',
  'findingLabels',
  'certainties',
  'impression',
  'clinicalContext',
  'strategy',
  'reasoningText',
  'hedges',
  'track',
] as const satisfies readonly (keyof ReadDocument)[];

export type FilterableRead = Pick<ReadDocument, (typeof FILTERABLE_READ_FIELDS)[number]>;

/** The filterable fields of a read known in the first pass (image and track come later). */
export function filterableReadBase(doc: ReadDocumentBase): Omit<FilterableRead, LateReadFields> {
  const out = {} as Record<string, unknown>;
  for (const f of FILTERABLE_READ_FIELDS) if (f !== 'image' && f !== 'track') out[f] = doc[f];
  return out as Omit<FilterableRead, LateReadFields>;
}

export const filterableReadMapping: estypes.MappingProperty = {
  type: 'nested',
  properties: Object.fromEntries(FILTERABLE_READ_FIELDS.map((f) => [f, readsMapping.properties![f]!])),
};
