/**
 * Finding a JDK, and obtaining + unpacking the Elasticsearch distribution with Maven.
 *
 * The distribution is Elasticsearch's `integ-test-zip` artifact (no bundled JDK, no security
 * set up), fetched with `mvn dependency:get` into the local Maven repository, then unpacked once
 * into the cache folder (see config.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../user-error.ts';
import { DEFAULT_VERSION, FALLBACK_VERSION, MAVEN_ARTIFACT, MAVEN_GROUP, distRoot, isRoot } from './config.ts';
import { formatBytes, formatSeconds, startSpinner, type Reporter } from './progress.ts';
import { unzip } from './unzip.ts';

// ---------------------------------------------------------------------------------------- JDK

export interface Jdk {
  home: string;
  /** JAVA_VERSION from the JDK's `release` file, e.g. 25.0.3 */
  version: string;
  major: number;
}

function readJdk(home: string): Jdk | undefined {
  try {
    const java = path.join(home, 'bin', 'java');
    fs.accessSync(java, fs.constants.X_OK);
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const version = /^JAVA_VERSION="?([^"\n]+)"?/m.exec(release)?.[1];
    if (!version) return undefined;
    const parts = version.split(/[._-]/).map((x) => Number.parseInt(x, 10));
    const major = parts[0] === 1 ? (parts[1] ?? 0) : (parts[0] ?? 0);
    if (!major) return undefined;
    return { home: fs.realpathSync(home), version, major };
  } catch {
    return undefined;
  }
}

/** Folders whose sub-folders are looked at for JDKs (Debian/Ubuntu first, then other layouts). */
export const JDK_FOLDERS = ['/usr/lib/jvm', '/usr/java', '/opt/java', '/opt'];

/** JDKs from ES_JAVA_HOME, JAVA_HOME, then the sub-folders of `folders`. */
export function findJdks(
  env: NodeJS.ProcessEnv = process.env,
  folders: string[] = JDK_FOLDERS,
): { preferred: Jdk[]; all: Jdk[] } {
  const preferred: Jdk[] = [];
  const all: Jdk[] = [];
  const seen = new Set<string>();
  const add = (home: string | undefined, list: Jdk[]) => {
    if (!home) return;
    const jdk = readJdk(home);
    if (!jdk || seen.has(jdk.home)) return;
    seen.add(jdk.home);
    list.push(jdk);
    if (list !== all) all.push(jdk);
  };
  add(env.ES_JAVA_HOME, preferred);
  add(env.JAVA_HOME, preferred);
  for (const base of folders) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(base);
    } catch {
      continue;
    }
    for (const name of names.sort()) add(path.join(base, name), all);
  }
  return { preferred, all };
}

/** The oldest JDK a given Elasticsearch version runs on. */
export function minimumJdk(version: string): number {
  return Number.parseInt(version, 10) >= 9 ? 21 : 17;
}

function pickJdk(version: string, jdks: { preferred: Jdk[]; all: Jdk[] }): Jdk | undefined {
  const min = minimumJdk(version);
  const ok = (j: Jdk) => j.major >= min;
  const fromEnv = jdks.preferred.find(ok);
  if (fromEnv) return fromEnv;
  const candidates = jdks.all.filter(ok).sort((a, b) => b.major - a.major);
  // 8.x is not meant for the newest JDKs: prefer the newest one up to 24 when there is a choice.
  if (Number.parseInt(version, 10) < 9) return candidates.find((j) => j.major <= 24) ?? candidates[0];
  return candidates[0];
}

export interface DistributionChoice {
  version: string;
  jdk: Jdk;
  /** True when the 8.x fallback was taken because no JDK >= 21 exists. */
  fallback: boolean;
}

function listJdks(jdks: Jdk[]): string {
  return jdks.length ? jdks.map((j) => `${j.home} (${j.version})`).join(', ') : 'none';
}

/** The version to run (CHEXTHOUGHT_ES_VERSION, else the pinned default) and the JDK to run it on. */
export function chooseDistribution(
  env: NodeJS.ProcessEnv = process.env,
  folders: string[] = JDK_FOLDERS,
): DistributionChoice {
  const jdks = findJdks(env, folders);
  const requested = env.CHEXTHOUGHT_ES_VERSION?.trim();
  if (requested) {
    if (!/^\d+\.\d+\.\d+$/.test(requested))
      throw new UserError(`CHEXTHOUGHT_ES_VERSION must look like 9.2.8 (got ${JSON.stringify(requested)})`);
    const jdk = pickJdk(requested, jdks);
    if (!jdk) {
      throw new UserError(
        `Elasticsearch ${requested} needs a JDK ${minimumJdk(requested)} or newer; JDKs found: ${listJdks(jdks.all)}. ` +
          'Install one (e.g. apt-get install openjdk-21-jdk-headless) or point JAVA_HOME at it.',
      );
    }
    return { version: requested, jdk, fallback: false };
  }
  const jdk = pickJdk(DEFAULT_VERSION, jdks);
  if (jdk) return { version: DEFAULT_VERSION, jdk, fallback: false };
  const old = pickJdk(FALLBACK_VERSION, jdks);
  if (old) return { version: FALLBACK_VERSION, jdk: old, fallback: true };
  throw new UserError(
    `no suitable JDK found (JDKs found: ${listJdks(jdks.all)}). Elasticsearch ${DEFAULT_VERSION} needs JDK 21 or newer ` +
      `(${FALLBACK_VERSION} is used with JDK 17). Install one (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME; ` +
      'or set ELASTICSEARCH_URL to use an Elasticsearch you already run.',
  );
}

// -------------------------------------------------------------------------------------- Maven

export function which(command: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function mavenLocalRepository(env: NodeJS.ProcessEnv = process.env): string {
  const fromOpts = /-Dmaven\.repo\.local=(\S+)/.exec(env.MAVEN_OPTS ?? '')?.[1];
  return fromOpts ?? path.join(os.homedir(), '.m2', 'repository');
}

function artifactFile(repository: string, version: string): string {
  return path.join(repository, ...MAVEN_GROUP.split('.'), MAVEN_ARTIFACT, version, `${MAVEN_ARTIFACT}-${version}.zip`);
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(command: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: stripAnsi(output) }));
  });
}

function folderBytes(dir: string): number {
  let total = 0;
  try {
    for (const name of fs.readdirSync(dir)) {
      if (name.endsWith('.lastUpdated') || name === '_remote.repositories' || name.endsWith('.sha1')) continue;
      try {
        total += fs.statSync(path.join(dir, name)).size;
      } catch {
        // renamed while looking
      }
    }
  } catch {
    // not created yet
  }
  return total;
}

/** Makes sure the distribution zip is in the local Maven repository; returns its path. */
export async function downloadWithMaven(
  version: string,
  jdk: Jdk,
  rep: Reporter,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const repository = mavenLocalRepository(env);
  const expected = artifactFile(repository, version);
  if (fs.existsSync(expected) && fs.statSync(expected).size > 0) return expected;

  const mvn = which('mvn', env);
  if (!mvn) {
    throw new UserError(
      'Maven (mvn) is not installed; it is needed once to download Elasticsearch. Install it (e.g. apt-get install maven) ' +
        'or set ELASTICSEARCH_URL to use an Elasticsearch you already run.',
    );
  }
  const coordinates = `${MAVEN_GROUP}:${MAVEN_ARTIFACT}:${version}:zip`;
  const args = [
    '-B',
    '-q',
    '-U',
    '-Dstyle.color=never',
    'dependency:get',
    `-Dartifact=${coordinates}`,
    '-Dtransitive=false',
  ];
  const mvnEnv = { ...env, JAVA_HOME: env.JAVA_HOME || jdk.home };
  const started = Date.now();
  const spinner = startSpinner(rep, `Downloading Elasticsearch ${version} with Maven`, () => {
    const bytes = folderBytes(path.dirname(expected));
    return bytes ? formatBytes(bytes) : '';
  });
  let result: RunResult;
  try {
    result = await run(mvn, args, { env: mvnEnv, cwd: os.tmpdir() });
  } catch (err) {
    spinner.stop();
    throw new UserError(`could not run Maven (${mvn}): ${(err as Error).message}`);
  }
  if (result.code !== 0) {
    spinner.stop();
    const errors = result.output
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('[ERROR]') && l.length > '[ERROR]'.length + 1)
      .slice(0, 1)
      .map((l) => l.replace(/\s*-> \[Help \d+\]$/, ''))
      .map((l) => (l.length > 800 ? `${l.slice(0, 800)}…` : l));
    const detail = errors.length ? errors.join('\n  ') : result.output.trim().split('\n').slice(-5).join('\n  ');
    throw new UserError(
      `Maven could not download Elasticsearch ${version} (${coordinates}):\n  ${detail}\n` +
        'Check network access to the Maven repository (and ~/.m2/settings.xml), or set CHEXTHOUGHT_ES_VERSION to a version it serves, ' +
        'or ELASTICSEARCH_URL to use an Elasticsearch you already run.',
    );
  }
  let file = expected;
  if (!fs.existsSync(file)) {
    // A custom localRepository in settings.xml: ask Maven where it is.
    const where = await run(
      mvn,
      ['-B', '-q', '-Dstyle.color=never', 'help:evaluate', '-Dexpression=settings.localRepository', '-DforceStdout'],
      {
        env: mvnEnv,
        cwd: os.tmpdir(),
      },
    );
    file = artifactFile(where.output.trim().split('\n').pop()?.trim() ?? '', version);
  }
  spinner.stop();
  if (!fs.existsSync(file))
    throw new UserError(
      `Maven reported success but ${path.basename(expected)} is not in the local Maven repository (looked at ${file})`,
    );
  rep.info(
    `Downloaded Elasticsearch ${version} (${formatBytes(fs.statSync(file).size)}) in ${formatSeconds(Date.now() - started)}`,
  );
  return file;
}

// ------------------------------------------------------------------------------------- unpack

const COMPLETE_MARKER = '.chexthought-unpacked';

/** Creates `dir` and any missing parents, each mode 0755 (so an unprivileged user can traverse them). */
export function mkdirTraversable(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      fs.mkdirSync(d, { mode: 0o755 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    fs.chmodSync(d, 0o755);
  }
}

export function distributionDir(version: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(distRoot(env), `elasticsearch-${version}`);
}

/** The unpacked distribution (downloading and unpacking it when not cached yet). */
export async function obtainDistribution(
  choice: DistributionChoice,
  rep: Reporter,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const dir = distributionDir(choice.version, env);
  if (fs.existsSync(path.join(dir, COMPLETE_MARKER))) return dir;

  const zip = await downloadWithMaven(choice.version, choice.jdk, rep, env);
  const root = distRoot(env);
  mkdirTraversable(root);
  const staging = path.join(root, `.unpack-${choice.version}-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    try {
      await unzip(zip, staging, rep, `Unpacking Elasticsearch ${choice.version}`);
    } catch (err) {
      throw new UserError(`could not unpack ${zip}: ${(err as Error).message}. Delete it to download it again.`);
    }
    const top = fs.readdirSync(staging);
    const inner = top.length === 1 && top[0] ? path.join(staging, top[0]) : staging;
    if (!fs.existsSync(path.join(inner, 'bin', 'elasticsearch')))
      throw new UserError(`${zip} does not look like an Elasticsearch distribution (no bin/elasticsearch)`);
    fs.writeFileSync(path.join(inner, COMPLETE_MARKER), `${new Date().toISOString()}\n`, { mode: 0o644 });
    if (fs.existsSync(path.join(dir, COMPLETE_MARKER))) return dir; // another process won the race
    fs.rmSync(dir, { recursive: true, force: true }); // a half-unpacked leftover
    fs.renameSync(inner, dir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  if (isRoot()) fs.chmodSync(dir, 0o755);
  return dir;
}
