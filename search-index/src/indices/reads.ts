/**
 * The reads index: one document per read, denormalised with its reader's and image's facet
 * fields so that every read facet is one aggregation over one index (no joins), and with the
 * reasoning text analysed for full-text search.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { ReadMetricFields } from '../ingest/gaze.ts';
import type { FixationMethod, MissType } from '../metrics/contract.ts';
import type { ImageRecord, ReadRecord } from '../model.ts';
import type { Finding } from '../vocabulary.ts';
import { countWords } from '../text/words.ts';
import { readerSummary, readerSummaryProperties } from './readers.ts';
import { bool, date, double, float, integer, keyword, stored } from './settings.ts';

/** Certainty at or above which a finding counts as reported (positive) in aggregates. */
export const POSITIVE_CERTAINTY = 3;

export interface TrackSummary {
  sampleCount: number;
  fixationCount: number;
  hasViewport: boolean;
  samplingHz: number | null;
  fixationMethod: FixationMethod;
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
  /** Gaze metrics (docs/metrics.md); null without a track. */
  gaze: ReadMetricFields['gaze'];
  findingGaze: ReadMetricFields['findingGaze'];
  /** Types of the read's misses; its misses as missKey()s; the findings present on its image. */
  missTypes: MissType[];
  misses: string[];
  presentFindings: Finding[];
  peerSimilarity: ReadMetricFields['peerSimilarity'];
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

/** How a track's fixations were made: the method is a keyword, its parameters stored (tracks.ts too). */
export const fixationMethodMapping: estypes.MappingProperty = {
  properties: {
    method: keyword,
    maxDispersionDeg: double,
    minFixationSec: double,
    velocityThresholdDegPerSec: double,
    maxDwellSec: double,
  },
};

/** A double kept in _source for display only (neither indexed nor aggregated). */
const shown = { type: 'double', index: false, doc_values: false } as const;

/**
 * Gaze metrics: the filterable ones are indexed doubles (range filters and histogram edges then
 * compare the values the metric functions computed, not float32 roundings), the rest shown only.
 */
const gazeMapping: estypes.MappingProperty = {
  properties: {
    fixationCount: integer,
    meanFixationMs: double,
    medianFixationMs: shown,
    lungDwellSec: shown,
    lungCoverage: double,
    meanSaccadeDeg: double,
    scanpathLengthDeg: shown,
    ttffLungSec: double,
    searchBeforeSpeechShare: shown,
    eyeVoiceSpanSec: double,
    lungFieldSource: keyword,
    usefulFieldOfViewPx: shown,
  },
};

const peerSimilarityMapping: estypes.MappingProperty = {
  properties: { multimatch: double, aoiLevenshtein: double, peers: { type: 'integer', index: false } },
};

/**
 * "A miss of finding X of type Y (with certainty C)" as one keyword per missed finding, so the
 * condition holds within one finding's entry without nested documents (which would multiply the
 * documents of both indices): `missKey('Atelectasis', 'SEARCH', null)` → "Atelectasis|SEARCH|".
 */
export function missKey(finding: Finding, type: MissType, certainty: number | null): string {
  return `${finding}|${type}|${certainty ?? ''}`;
}

/** The filterable summary of a read's findingGaze (appended with it by the ingest). */
export function missFields(findingGaze: ReadMetricFields['findingGaze']): Pick<ReadDocument, MissFieldName> {
  const misses = findingGaze.filter((f) => f.missType !== null);
  return {
    missTypes: [...new Set(misses.map((f) => f.missType!))].sort(),
    misses: misses.map((f) => missKey(f.finding, f.missType!, f.certainty)),
    presentFindings: findingGaze.filter((f) => f.present).map((f) => f.finding),
  };
}
export type MissFieldName = 'missTypes' | 'misses' | 'presentFindings';

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
      properties: {
        sampleCount: integer,
        fixationCount: integer,
        hasViewport: bool,
        samplingHz: float,
        fixationMethod: fixationMethodMapping,
      },
    },
    gaze: gazeMapping,
    // Per-finding gaze is for display; missTypes / misses / presentFindings are what filters use.
    findingGaze: stored,
    missTypes: keyword,
    misses: keyword,
    presentFindings: keyword,
    peerSimilarity: peerSimilarityMapping,
  },
};

export function positiveLabels(read: Pick<ReadRecord, 'findings'>): Finding[] {
  return [...new Set(read.findings.filter((f) => f.certainty >= POSITIVE_CERTAINTY).map((f) => f.label))];
}

/** Fields of a read document that need later ingest passes: the image's agreement, the track, the metrics. */
export type LateReadFields = 'image' | 'track' | keyof ReadMetricFields | MissFieldName;
export type ReadDocumentBase = Omit<ReadDocument, LateReadFields>;
const LATE_READ_FIELDS = new Set<string>([
  'image',
  'track',
  'gaze',
  'findingGaze',
  'peerSimilarity',
  'missTypes',
  'misses',
  'presentFindings',
] satisfies LateReadFields[]);

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
    wordCount: read.reasoning.reduce((n, s) => n + countWords(s.text), 0),
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
  'gaze',
  'missTypes',
  'misses',
  'presentFindings',
  'peerSimilarity',
] as const satisfies readonly (keyof ReadDocument)[];

export type FilterableRead = Pick<ReadDocument, (typeof FILTERABLE_READ_FIELDS)[number]>;

/** The filterable fields of a read known in the first pass (image and track come later). */
export function filterableReadBase(doc: ReadDocumentBase): Omit<FilterableRead, LateReadFields> {
  const out = {} as Record<string, unknown>;
  for (const f of FILTERABLE_READ_FIELDS) if (!LATE_READ_FIELDS.has(f)) out[f] = doc[f as keyof ReadDocumentBase];
  return out as Omit<FilterableRead, LateReadFields>;
}

export const filterableReadMapping: estypes.MappingProperty = {
  type: 'nested',
  properties: Object.fromEntries(FILTERABLE_READ_FIELDS.map((f) => [f, readsMapping.properties![f]!])),
};
