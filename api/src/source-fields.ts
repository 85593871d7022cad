/**
 * Which stored fields a connection's hits must carry: per node type, each GraphQL field → the
 * top-level _source fields its resolver (resolvers/read.ts, image.ts, reader.ts, or the default
 * resolver for same-named fields) reads. A facets page that shows a few fields of 20 reads then
 * fetches ~3 KB instead of ~115 KB of whole documents.
 *
 * Keyed by the generated schema types, so a field added to schema.graphql does not compile until
 * it has a row here; at run time a field without a row (schema drift) means whole documents.
 */
import type { Image, Read, Reader } from './generated/graphql.ts';
import type { ImageModel, ReaderModel, ReadModel } from './models.ts';

type SourceTable<Gql, Model> = Record<Exclude<keyof Gql, '__typename'>, readonly (keyof Model & string)[]>;

const READ: SourceTable<Read, ReadModel> = {
  id: ['id'],
  // The id names the read in the error raised when its image or reader is missing.
  image: ['id', 'imageId'],
  reader: ['id', 'readerId'],
  dataset: ['dataset'],
  startedAt: ['startedAt'],
  durationSec: ['durationSec'],
  findings: ['findings'],
  impression: ['impression'],
  clinicalContext: ['clinicalContext'],
  strategy: ['strategy'],
  strategySource: ['strategySource'],
  reasoning: ['reasoning', 'hedgeCount', 'wordCount'],
  trackSummary: ['track'],
  track: ['id', 'track'],
  synthetic: ['synthetic'],
  gaze: ['gaze', 'track', 'synthetic'],
  findingGaze: ['findingGaze', 'synthetic'],
  peerSimilarity: ['peerSimilarity', 'synthetic'],
};

const IMAGE: SourceTable<Image, ImageModel> = {
  id: ['id'],
  dataset: ['dataset'],
  patientId: ['patientId'],
  followUp: ['followUp'],
  prior: ['priorImageId'],
  next: ['nextImageId'],
  viewPosition: ['viewPosition'],
  width: ['width'],
  height: ['height'],
  pixelSpacingMm: ['pixelSpacingMm'],
  patientAge: ['patientAge'],
  patientSex: ['patientSex'],
  sourceLabels: ['sourceLabels'],
  referenceFindings: ['referenceFindings'],
  tileSource: ['displayImageId'],
  thumbnail: ['displayImageId'],
  displayImageId: ['displayImageId'],
  synthetic: ['synthetic'],
  readCount: ['readCount'],
  reads: ['id', 'readCount'],
  readerCountries: ['readerCountries'],
  reportedFindings: ['findingLabels'],
  agreement: ['agreement'],
  difficulty: ['difficulty'],
  findingVotes: ['findingVotes', 'readCount'],
  referenceRegions: ['referenceRegions'],
  lungFields: ['lungFields'],
  chestBox: ['chestBox'],
  scanpathSimilarity: ['scanpathSimilarity'],
};

/** Under a dataset scope the aggregates come from the reader's id (Reader's inScope). */
const READER: SourceTable<Reader, ReaderModel> = {
  id: ['id'],
  country: ['country'],
  countryName: ['countryName'],
  continent: ['continent'],
  experienceYears: ['experienceYears'],
  experienceBand: ['experienceBand'],
  role: ['role'],
  subspecialty: ['subspecialty'],
  synthetic: ['synthetic'],
  readCount: ['id', 'readCount'],
  strategies: ['id', 'strategies'],
  meanDurationSec: ['id', 'meanDurationSec'],
  reads: ['id'],
};

export const SOURCE_FIELDS = { Read: READ, Image: IMAGE, Reader: READER } as const;
export type NodeType = keyof typeof SOURCE_FIELDS;

/** Fields that never touch the document. */
const META_FIELDS = new Set(['__typename']);

/**
 * The _source includes for nodes of `type` selecting `fields` (GraphQL field names, aliases
 * already resolved), sorted; undefined — fetch whole documents — when any field has no row.
 * `id` is always included, so a node is never an empty document.
 */
export function sourceIncludes(type: NodeType, fields: readonly string[]): string[] | undefined {
  const table: Record<string, readonly string[] | undefined> = SOURCE_FIELDS[type];
  const paths = new Set(['id']);
  for (const field of fields) {
    if (META_FIELDS.has(field)) continue;
    const row = Object.hasOwn(table, field) ? table[field] : undefined;
    if (!row) return undefined;
    for (const p of row) paths.add(p);
  }
  return [...paths].sort();
}
