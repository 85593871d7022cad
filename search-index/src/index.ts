/** Public surface of the search-index package, used by the API, the scripts and the tests. */
export * from './vocabulary.ts';
export * from './model.ts';
export * from './engine.ts';
export * from './indices/names.ts';
export * from './indices/settings.ts';
export * from './indices/images.ts';
export * from './indices/readers.ts';
export * from './indices/reads.ts';
export * from './indices/tracks.ts';
export * from './metrics/agreement.ts';
export * from './metrics/fixations.ts';
export { ingestDataset, DatasetError, type IngestReport, type IngestOptions } from './ingest/index.ts';
export { readIndexMeta, dropPrefix, MAPPINGS, type IndexMeta } from './ingest/aliases.ts';
