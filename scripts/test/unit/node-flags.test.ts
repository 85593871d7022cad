/**
 * scripts/node-flags.mjs: a command re-run in a Node with its V8 flags must not outlive its first
 * process — `kill -9` of that one (which it cannot pass on) ends the re-run too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const FLAGS_MODULE = pathToFileURL(join(import.meta.dirname, '../../node-flags.mjs')).href;

/** A command that re-runs itself with a flag, then prints its pid and waits forever. */
function command(dir: string): string {
  const file = join(dir, 'command.mjs');
  writeFileSync(
    file,
    `import { ensureNodeFlags } from ${JSON.stringify(FLAGS_MODULE)};
await ensureNodeFlags(['--max-semi-space-size=32'], ${JSON.stringify(file)}, []);
console.log(JSON.stringify({ pid: process.pid, flags: process.execArgv }));
setInterval(() => {}, 1000);
`,
  );
  return file;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

test('kill -9 of the first process ends the Node it re-ran with the flags', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cxt-node-flags-'));
  const first = spawn(process.execPath, [command(dir)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let rerunPid: number | null = null;
  try {
    const line = await new Promise<string>((resolve, reject) => {
      first.stdout.once('data', (d: Buffer) => resolve(d.toString()));
      first.once('exit', () => reject(new Error('the command ended before it printed')));
    });
    const rerun = JSON.parse(line) as { pid: number; flags: string[] };
    rerunPid = rerun.pid;
    assert.notEqual(rerun.pid, first.pid, 'the command runs in a second Node');
    assert.ok(rerun.flags.includes('--max-semi-space-size=32'), 'the second Node has the flag');
    assert.ok(alive(rerun.pid));
    first.kill('SIGKILL');
    assert.ok(await until(() => !alive(rerun.pid), 5000), `the re-run Node ${rerun.pid} outlived its first process`);
  } finally {
    first.kill('SIGKILL');
    if (rerunPid !== null && alive(rerunPid)) process.kill(rerunPid, 'SIGKILL'); // a failing build's orphan
    rmSync(dir, { recursive: true, force: true });
  }
});
