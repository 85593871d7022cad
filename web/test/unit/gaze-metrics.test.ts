import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MISS_TYPES, MISS_TYPE_INFO, describeFixationMethod, fmt, formatSpan } from '../../src/lib/gaze-metrics';

test('every miss type has a one-line explanation quoting the thresholds in force', () => {
  assert.deepEqual(MISS_TYPES, ['SEARCH', 'RECOGNITION', 'DECISION']);
  const t = { usefulFieldOfViewDeg: 2.5, decisionDwellSec: 0.5 };
  assert.equal(
    MISS_TYPE_INFO.SEARCH.explain(t),
    'Never looked within the useful field of view (2.5°) of the finding’s region.',
  );
  assert.equal(
    MISS_TYPE_INFO.RECOGNITION.explain(t),
    'Looked at the region, but for less than the 0.5 s threshold in total.',
  );
  assert.equal(
    MISS_TYPE_INFO.DECISION.explain(t),
    'Looked at the region for 0.5 s or more, and still did not report it.',
  );
});

test('the fixation method is described with its parameters', () => {
  const none = { maxDispersionDeg: null, minFixationSec: null, velocityThresholdDegPerSec: null, maxDwellSec: null };
  assert.equal(describeFixationMethod({ ...none, method: 'GIVEN' }), 'given by the dataset');
  assert.equal(
    describeFixationMethod({ ...none, method: 'IVT', velocityThresholdDegPerSec: 20, minFixationSec: 0.1 }),
    'detected by velocity threshold (I-VT): 20 °/s, at least 100 ms',
  );
  assert.equal(
    describeFixationMethod({ ...none, method: 'IDT', maxDispersionDeg: 1, minFixationSec: 0.1 }),
    'detected by dispersion threshold (I-DT): dispersion ≤ 1°, at least 100 ms',
  );
});

test('values carry their units; missing values are an en dash', () => {
  assert.equal(fmt.ms(245.6), '246 ms');
  assert.equal(fmt.share(0.6425), '64.3 %');
  assert.equal(fmt.sec(1.234), '1.23 s');
  assert.equal(fmt.deg(4.06), '4.1°');
  assert.equal(fmt.share(null), '–');
  assert.equal(formatSpan(1.05), '+1.05 s');
  assert.equal(formatSpan(-0.5), '−0.50 s');
  assert.equal(formatSpan(0), '0.00 s');
  assert.equal(formatSpan(null), '–');
});
