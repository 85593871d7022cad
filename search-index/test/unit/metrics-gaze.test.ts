import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fixation, ReasoningStep } from '../../src/model.ts';
import type { Finding } from '../../src/vocabulary.ts';
import type { ReadMetricInput, Region } from '../../src/metrics/contract.ts';
import { lungCoverage } from '../../src/metrics/coverage.ts';
import { firstMentions } from '../../src/metrics/eye-voice.ts';
import { findingGaze } from '../../src/metrics/finding-gaze.ts';
import { readGazeMetrics } from '../../src/metrics/gaze-metrics.ts';
import { presentFindings } from '../../src/metrics/presence.ts';
import { DEFAULT_THRESHOLDS, resolveThresholds } from '../../src/metrics/thresholds.ts';
import { box, fix } from './metric-shapes.ts';

function input(over: Partial<ReadMetricInput>): ReadMetricInput {
  return {
    readId: 'r',
    durationSec: 10,
    image: { width: 1000, height: 1000 },
    pixelsPerDegree: 40,
    fixations: [],
    lungFields: { source: 'dataset', regions: [box(0, 300, 300, 600)] },
    firstStepStartSec: null,
    findings: [],
    presentFindings: [],
    referenceRegions: new Map(),
    firstMentionSec: new Map(),
    thresholds: DEFAULT_THRESHOLDS,
    ...over,
  };
}

test('a square scanpath: four 10° saccades, durations 200…600 ms, one fixation in the lung box', () => {
  // Corners of a 400 px square at 40 px/°, back to the start.
  const fixations = [
    fix(0, 0.2, 100, 100),
    fix(0.25, 0.55, 500, 100),
    fix(0.6, 1.0, 500, 500),
    fix(1.05, 1.55, 100, 500),
    fix(1.6, 2.2, 100, 100),
  ];
  const g = readGazeMetrics(input({ fixations, durationSec: 2.5, firstStepStartSec: 0.5, fixationMethod: 'idt' }));
  assert.equal(g.fixationCount, 5);
  assert.equal(g.meanFixationMs, 400); // (200 + 300 + 400 + 500 + 600) / 5
  assert.equal(g.medianFixationMs, 400);
  assert.equal(g.meanSaccadeDeg, 10); // 400 px / 40 px/°
  assert.equal(g.scanpathLengthDeg, 40);
  // Only (100, 500) lies in the lung box [0,300]×[300,600].
  assert.equal(g.lungDwellSec, 0.5);
  assert.equal(g.ttffLungSec, 1.05);
  // Its 2.5° = 100 px disc lies wholly in the 300×300 box: π·100² / 90,000.
  assert.ok(Math.abs(g.lungCoverage! - (Math.PI * 1e4) / 9e4) < 0.005, `coverage ${g.lungCoverage}`);
  assert.equal(g.searchBeforeSpeechShare, 0.2); // 0.5 s of 2.5 s
  assert.equal(g.lungFieldSource, 'dataset');
  assert.equal(g.fixationMethod, 'idt');
});

test('no fixations: counts are zero and the rest is null', () => {
  const g = readGazeMetrics(input({}));
  assert.deepEqual(
    [g.fixationCount, g.meanFixationMs, g.medianFixationMs, g.meanSaccadeDeg, g.scanpathLengthDeg, g.ttffLungSec],
    [0, null, null, null, 0, null],
  );
  assert.equal(g.lungCoverage, 0);
  assert.equal(g.searchBeforeSpeechShare, null);
});

test('coverage of a known lung mask: a quarter disc, and two overlapping discs', () => {
  const lung = [box(0, 0, 400, 400)];
  // A fixation on the corner covers a quarter of its disc: π·100² / 4 / 160,000.
  const quarter = lungCoverage(lung, [{ x: 0, y: 0 }], 100)!;
  assert.ok(Math.abs(quarter - (Math.PI * 1e4) / 4 / 16e4) < 0.002, `quarter ${quarter}`);
  // Two discs 50 px apart: union = 2πr² − lens, lens = 2r²·acos(d/2r) − (d/2)·√(4r² − d²).
  const r = 100;
  const d = 50;
  const lens = 2 * r * r * Math.acos(d / (2 * r)) - (d / 2) * Math.sqrt(4 * r * r - d * d);
  const union = (2 * Math.PI * r * r - lens) / 16e4; // 0.25819
  const two = lungCoverage(
    lung,
    [
      { x: 200, y: 200 },
      { x: 250, y: 200 },
    ],
    r,
  )!;
  assert.ok(Math.abs(two - union) < 0.003, `two discs ${two} vs ${union}`);
  // Two ellipse lungs, one of them fully covered by a large radius: half the area.
  const lungs: Region[] = [
    { shape: 'ellipse', xmin: 0, ymin: 0, xmax: 100, ymax: 200 },
    { shape: 'ellipse', xmin: 300, ymin: 0, xmax: 400, ymax: 200 },
  ];
  const half = lungCoverage(lungs, [{ x: 50, y: 100 }], 120)!;
  assert.ok(Math.abs(half - 0.5) < 0.005, `half ${half}`);
  assert.equal(lungCoverage([], [{ x: 0, y: 0 }], 10), null);
});

const PTX: Finding = 'Pneumothorax';
/** A reference region at [700,800]²; gaze counts within 2.5° = 100 px of it. */
const REFERENCE = new Map([[PTX, { region: box(700, 700, 800, 800), source: 'reference' as const }]]);

function missOf(fixations: Fixation[], thresholds = DEFAULT_THRESHOLDS) {
  const [g] = findingGaze(input({ fixations, presentFindings: [PTX], referenceRegions: REFERENCE, thresholds }));
  return g!;
}

test('a present, unreported finding never looked at is a search miss', () => {
  const g = missOf([fix(0, 1, 100, 100), fix(1, 2, 300, 100), fix(2, 3, 590, 750)]); // 110 px left of the box
  assert.deepEqual(
    { ttff: g.ttffSec, dwell: g.dwellSec, visits: g.visits, n: g.fixationCount, miss: g.missType },
    { ttff: null, dwell: 0, visits: 0, n: 0, miss: 'SEARCH' },
  );
  assert.equal(g.regionSource, 'reference');
  assert.equal(g.reported, false);
  assert.equal(g.certainty, null);
});

test('dwell of 0.9 s on the region is a recognition miss, 1.1 s a decision miss (threshold 1,000 ms)', () => {
  // Two visits: 0.5 s inside, a look away, then 0.4 s (or 0.6 s) 20 px outside the box (within 100 px).
  const visits = (second: number) => [
    fix(1.0, 1.5, 750, 750),
    fix(1.6, 1.8, 100, 100),
    fix(2.0, 2.0 + second, 820, 760),
  ];
  const brief = missOf(visits(0.4));
  assert.deepEqual(
    [brief.ttffSec, brief.dwellSec, brief.firstPassDwellSec, brief.visits, brief.fixationCount, brief.missType],
    [1, 0.9, 0.5, 2, 2, 'RECOGNITION'],
  );
  const long = missOf(visits(0.6));
  assert.deepEqual([long.dwellSec, long.missType], [1.1, 'DECISION']);
  // A dataset that sets the threshold to 500 ms makes the 0.9 s dwell a decision miss.
  assert.equal(missOf(visits(0.4), resolveThresholds({ decisionDwellSec: 0.5 })).missType, 'DECISION');
  // A larger useful field of view (3° = 120 px) makes the fixation 110 px off count too.
  const wide = missOf([fix(0, 0.3, 590, 750)], resolveThresholds({ usefulFieldOfViewDeg: 3 }));
  assert.deepEqual([wide.dwellSec, wide.missType], [0.3, 'RECOGNITION']);
});

test('a reported finding: own mark first, eye-voice span, no miss; entries for present and reported only', () => {
  const fixations = [fix(3.0, 3.3, 150, 150), fix(3.4, 3.6, 750, 750)];
  const out = findingGaze(
    input({
      fixations,
      findings: [
        { label: 'Consolidation', certainty: 4, region: box(100, 100, 200, 200) },
        { label: PTX, certainty: 2, region: null }, // mentioned as unlikely: not reported
        { label: 'Atelectasis', certainty: 1, region: null }, // neither present nor reported: no entry
        { label: 'No finding', certainty: 5, region: null },
      ],
      presentFindings: [PTX, 'Pleural abnormality'],
      referenceRegions: new Map([
        ...REFERENCE,
        ['Consolidation', { region: box(0, 0, 10, 10), source: 'reference' as const }],
      ]),
      firstMentionSec: new Map<Finding, number | null>([
        ['Consolidation', 4.2],
        [PTX, 3.0],
      ]),
    }),
  );
  assert.deepEqual(
    out.map((g) => g.finding),
    ['Consolidation', 'Pleural abnormality', 'Pneumothorax'],
  );
  const [cons, pleural, ptx] = out;
  assert.deepEqual(
    [cons!.reported, cons!.present, cons!.regionSource, cons!.ttffSec, cons!.eyeVoiceSpanSec, cons!.missType],
    [true, false, 'reader', 3, 1.2, null],
  );
  // Present, no region anywhere: nothing says where to look, so no miss type.
  assert.deepEqual([pleural!.region, pleural!.regionSource, pleural!.missType], [null, null, null]);
  // Named at 3.0 s, first looked at 3.4 s: the span is negative. Certainty 2 is not a report.
  assert.deepEqual([ptx!.certainty, ptx!.eyeVoiceSpanSec, ptx!.missType], [2, -0.4, 'RECOGNITION']);
});

test('consensus regions are used and labelled when there is no own mark or reference', () => {
  const [g] = findingGaze(
    input({
      fixations: [fix(0, 2, 750, 750)],
      presentFindings: [PTX],
      referenceRegions: new Map([[PTX, { region: box(700, 700, 800, 800), source: 'consensus' as const }]]),
    }),
  );
  assert.deepEqual([g!.regionSource, g!.missType], ['consensus', 'DECISION']);
});

test('presence: the reference when given, else a strict majority of the other readers', () => {
  assert.deepEqual(presentFindings(['Pneumothorax', 'Atelectasis'], [['Consolidation']]), [
    'Atelectasis',
    'Pneumothorax',
  ]);
  assert.deepEqual(presentFindings(['No finding'], [['Atelectasis']]), []); // the reference says: nothing
  assert.deepEqual(
    presentFindings(
      [],
      [
        ['Atelectasis', 'Atelectasis'],
        ['Atelectasis', 'Consolidation'],
        ['Consolidation', 'Pneumothorax'],
      ],
    ),
    ['Atelectasis', 'Consolidation'],
  );
  assert.deepEqual(presentFindings(null, [['Atelectasis'], []]), []); // one of two is not more than half
  assert.deepEqual(presentFindings(null, []), []); // a lone reader: no consensus
});

const step = (start: number, findings: Finding[], words: [string, number][]): ReasoningStep => ({
  text: words.map((w) => w[0]).join(' ') || 'x',
  start,
  end: start + 1,
  kind: 'observation',
  findings,
  hedges: [],
  words: words.map(([text, s]) => ({ text, start: s, end: s + 0.2 })),
});

test('first mentions: the word naming the finding in its first linked step, else that step’s first word', () => {
  const m = firstMentions([
    step(
      6,
      ['Pleural abnormality', 'Consolidation'],
      [
        ['Possible', 6],
        ['pneumonia.', 6.5],
      ],
    ),
    step(
      3,
      ['Pleural abnormality'],
      [
        ['There', 3],
        ['is', 3.2],
        ['a', 3.3],
        ['small', 3.4],
        ['right', 3.6],
        ['pleural', 3.9],
        ['effusion.', 4.3],
      ],
    ),
    step(
      8,
      ['Pneumothorax'],
      [
        ['Lucency', 8],
        ['at', 8.4],
        ['the', 8.5],
        ['apex.', 8.6],
      ],
    ),
    step(9, ['Atelectasis'], []),
  ]);
  assert.deepEqual(
    [...m],
    [
      ['Pleural abnormality', 3.9],
      ['Consolidation', 6.5],
      ['Pneumothorax', 8],
      ['Atelectasis', null],
    ],
  );
});
