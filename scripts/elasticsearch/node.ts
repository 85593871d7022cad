/**
 * Start, reuse, stop and inspect the local Elasticsearch chexthought manages from a base port:
 * one node, or a cluster of N nodes on consecutive ports.
 *
 * Each node runs as a daemon (`bin/elasticsearch -d -p <pidfile>`), bound to 127.0.0.1, and
 * keeps its data folder across restarts (`fresh` wipes it). "Managed by us" means: our pidfile
 * names a live Elasticsearch process (and it answers on the port).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createClient } from '../../search-index/src/engine.ts';
import { UserError } from '../user-error.ts';
import {
  NODE_USER,
  START_TIMEOUT_MS,
  STOP_TIMEOUT_MS,
  clusterLayout,
  defaultSnapshotDir,
  isRoot,
  localUrl,
  nodePaths,
  nodeSettings,
  nodesRoot,
  pathRepoFile,
  redactUrl,
  resolveHeap,
  resolveNodeCount,
  resolvePort,
  type ClusterLayout,
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

/**
 * Waits until the cluster is yellow or green (one node), or green with every node joined (a
 * cluster: replicas of persisted indices have recovered).
 */
async function waitHealthy(url: string, deadline: number, stillAlive: () => boolean, nodes = 1): Promise<ClusterInfo> {
  const client = createClient({ url, requestTimeoutMs: 10_000, maxRetries: 0 });
  const wanted = nodes > 1 ? { wait_for_status: 'green' as const, wait_for_nodes: String(nodes) } : {};
  let lastError = 'no answer yet';
  try {
    while (Date.now() < deadline) {
      if (!stillAlive()) throw new Error('the Elasticsearch process exited');
      try {
        const health = await client.cluster.health(
          { wait_for_status: 'yellow', timeout: '5s', ...wanted },
          { ignore: [408] },
        );
        if (nodes > 1 && (health.status !== 'green' || health.number_of_nodes < nodes)) {
          lastError = `cluster health ${health.status}, ${health.number_of_nodes} of ${nodes} nodes`;
          continue;
        }
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
  /** HTTP port of the first node (default CHEXTHOUGHT_ES_PORT, else 9200). */
  port?: number;
  /** Nodes (default CHEXTHOUGHT_ES_NODES, else 1); a running cluster is reused as it is. */
  nodes?: number;
  /** Wipe the nodes' data before starting (ignored when they already run). */
  fresh?: boolean;
  quiet?: boolean;
}

export interface LocalNode {
  /** Every node's URL, comma-separated (the form ELASTICSEARCH_URL takes). */
  url: string;
  urls: string[];
  /** HTTP port of the first node. */
  port: number;
  ports: number[];
  pid: number;
  pids: number[];
  version: string;
  health: string;
  log: string;
  dir: string;
  heap?: string;
  /** False when an already running node (or cluster) was reused as it was. */
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
  /** HTTP ports of every node of the cluster it belongs to (absent: a single node). */
  cluster?: number[];
}

function readState(paths: NodePaths): NodeState | undefined {
  try {
    return JSON.parse(fs.readFileSync(paths.stateFile, 'utf8')) as NodeState;
  } catch {
    return undefined;
  }
}

/** The ports of the cluster whose first node listens on `port`, as last started. */
export function clusterPorts(port: number): number[] {
  return readState(nodePaths(port))?.cluster ?? [port];
}

/** Settings that only exist when the distribution ships the module defining them. */
const MODULE_SETTINGS: Array<[module: string, setting: string, value: string]> = [
  ['x-pack-security', 'xpack.security.enabled', 'false'],
  ['ingest-geoip', 'ingest.geoip.downloader.enabled', 'false'],
  ['x-pack-ml', 'xpack.ml.enabled', 'false'],
];

/** Folders the nodes may keep snapshots in: the default one and those `backup DIR` allowed. */
export function allowedSnapshotDirs(): string[] {
  let extra: string[] = [];
  try {
    extra = (JSON.parse(fs.readFileSync(pathRepoFile(), 'utf8')) as { dirs?: string[] }).dirs ?? [];
  } catch {
    // none added yet
  }
  return [defaultSnapshotDir(), ...extra.filter((d) => d !== defaultSnapshotDir())];
}

/** Adds a folder to path.repo of the managed nodes (effective at their next start). */
export function allowSnapshotDir(dir: string): void {
  const dirs = allowedSnapshotDirs().slice(1);
  if (!dirs.includes(dir)) dirs.push(dir);
  fs.writeFileSync(pathRepoFile(), `${JSON.stringify({ dirs }, null, 2)}\n`);
}

function writeConfig(distribution: string, layout: ClusterLayout, paths: NodePaths): void {
  fs.cpSync(path.join(distribution, 'config'), paths.config, { recursive: true });
  const settings = nodeSettings(layout, paths.port, paths, allowedSnapshotDirs());
  for (const [module, setting, value] of MODULE_SETTINGS) {
    if (fs.existsSync(path.join(distribution, 'modules', module))) settings.push([setting, value]);
  }
  const yaml = [
    '# Written by chexthought at each start; edits are lost.',
    ...settings.map(([k, v]) => `${k}: ${/^[A-Za-z0-9_.-]+$/.test(v) || v.startsWith('[') ? v : JSON.stringify(v)}`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(paths.config, 'elasticsearch.yml'), yaml);
}

function hasData(paths: NodePaths): boolean {
  try {
    return fs.readdirSync(paths.data).length > 0;
  } catch {
    return false;
  }
}

/**
 * Node folder ready to start: data kept (wiped when `fresh`), config rewritten from the
 * distribution, temp emptied, all owned by the node's account.
 */
function prepareNodeFolder(
  distribution: string,
  layout: ClusterLayout,
  paths: NodePaths,
  account: NodeAccount | undefined,
  fresh: boolean,
): void {
  mkdirTraversable(path.dirname(paths.dir));
  if (fresh) fs.rmSync(paths.dir, { recursive: true, force: true });
  fs.rmSync(paths.config, { recursive: true, force: true });
  fs.rmSync(paths.tmp, { recursive: true, force: true });
  for (const dir of [paths.dir, paths.data, paths.logs, paths.tmp]) fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  writeConfig(distribution, layout, paths);
  if (account) chownRecursive(paths.dir, account.uid, account.gid);
}

/** The default snapshot folder, writable by the node's account. */
function prepareSnapshotDir(account: NodeAccount | undefined): void {
  const dir = defaultSnapshotDir();
  mkdirTraversable(dir);
  if (account) fs.chownSync(dir, account.uid, account.gid);
}

/** Refuses to start a layout over data a different layout wrote (its cluster would not form). */
function assertSameLayout(layout: ClusterLayout, fresh: boolean): void {
  if (fresh) return;
  for (const port of layout.ports) {
    const paths = nodePaths(port);
    if (!hasData(paths)) continue;
    const before = readState(paths)?.cluster ?? [port];
    if (before.join(',') !== layout.ports.join(','))
      throw new UserError(
        `the node folder ${paths.dir} holds data of a ${before.length === 1 ? 'single node' : `cluster on ports ${before.join(', ')}`}, ` +
          `not of ${layout.ports.length === 1 ? 'a single node' : `a cluster on ports ${layout.ports.join(', ')}`}. ` +
          'Start it as it was, pick another port, or pass --fresh to wipe its data.',
      );
  }
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

interface Launch {
  choice: DistributionChoice;
  distribution: string;
  layout: ClusterLayout;
  heap: string;
  account: NodeAccount | undefined;
  fresh: boolean;
}

/** Starts one node's daemon and returns its pid once the launcher reports it started. */
async function launchNode(l: Launch, paths: NodePaths): Promise<number> {
  prepareNodeFolder(l.distribution, l.layout, paths, l.account, l.fresh);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['ES_HOME', 'ES_PATH_CONF', 'CLI_JAVA_OPTS', 'ELASTICSEARCH_URL']) delete env[key];
  Object.assign(env, {
    ES_JAVA_HOME: l.choice.jdk.home,
    JAVA_HOME: l.choice.jdk.home,
    ES_PATH_CONF: paths.config,
    ES_TMPDIR: paths.tmp,
    ES_JAVA_OPTS: [process.env.ES_JAVA_OPTS, `-Xms${l.heap}`, `-Xmx${l.heap}`].filter(Boolean).join(' '),
  });
  const bin = path.join(l.distribution, 'bin', 'elasticsearch');
  const args = ['-d', '-p', paths.pidFile];
  const { command, args: argv } = l.account ? l.account.wrap(bin, args) : { command: bin, args };
  const out = fs.openSync(paths.launcherLog, 'a');
  if (l.account) fs.fchownSync(out, l.account.uid, l.account.gid);
  const child = spawn(command, argv, { cwd: paths.dir, env, stdio: ['ignore', out, out], detached: true });
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
  return pid;
}

/** Launches the nodes of `ports` that are not running (all at once, so a cluster can form), waits for health. */
async function launch(l: Launch, ports: number[], rep: Reporter): Promise<LocalNode> {
  const started = Date.now();
  if (l.account) {
    assertReachableByOthers(l.distribution, 'The Elasticsearch distribution', l.account.user);
    assertReachableByOthers(l.choice.jdk.home, 'The JDK', l.account.user);
  }
  prepareSnapshotDir(l.account);
  const base = nodePaths(l.layout.basePort);
  const many = l.layout.ports.length > 1;
  const where = many ? `ports ${l.layout.ports.join(', ')}` : localUrl(l.layout.basePort);
  const spinner = startSpinner(
    rep,
    `Starting Elasticsearch ${l.choice.version}${many ? ` (${ports.length} of ${l.layout.ports.length} nodes)` : ''} on ${where} ` +
      `(heap ${l.heap}${many ? ' each' : ''}${l.account ? `, as user ${l.account.user}` : ''})`,
  );
  try {
    const launched = await Promise.allSettled(ports.map((p) => launchNode(l, nodePaths(p))));
    const failed = launched.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      await stopPorts(l.layout.ports, true);
      throw failed.reason;
    }
    let info: ClusterInfo;
    const pids = l.layout.ports.map((p) => managedPid(nodePaths(p)));
    try {
      info = await waitHealthy(
        localUrl(l.layout.basePort),
        started + START_TIMEOUT_MS,
        () => pids.every((pid) => pid !== undefined && processAlive(pid)),
        l.layout.ports.length,
      );
    } catch (err) {
      const failure = startFailure((err as Error).message, base);
      await stopPorts(l.layout.ports, true); // leave no half-started node behind
      throw failure;
    }
    for (const port of l.layout.ports) {
      const state: NodeState = {
        version: info.version,
        port,
        heap: l.heap,
        javaHome: l.choice.jdk.home,
        distribution: l.distribution,
        user: l.account?.user,
        startedAt: new Date().toISOString(),
        ...(many ? { cluster: l.layout.ports } : {}),
      };
      fs.writeFileSync(nodePaths(port).stateFile, `${JSON.stringify(state, null, 2)}\n`);
    }
    return localNode(l.layout, pids as number[], info, {
      heap: l.heap,
      startedHere: true,
      started,
      runAs: l.account?.user,
    });
  } finally {
    spinner.stop();
  }
}

function localNode(
  layout: ClusterLayout,
  pids: number[],
  info: ClusterInfo,
  more: { heap?: string; startedHere: boolean; started: number; runAs?: string },
): LocalNode {
  const urls = layout.ports.map(localUrl);
  const paths = nodePaths(layout.basePort);
  return {
    url: urls.join(','),
    urls,
    port: layout.basePort,
    ports: layout.ports,
    pid: pids[0]!,
    pids,
    version: info.version,
    health: info.health,
    log: paths.log,
    dir: paths.dir,
    heap: more.heap,
    startedHere: more.startedHere,
    startMs: Date.now() - more.started,
    runAs: more.runAs,
  };
}

/** Starts the local node or cluster, or reuses (and completes) the one we already run there. */
export async function startLocalNode(options: StartOptions = {}): Promise<LocalNode> {
  const rep = reporter(options.quiet);
  const port = resolvePort(options.port);
  const paths = nodePaths(port);
  mkdirTraversable(nodesRoot());
  return withLock(paths.lockFile, rep, `starting Elasticsearch on port ${port}`, async () => {
    const running = managedPid(paths);
    const nodes = resolveNodeCount(options.nodes ?? (running !== undefined ? clusterPorts(port).length : undefined));
    const layout = clusterLayout(port, nodes);
    if (running !== undefined && clusterPorts(port).join(',') !== layout.ports.join(','))
      throw new UserError(
        `chexthought already runs Elasticsearch on ports ${clusterPorts(port).join(', ')}; stop it first to start ${nodes} node(s) there`,
      );
    const heap = resolveHeap(options.heap, process.env, nodes);
    const missing = layout.ports.filter((p) => managedPid(nodePaths(p)) === undefined);
    if (running !== undefined && missing.length === 0) return reuse(layout, options, heap, rep);
    for (const p of missing) await assertPortFree(p);
    if (running === undefined) assertSameLayout(layout, Boolean(options.fresh));
    const choice = chooseDistribution();
    if (choice.fallback) {
      rep.info(
        `No JDK 21+ found: using Elasticsearch ${choice.version} on JDK ${choice.jdk.version} (${choice.jdk.home}).`,
      );
    }
    const distribution = await obtainDistribution(choice, rep);
    const account = isRoot() ? nodeAccount(NODE_USER) : undefined;
    // Completing a cluster (a node died) keeps data whatever `fresh` says: the others hold it.
    const fresh = Boolean(options.fresh) && running === undefined;
    return launch({ choice, distribution, layout, heap, account, fresh }, missing, rep);
  });
}

async function reuse(layout: ClusterLayout, options: StartOptions, heap: string, rep: Reporter): Promise<LocalNode> {
  const started = Date.now();
  const pids = layout.ports.map((p) => managedPid(nodePaths(p))!);
  let info: ClusterInfo;
  try {
    info = await waitHealthy(localUrl(layout.basePort), Date.now() + START_TIMEOUT_MS, () => pids.every(processAlive));
  } catch (err) {
    throw new UserError(
      `the Elasticsearch chexthought started on port ${layout.basePort} (pid ${pids[0]}) does not answer healthily: ${(err as Error).message}. ` +
        `Stop it with \`chexthought elasticsearch stop\` and start again. Log: ${nodePaths(layout.basePort).log}`,
    );
  }
  const state = readState(nodePaths(layout.basePort));
  if (state?.heap && options.heap && state.heap !== heap)
    rep.info(`Note: the running node has heap ${state.heap}, not ${heap}; stop it to restart with ${heap}.`);
  if (options.fresh) rep.info('Note: Elasticsearch is already running; --fresh applies only when it starts.');
  return localNode(layout, pids, info, { heap: state?.heap, startedHere: false, started, runAs: state?.user });
}

async function assertPortFree(port: number): Promise<void> {
  if (!(await portInUse(port))) return;
  const url = localUrl(port);
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

// ---------------------------------------------------------------------------------- stop

export interface StopResult {
  port: number;
  /** Pid of the first node stopped; undefined when none was running. */
  pid?: number;
  /** Pids of every node stopped. */
  pids: number[];
  /** True when one had to be killed after not stopping within the grace period. */
  killed: boolean;
  ms: number;
}

/** Stops the local node or every node of the cluster whose first node is on the port. */
export async function stopLocalNode(options: { port?: number; quiet?: boolean } = {}): Promise<StopResult> {
  const port = resolvePort(options.port);
  return stopPorts(clusterPorts(port), options.quiet);
}

async function stopPorts(ports: number[], quiet = false): Promise<StopResult> {
  const rep = reporter(quiet);
  const started = Date.now();
  const running = ports
    .map((port) => ({ paths: nodePaths(port), pid: managedPid(nodePaths(port)) }))
    .filter((n): n is { paths: NodePaths; pid: number } => n.pid !== undefined);
  if (running.length === 0) return { port: ports[0]!, pids: [], killed: false, ms: 0 };
  const pids = running.map((n) => n.pid);
  const spinner = startSpinner(rep, `Stopping Elasticsearch (pid ${pids.join(', ')})`);
  try {
    const killed = await Promise.all(running.map((n) => stopProcess(n.pid, n.paths)));
    return { port: ports[0]!, pid: pids[0], pids, killed: killed.some(Boolean), ms: Date.now() - started };
  } finally {
    spinner.stop();
  }
}

/** SIGTERM, then SIGKILL after the grace period; true when it had to be killed. */
async function stopProcess(pid: number, paths: NodePaths): Promise<boolean> {
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
  }
  fs.rmSync(paths.pidFile, { force: true });
  return killed;
}

/** Pids of the running nodes of the local cluster on the port, by port (chaos scenarios kill them). */
export function nodePids(port?: number): Map<number, number> {
  const pids = new Map<number, number>();
  for (const p of clusterPorts(resolvePort(port))) {
    const pid = managedPid(nodePaths(p));
    if (pid !== undefined) pids.set(p, pid);
  }
  return pids;
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
  /** Managed nodes: HTTP port and pid (undefined: not running) of each. */
  nodes?: Array<{ port: number; pid?: number }>;
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
    nodes: clusterPorts(port).map((p) => ({ port: p, pid: managedPid(nodePaths(p)) })),
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
