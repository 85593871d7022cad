/**
 * Settings and on-disk layout of the project-managed local Elasticsearch node.
 *
 * Layout (HOME is CHEXTHOUGHT_ES_HOME when set):
 *   - not root: distributions in <repo>/.cache/elasticsearch/dist, node state in <repo>/.data/elasticsearch/node-<port>
 *   - root:     everything under /var/lib/chexthought/elasticsearch (a path the unprivileged node user can traverse)
 *   HOME/dist/elasticsearch-<version>/   unpacked distribution, read-only once unpacked
 *   <nodes>/node-<port>/                 config/, data/ (kept across restarts; --fresh wipes it), logs/, tmp/,
 *                                        elasticsearch.pid, node.json
 *   <nodes>/snapshots/                   default snapshot location (always in path.repo)
 *   <nodes>/path-repo.json               further folders `chexthought backup DIR` added to path.repo
 * <nodes> is CHEXTHOUGHT_ES_NODES_DIR when set (tests: disposable node folders, shared distribution).
 *
 * A cluster of N nodes takes N consecutive HTTP ports from the base port, and the transport port
 * of each is its HTTP port + 100 (a single node takes any free one); the base node's node.json
 * lists the cluster's ports.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT } from '../../search-index/src/engine.ts';
import { UserError } from '../user-error.ts';

/** Pinned default: the newest 9.x integ-test-zip that Maven serves here; it needs a JDK >= 21. */
export const DEFAULT_VERSION = '9.2.8';
/** Used only when no JDK >= 21 exists: the newest 8.x verified to download, runs on JDK 17. */
export const FALLBACK_VERSION = '8.19.8';
export const MAVEN_GROUP = 'org.elasticsearch.distribution.integ-test-zip';
export const MAVEN_ARTIFACT = 'elasticsearch';

export const DEFAULT_HEAP = '1g';
export const CLUSTER_NAME = 'chexthought';
export const NODE_NAME = 'chexthought-local';
/** Largest `--nodes`: every node is a JVM with its own heap on one machine. */
export const MAX_NODES = 9;
/** Transport port = HTTP port + this, so a cluster's ports never overlap its HTTP range. */
export const TRANSPORT_OFFSET = 100;
/** System account the node runs as when chexthought runs as root (Elasticsearch refuses root). */
export const NODE_USER = 'chexthought-es';
export const ROOT_HOME = '/var/lib/chexthought/elasticsearch';

export const START_TIMEOUT_MS = 120_000;
export const STOP_TIMEOUT_MS = 60_000;

export function repoRoot(): string {
  return path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Where distributions are cached. */
export function esHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHEXTHOUGHT_ES_HOME) return path.resolve(env.CHEXTHOUGHT_ES_HOME);
  return isRoot() ? ROOT_HOME : path.join(repoRoot(), '.cache', 'elasticsearch');
}

export function distRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(esHome(env), 'dist');
}

/** Parent of the per-port node folders. */
export function nodesRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHEXTHOUGHT_ES_NODES_DIR) return path.resolve(env.CHEXTHOUGHT_ES_NODES_DIR);
  if (env.CHEXTHOUGHT_ES_HOME || isRoot()) return esHome(env);
  return path.join(repoRoot(), '.data', 'elasticsearch');
}

export interface NodePaths {
  port: number;
  dir: string;
  config: string;
  data: string;
  logs: string;
  tmp: string;
  pidFile: string;
  stateFile: string;
  lockFile: string;
  /** The main server log Elasticsearch writes: <logs>/<cluster.name>.log */
  log: string;
  /** Output of the launcher (`bin/elasticsearch -d`): startup errors land here. */
  launcherLog: string;
}

export function nodePaths(port: number, env: NodeJS.ProcessEnv = process.env): NodePaths {
  const dir = path.join(nodesRoot(env), `node-${port}`);
  const logs = path.join(dir, 'logs');
  return {
    port,
    dir,
    config: path.join(dir, 'config'),
    data: path.join(dir, 'data'),
    logs,
    tmp: path.join(dir, 'tmp'),
    pidFile: path.join(dir, 'elasticsearch.pid'),
    stateFile: path.join(dir, 'node.json'),
    lockFile: path.join(nodesRoot(env), `node-${port}.lock`),
    log: path.join(logs, `${CLUSTER_NAME}.log`),
    launcherLog: path.join(logs, 'launcher.log'),
  };
}

export function resolvePort(port?: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = port ?? (env.CHEXTHOUGHT_ES_PORT ? Number(env.CHEXTHOUGHT_ES_PORT) : DEFAULT_PORT);
  if (!Number.isInteger(raw) || raw < 1 || raw > 65535) {
    throw new UserError(
      `invalid Elasticsearch port ${JSON.stringify(port ?? env.CHEXTHOUGHT_ES_PORT)} (CHEXTHOUGHT_ES_PORT must be 1-65535)`,
    );
  }
  return raw;
}

/** The snapshot location used when `backup` is given no folder; always allowed by path.repo. */
export function defaultSnapshotDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(nodesRoot(env), 'snapshots');
}

/** The file listing further folders allowed as snapshot locations (path.repo). */
export function pathRepoFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(nodesRoot(env), 'path-repo.json');
}

export interface ClusterLayout {
  basePort: number;
  /** HTTP port of each node, consecutive from the base port. */
  ports: number[];
}

export function resolveNodeCount(nodes?: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = nodes ?? (env.CHEXTHOUGHT_ES_NODES ? Number(env.CHEXTHOUGHT_ES_NODES) : 1);
  if (!Number.isInteger(raw) || raw < 1 || raw > MAX_NODES)
    throw new UserError(
      `invalid node count ${JSON.stringify(nodes ?? env.CHEXTHOUGHT_ES_NODES)} (--nodes / CHEXTHOUGHT_ES_NODES must be 1-${MAX_NODES})`,
    );
  return raw;
}

export function clusterLayout(basePort: number, nodes: number): ClusterLayout {
  const last = basePort + nodes - 1;
  if (last + TRANSPORT_OFFSET > 65535)
    throw new UserError(`ports ${basePort}-${last} (transport +${TRANSPORT_OFFSET}) do not fit below 65536`);
  return { basePort, ports: Array.from({ length: nodes }, (_, i) => basePort + i) };
}

export function nodeName(layout: ClusterLayout, port: number): string {
  return layout.ports.length === 1 ? NODE_NAME : `chexthought-${port}`;
}

/**
 * Settings of one managed node. One node: `discovery.type: single-node`. Several: each is
 * master-eligible and holds data, finds the others on their transport ports, and the first
 * start bootstraps the cluster from all of their names. With several JVMs on one machine each
 * node is told its share of the cores, so thread pools are not sized as if it had them all.
 */
export function nodeSettings(
  layout: ClusterLayout,
  port: number,
  paths: { data: string; logs: string },
  pathRepo: string[],
  cores = os.availableParallelism(),
): Array<[string, string]> {
  const settings: Array<[string, string]> = [
    ['cluster.name', CLUSTER_NAME],
    ['node.name', nodeName(layout, port)],
    ['network.host', '127.0.0.1'],
    ['http.port', String(port)],
  ];
  // One node: any free transport port (nothing connects to it), as nodes started before did.
  if (layout.ports.length === 1) settings.push(['discovery.type', 'single-node']);
  else {
    settings.push(['transport.port', String(port + TRANSPORT_OFFSET)]);
    const seeds = layout.ports.map((p) => `127.0.0.1:${p + TRANSPORT_OFFSET}`);
    settings.push(
      ['discovery.seed_hosts', JSON.stringify(seeds)],
      ['cluster.initial_master_nodes', JSON.stringify(layout.ports.map((p) => nodeName(layout, p)))],
      ['node.processors', String(Math.max(1, Math.floor(cores / layout.ports.length)))],
    );
  }
  settings.push(
    ['path.data', paths.data],
    ['path.logs', paths.logs],
    ['path.repo', JSON.stringify(pathRepo)],
    ['cluster.routing.allocation.disk.threshold_enabled', 'false'],
    ['action.destructive_requires_name', 'false'],
  );
  return settings;
}

/**
 * Heap of each node when none is asked for: 1g for one node; for a cluster a quarter of the
 * machine's memory shared by its nodes (the rest is page cache, the API and the ingest), at
 * least 512m and at most 4g each — 2g apiece for three nodes on 24 GiB.
 */
export function defaultHeap(nodes: number, totalBytes = os.totalmem()): string {
  if (nodes === 1) return DEFAULT_HEAP;
  const gib = Math.ceil(totalBytes / 2 ** 30); // 23.4 GiB usable reads as the 24 GiB machine it is
  const mib = Math.floor((gib * 1024) / 4 / nodes / 256) * 256;
  return `${Math.min(4096, Math.max(512, mib))}m`;
}

export function resolveHeap(heap?: string, env: NodeJS.ProcessEnv = process.env, nodes = 1): string {
  const value = (heap ?? env.CHEXTHOUGHT_ES_HEAP ?? defaultHeap(nodes)).trim();
  if (!/^[1-9][0-9]*[kKmMgG]?$/.test(value)) {
    throw new UserError(
      `invalid Elasticsearch heap size ${JSON.stringify(value)} (CHEXTHOUGHT_ES_HEAP: e.g. 1g, 2g, 512m)`,
    );
  }
  return value.toLowerCase();
}

export function localUrl(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** A URL (or comma-separated list of them) fit for printing: credentials masked. */
export function redactUrl(url: string): string {
  if (url.includes(',')) return url.split(',').map(redactUrl).join(',');
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = u.username ? '***' : '';
      u.password = u.password ? '***' : '';
    }
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
