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
 *
 * ingest: TurboFan inlines at most 200 bytecode bytes into a function (920 by default). Each
 * ingest starts a fresh worker whose code is compiled again, and the big metric and validation
 * functions were compiled with so much inlined that compiling them cost more than it saved in
 * one pass. Measured (5,000 images / 10,000 reads, one process per setting alternating, 5 pairs,
 * 2 warm ingests each): CPU 3.46 s against 3.70 s, lower in all 5 pairs, wall 3.42 against
 * 3.51 s; at 20,000 images / 40,000 reads, one cold ingest a process, 3 pairs: CPU 12.3 against
 * 12.7 s, wall 12.1 against 12.2 s. Without inlining at all (`--no-turbo-inlining`) it is slower.
 */
export const COMMAND_NODE_FLAGS = {
  ingest: ['--max-semi-space-size=64', '--max-inlined-bytecode-size-cumulative=200'],
};

/** Set in the re-run Node: its parent is the command's first process, and it must not outlive it. */
const RERUN_ENV = 'CHEXTHOUGHT_NODE_FLAGS_RERUN';

/**
 * Resolves at once when this process already runs with `flags`; otherwise runs `script args`
 * again in a Node that has them, passes signals on, and exits with its status (never resolves).
 *
 * The re-run Node dies with the first process, even when that one is killed with SIGKILL (which
 * it cannot pass on): they share an IPC channel, and the channel closing ends the re-run at once,
 * as abruptly as the kill would have. Without this, `kill -9` of `chexthought ingest` left the
 * real ingest running on its own — racing the next ingest of the same prefix for its indices.
 */
export async function ensureNodeFlags(flags, script, args) {
  if (flags.every((f) => process.execArgv.includes(f))) return dieWithParent();
  const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [RERUN_ENV]: '1' },
  });
  // Ctrl-C reaches the child through the terminal's process group; this process waits for it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      if (signal !== 'SIGINT') child.kill(signal);
    });
  const [code, signal] = await new Promise((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  process.exit(signal ? 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal] ?? 1) : (code ?? 1));
}

/** In the re-run Node: end with the parent (the channel does not keep this process alive). */
function dieWithParent() {
  if (process.env[RERUN_ENV] !== '1' || !process.channel) return;
  delete process.env[RERUN_ENV]; // not inherited by the processes this one starts
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
