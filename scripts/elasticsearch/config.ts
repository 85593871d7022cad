/**
 * Settings and on-disk layout of the project-managed local Elasticsearch node.
 *
 * Layout (HOME is CHEXTHOUGHT_ES_HOME when set):
 *   - not root: distributions in <repo>/.cache/elasticsearch/dist, node state in <repo>/.data/elasticsearch/node-<port>
 *   - root:     everything under /var/lib/chexthought/elasticsearch (a path the unprivileged node user can traverse)
 *   HOME/dist/elasticsearch-<version>/   unpacked distribution, read-only once unpacked
 *   <nodes>/node-<port>/                 config/, data/ (wiped at each start), logs/, tmp/, elasticsearch.pid, node.json
 */
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

export function resolveHeap(heap?: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = (heap ?? env.CHEXTHOUGHT_ES_HEAP ?? DEFAULT_HEAP).trim();
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

/** A URL fit for printing: credentials masked. */
export function redactUrl(url: string): string {
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
