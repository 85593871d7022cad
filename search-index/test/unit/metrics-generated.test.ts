/**
 * The generator's aims for the reading-process metrics (docs/metrics.md#generator), measured on
 * the demo dataset with the metric functions themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../../src/generate/index.ts';
import { LAYOUT, type ImageRecord } from '../../src/model.ts';
import { median } from '../../src/metrics/numbers.ts';
import { generatedMetrics } from './generated-metrics.ts';

async function theDemo(t: { after: (fn: () => Promise<void>) => void }) {
  const dir = await mkdtemp(join(tmpdir(), 'chexthought-generated-metrics-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await generateDataset({ out: dir }); // the demo defaults
  const images = (await readFile(join(dir, LAYOUT.images), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ImageRecord);
  return { metrics: await generatedMetrics(dir), images };
}

test('the generator: reference regions, misses of all three kinds, coverage by experience, eye-voice spans', async (t) => {
  const { metrics, images } = await theDemo(t);

  await t.test('every image records the regions its findings were placed in', () => {
    for (const im of images)
      assert.deepEqual(
        im.referenceRegions.map((r) => r.label),
        im.referenceFindings.filter((f) => f !== 'No finding'),
        im.id,
      );
    assert.ok(images.some((im) => im.referenceRegions.length > 0));
  });

  await t.test('present findings are missed in each of the three ways, decision errors most', () => {
    const misses = metrics.flatMap((m) => m.findings.filter((f) => f.present && !f.reported));
    const count = (k: string) => misses.filter((f) => f.missType === k).length;
    const [search, recognition, decision] = ['SEARCH', 'RECOGNITION', 'DECISION'].map(count);
    const n = misses.length;
    // Aims: ~15% search, ~18% recognition, ~67% decision errors (docs/metrics.md#generator).
    assert.ok(n >= 40, `${n} misses`);
    assert.ok(search! / n >= 0.06 && search! / n <= 0.3, `search ${search}/${n}`);
    assert.ok(recognition! / n >= 0.08 && recognition! / n <= 0.35, `recognition ${recognition}/${n}`);
    assert.ok(decision! / n >= 0.45 && decision! / n <= 0.85, `decision ${decision}/${n}`);
    // Misses are a minority: sensitivity stays around 80%.
    const present = metrics.flatMap((m) => m.findings.filter((f) => f.present)).length;
    assert.ok(n / present > 0.1 && n / present < 0.3, `${n} of ${present} present findings missed`);
  });

  await t.test('lung coverage grows with experience', () => {
    const mean = (lo: number, hi: number) => {
      const c = metrics
        .filter((m) => m.reader.experienceYears >= lo && m.reader.experienceYears < hi)
        .map((m) => m.gaze.lungCoverage!);
      return c.reduce((a, b) => a + b, 0) / c.length;
    };
    const novices = mean(0, 5);
    const experienced = mean(10, Infinity);
    assert.ok(experienced - novices >= 0.04, `coverage: < 5 y ${novices.toFixed(3)}, ≥ 10 y ${experienced.toFixed(3)}`);
    assert.ok(novices > 0.5 && experienced < 0.98);
  });

  await t.test('readers look about a second before they name a finding (focal readers earlier)', () => {
    const spans = (focal: boolean) =>
      metrics
        .filter((m) => (m.read.strategy === 'focal') === focal)
        .flatMap((m) =>
          m.findings.filter((f) => f.reported && f.eyeVoiceSpanSec !== null).map((f) => f.eyeVoiceSpanSec!),
        );
    const others = spans(false);
    assert.ok(others.length > 100);
    const mid = median(others);
    assert.ok(mid > 0.7 && mid < 1.8, `median eye-voice span ${mid} s`);
    assert.ok(median(spans(true)) > mid, 'focal readers look at the finding long before they name it');
  });
});
