/**
 * Full-text search over the reads' text fields, and the highlights that come back.
 *
 * Always `simple_query_string` with a fixed set of operators: users get words, "phrases",
 * -exclusion, OR (|), prefix* and (grouping), but never Lucene's raw syntax (field:value, regex,
 * fuzzy, ranges), which would expose field names, allow expensive queries and fail on stray
 * characters. `lenient` keeps a word that cannot be parsed for a field from failing the query.
 * The text compiled is the user's text after expansion (expand.ts), which writes word forms and
 * synonyms back in the same syntax, as groups of alternatives.
 */
import type { estypes } from '@elastic/elasticsearch';
import { FilterError } from './errors.ts';
import type { Prefix } from './filter.ts';

type Query = estypes.QueryDslQueryContainer;

/** Longest search text a user may send. */
export const MAX_SEARCH_LENGTH = 1000;
/** Longest text compiled: the user's text with its expansions (expand.ts bounds them well below). */
export const MAX_COMPILED_SEARCH_LENGTH = 40_000;

/** Searched fields, their boost, and the name the API reports highlights under. */
export const SEARCH_FIELDS = [
  { field: 'reasoningText', boost: 2, name: 'reasoning' },
  { field: 'impression', boost: 1, name: 'impression' },
  { field: 'clinicalContext.text', boost: 1, name: 'clinicalContext' },
] as const;

export type HighlightField = (typeof SEARCH_FIELDS)[number]['name'];

export interface HighlightResult {
  field: HighlightField;
  fragments: string[];
}

/** Name of the inner hits that carry the matching read of an image hit. */
export const IMAGE_INNER_HITS = 'reads';

/** The search text as it is sent: trimmed; FilterError when empty or longer than `max` characters (1,000). */
export function normalizeSearch(text: string, field = 'search', max = MAX_SEARCH_LENGTH): string {
  if (typeof text !== 'string') throw new FilterError(`${field}: expected a string`, field);
  const trimmed = text.trim();
  if (trimmed.length === 0)
    throw new FilterError(`${field}: empty search text; leave ${field} out to match everything`, field);
  if (trimmed.length > max)
    throw new FilterError(
      `${field}: search text is ${trimmed.length} characters long; at most ${max} are accepted`,
      field,
    );
  return trimmed;
}

/**
 * Every word must match (default_operator and), in any of the fields; reasoning counts double.
 * `text` is the expanded search (resolveSearch in search-text.ts has checked the user's text).
 */
export function compileSearch(text: string, prefix: Prefix = ''): Query {
  return {
    simple_query_string: {
      query: normalizeSearch(text, 'search', MAX_COMPILED_SEARCH_LENGTH),
      fields: SEARCH_FIELDS.map((f) => `${prefix}${f.field}${f.boost === 1 ? '' : `^${f.boost}`}`),
      default_operator: 'and',
      flags: 'AND|OR|NOT|PHRASE|PREFIX|WHITESPACE|PRECEDENCE',
      lenient: true,
    },
  };
}

/**
 * Highlighting of the searched fields. encoder html escapes the stored text before the <mark>
 * tags are added, so the portal can render fragments as HTML without an injection risk.
 */
export function highlightRequest(prefix: Prefix = ''): estypes.SearchHighlight {
  return {
    pre_tags: ['<mark>'],
    post_tags: ['</mark>'],
    encoder: 'html',
    fragment_size: 160,
    number_of_fragments: 3,
    fields: Object.fromEntries(SEARCH_FIELDS.map((f) => [`${prefix}${f.field}`, {}])),
  };
}

/**
 * Inner hits for the images query's nested clause: the best matching read (by score, i.e. by
 * search relevance), its id (docvalue, since the images index keeps reads out of _source) and,
 * with a search, its highlights. Those highlights come back EMPTY while the images mapping
 * excludes `reads` from _source (the highlighter needs the text); until the text is stored
 * there, use readHighlightsSearch with the matched read ids.
 */
export function imageInnerHits(withHighlight: boolean): estypes.SearchInnerHits {
  const inner: estypes.SearchInnerHits = {
    name: IMAGE_INNER_HITS,
    size: 1,
    _source: false,
    docvalue_fields: [{ field: 'reads.id' }],
  };
  if (withHighlight) inner.highlight = highlightRequest('reads.');
  return inner;
}

type HighlightSource = Pick<estypes.SearchHit<unknown>, 'highlight' | 'inner_hits' | 'fields'>;

/**
 * A hit's highlights in SEARCH_FIELDS order, as the API reports them. Reads hits carry them
 * directly; image hits in the inner hit of their best matching read.
 */
export function parseHighlights(hit: HighlightSource): HighlightResult[] {
  const highlight = hit.highlight ?? innerHit(hit)?.highlight ?? {};
  const out: HighlightResult[] = [];
  for (const f of SEARCH_FIELDS) {
    const fragments = highlight[f.field] ?? highlight[`reads.${f.field}`];
    if (fragments && fragments.length > 0) out.push({ field: f.name, fragments });
  }
  return out;
}

/** Id of the best matching read of an image hit (from imageInnerHits), when there is one. */
export function matchedReadId(hit: HighlightSource): string | undefined {
  const value = innerHit(hit)?.fields?.['reads.id'];
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

/**
 * The search body (for the reads index) that highlights the matched reads of a page of image
 * hits: one request per page, keyed back by read id (hit._id) with parseHighlights.
 */
export function readHighlightsSearch(
  readIds: readonly string[],
  search: string,
): {
  query: Query;
  highlight: estypes.SearchHighlight;
  size: number;
  _source: false;
} {
  return {
    query: { bool: { filter: [{ ids: { values: [...readIds] } }], must: [compileSearch(search)] } },
    highlight: highlightRequest(),
    size: readIds.length,
    _source: false,
  };
}

function innerHit(hit: HighlightSource): estypes.SearchHit<unknown> | undefined {
  return hit.inner_hits?.[IMAGE_INNER_HITS]?.hits.hits[0];
}
