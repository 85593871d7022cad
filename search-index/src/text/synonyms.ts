/**
 * The search thesaurus: our finding labels, the NIH ChestX-ray14 labels mapped to them, and
 * common radiology synonyms and abbreviations. A query word or phrase that matches a term of an
 * entry (compared word by word on stems, so "effusions" matches "effusion") is searched as
 * every term of the entry and every `narrower` term; a narrower term does not widen back to its
 * entry ("pleural abnormality" finds effusions, "effusion" does not find pleural thickening).
 * Multi-word terms are searched as phrases. docs/api.md#full-text-search lists this table.
 */
import type { Finding } from '../vocabulary.ts';
import { stem } from './stems.ts';
import { plainWords } from './words.ts';

export interface ThesaurusEntry {
  /** The finding the terms name, when there is one. */
  finding: Finding | null;
  /** Equivalent terms, lower case; the first is the preferred one. */
  terms: readonly string[];
  /** More specific terms a search for this entry includes. */
  narrower?: readonly string[];
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  {
    finding: 'Abnormal mediastinal contour',
    terms: ['abnormal mediastinal contour', 'mediastinal widening', 'widened mediastinum'],
  },
  { finding: 'Acute fracture', terms: ['fracture', 'fx'] },
  // NIH Pneumonia and Infiltration map to our Consolidation.
  {
    finding: 'Consolidation',
    terms: ['consolidation', 'airspace consolidation', 'airspace disease'],
    // "infiltrate" also finds infiltration, infiltrates: one stem.
    narrower: ['pneumonia', 'infiltrate'],
  },
  // NIH Cardiomegaly.
  {
    finding: 'Enlarged cardiac silhouette',
    terms: ['enlarged cardiac silhouette', 'cardiomegaly', 'cardiac enlargement', 'enlarged heart'],
  },
  { finding: 'Enlarged hilum', terms: ['enlarged hilum', 'hilar enlargement', 'enlarged hila'] },
  {
    finding: 'Groundglass opacity',
    terms: ['groundglass opacity', 'ground glass opacity', 'ggo'],
  },
  // NIH Hernia.
  { finding: 'Hiatal hernia', terms: ['hiatal hernia', 'hiatus hernia'] },
  // NIH Emphysema.
  {
    finding: 'High lung volume / emphysema',
    terms: ['emphysema', 'high lung volume', 'hyperinflation'],
  },
  { finding: null, terms: ['copd', 'chronic obstructive pulmonary disease'] },
  // NIH Fibrosis maps to our Interstitial lung disease.
  {
    finding: 'Interstitial lung disease',
    terms: ['interstitial lung disease', 'ild'],
    narrower: ['fibrosis', 'pulmonary fibrosis'],
  },
  // NIH Nodule and Mass map to our Lung nodule or mass.
  { finding: 'Lung nodule or mass', terms: ['lung nodule or mass'], narrower: ['nodule', 'mass'] },
  { finding: 'Lung nodule or mass', terms: ['nodule', 'pulmonary nodule', 'lung nodule'] },
  { finding: 'Lung nodule or mass', terms: ['mass', 'lung mass', 'pulmonary mass'] },
  // NIH Effusion and Pleural_Thickening map to our Pleural abnormality.
  {
    finding: 'Pleural abnormality',
    terms: ['pleural abnormality'],
    narrower: ['pleural effusion', 'pleural thickening'],
  },
  { finding: 'Pleural abnormality', terms: ['pleural effusion', 'effusion', 'pleural fluid'] },
  { finding: 'Pneumothorax', terms: ['pneumothorax', 'ptx'] },
  // NIH Edema.
  { finding: 'Pulmonary edema', terms: ['pulmonary edema', 'edema', 'pulmonary oedema', 'oedema'] },
  {
    finding: 'Support devices',
    terms: ['support devices', 'lines and tubes', 'tubes and lines'],
    narrower: ['endotracheal tube', 'nasogastric tube', 'central venous catheter', 'pacemaker'],
  },
  { finding: 'Support devices', terms: ['endotracheal tube', 'ett'] },
  { finding: 'Support devices', terms: ['nasogastric tube', 'ng tube'] },
  { finding: 'Support devices', terms: ['central venous catheter', 'central line', 'cvc'] },
  { finding: 'Support devices', terms: ['peripherally inserted central catheter', 'picc'] },
  { finding: null, terms: ['costophrenic angle', 'cp angle'] },
  { finding: null, terms: ['congestive heart failure', 'chf'] },
];

/** A term's identity for matching: its words' stems ("Pleural Effusions" ≡ "pleural effusion"). */
export function termKey(term: string): string {
  return plainWords(term).map(stem).join(' ');
}

/** Term key → the terms a search for it includes besides itself, in thesaurus order. */
const RELATED: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const entry of THESAURUS)
    for (const term of entry.terms) {
      const key = termKey(term);
      const out = map.get(key) ?? [];
      for (const t of [...entry.terms, ...(entry.narrower ?? [])])
        if (termKey(t) !== key && !out.includes(t)) out.push(t);
      map.set(key, out);
    }
  return map;
})();

/** Longest term of the thesaurus, in words (how far a run of query words is looked up). */
export const LONGEST_TERM_WORDS = Math.max(...THESAURUS.flatMap((e) => e.terms.map((t) => plainWords(t).length)));

/**
 * The terms a search for `term` includes besides itself: its equivalents and their narrower
 * terms, each once, in thesaurus order; empty when the thesaurus does not know it.
 */
export function relatedTerms(term: string): readonly string[] {
  return RELATED.get(termKey(term)) ?? [];
}
