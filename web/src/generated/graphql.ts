/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type AccessInfo = {
  __typename?: 'AccessInfo';
  /** Datasets this principal is limited to; null: all of them. */
  datasets: Maybe<Array<Scalars['String']['output']>>;
  /** Counts below this are suppressed for this principal; null: exact counts. */
  minCell: Maybe<Scalars['Int']['output']>;
  /** open (everything, for a researcher's own machine) or protected. */
  mode: Scalars['String']['output'];
  /** Display name of the credential, where it has one. */
  name: Maybe<Scalars['String']['output']>;
  /** Principal id: anonymous, local (open mode), key:<id> or oidc:<sub>. */
  principal: Scalars['String']['output'];
  tier: Tier;
};

export type AttentionTrack = {
  __typename?: 'AttentionTrack';
  /** Time of the last sample. */
  durationSec: Scalars['Float']['output'];
  /** How the fixations were made (given, I-DT, I-VT, sparse dwell) and with what parameters. */
  fixationMethod: FixationMethod;
  /** Fixations overlapping the window (given by the dataset, or derived: see fixationsDerived). */
  fixations: Array<Fixation>;
  fixationsDerived: Scalars['Boolean']['output'];
  /** The same samples packed as base64 little-endian Float32 arrays (NaN = blink): compact for large tracks. */
  packedSamples: PackedSamples;
  /** Pixels per degree of visual angle, where known. */
  pixelsPerDegree: Maybe<Scalars['Float']['output']>;
  readId: Scalars['ID']['output'];
  /** Samples in the whole track. */
  sampleCount: Scalars['Int']['output'];
  /** Samples in the requested window, down-sampled to at most maxPoints (columnar arrays). */
  samples: SampleSeries;
  samplingHz: Maybe<Scalars['Float']['output']>;
  synthetic: Scalars['Boolean']['output'];
  /** Viewport events in the window (what part of the image was shown, zoom, window level). */
  viewport: Array<ViewportEvent>;
};

/** One audited request: a record-level query or an export. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Bytes sent, for exports. */
  bytes: Maybe<Scalars['Float']['output']>;
  /** The operation's variables or the export's parameters, as JSON. */
  filter: Maybe<Scalars['String']['output']>;
  /** graphql or export. */
  kind: Scalars['String']['output'];
  /** GraphQL operation name, or the export path. */
  operation: Scalars['String']['output'];
  principal: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
  /** Records returned (documents looked up or listed; rows exported). */
  resultCount: Scalars['Int']['output'];
  status: Scalars['Int']['output'];
  tier: Tier;
  /** ISO 8601. */
  time: Scalars['String']['output'];
};

export type Box = {
  __typename?: 'Box';
  xmax: Scalars['Float']['output'];
  xmin: Scalars['Float']['output'];
  ymax: Scalars['Float']['output'];
  ymin: Scalars['Float']['output'];
};

/** REFLACX certainty scale. */
export type CertaintyLevel = {
  __typename?: 'CertaintyLevel';
  name: Scalars['String']['output'];
  /** Approximate probability, e.g. "~75%". */
  probability: Scalars['String']['output'];
  /** 1 (Unlikely) … 5 (Consistent with). */
  value: Scalars['Int']['output'];
};

export type ClinicalContext = {
  __typename?: 'ClinicalContext';
  shown: Scalars['Boolean']['output'];
  text: Maybe<Scalars['String']['output']>;
  used: Scalars['Boolean']['output'];
};

export const Continent = {
  Af: 'AF',
  As: 'AS',
  Eu: 'EU',
  Na: 'NA',
  Oc: 'OC',
  Sa: 'SA'
} as const;

export type Continent = typeof Continent[keyof typeof Continent];
export type ContinentInfo = {
  __typename?: 'ContinentInfo';
  code: Continent;
  name: Scalars['String']['output'];
};

export type CountBucket = {
  __typename?: 'CountBucket';
  /** Null when suppressed. */
  count: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  value: Scalars['String']['output'];
};

export type CountryInfo = {
  __typename?: 'CountryInfo';
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['String']['output'];
  continent: Continent;
  name: Scalars['String']['output'];
};

export type CoverageByExperience = {
  __typename?: 'CoverageByExperience';
  experienceBand: Scalars['String']['output'];
  maxLungCoverage: Maybe<Scalars['Float']['output']>;
  meanLungCoverage: Maybe<Scalars['Float']['output']>;
  minLungCoverage: Maybe<Scalars['Float']['output']>;
  /** Matching reads of this band with a coverage value. */
  readCount: Scalars['Int']['output'];
};

export type Dataset = {
  __typename?: 'Dataset';
  /** Attribution that must accompany the images wherever they are shown. */
  attribution: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** Null when suppressed (public tier). */
  imageCount: Maybe<Scalars['Int']['output']>;
  /** When the served indices were built (ISO 8601). */
  indexedAt: Scalars['String']['output'];
  /** Thresholds the served metrics were computed with (defaults with the dataset's overrides). */
  metricThresholds: MetricThresholds;
  name: Scalars['String']['output'];
  readCount: Maybe<Scalars['Int']['output']>;
  /** Readers with at least one read (the statistics' readerCount without a filter). */
  readerCount: Maybe<Scalars['Int']['output']>;
  /** How full-text search treats the words of a query on the served indices. */
  search: SearchAnalysis;
  /** True when the dataset's reads are synthetic (the demo): show it wherever reads are shown. */
  synthetic: Scalars['Boolean']['output'];
};

/** Counts and distributions for overview pages (all honour the filter); counts are null when suppressed. */
export type DatasetStatistics = {
  __typename?: 'DatasetStatistics';
  countryCount: Maybe<Scalars['Int']['output']>;
  durationHistogram: Array<HistogramBucket>;
  /** Reader experience histogram (years), counting reads. */
  experienceHistogram: Array<HistogramBucket>;
  imageCount: Maybe<Scalars['Int']['output']>;
  /** Mean lung-field coverage of the matching reads per experience band (Vocabulary.experienceBands order). */
  lungCoverageByExperience: Array<CoverageByExperience>;
  /** Per finding present on the images of matching reads: how many of those reads missed it, by miss type. */
  missesByFinding: Array<FindingMisses>;
  readCount: Maybe<Scalars['Int']['output']>;
  /** Readers with at least one matching read. */
  readerCount: Maybe<Scalars['Int']['output']>;
  readsByContinent: Array<CountBucket>;
  readsByCountry: Array<CountBucket>;
  readsByFinding: Array<CountBucket>;
  readsByRole: Array<CountBucket>;
  readsByStrategy: Array<CountBucket>;
  /** How many images have 1, 2, 3… matching reads. */
  readsPerImage: Array<CountBucket>;
  /** Null for the public tier. */
  sampleCount: Maybe<Scalars['Float']['output']>;
};

export type FacetBucket = {
  __typename?: 'FacetBucket';
  /** Entities matching every active filter except this facet's own, with this value; null when suppressed. */
  count: Maybe<Scalars['Int']['output']>;
  /** Display label. */
  label: Scalars['String']['output'];
  /** True when the count is below the threshold (public tier) and not released. */
  suppressed: Scalars['Boolean']['output'];
  /** Value to put in the filter (an enum name, a country code, a dataset name…). */
  value: Scalars['String']['output'];
};

/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type Facets = {
  __typename?: 'Facets';
  /** Inter-reader agreement of the image (0–1). */
  agreement: NumericFacet;
  certainty: TermsFacet;
  continent: TermsFacet;
  country: TermsFacet;
  dataset: TermsFacet;
  /** Case difficulty of the image (0–1). */
  difficulty: NumericFacet;
  /** Read duration (seconds). */
  duration: NumericFacet;
  /** Reader experience (years). */
  experience: NumericFacet;
  experienceBand: TermsFacet;
  /** The read's mean eye-voice span (seconds). */
  eyeVoiceSpan: NumericFacet;
  finding: TermsFacet;
  /** Fixations per read. */
  fixationCount: NumericFacet;
  hedge: TermsFacet;
  /** Lung-field coverage (0–1). */
  lungCoverage: NumericFacet;
  /** Reads (or images) with at least one miss of each type; with a `findings` filter, misses of those findings. */
  missType: TermsFacet;
  /** Mean MultiMatch similarity to the image's other reads (0–1). */
  peerSimilarity: NumericFacet;
  role: TermsFacet;
  strategy: TermsFacet;
  viewPosition: TermsFacet;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsAgreementArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsCertaintyArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsContinentArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsCountryArgs = {
  contains?: InputMaybe<Scalars['String']['input']>;
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsDatasetArgs = {
  contains?: InputMaybe<Scalars['String']['input']>;
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsDifficultyArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsDurationArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsExperienceArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsExperienceBandArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsEyeVoiceSpanArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsFindingArgs = {
  contains?: InputMaybe<Scalars['String']['input']>;
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsFixationCountArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsHedgeArgs = {
  contains?: InputMaybe<Scalars['String']['input']>;
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsLungCoverageArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsMissTypeArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsPeerSimilarityArgs = {
  buckets?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsRoleArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsStrategyArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Facets of a connection. Every facet requested in one operation is answered by the same single
 * Elasticsearch request as the connection. `size` bounds the buckets returned (default 20, at most
 * 500); `contains` keeps values whose value or label contains the text (case-insensitive).
 */
export type FacetsViewPositionArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};

/** Finding labels (REFLACX's set plus NO_FINDING). `Vocabulary.findings` gives display labels. */
export const Finding = {
  AbnormalMediastinalContour: 'ABNORMAL_MEDIASTINAL_CONTOUR',
  AcuteFracture: 'ACUTE_FRACTURE',
  Atelectasis: 'ATELECTASIS',
  Consolidation: 'CONSOLIDATION',
  EnlargedCardiacSilhouette: 'ENLARGED_CARDIAC_SILHOUETTE',
  EnlargedHilum: 'ENLARGED_HILUM',
  GroundglassOpacity: 'GROUNDGLASS_OPACITY',
  HiatalHernia: 'HIATAL_HERNIA',
  HighLungVolumeEmphysema: 'HIGH_LUNG_VOLUME_EMPHYSEMA',
  InterstitialLungDisease: 'INTERSTITIAL_LUNG_DISEASE',
  LungNoduleOrMass: 'LUNG_NODULE_OR_MASS',
  NoFinding: 'NO_FINDING',
  PleuralAbnormality: 'PLEURAL_ABNORMALITY',
  Pneumothorax: 'PNEUMOTHORAX',
  PulmonaryEdema: 'PULMONARY_EDEMA',
  SupportDevices: 'SUPPORT_DEVICES'
} as const;

export type Finding = typeof Finding[keyof typeof Finding];
/**
 * Findings condition. Without `certainty`, a finding matches when reported as positive
 * (certainty ≥ 3). With `certainty`, a finding matches when one reported finding has both a
 * listed label (or any label, when none are listed) and a certainty in the range.
 */
export type FindingFilter = {
  /** All of these. */
  all?: InputMaybe<Array<Finding>>;
  /** At least one of these. */
  any?: InputMaybe<Array<Finding>>;
  /** Certainty range (1–5) of the matching finding. */
  certainty?: InputMaybe<IntRange>;
};

/** Gaze on one finding's region (docs/metrics.md#per-finding). */
export type FindingGaze = {
  __typename?: 'FindingGaze';
  /** The reader's certainty, when the reader gave the finding. */
  certainty: Maybe<Scalars['Int']['output']>;
  /** Cumulative dwell in the grown region, seconds. */
  dwellSec: Scalars['Float']['output'];
  /** Time from the first fixation on the region to the first word naming the finding, seconds; null without word timings. */
  eyeVoiceSpanSec: Maybe<Scalars['Float']['output']>;
  finding: Finding;
  /** Dwell of the first visit, seconds. */
  firstPassDwellSec: Scalars['Float']['output'];
  fixationCount: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  /** Why a present finding went unreported; null when reported or not present. */
  missType: Maybe<MissType>;
  /** Present on the image: its reference findings, else a majority of the image's other readers. */
  present: Scalars['Boolean']['output'];
  /** The region the gaze values are measured on; null when none is known. */
  region: Maybe<Region>;
  regionSource: Maybe<RegionSource>;
  /** Reported by the reader (certainty ≥ 3). */
  reported: Scalars['Boolean']['output'];
  /** True when the gaze these come from is synthetic. */
  synthetic: Scalars['Boolean']['output'];
  /** Time to the first fixation within the region grown by the useful field of view, seconds. */
  ttffSec: Maybe<Scalars['Float']['output']>;
  /** Entries into the grown region. */
  visits: Scalars['Int']['output'];
};

export type FindingInfo = {
  __typename?: 'FindingInfo';
  finding: Finding;
  /** Display label, e.g. "Enlarged cardiac silhouette". */
  label: Scalars['String']['output'];
  /** NIH ChestX-ray14 labels that map to this finding. */
  nihLabels: Array<Scalars['String']['output']>;
};

export type FindingMisses = {
  __typename?: 'FindingMisses';
  decision: Scalars['Int']['output'];
  finding: Finding;
  label: Scalars['String']['output'];
  /** Matching reads of images on which the finding is present. */
  present: Scalars['Int']['output'];
  recognition: Scalars['Int']['output'];
  search: Scalars['Int']['output'];
};

export type FindingVote = {
  __typename?: 'FindingVote';
  finding: Finding;
  label: Scalars['String']['output'];
  meanCertainty: Scalars['Float']['output'];
  /** Readers who reported it with certainty ≥ 3. */
  positive: Scalars['Int']['output'];
  /** Of readCount readers. */
  readCount: Scalars['Int']['output'];
};

export type Fixation = {
  __typename?: 'Fixation';
  end: Scalars['Float']['output'];
  /** 1-based order in the whole track. */
  number: Scalars['Int']['output'];
  start: Scalars['Float']['output'];
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
};

/** How a track's fixations were made, with the parameters of the method (null when not used by it). */
export type FixationMethod = {
  __typename?: 'FixationMethod';
  /** I-DT and sparse-dwell dispersion limit, degrees of visual angle. */
  maxDispersionDeg: Maybe<Scalars['Float']['output']>;
  /** Sparse-dwell longest dwell, seconds. */
  maxDwellSec: Maybe<Scalars['Float']['output']>;
  method: FixationMethodName;
  /** I-DT and I-VT shortest fixation, seconds. */
  minFixationSec: Maybe<Scalars['Float']['output']>;
  /** I-VT velocity threshold, degrees per second. */
  velocityThresholdDegPerSec: Maybe<Scalars['Float']['output']>;
};

export const FixationMethodName = {
  /** Given by the dataset (never replaced). */
  Given: 'GIVEN',
  /** Dispersion threshold (I-DT, Salvucci & Goldberg 2000). */
  Idt: 'IDT',
  /** Velocity threshold (I-VT, Salvucci & Goldberg 2000). */
  Ivt: 'IVT',
  /** Sparse samples (about one per fixation): consecutive samples within the dispersion limit merged. */
  SparseDwell: 'SPARSE_DWELL'
} as const;

export type FixationMethodName = typeof FixationMethodName[keyof typeof FixationMethodName];
/** Inclusive numeric range; either bound may be omitted. */
export type FloatRange = {
  gte?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** Ranges over a read's gaze metrics (docs/metrics.md); a read without the value does not match. */
export type GazeFilter = {
  /** The read's mean eye-voice span over its findings, seconds (GazeMetrics.eyeVoiceSpanSec). */
  eyeVoiceSpanSec?: InputMaybe<FloatRange>;
  /** Share of the lung-field area covered by the useful field of view, 0–1 (GazeMetrics.lungCoverage). */
  lungCoverage?: InputMaybe<FloatRange>;
  /** Mean fixation duration, milliseconds. */
  meanFixationMs?: InputMaybe<FloatRange>;
  /** Mean saccade amplitude, degrees of visual angle. */
  meanSaccadeDeg?: InputMaybe<FloatRange>;
  /** Mean AOI-Levenshtein similarity to the image's other reads, 0–1 (PeerSimilarity.aoiLevenshtein). */
  peerAoiSimilarity?: InputMaybe<FloatRange>;
  /** Mean MultiMatch similarity to the image's other reads, 0–1 (PeerSimilarity.multimatch). */
  peerSimilarity?: InputMaybe<FloatRange>;
  /** Time to first fixation on the lung fields, seconds. */
  ttffLungSec?: InputMaybe<FloatRange>;
};

/** Per-read gaze metrics (docs/metrics.md#per-read). */
export type GazeMetrics = {
  __typename?: 'GazeMetrics';
  /** Mean of the read's per-finding eye-voice spans, seconds; null when none has one. */
  eyeVoiceSpanSec: Maybe<Scalars['Float']['output']>;
  fixationCount: Scalars['Int']['output'];
  /** How the fixations these come from were made. */
  fixationMethod: FixationMethod;
  /** Share (0–1) of the lung-field area within the useful field of view of at least one fixation. */
  lungCoverage: Maybe<Scalars['Float']['output']>;
  /** Total dwell of fixations on the lung fields, seconds. */
  lungDwellSec: Scalars['Float']['output'];
  /** Which lung fields coverage, dwell and TTFF used. */
  lungFieldSource: LungFieldSource;
  meanFixationMs: Maybe<Scalars['Float']['output']>;
  /** Mean saccade amplitude, degrees of visual angle. */
  meanSaccadeDeg: Maybe<Scalars['Float']['output']>;
  medianFixationMs: Maybe<Scalars['Float']['output']>;
  /** Sum of saccade amplitudes, degrees of visual angle. */
  scanpathLengthDeg: Scalars['Float']['output'];
  /** Share (0–1) of the read's time before the first reasoning step (search before speech). */
  searchBeforeSpeechShare: Maybe<Scalars['Float']['output']>;
  /** True when the gaze these come from is synthetic (the demo): say so wherever they are shown. */
  synthetic: Scalars['Boolean']['output'];
  /** Time to the first fixation on the lung fields, seconds. */
  ttffLungSec: Maybe<Scalars['Float']['output']>;
  /** Radius of the useful field of view for this read, image pixels (thresholds × the track's pixels per degree). */
  usefulFieldOfViewPx: Scalars['Float']['output'];
};

export type Highlight = {
  __typename?: 'Highlight';
  /** Field the fragments come from: reasoning, impression or clinicalContext. */
  field: Scalars['String']['output'];
  fragments: Array<Scalars['String']['output']>;
};

export type HistogramBucket = {
  __typename?: 'HistogramBucket';
  /** Null when suppressed. */
  count: Maybe<Scalars['Int']['output']>;
  /** Inclusive lower bound. */
  from: Scalars['Float']['output'];
  suppressed: Scalars['Boolean']['output'];
  /** Exclusive upper bound (inclusive for the last bucket). */
  to: Scalars['Float']['output'];
};

export type Image = {
  __typename?: 'Image';
  /** Mean pairwise agreement (Jaccard) of the readers' positive findings, 0–1; null with fewer than two reads. */
  agreement: Maybe<Scalars['Float']['output']>;
  /** The chest's bounding box, where the dataset gives one (REFLACX). */
  chestBox: Maybe<Box>;
  dataset: Scalars['String']['output'];
  /** Case difficulty 0 (easy) – 1 (hard); null with fewer than two reads. */
  difficulty: Maybe<Scalars['Float']['output']>;
  /** Id of the real image whose pixels are displayed (differs from id for synthetic image records). */
  displayImageId: Scalars['ID']['output'];
  /** Per finding: how many readers reported it. */
  findingVotes: Array<FindingVote>;
  /** Order of this study among the patient's studies (0 = first). */
  followUp: Scalars['Int']['output'];
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The lung fields the metrics of this image's reads used, and where they came from. */
  lungFields: LungFields;
  /** The patient's next study, when there is one. */
  next: Maybe<Image>;
  patientAge: Maybe<Scalars['Int']['output']>;
  patientId: Scalars['String']['output'];
  patientSex: Maybe<Sex>;
  /** Millimetres per pixel [x, y], where known. */
  pixelSpacingMm: Maybe<Array<Scalars['Float']['output']>>;
  /** The patient's previous study, when there is one. */
  prior: Maybe<Image>;
  readCount: Scalars['Int']['output'];
  /** Countries of the image's readers. */
  readerCountries: Array<Scalars['String']['output']>;
  /** The reads of this image (all of them, up to `first`). */
  reads: Array<Read>;
  /** Reference labels mapped to the finding vocabulary. */
  referenceFindings: Array<Finding>;
  /** Regions of the image's findings as the dataset gives them (REFLACX ellipses, EGD-CXR boxes, the generator's placements). */
  referenceRegions: Array<ReferenceRegion>;
  /** Findings reported (certainty ≥ 3) by at least one reader. */
  reportedFindings: Array<Finding>;
  /** MultiMatch and AOI-Levenshtein similarity of every pair of this image's reads (computed at ingest). */
  scanpathSimilarity: Array<ScanpathPair>;
  /** Labels as the source dataset gives them (e.g. NIH's "Effusion"). */
  sourceLabels: Array<Scalars['String']['output']>;
  /** True when the image record itself is synthetic (its pixels then come from displayImageId). */
  synthetic: Scalars['Boolean']['output'];
  /** Path of a 256-px-wide JPEG thumbnail, relative to the API's origin. */
  thumbnail: Scalars['String']['output'];
  /** Path of the Deep Zoom (DZI) descriptor, relative to the API's origin (e.g. /tiles/00000013_005.dzi). */
  tileSource: Scalars['String']['output'];
  viewPosition: ViewPosition;
  width: Scalars['Int']['output'];
};


export type ImageReadsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ImageConnection = {
  __typename?: 'ImageConnection';
  edges: Array<ImageEdge>;
  /** Facet counts (of images) of the same filter and search, in the same Elasticsearch request. */
  facets: Facets;
  pageInfo: PageInfo;
  /** How the search text was widened, one entry per word or phrase that was (empty without search or with expand: false). */
  searchExpansions: Array<SearchExpansion>;
  /** Exact number of images matching; null when suppressed (public tier). */
  totalCount: Maybe<Scalars['Int']['output']>;
};

export type ImageEdge = {
  __typename?: 'ImageEdge';
  cursor: Scalars['String']['output'];
  highlights: Array<Highlight>;
  node: Image;
};

export type ImageSort = {
  direction?: InputMaybe<SortDirection>;
  field: ImageSortField;
};

export const ImageSortField = {
  Agreement: 'AGREEMENT',
  Difficulty: 'DIFFICULTY',
  FollowUp: 'FOLLOW_UP',
  Id: 'ID',
  PatientAge: 'PATIENT_AGE',
  ReadCount: 'READ_COUNT',
  Relevance: 'RELEVANCE'
} as const;

export type ImageSortField = typeof ImageSortField[keyof typeof ImageSortField];
/** Inclusive integer range; either bound may be omitted. */
export type IntRange = {
  gte?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a read's lung fields came from (docs/metrics.md#lung-fields). */
export const LungFieldSource = {
  /** A documented lung template inside the dataset's chest box (REFLACX). */
  ChestBoxTemplate: 'CHEST_BOX_TEMPLATE',
  /** The dataset's anatomical lung boxes (EGD-CXR, the generator's anatomy). */
  Dataset: 'DATASET',
  /** A documented template relative to the image. */
  ImageTemplate: 'IMAGE_TEMPLATE'
} as const;

export type LungFieldSource = typeof LungFieldSource[keyof typeof LungFieldSource];
export type LungFields = {
  __typename?: 'LungFields';
  /** Usually two: the right lung (image left) and the left lung. */
  regions: Array<Region>;
  source: LungFieldSource;
};

/** Thresholds of the metrics (docs/metrics.md#thresholds). */
export type MetricThresholds = {
  __typename?: 'MetricThresholds';
  /** Cumulative dwell separating a recognition miss from a decision miss, seconds. */
  decisionDwellSec: Scalars['Float']['output'];
  /** I-DT dispersion limit, degrees. */
  idtDispersionDeg: Scalars['Float']['output'];
  /** I-VT velocity threshold, degrees per second. */
  ivtVelocityDegPerSec: Scalars['Float']['output'];
  /** Shortest fixation (I-VT and I-DT), seconds. */
  minFixationSec: Scalars['Float']['output'];
  /** Radius of the useful field of view, degrees of visual angle (Kundel et al.). */
  usefulFieldOfViewDeg: Scalars['Float']['output'];
};

/** Kundel, Nodine & Carmody (1978): why a finding present on the image went unreported. */
export const MissType = {
  /** Dwell at or above MetricThresholds.decisionDwellSec, and still not reported. */
  Decision: 'DECISION',
  /** Fixated, but cumulative dwell below MetricThresholds.decisionDwellSec. */
  Recognition: 'RECOGNITION',
  /** Never fixated within the finding's region grown by the useful field of view. */
  Search: 'SEARCH'
} as const;

export type MissType = typeof MissType[keyof typeof MissType];
/** MultiMatch's five dimensions (Jarodzka et al. 2010; Dewhurst et al. 2012), each 0–1 (1 = identical). */
export type MultiMatch = {
  __typename?: 'MultiMatch';
  direction: Scalars['Float']['output'];
  duration: Scalars['Float']['output'];
  length: Scalars['Float']['output'];
  position: Scalars['Float']['output'];
  vector: Scalars['Float']['output'];
};

export type NumericFacet = {
  __typename?: 'NumericFacet';
  avg: Maybe<Scalars['Float']['output']>;
  /** Entities with a value (under every active filter except this facet's own); null when suppressed. */
  count: Maybe<Scalars['Int']['output']>;
  /** The ReadFilter field this facet selects (e.g. "durationSec"). */
  filterField: Scalars['String']['output'];
  /** Equal-width histogram between min and max. */
  histogram: Array<HistogramBucket>;
  max: Maybe<Scalars['Float']['output']>;
  /** Null for the public tier (single records' values). */
  min: Maybe<Scalars['Float']['output']>;
};

export type PackedSamples = {
  __typename?: 'PackedSamples';
  count: Scalars['Int']['output'];
  /** Always "f32le-base64". */
  encoding: Scalars['String']['output'];
  t: Scalars['String']['output'];
  windowCount: Scalars['Int']['output'];
  x: Scalars['String']['output'];
  y: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A read's mean similarity to the image's other reads. */
export type PeerSimilarity = {
  __typename?: 'PeerSimilarity';
  /** Mean AOI-Levenshtein similarity over the read's pairs, 0–1. */
  aoiLevenshtein: Maybe<Scalars['Float']['output']>;
  /** Mean over the read's pairs of the mean of the five MultiMatch dimensions, 0–1; null without a comparable pair. */
  multimatch: Maybe<Scalars['Float']['output']>;
  /** Other reads of the image compared with. */
  peers: Scalars['Int']['output'];
  /** True when the gaze it comes from is synthetic. */
  synthetic: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Who the service takes the caller to be, and what that tier may see. */
  access: AccessInfo;
  /** The audit log, newest first (administrators only). */
  auditEvents: Array<AuditEvent>;
  /** The dataset currently served: name, attribution, whether it is synthetic, when it was indexed. */
  dataset: Dataset;
  /** One image by id, or null when there is none. */
  image: Maybe<Image>;
  /**
   * Images matching a filter. An image matches when at least one of its reads matches every
   * read-level condition of the filter (image-level conditions apply to the image itself).
   */
  images: ImageConnection;
  /** One read by id, or null when there is none. */
  read: Maybe<Read>;
  /** One reader by id, or null when there is none. */
  reader: Maybe<Reader>;
  /** Readers matching a filter. */
  readers: ReaderConnection;
  /** Reads matching a filter and an optional full-text search. */
  reads: ReadConnection;
  /** Counts and distributions for overview pages, honouring a filter and search. */
  statistics: DatasetStatistics;
  /** Controlled vocabularies (findings, strategies, countries, certainty scale) with display labels. */
  vocabulary: Vocabulary;
};


export type QueryAuditEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  principal?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryImageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<ImageSort>>;
};


export type QueryReadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReaderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReadersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReaderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ReaderSort>>;
};


export type QueryReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<Array<ReadSort>>;
};


export type QueryStatisticsArgs = {
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Read = {
  __typename?: 'Read';
  clinicalContext: ClinicalContext;
  dataset: Scalars['String']['output'];
  durationSec: Scalars['Float']['output'];
  /** One entry per finding present on the image or reported by the reader (empty without a track). */
  findingGaze: Array<FindingGaze>;
  findings: Array<ReadFinding>;
  /** Gaze metrics of the read (docs/metrics.md); null when the read has no attention track. */
  gaze: Maybe<GazeMetrics>;
  id: Scalars['ID']['output'];
  image: Image;
  impression: Scalars['String']['output'];
  /** Mean similarity of this read's scanpath to the image's other reads; null when the image has no other read with a track. */
  peerSimilarity: Maybe<PeerSimilarity>;
  reader: Reader;
  reasoning: ReasoningTrace;
  /** ISO 8601 start time. */
  startedAt: Scalars['String']['output'];
  strategy: Strategy;
  strategySource: StrategySource;
  synthetic: Scalars['Boolean']['output'];
  /** The attention track, optionally restricted to a time window and down-sampled. */
  track: Maybe<AttentionTrack>;
  /** Summary of the attention track (cheap: no samples). */
  trackSummary: Maybe<TrackSummary>;
};


export type ReadTrackArgs = {
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<TimeWindow>;
};

export type ReadConnection = {
  __typename?: 'ReadConnection';
  edges: Array<ReadEdge>;
  /** Facet counts of the same filter and search, computed in the same Elasticsearch request. */
  facets: Facets;
  pageInfo: PageInfo;
  /** How the search text was widened, one entry per word or phrase that was (empty without search or with expand: false). */
  searchExpansions: Array<SearchExpansion>;
  /** Exact number of reads matching (no 10,000 cap); null when suppressed (public tier). */
  totalCount: Maybe<Scalars['Int']['output']>;
};

export type ReadEdge = {
  __typename?: 'ReadEdge';
  cursor: Scalars['String']['output'];
  /** Matched fragments of the search text, with matches wrapped in <mark>…</mark>. */
  highlights: Array<Highlight>;
  node: Read;
};

/**
 * Filter on reads (and, for `images`, on the reads of an image). Top-level fields are combined
 * with AND; lists within a field with OR. `and`, `or` and `not` compose sub-filters. Unknown
 * values (an unknown country code, an inverted range) are rejected with BAD_USER_INPUT.
 */
export type ReadFilter = {
  /** Inter-reader agreement of the image, 0–1. */
  agreement?: InputMaybe<FloatRange>;
  and?: InputMaybe<Array<ReadFilter>>;
  continents?: InputMaybe<Array<Continent>>;
  /** Reader countries, ISO 3166-1 alpha-2 (e.g. "BR"). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Source datasets, e.g. "NIH ChestX-ray14". */
  datasets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Case difficulty of the image, 0–1. */
  difficulty?: InputMaybe<FloatRange>;
  /** Read duration in seconds. */
  durationSec?: InputMaybe<FloatRange>;
  /** Reader experience bands (see Vocabulary.experienceBands). */
  experienceBands?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reader experience in years. */
  experienceYears?: InputMaybe<FloatRange>;
  findings?: InputMaybe<FindingFilter>;
  /** Number of fixations in the read's attention track. */
  fixationCount?: InputMaybe<IntRange>;
  /** Ranges over the read's gaze metrics (all must hold). */
  gaze?: InputMaybe<GazeFilter>;
  /** Clinical context was shown to the reader. */
  hasClinicalContext?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reads containing these uncertainty markers. */
  hedges?: InputMaybe<Array<Scalars['String']['input']>>;
  imageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Reads with at least one missed finding of these types. Combined with `findings`, a miss of one
   * of those findings (matched within one finding entry of the read).
   */
  missTypes?: InputMaybe<Array<MissType>>;
  not?: InputMaybe<ReadFilter>;
  or?: InputMaybe<Array<ReadFilter>>;
  readIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  readerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  roles?: InputMaybe<Array<Role>>;
  strategies?: InputMaybe<Array<Strategy>>;
  /** The reader used the clinical context shown. */
  usedClinicalContext?: InputMaybe<Scalars['Boolean']['input']>;
  viewPositions?: InputMaybe<Array<ViewPosition>>;
};

export type ReadFinding = {
  __typename?: 'ReadFinding';
  /** 1 (Unlikely) … 5 (Consistent with). */
  certainty: Scalars['Int']['output'];
  certaintyName: Scalars['String']['output'];
  finding: Finding;
  label: Scalars['String']['output'];
  /** Region in image pixels, where the reader marked one. */
  region: Maybe<Box>;
};

export type ReadSort = {
  direction?: InputMaybe<SortDirection>;
  field: ReadSortField;
};

export const ReadSortField = {
  Agreement: 'AGREEMENT',
  Country: 'COUNTRY',
  Difficulty: 'DIFFICULTY',
  Duration: 'DURATION',
  Experience: 'EXPERIENCE',
  /** GazeMetrics.eyeVoiceSpanSec. */
  EyeVoiceSpan: 'EYE_VOICE_SPAN',
  FixationCount: 'FIXATION_COUNT',
  Id: 'ID',
  ImageId: 'IMAGE_ID',
  /** GazeMetrics.lungCoverage (reads without a value last). */
  LungCoverage: 'LUNG_COVERAGE',
  /** GazeMetrics.meanFixationMs. */
  MeanFixation: 'MEAN_FIXATION',
  /** GazeMetrics.meanSaccadeDeg. */
  MeanSaccade: 'MEAN_SACCADE',
  /** PeerSimilarity.aoiLevenshtein. */
  PeerAoiSimilarity: 'PEER_AOI_SIMILARITY',
  /** PeerSimilarity.multimatch: ascending puts the reads that searched least like their peers first. */
  PeerSimilarity: 'PEER_SIMILARITY',
  /** Search score (only meaningful with `search`). */
  Relevance: 'RELEVANCE',
  StartedAt: 'STARTED_AT',
  /** GazeMetrics.ttffLungSec. */
  TtffLung: 'TTFF_LUNG'
} as const;

export type ReadSortField = typeof ReadSortField[keyof typeof ReadSortField];
export type Reader = {
  __typename?: 'Reader';
  continent: Continent;
  country: Scalars['String']['output'];
  countryName: Scalars['String']['output'];
  experienceBand: Scalars['String']['output'];
  experienceYears: Scalars['Float']['output'];
  /** Pseudonymous id. */
  id: Scalars['ID']['output'];
  meanDurationSec: Maybe<Scalars['Float']['output']>;
  readCount: Scalars['Int']['output'];
  reads: ReadConnection;
  role: Role;
  strategies: Array<Strategy>;
  subspecialty: Maybe<Scalars['String']['output']>;
  synthetic: Scalars['Boolean']['output'];
};


export type ReaderReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ReadSort>>;
};

export type ReaderConnection = {
  __typename?: 'ReaderConnection';
  edges: Array<ReaderEdge>;
  pageInfo: PageInfo;
  /** Null when suppressed (public tier). */
  totalCount: Maybe<Scalars['Int']['output']>;
};

export type ReaderEdge = {
  __typename?: 'ReaderEdge';
  cursor: Scalars['String']['output'];
  node: Reader;
};

export type ReaderFilter = {
  continents?: InputMaybe<Array<Continent>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  experienceBands?: InputMaybe<Array<Scalars['String']['input']>>;
  experienceYears?: InputMaybe<FloatRange>;
  readerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  roles?: InputMaybe<Array<Role>>;
};

export type ReaderSort = {
  direction?: InputMaybe<SortDirection>;
  field: ReaderSortField;
};

export const ReaderSortField = {
  Country: 'COUNTRY',
  Experience: 'EXPERIENCE',
  Id: 'ID',
  ReadCount: 'READ_COUNT'
} as const;

export type ReaderSortField = typeof ReaderSortField[keyof typeof ReaderSortField];
export type ReasoningStep = {
  __typename?: 'ReasoningStep';
  end: Scalars['Float']['output'];
  findings: Array<Finding>;
  /** Uncertainty markers in the text (e.g. "possibly", "cannot exclude"). */
  hedges: Array<Scalars['String']['output']>;
  /** 0-based position in the trace. */
  index: Scalars['Int']['output'];
  kind: StepKind;
  start: Scalars['Float']['output'];
  text: Scalars['String']['output'];
  words: Array<Word>;
};

export type ReasoningTrace = {
  __typename?: 'ReasoningTrace';
  /** True when word-level timestamps exist (dictated reasoning). */
  hasWordTimings: Scalars['Boolean']['output'];
  hedgeCount: Scalars['Int']['output'];
  steps: Array<ReasoningStep>;
  /** Steps joined as one text. */
  text: Scalars['String']['output'];
  wordCount: Scalars['Int']['output'];
};

export type ReferenceRegion = {
  __typename?: 'ReferenceRegion';
  finding: Finding;
  label: Scalars['String']['output'];
  region: Region;
};

/** A region in image pixels: a box, or the ellipse inscribed in it. */
export type Region = {
  __typename?: 'Region';
  shape: RegionShape;
  xmax: Scalars['Float']['output'];
  xmin: Scalars['Float']['output'];
  ymax: Scalars['Float']['output'];
  ymin: Scalars['Float']['output'];
};

export const RegionShape = {
  Box: 'BOX',
  /** The ellipse inscribed in the box (REFLACX marks ellipses). */
  Ellipse: 'ELLIPSE'
} as const;

export type RegionShape = typeof RegionShape[keyof typeof RegionShape];
/** Where a finding's region came from, in order of preference (docs/metrics.md#finding-regions). */
export const RegionSource = {
  /** The consensus of the other readers' marks. */
  Consensus: 'CONSENSUS',
  /** The reader's own mark. */
  Reader: 'READER',
  /** The dataset's reference region of the finding. */
  Reference: 'REFERENCE'
} as const;

export type RegionSource = typeof RegionSource[keyof typeof RegionSource];
export const Role = {
  Attending: 'ATTENDING',
  Fellow: 'FELLOW',
  Resident: 'RESIDENT'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type SampleSeries = {
  __typename?: 'SampleSeries';
  /** Samples returned. */
  count: Scalars['Int']['output'];
  t: Array<Scalars['Float']['output']>;
  /** Samples in the window before down-sampling. */
  windowCount: Scalars['Int']['output'];
  /** Null where the sample was lost (blink). */
  x: Array<Maybe<Scalars['Float']['output']>>;
  y: Array<Maybe<Scalars['Float']['output']>>;
};

/** Similarity of two reads' scanpaths over one image. */
export type ScanpathPair = {
  __typename?: 'ScanpathPair';
  /** AOI-string Levenshtein similarity, 0–1. */
  aoiLevenshtein: Scalars['Float']['output'];
  /** Null when either scanpath has fewer than two fixations (MultiMatch needs a saccade). */
  multimatch: Maybe<MultiMatch>;
  readA: Scalars['ID']['output'];
  readB: Scalars['ID']['output'];
  /** True when either read's gaze is synthetic. */
  synthetic: Scalars['Boolean']['output'];
};

/** How full-text search treats query words (docs/api.md#full-text-search). */
export type SearchAnalysis = {
  __typename?: 'SearchAnalysis';
  /** Analyzer of the indexed text fields. */
  analyzer: Scalars['String']['output'];
  /** Whether the search cluster has stemming analysis of its own (informative: search does not depend on it). */
  engineStemmers: Scalars['Boolean']['output'];
  /** Distinct words in the dataset's lexicon (0 without stemming). */
  lexiconWords: Scalars['Int']['output'];
  /** Algorithm that groups word forms (porter-1980), or null without stemming. */
  stemmer: Maybe<Scalars['String']['output']>;
  /** Query words also find the other forms of the word in the dataset's text (effusions, effusion); false on indices built before the lexicon existed. */
  stemming: Scalars['Boolean']['output'];
  /** Query words and phrases also find their thesaurus synonyms, abbreviations and narrower terms (cardiomegaly, enlarged cardiac silhouette). */
  synonyms: Scalars['Boolean']['output'];
};

/** How one word or phrase of a search was widened. */
export type SearchExpansion = {
  __typename?: 'SearchExpansion';
  /** Other forms found in the dataset's text that share its stem. */
  forms: Array<Scalars['String']['output']>;
  /** Thesaurus synonyms, abbreviations and narrower terms searched too (phrases as phrases). */
  synonyms: Array<Scalars['String']['output']>;
  /** The word or phrase as written (lower case). */
  term: Scalars['String']['output'];
};

export const Sex = {
  F: 'F',
  M: 'M'
} as const;

export type Sex = typeof Sex[keyof typeof Sex];
export const SortDirection = {
  Asc: 'ASC',
  Desc: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
export const StepKind = {
  Conclusion: 'CONCLUSION',
  Differential: 'DIFFERENTIAL',
  Interpretation: 'INTERPRETATION',
  Observation: 'OBSERVATION',
  Recommendation: 'RECOMMENDATION'
} as const;

export type StepKind = typeof StepKind[keyof typeof StepKind];
/** Visual search strategy (docs/dataset-format.md#strategies). */
export const Strategy = {
  /** Prior image first, then the current one. */
  ComparisonDriven: 'COMPARISON_DRIVEN',
  /** Straight to the abnormality. */
  Focal: 'FOCAL',
  /** No discernible order. */
  FreeSearch: 'FREE_SEARCH',
  /** Gestalt first: a global survey, then focal inspection. */
  GlobalThenFocal: 'GLOBAL_THEN_FOCAL',
  /** Checklist order (e.g. ABCDE): regions visited in a fixed sequence. */
  Systematic: 'SYSTEMATIC'
} as const;

export type Strategy = typeof Strategy[keyof typeof Strategy];
export type StrategyInfo = {
  __typename?: 'StrategyInfo';
  description: Scalars['String']['output'];
  label: Scalars['String']['output'];
  strategy: Strategy;
};

/** Whether the strategy was given by the dataset or derived from the attention track. */
export const StrategySource = {
  Derived: 'DERIVED',
  Given: 'GIVEN'
} as const;

export type StrategySource = typeof StrategySource[keyof typeof StrategySource];
export type TermsFacet = {
  __typename?: 'TermsFacet';
  buckets: Array<FacetBucket>;
  /** The ReadFilter field this facet selects (e.g. "countries"). */
  filterField: Scalars['String']['output'];
  /** How many entities carry a value not among the buckets returned; null when suppressed. */
  otherCount: Maybe<Scalars['Int']['output']>;
  /** How many distinct values exist beyond the buckets returned. */
  otherValues: Scalars['Int']['output'];
};

/** Equivalent search terms (each finds the others) and the narrower terms a search for them includes. */
export type ThesaurusEntry = {
  __typename?: 'ThesaurusEntry';
  /** The finding the terms name, when there is one. */
  finding: Maybe<Finding>;
  /** More specific terms a search for these terms includes (not the other way round). */
  narrower: Array<Scalars['String']['output']>;
  /** Equivalent terms, lower case, the preferred one first. */
  terms: Array<Scalars['String']['output']>;
};

/** Access tiers (docs/access.md). */
export const Tier = {
  /** As credentialed, plus the audit log. */
  Admin: 'ADMIN',
  /** Every record, export and tracks. */
  Credentialed: 'CREDENTIALED',
  /** Aggregates only, small cells suppressed. */
  Public: 'PUBLIC'
} as const;

export type Tier = typeof Tier[keyof typeof Tier];
export type TimeWindow = {
  /** Seconds from the start of the read (inclusive). */
  end?: InputMaybe<Scalars['Float']['input']>;
  /** Seconds from the start of the read (inclusive). */
  start?: InputMaybe<Scalars['Float']['input']>;
};

export type TrackSummary = {
  __typename?: 'TrackSummary';
  fixationCount: Scalars['Int']['output'];
  fixationMethod: FixationMethod;
  hasViewport: Scalars['Boolean']['output'];
  sampleCount: Scalars['Int']['output'];
  samplingHz: Maybe<Scalars['Float']['output']>;
};

export const ViewPosition = {
  Ap: 'AP',
  Lat: 'LAT',
  Pa: 'PA'
} as const;

export type ViewPosition = typeof ViewPosition[keyof typeof ViewPosition];
export type ViewportEvent = {
  __typename?: 'ViewportEvent';
  t: Scalars['Float']['output'];
  windowLevel: Maybe<Scalars['Float']['output']>;
  windowWidth: Maybe<Scalars['Float']['output']>;
  xmax: Scalars['Float']['output'];
  xmin: Scalars['Float']['output'];
  ymax: Scalars['Float']['output'];
  ymin: Scalars['Float']['output'];
  zoom: Maybe<Scalars['Float']['output']>;
};

export type Vocabulary = {
  __typename?: 'Vocabulary';
  certainty: Array<CertaintyLevel>;
  continents: Array<ContinentInfo>;
  countries: Array<CountryInfo>;
  /** Experience bands used by the experienceBand facet, e.g. "5-9". */
  experienceBands: Array<Scalars['String']['output']>;
  findings: Array<FindingInfo>;
  /** Uncertainty markers recognised in reasoning text. */
  hedges: Array<Scalars['String']['output']>;
  roles: Array<Role>;
  /** The search thesaurus: what a search for each term also finds (docs/api.md#full-text-search). */
  searchThesaurus: Array<ThesaurusEntry>;
  stepKinds: Array<StepKind>;
  strategies: Array<StrategyInfo>;
  viewPositions: Array<ViewPosition>;
};

export type Word = {
  __typename?: 'Word';
  end: Scalars['Float']['output'];
  start: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

export type ExplorerSampleReadQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSampleReadQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', synthetic: boolean }, reads: { __typename?: 'ReadConnection', edges: Array<{ __typename?: 'ReadEdge', node: { __typename?: 'Read', id: string } }> } };

export type ImageCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImageCaseQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', name: string, synthetic: boolean, attribution: string }, vocabulary: { __typename?: 'Vocabulary', findings: Array<{ __typename?: 'FindingInfo', finding: Finding, label: string }>, strategies: Array<{ __typename?: 'StrategyInfo', strategy: Strategy, label: string, description: string }> }, image: { __typename?: 'Image', followUp: number, viewPosition: ViewPosition, pixelSpacingMm: Array<number> | null, patientAge: number | null, patientSex: Sex | null, sourceLabels: Array<string>, referenceFindings: Array<Finding>, id: string, dataset: string, patientId: string, width: number, height: number, tileSource: string, displayImageId: string, synthetic: boolean, readCount: number, agreement: number | null, difficulty: number | null, findingVotes: Array<{ __typename?: 'FindingVote', finding: Finding, label: string, positive: number, readCount: number, meanCertainty: number }>, prior: { __typename?: 'Image', id: string, followUp: number, viewPosition: ViewPosition, tileSource: string, sourceLabels: Array<string> } | null, next: { __typename?: 'Image', id: string, followUp: number } | null, reads: Array<{ __typename?: 'Read', id: string, durationSec: number, synthetic: boolean, strategy: Strategy, strategySource: StrategySource, trackSummary: { __typename?: 'TrackSummary', sampleCount: number, fixationCount: number, hasViewport: boolean, samplingHz: number | null } | null, reasoning: { __typename?: 'ReasoningTrace', hasWordTimings: boolean, hedgeCount: number }, gaze: { __typename?: 'GazeMetrics', synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null } | null, findingGaze: Array<{ __typename?: 'FindingGaze', finding: Finding, label: string, missType: MissType | null }>, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }> }> } | null };

export type ExploreReadsQueryVariables = Exact<{
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<Array<ReadSort> | ReadSort>;
  first: Scalars['Int']['input'];
}>;


export type ExploreReadsQuery = { __typename?: 'Query', reads: { __typename?: 'ReadConnection', totalCount: number | null, searchExpansions: Array<{ __typename?: 'SearchExpansion', term: string, forms: Array<string>, synonyms: Array<string> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ReadEdge', cursor: string, highlights: Array<{ __typename?: 'Highlight', field: string, fragments: Array<string> }>, node: { __typename?: 'Read', id: string, startedAt: string, durationSec: number, strategy: Strategy, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, image: { __typename?: 'Image', id: string, thumbnail: string, agreement: number | null, difficulty: number | null }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }>, trackSummary: { __typename?: 'TrackSummary', fixationCount: number } | null, gaze: { __typename?: 'GazeMetrics', synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null } | null, findingGaze: Array<{ __typename?: 'FindingGaze', finding: Finding, label: string, missType: MissType | null }>, peerSimilarity: { __typename?: 'PeerSimilarity', multimatch: number | null } | null } }>, facets: { __typename?: 'Facets', country: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, continent: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, finding: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, strategy: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, certainty: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, experienceBand: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, role: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, viewPosition: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, dataset: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, hedge: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, duration: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, experience: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, fixationCount: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, agreement: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, difficulty: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, missType: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, lungCoverage: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, eyeVoiceSpan: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, peerSimilarity: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> } } } };

export type ExploreReadsPageQueryVariables = Exact<{
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<Array<ReadSort> | ReadSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExploreReadsPageQuery = { __typename?: 'Query', reads: { __typename?: 'ReadConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ReadEdge', cursor: string, highlights: Array<{ __typename?: 'Highlight', field: string, fragments: Array<string> }>, node: { __typename?: 'Read', id: string, startedAt: string, durationSec: number, strategy: Strategy, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, image: { __typename?: 'Image', id: string, thumbnail: string, agreement: number | null, difficulty: number | null }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }>, trackSummary: { __typename?: 'TrackSummary', fixationCount: number } | null, gaze: { __typename?: 'GazeMetrics', synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null } | null, findingGaze: Array<{ __typename?: 'FindingGaze', finding: Finding, label: string, missType: MissType | null }>, peerSimilarity: { __typename?: 'PeerSimilarity', multimatch: number | null } | null } }> } };

export type ExploreImagesQueryVariables = Exact<{
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<Array<ImageSort> | ImageSort>;
  first: Scalars['Int']['input'];
}>;


export type ExploreImagesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', totalCount: number | null, searchExpansions: Array<{ __typename?: 'SearchExpansion', term: string, forms: Array<string>, synonyms: Array<string> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ImageEdge', cursor: string, highlights: Array<{ __typename?: 'Highlight', field: string, fragments: Array<string> }>, node: { __typename?: 'Image', id: string, dataset: string, thumbnail: string, viewPosition: ViewPosition, patientAge: number | null, patientSex: Sex | null, followUp: number, sourceLabels: Array<string>, reportedFindings: Array<Finding>, readCount: number, readerCountries: Array<string>, agreement: number | null, difficulty: number | null } }>, facets: { __typename?: 'Facets', country: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, continent: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, finding: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, strategy: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, certainty: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, experienceBand: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, role: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, viewPosition: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, dataset: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, hedge: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, duration: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, experience: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, fixationCount: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, agreement: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, difficulty: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, missType: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, lungCoverage: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, eyeVoiceSpan: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, peerSimilarity: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> } } } };

export type ExploreImagesPageQueryVariables = Exact<{
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  sort?: InputMaybe<Array<ImageSort> | ImageSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExploreImagesPageQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ImageEdge', cursor: string, highlights: Array<{ __typename?: 'Highlight', field: string, fragments: Array<string> }>, node: { __typename?: 'Image', id: string, dataset: string, thumbnail: string, viewPosition: ViewPosition, patientAge: number | null, patientSex: Sex | null, followUp: number, sourceLabels: Array<string>, reportedFindings: Array<Finding>, readCount: number, readerCountries: Array<string>, agreement: number | null, difficulty: number | null } }> } };

export type ExploreCountryFacetQueryVariables = Exact<{
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
  contains?: InputMaybe<Scalars['String']['input']>;
  size: Scalars['Int']['input'];
  images: Scalars['Boolean']['input'];
}>;


export type ExploreCountryFacetQuery = { __typename?: 'Query', reads?: { __typename?: 'ReadConnection', facets: { __typename?: 'Facets', country: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> } } }, images?: { __typename?: 'ImageConnection', facets: { __typename?: 'Facets', country: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> } } } };

export type ExploreVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreVocabularyQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', name: string, synthetic: boolean, attribution: string }, vocabulary: { __typename?: 'Vocabulary', experienceBands: Array<string>, countries: Array<{ __typename?: 'CountryInfo', code: string, name: string }>, continents: Array<{ __typename?: 'ContinentInfo', code: Continent, name: string }>, certainty: Array<{ __typename?: 'CertaintyLevel', value: number, name: string, probability: string }>, findings: Array<{ __typename?: 'FindingInfo', finding: Finding, label: string }>, strategies: Array<{ __typename?: 'StrategyInfo', strategy: Strategy, label: string, description: string }> } };

export type OverviewQueryVariables = Exact<{
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OverviewQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', name: string, description: string, synthetic: boolean, attribution: string, indexedAt: string, imageCount: number | null, readCount: number | null, readerCount: number | null }, statistics: { __typename?: 'DatasetStatistics', readCount: number | null, imageCount: number | null, readerCount: number | null, countryCount: number | null, sampleCount: number | null, readsByCountry: Array<{ __typename?: 'CountBucket', value: string, label: string, count: number | null }>, readsByContinent: Array<{ __typename?: 'CountBucket', value: string, label: string, count: number | null }>, readsByFinding: Array<{ __typename?: 'CountBucket', value: string, label: string, count: number | null }>, readsByStrategy: Array<{ __typename?: 'CountBucket', value: string, label: string, count: number | null }>, readsByRole: Array<{ __typename?: 'CountBucket', value: string, label: string, count: number | null }>, experienceHistogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }>, readsPerImage: Array<{ __typename?: 'CountBucket', value: string, label: string, count: number | null }>, durationHistogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> } };

export type OverviewGazeQueryVariables = Exact<{
  filter?: InputMaybe<ReadFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  expand?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OverviewGazeQuery = { __typename?: 'Query', statistics: { __typename?: 'DatasetStatistics', missesByFinding: Array<{ __typename?: 'FindingMisses', finding: Finding, label: string, present: number, search: number, recognition: number, decision: number }>, lungCoverageByExperience: Array<{ __typename?: 'CoverageByExperience', experienceBand: string, readCount: number, meanLungCoverage: number | null, minLungCoverage: number | null, maxLungCoverage: number | null }> } };

export type ReplayReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReplayReadQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', name: string, synthetic: boolean, attribution: string, metricThresholds: { __typename?: 'MetricThresholds', usefulFieldOfViewDeg: number, decisionDwellSec: number } }, vocabulary: { __typename?: 'Vocabulary', findings: Array<{ __typename?: 'FindingInfo', finding: Finding, label: string }>, strategies: Array<{ __typename?: 'StrategyInfo', strategy: Strategy, label: string, description: string }> }, read: { __typename?: 'Read', id: string, durationSec: number, synthetic: boolean, strategy: Strategy, strategySource: StrategySource, image: { __typename?: 'Image', id: string, dataset: string, patientId: string, width: number, height: number, tileSource: string, displayImageId: string, synthetic: boolean, readCount: number, lungFields: { __typename?: 'LungFields', source: LungFieldSource, regions: Array<{ __typename?: 'Region', shape: RegionShape, xmin: number, ymin: number, xmax: number, ymax: number }> } }, reasoning: { __typename?: 'ReasoningTrace', hasWordTimings: boolean, steps: Array<{ __typename?: 'ReasoningStep', index: number, text: string, start: number, end: number, kind: StepKind, findings: Array<Finding>, hedges: Array<string>, words: Array<{ __typename?: 'Word', text: string, start: number, end: number }> }> }, track: { __typename?: 'AttentionTrack', samplingHz: number | null, pixelsPerDegree: number | null, sampleCount: number, durationSec: number, fixationsDerived: boolean, packedSamples: { __typename?: 'PackedSamples', encoding: string, count: number, windowCount: number, t: string, x: string, y: string }, fixations: Array<{ __typename?: 'Fixation', number: number, start: number, end: number, x: number, y: number }>, viewport: Array<{ __typename?: 'ViewportEvent', t: number, xmin: number, ymin: number, xmax: number, ymax: number, zoom: number | null, windowWidth: number | null, windowLevel: number | null }> } | null, peerSimilarity: { __typename?: 'PeerSimilarity', synthetic: boolean, multimatch: number | null, aoiLevenshtein: number | null, peers: number } | null, gaze: { __typename?: 'GazeMetrics', fixationCount: number, medianFixationMs: number | null, lungDwellSec: number, scanpathLengthDeg: number, searchBeforeSpeechShare: number | null, lungFieldSource: LungFieldSource, usefulFieldOfViewPx: number, synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null, fixationMethod: { __typename?: 'FixationMethod', method: FixationMethodName, maxDispersionDeg: number | null, minFixationSec: number | null, velocityThresholdDegPerSec: number | null, maxDwellSec: number | null } } | null, findingGaze: Array<{ __typename?: 'FindingGaze', synthetic: boolean, reported: boolean, certainty: number | null, present: boolean, regionSource: RegionSource | null, ttffSec: number | null, dwellSec: number, firstPassDwellSec: number, visits: number, fixationCount: number, eyeVoiceSpanSec: number | null, finding: Finding, label: string, missType: MissType | null, region: { __typename?: 'Region', shape: RegionShape, xmin: number, ymin: number, xmax: number, ymax: number } | null }>, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }> } | null };

export type MultiReplayForImageQueryVariables = Exact<{
  imageId: Scalars['ID']['input'];
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MultiReplayForImageQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', name: string, synthetic: boolean, attribution: string }, image: { __typename?: 'Image', id: string, dataset: string, patientId: string, width: number, height: number, tileSource: string, displayImageId: string, synthetic: boolean, readCount: number, reads: Array<{ __typename?: 'Read', id: string, durationSec: number, synthetic: boolean, strategy: Strategy, strategySource: StrategySource, reasoning: { __typename?: 'ReasoningTrace', hasWordTimings: boolean, steps: Array<{ __typename?: 'ReasoningStep', index: number, text: string, start: number, end: number, kind: StepKind, findings: Array<Finding>, hedges: Array<string>, words: Array<{ __typename?: 'Word', text: string, start: number, end: number }> }> }, track: { __typename?: 'AttentionTrack', samplingHz: number | null, pixelsPerDegree: number | null, sampleCount: number, durationSec: number, fixationsDerived: boolean, packedSamples: { __typename?: 'PackedSamples', encoding: string, count: number, windowCount: number, t: string, x: string, y: string }, fixations: Array<{ __typename?: 'Fixation', number: number, start: number, end: number, x: number, y: number }>, viewport: Array<{ __typename?: 'ViewportEvent', t: number, xmin: number, ymin: number, xmax: number, ymax: number, zoom: number | null, windowWidth: number | null, windowLevel: number | null }> } | null, peerSimilarity: { __typename?: 'PeerSimilarity', synthetic: boolean, multimatch: number | null, aoiLevenshtein: number | null, peers: number } | null, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }> }>, scanpathSimilarity: Array<{ __typename?: 'ScanpathPair', synthetic: boolean, readA: string, readB: string, aoiLevenshtein: number, multimatch: { __typename?: 'MultiMatch', vector: number, direction: number, length: number, position: number, duration: number } | null }>, lungFields: { __typename?: 'LungFields', source: LungFieldSource, regions: Array<{ __typename?: 'Region', shape: RegionShape, xmin: number, ymin: number, xmax: number, ymax: number }> } } | null };

export type ReadImageIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReadImageIdQuery = { __typename?: 'Query', read: { __typename?: 'Read', id: string, image: { __typename?: 'Image', id: string } } | null };

export type CountBucketFieldsFragment = { __typename?: 'CountBucket', value: string, label: string, count: number | null };

export type HistogramBucketFieldsFragment = { __typename?: 'HistogramBucket', from: number, to: number, count: number | null };

export type PageInfoFieldsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type HighlightFieldsFragment = { __typename?: 'Highlight', field: string, fragments: Array<string> };

export type DatasetCreditFragment = { __typename?: 'Dataset', name: string, synthetic: boolean, attribution: string };

export type VocabularyLabelsFragment = { __typename?: 'Vocabulary', findings: Array<{ __typename?: 'FindingInfo', finding: Finding, label: string }>, strategies: Array<{ __typename?: 'StrategyInfo', strategy: Strategy, label: string, description: string }> };

export type TermsFacetFieldsFragment = { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> };

export type NumericFacetFieldsFragment = { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> };

export type ExploreFacetsFragment = { __typename?: 'Facets', country: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, continent: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, finding: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, strategy: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, certainty: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, experienceBand: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, role: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, viewPosition: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, dataset: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, hedge: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, duration: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, experience: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, fixationCount: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, agreement: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, difficulty: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, missType: { __typename?: 'TermsFacet', filterField: string, otherValues: number, otherCount: number | null, buckets: Array<{ __typename?: 'FacetBucket', value: string, label: string, count: number | null }> }, lungCoverage: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, eyeVoiceSpan: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> }, peerSimilarity: { __typename?: 'NumericFacet', filterField: string, count: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBucket', from: number, to: number, count: number | null }> } };

export type SearchExpansionItemFragment = { __typename?: 'SearchExpansion', term: string, forms: Array<string>, synonyms: Array<string> };

export type GazeSummaryFieldsFragment = { __typename?: 'GazeMetrics', synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null };

export type FindingMissFieldsFragment = { __typename?: 'FindingGaze', finding: Finding, label: string, missType: MissType | null };

export type RegionFieldsFragment = { __typename?: 'Region', shape: RegionShape, xmin: number, ymin: number, xmax: number, ymax: number };

export type GazeMetricsFieldsFragment = { __typename?: 'GazeMetrics', fixationCount: number, medianFixationMs: number | null, lungDwellSec: number, scanpathLengthDeg: number, searchBeforeSpeechShare: number | null, lungFieldSource: LungFieldSource, usefulFieldOfViewPx: number, synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null, fixationMethod: { __typename?: 'FixationMethod', method: FixationMethodName, maxDispersionDeg: number | null, minFixationSec: number | null, velocityThresholdDegPerSec: number | null, maxDwellSec: number | null } };

export type FindingGazeFieldsFragment = { __typename?: 'FindingGaze', synthetic: boolean, reported: boolean, certainty: number | null, present: boolean, regionSource: RegionSource | null, ttffSec: number | null, dwellSec: number, firstPassDwellSec: number, visits: number, fixationCount: number, eyeVoiceSpanSec: number | null, finding: Finding, label: string, missType: MissType | null, region: { __typename?: 'Region', shape: RegionShape, xmin: number, ymin: number, xmax: number, ymax: number } | null };

export type PeerSimilarityFieldsFragment = { __typename?: 'PeerSimilarity', synthetic: boolean, multimatch: number | null, aoiLevenshtein: number | null, peers: number };

export type ShownThresholdsFragment = { __typename?: 'Dataset', metricThresholds: { __typename?: 'MetricThresholds', usefulFieldOfViewDeg: number, decisionDwellSec: number } };

export type ImageViewFieldsFragment = { __typename?: 'Image', id: string, dataset: string, patientId: string, width: number, height: number, tileSource: string, displayImageId: string, synthetic: boolean, readCount: number };

export type ImageAgreementFieldsFragment = { __typename?: 'Image', agreement: number | null, difficulty: number | null };

export type ReaderFieldsFragment = { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role };

export type ReadFindingFieldsFragment = { __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string };

export type ReadSummaryFieldsFragment = { __typename?: 'Read', id: string, durationSec: number, synthetic: boolean, strategy: Strategy, strategySource: StrategySource, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }> };

export type ReasoningStepFieldsFragment = { __typename?: 'ReasoningStep', index: number, text: string, start: number, end: number, kind: StepKind, findings: Array<Finding>, hedges: Array<string>, words: Array<{ __typename?: 'Word', text: string, start: number, end: number }> };

export type ReplayTrackFieldsFragment = { __typename?: 'AttentionTrack', samplingHz: number | null, pixelsPerDegree: number | null, sampleCount: number, durationSec: number, fixationsDerived: boolean, packedSamples: { __typename?: 'PackedSamples', encoding: string, count: number, windowCount: number, t: string, x: string, y: string }, fixations: Array<{ __typename?: 'Fixation', number: number, start: number, end: number, x: number, y: number }>, viewport: Array<{ __typename?: 'ViewportEvent', t: number, xmin: number, ymin: number, xmax: number, ymax: number, zoom: number | null, windowWidth: number | null, windowLevel: number | null }> };

export type ReplayReadFieldsFragment = { __typename?: 'Read', id: string, durationSec: number, synthetic: boolean, strategy: Strategy, strategySource: StrategySource, reasoning: { __typename?: 'ReasoningTrace', hasWordTimings: boolean, steps: Array<{ __typename?: 'ReasoningStep', index: number, text: string, start: number, end: number, kind: StepKind, findings: Array<Finding>, hedges: Array<string>, words: Array<{ __typename?: 'Word', text: string, start: number, end: number }> }> }, track: { __typename?: 'AttentionTrack', samplingHz: number | null, pixelsPerDegree: number | null, sampleCount: number, durationSec: number, fixationsDerived: boolean, packedSamples: { __typename?: 'PackedSamples', encoding: string, count: number, windowCount: number, t: string, x: string, y: string }, fixations: Array<{ __typename?: 'Fixation', number: number, start: number, end: number, x: number, y: number }>, viewport: Array<{ __typename?: 'ViewportEvent', t: number, xmin: number, ymin: number, xmax: number, ymax: number, zoom: number | null, windowWidth: number | null, windowLevel: number | null }> } | null, peerSimilarity: { __typename?: 'PeerSimilarity', synthetic: boolean, multimatch: number | null, aoiLevenshtein: number | null, peers: number } | null, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }> };

export type ReplayGazeFieldsFragment = { __typename?: 'Read', gaze: { __typename?: 'GazeMetrics', fixationCount: number, medianFixationMs: number | null, lungDwellSec: number, scanpathLengthDeg: number, searchBeforeSpeechShare: number | null, lungFieldSource: LungFieldSource, usefulFieldOfViewPx: number, synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null, fixationMethod: { __typename?: 'FixationMethod', method: FixationMethodName, maxDispersionDeg: number | null, minFixationSec: number | null, velocityThresholdDegPerSec: number | null, maxDwellSec: number | null } } | null, findingGaze: Array<{ __typename?: 'FindingGaze', synthetic: boolean, reported: boolean, certainty: number | null, present: boolean, regionSource: RegionSource | null, ttffSec: number | null, dwellSec: number, firstPassDwellSec: number, visits: number, fixationCount: number, eyeVoiceSpanSec: number | null, finding: Finding, label: string, missType: MissType | null, region: { __typename?: 'Region', shape: RegionShape, xmin: number, ymin: number, xmax: number, ymax: number } | null }> };

export type ReplayImageFieldsFragment = { __typename?: 'Image', id: string, dataset: string, patientId: string, width: number, height: number, tileSource: string, displayImageId: string, synthetic: boolean, readCount: number, lungFields: { __typename?: 'LungFields', source: LungFieldSource, regions: Array<{ __typename?: 'Region', shape: RegionShape, xmin: number, ymin: number, xmax: number, ymax: number }> } };

export type ReadRowFragment = { __typename?: 'ReadEdge', cursor: string, highlights: Array<{ __typename?: 'Highlight', field: string, fragments: Array<string> }>, node: { __typename?: 'Read', id: string, startedAt: string, durationSec: number, strategy: Strategy, reader: { __typename?: 'Reader', id: string, country: string, countryName: string, experienceYears: number, role: Role }, image: { __typename?: 'Image', id: string, thumbnail: string, agreement: number | null, difficulty: number | null }, findings: Array<{ __typename?: 'ReadFinding', finding: Finding, label: string, certainty: number, certaintyName: string }>, trackSummary: { __typename?: 'TrackSummary', fixationCount: number } | null, gaze: { __typename?: 'GazeMetrics', synthetic: boolean, lungCoverage: number | null, meanFixationMs: number | null, meanSaccadeDeg: number | null, ttffLungSec: number | null, eyeVoiceSpanSec: number | null } | null, findingGaze: Array<{ __typename?: 'FindingGaze', finding: Finding, label: string, missType: MissType | null }>, peerSimilarity: { __typename?: 'PeerSimilarity', multimatch: number | null } | null } };

export type ImageRowFragment = { __typename?: 'ImageEdge', cursor: string, highlights: Array<{ __typename?: 'Highlight', field: string, fragments: Array<string> }>, node: { __typename?: 'Image', id: string, dataset: string, thumbnail: string, viewPosition: ViewPosition, patientAge: number | null, patientSex: Sex | null, followUp: number, sourceLabels: Array<string>, reportedFindings: Array<Finding>, readCount: number, readerCountries: Array<string>, agreement: number | null, difficulty: number | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CountBucketFieldsFragmentDoc = new TypedDocumentString(`
    fragment CountBucketFields on CountBucket {
  value
  label
  count
}
    `, {"fragmentName":"CountBucketFields"}) as unknown as TypedDocumentString<CountBucketFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const DatasetCreditFragmentDoc = new TypedDocumentString(`
    fragment DatasetCredit on Dataset {
  name
  synthetic
  attribution
}
    `, {"fragmentName":"DatasetCredit"}) as unknown as TypedDocumentString<DatasetCreditFragment, unknown>;
export const VocabularyLabelsFragmentDoc = new TypedDocumentString(`
    fragment VocabularyLabels on Vocabulary {
  findings {
    finding
    label
  }
  strategies {
    strategy
    label
    description
  }
}
    `, {"fragmentName":"VocabularyLabels"}) as unknown as TypedDocumentString<VocabularyLabelsFragment, unknown>;
export const TermsFacetFieldsFragmentDoc = new TypedDocumentString(`
    fragment TermsFacetFields on TermsFacet {
  filterField
  buckets {
    value
    label
    count
  }
  otherValues
  otherCount
}
    `, {"fragmentName":"TermsFacetFields"}) as unknown as TypedDocumentString<TermsFacetFieldsFragment, unknown>;
export const HistogramBucketFieldsFragmentDoc = new TypedDocumentString(`
    fragment HistogramBucketFields on HistogramBucket {
  from
  to
  count
}
    `, {"fragmentName":"HistogramBucketFields"}) as unknown as TypedDocumentString<HistogramBucketFieldsFragment, unknown>;
export const NumericFacetFieldsFragmentDoc = new TypedDocumentString(`
    fragment NumericFacetFields on NumericFacet {
  filterField
  count
  min
  max
  histogram {
    ...HistogramBucketFields
  }
}
    fragment HistogramBucketFields on HistogramBucket {
  from
  to
  count
}`, {"fragmentName":"NumericFacetFields"}) as unknown as TypedDocumentString<NumericFacetFieldsFragment, unknown>;
export const ExploreFacetsFragmentDoc = new TypedDocumentString(`
    fragment ExploreFacets on Facets {
  country(size: 10) {
    ...TermsFacetFields
  }
  continent {
    ...TermsFacetFields
  }
  finding(size: 20) {
    ...TermsFacetFields
  }
  strategy {
    ...TermsFacetFields
  }
  certainty {
    ...TermsFacetFields
  }
  experienceBand {
    ...TermsFacetFields
  }
  role {
    ...TermsFacetFields
  }
  viewPosition {
    ...TermsFacetFields
  }
  dataset {
    ...TermsFacetFields
  }
  hedge(size: 40) {
    ...TermsFacetFields
  }
  duration(buckets: 24) {
    ...NumericFacetFields
  }
  experience(buckets: 24) {
    ...NumericFacetFields
  }
  fixationCount(buckets: 24) {
    ...NumericFacetFields
  }
  agreement(buckets: 20) {
    ...NumericFacetFields
  }
  difficulty(buckets: 20) {
    ...NumericFacetFields
  }
  missType {
    ...TermsFacetFields
  }
  lungCoverage(buckets: 20) {
    ...NumericFacetFields
  }
  eyeVoiceSpan(buckets: 24) {
    ...NumericFacetFields
  }
  peerSimilarity(buckets: 20) {
    ...NumericFacetFields
  }
}
    fragment HistogramBucketFields on HistogramBucket {
  from
  to
  count
}
fragment TermsFacetFields on TermsFacet {
  filterField
  buckets {
    value
    label
    count
  }
  otherValues
  otherCount
}
fragment NumericFacetFields on NumericFacet {
  filterField
  count
  min
  max
  histogram {
    ...HistogramBucketFields
  }
}`, {"fragmentName":"ExploreFacets"}) as unknown as TypedDocumentString<ExploreFacetsFragment, unknown>;
export const SearchExpansionItemFragmentDoc = new TypedDocumentString(`
    fragment SearchExpansionItem on SearchExpansion {
  term
  forms
  synonyms
}
    `, {"fragmentName":"SearchExpansionItem"}) as unknown as TypedDocumentString<SearchExpansionItemFragment, unknown>;
export const ShownThresholdsFragmentDoc = new TypedDocumentString(`
    fragment ShownThresholds on Dataset {
  metricThresholds {
    usefulFieldOfViewDeg
    decisionDwellSec
  }
}
    `, {"fragmentName":"ShownThresholds"}) as unknown as TypedDocumentString<ShownThresholdsFragment, unknown>;
export const ReaderFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
    `, {"fragmentName":"ReaderFields"}) as unknown as TypedDocumentString<ReaderFieldsFragment, unknown>;
export const ReadFindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}
    `, {"fragmentName":"ReadFindingFields"}) as unknown as TypedDocumentString<ReadFindingFieldsFragment, unknown>;
export const ReadSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReadSummaryFields on Read {
  id
  durationSec
  synthetic
  strategy
  strategySource
  reader {
    ...ReaderFields
  }
  findings {
    ...ReadFindingFields
  }
}
    fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}`, {"fragmentName":"ReadSummaryFields"}) as unknown as TypedDocumentString<ReadSummaryFieldsFragment, unknown>;
export const ReasoningStepFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReasoningStepFields on ReasoningStep {
  index
  text
  start
  end
  kind
  findings
  hedges
  words {
    text
    start
    end
  }
}
    `, {"fragmentName":"ReasoningStepFields"}) as unknown as TypedDocumentString<ReasoningStepFieldsFragment, unknown>;
export const ReplayTrackFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReplayTrackFields on AttentionTrack {
  samplingHz
  pixelsPerDegree
  sampleCount
  durationSec
  fixationsDerived
  packedSamples {
    encoding
    count
    windowCount
    t
    x
    y
  }
  fixations {
    number
    start
    end
    x
    y
  }
  viewport {
    t
    xmin
    ymin
    xmax
    ymax
    zoom
    windowWidth
    windowLevel
  }
}
    `, {"fragmentName":"ReplayTrackFields"}) as unknown as TypedDocumentString<ReplayTrackFieldsFragment, unknown>;
export const PeerSimilarityFieldsFragmentDoc = new TypedDocumentString(`
    fragment PeerSimilarityFields on PeerSimilarity {
  synthetic
  multimatch
  aoiLevenshtein
  peers
}
    `, {"fragmentName":"PeerSimilarityFields"}) as unknown as TypedDocumentString<PeerSimilarityFieldsFragment, unknown>;
export const ReplayReadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReplayReadFields on Read {
  ...ReadSummaryFields
  reasoning {
    hasWordTimings
    steps {
      ...ReasoningStepFields
    }
  }
  track(maxPoints: $maxPoints) {
    ...ReplayTrackFields
  }
  peerSimilarity {
    ...PeerSimilarityFields
  }
}
    fragment PeerSimilarityFields on PeerSimilarity {
  synthetic
  multimatch
  aoiLevenshtein
  peers
}
fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}
fragment ReadSummaryFields on Read {
  id
  durationSec
  synthetic
  strategy
  strategySource
  reader {
    ...ReaderFields
  }
  findings {
    ...ReadFindingFields
  }
}
fragment ReasoningStepFields on ReasoningStep {
  index
  text
  start
  end
  kind
  findings
  hedges
  words {
    text
    start
    end
  }
}
fragment ReplayTrackFields on AttentionTrack {
  samplingHz
  pixelsPerDegree
  sampleCount
  durationSec
  fixationsDerived
  packedSamples {
    encoding
    count
    windowCount
    t
    x
    y
  }
  fixations {
    number
    start
    end
    x
    y
  }
  viewport {
    t
    xmin
    ymin
    xmax
    ymax
    zoom
    windowWidth
    windowLevel
  }
}`, {"fragmentName":"ReplayReadFields"}) as unknown as TypedDocumentString<ReplayReadFieldsFragment, unknown>;
export const GazeSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}
    `, {"fragmentName":"GazeSummaryFields"}) as unknown as TypedDocumentString<GazeSummaryFieldsFragment, unknown>;
export const GazeMetricsFieldsFragmentDoc = new TypedDocumentString(`
    fragment GazeMetricsFields on GazeMetrics {
  ...GazeSummaryFields
  fixationCount
  medianFixationMs
  lungDwellSec
  scanpathLengthDeg
  searchBeforeSpeechShare
  lungFieldSource
  usefulFieldOfViewPx
  fixationMethod {
    method
    maxDispersionDeg
    minFixationSec
    velocityThresholdDegPerSec
    maxDwellSec
  }
}
    fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}`, {"fragmentName":"GazeMetricsFields"}) as unknown as TypedDocumentString<GazeMetricsFieldsFragment, unknown>;
export const FindingMissFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
    `, {"fragmentName":"FindingMissFields"}) as unknown as TypedDocumentString<FindingMissFieldsFragment, unknown>;
export const RegionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegionFields on Region {
  shape
  xmin
  ymin
  xmax
  ymax
}
    `, {"fragmentName":"RegionFields"}) as unknown as TypedDocumentString<RegionFieldsFragment, unknown>;
export const FindingGazeFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingGazeFields on FindingGaze {
  ...FindingMissFields
  synthetic
  reported
  certainty
  present
  region {
    ...RegionFields
  }
  regionSource
  ttffSec
  dwellSec
  firstPassDwellSec
  visits
  fixationCount
  eyeVoiceSpanSec
}
    fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
fragment RegionFields on Region {
  shape
  xmin
  ymin
  xmax
  ymax
}`, {"fragmentName":"FindingGazeFields"}) as unknown as TypedDocumentString<FindingGazeFieldsFragment, unknown>;
export const ReplayGazeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReplayGazeFields on Read {
  gaze {
    ...GazeMetricsFields
  }
  findingGaze {
    ...FindingGazeFields
  }
}
    fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}
fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
fragment RegionFields on Region {
  shape
  xmin
  ymin
  xmax
  ymax
}
fragment GazeMetricsFields on GazeMetrics {
  ...GazeSummaryFields
  fixationCount
  medianFixationMs
  lungDwellSec
  scanpathLengthDeg
  searchBeforeSpeechShare
  lungFieldSource
  usefulFieldOfViewPx
  fixationMethod {
    method
    maxDispersionDeg
    minFixationSec
    velocityThresholdDegPerSec
    maxDwellSec
  }
}
fragment FindingGazeFields on FindingGaze {
  ...FindingMissFields
  synthetic
  reported
  certainty
  present
  region {
    ...RegionFields
  }
  regionSource
  ttffSec
  dwellSec
  firstPassDwellSec
  visits
  fixationCount
  eyeVoiceSpanSec
}`, {"fragmentName":"ReplayGazeFields"}) as unknown as TypedDocumentString<ReplayGazeFieldsFragment, unknown>;
export const ImageViewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImageViewFields on Image {
  id
  dataset
  patientId
  width
  height
  tileSource
  displayImageId
  synthetic
  readCount
}
    `, {"fragmentName":"ImageViewFields"}) as unknown as TypedDocumentString<ImageViewFieldsFragment, unknown>;
export const ReplayImageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReplayImageFields on Image {
  ...ImageViewFields
  lungFields {
    source
    regions {
      ...RegionFields
    }
  }
}
    fragment RegionFields on Region {
  shape
  xmin
  ymin
  xmax
  ymax
}
fragment ImageViewFields on Image {
  id
  dataset
  patientId
  width
  height
  tileSource
  displayImageId
  synthetic
  readCount
}`, {"fragmentName":"ReplayImageFields"}) as unknown as TypedDocumentString<ReplayImageFieldsFragment, unknown>;
export const HighlightFieldsFragmentDoc = new TypedDocumentString(`
    fragment HighlightFields on Highlight {
  field
  fragments
}
    `, {"fragmentName":"HighlightFields"}) as unknown as TypedDocumentString<HighlightFieldsFragment, unknown>;
export const ImageAgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImageAgreementFields on Image {
  agreement
  difficulty
}
    `, {"fragmentName":"ImageAgreementFields"}) as unknown as TypedDocumentString<ImageAgreementFieldsFragment, unknown>;
export const ReadRowFragmentDoc = new TypedDocumentString(`
    fragment ReadRow on ReadEdge {
  cursor
  highlights {
    ...HighlightFields
  }
  node {
    id
    startedAt
    durationSec
    strategy
    reader {
      ...ReaderFields
    }
    image {
      id
      thumbnail
      ...ImageAgreementFields
    }
    findings {
      ...ReadFindingFields
    }
    trackSummary {
      fixationCount
    }
    gaze {
      ...GazeSummaryFields
    }
    findingGaze {
      ...FindingMissFields
    }
    peerSimilarity {
      multimatch
    }
  }
}
    fragment HighlightFields on Highlight {
  field
  fragments
}
fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}
fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
fragment ImageAgreementFields on Image {
  agreement
  difficulty
}
fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}`, {"fragmentName":"ReadRow"}) as unknown as TypedDocumentString<ReadRowFragment, unknown>;
export const ImageRowFragmentDoc = new TypedDocumentString(`
    fragment ImageRow on ImageEdge {
  cursor
  highlights {
    ...HighlightFields
  }
  node {
    id
    dataset
    thumbnail
    viewPosition
    patientAge
    patientSex
    followUp
    sourceLabels
    reportedFindings
    readCount
    readerCountries
    ...ImageAgreementFields
  }
}
    fragment HighlightFields on Highlight {
  field
  fragments
}
fragment ImageAgreementFields on Image {
  agreement
  difficulty
}`, {"fragmentName":"ImageRow"}) as unknown as TypedDocumentString<ImageRowFragment, unknown>;
export const ExplorerSampleReadDocument = new TypedDocumentString(`
    query ExplorerSampleRead {
  dataset {
    synthetic
  }
  reads(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSampleReadQuery, ExplorerSampleReadQueryVariables>;
export const ImageCaseDocument = new TypedDocumentString(`
    query ImageCase($id: ID!) {
  dataset {
    ...DatasetCredit
  }
  vocabulary {
    ...VocabularyLabels
  }
  image(id: $id) {
    ...ImageViewFields
    ...ImageAgreementFields
    followUp
    viewPosition
    pixelSpacingMm
    patientAge
    patientSex
    sourceLabels
    referenceFindings
    findingVotes {
      finding
      label
      positive
      readCount
      meanCertainty
    }
    prior {
      id
      followUp
      viewPosition
      tileSource
      sourceLabels
    }
    next {
      id
      followUp
    }
    reads(first: 50) {
      ...ReadSummaryFields
      trackSummary {
        sampleCount
        fixationCount
        hasViewport
        samplingHz
      }
      reasoning {
        hasWordTimings
        hedgeCount
      }
      gaze {
        ...GazeSummaryFields
      }
      findingGaze {
        ...FindingMissFields
      }
    }
  }
}
    fragment DatasetCredit on Dataset {
  name
  synthetic
  attribution
}
fragment VocabularyLabels on Vocabulary {
  findings {
    finding
    label
  }
  strategies {
    strategy
    label
    description
  }
}
fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}
fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
fragment ImageViewFields on Image {
  id
  dataset
  patientId
  width
  height
  tileSource
  displayImageId
  synthetic
  readCount
}
fragment ImageAgreementFields on Image {
  agreement
  difficulty
}
fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}
fragment ReadSummaryFields on Read {
  id
  durationSec
  synthetic
  strategy
  strategySource
  reader {
    ...ReaderFields
  }
  findings {
    ...ReadFindingFields
  }
}`) as unknown as TypedDocumentString<ImageCaseQuery, ImageCaseQueryVariables>;
export const ExploreReadsDocument = new TypedDocumentString(`
    query ExploreReads($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ReadSort!], $first: Int!) {
  reads(
    filter: $filter
    search: $search
    expand: $expand
    sort: $sort
    first: $first
  ) {
    totalCount
    searchExpansions {
      ...SearchExpansionItem
    }
    pageInfo {
      ...PageInfoFields
    }
    edges {
      ...ReadRow
    }
    facets {
      ...ExploreFacets
    }
  }
}
    fragment HistogramBucketFields on HistogramBucket {
  from
  to
  count
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment HighlightFields on Highlight {
  field
  fragments
}
fragment TermsFacetFields on TermsFacet {
  filterField
  buckets {
    value
    label
    count
  }
  otherValues
  otherCount
}
fragment NumericFacetFields on NumericFacet {
  filterField
  count
  min
  max
  histogram {
    ...HistogramBucketFields
  }
}
fragment ExploreFacets on Facets {
  country(size: 10) {
    ...TermsFacetFields
  }
  continent {
    ...TermsFacetFields
  }
  finding(size: 20) {
    ...TermsFacetFields
  }
  strategy {
    ...TermsFacetFields
  }
  certainty {
    ...TermsFacetFields
  }
  experienceBand {
    ...TermsFacetFields
  }
  role {
    ...TermsFacetFields
  }
  viewPosition {
    ...TermsFacetFields
  }
  dataset {
    ...TermsFacetFields
  }
  hedge(size: 40) {
    ...TermsFacetFields
  }
  duration(buckets: 24) {
    ...NumericFacetFields
  }
  experience(buckets: 24) {
    ...NumericFacetFields
  }
  fixationCount(buckets: 24) {
    ...NumericFacetFields
  }
  agreement(buckets: 20) {
    ...NumericFacetFields
  }
  difficulty(buckets: 20) {
    ...NumericFacetFields
  }
  missType {
    ...TermsFacetFields
  }
  lungCoverage(buckets: 20) {
    ...NumericFacetFields
  }
  eyeVoiceSpan(buckets: 24) {
    ...NumericFacetFields
  }
  peerSimilarity(buckets: 20) {
    ...NumericFacetFields
  }
}
fragment SearchExpansionItem on SearchExpansion {
  term
  forms
  synonyms
}
fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}
fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
fragment ImageAgreementFields on Image {
  agreement
  difficulty
}
fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}
fragment ReadRow on ReadEdge {
  cursor
  highlights {
    ...HighlightFields
  }
  node {
    id
    startedAt
    durationSec
    strategy
    reader {
      ...ReaderFields
    }
    image {
      id
      thumbnail
      ...ImageAgreementFields
    }
    findings {
      ...ReadFindingFields
    }
    trackSummary {
      fixationCount
    }
    gaze {
      ...GazeSummaryFields
    }
    findingGaze {
      ...FindingMissFields
    }
    peerSimilarity {
      multimatch
    }
  }
}`) as unknown as TypedDocumentString<ExploreReadsQuery, ExploreReadsQueryVariables>;
export const ExploreReadsPageDocument = new TypedDocumentString(`
    query ExploreReadsPage($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ReadSort!], $first: Int!, $after: String) {
  reads(
    filter: $filter
    search: $search
    expand: $expand
    sort: $sort
    first: $first
    after: $after
  ) {
    pageInfo {
      ...PageInfoFields
    }
    edges {
      ...ReadRow
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment HighlightFields on Highlight {
  field
  fragments
}
fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}
fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
fragment ImageAgreementFields on Image {
  agreement
  difficulty
}
fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}
fragment ReadRow on ReadEdge {
  cursor
  highlights {
    ...HighlightFields
  }
  node {
    id
    startedAt
    durationSec
    strategy
    reader {
      ...ReaderFields
    }
    image {
      id
      thumbnail
      ...ImageAgreementFields
    }
    findings {
      ...ReadFindingFields
    }
    trackSummary {
      fixationCount
    }
    gaze {
      ...GazeSummaryFields
    }
    findingGaze {
      ...FindingMissFields
    }
    peerSimilarity {
      multimatch
    }
  }
}`) as unknown as TypedDocumentString<ExploreReadsPageQuery, ExploreReadsPageQueryVariables>;
export const ExploreImagesDocument = new TypedDocumentString(`
    query ExploreImages($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ImageSort!], $first: Int!) {
  images(
    filter: $filter
    search: $search
    expand: $expand
    sort: $sort
    first: $first
  ) {
    totalCount
    searchExpansions {
      ...SearchExpansionItem
    }
    pageInfo {
      ...PageInfoFields
    }
    edges {
      ...ImageRow
    }
    facets {
      ...ExploreFacets
    }
  }
}
    fragment HistogramBucketFields on HistogramBucket {
  from
  to
  count
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment HighlightFields on Highlight {
  field
  fragments
}
fragment TermsFacetFields on TermsFacet {
  filterField
  buckets {
    value
    label
    count
  }
  otherValues
  otherCount
}
fragment NumericFacetFields on NumericFacet {
  filterField
  count
  min
  max
  histogram {
    ...HistogramBucketFields
  }
}
fragment ExploreFacets on Facets {
  country(size: 10) {
    ...TermsFacetFields
  }
  continent {
    ...TermsFacetFields
  }
  finding(size: 20) {
    ...TermsFacetFields
  }
  strategy {
    ...TermsFacetFields
  }
  certainty {
    ...TermsFacetFields
  }
  experienceBand {
    ...TermsFacetFields
  }
  role {
    ...TermsFacetFields
  }
  viewPosition {
    ...TermsFacetFields
  }
  dataset {
    ...TermsFacetFields
  }
  hedge(size: 40) {
    ...TermsFacetFields
  }
  duration(buckets: 24) {
    ...NumericFacetFields
  }
  experience(buckets: 24) {
    ...NumericFacetFields
  }
  fixationCount(buckets: 24) {
    ...NumericFacetFields
  }
  agreement(buckets: 20) {
    ...NumericFacetFields
  }
  difficulty(buckets: 20) {
    ...NumericFacetFields
  }
  missType {
    ...TermsFacetFields
  }
  lungCoverage(buckets: 20) {
    ...NumericFacetFields
  }
  eyeVoiceSpan(buckets: 24) {
    ...NumericFacetFields
  }
  peerSimilarity(buckets: 20) {
    ...NumericFacetFields
  }
}
fragment SearchExpansionItem on SearchExpansion {
  term
  forms
  synonyms
}
fragment ImageAgreementFields on Image {
  agreement
  difficulty
}
fragment ImageRow on ImageEdge {
  cursor
  highlights {
    ...HighlightFields
  }
  node {
    id
    dataset
    thumbnail
    viewPosition
    patientAge
    patientSex
    followUp
    sourceLabels
    reportedFindings
    readCount
    readerCountries
    ...ImageAgreementFields
  }
}`) as unknown as TypedDocumentString<ExploreImagesQuery, ExploreImagesQueryVariables>;
export const ExploreImagesPageDocument = new TypedDocumentString(`
    query ExploreImagesPage($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ImageSort!], $first: Int!, $after: String) {
  images(
    filter: $filter
    search: $search
    expand: $expand
    sort: $sort
    first: $first
    after: $after
  ) {
    pageInfo {
      ...PageInfoFields
    }
    edges {
      ...ImageRow
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment HighlightFields on Highlight {
  field
  fragments
}
fragment ImageAgreementFields on Image {
  agreement
  difficulty
}
fragment ImageRow on ImageEdge {
  cursor
  highlights {
    ...HighlightFields
  }
  node {
    id
    dataset
    thumbnail
    viewPosition
    patientAge
    patientSex
    followUp
    sourceLabels
    reportedFindings
    readCount
    readerCountries
    ...ImageAgreementFields
  }
}`) as unknown as TypedDocumentString<ExploreImagesPageQuery, ExploreImagesPageQueryVariables>;
export const ExploreCountryFacetDocument = new TypedDocumentString(`
    query ExploreCountryFacet($filter: ReadFilter, $search: String, $expand: Boolean, $contains: String, $size: Int!, $images: Boolean!) {
  reads(filter: $filter, search: $search, expand: $expand, first: 0) @skip(if: $images) {
    facets {
      country(size: $size, contains: $contains) {
        ...TermsFacetFields
      }
    }
  }
  images(filter: $filter, search: $search, expand: $expand, first: 0) @include(if: $images) {
    facets {
      country(size: $size, contains: $contains) {
        ...TermsFacetFields
      }
    }
  }
}
    fragment TermsFacetFields on TermsFacet {
  filterField
  buckets {
    value
    label
    count
  }
  otherValues
  otherCount
}`) as unknown as TypedDocumentString<ExploreCountryFacetQuery, ExploreCountryFacetQueryVariables>;
export const ExploreVocabularyDocument = new TypedDocumentString(`
    query ExploreVocabulary {
  dataset {
    ...DatasetCredit
  }
  vocabulary {
    ...VocabularyLabels
    countries {
      code
      name
    }
    continents {
      code
      name
    }
    certainty {
      value
      name
      probability
    }
    experienceBands
  }
}
    fragment DatasetCredit on Dataset {
  name
  synthetic
  attribution
}
fragment VocabularyLabels on Vocabulary {
  findings {
    finding
    label
  }
  strategies {
    strategy
    label
    description
  }
}`) as unknown as TypedDocumentString<ExploreVocabularyQuery, ExploreVocabularyQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($filter: ReadFilter, $search: String, $expand: Boolean) {
  dataset {
    name
    description
    synthetic
    attribution
    indexedAt
    imageCount
    readCount
    readerCount
  }
  statistics(filter: $filter, search: $search, expand: $expand) {
    readCount
    imageCount
    readerCount
    countryCount
    sampleCount
    readsByCountry {
      ...CountBucketFields
    }
    readsByContinent {
      ...CountBucketFields
    }
    readsByFinding {
      ...CountBucketFields
    }
    readsByStrategy {
      ...CountBucketFields
    }
    readsByRole {
      ...CountBucketFields
    }
    experienceHistogram {
      ...HistogramBucketFields
    }
    readsPerImage {
      ...CountBucketFields
    }
    durationHistogram {
      ...HistogramBucketFields
    }
  }
}
    fragment CountBucketFields on CountBucket {
  value
  label
  count
}
fragment HistogramBucketFields on HistogramBucket {
  from
  to
  count
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const OverviewGazeDocument = new TypedDocumentString(`
    query OverviewGaze($filter: ReadFilter, $search: String, $expand: Boolean) {
  statistics(filter: $filter, search: $search, expand: $expand) {
    missesByFinding {
      finding
      label
      present
      search
      recognition
      decision
    }
    lungCoverageByExperience {
      experienceBand
      readCount
      meanLungCoverage
      minLungCoverage
      maxLungCoverage
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewGazeQuery, OverviewGazeQueryVariables>;
export const ReplayReadDocument = new TypedDocumentString(`
    query ReplayRead($id: ID!, $maxPoints: Int) {
  dataset {
    ...DatasetCredit
    ...ShownThresholds
  }
  vocabulary {
    ...VocabularyLabels
  }
  read(id: $id) {
    ...ReplayReadFields
    ...ReplayGazeFields
    image {
      ...ReplayImageFields
    }
  }
}
    fragment DatasetCredit on Dataset {
  name
  synthetic
  attribution
}
fragment VocabularyLabels on Vocabulary {
  findings {
    finding
    label
  }
  strategies {
    strategy
    label
    description
  }
}
fragment GazeSummaryFields on GazeMetrics {
  synthetic
  lungCoverage
  meanFixationMs
  meanSaccadeDeg
  ttffLungSec
  eyeVoiceSpanSec
}
fragment FindingMissFields on FindingGaze {
  finding
  label
  missType
}
fragment RegionFields on Region {
  shape
  xmin
  ymin
  xmax
  ymax
}
fragment GazeMetricsFields on GazeMetrics {
  ...GazeSummaryFields
  fixationCount
  medianFixationMs
  lungDwellSec
  scanpathLengthDeg
  searchBeforeSpeechShare
  lungFieldSource
  usefulFieldOfViewPx
  fixationMethod {
    method
    maxDispersionDeg
    minFixationSec
    velocityThresholdDegPerSec
    maxDwellSec
  }
}
fragment FindingGazeFields on FindingGaze {
  ...FindingMissFields
  synthetic
  reported
  certainty
  present
  region {
    ...RegionFields
  }
  regionSource
  ttffSec
  dwellSec
  firstPassDwellSec
  visits
  fixationCount
  eyeVoiceSpanSec
}
fragment PeerSimilarityFields on PeerSimilarity {
  synthetic
  multimatch
  aoiLevenshtein
  peers
}
fragment ShownThresholds on Dataset {
  metricThresholds {
    usefulFieldOfViewDeg
    decisionDwellSec
  }
}
fragment ImageViewFields on Image {
  id
  dataset
  patientId
  width
  height
  tileSource
  displayImageId
  synthetic
  readCount
}
fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}
fragment ReadSummaryFields on Read {
  id
  durationSec
  synthetic
  strategy
  strategySource
  reader {
    ...ReaderFields
  }
  findings {
    ...ReadFindingFields
  }
}
fragment ReasoningStepFields on ReasoningStep {
  index
  text
  start
  end
  kind
  findings
  hedges
  words {
    text
    start
    end
  }
}
fragment ReplayTrackFields on AttentionTrack {
  samplingHz
  pixelsPerDegree
  sampleCount
  durationSec
  fixationsDerived
  packedSamples {
    encoding
    count
    windowCount
    t
    x
    y
  }
  fixations {
    number
    start
    end
    x
    y
  }
  viewport {
    t
    xmin
    ymin
    xmax
    ymax
    zoom
    windowWidth
    windowLevel
  }
}
fragment ReplayReadFields on Read {
  ...ReadSummaryFields
  reasoning {
    hasWordTimings
    steps {
      ...ReasoningStepFields
    }
  }
  track(maxPoints: $maxPoints) {
    ...ReplayTrackFields
  }
  peerSimilarity {
    ...PeerSimilarityFields
  }
}
fragment ReplayGazeFields on Read {
  gaze {
    ...GazeMetricsFields
  }
  findingGaze {
    ...FindingGazeFields
  }
}
fragment ReplayImageFields on Image {
  ...ImageViewFields
  lungFields {
    source
    regions {
      ...RegionFields
    }
  }
}`) as unknown as TypedDocumentString<ReplayReadQuery, ReplayReadQueryVariables>;
export const MultiReplayForImageDocument = new TypedDocumentString(`
    query MultiReplayForImage($imageId: ID!, $maxPoints: Int) {
  dataset {
    ...DatasetCredit
  }
  image(id: $imageId) {
    ...ReplayImageFields
    reads(first: 50) {
      ...ReplayReadFields
    }
    scanpathSimilarity {
      synthetic
      readA
      readB
      multimatch {
        vector
        direction
        length
        position
        duration
      }
      aoiLevenshtein
    }
  }
}
    fragment DatasetCredit on Dataset {
  name
  synthetic
  attribution
}
fragment RegionFields on Region {
  shape
  xmin
  ymin
  xmax
  ymax
}
fragment PeerSimilarityFields on PeerSimilarity {
  synthetic
  multimatch
  aoiLevenshtein
  peers
}
fragment ImageViewFields on Image {
  id
  dataset
  patientId
  width
  height
  tileSource
  displayImageId
  synthetic
  readCount
}
fragment ReaderFields on Reader {
  id
  country
  countryName
  experienceYears
  role
}
fragment ReadFindingFields on ReadFinding {
  finding
  label
  certainty
  certaintyName
}
fragment ReadSummaryFields on Read {
  id
  durationSec
  synthetic
  strategy
  strategySource
  reader {
    ...ReaderFields
  }
  findings {
    ...ReadFindingFields
  }
}
fragment ReasoningStepFields on ReasoningStep {
  index
  text
  start
  end
  kind
  findings
  hedges
  words {
    text
    start
    end
  }
}
fragment ReplayTrackFields on AttentionTrack {
  samplingHz
  pixelsPerDegree
  sampleCount
  durationSec
  fixationsDerived
  packedSamples {
    encoding
    count
    windowCount
    t
    x
    y
  }
  fixations {
    number
    start
    end
    x
    y
  }
  viewport {
    t
    xmin
    ymin
    xmax
    ymax
    zoom
    windowWidth
    windowLevel
  }
}
fragment ReplayReadFields on Read {
  ...ReadSummaryFields
  reasoning {
    hasWordTimings
    steps {
      ...ReasoningStepFields
    }
  }
  track(maxPoints: $maxPoints) {
    ...ReplayTrackFields
  }
  peerSimilarity {
    ...PeerSimilarityFields
  }
}
fragment ReplayImageFields on Image {
  ...ImageViewFields
  lungFields {
    source
    regions {
      ...RegionFields
    }
  }
}`) as unknown as TypedDocumentString<MultiReplayForImageQuery, MultiReplayForImageQueryVariables>;
export const ReadImageIdDocument = new TypedDocumentString(`
    query ReadImageId($id: ID!) {
  read(id: $id) {
    id
    image {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadImageIdQuery, ReadImageIdQueryVariables>;