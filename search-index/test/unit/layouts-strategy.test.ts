import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fixation } from '../../src/model.ts';
import { deriveStrategy, RULE } from '../../src/layouts/strategy.ts';

// 1000 × 1000 image with the default thorax box (x 120–880, y 100–820): zone centres below.
const W = 1000,
  H = 1000;
const X = [300, 700]; // patient's right lung (image left), left lung
const Y = [220, 460, 700]; // upper, middle, lower thirds

/** Fixations of `dur` seconds at zones given as [side, level], one after another. */
function path(zones: Array<[number, number]>, dur = 0.3, t0 = 0.2): Fixation[] {
  let t = t0;
  return zones.map(([s, l], i) => {
    const f = { start: t, end: t + dur, x: X[s]! + (i % 3) * 7, y: Y[l]! - (i % 2) * 9 };
    t += dur + 0.05;
    return f;
  });
}

test('right lung top to bottom, then left lung: systematic', () => {
  const d = deriveStrategy({
    fixations: path([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]),
    width: W,
    height: H,
  });
  assert.equal(d.strategy, 'systematic');
});

test('level by level, left side first, with one swap: still systematic', () => {
  const d = deriveStrategy({
    fixations: path([
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 2],
      [0, 2],
    ]),
    width: W,
    height: H,
  });
  assert.equal(d.strategy, 'systematic', d.rule);
});

test('a zig-zag over the lungs in no checklist order, with no dwell: free search', () => {
  const d = deriveStrategy({
    fixations: path([
      [1, 2],
      [0, 0],
      [1, 1],
      [0, 2],
      [1, 0],
      [0, 1],
    ]),
    width: W,
    height: H,
  });
  assert.equal(d.strategy, 'free-search');
});

test('both lungs in the first 3 s, then a long dwell in one zone: global-then-focal', () => {
  const early = path(
    [
      [1, 2],
      [0, 0],
      [1, 1],
      [0, 2],
    ],
    0.5,
    0.1,
  );
  const dwell = path(
    [
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
    ],
    0.6,
    3.2,
  );
  const d = deriveStrategy({ fixations: [...early, ...dwell], width: W, height: H });
  assert.equal(d.strategy, 'global-then-focal', d.rule);
});

test('straight to a labelled region: focal; a region covering most of the image does not count', () => {
  const fixations = path([
    [0, 2],
    [0, 2],
    [1, 0],
    [1, 1],
    [0, 0],
    [1, 2],
  ]);
  const small = { xmin: 220, ymin: 620, xmax: 380, ymax: 780 };
  assert.equal(deriveStrategy({ fixations, width: W, height: H, labelledRegions: [small] }).strategy, 'focal');
  const huge = { xmin: 0, ymin: 0, xmax: 900, ymax: 900 };
  assert.notEqual(deriveStrategy({ fixations, width: W, height: H, labelledRegions: [huge] }).strategy, 'focal');
});

test('comparison-driven only when the caller says a prior was viewed first', () => {
  const fixations = path([
    [0, 0],
    [0, 1],
    [0, 2],
    [1, 0],
  ]);
  assert.equal(
    deriveStrategy({ fixations, width: W, height: H, priorViewedFirst: true }).strategy,
    'comparison-driven',
  );
  assert.notEqual(deriveStrategy({ fixations, width: W, height: H }).strategy, 'comparison-driven');
});

test(`fewer than ${RULE.minFixations} fixations: free search`, () => {
  assert.equal(
    deriveStrategy({
      fixations: path([
        [0, 0],
        [1, 0],
      ]),
      width: W,
      height: H,
    }).strategy,
    'free-search',
  );
  assert.equal(deriveStrategy({ fixations: [], width: W, height: H }).strategy, 'free-search');
});

test('fixations are taken in time order whatever order they come in', () => {
  const d = deriveStrategy({
    fixations: path([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]).reverse(),
    width: W,
    height: H,
  });
  assert.equal(d.strategy, 'systematic');
});

test('zones from separate lung boxes (EGD-CXR) and from a chest box (REFLACX)', () => {
  const lungs = {
    right: { xmin: 100, ymin: 100, xmax: 450, ymax: 850 },
    left: { xmin: 550, ymin: 100, xmax: 900, ymax: 850 },
  };
  const ys = [200, 480, 750];
  let t = 0;
  const fixations = [
    [0, 0],
    [0, 1],
    [0, 2],
    [1, 0],
    [1, 1],
    [1, 2],
  ].map(([s, l]) => ({ start: t, end: (t += 0.3), x: s ? 700 : 300, y: ys[l!]! }));
  assert.equal(deriveStrategy({ fixations, width: W, height: H, lungs }).strategy, 'systematic');
  // The same points against a chest box that only covers the upper half: fewer than 4 zones.
  const chest = { xmin: 100, ymin: 100, xmax: 900, ymax: 400 };
  assert.equal(deriveStrategy({ fixations, width: W, height: H, chest }).strategy, 'free-search');
});
