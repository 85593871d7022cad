/**
 * Composes a read's dictated reasoning: 3–8 steps in the order a radiologist dictates them
 * (observation → interpretation → differential → recommendation → conclusion), hedged by
 * certainty, then timed word by word at dictation pace. Tokens that name a finding or an
 * anatomical place carry the box the reader looked at, so the track can fixate it just
 * before the word is spoken.
 */
import type { Finding, StepKind, Strategy } from '../vocabulary.ts';
import type { Box, ReasoningStep } from '../model.ts';
import { namesFinding } from '../metrics/eye-voice.ts';
import { toPixels, type FindingSite } from './anatomy.ts';
import { phrasesFor, type Phrases } from './phrases.ts';
import type { Rng } from './prng.ts';
import { findHedges } from '../text/hedges.ts';

export interface Token {
  text: string;
  finding?: Finding;
  /** What the reader looks at just before saying this word. */
  look?: Box;
}

export interface DraftStep {
  kind: StepKind;
  tokens: Token[];
  findings: Finding[];
}

/** A finding as one reader reports it. */
export interface ReportedFinding {
  label: Finding;
  certainty: number;
  site: FindingSite;
}

export interface ComposeInput {
  strategy: Strategy;
  findings: ReportedFinding[];
  viewPosition: string;
  width: number;
  height: number;
  /** Clinical indication, when the reader was shown it and used it. */
  usedIndication: string | null;
  /** 0..1: how much the reader says beyond the minimum. */
  verbosity: number;
}

type Part = string | [string, Token['finding'], Box | undefined];

/** Builds one sentence from parts; a part with a note marks its first word. */
function sentence(parts: Part[], end = '.'): Token[] {
  const tokens: Token[] = [];
  for (const part of parts) {
    const [text, finding, look] = typeof part === 'string' ? [part, undefined, undefined] : part;
    const words = text.split(' ').filter(Boolean);
    words.forEach((w, i) => {
      // Punctuation given as its own word belongs to the word before it.
      if (/^[,;:]$/.test(w) && tokens.length) {
        tokens[tokens.length - 1]!.text += w;
        return;
      }
      const token: Token = { text: w };
      if (i === 0 && finding) token.finding = finding;
      if (i === 0 && look) token.look = look;
      tokens.push(token);
    });
  }
  const first = tokens[0];
  if (first) first.text = first.text[0]!.toUpperCase() + first.text.slice(1);
  const last = tokens[tokens.length - 1];
  if (last) last.text += end;
  return tokens;
}

function stripArticle(phrase: string): string {
  return phrase.replace(/^(a|an) /, '');
}

const ANATOMY_REL = {
  trachea: { x0: 0.44, y0: 0.04, x1: 0.56, y1: 0.3 },
  costophrenic: { x0: 0.1, y0: 0.64, x1: 0.9, y1: 0.84 },
  apices: { x0: 0.14, y0: 0.06, x1: 0.86, y1: 0.28 },
  heart: { x0: 0.38, y0: 0.5, x1: 0.78, y1: 0.8 },
  lungs: { x0: 0.16, y0: 0.18, x1: 0.84, y1: 0.74 },
  bones: { x0: 0.04, y0: 0.12, x1: 0.96, y1: 0.7 },
  mediastinum: { x0: 0.4, y0: 0.12, x1: 0.6, y1: 0.48 },
};

/** Pertinent negatives: said only when the reader reports nothing that contradicts them. */
const NEGATIVES: { unless: Finding[]; parts: (box: (k: keyof typeof ANATOMY_REL) => Box) => Part[] }[] = [
  {
    unless: ['Pleural abnormality'],
    parts: (b) => ['the', ['costophrenic', undefined, b('costophrenic')], 'angles are sharp'],
  },
  { unless: ['Pneumothorax'], parts: (b) => ['no', ['pneumothorax', undefined, b('apices')], 'is seen'] },
  {
    unless: ['Enlarged cardiac silhouette'],
    parts: (b) => ['the', ['heart', undefined, b('heart')], 'size is normal'],
  },
  { unless: ['Acute fracture'], parts: (b) => ['the visualized', ['bones', undefined, b('bones')], 'are intact'] },
  {
    unless: ['Abnormal mediastinal contour', 'Enlarged hilum'],
    parts: (b) => ['the', ['mediastinal', undefined, b('mediastinum')], 'contours are normal'],
  },
];

function interpretation(rng: Rng, f: ReportedFinding, p: Phrases): Part[] {
  const named = rng.pick(p.named);
  const note: Part = [named, f.label, f.site.region];
  switch (f.certainty) {
    case 5:
      return rng.pick<Part[]>([
        ['findings are consistent with', note],
        ['this represents', note],
        ['appearances are typical of', note],
      ]);
    case 4:
      return rng.pick<Part[]>([
        ['this is probably', note],
        ['appearances are suspicious for', note],
        ['this most likely represents', note],
        ['findings are concerning for', note],
        ['the pattern suggests', note],
      ]);
    case 3:
      return rng.pick<Part[]>([
        ['this may represent', note],
        ['this is possibly', note],
        ['there is possible', [stripArticle(named), f.label, f.site.region]],
      ]);
    case 2:
      return rng.pick<Part[]>([
        [note, 'is less likely'],
        ['this is less likely to be', note],
      ]);
    default:
      return rng.pick<Part[]>([
        [note, 'is unlikely'],
        ['this is unlikely to be', note],
      ]);
  }
}

/** "reticular opacities at …" takes "are"; "a meniscus at …", "perihilar haziness" take "is". */
function isPlural(phrase: string): boolean {
  if (/^(a|an) /.test(phrase)) return false;
  const head = phrase.split(/ (?:of|at|in|with|without|along|and|coursing) |,/)[0]!;
  return / and /.test(phrase.slice(0, head.length + 5)) || /[^siu]s$/.test(head);
}

function observation(rng: Rng, f: ReportedFinding, p: Phrases): Part[] {
  const seen = rng.pick(p.seen);
  const be = isPlural(seen) ? 'are' : 'is';
  const note = (text: string): Part => [text, f.label, f.site.region];
  if (f.certainty >= 4) return [rng.pick([`there ${be}`, 'I see', 'note is made of', 'I notice']), note(seen)];
  if (f.certainty === 3) return [rng.pick([`there ${be} possibly`, `I think there ${be} possibly`]), note(seen)];
  return /^(a|an) /.test(seen)
    ? ['there is possibly', note(seen), ', although this is less likely to be real']
    : [`there ${be} questionable`, note(seen)];
}

/** What every section of a read's reasoning looks up: anatomy boxes in pixels and each finding's phrases. */
interface Composing {
  box: (k: keyof typeof ANATOMY_REL) => Box;
  P: (f: ReportedFinding) => Phrases;
  abnormal: boolean;
  /** Findings reported with certainty ≥ 3 (the impression names them). */
  firm: ReportedFinding[];
}

/**
 * A read's reasoning steps and impression, section by section in reading order (each section
 * draws from `rng` in turn, so the order below is part of the generator's output), then trimmed
 * to 3–8 steps.
 */
export function composeReasoning(rng: Rng, input: ComposeInput): { steps: DraftStep[]; impression: string } {
  const { findings, width, height } = input;
  const phrases = new Map(findings.map((f) => [f.label, phrasesFor(f.site)]));
  const c: Composing = {
    box: (k) => toPixels(ANATOMY_REL[k], width, height),
    P: (f) => phrases.get(f.label)!,
    abnormal: findings.length > 0,
    firm: findings.filter((f) => f.certainty >= 3),
  };
  const sections: Sections = {
    opener: openerStep(rng, input, c),
    observations: observationSteps(rng, input, c),
    negatives: negativeSteps(rng, input, c),
    interpretations: interpretationSteps(rng, input, c),
    differential: differentialStep(rng, input, c),
    recommendation: recommendationStep(rng, input, c),
  };
  const { conclusion, impression } = conclusionStep(c);
  return { steps: trimmed(sections, conclusion), impression };
}

interface Sections {
  opener: DraftStep | null;
  observations: DraftStep[];
  negatives: Negatives;
  interpretations: DraftStep[];
  differential: DraftStep | null;
  recommendation: DraftStep | null;
}

/** The strategy's opening remark, when it has one. */
function openerStep(rng: Rng, input: ComposeInput, { box, abnormal }: Composing): DraftStep | null {
  const view = input.viewPosition;
  const tokens: Token[] | null =
    input.strategy === 'systematic'
      ? rng.chance(0.5)
        ? sentence([
            `systematic review of this ${view} chest radiograph, starting with the`,
            ['airway', undefined, box('trachea')],
          ])
        : sentence(['starting with lines, tubes and airway: the', ['trachea', undefined, box('trachea')], 'is midline'])
      : input.strategy === 'global-then-focal'
        ? sentence([
            rng.pick([
              `overall this is an adequately inspired ${view} film`,
              `at first glance this ${view} study looks ${abnormal ? 'abnormal' : 'unremarkable'}`,
            ]),
          ])
        : input.strategy === 'comparison-driven'
          ? sentence([
              rng.pick([
                'comparison is made with the prior study of the same patient',
                'reviewing this against the prior film first',
              ]),
            ])
          : input.strategy === 'free-search' && rng.chance(0.4)
            ? sentence(['scanning through both', ['lungs', undefined, box('lungs')]])
            : null;
  return tokens ? { kind: 'observation', tokens, findings: [] } : null;
}

/** One step per finding, the rest folded into "There is also ...". */
function observationSteps(rng: Rng, { findings }: ComposeInput, { P }: Composing): DraftStep[] {
  const steps: DraftStep[] = [];
  for (const f of findings.slice(0, 3))
    steps.push({ kind: 'observation', tokens: sentence(observation(rng, f, P(f))), findings: [f.label] });
  const rest = findings.slice(3);
  if (rest.length) {
    const parts: Part[] = ['there is also'];
    rest.forEach((f, i) => {
      if (i > 0) parts.push(i === rest.length - 1 ? 'and' : ',');
      parts.push([rng.pick(P(f).seen), f.label, f.site.region]);
    });
    steps.push({ kind: 'observation', tokens: sentence(parts), findings: rest.map((f) => f.label) });
  }
  return steps;
}

/** Pertinent negatives given so far, and more on demand (the trimming adds some to a short read). */
interface Negatives {
  steps: DraftStep[];
  /** Adds the next unused negative (none once they are used up). */
  add(): void;
  left(): boolean;
}

/** A normal read lists a few pertinent negatives, an abnormal one at most one. */
function negativeSteps(rng: Rng, input: ComposeInput, { box, abnormal }: Composing): Negatives {
  const reported = new Set(input.findings.map((f) => f.label));
  const pool = rng.shuffle(NEGATIVES.filter((n) => !n.unless.some((l) => reported.has(l))));
  let next = 0;
  const negatives: Negatives = {
    steps: [],
    add() {
      const n = pool[next++];
      if (n) negatives.steps.push({ kind: 'observation', tokens: sentence(n.parts(box)), findings: [] });
    },
    left: () => next < pool.length,
  };
  if (!abnormal) {
    negatives.steps.push({
      kind: 'observation',
      tokens: sentence(['the', ['lungs', undefined, box('lungs')], 'are clear without focal consolidation']),
      findings: [],
    });
    for (let i = rng.int(1, 2); i > 0; i--) negatives.add();
  } else if (rng.chance(input.strategy === 'systematic' ? 0.8 : 0.35 + 0.3 * input.verbosity)) {
    negatives.add();
  }
  return negatives;
}

/** The main findings interpreted, with the clinical history when the reader used it. */
function interpretationSteps(rng: Rng, input: ComposeInput, { P, abnormal }: Composing): DraftStep[] {
  const main = input.findings.slice(0, input.verbosity > 0.5 ? 2 : 1);
  if (abnormal) {
    const history: Part[] = input.usedIndication ? [`given the history of ${input.usedIndication},`] : [];
    const steps: DraftStep[] = [
      {
        kind: 'interpretation',
        tokens: sentence([...history, ...interpretation(rng, main[0]!, P(main[0]!))]),
        findings: [main[0]!.label],
      },
    ];
    if (main[1])
      steps.push({
        kind: 'interpretation',
        tokens: sentence(interpretation(rng, main[1], P(main[1]))),
        findings: [main[1].label],
      });
    return steps;
  }
  if (!input.usedIndication) return [];
  return [
    {
      kind: 'interpretation',
      tokens: sentence([
        `given the history of ${input.usedIndication}, there is no radiographic explanation for the symptoms`,
      ]),
      findings: [],
    },
  ];
}

/** A differential for the least certain finding, or sometimes the main one. */
function differentialStep(rng: Rng, input: ComposeInput, { P }: Composing): DraftStep | null {
  const doubtful = [...input.findings].sort((a, b) => a.certainty - b.certainty)[0];
  if (!doubtful || !(doubtful.certainty <= 3 || rng.chance(0.25 + 0.3 * input.verbosity))) return null;
  const p = P(doubtful);
  const alt = rng.pick(p.alternatives);
  const note: Part = [rng.pick(p.named), doubtful.label, doubtful.site.region];
  const parts = rng.pick<Part[]>([
    ['the differential includes', note, 'versus', alt],
    [alt, 'cannot be excluded'],
    ['I cannot exclude', alt],
    ['I cannot rule out', alt],
  ]);
  return { kind: 'differential', tokens: sentence(parts), findings: [doubtful.label] };
}

/** Sometimes a recommendation for the first firm finding that calls for one. */
function recommendationStep(rng: Rng, input: ComposeInput, { P, firm }: Composing): DraftStep | null {
  const actionable = firm.find((f) => f.label !== 'Support devices');
  if (!actionable || !rng.chance(0.55 + 0.3 * input.verbosity)) return null;
  return {
    kind: 'recommendation',
    tokens: sentence([rng.pick(P(actionable).recommend).replace(/\.$/, '')]),
    findings: [actionable.label],
  };
}

/** The impression line as the last step, and the read's impression text. */
function conclusionStep({ P, firm, abnormal }: Composing): { conclusion: DraftStep; impression: string } {
  const parts: Part[] = ['impression:'];
  let impression: string;
  if (firm.length) {
    const items = [...firm].sort((a, b) => b.certainty - a.certainty);
    const texts: string[] = [];
    items.forEach((f, i) => {
      if (i > 0) parts.push(i === items.length - 1 ? 'and' : ',');
      const short = P(f).short;
      if (f.certainty === 3) parts.push('possible');
      parts.push([short, f.label, f.site.region]);
      texts.push((f.certainty === 3 ? 'possible ' : '') + short);
    });
    impression = texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
  } else {
    impression = abnormal ? 'no definite acute abnormality' : 'no acute cardiopulmonary abnormality';
    parts.push(impression);
  }
  const conclusion: DraftStep = {
    kind: 'conclusion',
    tokens: sentence(parts),
    findings: firm.length ? firm.map((f) => f.label) : abnormal ? [] : ['No finding'],
  };
  return { conclusion, impression: impression[0]!.toUpperCase() + impression.slice(1) + '.' };
}

/** 3–8 steps in reading order: the least informative parts go first; a short read gets more negatives. */
function trimmed(s: Sections, conclusion: DraftStep): DraftStep[] {
  const assemble = () =>
    [
      s.opener,
      ...s.observations,
      ...s.negatives.steps,
      ...s.interpretations,
      s.differential,
      s.recommendation,
      conclusion,
    ].filter((x): x is DraftStep => x !== null);
  let steps = assemble();
  while (steps.length > 8) {
    if (s.negatives.steps.length) s.negatives.steps.pop();
    else if (s.opener) s.opener = null;
    else if (s.recommendation) s.recommendation = null;
    else if (s.interpretations.length > 1) s.interpretations.pop();
    else break;
    steps = assemble();
  }
  while (steps.length < 3 && s.negatives.left()) {
    s.negatives.add();
    steps = assemble();
  }
  return steps;
}

export interface TimingInput {
  /** Seconds of silent looking before the first word. */
  lead: number;
  /** Words per second, ~2.5 for dictation. */
  pace: number;
}

export interface TimedLook {
  /** When the word is spoken. */
  t: number;
  box: Box;
  finding: Finding | null;
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** Times every word; returns the schema's steps, the looks to place in the track, and the end. */
export function timeSteps(
  rng: Rng,
  steps: DraftStep[],
  timing: TimingInput,
): { steps: ReasoningStep[]; looks: TimedLook[]; end: number } {
  // Word length in seconds grows with its letters; 0.12 + 0.04/letter plus gaps averages ~2.5 w/s.
  const scale = 2.5 / timing.pace;
  let t = timing.lead;
  const looks: TimedLook[] = [];
  const out: ReasoningStep[] = steps.map((step, si) => {
    if (si > 0) t += rng.range(0.5, step.kind === 'differential' || step.kind === 'conclusion' ? 4 : 2.5);
    const words: { text: string; start: number; end: number }[] = [];
    for (const token of step.tokens) {
      const letters = token.text.replace(/[^A-Za-z0-9]/g, '').length;
      const duration = (0.12 + 0.04 * letters) * scale * rng.range(0.85, 1.15);
      const start = r3(t);
      t += duration;
      words.push({ text: token.text, start, end: r3(t) });
      t += rng.range(0.03, 0.09) * scale + (/[,:]$/.test(token.text) ? rng.range(0.15, 0.35) : 0);
    }
    step.tokens.forEach((token, i) => {
      if (!token.look) return;
      // A finding is looked at before the word that names it, as the eye-voice metric reads it.
      const at = token.finding ? mentionWord(words, token.finding) : words[i]!;
      looks.push({ t: at.start, box: token.look, finding: token.finding ?? null });
    });
    const text = step.tokens.map((tk) => tk.text).join(' ');
    return {
      text,
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
      kind: step.kind,
      findings: [...new Set(step.findings)],
      hedges: findHedges(text),
      words,
    };
  });
  return { steps: out, looks, end: out[out.length - 1]!.end };
}

/** The word of a step that names the finding (metrics/eye-voice.ts), else the step's first word. */
function mentionWord<W extends { text: string }>(words: W[], finding: Finding): W {
  return words.find((w) => namesFinding(w.text, finding)) ?? words[0]!;
}

/** Speeds a whole timed dictation up by `factor` (< 1), keeping every word's order. */
export function compressTimes(timed: { steps: ReasoningStep[]; looks: TimedLook[]; end: number }, factor: number) {
  const f = (v: number) => r3(v * factor);
  return {
    steps: timed.steps.map((s) => ({
      ...s,
      start: f(s.start),
      end: f(s.end),
      words: s.words.map((w) => ({ ...w, start: f(w.start), end: f(w.end) })),
    })),
    looks: timed.looks.map((l) => ({ ...l, t: f(l.t) })),
    end: f(timed.end),
  };
}
