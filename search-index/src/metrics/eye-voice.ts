/**
 * When a read's reasoning first names each finding, for the eye-voice span
 * (docs/metrics.md#eye-voice): readers look at a finding before they say it.
 *
 * For each finding linked to a reasoning step (step.findings), take the first step linked to it;
 * its first mention is the start of the first word of that step that names the finding (a word
 * beginning with one of FINDING_TERMS, case-insensitive, e.g. "effusion" for Pleural
 * abnormality), else the start of the step's first word. A step without word timings gives
 * null: a step's start alone does not say when the finding was named.
 */
import type { ReasoningStep } from '../model.ts';
import type { Finding } from '../vocabulary.ts';

/** Word beginnings that name each finding in radiology reports. */
export const FINDING_TERMS: Readonly<Record<Finding, readonly string[]>> = {
  'Abnormal mediastinal contour': ['mediastin', 'lymphadenopathy'],
  'Acute fracture': ['fractur'],
  Atelectasis: ['atelecta', 'collapse'],
  Consolidation: ['consolidat', 'pneumonia', 'infiltrat', 'airspace', 'infectious'],
  'Enlarged cardiac silhouette': ['cardiomegal', 'cardiac'],
  'Enlarged hilum': ['hilar', 'hilum', 'hila'],
  'Groundglass opacity': ['groundglass', 'ground-glass'],
  'Hiatal hernia': ['hiatal', 'hernia'],
  'High lung volume / emphysema': ['emphysem', 'hyperinflat', 'hyperexpan'],
  'Interstitial lung disease': ['interstitial', 'fibros', 'fibrotic', 'reticul'],
  'Lung nodule or mass': ['nodul', 'mass', 'neoplas'],
  'Pleural abnormality': ['effusion', 'pleural', 'meniscus'],
  Pneumothorax: ['pneumothora'],
  'Pulmonary edema': ['edema', 'oedema'],
  'Support devices': ['tube', 'catheter', 'pacemaker', 'line'],
  'No finding': [],
};

/** Does this word (with its punctuation) name the finding? */
export function namesFinding(word: string, finding: Finding): boolean {
  const w = word.toLowerCase().replace(/^[^a-z]+/, '');
  return FINDING_TERMS[finding].some((term) => w.startsWith(term));
}

export function firstMentions(reasoning: readonly ReasoningStep[]): Map<Finding, number | null> {
  const out = new Map<Finding, number | null>();
  const steps = [...reasoning].sort((a, b) => a.start - b.start);
  for (const step of steps)
    for (const finding of step.findings) {
      if (out.has(finding)) continue;
      const naming = step.words.find((w) => namesFinding(w.text, finding)) ?? step.words[0];
      out.set(finding, naming ? naming.start : null);
    }
  return out;
}
