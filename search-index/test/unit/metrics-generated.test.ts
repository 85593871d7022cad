/**
 * The generator's aims for the reading-process metrics (docs/metrics.md#generator), measured
 * with the metric functions themselves on demo-sized datasets of several seeds: the demo
 * (seed 42) and four more. A demo has only ~65 misses, so the miss mix is checked on the
 * pooled misses (its binomial error is then ~2.5 points) and only loosely per seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEFAULTS, generateDataset } from '../../src/generate/index.ts';
import { LAYOUT, type ImageRecord } from '../../src/model.ts';
import { median } from '../../src/metrics/numbers.ts';
import { generatedMetrics, type ReadMetrics } from './generated-metrics.ts';

const SEEDS = [DEMO_DEFAULTS.seed, 1, 2, 3, 4];

interface Generated {
  seed: number;
  metrics: ReadMetrics[];
  images: ImageRecord[];
}

async function demoAt(seed: number, t: { after: (fn: () => Promise<void>) => void }): Promise<Generated> {
  const dir = await mkdtemp(join(tmpdir(), 'chexthought-generated-metrics-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await generateDataset({ out: dir, seed }); // the demo's other defaults
  const images = (await readFile(join(dir, LAYOUT.images), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ImageRecord);
  return { seed, metrics: await generatedMetrics(dir), images };
}

const misses = (metrics: ReadMetrics[]) => metrics.flatMap((m) => m.findings.filter((f) => f.present && !f.reported));

/** Shares of search, recognition and decision errors among the misses. */
function missMix(metrics: ReadMetrics[]): { n: number; search: number; recognition: number; decision: number } {
  const all = misses(metrics);
  const share = (k: string) => all.filter((f) => f.missType === k).length / all.length;
  return { n: all.length, search: share('SEARCH'), recognition: share('RECOGNITION'), decision: share('DECISION') };
}

/** Eye-voice spans of the reported findings, of focal readers or of the others. */
function spans(metrics: ReadMetrics[], focal: boolean): number[] {
  return metrics
    .filter((m) => (m.read.strategy === 'focal') === focal)
    .flatMap((m) => m.findings.filter((f) => f.reported && f.eyeVoiceSpanSec !== null).map((f) => f.eyeVoiceSpanSec!));
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

test('the generator: reference regions, misses of all three kinds, coverage by experience, eye-voice spans', async (t) => {
  const runs: Generated[] = [];
  for (const seed of SEEDS) runs.push(await demoAt(seed, t));
  const pooled = runs.flatMap((r) => r.metrics);

  await t.test('every image records the regions its findings were placed in', () => {
    for (const { images } of runs) {
      for (const im of images)
        assert.deepEqual(
          im.referenceRegions.map((r) => r.label),
          im.referenceFindings.filter((f) => f !== 'No finding'),
          im.id,
        );
      assert.ok(images.some((im) => im.referenceRegions.length > 0));
    }
  });

  await t.test('misses are search, recognition and decision errors at about 30 / 25 / 45%', () => {
    // Kundel, Nodine & Carmody (1978); the aims are docs/metrics.md#generator's.
    const mix = missMix(pooled);
    const detail = `${mix.n} misses: search ${pct(mix.search)}, recognition ${pct(mix.recognition)}, decision ${pct(mix.decision)}`;
    assert.ok(mix.n >= 250, detail);
    assert.ok(Math.abs(mix.search - 0.3) <= 0.07, detail);
    assert.ok(Math.abs(mix.recognition - 0.25) <= 0.07, detail);
    assert.ok(Math.abs(mix.decision - 0.45) <= 0.07, detail);
    // Each demo alone has all three kinds in force (its ~65 misses err by ~6 points).
    for (const { seed, metrics } of runs) {
      const one = missMix(metrics);
      const each = `seed ${seed}: ${one.n} misses, ${pct(one.search)} / ${pct(one.recognition)} / ${pct(one.decision)}`;
      for (const share of [one.search, one.recognition, one.decision]) assert.ok(share >= 0.12 && share <= 0.6, each);
    }
  });

  await t.test('misses are a minority: sensitivity stays around 80%', () => {
    for (const { seed, metrics } of runs) {
      const n = misses(metrics).length;
      const present = metrics.flatMap((m) => m.findings.filter((f) => f.present)).length;
      assert.ok(n / present > 0.1 && n / present < 0.3, `seed ${seed}: ${n} of ${present} present findings missed`);
    }
  });

  await t.test('lung coverage grows with experience', () => {
    for (const { seed, metrics } of runs) {
      const mean = (lo: number, hi: number) => {
        const c = metrics
          .filter((m) => m.reader.experienceYears >= lo && m.reader.experienceYears < hi)
          .map((m) => m.gaze.lungCoverage!);
        return c.reduce((a, b) => a + b, 0) / c.length;
      };
      const novices = mean(0, 5);
      const experienced = mean(10, Infinity);
      const detail = `seed ${seed} coverage: < 5 y ${novices.toFixed(3)}, ≥ 10 y ${experienced.toFixed(3)}`;
      assert.ok(experienced - novices >= 0.04, detail);
      assert.ok(novices > 0.5 && experienced < 0.98, detail);
    }
  });

  await t.test('readers look about a second before they name a finding, focal readers a little earlier', () => {
    for (const { seed, metrics } of runs) {
      const others = spans(metrics, false);
      const focal = spans(metrics, true);
      const all = [...others, ...focal];
      assert.ok(others.length > 100 && focal.length > 30, `seed ${seed}: ${others.length} + ${focal.length} spans`);
      const mid = median(others);
      assert.ok(mid > 0.85 && mid < 1.25, `seed ${seed}: median eye-voice span ${mid} s`);
      assert.ok(median(focal) > mid && median(focal) < 2.6, `seed ${seed}: focal readers' median ${median(focal)} s`);
      const long = all.filter((s) => s > 3).length / all.length;
      assert.ok(long < 0.15, `seed ${seed}: ${pct(long)} of eye-voice spans exceed 3 s`);
    }
  });
});
