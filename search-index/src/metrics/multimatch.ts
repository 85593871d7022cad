/**
 * MultiMatch scanpath comparison (Jarodzka, Holmqvist & Nyström 2010, "A vector-based,
 * multidimensional scanpath similarity measure"; Dewhurst et al. 2012, "It depends on how you
 * look at it"), without simplification (the default of the reference implementation,
 * multimatch_gaze).
 *
 * 1. A scanpath of n fixations is n − 1 saccade vectors: saccade k runs from fixation k to
 *    fixation k + 1, starts at fixation k's position and carries fixation k's duration.
 * 2. Alignment: M[i][j] = |u_i − v_j|, the length of the difference of saccade i of A and
 *    saccade j of B. The aligned pairs are the cheapest monotone path through M from (0, 0)
 *    to (n − 1, m − 1), stepping right, down or diagonally, its cost the sum of the entries
 *    stepped onto (dynamic programming; the reference uses Dijkstra on the same graph).
 * 3. Over the aligned pairs, the median of
 *    vector    |u − v|                           similarity 1 − median / (2·diagonal)
 *    direction angle between u and v in [0, π]   similarity 1 − median / π
 *    length    | |u| − |v| |                      similarity 1 − median / diagonal
 *    position  distance between the start points similarity 1 − median / diagonal
 *    duration  |d_u − d_v| / max(d_u, d_v)       similarity 1 − median
 *    where diagonal is the diagonal of the image (the reference normalises by the screen;
 *    our fixations are in image pixels). Two zero durations count as equal.
 * Scanpaths of fewer than three fixations (two saccades) give null, as in the reference.
 */
import type { Fixation } from '../model.ts';
import type { MultiMatch } from './contract.ts';

/** A scanpath prepared once for many comparisons: its saccades as parallel columns. */
export interface SaccadePath {
  /** Start point, vector, length, angle (radians, −π…π) and duration of each saccade. */
  x: Float64Array;
  y: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  length: Float64Array;
  angle: Float64Array;
  duration: Float64Array;
}

export const MIN_MULTIMATCH_FIXATIONS = 3;

export function saccadePath(fixations: readonly Fixation[]): SaccadePath {
  const n = Math.max(0, fixations.length - 1);
  const p: SaccadePath = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    dx: new Float64Array(n),
    dy: new Float64Array(n),
    length: new Float64Array(n),
    angle: new Float64Array(n),
    duration: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const f = fixations[k]!;
    const g = fixations[k + 1]!;
    p.x[k] = f.x;
    p.y[k] = f.y;
    p.dx[k] = g.x - f.x;
    p.dy[k] = g.y - f.y;
    p.length[k] = Math.sqrt(p.dx[k]! * p.dx[k]! + p.dy[k]! * p.dy[k]!);
    p.angle[k] = Math.atan2(p.dy[k]!, p.dx[k]!);
    p.duration[k] = f.end - f.start;
  }
  return p;
}

export function multimatch(
  a: readonly Fixation[],
  b: readonly Fixation[],
  size: { width: number; height: number },
): MultiMatch | null {
  return compareSaccadePaths(saccadePath(a), saccadePath(b), size);
}

export function compareSaccadePaths(
  a: SaccadePath,
  b: SaccadePath,
  size: { width: number; height: number },
): MultiMatch | null {
  const n = a.x.length;
  const m = b.x.length;
  if (n < MIN_MULTIMATCH_FIXATIONS - 1 || m < MIN_MULTIMATCH_FIXATIONS - 1) return null;
  const [ia, ib] = align(a, b);
  const L = ia.length;
  const vector = new Float64Array(L);
  const direction = new Float64Array(L);
  const length = new Float64Array(L);
  const position = new Float64Array(L);
  const duration = new Float64Array(L);
  for (let k = 0; k < L; k++) {
    const i = ia[k]!;
    const j = ib[k]!;
    const ex = a.dx[i]! - b.dx[j]!;
    const ey = a.dy[i]! - b.dy[j]!;
    vector[k] = Math.sqrt(ex * ex + ey * ey);
    const turn = Math.abs(a.angle[i]! - b.angle[j]!);
    direction[k] = turn > Math.PI ? 2 * Math.PI - turn : turn;
    length[k] = Math.abs(a.length[i]! - b.length[j]!);
    const px = a.x[i]! - b.x[j]!;
    const py = a.y[i]! - b.y[j]!;
    position[k] = Math.sqrt(px * px + py * py);
    const longer = Math.max(a.duration[i]!, b.duration[j]!);
    duration[k] = longer > 0 ? Math.abs(a.duration[i]! - b.duration[j]!) / longer : 0;
  }
  const diagonal = Math.hypot(size.width, size.height);
  return {
    vector: 1 - medianInPlace(vector) / (2 * diagonal),
    direction: 1 - medianInPlace(direction) / Math.PI,
    length: 1 - medianInPlace(length) / diagonal,
    position: 1 - medianInPlace(position) / diagonal,
    duration: 1 - medianInPlace(duration),
  };
}

const FROM_DIAGONAL = 0;
const FROM_ABOVE = 1;
const FROM_LEFT = 2;

/** Scratch buffers reused across alignments (ingest compares ~10⁵ pairs; no garbage per pair). */
let costBuffer = new Float64Array(0);
let fromBuffer = new Uint8Array(0);

/** Indices (into a and b) of the aligned saccade pairs, in order. */
function align(a: SaccadePath, b: SaccadePath): [Int32Array, Int32Array] {
  const n = a.x.length;
  const m = b.x.length;
  if (costBuffer.length < n * m) {
    costBuffer = new Float64Array(n * m * 2);
    fromBuffer = new Uint8Array(n * m * 2);
  }
  const cost = costBuffer;
  const from = fromBuffer;
  const { dx: adx, dy: ady } = a;
  const { dx: bdx, dy: bdy } = b;
  for (let i = 0; i < n; i++) {
    const ax = adx[i]!;
    const ay = ady[i]!;
    for (let j = 0; j < m; j++) {
      const c = i * m + j;
      if (i === 0 && j === 0) {
        cost[0] = 0; // the start: its own entry is not stepped onto
        continue;
      }
      const ex = ax - bdx[j]!;
      const ey = ay - bdy[j]!;
      let best = Infinity;
      let move = FROM_DIAGONAL;
      if (i > 0 && j > 0) best = cost[c - m - 1]!;
      if (i > 0 && cost[c - m]! < best) {
        best = cost[c - m]!;
        move = FROM_ABOVE;
      }
      if (j > 0 && cost[c - 1]! < best) {
        best = cost[c - 1]!;
        move = FROM_LEFT;
      }
      cost[c] = best + Math.sqrt(ex * ex + ey * ey);
      from[c] = move;
    }
  }
  const ia = new Int32Array(n + m);
  const ib = new Int32Array(n + m);
  let k = n + m;
  let i = n - 1;
  let j = m - 1;
  for (;;) {
    k--;
    ia[k] = i;
    ib[k] = j;
    if (i === 0 && j === 0) break;
    const move = from[i * m + j];
    if (move !== FROM_LEFT) i--;
    if (move !== FROM_ABOVE) j--;
  }
  return [ia.subarray(k), ib.subarray(k)];
}

/** Median of a scratch array (sorted in place); even lengths take the mean of the middle two. */
function medianInPlace(values: Float64Array): number {
  values.sort();
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}
