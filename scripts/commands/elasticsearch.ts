/** `chexthought elasticsearch start|stop|status`: the project's own local Elasticsearch node. */
import type { Command } from 'commander';
import { UserError } from '../user-error.ts';
import {
  describeNode,
  elasticsearchStatus,
  stopElasticsearch,
  type ElasticsearchStatus,
} from '../elasticsearch/index.ts';
import { startLocalNode } from '../elasticsearch/node.ts';
import { redactUrl, resolveNodeCount } from '../elasticsearch/config.ts';
import { formatSeconds } from '../elasticsearch/progress.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError(`invalid port ${JSON.stringify(value)}`);
  return port;
}

function parseNodes(value: string): number {
  return resolveNodeCount(Number(value));
}

function printStatus(status: ElasticsearchStatus): void {
  const rows: Array<[string, string | number | undefined]> = [
    ['url', status.url],
    [
      'managed by',
      status.external
        ? 'not chexthought (ELASTICSEARCH_URL)'
        : status.managed
          ? 'chexthought'
          : 'nobody (no node started by chexthought)',
    ],
    ['pid', status.pid],
    ['reachable', status.reachable ? 'yes' : `no${status.error ? ` (${status.error})` : ''}`],
    ['version', status.version],
    ['cluster', status.clusterName],
    ['health', status.health],
    ['heap', status.heap],
    ['runs as', status.runAs],
    [
      'nodes',
      status.nodes && status.nodes.length > 1
        ? status.nodes.map((n) => `${n.port}${n.pid === undefined ? ' (down)' : ` (pid ${n.pid})`}`).join(', ')
        : undefined,
    ],
    ['log', status.log],
  ];
  for (const [key, value] of rows) if (value !== undefined) console.log(`${`${key}:`.padEnd(12)}${value}`);
}

export function registerElasticsearchCommand(program: Command): void {
  const es = program
    .command('elasticsearch')
    .description('the local Elasticsearch node chexthought runs for you (or ELASTICSEARCH_URL when set)');

  es.command('start')
    .description('start the local node (downloading it with Maven on first use), or reuse the running one')
    .option('--heap <size>', 'JVM heap, e.g. 1g or 2g (default: CHEXTHOUGHT_ES_HEAP or 1g)')
    .option('--port <port>', 'HTTP port of the first node (default: CHEXTHOUGHT_ES_PORT or 9200)', parsePort)
    .option(
      '--nodes <n>',
      'nodes of a local cluster on consecutive ports, transport ports +100 (default: CHEXTHOUGHT_ES_NODES or 1)',
      parseNodes,
    )
    .option('--fresh', 'wipe the data of the node(s) first (kept across stop/start otherwise)')
    .option('-q, --quiet', 'no progress output')
    .action(async (opts: { heap?: string; port?: number; nodes?: number; fresh?: boolean; quiet?: boolean }) => {
      const url = process.env.ELASTICSEARCH_URL?.trim();
      if (url) {
        const status = await elasticsearchStatus();
        if (!status.reachable)
          throw new UserError(`ELASTICSEARCH_URL=${redactUrl(url)} does not answer: ${status.error}`);
        console.log(
          `ELASTICSEARCH_URL is set: nothing to start. Elasticsearch ${status.version} at ${status.url}, health ${status.health}.`,
        );
        return;
      }
      const node = await startLocalNode(opts);
      console.log(describeNode(node));
    });

  es.command('stop')
    .description('stop the local node (or every node of the local cluster) chexthought started')
    .option('--port <port>', 'HTTP port (default: CHEXTHOUGHT_ES_PORT or 9200)', parsePort)
    .action(async (opts: { port?: number }) => {
      const result = await stopElasticsearch(opts);
      if (result.external)
        console.log('ELASTICSEARCH_URL is set: that cluster is not managed by chexthought; nothing stopped.');
      else if (result.pid === undefined)
        console.log(`No Elasticsearch started by chexthought is running on port ${result.port}.`);
      else
        console.log(
          `Stopped Elasticsearch (pid ${result.pids.join(', ')}) in ${formatSeconds(result.ms)}${result.killed ? ' (killed after not stopping in time)' : ''}.`,
        );
    });

  es.command('status')
    .description('show where Elasticsearch is, who runs it and how healthy it is (exit code 1 when unreachable)')
    .option('--port <port>', 'HTTP port (default: CHEXTHOUGHT_ES_PORT or 9200)', parsePort)
    .action(async (opts: { port?: number }) => {
      const status = await elasticsearchStatus(opts);
      printStatus(status);
      if (!status.reachable) process.exitCode = 1;
    });
}
