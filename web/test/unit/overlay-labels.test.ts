import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stackLabel, type LabelBox } from '../../src/lib/replay-geometry';

test('region labels: one that would cover a placed label moves below it, past every label in its way', () => {
  // Boxes are centred: 100 × 18 at (50, 9) spans x 0–100, y 0–18.
  const placed: LabelBox[] = [];
  assert.deepEqual(stackLabel({ x: 50, y: 9, w: 100, h: 18 }, placed), { x: 50, y: 9, w: 100, h: 18 });
  // Overlaps the first: its centre moves to 9 + 18 + 2 = 29.
  assert.deepEqual(stackLabel({ x: 100, y: 19, w: 100, h: 18 }, placed), { x: 100, y: 29, w: 100, h: 18 });
  // Overlaps the first (→ 29), then the second (→ 49).
  assert.deepEqual(stackLabel({ x: 80, y: 14, w: 40, h: 18 }, placed), { x: 80, y: 49, w: 40, h: 18 });
  // Beside the first: stays.
  assert.deepEqual(stackLabel({ x: 225, y: 9, w: 50, h: 18 }, placed), { x: 225, y: 9, w: 50, h: 18 });
  assert.equal(placed.length, 4);
});
