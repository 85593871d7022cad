/**
 * Elasticsearch refuses to run as root. When chexthought runs as root (containers, CI), the node
 * runs as a dedicated system account instead, created on first use, owning the node's config,
 * data, logs and temp folders. The distribution and the JDK only need to be readable by it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../user-error.ts';
import { which } from './distribution.ts';

export interface NodeAccount {
  user: string;
  uid: number;
  gid: number;
  /** The command line that runs `command args` as that account. */
  wrap(command: string, args: string[]): { command: string; args: string[] };
}

function lookup(user: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(
      execFileSync('id', ['-u', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
    const gid = Number(
      execFileSync('id', ['-g', user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    );
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function createUser(user: string): void {
  const nologin = ['/usr/sbin/nologin', '/sbin/nologin', '/bin/false'].find((s) => fs.existsSync(s)) ?? '/bin/false';
  const attempts: Array<[string, string[]]> = [
    [
      'useradd',
      ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', nologin, user],
    ],
    ['adduser', ['-S', '-D', '-H', '-h', '/nonexistent', '-s', nologin, user]], // BusyBox (Alpine)
  ];
  const problems: string[] = [];
  for (const [tool, args] of attempts) {
    const bin = which(tool) ?? ['/usr/sbin', '/sbin'].map((d) => path.join(d, tool)).find((p) => fs.existsSync(p));
    if (!bin) continue;
    try {
      execFileSync(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      return;
    } catch (err) {
      if (lookup(user)) return; // created concurrently by another process
      problems.push(`${tool}: ${String((err as { stderr?: Buffer }).stderr ?? (err as Error).message).trim()}`);
    }
  }
  throw new UserError(
    `Elasticsearch refuses to run as root, and the system user ${user} could not be created` +
      (problems.length ? ` (${problems.join('; ')})` : ' (neither useradd nor adduser is available)') +
      `. Create it yourself (useradd --system ${user}), run chexthought as a normal user, or set ELASTICSEARCH_URL.`,
  );
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The account the node runs as when we are root (created if missing); undefined when not root. */
export function nodeAccount(user: string): NodeAccount {
  let ids = lookup(user);
  if (!ids) {
    createUser(user);
    ids = lookup(user);
    if (!ids) throw new UserError(`system user ${user} was created but cannot be looked up`);
  }
  const { uid, gid } = ids;
  const runuser = which('runuser') ?? ['/usr/sbin/runuser', '/sbin/runuser'].find((p) => fs.existsSync(p));
  const setpriv = which('setpriv');
  const su = which('su');
  let wrap: NodeAccount['wrap'];
  if (runuser) {
    wrap = (command, args) => ({ command: runuser, args: ['-u', user, '--', command, ...args] });
  } else if (setpriv) {
    wrap = (command, args) => ({
      command: setpriv,
      args: [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--', command, ...args],
    });
  } else if (su) {
    wrap = (command, args) => ({
      command: su,
      args: ['-s', '/bin/sh', user, '-c', [command, ...args].map(shellQuote).join(' ')],
    });
  } else {
    throw new UserError(
      `Elasticsearch refuses to run as root and none of runuser, setpriv or su is available to run it as ${user}`,
    );
  }
  return { user, uid, gid, wrap };
}

export function chownRecursive(target: string, uid: number, gid: number): void {
  fs.lchownSync(target, uid, gid);
  if (fs.lstatSync(target).isDirectory()) {
    for (const name of fs.readdirSync(target)) chownRecursive(path.join(target, name), uid, gid);
  }
}

/** Fails clearly when `target` sits under a folder other users cannot traverse (e.g. /root). */
export function assertReachableByOthers(target: string, what: string, user: string): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    const needed = dir === path.resolve(target) ? 0o005 : 0o001;
    if ((mode & needed) !== needed) {
      throw new UserError(
        `${what} (${target}) is not reachable by the unprivileged user ${user} that runs Elasticsearch: ${dir} has mode ` +
          `${(mode & 0o777).toString(8)}. Move it somewhere world-readable (or chmod o+x ${dir}).`,
      );
    }
    if (dir === path.dirname(dir)) break;
  }
}
