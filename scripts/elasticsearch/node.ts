/**
 * Start, reuse, stop and inspect the one local Elasticsearch node chexthought manages per port.
 *
 * The node runs as a daemon (`bin/elasticsearch -d -p <pidfile>`), bound to 127.0.0.1, with a
 * data folder wiped at every start. "Managed by us" means: our pidfile names a live
 * Elasticsearch process (and it answers on the port).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createClient } from '../../search-index/src/engine.ts';
import { UserError } from '../user-error.ts';
import {
  CLUSTER_NAME,
  NODE_NAME,
  NODE_USER,
  START_TIMEOUT_MS,
  STOP_TIMEOUT_MS,
  isRoot,
  localUrl,
  nodePaths,
  nodesRoot,
  redactUrl,
  resolveHeap,
  resolvePort,
  type NodePaths,
} from './config.ts';
import { chooseDistribution, mkdirTraversable, obtainDistribution, type DistributionChoice } from './distribution.ts';
import { formatSeconds, reporter, startSpinner, type Reporter } from './progress.ts';
import { assertReachableByOthers, chownRecursive, nodeAccount, type NodeAccount } from './unprivileged-user.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------ probing

export interface ClusterInfo {
  version: string;
  clusterName: string;
  health: string;
}

/** Asks `url` who it is and how healthy it is; undefined (with the reason) when it does not answer. */
export async function probe(url: string, timeoutMs = 5_000): Promise<{ info?: ClusterInfo; error?: string }> {
  const client = createClient({ url, requestTimeoutMs: timeoutMs, maxRetries: 0 });
  try {
    const health = await client.cluster.health();
    return {
      info: { version: await nodeVersion(client), clusterName: health.cluster_name, health: String(health.status) },
    };
  } catch (err) {
    return { error: describeError(err) };
  } finally {
    await client.close().catch(() => {});
  }
}

/**
 * The version of the node answering. Not `GET /` (client.info()): the integ-test-zip distribution
 * lacks the rest-root module, so `GET /` answers 405 there.
 */
async function nodeVersion(client: ReturnType<typeof createClient>): Promise<string> {
  try {
    const nodes = await client.nodes.info({ node_id: '_local', filter_path: ['nodes.*.version'] });
    const version = Object.values(nodes.nodes ?? {})[0]?.version;
    if (version) return version;
  } catch {
    // e.g. a remote cluster whose user may not read node info: try `GET /`
  }
  try {
    return (await client.info()).version.number;
  } catch {
    return 'unknown';
  }
}

function describeError(err: unknown): string {
  const e = err as { name?: string; message?: string; meta?: { statusCode?: number } };
  if (e?.meta?.statusCode) return `HTTP ${e.meta.statusCode}: ${e.message ?? ''}`.trim();
  return e?.message || String(err);
}

/** Waits until the cluster is yellow or green. */
async function waitHealthy(url: string, deadline: number, stillAlive: () => boolean): Promise<ClusterInfo> {
  const client = createClient({ url, requestTimeoutMs: 10_000, maxRetries: 0 });
  let lastError = 'no answer yet';
  try {
    while (Date.now() < deadline) {
      if (!stillAlive()) throw new Error('the Elasticsearch process exited');
      try {
        const health = await client.cluster.health({ wait_for_status: 'yellow', timeout: '5s' }, { ignore: [408] });
        if (health.status === 'green' || health.status === 'yellow') {
          return {
            version: await nodeVersion(client),
            clusterName: health.cluster_name,
            health: String(health.status),
          };
        }
        lastError = `cluster health is ${health.status}`;
      } catch (err) {
        lastError = describeError(err);
        await sleep(500);
      }
    }
    throw new Error(`no healthy answer within ${formatSeconds(START_TIMEOUT_MS)} (last: ${lastError})`);
  } finally {
    await client.close().catch(() => {});
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (used: boolean) => {
      socket.destroy();
      resolve(used);
    };
    socket.setTimeout(1_000, () => done(true));
    socket.once('connect', () => done(true));
    socket.once('error', () => {
      // Nothing accepts connections; still make sure we could bind it ourselves.
      const server = net.createServer();
      server.once('error', () => resolve(true));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
    });
  });
}

// ---------------------------------------------------------------------------- processes

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive and (where /proc tells) an Elasticsearch JVM, so a recycled pid is not mistaken for our node. */
function isElasticsearchProcess(pid: number): boolean {
  if (!processAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('org.elasticsearch');
  } catch {
    return true; // no /proc: trust the pidfile
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of our live node on this port, removing a stale pidfile. */
function managedPid(paths: NodePaths): number | undefined {
  const pid = readPid(paths.pidFile);
  if (pid === undefined) return undefined;
  if (isElasticsearchProcess(pid)) return pid;
  fs.rmSync(paths.pidFile, { force: true });
  return undefined;
}

export function tail(file: string, lines: number): string | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8').replace(/\s+$/, '');
    if (!text) return undefined;
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return undefined;
  }
}

function startFailure(reason: string, paths: NodePaths): UserError {
  const parts = [`Elasticsearch did not start on ${localUrl(paths.port)}: ${reason}`];
  const launcher = tail(paths.launcherLog, 30);
  if (launcher) parts.push(`--- last lines of ${paths.launcherLog} ---\n${launcher}`);
  const log = tail(paths.log, 30);
  parts.push(log ? `--- last 30 lines of ${paths.log} ---\n${log}` : `(no server log at ${paths.log})`);
  parts.push(`Node folder: ${paths.dir}`);
  return new UserError(parts.join('\n'));
}

// ---------------------------------------------------------------------------------- lock

async function withLock<T>(file: string, rep: Reporter, what: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readPid(file);
      if (holder === undefined || holder === process.pid || !processAlive(holder)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new UserError(`another chexthought process (pid ${holder}) has been ${what} for too long (lock ${file})`);
      if (!told) rep.info(`Waiting for another chexthought process (pid ${holder}) that is ${what}…`);
      told = true;
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  }
}

// --------------------------------------------------------------------------------- start

export interface StartOptions {
  heap?: string;
  port?: number;
  quiet?: boolean;
}

export interface LocalNode {
  url: string;
  port: number;
  pid: number;
  version: string;
  health: string;
  log: string;
  dir: string;
  heap?: string;
  /** False when an already running node was reused. */
  startedHere: boolean;
  startMs: number;
  runAs?: string;
}

interface NodeState {
  version: string;
  port: number;
  heap: string;
  javaHome: string;
  distribution: string;
  user?: string;
  startedAt: string;
}

function readState(paths: NodePaths): NodeState | undefined {
  try {
    return JSON.parse(fs.readFileSync(paths.stateFile, 'utf8')) as NodeState;
  } catch {
    return undefined;
  }
}

/** Settings that only exist when the distribution ships the module defining them. */
const MODULE_SETTINGS: Array<[module: string, setting: string, value: string]> = [
  ['x-pack-security', 'xpack.security.enabled', 'false'],
  ['ingest-geoip', 'ingest.geoip.downloader.enabled', 'false'],
  ['x-pack-ml', 'xpack.ml.enabled', 'false'],
];

function writeConfig(distribution: string, paths: NodePaths): void {
  fs.cpSync(path.join(distribution, 'config'), paths.config, { recursive: true });
  const settings: Array<[string, string]> = [
    ['cluster.name', CLUSTER_NAME],
    ['node.name', NODE_NAME],
    ['network.host', '127.0.0.1'],
    ['http.port', String(paths.port)],
    ['discovery.type', 'single-node'],
    ['path.data', paths.data],
    ['path.logs', paths.logs],
    ['cluster.routing.allocation.disk.threshold_enabled', 'false'],
    ['action.destructive_requires_name', 'false'],
  ];
  for (const [module, setting, value] of MODULE_SETTINGS) {
    if (fs.existsSync(path.join(distribution, 'modules', module))) settings.push([setting, value]);
  }
  const yaml = [
    '# Written by chexthought at each start; edits are lost.',
    ...settings.map(([k, v]) => `${k}: ${/^[A-Za-z0-9_.-]+$/.test(v) ? v : JSON.stringify(v)}`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(paths.config, 'elasticsearch.yml'), yaml);
}

/** Fresh node folder: config copied from the distribution, empty data/logs/tmp, owned by the node's account. */
function prepareNodeFolder(distribution: string, paths: NodePaths, account: NodeAccount | undefined): void {
  mkdirTraversable(path.dirname(paths.dir));
  fs.rmSync(paths.dir, { recursive: true, force: true });
  fs.mkdirSync(paths.dir, { mode: 0o755 });
  for (const dir of [paths.data, paths.logs, paths.tmp]) fs.mkdirSync(dir, { mode: 0o755 });
  writeConfig(distribution, paths);
  if (account) chownRecursive(paths.dir, account.uid, account.gid);
}

function waitForExit(child: ReturnType<typeof spawn>, timeoutMs: number): Promise<number | null | 'timeout'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 128 : null));
    });
    child.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

async function launch(
  choice: DistributionChoice,
  distribution: string,
  paths: NodePaths,
  heap: string,
  rep: Reporter,
): Promise<LocalNode> {
  const started = Date.now();
  const account = isRoot() ? nodeAccount(NODE_USER) : undefined;
  if (account) {
    assertReachableByOthers(distribution, 'The Elasticsearch distribution', account.user);
    assertReachableByOthers(choice.jdk.home, 'The JDK', account.user);
  }
  prepareNodeFolder(distribution, paths, account);

  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['ES_HOME', 'ES_PATH_CONF', 'CLI_JAVA_OPTS', 'ELASTICSEARCH_URL']) delete env[key];
  Object.assign(env, {
    ES_JAVA_HOME: choice.jdk.home,
    JAVA_HOME: choice.jdk.home,
    ES_PATH_CONF: paths.config,
    ES_TMPDIR: paths.tmp,
    ES_JAVA_OPTS: [process.env.ES_JAVA_OPTS, `-Xms${heap}`, `-Xmx${heap}`].filter(Boolean).join(' '),
  });
  const bin = path.join(distribution, 'bin', 'elasticsearch');
  const { command, args } = account
    ? account.wrap(bin, ['-d', '-p', paths.pidFile])
    : { command: bin, args: ['-d', '-p', paths.pidFile] };
  const out = fs.openSync(paths.launcherLog, 'a');
  if (account) fs.fchownSync(out, account.uid, account.gid);
  const spinner = startSpinner(
    rep,
    `Starting Elasticsearch ${choice.version} on ${localUrl(paths.port)} (heap ${heap}${account ? `, as user ${account.user}` : ''})`,
  );
  const deadline = started + START_TIMEOUT_MS;
  try {
    const child = spawn(command, args, { cwd: paths.dir, env, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    // With -d the launcher returns once the node has started (or failed to).
    const exit = await waitForExit(child, START_TIMEOUT_MS);
    child.unref();
    if (exit === 'timeout') {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // gone
      }
      throw startFailure(`the launcher did not return within ${formatSeconds(START_TIMEOUT_MS)}`, paths);
    }
    if (exit !== 0) throw startFailure(`the launcher exited with code ${exit}`, paths);
    const pid = readPid(paths.pidFile);
    if (pid === undefined) throw startFailure(`no pidfile at ${paths.pidFile}`, paths);
    let info: ClusterInfo;
    try {
      info = await waitHealthy(localUrl(paths.port), deadline, () => processAlive(pid));
    } catch (err) {
      const failure = startFailure((err as Error).message, paths);
      await stopLocalNode({ port: paths.port, quiet: true }).catch(() => {}); // leave no half-started node behind
      throw failure;
    }
    const state: NodeState = {
      version: info.version,
      port: paths.port,
      heap,
      javaHome: choice.jdk.home,
      distribution,
      user: account?.user,
      startedAt: new Date().toISOString(),
    };
    fs.writeFileSync(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
    spinner.stop();
    return {
      url: localUrl(paths.port),
      port: paths.port,
      pid,
      version: info.version,
      health: info.health,
      log: paths.log,
      dir: paths.dir,
      heap,
      startedHere: true,
      startMs: Date.now() - started,
      runAs: account?.user,
    };
  } finally {
    spinner.stop();
  }
}

/** Starts the local node, or reuses the one we already run on that port. */
export async function startLocalNode(options: StartOptions = {}): Promise<LocalNode> {
  const rep = reporter(options.quiet);
  const port = resolvePort(options.port);
  const heap = resolveHeap(options.heap);
  const paths = nodePaths(port);
  mkdirTraversable(nodesRoot());
  return withLock(paths.lockFile, rep, `starting Elasticsearch on port ${port}`, async () => {
    const url = localUrl(port);
    const running = managedPid(paths);
    if (running !== undefined) {
      const t0 = Date.now();
      let info: ClusterInfo;
      try {
        info = await waitHealthy(url, Date.now() + START_TIMEOUT_MS, () => processAlive(running));
      } catch (err) {
        throw new UserError(
          `the Elasticsearch node chexthought started on port ${port} (pid ${running}) does not answer healthily: ${(err as Error).message}. ` +
            `Stop it with \`chexthought elasticsearch stop\` and start again. Log: ${paths.log}`,
        );
      }
      const state = readState(paths);
      if (state?.heap && options.heap && state.heap !== heap) {
        rep.info(`Note: the running node has heap ${state.heap}, not ${heap}; stop it to restart with ${heap}.`);
      }
      return {
        url,
        port,
        pid: running,
        version: info.version,
        health: info.health,
        log: paths.log,
        dir: paths.dir,
        heap: state?.heap,
        startedHere: false,
        startMs: Date.now() - t0,
        runAs: state?.user,
      };
    }
    if (await portInUse(port)) {
      const { info } = await probe(url, 3_000);
      const who = info
        ? `Elasticsearch ${info.version} (cluster "${info.clusterName}")`
        : 'something that is not Elasticsearch';
      throw new UserError(
        `port ${port} is already in use by ${who}, not started by chexthought. Stop it, pick another port with CHEXTHOUGHT_ES_PORT, ` +
          (info
            ? `or use it with ELASTICSEARCH_URL=${url}.`
            : 'or set ELASTICSEARCH_URL to an Elasticsearch you already run.'),
      );
    }
    const choice = chooseDistribution();
    if (choice.fallback) {
      rep.info(
        `No JDK 21+ found: using Elasticsearch ${choice.version} on JDK ${choice.jdk.version} (${choice.jdk.home}).`,
      );
    }
    const distribution = await obtainDistribution(choice, rep);
    return launch(choice, distribution, paths, heap, rep);
  });
}

// ---------------------------------------------------------------------------------- stop

export interface StopResult {
  port: number;
  /** Pid of the node that was stopped; undefined when none was running. */
  pid?: number;
  /** True when it had to be killed after not stopping within the grace period. */
  killed: boolean;
  ms: number;
}

export async function stopLocalNode(options: { port?: number; quiet?: boolean } = {}): Promise<StopResult> {
  const rep = reporter(options.quiet);
  const port = resolvePort(options.port);
  const paths = nodePaths(port);
  const started = Date.now();
  const pid = managedPid(paths);
  if (pid === undefined) return { port, killed: false, ms: 0 };
  const spinner = startSpinner(rep, `Stopping Elasticsearch (pid ${pid})`);
  let killed = false;
  try {
    process.kill(pid, 'SIGTERM');
    const graceDeadline = Date.now() + STOP_TIMEOUT_MS;
    while (processAlive(pid) && Date.now() < graceDeadline) await sleep(200);
    if (processAlive(pid)) {
      killed = true;
      process.kill(pid, 'SIGKILL');
      const killDeadline = Date.now() + 10_000;
      while (processAlive(pid) && Date.now() < killDeadline) await sleep(100);
      if (processAlive(pid)) throw new UserError(`Elasticsearch (pid ${pid}) survived SIGKILL`);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPERM') {
      throw new UserError(
        `not allowed to stop Elasticsearch (pid ${pid}); it was started by another user (run as root?)`,
      );
    }
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  } finally {
    spinner.stop();
  }
  fs.rmSync(paths.pidFile, { force: true });
  return { port, pid, killed, ms: Date.now() - started };
}

// -------------------------------------------------------------------------------- status

export interface ElasticsearchStatus {
  url: string;
  /** True when ELASTICSEARCH_URL points at a cluster chexthought does not manage. */
  external: boolean;
  /** True when our pidfile names a live node on this port. */
  managed: boolean;
  reachable: boolean;
  pid?: number;
  version?: string;
  clusterName?: string;
  health?: string;
  heap?: string;
  log?: string;
  runAs?: string;
  /** Why it is not reachable. */
  error?: string;
}

export async function localNodeStatus(options: { port?: number } = {}): Promise<ElasticsearchStatus> {
  const port = resolvePort(options.port);
  const paths = nodePaths(port);
  const url = localUrl(port);
  const pid = managedPid(paths);
  const state = pid !== undefined ? readState(paths) : undefined;
  const { info, error } = await probe(url, 3_000);
  return {
    url,
    external: false,
    managed: pid !== undefined,
    reachable: Boolean(info),
    pid,
    version: info?.version,
    clusterName: info?.clusterName,
    health: info?.health,
    heap: state?.heap,
    log: fs.existsSync(paths.log) ? paths.log : undefined,
    runAs: state?.user,
    error,
  };
}

export async function externalStatus(url: string): Promise<ElasticsearchStatus> {
  const { info, error } = await probe(url, 5_000);
  return {
    url: redactUrl(url),
    external: true,
    managed: false,
    reachable: Boolean(info),
    version: info?.version,
    clusterName: info?.clusterName,
    health: info?.health,
    error,
  };
}
