/**
 * Who reads what: how many reads each image gets (2–6, summing exactly to the requested
 * total) and which distinct readers take them (busier readers take more).
 */
import type { Rng, RngStreams } from './prng.ts';

export const MIN_READS_PER_IMAGE = 2;
export const MAX_READS_PER_IMAGE = 6;

/**
 * Reads per image. Every image gets the minimum; the extra reads go out by D'Hondt
 * apportionment over per-image weights (each image's k-th extra read costs k / weight), capped
 * at the maximum, so the total is exact and the split depends only on the seed.
 */
export function allocateReadsPerImage(streams: RngStreams, images: number, reads: number): Uint8Array {
  const counts = new Uint8Array(images).fill(MIN_READS_PER_IMAGE);
  const extra = reads - MIN_READS_PER_IMAGE * images;
  if (extra < 0 || reads > MAX_READS_PER_IMAGE * images)
    throw new RangeError(
      `${reads} reads cannot give ${images} images ${MIN_READS_PER_IMAGE}–${MAX_READS_PER_IMAGE} reads each`,
    );
  if (extra === 0) return counts;
  const slots = MAX_READS_PER_IMAGE - MIN_READS_PER_IMAGE;
  const keys = new Float64Array(images * slots);
  for (let i = 0; i < images; i++) {
    const weight = streams.for('image-reads', i).logNormal(1, 0.5);
    for (let k = 0; k < slots; k++) keys[i * slots + k] = (k + 1) / weight;
  }
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  for (let j = 0; j < extra; j++) counts[Math.floor(order[j]! / slots)]!++;
  return counts;
}

/** Vose alias table: O(1) weighted draws of a reader index. */
export class AliasTable {
  private readonly prob: Float64Array;
  private readonly alias: Uint32Array;

  constructor(weights: readonly number[]) {
    const n = weights.length;
    this.prob = new Float64Array(n);
    this.alias = new Uint32Array(n);
    const total = weights.reduce((a, b) => a + b, 0);
    const scaled = weights.map((w) => (w * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length && large.length) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.prob[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      (scaled[l]! < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.prob[i] = 1;
  }

  draw(rng: Rng): number {
    const i = Math.floor(rng.next() * this.prob.length);
    return rng.next() < this.prob[i]! ? i : this.alias[i]!;
  }
}

/** k distinct readers for one image. */
export function assignReaders(rng: Rng, k: number, table: AliasTable, readers: number): number[] {
  if (k > readers) throw new RangeError(`${k} reads of one image need ${k} readers, only ${readers} exist`);
  const chosen: number[] = [];
  for (let tries = 0; chosen.length < k; tries++) {
    // Rejection keeps the draw weighted; after many collisions fall back to uniform.
    const r = tries < 200 ? table.draw(rng) : rng.int(0, readers - 1);
    if (!chosen.includes(r)) chosen.push(r);
  }
  return chosen;
}
