/** When a read's reasoning first names each finding (word timings), for the eye-voice span. */
import type { ReasoningStep } from '../model.ts';
import type { Finding } from '../vocabulary.ts';

export function firstMentions(_reasoning: readonly ReasoningStep[]): Map<Finding, number | null> {
  throw new Error('not implemented');
}
