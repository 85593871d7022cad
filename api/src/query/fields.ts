/**
 * The one table of index fields the compiler uses: filters, facets, sorts and statistics name a
 * concept here and never spell its path themselves. Paths are of the reads index; the images
 * index holds the same paths under its nested `reads.` (and a few image-level fields of its own),
 * the readers index the reader fields at its top level.
 */

/** Reader fields: top level of the readers index, under `reader.` on reads. */
export const READER_FIELD = {
  id: 'id',
  country: 'country',
  continent: 'continent',
  experienceYears: 'experienceYears',
  experienceBand: 'experienceBand',
  role: 'role',
  readCount: 'readCount',
} as const;

const onRead = <K extends keyof typeof READER_FIELD>(k: K) => `reader.${READER_FIELD[k]}` as const;

/** Fields of a read document (and of the images index's nested reads, under `reads.`). */
export const READ_FIELD = {
  id: 'id',
  imageId: 'imageId',
  readerId: 'readerId',
  dataset: 'dataset',
  startedAt: 'startedAt',
  durationSec: 'durationSec',
  country: onRead('country'),
  continent: onRead('continent'),
  experienceYears: onRead('experienceYears'),
  experienceBand: onRead('experienceBand'),
  role: onRead('role'),
  viewPosition: 'image.viewPosition',
  agreement: 'image.agreement',
  difficulty: 'image.difficulty',
  strategy: 'strategy',
  /** Positive (certainty ≥ 3) labels, flat. */
  findingLabels: 'findingLabels',
  /** Nested findings (label + certainty in one entry). */
  findings: 'findings',
  certainties: 'certainties',
  hedges: 'hedges',
  clinicalContextShown: 'clinicalContext.shown',
  clinicalContextUsed: 'clinicalContext.used',
  fixationCount: 'track.fixationCount',
  sampleCount: 'track.sampleCount',
  lungCoverage: 'gaze.lungCoverage',
  meanFixationMs: 'gaze.meanFixationMs',
  meanSaccadeDeg: 'gaze.meanSaccadeDeg',
  ttffLungSec: 'gaze.ttffLungSec',
  eyeVoiceSpanSec: 'gaze.eyeVoiceSpanSec',
  peerSimilarity: 'peerSimilarity.multimatch',
  peerAoiSimilarity: 'peerSimilarity.aoiLevenshtein',
  /** Types of the read's misses (flat). */
  missTypes: 'missTypes',
  /** The read's misses as search-index's missKey(finding, type, certainty). */
  misses: 'misses',
  presentFindings: 'presentFindings',
} as const;

/** Sub-fields of a nested `findings` / `findingGaze` entry. */
export const FINDING_ENTRY = { label: 'label', certainty: 'certainty' } as const;

/** Image-level fields of the images index. */
export const IMAGE_FIELD = {
  id: 'id',
  readCount: 'readCount',
  agreement: 'agreement',
  difficulty: 'difficulty',
  patientAge: 'patientAge',
  followUp: 'followUp',
} as const;
