import type { GraphQLResolveInfo } from 'graphql';
import type { ImageModel, ReadModel, ReaderModel, TrackModel, ConnectionModel, FacetsModel, DatasetModel } from '../models.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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

export type Continent =
  | 'AF'
  | 'AS'
  | 'EU'
  | 'NA'
  | 'OC'
  | 'SA';

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
export type Finding =
  | 'ABNORMAL_MEDIASTINAL_CONTOUR'
  | 'ACUTE_FRACTURE'
  | 'ATELECTASIS'
  | 'CONSOLIDATION'
  | 'ENLARGED_CARDIAC_SILHOUETTE'
  | 'ENLARGED_HILUM'
  | 'GROUNDGLASS_OPACITY'
  | 'HIATAL_HERNIA'
  | 'HIGH_LUNG_VOLUME_EMPHYSEMA'
  | 'INTERSTITIAL_LUNG_DISEASE'
  | 'LUNG_NODULE_OR_MASS'
  | 'NO_FINDING'
  | 'PLEURAL_ABNORMALITY'
  | 'PNEUMOTHORAX'
  | 'PULMONARY_EDEMA'
  | 'SUPPORT_DEVICES';

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

export type FixationMethodName =
  /** Given by the dataset (never replaced). */
  | 'GIVEN'
  /** Dispersion threshold (I-DT, Salvucci & Goldberg 2000). */
  | 'IDT'
  /** Velocity threshold (I-VT, Salvucci & Goldberg 2000). */
  | 'IVT'
  /** Sparse samples (about one per fixation): consecutive samples within the dispersion limit merged. */
  | 'SPARSE_DWELL';

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

export type ImageSortField =
  | 'AGREEMENT'
  | 'DIFFICULTY'
  | 'FOLLOW_UP'
  | 'ID'
  | 'PATIENT_AGE'
  | 'READ_COUNT'
  | 'RELEVANCE';

/** Inclusive integer range; either bound may be omitted. */
export type IntRange = {
  gte?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a read's lung fields came from (docs/metrics.md#lung-fields). */
export type LungFieldSource =
  /** A documented lung template inside the dataset's chest box (REFLACX). */
  | 'CHEST_BOX_TEMPLATE'
  /** The dataset's anatomical lung boxes (EGD-CXR, the generator's anatomy). */
  | 'DATASET'
  /** A documented template relative to the image. */
  | 'IMAGE_TEMPLATE';

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
export type MissType =
  /** Dwell at or above MetricThresholds.decisionDwellSec, and still not reported. */
  | 'DECISION'
  /** Fixated, but cumulative dwell below MetricThresholds.decisionDwellSec. */
  | 'RECOGNITION'
  /** Never fixated within the finding's region grown by the useful field of view. */
  | 'SEARCH';

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

export type ReadSortField =
  | 'AGREEMENT'
  | 'COUNTRY'
  | 'DIFFICULTY'
  | 'DURATION'
  | 'EXPERIENCE'
  /** GazeMetrics.eyeVoiceSpanSec. */
  | 'EYE_VOICE_SPAN'
  | 'FIXATION_COUNT'
  | 'ID'
  | 'IMAGE_ID'
  /** GazeMetrics.lungCoverage (reads without a value last). */
  | 'LUNG_COVERAGE'
  /** GazeMetrics.meanFixationMs. */
  | 'MEAN_FIXATION'
  /** GazeMetrics.meanSaccadeDeg. */
  | 'MEAN_SACCADE'
  /** PeerSimilarity.aoiLevenshtein. */
  | 'PEER_AOI_SIMILARITY'
  /** PeerSimilarity.multimatch: ascending puts the reads that searched least like their peers first. */
  | 'PEER_SIMILARITY'
  /** Search score (only meaningful with `search`). */
  | 'RELEVANCE'
  | 'STARTED_AT'
  /** GazeMetrics.ttffLungSec. */
  | 'TTFF_LUNG';

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

export type ReaderSortField =
  | 'COUNTRY'
  | 'EXPERIENCE'
  | 'ID'
  | 'READ_COUNT';

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

export type RegionShape =
  | 'BOX'
  /** The ellipse inscribed in the box (REFLACX marks ellipses). */
  | 'ELLIPSE';

/** Where a finding's region came from, in order of preference (docs/metrics.md#finding-regions). */
export type RegionSource =
  /** The consensus of the other readers' marks. */
  | 'CONSENSUS'
  /** The reader's own mark. */
  | 'READER'
  /** The dataset's reference region of the finding. */
  | 'REFERENCE';

export type Role =
  | 'ATTENDING'
  | 'FELLOW'
  | 'RESIDENT';

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

export type Sex =
  | 'F'
  | 'M';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StepKind =
  | 'CONCLUSION'
  | 'DIFFERENTIAL'
  | 'INTERPRETATION'
  | 'OBSERVATION'
  | 'RECOMMENDATION';

/** Visual search strategy (docs/dataset-format.md#strategies). */
export type Strategy =
  /** Prior image first, then the current one. */
  | 'COMPARISON_DRIVEN'
  /** Straight to the abnormality. */
  | 'FOCAL'
  /** No discernible order. */
  | 'FREE_SEARCH'
  /** Gestalt first: a global survey, then focal inspection. */
  | 'GLOBAL_THEN_FOCAL'
  /** Checklist order (e.g. ABCDE): regions visited in a fixed sequence. */
  | 'SYSTEMATIC';

export type StrategyInfo = {
  __typename?: 'StrategyInfo';
  description: Scalars['String']['output'];
  label: Scalars['String']['output'];
  strategy: Strategy;
};

/** Whether the strategy was given by the dataset or derived from the attention track. */
export type StrategySource =
  | 'DERIVED'
  | 'GIVEN';

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
export type Tier =
  /** As credentialed, plus the audit log. */
  | 'ADMIN'
  /** Every record, export and tracks. */
  | 'CREDENTIALED'
  /** Aggregates only, small cells suppressed. */
  | 'PUBLIC';

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

export type ViewPosition =
  | 'AP'
  | 'LAT'
  | 'PA';

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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessInfo: ResolverTypeWrapper<AccessInfo>;
  AttentionTrack: ResolverTypeWrapper<TrackModel>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Box: ResolverTypeWrapper<Box>;
  CertaintyLevel: ResolverTypeWrapper<CertaintyLevel>;
  ClinicalContext: ResolverTypeWrapper<ClinicalContext>;
  Continent: Continent;
  ContinentInfo: ResolverTypeWrapper<ContinentInfo>;
  CountBucket: ResolverTypeWrapper<CountBucket>;
  CountryInfo: ResolverTypeWrapper<CountryInfo>;
  CoverageByExperience: ResolverTypeWrapper<CoverageByExperience>;
  Dataset: ResolverTypeWrapper<DatasetModel>;
  DatasetStatistics: ResolverTypeWrapper<DatasetStatistics>;
  FacetBucket: ResolverTypeWrapper<FacetBucket>;
  Facets: ResolverTypeWrapper<FacetsModel>;
  Finding: Finding;
  FindingFilter: FindingFilter;
  FindingGaze: ResolverTypeWrapper<FindingGaze>;
  FindingInfo: ResolverTypeWrapper<FindingInfo>;
  FindingMisses: ResolverTypeWrapper<FindingMisses>;
  FindingVote: ResolverTypeWrapper<FindingVote>;
  Fixation: ResolverTypeWrapper<Fixation>;
  FixationMethod: ResolverTypeWrapper<FixationMethod>;
  FixationMethodName: FixationMethodName;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatRange: FloatRange;
  GazeFilter: GazeFilter;
  GazeMetrics: ResolverTypeWrapper<GazeMetrics>;
  Highlight: ResolverTypeWrapper<Highlight>;
  HistogramBucket: ResolverTypeWrapper<HistogramBucket>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Image: ResolverTypeWrapper<ImageModel>;
  ImageConnection: ResolverTypeWrapper<ConnectionModel>;
  ImageEdge: ResolverTypeWrapper<Omit<ImageEdge, 'node'> & { node: ResolversTypes['Image'] }>;
  ImageSort: ImageSort;
  ImageSortField: ImageSortField;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntRange: IntRange;
  LungFieldSource: LungFieldSource;
  LungFields: ResolverTypeWrapper<LungFields>;
  MetricThresholds: ResolverTypeWrapper<MetricThresholds>;
  MissType: MissType;
  MultiMatch: ResolverTypeWrapper<MultiMatch>;
  NumericFacet: ResolverTypeWrapper<NumericFacet>;
  PackedSamples: ResolverTypeWrapper<PackedSamples>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeerSimilarity: ResolverTypeWrapper<PeerSimilarity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Read: ResolverTypeWrapper<ReadModel>;
  ReadConnection: ResolverTypeWrapper<ConnectionModel>;
  ReadEdge: ResolverTypeWrapper<Omit<ReadEdge, 'node'> & { node: ResolversTypes['Read'] }>;
  ReadFilter: ReadFilter;
  ReadFinding: ResolverTypeWrapper<ReadFinding>;
  ReadSort: ReadSort;
  ReadSortField: ReadSortField;
  Reader: ResolverTypeWrapper<ReaderModel>;
  ReaderConnection: ResolverTypeWrapper<ConnectionModel>;
  ReaderEdge: ResolverTypeWrapper<Omit<ReaderEdge, 'node'> & { node: ResolversTypes['Reader'] }>;
  ReaderFilter: ReaderFilter;
  ReaderSort: ReaderSort;
  ReaderSortField: ReaderSortField;
  ReasoningStep: ResolverTypeWrapper<ReasoningStep>;
  ReasoningTrace: ResolverTypeWrapper<ReasoningTrace>;
  ReferenceRegion: ResolverTypeWrapper<ReferenceRegion>;
  Region: ResolverTypeWrapper<Region>;
  RegionShape: RegionShape;
  RegionSource: RegionSource;
  Role: Role;
  SampleSeries: ResolverTypeWrapper<SampleSeries>;
  ScanpathPair: ResolverTypeWrapper<ScanpathPair>;
  SearchAnalysis: ResolverTypeWrapper<SearchAnalysis>;
  SearchExpansion: ResolverTypeWrapper<SearchExpansion>;
  Sex: Sex;
  SortDirection: SortDirection;
  StepKind: StepKind;
  Strategy: Strategy;
  StrategyInfo: ResolverTypeWrapper<StrategyInfo>;
  StrategySource: StrategySource;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TermsFacet: ResolverTypeWrapper<TermsFacet>;
  ThesaurusEntry: ResolverTypeWrapper<ThesaurusEntry>;
  Tier: Tier;
  TimeWindow: TimeWindow;
  TrackSummary: ResolverTypeWrapper<TrackSummary>;
  ViewPosition: ViewPosition;
  ViewportEvent: ResolverTypeWrapper<ViewportEvent>;
  Vocabulary: ResolverTypeWrapper<Vocabulary>;
  Word: ResolverTypeWrapper<Word>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessInfo: AccessInfo;
  AttentionTrack: TrackModel;
  AuditEvent: AuditEvent;
  Boolean: Scalars['Boolean']['output'];
  Box: Box;
  CertaintyLevel: CertaintyLevel;
  ClinicalContext: ClinicalContext;
  ContinentInfo: ContinentInfo;
  CountBucket: CountBucket;
  CountryInfo: CountryInfo;
  CoverageByExperience: CoverageByExperience;
  Dataset: DatasetModel;
  DatasetStatistics: DatasetStatistics;
  FacetBucket: FacetBucket;
  Facets: FacetsModel;
  FindingFilter: FindingFilter;
  FindingGaze: FindingGaze;
  FindingInfo: FindingInfo;
  FindingMisses: FindingMisses;
  FindingVote: FindingVote;
  Fixation: Fixation;
  FixationMethod: FixationMethod;
  Float: Scalars['Float']['output'];
  FloatRange: FloatRange;
  GazeFilter: GazeFilter;
  GazeMetrics: GazeMetrics;
  Highlight: Highlight;
  HistogramBucket: HistogramBucket;
  ID: Scalars['ID']['output'];
  Image: ImageModel;
  ImageConnection: ConnectionModel;
  ImageEdge: Omit<ImageEdge, 'node'> & { node: ResolversParentTypes['Image'] };
  ImageSort: ImageSort;
  Int: Scalars['Int']['output'];
  IntRange: IntRange;
  LungFields: LungFields;
  MetricThresholds: MetricThresholds;
  MultiMatch: MultiMatch;
  NumericFacet: NumericFacet;
  PackedSamples: PackedSamples;
  PageInfo: PageInfo;
  PeerSimilarity: PeerSimilarity;
  Query: Record<PropertyKey, never>;
  Read: ReadModel;
  ReadConnection: ConnectionModel;
  ReadEdge: Omit<ReadEdge, 'node'> & { node: ResolversParentTypes['Read'] };
  ReadFilter: ReadFilter;
  ReadFinding: ReadFinding;
  ReadSort: ReadSort;
  Reader: ReaderModel;
  ReaderConnection: ConnectionModel;
  ReaderEdge: Omit<ReaderEdge, 'node'> & { node: ResolversParentTypes['Reader'] };
  ReaderFilter: ReaderFilter;
  ReaderSort: ReaderSort;
  ReasoningStep: ReasoningStep;
  ReasoningTrace: ReasoningTrace;
  ReferenceRegion: ReferenceRegion;
  Region: Region;
  SampleSeries: SampleSeries;
  ScanpathPair: ScanpathPair;
  SearchAnalysis: SearchAnalysis;
  SearchExpansion: SearchExpansion;
  StrategyInfo: StrategyInfo;
  String: Scalars['String']['output'];
  TermsFacet: TermsFacet;
  ThesaurusEntry: ThesaurusEntry;
  TimeWindow: TimeWindow;
  TrackSummary: TrackSummary;
  ViewportEvent: ViewportEvent;
  Vocabulary: Vocabulary;
  Word: Word;
};

export type AccessInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AccessInfo'] = ResolversParentTypes['AccessInfo']> = {
  datasets?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  minCell?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type AttentionTrackResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AttentionTrack'] = ResolversParentTypes['AttentionTrack']> = {
  durationSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fixationMethod?: Resolver<ResolversTypes['FixationMethod'], ParentType, ContextType>;
  fixations?: Resolver<Array<ResolversTypes['Fixation']>, ParentType, ContextType>;
  fixationsDerived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  packedSamples?: Resolver<ResolversTypes['PackedSamples'], ParentType, ContextType>;
  pixelsPerDegree?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  readId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sampleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<ResolversTypes['SampleSeries'], ParentType, ContextType>;
  samplingHz?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewport?: Resolver<Array<ResolversTypes['ViewportEvent']>, ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  bytes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BoxResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Box'] = ResolversParentTypes['Box']> = {
  xmax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  xmin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ymax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ymin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CertaintyLevelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CertaintyLevel'] = ResolversParentTypes['CertaintyLevel']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClinicalContextResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ClinicalContext'] = ResolversParentTypes['ClinicalContext']> = {
  shown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContinentInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ContinentInfo'] = ResolversParentTypes['ContinentInfo']> = {
  code?: Resolver<ResolversTypes['Continent'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountBucket'] = ResolversParentTypes['CountBucket']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountryInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CountryInfo'] = ResolversParentTypes['CountryInfo']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  continent?: Resolver<ResolversTypes['Continent'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoverageByExperienceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageByExperience'] = ResolversParentTypes['CoverageByExperience']> = {
  experienceBand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLungCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanLungCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minLungCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  attribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  indexedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metricThresholds?: Resolver<ResolversTypes['MetricThresholds'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readerCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchAnalysis'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DatasetStatisticsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DatasetStatistics'] = ResolversParentTypes['DatasetStatistics']> = {
  countryCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  durationHistogram?: Resolver<Array<ResolversTypes['HistogramBucket']>, ParentType, ContextType>;
  experienceHistogram?: Resolver<Array<ResolversTypes['HistogramBucket']>, ParentType, ContextType>;
  imageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lungCoverageByExperience?: Resolver<Array<ResolversTypes['CoverageByExperience']>, ParentType, ContextType>;
  missesByFinding?: Resolver<Array<ResolversTypes['FindingMisses']>, ParentType, ContextType>;
  readCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readerCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readsByContinent?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  readsByCountry?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  readsByFinding?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  readsByRole?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  readsByStrategy?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  readsPerImage?: Resolver<Array<ResolversTypes['CountBucket']>, ParentType, ContextType>;
  sampleCount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FacetBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FacetBucket'] = ResolversParentTypes['FacetBucket']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacetsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Facets'] = ResolversParentTypes['Facets']> = {
  agreement?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsAgreementArgs, 'buckets'>>;
  certainty?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsCertaintyArgs, 'size'>>;
  continent?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsContinentArgs, 'size'>>;
  country?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsCountryArgs, 'size'>>;
  dataset?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsDatasetArgs, 'size'>>;
  difficulty?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsDifficultyArgs, 'buckets'>>;
  duration?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsDurationArgs, 'buckets'>>;
  experience?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsExperienceArgs, 'buckets'>>;
  experienceBand?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsExperienceBandArgs, 'size'>>;
  eyeVoiceSpan?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsEyeVoiceSpanArgs, 'buckets'>>;
  finding?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsFindingArgs, 'size'>>;
  fixationCount?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsFixationCountArgs, 'buckets'>>;
  hedge?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsHedgeArgs, 'size'>>;
  lungCoverage?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsLungCoverageArgs, 'buckets'>>;
  missType?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsMissTypeArgs, 'size'>>;
  peerSimilarity?: Resolver<ResolversTypes['NumericFacet'], ParentType, ContextType, RequireFields<FacetsPeerSimilarityArgs, 'buckets'>>;
  role?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsRoleArgs, 'size'>>;
  strategy?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsStrategyArgs, 'size'>>;
  viewPosition?: Resolver<ResolversTypes['TermsFacet'], ParentType, ContextType, RequireFields<FacetsViewPositionArgs, 'size'>>;
};

export type FindingGazeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingGaze'] = ResolversParentTypes['FindingGaze']> = {
  certainty?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dwellSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  eyeVoiceSpanSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  firstPassDwellSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fixationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missType?: Resolver<Maybe<ResolversTypes['MissType']>, ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  regionSource?: Resolver<Maybe<ResolversTypes['RegionSource']>, ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ttffSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingInfo'] = ResolversParentTypes['FindingInfo']> = {
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nihLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FindingMissesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingMisses'] = ResolversParentTypes['FindingMisses']> = {
  decision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recognition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingVoteResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FindingVote'] = ResolversParentTypes['FindingVote']> = {
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meanCertainty?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  positive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FixationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Fixation'] = ResolversParentTypes['Fixation']> = {
  end?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FixationMethodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FixationMethod'] = ResolversParentTypes['FixationMethod']> = {
  maxDispersionDeg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxDwellSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['FixationMethodName'], ParentType, ContextType>;
  minFixationSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  velocityThresholdDegPerSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type GazeMetricsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GazeMetrics'] = ResolversParentTypes['GazeMetrics']> = {
  eyeVoiceSpanSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fixationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fixationMethod?: Resolver<ResolversTypes['FixationMethod'], ParentType, ContextType>;
  lungCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lungDwellSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lungFieldSource?: Resolver<ResolversTypes['LungFieldSource'], ParentType, ContextType>;
  meanFixationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanSaccadeDeg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianFixationMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scanpathLengthDeg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  searchBeforeSpeechShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ttffLungSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  usefulFieldOfViewPx?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HighlightResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Highlight'] = ResolversParentTypes['Highlight']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fragments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HistogramBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HistogramBucket'] = ResolversParentTypes['HistogramBucket']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  chestBox?: Resolver<Maybe<ResolversTypes['Box']>, ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difficulty?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  displayImageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  findingVotes?: Resolver<Array<ResolversTypes['FindingVote']>, ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lungFields?: Resolver<ResolversTypes['LungFields'], ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  patientAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  patientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  patientSex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  pixelSpacingMm?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  prior?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readerCountries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reads?: Resolver<Array<ResolversTypes['Read']>, ParentType, ContextType, RequireFields<ImageReadsArgs, 'first'>>;
  referenceFindings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  referenceRegions?: Resolver<Array<ResolversTypes['ReferenceRegion']>, ParentType, ContextType>;
  reportedFindings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  scanpathSimilarity?: Resolver<Array<ResolversTypes['ScanpathPair']>, ParentType, ContextType>;
  sourceLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  thumbnail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tileSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewPosition?: Resolver<ResolversTypes['ViewPosition'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImageConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImageConnection'] = ResolversParentTypes['ImageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImageEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['Facets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  searchExpansions?: Resolver<Array<ResolversTypes['SearchExpansion']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImageEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImageEdge'] = ResolversParentTypes['ImageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Image'], ParentType, ContextType>;
};

export type LungFieldsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LungFields'] = ResolversParentTypes['LungFields']> = {
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LungFieldSource'], ParentType, ContextType>;
};

export type MetricThresholdsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MetricThresholds'] = ResolversParentTypes['MetricThresholds']> = {
  decisionDwellSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  idtDispersionDeg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ivtVelocityDegPerSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minFixationSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usefulFieldOfViewDeg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MultiMatchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MultiMatch'] = ResolversParentTypes['MultiMatch']> = {
  direction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  duration?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vector?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NumericFacetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NumericFacet'] = ResolversParentTypes['NumericFacet']> = {
  avg?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  filterField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['HistogramBucket']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PackedSamplesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PackedSamples'] = ResolversParentTypes['PackedSamples']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  t?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeerSimilarityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PeerSimilarity'] = ResolversParentTypes['PeerSimilarity']> = {
  aoiLevenshtein?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  multimatch?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  peers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  access?: Resolver<ResolversTypes['AccessInfo'], ParentType, ContextType>;
  auditEvents?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType, RequireFields<QueryImageArgs, 'id'>>;
  images?: Resolver<ResolversTypes['ImageConnection'], ParentType, ContextType, RequireFields<QueryImagesArgs, 'expand' | 'first'>>;
  read?: Resolver<Maybe<ResolversTypes['Read']>, ParentType, ContextType, RequireFields<QueryReadArgs, 'id'>>;
  reader?: Resolver<Maybe<ResolversTypes['Reader']>, ParentType, ContextType, RequireFields<QueryReaderArgs, 'id'>>;
  readers?: Resolver<ResolversTypes['ReaderConnection'], ParentType, ContextType, RequireFields<QueryReadersArgs, 'first'>>;
  reads?: Resolver<ResolversTypes['ReadConnection'], ParentType, ContextType, RequireFields<QueryReadsArgs, 'expand' | 'first'>>;
  statistics?: Resolver<ResolversTypes['DatasetStatistics'], ParentType, ContextType, RequireFields<QueryStatisticsArgs, 'expand'>>;
  vocabulary?: Resolver<ResolversTypes['Vocabulary'], ParentType, ContextType>;
};

export type ReadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Read'] = ResolversParentTypes['Read']> = {
  clinicalContext?: Resolver<ResolversTypes['ClinicalContext'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationSec?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  findingGaze?: Resolver<Array<ResolversTypes['FindingGaze']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['ReadFinding']>, ParentType, ContextType>;
  gaze?: Resolver<Maybe<ResolversTypes['GazeMetrics']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<ResolversTypes['Image'], ParentType, ContextType>;
  impression?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peerSimilarity?: Resolver<Maybe<ResolversTypes['PeerSimilarity']>, ParentType, ContextType>;
  reader?: Resolver<ResolversTypes['Reader'], ParentType, ContextType>;
  reasoning?: Resolver<ResolversTypes['ReasoningTrace'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  strategySource?: Resolver<ResolversTypes['StrategySource'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  track?: Resolver<Maybe<ResolversTypes['AttentionTrack']>, ParentType, ContextType, Partial<ReadTrackArgs>>;
  trackSummary?: Resolver<Maybe<ResolversTypes['TrackSummary']>, ParentType, ContextType>;
};

export type ReadConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReadConnection'] = ResolversParentTypes['ReadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReadEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['Facets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  searchExpansions?: Resolver<Array<ResolversTypes['SearchExpansion']>, ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReadEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReadEdge'] = ResolversParentTypes['ReadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Read'], ParentType, ContextType>;
};

export type ReadFindingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReadFinding'] = ResolversParentTypes['ReadFinding']> = {
  certainty?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certaintyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Box']>, ParentType, ContextType>;
};

export type ReaderResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Reader'] = ResolversParentTypes['Reader']> = {
  continent?: Resolver<ResolversTypes['Continent'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  experienceBand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  experienceYears?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meanDurationSec?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  readCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reads?: Resolver<ResolversTypes['ReadConnection'], ParentType, ContextType, RequireFields<ReaderReadsArgs, 'first'>>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType>;
  subspecialty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReaderConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReaderConnection'] = ResolversParentTypes['ReaderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReaderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReaderEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReaderEdge'] = ResolversParentTypes['ReaderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reader'], ParentType, ContextType>;
};

export type ReasoningStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReasoningStep'] = ResolversParentTypes['ReasoningStep']> = {
  end?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  hedges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StepKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  words?: Resolver<Array<ResolversTypes['Word']>, ParentType, ContextType>;
};

export type ReasoningTraceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReasoningTrace'] = ResolversParentTypes['ReasoningTrace']> = {
  hasWordTimings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hedgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ReasoningStep']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReferenceRegionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReferenceRegion'] = ResolversParentTypes['ReferenceRegion']> = {
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  shape?: Resolver<ResolversTypes['RegionShape'], ParentType, ContextType>;
  xmax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  xmin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ymax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ymin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SampleSeriesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SampleSeries'] = ResolversParentTypes['SampleSeries']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  t?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  windowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  y?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
};

export type ScanpathPairResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScanpathPair'] = ResolversParentTypes['ScanpathPair']> = {
  aoiLevenshtein?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  multimatch?: Resolver<Maybe<ResolversTypes['MultiMatch']>, ParentType, ContextType>;
  readA?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readB?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchAnalysisResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchAnalysis'] = ResolversParentTypes['SearchAnalysis']> = {
  analyzer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  engineStemmers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lexiconWords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stemmer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stemming?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  synonyms?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchExpansionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchExpansion'] = ResolversParentTypes['SearchExpansion']> = {
  forms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StrategyInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StrategyInfo'] = ResolversParentTypes['StrategyInfo']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type TermsFacetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TermsFacet'] = ResolversParentTypes['TermsFacet']> = {
  buckets?: Resolver<Array<ResolversTypes['FacetBucket']>, ParentType, ContextType>;
  filterField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  otherValues?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThesaurusEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ThesaurusEntry'] = ResolversParentTypes['ThesaurusEntry']> = {
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TrackSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TrackSummary'] = ResolversParentTypes['TrackSummary']> = {
  fixationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fixationMethod?: Resolver<ResolversTypes['FixationMethod'], ParentType, ContextType>;
  hasViewport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sampleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samplingHz?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ViewportEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ViewportEvent'] = ResolversParentTypes['ViewportEvent']> = {
  t?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  windowLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  windowWidth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  xmax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  xmin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ymax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ymin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  zoom?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type VocabularyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Vocabulary'] = ResolversParentTypes['Vocabulary']> = {
  certainty?: Resolver<Array<ResolversTypes['CertaintyLevel']>, ParentType, ContextType>;
  continents?: Resolver<Array<ResolversTypes['ContinentInfo']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['CountryInfo']>, ParentType, ContextType>;
  experienceBands?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['FindingInfo']>, ParentType, ContextType>;
  hedges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  searchThesaurus?: Resolver<Array<ResolversTypes['ThesaurusEntry']>, ParentType, ContextType>;
  stepKinds?: Resolver<Array<ResolversTypes['StepKind']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['StrategyInfo']>, ParentType, ContextType>;
  viewPositions?: Resolver<Array<ResolversTypes['ViewPosition']>, ParentType, ContextType>;
};

export type WordResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Word'] = ResolversParentTypes['Word']> = {
  end?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  AccessInfo?: AccessInfoResolvers<ContextType>;
  AttentionTrack?: AttentionTrackResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  Box?: BoxResolvers<ContextType>;
  CertaintyLevel?: CertaintyLevelResolvers<ContextType>;
  ClinicalContext?: ClinicalContextResolvers<ContextType>;
  ContinentInfo?: ContinentInfoResolvers<ContextType>;
  CountBucket?: CountBucketResolvers<ContextType>;
  CountryInfo?: CountryInfoResolvers<ContextType>;
  CoverageByExperience?: CoverageByExperienceResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetStatistics?: DatasetStatisticsResolvers<ContextType>;
  FacetBucket?: FacetBucketResolvers<ContextType>;
  Facets?: FacetsResolvers<ContextType>;
  FindingGaze?: FindingGazeResolvers<ContextType>;
  FindingInfo?: FindingInfoResolvers<ContextType>;
  FindingMisses?: FindingMissesResolvers<ContextType>;
  FindingVote?: FindingVoteResolvers<ContextType>;
  Fixation?: FixationResolvers<ContextType>;
  FixationMethod?: FixationMethodResolvers<ContextType>;
  GazeMetrics?: GazeMetricsResolvers<ContextType>;
  Highlight?: HighlightResolvers<ContextType>;
  HistogramBucket?: HistogramBucketResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  ImageConnection?: ImageConnectionResolvers<ContextType>;
  ImageEdge?: ImageEdgeResolvers<ContextType>;
  LungFields?: LungFieldsResolvers<ContextType>;
  MetricThresholds?: MetricThresholdsResolvers<ContextType>;
  MultiMatch?: MultiMatchResolvers<ContextType>;
  NumericFacet?: NumericFacetResolvers<ContextType>;
  PackedSamples?: PackedSamplesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeerSimilarity?: PeerSimilarityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Read?: ReadResolvers<ContextType>;
  ReadConnection?: ReadConnectionResolvers<ContextType>;
  ReadEdge?: ReadEdgeResolvers<ContextType>;
  ReadFinding?: ReadFindingResolvers<ContextType>;
  Reader?: ReaderResolvers<ContextType>;
  ReaderConnection?: ReaderConnectionResolvers<ContextType>;
  ReaderEdge?: ReaderEdgeResolvers<ContextType>;
  ReasoningStep?: ReasoningStepResolvers<ContextType>;
  ReasoningTrace?: ReasoningTraceResolvers<ContextType>;
  ReferenceRegion?: ReferenceRegionResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SampleSeries?: SampleSeriesResolvers<ContextType>;
  ScanpathPair?: ScanpathPairResolvers<ContextType>;
  SearchAnalysis?: SearchAnalysisResolvers<ContextType>;
  SearchExpansion?: SearchExpansionResolvers<ContextType>;
  StrategyInfo?: StrategyInfoResolvers<ContextType>;
  TermsFacet?: TermsFacetResolvers<ContextType>;
  ThesaurusEntry?: ThesaurusEntryResolvers<ContextType>;
  TrackSummary?: TrackSummaryResolvers<ContextType>;
  ViewportEvent?: ViewportEventResolvers<ContextType>;
  Vocabulary?: VocabularyResolvers<ContextType>;
  Word?: WordResolvers<ContextType>;
};

