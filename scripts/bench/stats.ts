/**
 * The benchmarks' one way to summarise: nearest-rank percentiles (the smallest sample with at
 * least p % of the samples at or below it; Hyndman & Fan 1996, definition 1) and byte sizes in
 * IEC units (KiB = 1024 B), so every report states the same thing the same way.
 */

/** Nearest-rank percentile of ascending `sorted` (p in 0–100); NaN when there are no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Arithmetic mean; NaN when there are no samples. */
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** 1536 → "1.5 KiB"; whole bytes below 1 KiB. */
export function formatBytes(bytes: number): string {
  let v = bytes;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${UNITS[u]}`;
}

/** The parts of a V8 CPU profile (`.cpuprofile`, Chrome DevTools format) that a summary needs. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: CallFrame; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  /** `function (file:line)`, the file relative to node_modules or the repository when possible. */
  name: string;
  ms: number;
  share: number;
}

/**
 * Self time (samples whose leaf is the function) and inclusive time (samples with the function
 * anywhere on the stack, counted once per sample even when it recurses), largest first. Each
 * sample lasts its time delta, as DevTools attributes them.
 */
export function summariseProfile(profile: CpuProfile, top = 15): { self: ProfileEntry[]; inclusive: ProfileEntry[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((leaf, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const leafKey = frameName(byId.get(leaf)!);
    self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id))
      onStack.add(frameName(byId.get(id)!));
    for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  });
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }));
  return { self: ranked(self), inclusive: ranked(inclusive) };
}

/** The parts of a V8 sampling heap profile (HeapProfiler.stopSampling) that a summary needs. */
export interface AllocationNode {
  callFrame: CallFrame;
  selfSize: number;
  children: AllocationNode[];
}
export interface AllocationProfile {
  head: AllocationNode;
}

/** Bytes allocated in all, and by the functions that allocated most themselves. */
export function summariseAllocations(
  profile: AllocationProfile,
  top = 15,
): { total: number; top: Array<{ name: string; bytes: number }> } {
  const self = new Map<string, number>();
  let total = 0;
  const visit = (node: AllocationNode) => {
    total += node.selfSize;
    const key = frameName(node);
    self.set(key, (self.get(key) ?? 0) + node.selfSize);
    node.children.forEach(visit);
  };
  visit(profile.head);
  const ranked = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { total, top: ranked.map(([name, bytes]) => ({ name, bytes })) };
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

function frameName(node: { callFrame: CallFrame }): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/(api|scripts|search-index)\//, '$1/');
  return `${functionName || '(anonymous)'}${file ? ` (${file}:${lineNumber + 1})` : ''}`;
}
