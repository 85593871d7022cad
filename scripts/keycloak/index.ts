/**
 * The project's own Keycloak, for OIDC tests and demos: the `org.keycloak:keycloak-quarkus-dist`
 * zip from Maven (cached under .cache/keycloak), run in dev-file mode with a small heap on a
 * JDK ≥ 21 from /usr/lib/jvm, with the realm in scripts/keycloak/realm.json imported at start
 * (realm `chexthought`: client `chexthought-portal`, users researcher/limited/curator). One
 * instance at a time: it keeps its database under the distribution, wiped at each start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { UserError } from '../user-error.ts';
import { findJdks, which } from '../elasticsearch/distribution.ts';
import { reporter } from '../elasticsearch/progress.ts';
import { unzip } from '../elasticsearch/unzip.ts';

export const KEYCLOAK_VERSION = process.env.CHEXTHOUGHT_KEYCLOAK_VERSION || '26.5.6';
export const REALM = 'chexthought';
export const REALM_FILE = path.join(REPO_ROOT, 'scripts/keycloak/realm.json');
const CACHE = path.join(REPO_ROOT, '.cache/keycloak');
const START_TIMEOUT_MS = 300_000;

export interface RunningKeycloak {
  url: string;
  issuer: string;
  log: string;
  stop(): Promise<void>;
}

/** The unpacked distribution, downloading it with Maven the first time. */
export function obtainKeycloak(version = KEYCLOAK_VERSION): string {
  const home = path.join(CACHE, `keycloak-${version}`);
  if (fs.existsSync(path.join(home, 'bin/kc.sh'))) return home;
  const mvn = which('mvn');
  if (!mvn) throw new UserError('Maven (mvn) is needed once to download Keycloak');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cxt-keycloak-'));
  const artifact = `org.keycloak:keycloak-quarkus-dist:${version}:zip`;
  const res = spawnSync(mvn, ['-B', '-q', 'dependency:copy', `-Dartifact=${artifact}`, `-DoutputDirectory=${out}`], {
    encoding: 'utf8',
    cwd: os.tmpdir(),
  });
  const zip = path.join(out, `keycloak-quarkus-dist-${version}.zip`);
  if (res.status !== 0 || !fs.existsSync(zip)) {
    const line = `${res.stdout}\n${res.stderr}`.split('\n').find((l) => l.includes('[ERROR]')) ?? res.stderr;
    throw new UserError(`Maven could not download ${artifact}: ${line.trim()}`);
  }
  const staging = `${home}.unpack-${process.pid}`;
  unzip(zip, staging, reporter(), `Unpacking Keycloak ${version}`);
  fs.renameSync(path.join(staging, `keycloak-${version}`), home);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
  return home;
}

function jdk21(): string {
  const jdk = findJdks().all.find((j) => j.major >= 21);
  if (!jdk) throw new UserError('Keycloak needs a JDK ≥ 21 (none found under /usr/lib/jvm)');
  return jdk.home;
}

/** Starts Keycloak on `port` and waits until the realm's discovery document answers. */
export async function startKeycloak(opts: { port?: number; heap?: string } = {}): Promise<RunningKeycloak> {
  const port = opts.port ?? Number(process.env.CHEXTHOUGHT_KEYCLOAK_PORT || 8180);
  const home = obtainKeycloak();
  // A fresh database each start (as the Elasticsearch node's data): the realm file is the truth.
  for (const dir of ['data/h2', 'data/transaction-logs'])
    fs.rmSync(path.join(home, dir), { recursive: true, force: true });
  fs.mkdirSync(path.join(home, 'data/import'), { recursive: true });
  fs.copyFileSync(REALM_FILE, path.join(home, 'data/import/chexthought-realm.json'));
  const log = path.join(home, `keycloak-${port}.log`);
  const out = fs.openSync(log, 'w');
  const child: ChildProcess = spawn(
    path.join(home, 'bin/kc.sh'),
    ['start-dev', '--import-realm', `--http-port=${port}`, '--http-host=127.0.0.1', '--health-enabled=false'],
    {
      env: {
        ...process.env,
        JAVA_HOME: jdk21(),
        JAVA_OPTS_KC_HEAP: `-Xms64m -Xmx${opts.heap ?? '512m'}`,
        KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
        KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin-pass',
      },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  fs.closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  const issuer = `${url}/realms/${REALM}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new UserError(`Keycloak exited (code ${child.exitCode}) while starting; see ${log}`);
    try {
      const res = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return { url, issuer, log, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  await stop();
  throw new UserError(`Keycloak did not answer within ${START_TIMEOUT_MS / 1000} s; see ${log}`);
}

/** A token for a realm user by the password grant (tests only: the portal uses the code flow). */
export async function passwordToken(issuer: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'chexthought-portal',
      username,
      password,
      scope: 'openid',
    }),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}
