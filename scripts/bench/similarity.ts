/**
 * `npm run bench:similarity -- [--images N] [--reads M] [--seed S] [--dataset DIR] [--keep]`
 *
 * Times the ingest's pairwise scanpath similarity (MultiMatch's five dimensions and AOI
 * Levenshtein for every pair of reads of every image, imageScanpathPairs) over a whole dataset,
 * by default a generated one at full CheXthought scale (50,312 images, 103,592 reads). Fixations
 * are detected first, as the ingest does, and timed apart. Baseline in the same run: the
 * AOI-Levenshtein similarity alone (what the portal computed before) over the same pairs.
 * Prints totals (wall and CPU time), the ratio, and per-image percentiles. Target: all pairs under 60 s on 2 cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '../../search-index/src/generate/index.ts';
import { readLines } from '../../search-index/src/ingest/ndjson.ts';
import { aoiString, stringSimilarity } from '../../search-index/src/metrics/aoi-levenshtein.ts';
import { detectFixations } from '../../search-index/src/metrics/fixations.ts';
import { imageScanpathPairs } from '../../search-index/src/metrics/scanpath-similarity.ts';
import { DEFAULT_THRESHOLDS } from '../../search-index/src/metrics/thresholds.ts';
import {
  LAYOUT,
  type Fixation,
  type ImageRecord,
  type ReadRecord,
  type TrackRecord,
} from '../../search-index/src/model.ts';
import { percentile } from './stats.ts';

const { values } = parseArgs({
  options: {
    images: { type: 'string', default: '50312' },
    reads: { type: 'string', default: '103592' },
    seed: { type: 'string', default: '1' },
    dataset: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const work = values.dataset ? null : mkdtempSync(join(tmpdir(), 'cxt-bench-similarity-'));
const dir = values.dataset ?? join(work!, 'dataset');

try {
  if (!values.dataset) {
    console.log(`Generating ${values.images} images / ${values.reads} reads (seed ${values.seed}) …`);
    const t = performance.now();
    await generateDataset({
      seed: Number(values.seed),
      images: Number(values.images),
      reads: Number(values.reads),
      out: dir,
    });
    console.log(`  generated in ${seconds(performance.now() - t)} s`);
  }
  const sizes = new Map<string, { width: number; height: number }>();
  for await (const { text } of readLines(join(dir, LAYOUT.images))) {
    const im = JSON.parse(text) as ImageRecord;
    sizes.set(im.id, { width: im.width, height: im.height });
  }
  const imageOf = new Map<string, string>();
  for await (const { text } of readLines(join(dir, LAYOUT.reads))) {
    const r = JSON.parse(text) as ReadRecord;
    imageOf.set(r.id, r.imageId);
  }

  // Fixations, as the ingest derives them (given ones kept), grouped by image.
  const byImage = new Map<string, { readId: string; fixations: Fixation[] }[]>();
  let detectMs = 0;
  let fixationCount = 0;
  let readCount = 0;
  for await (const { text } of readLines(join(dir, LAYOUT.tracks))) {
    const track = JSON.parse(text) as TrackRecord;
    const t = performance.now();
    const { fixations } = detectFixations(track, 'idt', DEFAULT_THRESHOLDS);
    detectMs += performance.now() - t;
    fixationCount += fixations.length;
    readCount++;
    const imageId = imageOf.get(track.readId)!;
    let group = byImage.get(imageId);
    if (!group) byImage.set(imageId, (group = []));
    group.push({ readId: track.readId, fixations });
  }
  console.log(
    `${readCount.toLocaleString('en-US')} reads on ${byImage.size.toLocaleString('en-US')} images, ` +
      `${(fixationCount / readCount).toFixed(1)} fixations a read; fixation detection ${seconds(detectMs)} s`,
  );

  // Baseline: AOI strings and Levenshtein alone over the same pairs.
  let t = performance.now();
  let baselinePairs = 0;
  for (const [imageId, reads] of byImage) {
    const { width, height } = sizes.get(imageId)!;
    const strings = reads.map((r) => aoiString(r.fixations, width, height));
    for (let i = 0; i < strings.length; i++)
      for (let j = i + 1; j < strings.length; j++) {
        stringSimilarity(strings[i]!, strings[j]!);
        baselinePairs++;
      }
  }
  const baselineMs = performance.now() - t;

  // Ours: every pair's MultiMatch and AOI similarity, and the per-read peer means.
  const perImage: number[] = [];
  let pairs = 0;
  let compared = 0;
  t = performance.now();
  const cpu = process.cpuUsage();
  for (const [imageId, reads] of byImage) {
    const s = performance.now();
    const result = imageScanpathPairs(reads, sizes.get(imageId)!);
    perImage.push(performance.now() - s);
    pairs += result.pairs.length;
    for (const p of result.pairs) if (p.multimatch) compared++;
  }
  const oursMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const oursCpuMs = (used.user + used.system) / 1000;
  perImage.sort((a, b) => a - b);
  const pct = (p: number) => percentile(perImage, p).toFixed(3);

  console.log(`\nAll pairs (${pairs.toLocaleString('en-US')}; ${compared.toLocaleString('en-US')} with MultiMatch):`);
  console.log(
    `  imageScanpathPairs (MultiMatch + AOI + peers)  ${seconds(oursMs)} s   ${((oursMs * 1000) / pairs).toFixed(1)} µs a pair`,
  );
  console.log(`    CPU time of this process ${seconds(oursCpuMs)} s (wall time includes waiting on a shared machine)`);
  console.log(
    `  baseline: AOI Levenshtein alone              ${seconds(baselineMs)} s   (${baselinePairs.toLocaleString('en-US')} pairs)`,
  );
  console.log(`  ratio ours / baseline                        ${(oursMs / baselineMs).toFixed(1)}×`);
  console.log(`  per image: p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`);
  console.log(`  target: all pairs under 60 s — ${oursMs < 60_000 ? 'met' : 'NOT met'}`);
} finally {
  if (work && !values.keep) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${dir}`);
}
