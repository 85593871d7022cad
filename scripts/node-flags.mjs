// V8 flags a command runs with. They must be set before the heap exists, so the command re-runs
// Node with them (NODE_OPTIONS would leak into every child process the command starts).
import { spawn } from 'node:child_process';
import process from 'node:process';

/**
 * ingest: 64 MiB semi-spaces. Chosen when the client's bulk helper kept each request's documents
 * as strings until Elasticsearch answered (about 15 MB in flight): with V8's 16 MiB default every
 * scavenge copied them, and at full scale garbage collection took about half of the ingest's CPU
 * time. The ingest now holds requests as bytes (search-index/src/ingest/bulk.ts); measured again
 * then (5,000 images / 10,000 reads, metrics on, 9 runs each, alternating, load 2–4): the ingest
 * process's CPU was 6.2 s mean with 64 MiB and 6.8 s with 16 MiB, 64 lower in 6 of 9 rounds. A
 * smaller young generation for the worker thread alone (resourceLimits) made no difference.
 */
export const COMMAND_NODE_FLAGS = {
  ingest: ['--max-semi-space-size=64'],
};

/**
 * Resolves at once when this process already runs with `flags`; otherwise runs `script args`
 * again in a Node that has them, passes signals on, and exits with its status (never resolves).
 */
export async function ensureNodeFlags(flags, script, args) {
  if (flags.every((f) => process.execArgv.includes(f))) return;
  const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...args], { stdio: 'inherit' });
  // Ctrl-C reaches the child through the terminal's process group; this process waits for it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      if (signal !== 'SIGINT') child.kill(signal);
    });
  const [code, signal] = await new Promise((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  process.exit(signal ? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal] ?? 1) : (code ?? 1));
}
