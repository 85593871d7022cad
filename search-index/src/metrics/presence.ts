/**
 * Which findings are present on an image (docs/metrics.md#presence):
 *
 * - The image's reference findings when the dataset gives them. An empty list (or null) means
 *   the dataset gives no reference labels; ["No finding"] is a reference that says nothing is
 *   present.
 * - Otherwise the findings that more than half of the image's *other* reads report (certainty
 *   ≥ 3; the caller passes each other read's positive findings). A lone reader's image has no
 *   consensus, so nothing is present on it.
 *
 * "No finding" is never a present finding: it has no place on the image to look at. The result
 * is in vocabulary order.
 */
import { FINDINGS, type Finding } from '../vocabulary.ts';

export function presentFindings(
  reference: readonly Finding[] | null,
  otherReadsPositive: ReadonlyArray<readonly Finding[]>,
): Finding[] {
  if (reference && reference.length > 0) return inVocabularyOrder(new Set(reference));
  if (otherReadsPositive.length === 0) return [];
  const votes = new Map<Finding, number>();
  for (const positive of otherReadsPositive)
    for (const label of new Set(positive)) votes.set(label, (votes.get(label) ?? 0) + 1);
  const majority = new Set([...votes].filter(([, n]) => n * 2 > otherReadsPositive.length).map(([label]) => label));
  return inVocabularyOrder(majority);
}

function inVocabularyOrder(labels: ReadonlySet<Finding>): Finding[] {
  return FINDINGS.filter((f) => f !== 'No finding' && labels.has(f));
}
