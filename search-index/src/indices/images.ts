/** The images index: one document per image, with read-derived aggregates for facets. */
import type { estypes } from '@elastic/elasticsearch';
import type { ImageMetricFields } from '../ingest/gaze.ts';
import type { ImageRecord } from '../model.ts';
import type { Finding } from '../vocabulary.ts';
import { filterableReadMapping, type FilterableRead } from './reads.ts';
import { bool, float, integer, keyword, stored } from './settings.ts';

export interface ImageDocument {
  id: string;
  dataset: string;
  patientId: string;
  followUp: number;
  priorImageId: string | null;
  nextImageId: string | null;
  viewPosition: string;
  width: number;
  height: number;
  pixelSpacingMm: [number, number] | null;
  patientAge: number | null;
  patientSex: string | null;
  sourceLabels: string[];
  referenceFindings: Finding[];
  file: string | null;
  /** Image whose tiles are displayed (itself unless a synthetic record borrows real pixels). */
  displayImageId: string;
  synthetic: boolean;
  readCount: number;
  readerCountries: string[];
  readerContinents: string[];
  /** Findings reported (certainty ≥ 3) by at least one reader. */
  findingLabels: Finding[];
  strategies: string[];
  /** Mean pairwise Jaccard agreement of the readers' positive finding sets (null: < 2 reads). */
  agreement: number | null;
  /** 0 (easy) … 1 (hard): see docs/dataset-format.md#agreement-and-difficulty. */
  difficulty: number | null;
  /** Per finding: how many readers reported it (certainty ≥ 3) out of readCount. */
  findingVotes: Array<{ label: Finding; positive: number; meanCertainty: number }>;
  referenceRegions: ImageRecord['referenceRegions'];
  chestBox: ImageRecord['chestBox'];
  /** The lung fields the metrics used, with their source (appended by the ingest). */
  lungFields: ImageMetricFields['lungFields'];
  /** Every pair of the image's reads (appended by the ingest); stored, not indexed. */
  scanpathSimilarity: ImageMetricFields['scanpathSimilarity'];
  /** The image's reads (filterable fields only): "images with a read matching" is one nested query. */
  reads: FilterableRead[];
}

export const imagesMapping: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  // Nested reads are for matching only; the reads index holds them for display.
  _source: { excludes: ['reads'] },
  properties: {
    id: keyword,
    dataset: keyword,
    patientId: keyword,
    followUp: integer,
    priorImageId: keyword,
    nextImageId: keyword,
    viewPosition: keyword,
    width: integer,
    height: integer,
    pixelSpacingMm: float,
    patientAge: integer,
    patientSex: keyword,
    sourceLabels: keyword,
    referenceFindings: keyword,
    file: { type: 'keyword', index: false },
    displayImageId: keyword,
    synthetic: bool,
    readCount: integer,
    readerCountries: keyword,
    readerContinents: keyword,
    findingLabels: keyword,
    strategies: keyword,
    agreement: float,
    difficulty: float,
    findingVotes: stored,
    referenceRegions: stored,
    chestBox: stored,
    lungFields: stored,
    scanpathSimilarity: stored,
    reads: filterableReadMapping,
  },
};

export type ImageAggregates = Pick<
  ImageDocument,
  | 'readCount'
  | 'readerCountries'
  | 'readerContinents'
  | 'findingLabels'
  | 'strategies'
  | 'agreement'
  | 'difficulty'
  | 'findingVotes'
>;

/** The image document without its nested reads (the ingest appends those as serialised JSON). */
export function imageDocument(
  image: ImageRecord,
  links: { priorImageId: string | null; nextImageId: string | null },
  aggregates: ImageAggregates,
): Omit<ImageDocument, 'reads' | keyof ImageMetricFields> {
  return {
    id: image.id,
    dataset: image.dataset,
    patientId: image.patientId,
    followUp: image.followUp,
    ...links,
    viewPosition: image.viewPosition,
    width: image.width,
    height: image.height,
    pixelSpacingMm: image.pixelSpacingMm,
    patientAge: image.patientAge,
    patientSex: image.patientSex,
    sourceLabels: image.sourceLabels,
    referenceFindings: image.referenceFindings,
    file: image.file,
    displayImageId: image.displayImageId ?? image.id,
    synthetic: image.synthetic,
    referenceRegions: image.referenceRegions,
    chestBox: image.chestBox,
    ...aggregates,
  };
}
