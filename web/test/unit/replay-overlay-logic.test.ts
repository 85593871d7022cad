import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixationSizing, DEFAULT_PX_PER_DEGREE } from '../../src/lib/replay-fixation-size';
import { HEATMAP_GRADIENT_CSS, heatmapGrid, heatmapRgba, heatmapSigmaPx } from '../../src/lib/replay-heatmap';
import { hitTestCircles, transformFromPoints, toScreenX, toScreenY } from '../../src/lib/replay-geometry';
import { windowLevelFilter, windowedIntensity } from '../../src/lib/replay-viewport';

test('fixation radius: 1° of visual angle where pixels per degree is known, else by duration', () => {
  const angle = fixationSizing(44.7, 1024, 1024);
  assert.equal(angle.mode, 'visual-angle');
  assert.equal(angle.radius(0.1), 44.7);
  assert.equal(angle.radius(2), 44.7);
  assert.match(angle.legend, /1° of visual angle \(44\.7 image px/);
  const dur = fixationSizing(null, 1024, 1024);
  assert.equal(dur.mode, 'duration');
  assert.ok(dur.radius(0.5) > dur.radius(0.1));
  assert.equal(dur.radius(0), 6);
  assert.equal(dur.radius(100), 60, 'capped');
  assert.equal(fixationSizing(null, 3072, 2048).radius(0), 18, 'scaled to the image');
  assert.ok(angle.opacity(1) > angle.opacity(0.1));
});

test('heatmap: duration-weighted Gaussian, peak at the fixation, window clips the weight', () => {
  assert.equal(heatmapSigmaPx(null), DEFAULT_PX_PER_DEGREE);
  assert.equal(heatmapSigmaPx(30), 30);
  const fix = [
    // Centres of grid cells (8 px cells: cell 32 spans 256–264), so samples fall on the peaks.
    { start: 0, end: 1, x: 260, y: 260 },
    { start: 1, end: 1.5, x: 772, y: 772 },
  ];
  const g = heatmapGrid([{ fixations: fix }], { width: 1024, height: 1024, sigmaPx: 40, maxCells: 128 });
  assert.equal(g.cols, 128);
  assert.equal(g.cellPx, 8);
  const at = (x: number, y: number) => g.values[Math.floor(y / 8) * 128 + Math.floor(x / 8)]!;
  assert.ok(Math.abs(at(260, 260) - 1) < 0.02, 'peak ≈ weight (1 s)');
  assert.ok(Math.abs(at(772, 772) - 0.5) < 0.02, 'half the dwell, half the peak');
  assert.ok(Math.abs(at(260 + 40, 260) / at(260, 260) - Math.exp(-0.5)) < 0.05, 'one sigma out');
  assert.ok(Math.abs(at(256, 256) - at(263, 263)) < 1e-9, 'one cell');
  assert.ok(at(512, 512) < 1e-3, 'far from both');
  const w = heatmapGrid([{ fixations: fix, from: 1.2, to: 2 }], { width: 1024, height: 1024, sigmaPx: 40, target: g });
  assert.ok(Math.abs(w.values[Math.floor(768 / 8) * 128 + 96]! - 0.3) < 0.02, 'only 0.3 s of the second fixation');
  assert.equal(w.values[32 * 128 + 32], 0, 'the first fixation is outside the window');
  const rgba = heatmapRgba(w);
  assert.equal(rgba.length, 128 * 128 * 4);
  assert.equal(rgba[3], 0, 'no dwell: transparent');
  assert.ok(rgba[(96 * 128 + 96) * 4 + 3]! > 150, 'the peak is opaque');
});

test('image → screen transform and circle hit-testing', () => {
  const m = transformFromPoints({ x: 100, y: 50 }, { x: 612, y: 562 }, 1024);
  assert.equal(m.scale, 0.5);
  assert.equal(toScreenX(m, 200), 200);
  assert.equal(toScreenY(m, 200), 150);
  const circles = [
    { x: 10, y: 10, r: 5 },
    { x: 14, y: 10, r: 5 },
    { x: 100, y: 100, r: 2 },
  ];
  assert.equal(hitTestCircles(circles, 13, 10), 1, 'nearest centre wins');
  assert.equal(hitTestCircles(circles, 105, 100), 2, 'small markers get slop');
  assert.equal(hitTestCircles(circles, 50, 50), -1);
});

test('window/level as brightness then contrast reproduces linear windowing', () => {
  assert.equal(windowLevelFilter(256, 128).css, '', 'neutral window: no filter');
  assert.equal(windowLevelFilter(null, null).css, '');
  for (const [W, L] of [
    [200, 100],
    [128, 140],
    [400, 160],
  ] as const) {
    const f = windowLevelFilter(W, L);
    for (const v of [L - W / 4, L, L + W / 4]) {
      const css = ((f.brightness * v) / 255 - 0.5) * f.contrast + 0.5;
      assert.ok(Math.abs(css - windowedIntensity(v, W, L)) < 1e-9, `W${W} L${L} v${v}`);
    }
  }
  assert.match(windowLevelFilter(200, 100).css, /^brightness\(1\.275\) contrast\(1\.000\)$/);
});

test('fixation labels: greedy in priority order, a label overlapping a kept one is skipped', async () => {
  const { placeLabels } = await import('../../src/lib/replay-geometry');
  const box = (x: number, y: number) => ({ x, y, w: 14, h: 13 });
  // 1 and 2 overlap (4 px apart); 3 touches 1 only at the edge (14 px apart: no overlap); 4 is far.
  assert.deepEqual(placeLabels([box(100, 100), box(104, 102), box(114, 100), box(300, 300)]), [
    true,
    false,
    true,
    true,
  ]);
  // The same clash in the other order keeps the other label: order is priority.
  assert.deepEqual(placeLabels([box(104, 102), box(100, 100)]), [true, false]);
  assert.deepEqual(placeLabels([]), []);
});

test('heatmap colours follow the Turbo scale: green-yellow at half the maximum, dark red at it; the legend shows the same scale', () => {
  // Turbo's published end and middle colours (Mikhailov 2019): rgb(149, 251, 81) at 0.5, rgb(144, 12, 0) at 1.
  const grid = { cols: 2, rows: 1, cellPx: 1, values: new Float32Array([1, 0.5]), max: 1 };
  const px = heatmapRgba(grid);
  assert.deepEqual([...px.slice(0, 3)], [144, 12, 0], 'the maximum');
  assert.deepEqual([...px.slice(4, 7)], [149, 251, 81], 'half the maximum');
  assert.match(
    HEATMAP_GRADIENT_CSS,
    /^linear-gradient\(90deg, rgb\(35, 23, 27\), .*rgb\(149, 251, 81\), .*rgb\(144, 12, 0\)\)$/,
  );
});
