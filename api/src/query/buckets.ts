/**
 * Reading aggregation responses, shared by the facet, histogram and statistics parsers. A
 * missing aggregation is a server bug (compile and parse disagree), not bad input: plain Error.
 */
import { quote } from './errors.ts';

/** Name of the `reverse_nested` sub-aggregation that counts images inside nested reads. */
export const IMAGES = 'images';

/** The sub-aggregation that turns a bucket of nested reads into a count of their images. */
export function countImages(): Record<string, { reverse_nested: Record<string, never> }> {
  return { [IMAGES]: { reverse_nested: {} } };
}

export interface RawBucket {
  key: number | string;
  doc_count: number;
  [sub: string]: unknown;
}

export function child(obj: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const v = obj[name];
  return v != null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

export function need(obj: Record<string, unknown>, name: string): Record<string, unknown> {
  const v = child(obj, name);
  if (!v) throw new Error(`aggregation ${quote(name)} missing from the response`);
  return v;
}

export function rawBuckets(agg: unknown): RawBucket[] {
  const b = (agg as { buckets?: unknown } | undefined)?.buckets;
  return Array.isArray(b) ? (b as RawBucket[]) : [];
}

/** Images (reverse_nested) count when present, else the bucket's doc_count. */
export function bucketCount(b: RawBucket): number {
  const images = b[IMAGES] as { doc_count?: number } | undefined;
  return images?.doc_count ?? b.doc_count;
}
