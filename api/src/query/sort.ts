/**
 * GraphQL sort arguments → Elasticsearch sort arrays. Every array ends with the unique keyword
 * `id` (present in all three indices) so the order is total and search_after paging neither
 * skips nor repeats a document between pages. Missing values sort last in either direction.
 */
import type { estypes } from '@elastic/elasticsearch';
import type {
  ImageSort,
  ImageSortField,
  ReadSort,
  ReadSortField,
  ReaderSort,
  ReaderSortField,
  SortDirection,
} from '../generated/graphql.ts';
import { FilterError, quote } from './errors.ts';
import { IMAGE_FIELD, READER_FIELD, READ_FIELD } from './fields.ts';

type Sort = estypes.SortCombinations;

/** Longer sort lists add nothing (the id tiebreaker already makes the order total). */
export const MAX_SORT_KEYS = 8;

/** '_score' is RELEVANCE; every other value is a field of the index. */
export const READ_SORT_FIELDS: Record<ReadSortField, string> = {
  RELEVANCE: '_score',
  STARTED_AT: READ_FIELD.startedAt,
  DURATION: READ_FIELD.durationSec,
  EXPERIENCE: READ_FIELD.experienceYears,
  COUNTRY: READ_FIELD.country,
  FIXATION_COUNT: READ_FIELD.fixationCount,
  AGREEMENT: READ_FIELD.agreement,
  DIFFICULTY: READ_FIELD.difficulty,
  IMAGE_ID: READ_FIELD.imageId,
  ID: READ_FIELD.id,
  LUNG_COVERAGE: READ_FIELD.lungCoverage,
  MEAN_FIXATION: READ_FIELD.meanFixationMs,
  MEAN_SACCADE: READ_FIELD.meanSaccadeDeg,
  TTFF_LUNG: READ_FIELD.ttffLungSec,
  EYE_VOICE_SPAN: READ_FIELD.eyeVoiceSpanSec,
  PEER_SIMILARITY: READ_FIELD.peerSimilarity,
  PEER_AOI_SIMILARITY: READ_FIELD.peerAoiSimilarity,
};

export const IMAGE_SORT_FIELDS: Record<ImageSortField, string> = {
  RELEVANCE: '_score',
  ID: IMAGE_FIELD.id,
  READ_COUNT: IMAGE_FIELD.readCount,
  AGREEMENT: IMAGE_FIELD.agreement,
  DIFFICULTY: IMAGE_FIELD.difficulty,
  PATIENT_AGE: IMAGE_FIELD.patientAge,
  FOLLOW_UP: IMAGE_FIELD.followUp,
};

export const READER_SORT_FIELDS: Record<ReaderSortField, string> = {
  ID: READER_FIELD.id,
  COUNTRY: READER_FIELD.country,
  EXPERIENCE: READER_FIELD.experienceYears,
  READ_COUNT: READER_FIELD.readCount,
};

const TIEBREAKER: Sort = { id: { order: 'asc' } };

export interface SortOptions {
  /** A search is active: the default order is then relevance. */
  search?: boolean;
}

export function compileReadSort(sort: readonly ReadSort[] | null | undefined, opts: SortOptions = {}): Sort[] {
  return compileSort(sort, READ_SORT_FIELDS, opts.search ?? false);
}

export function compileImageSort(sort: readonly ImageSort[] | null | undefined, opts: SortOptions = {}): Sort[] {
  return compileSort(sort, IMAGE_SORT_FIELDS, opts.search ?? false);
}

export function compileReaderSort(sort: readonly ReaderSort[] | null | undefined): Sort[] {
  return compileSort(sort, READER_SORT_FIELDS, false);
}

function compileSort<F extends string>(
  sort: readonly { field: F; direction?: SortDirection | null }[] | null | undefined,
  fields: Record<F, string>,
  search: boolean,
): Sort[] {
  if (sort != null && sort.length > MAX_SORT_KEYS)
    throw new FilterError(`sort: ${sort.length} keys; at most ${MAX_SORT_KEYS} are accepted`, 'sort');
  // No sort given: by relevance when searching, else by id (stable, cheap).
  const keys = sort != null && sort.length > 0 ? sort : search ? [{ field: 'RELEVANCE' as F }] : [];
  const out: Sort[] = [];
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    const field = Object.hasOwn(fields, key.field) ? fields[key.field] : undefined;
    if (field === undefined)
      throw new FilterError(`sort[${i}].field: unknown sort field ${quote(key.field)}`, `sort[${i}].field`);
    if (key.direction != null && key.direction !== 'ASC' && key.direction !== 'DESC')
      throw new FilterError(
        `sort[${i}].direction: expected ASC or DESC, got ${quote(key.direction)}`,
        `sort[${i}].direction`,
      );
    if (seen.has(field)) return; // a repeated key cannot change the order
    seen.add(field);
    // RELEVANCE is always best first: the schema's default direction (ASC) would otherwise
    // list the worst matches first, which no one asks for.
    if (field === '_score') out.push({ _score: { order: 'desc' } });
    else if (field === 'id') out.push({ id: { order: key.direction === 'DESC' ? 'desc' : 'asc' } });
    else out.push({ [field]: { order: key.direction === 'DESC' ? 'desc' : 'asc', missing: '_last' } });
  });
  if (!seen.has('id')) out.push(TIEBREAKER);
  return out;
}
