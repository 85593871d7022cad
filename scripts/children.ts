/** Child processes of the orchestration commands (`start`, `test`): run, supervise, stop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { REPO_ROOT } from './paths.ts';
import { UserError } from './user-error.ts';

export const CLI_ENTRY = `${REPO_ROOT}/scripts/chexthought.mjs`;

/** Runs a command to completion with inherited output; resolves to its exit code. */
export function runStep(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a `chexthought` sub-command; a failure stops the orchestration with a clear message. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const code = await runStep(process.execPath, [CLI_ENTRY, ...args], env);
  if (code !== 0) throw new UserError(`\`chexthought ${args.join(' ')}\` failed (exit code ${code})`, code);
}

/** Starts a long-running service whose output is prefixed with its name. */
export function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout!.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr!.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  return child;
}

/** Polls a URL until it answers 200, the child exits, or the timeout passes. */
export async function waitForUrl(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new UserError(`${url}: the service exited (code ${child.exitCode}) before it was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new UserError(`${url} was not ready within ${timeoutMs / 1000} s`);
}

export async function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** A TCP port free on the loopback interface right now (for services started by tests and benchmarks). */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}
