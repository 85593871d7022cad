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
 *    stepped onto (dynamic programming; the reference uses Dijkstra on the same graph). Among
 *    equally cheap predecessors of a cell the diagonal one wins, then the one above (i − 1).
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
import { medianInPlace } from './numbers.ts';

/**
 * A scanpath prepared once for many comparisons: per saccade k, its start point, vector, length,
 * angle (radians, −π…π) and duration at data[k·SACCADE + X …]. One array, not a column each: a
 * typed array's allocation costs more than filling it at these sizes.
 */
export interface SaccadePath {
  count: number;
  data: Float64Array;
}

export const MIN_MULTIMATCH_FIXATIONS = 3;

const SACCADE = 7;
const [X, Y, DX, DY, LENGTH, ANGLE, DURATION] = [0, 1, 2, 3, 4, 5, 6] as const;

export function saccadePath(fixations: readonly Fixation[]): SaccadePath {
  const count = Math.max(0, fixations.length - 1);
  const data = new Float64Array(count * SACCADE);
  for (let k = 0; k < count; k++) {
    const f = fixations[k]!;
    const g = fixations[k + 1]!;
    const dx = g.x - f.x;
    const dy = g.y - f.y;
    const s = k * SACCADE;
    data[s + X] = f.x;
    data[s + Y] = f.y;
    data[s + DX] = dx;
    data[s + DY] = dy;
    data[s + LENGTH] = Math.sqrt(dx * dx + dy * dy);
    data[s + ANGLE] = Math.atan2(dy, dx);
    data[s + DURATION] = f.end - f.start;
  }
  return { count, data };
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
  const n = a.count;
  const m = b.count;
  if (n < MIN_MULTIMATCH_FIXATIONS - 1 || m < MIN_MULTIMATCH_FIXATIONS - 1) return null;
  const d = alignedDifferences(a, b, fillCosts(a, b));
  const diagonal = Math.hypot(size.width, size.height);
  return {
    vector: 1 - medianInPlace(d.vector, d.pairs) / (2 * diagonal),
    direction: 1 - medianInPlace(d.direction, d.pairs) / Math.PI,
    length: 1 - medianInPlace(d.length, d.pairs) / diagonal,
    position: 1 - medianInPlace(d.position, d.pairs) / diagonal,
    duration: 1 - medianInPlace(d.duration, d.pairs),
  };
}

/** Scratch buffers reused across comparisons (ingest compares ~10⁵ pairs; no garbage per pair). */
let costBuffer = new Float64Array(0);
const differences = {
  pairs: 0,
  vector: new Float64Array(0),
  direction: new Float64Array(0),
  length: new Float64Array(0),
  position: new Float64Array(0),
  duration: new Float64Array(0),
};

/**
 * The cheapest-path costs: cost[i·m + j] = |u_i − v_j| + the cheapest of the cells above, to
 * the left and diagonally before it (cost[0] = 0: the start is not stepped onto). The first row
 * and column have one predecessor each, so the inner loop has no edge tests.
 */
function fillCosts(a: SaccadePath, b: SaccadePath): Float64Array {
  const n = a.count;
  const m = b.count;
  if (costBuffer.length < n * m) costBuffer = new Float64Array(n * m * 2);
  const cost = costBuffer;
  const A = a.data;
  const B = b.data;
  cost[0] = 0;
  for (let j = 1; j < m; j++)
    cost[j] = cost[j - 1]! + distance(A[DX]! - B[j * SACCADE + DX]!, A[DY]! - B[j * SACCADE + DY]!);
  for (let i = 1; i < n; i++) {
    const ax = A[i * SACCADE + DX]!;
    const ay = A[i * SACCADE + DY]!;
    const row = i * m;
    let left = cost[row - m]! + distance(ax - B[DX]!, ay - B[DY]!);
    cost[row] = left;
    for (let j = 1; j < m; j++) {
      const c = row + j;
      const s = j * SACCADE;
      // Costs are sums of lengths (never NaN or −0 for finite input): Math.min is the cheapest.
      left = Math.min(cost[c - m - 1]!, cost[c - m]!, left) + distance(ax - B[s + DX]!, ay - B[s + DY]!);
      cost[c] = left;
    }
  }
  return cost;
}

function distance(ex: number, ey: number): number {
  return Math.sqrt(ex * ex + ey * ey);
}

/**
 * Walks the cheapest path back from (n − 1, m − 1) to (0, 0), choosing at each cell the cheapest
 * predecessor (ties: diagonal, then above) from the stored costs, and writes the five differences
 * of each aligned pair (in reverse order: only their medians are used). No move is stored per
 * cell: comparing the three stored costs again gives the same choice.
 */
function alignedDifferences(a: SaccadePath, b: SaccadePath, cost: Float64Array): typeof differences {
  const n = a.count;
  const m = b.count;
  const d = differences;
  if (d.vector.length < n + m) {
    for (const key of ['vector', 'direction', 'length', 'position', 'duration'] as const)
      d[key] = new Float64Array((n + m) * 2);
  }
  const A = a.data;
  const B = b.data;
  let k = 0;
  let i = n - 1;
  let j = m - 1;
  for (;;) {
    const u = i * SACCADE;
    const v = j * SACCADE;
    const ex = A[u + DX]! - B[v + DX]!;
    const ey = A[u + DY]! - B[v + DY]!;
    d.vector[k] = distance(ex, ey);
    const turn = Math.abs(A[u + ANGLE]! - B[v + ANGLE]!);
    d.direction[k] = turn > Math.PI ? 2 * Math.PI - turn : turn;
    d.length[k] = Math.abs(A[u + LENGTH]! - B[v + LENGTH]!);
    const px = A[u + X]! - B[v + X]!;
    const py = A[u + Y]! - B[v + Y]!;
    d.position[k] = distance(px, py);
    const longer = Math.max(A[u + DURATION]!, B[v + DURATION]!);
    d.duration[k] = longer > 0 ? Math.abs(A[u + DURATION]! - B[v + DURATION]!) / longer : 0;
    k++;
    if (i === 0 && j === 0) break;
    if (i === 0) j--;
    else if (j === 0) i--;
    else {
      const c = i * m + j;
      const diagonal = cost[c - m - 1]!;
      const above = cost[c - m]!;
      const left = cost[c - 1]!;
      if (left < diagonal && left < above) j--;
      else if (above < diagonal) i--;
      else {
        i--;
        j--;
      }
    }
  }
  d.pairs = k;
  return d;
}
