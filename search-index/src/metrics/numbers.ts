/** Small numeric helpers shared by the metric modules. */

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

export function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}

/** Scratch copy for median (the metrics take medians of ~10² values ~10⁵ times per ingest). */
let medianBuffer = new Float64Array(64);

/** Median; even counts take the mean of the two middle values (as numpy does). */
export function median(values: readonly number[]): number {
  if (medianBuffer.length < values.length) medianBuffer = new Float64Array(values.length * 2);
  for (let i = 0; i < values.length; i++) medianBuffer[i] = values[i]!;
  return medianInPlace(medianBuffer, values.length);
}

/**
 * Median of the first `length` values of a scratch array, which it reorders: the same value as
 * sorting and taking the middle (two middle values: their mean), found by selection in O(n)
 * (Hoare's FIND, as Wirth gives it) instead of an O(n log n) sort. For finite values; NaN when
 * `length` is 0.
 */
export function medianInPlace(values: Float64Array, length: number): number {
  if (length === 0) return NaN;
  const mid = length >> 1;
  const upper = selectInPlace(values, length, mid);
  if (length % 2) return upper;
  // After selection every value before `mid` is ≤ the one at `mid`: the lower middle is their maximum.
  let lower = values[0]!;
  for (let i = 1; i < mid; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/** The k-th smallest (0-based) of values[0…length−1]; leaves smaller ones before k, larger after. */
function selectInPlace(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = values[k]!;
    let i = lo;
    let j = hi;
    do {
      while (values[i]! < pivot) i++;
      while (pivot < values[j]!) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
  return values[k]!;
}

/** Rounded to `digits` decimals: stored values stay short and compare exactly in tests. */
export function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
