import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lungFieldsFor } from '../../src/metrics/lung-fields.ts';
import { consensusRegion, insideRegion, regionArea } from '../../src/metrics/regions.ts';
import type { Region } from '../../src/metrics/contract.ts';
import { box } from './metric-shapes.ts';

function near(actual: Region, expected: Region) {
  assert.equal(actual.shape, expected.shape);
  for (const k of ['xmin', 'ymin', 'xmax', 'ymax'] as const)
    assert.ok(Math.abs(actual[k] - expected[k]) < 1e-9, `${k}: ${actual[k]} ≠ ${expected[k]}`);
}

test('a box grown by r holds the points within r of it (rounded corners)', () => {
  const b = box(0, 0, 100, 100);
  assert.ok(insideRegion(50, 50, b));
  assert.ok(!insideRegion(101, 50, b));
  assert.ok(insideRegion(105, 50, b, 5));
  assert.ok(insideRegion(103, 104, b, 5)); // distance 5 from the corner
  assert.ok(!insideRegion(104, 104, b, 5)); // distance 5.66
});

test('an ellipse is the one inscribed in its box; grown, its semi-axes grow by r', () => {
  const e: Region = { shape: 'ellipse', xmin: 0, ymin: 0, xmax: 200, ymax: 100 };
  assert.ok(insideRegion(199, 50, e));
  assert.ok(insideRegion(100, 99, e));
  assert.ok(!insideRegion(190, 90, e)); // 0.9² + 0.8² = 1.45
  assert.ok(!insideRegion(205, 50, e));
  assert.ok(insideRegion(205, 50, e, 10)); // 105 / 110 < 1
  assert.equal(regionArea(e), Math.PI * 100 * 50);
  assert.equal(regionArea(box(0, 0, 10, 20)), 200);
});

test('consensus of marks: the median of each edge, an ellipse when most marks are', () => {
  assert.equal(consensusRegion([]), null);
  near(consensusRegion([box(0, 0, 10, 10), box(2, 2, 12, 12), box(100, 100, 110, 110)])!, box(2, 2, 12, 12));
  near(consensusRegion([box(0, 0, 10, 10), box(2, 4, 12, 14)])!, box(1, 2, 11, 12));
  const ell = (b: Region): Region => ({ ...b, shape: 'ellipse' });
  assert.equal(consensusRegion([ell(box(0, 0, 1, 1)), ell(box(0, 0, 1, 1)), box(0, 0, 1, 1)])!.shape, 'ellipse');
  assert.equal(consensusRegion([ell(box(0, 0, 1, 1)), box(0, 0, 1, 1)])!.shape, 'box');
});

test('lung fields: the dataset’s anatomy, else the template in the chest box, else in the image', () => {
  const anatomy = [box(10, 10, 50, 90), box(60, 10, 90, 90)];
  assert.deepEqual(lungFieldsFor({ width: 100, height: 100 }, { anatomy, chestBox: box(0, 0, 1, 1) }), {
    source: 'dataset',
    regions: anatomy,
  });
  // Template (relative to the chest box): right lung centre (.275, .45), semi-axes (.18, .35).
  const chest = lungFieldsFor({ width: 1000, height: 1000 }, { chestBox: box(100, 100, 900, 700) });
  assert.equal(chest.source, 'chest-box-template');
  // 100 + .275·800 = 320 ± .18·800 = 144; 100 + .45·600 = 370 ± .35·600 = 210.
  near(chest.regions[0]!, { shape: 'ellipse', xmin: 176, ymin: 160, xmax: 464, ymax: 580 });
  // Left lung (.725, .46) ± (.165, .34): 680 ± 132, 376 ± 204.
  near(chest.regions[1]!, { shape: 'ellipse', xmin: 548, ymin: 172, xmax: 812, ymax: 580 });
  // The image template is the same inside the typical chest box (8–92% across, 10–90% down).
  const image = lungFieldsFor({ width: 1000, height: 1000 });
  assert.equal(image.source, 'image-template');
  // 80 + .275·840 = 311 ± 151.2; 100 + .45·800 = 460 ± 280.
  near(image.regions[0]!, { shape: 'ellipse', xmin: 159.8, ymin: 180, xmax: 462.2, ymax: 740 });
  // An empty anatomy list is no anatomy.
  assert.equal(lungFieldsFor({ width: 10, height: 10 }, { anatomy: [] }).source, 'image-template');
});
