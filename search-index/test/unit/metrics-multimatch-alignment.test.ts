import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RngStreams, type Rng } from '../../src/generate/prng.ts';
import type { MultiMatch } from '../../src/metrics/contract.ts';
import { multimatch } from '../../src/metrics/multimatch.ts';
import type { Fixation } from '../../src/model.ts';

/**
 * MultiMatch as the definition reads (multimatch.ts's header), written plainly: saccade objects,
 * the full matrix M and the path costs as 2-D arrays, each cell's predecessor recorded (ties: the
 * diagonal, then the cell above, then the one to the left), the path read back, medians by
 * sorting. Differences are √(dx² + dy²) as in the module, so the results must agree to the bit.
 */
function multimatchPlain(a: Fixation[], b: Fixation[], size: { width: number; height: number }): MultiMatch | null {
  const saccades = (f: Fixation[]) =>
    f.slice(0, -1).map((p, k) => {
      const dx = f[k + 1]!.x - p.x;
      const dy = f[k + 1]!.y - p.y;
      return {
        x: p.x,
        y: p.y,
        dx,
        dy,
        length: Math.sqrt(dx * dx + dy * dy),
        angle: Math.atan2(dy, dx),
        d: p.end - p.start,
      };
    });
  const u = saccades(a);
  const v = saccades(b);
  if (u.length < 2 || v.length < 2) return null;
  const M = u.map((s) => v.map((t) => Math.sqrt((s.dx - t.dx) ** 2 + (s.dy - t.dy) ** 2)));
  const cost = u.map(() => v.map(() => Infinity));
  const from = u.map(() => v.map(() => [0, 0] as [number, number]));
  for (let i = 0; i < u.length; i++)
    for (let j = 0; j < v.length; j++) {
      if (i === 0 && j === 0) {
        cost[0]![0] = 0;
        continue;
      }
      const steps: Array<[number, number]> = [
        [i - 1, j - 1],
        [i - 1, j],
        [i, j - 1],
      ];
      for (const [pi, pj] of steps)
        if (pi >= 0 && pj >= 0 && cost[pi]![pj]! < cost[i]![j]!) {
          cost[i]![j] = cost[pi]![pj]!;
          from[i]![j] = [pi, pj];
        }
      cost[i]![j] = cost[i]![j]! + M[i]![j]!;
    }
  const pairs: Array<[number, number]> = [];
  for (let i = u.length - 1, j = v.length - 1; ;) {
    pairs.push([i, j]);
    if (i === 0 && j === 0) break;
    [i, j] = from[i]![j]!;
  }
  const medianOf = (xs: number[]) => {
    const s = [...xs].sort((p, q) => p - q);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  };
  const dim = (f: (s: (typeof u)[number], t: (typeof v)[number]) => number) =>
    medianOf(pairs.map(([i, j]) => f(u[i]!, v[j]!)));
  const diagonal = Math.hypot(size.width, size.height);
  return {
    vector: 1 - dim((s, t) => Math.sqrt((s.dx - t.dx) ** 2 + (s.dy - t.dy) ** 2)) / (2 * diagonal),
    direction:
      1 -
      dim((s, t) => {
        const turn = Math.abs(s.angle - t.angle);
        return turn > Math.PI ? 2 * Math.PI - turn : turn;
      }) /
        Math.PI,
    length: 1 - dim((s, t) => Math.abs(s.length - t.length)) / diagonal,
    position: 1 - dim((s, t) => Math.sqrt((s.x - t.x) ** 2 + (s.y - t.y) ** 2)) / diagonal,
    duration: 1 - dim((s, t) => (Math.max(s.d, t.d) > 0 ? Math.abs(s.d - t.d) / Math.max(s.d, t.d) : 0)),
  };
}

function scanpath(rng: Rng, length: number, onGrid: boolean): Fixation[] {
  let t = 0;
  return Array.from({ length }, () => {
    const start = t;
    // On a coarse grid many saccades are equal, so the path meets ties in the cost matrix.
    const d = onGrid ? rng.int(0, 3) * 0.1 : rng.range(0.05, 0.9);
    t += d + 0.05;
    const x = onGrid ? rng.int(0, 4) * 100 : rng.range(0, 1024);
    const y = onGrid ? rng.int(0, 4) * 100 : rng.range(0, 1024);
    return { start, end: start + d, x, y };
  });
}

test('MultiMatch equals the plain 2-D dynamic programme on random and on grid scanpaths (ties)', () => {
  const rng = new RngStreams(5).for('multimatch');
  const size = { width: 1024, height: 900 };
  for (let k = 0; k < 120; k++) {
    const onGrid = k % 2 === 1;
    const a = scanpath(rng, rng.int(1, 90), onGrid);
    const b = scanpath(rng, rng.int(1, 90), onGrid);
    assert.deepEqual(multimatch(a, b, size), multimatchPlain(a, b, size), `pair ${k}: ${a.length} vs ${b.length}`);
  }
});
