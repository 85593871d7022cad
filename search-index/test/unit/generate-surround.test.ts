/**
 * The surround gaze keeps out of when a reader must not see a finding (generate/surround.ts),
 * and the tracks keeping out of it: a search miss stays unseen and a recognition miss brief even
 * while the reader looks at a reported finding right beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFixations } from '../../src/metrics/fixations.ts';
import { insideRegion } from '../../src/metrics/regions.ts';
import { DEFAULT_THRESHOLDS } from '../../src/metrics/thresholds.ts';
import type { Box, TrackRecord } from '../../src/model.ts';
import { RngStreams } from '../../src/generate/prng.ts';
import type { MissKind, TrackPlan } from '../../src/generate/reads.ts';
import {
  grow,
  imageShare,
  keepOutMargin,
  reachAt,
  shareOutside,
  widestKeepOutMargin,
} from '../../src/generate/surround.ts';
import { denseTrack, sparseTrack } from '../../src/generate/tracks.ts';

test('surround geometry, by hand', () => {
  assert.equal(reachAt(40), 100); // 2.5° × 40 px/°
  assert.equal(keepOutMargin(100, 1024, 768), 100 + 0.03 * 1024);
  assert.equal(widestKeepOutMargin(1024, 1024), 2.5 * 50 + 0.03 * 1024);
  assert.deepEqual(grow({ xmin: 10, ymin: 20, xmax: 30, ymax: 40 }, 5), { xmin: 5, ymin: 15, xmax: 35, ymax: 45 });
  const a = { xmin: 0, ymin: 0, xmax: 10, ymax: 10 };
  assert.equal(shareOutside(a, { xmin: 5, ymin: 0, xmax: 20, ymax: 10 }), 0.5);
  assert.equal(shareOutside(a, { xmin: 2, ymin: 2, xmax: 8, ymax: 12 }), 1 - (6 * 8) / 100);
  assert.equal(shareOutside(a, { xmin: 20, ymin: 20, xmax: 30, ymax: 30 }), 1);
  assert.equal(shareOutside(a, { xmin: -1, ymin: -1, xmax: 11, ymax: 11 }), 0);
  // Clipped to the image: 50 × 50 of 100 × 100.
  assert.equal(imageShare({ xmin: -10, ymin: -10, xmax: 50, ymax: 50 }, 100, 100), 0.25);
});

// A reported finding and, 60 px to its right, a missed one whose surround covers the reported
// box's right part (at 50 px/° the surround starts 155.7 px left of the missed box, at x 364.3:
// 40% of the reported box lies outside it).
const REPORTED: Box = { xmin: 300, ymin: 400, xmax: 460, ymax: 560 };
const MISSED: Box = { xmin: 520, ymin: 420, xmax: 580, ymax: 480 };

function plan(seed: number, kind: MissKind): TrackPlan {
  return {
    readId: `r${seed}`,
    width: 1024,
    height: 1024,
    durationSec: 40,
    strategy: seed % 2 ? 'free-search' : 'global-then-focal',
    looks: [
      { t: 12, box: REPORTED, finding: 'Lung nodule or mass' },
      { t: 30, box: REPORTED, finding: 'Lung nodule or mass' },
    ],
    missed: [{ label: 'Consolidation', box: MISSED, kind }],
    targets: [REPORTED],
    experienceYears: seed % 20,
  };
}

/** Dwell (s) of the track's fixations within the box grown by the useful field of view, as the metrics count it. */
function dwellOn(track: TrackRecord, box: Box): number {
  const { fixations } = detectFixations(track, 'idt', DEFAULT_THRESHOLDS);
  const reach = reachAt(track.pixelsPerDegree ?? 40);
  return fixations
    .filter((f) => insideRegion(f.x, f.y, { shape: 'box', ...box }, reach))
    .reduce((s, f) => s + f.end - f.start, 0);
}

test('a search miss stays unseen and a recognition miss brief beside a reported finding', () => {
  for (let seed = 0; seed < 30; seed++)
    for (const render of [denseTrack, sparseTrack]) {
      const where = `seed ${seed}, ${render === denseTrack ? 'dense' : 'sparse'}`;
      const search = render(new RngStreams(seed), plan(seed, 'search'));
      assert.ok(dwellOn(search, REPORTED) > 0.5, `${where}: the reported finding is looked at`);
      assert.equal(dwellOn(search, MISSED), 0, `${where}: the search miss is never within the useful field of view`);
      const glance = dwellOn(render(new RngStreams(seed), plan(seed, 'recognition')), MISSED);
      assert.ok(glance > 0 && glance < DEFAULT_THRESHOLDS.decisionDwellSec, `${where}: recognition dwell ${glance} s`);
    }
});
