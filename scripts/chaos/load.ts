/**
 * A fixed-rate mixed GraphQL load (facets, full-text search, a read with its track), open loop:
 * a slow answer never delays the next send. Every answer is checked (HTTP 200, no errors) and
 * the counts it reports are kept, so a scenario can tell they never changed.
 */
import { Agent, request } from 'node:http';

export interface LoadQueries {
  /** A read that has a track. */
  readId: string;
}

interface Job {
  kind: string;
  query: string;
  variables: Record<string, unknown>;
  /** The count this answer reports (totalCount, sampleCount). */
  count: (data: Record<string, unknown>) => number | undefined;
}

function jobs(q: LoadQueries): Job[] {
  const reads = (d: Record<string, unknown>) => (d.reads as { totalCount?: number } | undefined)?.totalCount;
  return [
    {
      kind: 'facets',
      query: `query($f: ReadFilter) { reads(filter: $f, first: 5) { totalCount edges { node { id } }
        facets { country(size: 10) { buckets { value count } } finding { buckets { value count } } strategy { buckets { value count } } } } }`,
      variables: { f: { continents: ['EU', 'AS'] } },
      count: reads,
    },
    {
      kind: 'search',
      query: `query($s: String) { reads(search: $s, first: 10) { totalCount edges { node { id } highlights { field fragments } } } }`,
      variables: { s: 'effusion' },
      count: reads,
    },
    {
      kind: 'read+track',
      query: `query($id: ID!) { read(id: $id) { id findings { finding } track(maxPoints: 200) { sampleCount samples { t x y } } } }`,
      variables: { id: q.readId },
      count: (d) => (d.read as { track?: { sampleCount?: number } } | null)?.track?.sampleCount,
    },
  ];
}

export interface Answer {
  kind: string;
  /** Milliseconds since the load started, when it was sent. */
  at: number;
  ms: number;
  ok: boolean;
  /** The error code (extensions.code, HTTP status, or the transport error). */
  code?: string;
  count?: number;
}

export interface LoadRun {
  /** Resolves with every answer once stopped and drained. */
  done: Promise<Answer[]>;
  stop(): void;
  /** Answers so far. */
  answers: Answer[];
  /** performance.now() when it started (answers' `at` counts from here). */
  startedAt: number;
}

/** Sends `rate` requests per second to the GraphQL endpoint until stopped (or `seconds` pass). */
export function startLoad(url: string, q: LoadQueries, rate: number, seconds = Infinity): LoadRun {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const list = jobs(q);
  const answers: Answer[] = [];
  const inflight = new Set<Promise<void>>();
  let stopped = false;
  const start = performance.now();
  const done = (async () => {
    for (let k = 0; !stopped && k < seconds * rate; k++) {
      const wait = start + (k * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (stopped) break;
      const job = list[k % list.length]!;
      const sent = performance.now();
      const p = send(url, agent, job).then((a) => {
        answers.push({ ...a, kind: job.kind, at: sent - start, ms: performance.now() - sent });
      });
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    }
    await Promise.all(inflight);
    agent.destroy();
    return answers;
  })();
  return { done, answers, startedAt: start, stop: () => void (stopped = true) };
}

function send(url: string, agent: Agent, job: Job): Promise<Omit<Answer, 'kind' | 'at' | 'ms'>> {
  const u = new URL(url);
  const payload = JSON.stringify({ query: job.query, variables: job.variables });
  return new Promise((resolve) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent,
        timeout: 30_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              data?: Record<string, unknown>;
              errors?: Array<{ extensions?: { code?: string } }>;
            };
            if (res.statusCode !== 200 || body.errors?.length)
              resolve({ ok: false, code: body.errors?.[0]?.extensions?.code ?? `HTTP ${res.statusCode}` });
            else resolve({ ok: true, count: job.count(body.data ?? {}) });
          } catch {
            resolve({ ok: false, code: `HTTP ${res.statusCode} (not JSON)` });
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve({ ok: false, code: (err as NodeJS.ErrnoException).code ?? err.message }));
    req.end(payload);
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Distinct counts each kind of query reported (one per kind: the data never changed). */
export function countsByKind(answers: Answer[]): Record<string, number[]> {
  const out: Record<string, Set<number>> = {};
  for (const a of answers) if (a.ok && a.count !== undefined) (out[a.kind] ??= new Set()).add(a.count);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v].sort((x, y) => x - y)]));
}

export function failures(answers: Answer[]): Answer[] {
  return answers.filter((a) => !a.ok);
}

/** "412 requests, 0 failed, p50 12 ms, p99 80 ms". */
export function summary(answers: Answer[]): string {
  const ms = answers.filter((a) => a.ok).map((a) => a.ms);
  const failed = failures(answers);
  const codes = [...new Set(failed.map((f) => f.code))].join(', ');
  return (
    `${answers.length} requests, ${failed.length} failed${codes ? ` (${codes})` : ''}, ` +
    `p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`
  );
}
