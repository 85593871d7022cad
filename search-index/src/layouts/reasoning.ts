/**
 * Dictated transcripts with word timings → reasoning steps. A step is a sentence (split after a
 * token that is or ends with '.'), timed from its first word's start to its last word's end. Its
 * kind and linked finding labels come from small keyword rules (hedges from text/hedges.ts), documented in
 * docs/importers.md: they are heuristics, meant for faceting and linking, not clinical NLP.
 */
import type { ReasoningStep } from '../model.ts';
import type { Finding, StepKind } from '../vocabulary.ts';
import { findHedges } from '../text/hedges.ts';

/** A transcript token: a word, possibly with punctuation attached, or punctuation alone. */
export interface TimedToken {
  text: string;
  start: number;
  end: number;
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Splits timed tokens into sentence steps. Tokens without letters or digits are not words. */
export function stepsFromTokens(tokens: readonly TimedToken[]): ReasoningStep[] {
  const steps: ReasoningStep[] = [];
  let current: TimedToken[] = [];
  const flush = () => {
    const step = stepFrom(current);
    if (step) steps.push(step);
    current = [];
  };
  for (const tok of tokens) {
    const text = tok.text.trim();
    if (!text) continue;
    current.push({ ...tok, text });
    if (text.endsWith('.')) flush();
  }
  flush();
  return steps;
}

function stepFrom(tokens: TimedToken[]): ReasoningStep | null {
  const words = tokens
    .filter((t) => !PUNCTUATION.test(t.text))
    .map((t) => ({ text: t.text.replace(EDGE_PUNCTUATION, ''), start: t.start, end: t.end }))
    .filter((w) => w.text !== '');
  if (!words.length) return null;
  // "word ." and "word ," as dictated tokens read back as "word." and "word,".
  const text = tokens
    .map((t) => t.text)
    .join(' ')
    .replace(/\s+([.,;:!?])/g, '$1');
  return {
    text,
    start: Math.min(...words.map((w) => w.start)),
    end: Math.max(...words.map((w) => w.end)),
    kind: stepKind(text),
    findings: findingsIn(text),
    hedges: findHedges(text),
    words,
  };
}

/**
 * Words of a phrase timed only as a whole (EGD-CXR): the phrase's time is shared evenly among
 * its words, in order. Approximate by construction; docs/importers.md says so.
 */
export function spreadPhrase(phrase: string, begin: number, end: number): TimedToken[] {
  const parts = phrase.split(/\s+/).filter(Boolean);
  const span = Math.max(0, end - begin) / Math.max(1, parts.length);
  return parts.map((text, i) => ({
    text,
    start: round3(begin + i * span),
    end: round3(i === parts.length - 1 ? end : begin + (i + 1) * span),
  }));
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Kind rules, first match wins (the order matters: a recommendation may also hedge). */
const KIND_RULES: ReadonlyArray<readonly [StepKind, RegExp]> = [
  [
    'recommendation',
    /\b(recommend\w*|advis\w*|follow[- ]?up|correlat\w*|consider\w*|suggest(ed)? (further|repeat|follow|ct|correlation)|further (evaluation|imaging|assessment)|repeat (imaging|radiograph|film|study))\b/i,
  ],
  [
    'differential',
    /\b(differential|versus|vs\.?|cannot (be )?(excluded?|ruled? out)|rule out|could (also )?represent|may (also )?represent|or (less likely|possibly))\b/i,
  ],
  [
    'conclusion',
    /^\s*(impression|conclusion|in summary|summary|overall)\b|\bno acute (cardiopulmonary|cardiothoracic|intrathoracic|osseous)?\s*(process|abnormality|disease|findings?)\b/i,
  ],
  [
    'interpretation',
    /\b(consistent with|compatible with|suggest(s|ive|ing)?|likely|probabl[ey]|represents?|due to|secondary to|concerning for|suspicious for|worrisome for|may be|favou?r\w*|in keeping with)\b/i,
  ],
];

export function stepKind(text: string): StepKind {
  for (const [kind, re] of KIND_RULES) if (re.test(text)) return kind;
  return 'observation';
}

/**
 * Keyword patterns per finding label. A match means the sentence *mentions* the finding, negated
 * or not ("no pneumothorax" links Pneumothorax): the link says what the reader was reasoning
 * about, which is what gaze–word linking needs; positivity is in the read's findings.
 */
const FINDING_PATTERNS: ReadonlyArray<readonly [Finding, RegExp]> = [
  [
    'Abnormal mediastinal contour',
    /\b(mediastinal (widening|contour|enlargement|mass)|widen(ed|ing) (of the )?mediastinum|wide mediastinum)\b/i,
  ],
  ['Acute fracture', /\bfractur\w*/i],
  ['Atelectasis', /\batelecta\w*/i],
  ['Consolidation', /\b(consolidat\w*|pneumonia|airspace (opacit\w*|disease)|infiltrat\w*)/i],
  [
    'Enlarged cardiac silhouette',
    /\b(cardiomegaly|(enlarged|enlargement of the|prominent) (cardiac|heart)|(cardiac silhouette|heart( size)?) (is |appears )?(mildly |moderately |severely |markedly )?(enlarged|prominent))/i,
  ],
  [
    'Enlarged hilum',
    /\b((enlarged|prominent|full) hil(um|a|ar)|hilar (enlargement|prominence|fullness|adenopathy|mass))/i,
  ],
  ['Groundglass opacity', /\bground[- ]?glass/i],
  ['Hiatal hernia', /\bhiat(al|us) hernia/i],
  ['High lung volume / emphysema', /\b(emphysema\w*|hyperinfla\w*|hyperexpan\w*|copd|high lung volumes?)/i],
  [
    'Interstitial lung disease',
    /\b(interstitial lung disease|ild\b|fibros[ie]s|fibrotic|reticular (opacit\w*|markings?|pattern))/i,
  ],
  ['Lung nodule or mass', /\b(nodul\w*|mass(es)?)\b/i],
  [
    'Pleural abnormality',
    /\b(pleural (effusion|thickening|fluid|abnormalit\w*)|effusions?|blunt(ed|ing) (of the )?(costophrenic|cp))/i,
  ],
  ['Pneumothorax', /\bpneumothora\w*/i],
  ['Pulmonary edema', /\b(edema|oedema|vascular congestion|pulmonary venous (congestion|hypertension)|kerley)/i],
  [
    'Support devices',
    /\b(support (devices?|apparatus)|lines and tubes|tubes and lines|((endotracheal|et|nasogastric|ng|enteric|feeding|chest|tracheostomy) tube)|catheter|picc|central (venous )?line|pacemaker|pacer|icd|defibrillator|sternotomy wires?|port-?a-?cath|stent)\b/i,
  ],
  [
    'No finding',
    /\b(no acute (cardiopulmonary|cardiothoracic|intrathoracic) (process|abnormality|disease)|normal (chest|radiograph|study|exam)|no (radiographic )?abnormalit(y|ies))\b/i,
  ],
];

export function findingsIn(text: string): Finding[] {
  return FINDING_PATTERNS.filter(([, re]) => re.test(text)).map(([label]) => label);
}

/** The dictated conclusion: steps of kind "conclusion", else the last step. */
export function impressionOf(steps: readonly ReasoningStep[]): string {
  const concl = steps.filter((s) => s.kind === 'conclusion');
  return (concl.length ? concl : steps.slice(-1)).map((s) => s.text).join(' ');
}
