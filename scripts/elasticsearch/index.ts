/**
 * The project's own local Elasticsearch, for the `chexthought` commands.
 *
 *   const es = await ensureElasticsearch({ heap: '2g' });   // ELASTICSEARCH_URL, or a local node (started or reused)
 *   ... createClient({ url: es.url }) ...
 *   await es.stop();                                         // stops the node only if this call started it
 *
 * Environment: ELASTICSEARCH_URL (use that cluster — one URL or a comma-separated list — start
 * nothing), CHEXTHOUGHT_ES_PORT (9200; the first node's), CHEXTHOUGHT_ES_NODES (1),
 * CHEXTHOUGHT_ES_HEAP (1g; a cluster's default in config.ts), CHEXTHOUGHT_ES_VERSION (pinned
 * default in config.ts), CHEXTHOUGHT_ES_HOME (where distributions and node folders live),
 * CHEXTHOUGHT_ES_NODES_DIR (node folders elsewhere).
 */
import { UserError } from '../user-error.ts';
import { redactUrl, resolvePort } from './config.ts';
import {
  externalStatus,
  localNodeStatus,
  startLocalNode,
  stopLocalNode,
  type ElasticsearchStatus,
  type LocalNode,
  type StopResult,
} from './node.ts';
import { formatSeconds } from './progress.ts';

export { DEFAULT_VERSION, FALLBACK_VERSION, NODE_USER, nodePaths } from './config.ts';
export type { ElasticsearchStatus, LocalNode, StopResult } from './node.ts';

export interface EnsureOptions {
  /** JVM heap, e.g. '2g' (default CHEXTHOUGHT_ES_HEAP, else 1g). Ignored when a running node is reused. */
  heap?: string;
  /** Local port (default CHEXTHOUGHT_ES_PORT, else 9200). */
  port?: number;
  /** Nodes of a local cluster (default CHEXTHOUGHT_ES_NODES, else 1). */
  nodes?: number;
  /** Wipe the local node's data when this call starts it (tests: a disposable node). */
  fresh?: boolean;
  /** No progress or messages on stderr. */
  quiet?: boolean;
}

export interface EnsuredElasticsearch {
  url: string;
  /** True when this call started the node (false: ELASTICSEARCH_URL, or a node already running). */
  startedHere: boolean;
  /** Stops the node if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
  /** Details of the local node (undefined with ELASTICSEARCH_URL). */
  node?: LocalNode;
  version?: string;
}

function externalUrl(): string | undefined {
  return process.env.ELASTICSEARCH_URL?.trim() || undefined;
}

/** ELASTICSEARCH_URL when set (checked to answer), else the local node, started or reused. */
export async function ensureElasticsearch(options: EnsureOptions = {}): Promise<EnsuredElasticsearch> {
  const url = externalUrl();
  if (url) {
    const status = await externalStatus(url);
    if (!status.reachable) throw new UserError(`ELASTICSEARCH_URL=${redactUrl(url)} does not answer: ${status.error}`);
    if (!options.quiet)
      process.stderr.write(
        `Using Elasticsearch ${status.version} at ${redactUrl(url)} (ELASTICSEARCH_URL, health ${status.health})\n`,
      );
    return { url, startedHere: false, stop: async () => {}, version: status.version };
  }
  const node = await startLocalNode(options);
  if (!options.quiet) process.stderr.write(`${describeNode(node)}\n`);
  let stopped = false;
  return {
    url: node.url,
    startedHere: node.startedHere,
    node,
    version: node.version,
    stop: async () => {
      if (!node.startedHere || stopped) return;
      stopped = true;
      await stopLocalNode({ port: node.port, quiet: options.quiet });
    },
  };
}

/** One line about a started or reused node. */
export function describeNode(node: LocalNode): string {
  const how = node.startedHere ? `started in ${formatSeconds(node.startMs)}` : 'already running, reused';
  const many = node.ports.length > 1;
  return (
    `Elasticsearch ${node.version} is running at ${node.url} (${many ? `${node.ports.length} nodes, ` : ''}${how}; ` +
    `pid ${node.pids.join(', ')}, health ${node.health}` +
    `${node.heap ? `, heap ${node.heap}${many ? ' each' : ''}` : ''}${node.runAs ? `, user ${node.runAs}` : ''})\n  log: ${node.log}`
  );
}

/** Stops the local node on the port (default CHEXTHOUGHT_ES_PORT/9200). Does nothing with ELASTICSEARCH_URL. */
export async function stopElasticsearch(
  options: { port?: number; quiet?: boolean } = {},
): Promise<StopResult & { external: boolean }> {
  if (externalUrl()) return { port: resolvePort(options.port), pids: [], killed: false, ms: 0, external: true };
  return { ...(await stopLocalNode(options)), external: false };
}

/** What answers where chexthought looks for Elasticsearch, and whether chexthought runs it. */
export async function elasticsearchStatus(options: { port?: number } = {}): Promise<ElasticsearchStatus> {
  const url = externalUrl();
  return url ? externalStatus(url) : localNodeStatus(options);
}
