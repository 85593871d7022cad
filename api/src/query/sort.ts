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

type Sort = estypes.SortCombinations;

/** Longer sort lists add nothing (the id tiebreaker already makes the order total). */
export const MAX_SORT_KEYS = 8;

/** '_score' is RELEVANCE; every other value is a field of the index. */
export const READ_SORT_FIELDS: Record<ReadSortField, string> = {
  RELEVANCE: '_score',
  STARTED_AT: 'startedAt',
  DURATION: 'durationSec',
  EXPERIENCE: 'reader.experienceYears',
  COUNTRY: 'reader.country',
  FIXATION_COUNT: 'track.fixationCount',
  AGREEMENT: 'image.agreement',
  DIFFICULTY: 'image.difficulty',
  IMAGE_ID: 'imageId',
  ID: 'id',
};

export const IMAGE_SORT_FIELDS: Record<ImageSortField, string> = {
  RELEVANCE: '_score',
  ID: 'id',
  READ_COUNT: 'readCount',
  AGREEMENT: 'agreement',
  DIFFICULTY: 'difficulty',
  PATIENT_AGE: 'patientAge',
  FOLLOW_UP: 'followUp',
};

export const READER_SORT_FIELDS: Record<ReaderSortField, string> = {
  ID: 'id',
  COUNTRY: 'country',
  EXPERIENCE: 'experienceYears',
  READ_COUNT: 'readCount',
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
