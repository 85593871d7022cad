/**
 * Opaque paging cursors: the search_after values of the last hit (plus, for consistent deep
 * paging, the point-in-time id and the concrete index it was opened on), as base64url JSON.
 * Clients must treat them as opaque; the server trusts nothing in them, so decoding validates
 * the exact shape and anything else is one FilterError('malformed cursor').
 */
import type { estypes } from '@elastic/elasticsearch';
import { z } from 'zod';
import { FilterError } from './errors.ts';
import { MAX_SORT_KEYS } from './sort.ts';

/** Longest cursor accepted (a sort of a few values plus a PIT id is far below it). */
export const MAX_CURSOR_LENGTH = 4096;

export interface Cursor {
  /** Sort values of the last hit of the page, passed back as search_after. */
  sort: estypes.FieldValue[];
  /** Point-in-time id, when paging over a snapshot. */
  pit?: string;
  /** Concrete index (not alias) the cursor belongs to, so a re-index can be detected. */
  index?: string;
}

const SortValue = z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]);

const CursorShape = z.strictObject({
  // The compiled sort has at most MAX_SORT_KEYS keys plus the id tiebreaker.
  sort: z
    .array(SortValue)
    .min(1)
    .max(MAX_SORT_KEYS + 1),
  pit: z.string().min(1).max(MAX_CURSOR_LENGTH).optional(),
  index: z.string().min(1).max(255).optional(),
});

export function encodeCursor(cursor: Cursor): string {
  const body: Cursor = { sort: cursor.sort };
  if (cursor.pit !== undefined) body.pit = cursor.pit;
  if (cursor.index !== undefined) body.index = cursor.index;
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  const malformed = () => new FilterError('malformed cursor', 'after');
  if (typeof s !== 'string' || s.length === 0 || s.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(s))
    throw malformed();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  const parsed = CursorShape.safeParse(json);
  if (!parsed.success) throw malformed();
  const out: Cursor = { sort: parsed.data.sort };
  if (parsed.data.pit !== undefined) out.pit = parsed.data.pit;
  if (parsed.data.index !== undefined) out.index = parsed.data.index;
  return out;
}

/**
 * The search_after values of a cursor for the sort of the current request. A cursor from a
 * request sorted differently has a different number of values: refuse it here rather than let
 * Elasticsearch fail with a server error.
 */
export function searchAfterFor(cursor: Cursor, sort: readonly estypes.SortCombinations[]): estypes.FieldValue[] {
  if (cursor.sort.length !== sort.length)
    throw new FilterError('after: the cursor was made for a different sort; start again without `after`', 'after');
  return cursor.sort;
}
