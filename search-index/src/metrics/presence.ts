/** Which findings are present on an image: its reference findings, else the majority of the other readers. */
import type { Finding } from '../vocabulary.ts';

export function presentFindings(
  _reference: readonly Finding[] | null,
  _otherReadsPositive: ReadonlyArray<readonly Finding[]>,
): Finding[] {
  throw new Error('not implemented');
}
