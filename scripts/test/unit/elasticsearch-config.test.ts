/** Settings and layout of the managed Elasticsearch: ports, heaps, node settings, URLs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  NODE_NAME,
  clusterLayout,
  defaultHeap,
  nodeSettings,
  nodePaths,
  nodesRoot,
  redactUrl,
  resolveHeap,
  resolveNodeCount,
  resolvePort,
} from '../../elasticsearch/config.ts';
import { UserError } from '../../user-error.ts';
import { nodeUrls } from '../../../search-index/src/engine.ts';
import { replicaCount } from '../../../search-index/src/indices/settings.ts';

const GIB = 2 ** 30;

test('the port comes from the argument, else CHEXTHOUGHT_ES_PORT, else 9200; nonsense is a user error', () => {
  assert.equal(resolvePort(9231, { CHEXTHOUGHT_ES_PORT: '9300' }), 9231);
  assert.equal(resolvePort(undefined, { CHEXTHOUGHT_ES_PORT: '9300' }), 9300);
  assert.equal(resolvePort(undefined, {}), 9200);
  for (const bad of ['0', '65536', '92.5', 'abc'])
    assert.throws(() => resolvePort(undefined, { CHEXTHOUGHT_ES_PORT: bad }), UserError);
});

test('heap sizes are validated and lower-cased; a cluster shares a quarter of the machine', () => {
  assert.equal(resolveHeap('2G', {}), '2g');
  assert.equal(resolveHeap(undefined, { CHEXTHOUGHT_ES_HEAP: '512m' }), '512m');
  assert.equal(resolveHeap(undefined, {}), '1g');
  assert.throws(() => resolveHeap('lots', {}), UserError);
  assert.throws(() => resolveHeap('0g', {}), UserError);
  // 24 GiB / 4 = 6 GiB for the cluster: 2048 MiB each of 3, 3072 MiB each of 2.
  assert.equal(defaultHeap(3, 24 * GIB), '2048m');
  assert.equal(defaultHeap(3, 23.4 * GIB), '2048m'); // what a 24 GiB machine reports as usable
  assert.equal(defaultHeap(2, 24 * GIB), '3072m');
  assert.equal(defaultHeap(9, 4 * GIB), '512m'); // floor
  assert.equal(defaultHeap(3, 256 * GIB), '4096m'); // ceiling
  assert.equal(defaultHeap(1, 24 * GIB), '1g');
  assert.equal(resolveHeap(undefined, {}, 3).endsWith('m'), true);
});

test('node counts are 1 to 9, from --nodes or CHEXTHOUGHT_ES_NODES', () => {
  assert.equal(resolveNodeCount(undefined, {}), 1);
  assert.equal(resolveNodeCount(undefined, { CHEXTHOUGHT_ES_NODES: '3' }), 3);
  assert.equal(resolveNodeCount(2, { CHEXTHOUGHT_ES_NODES: '3' }), 2);
  for (const bad of [0, 10, 1.5, Number.NaN]) assert.throws(() => resolveNodeCount(bad, {}), UserError);
});

test('a cluster takes consecutive HTTP ports; the transport ports must fit too', () => {
  assert.deepEqual(clusterLayout(9221, 3).ports, [9221, 9222, 9223]);
  assert.throws(() => clusterLayout(65_440, 3), UserError);
});

function settingsOf(ports: number, port: number, cores = 2): Map<string, string> {
  const layout = clusterLayout(9221, ports);
  return new Map(nodeSettings(layout, port, { data: '/d', logs: '/l' }, ['/snap', '/backups/x'], cores));
}

test('one node: single-node discovery, any transport port, the snapshot folders in path.repo', () => {
  const s = settingsOf(1, 9221);
  assert.equal(s.get('discovery.type'), 'single-node');
  assert.equal(s.get('node.name'), NODE_NAME);
  assert.equal(s.get('http.port'), '9221');
  assert.equal(s.has('transport.port'), false);
  assert.equal(s.has('cluster.initial_master_nodes'), false);
  assert.deepEqual(JSON.parse(s.get('path.repo')!), ['/snap', '/backups/x']);
  assert.equal(s.get('network.host'), '127.0.0.1');
});

test('three nodes: each seeds the others by transport port, bootstraps from all names, gets its share of cores', () => {
  const s = settingsOf(3, 9222, 2);
  assert.equal(s.has('discovery.type'), false);
  assert.equal(s.get('node.name'), 'chexthought-9222');
  assert.equal(s.get('http.port'), '9222');
  assert.equal(s.get('transport.port'), '9322');
  assert.deepEqual(JSON.parse(s.get('discovery.seed_hosts')!), ['127.0.0.1:9321', '127.0.0.1:9322', '127.0.0.1:9323']);
  assert.deepEqual(JSON.parse(s.get('cluster.initial_master_nodes')!), [
    'chexthought-9221',
    'chexthought-9222',
    'chexthought-9223',
  ]);
  assert.equal(s.get('node.processors'), '1'); // 2 cores / 3 nodes, at least 1
  assert.equal(settingsOf(2, 9221, 8).get('node.processors'), '4');
});

test('node folders live under CHEXTHOUGHT_ES_NODES_DIR when set, one per port', () => {
  const env = { CHEXTHOUGHT_ES_NODES_DIR: '/tmp/nodes-here' };
  assert.equal(nodesRoot(env), '/tmp/nodes-here');
  const p = nodePaths(9225, env);
  assert.equal(p.dir, path.join('/tmp/nodes-here', 'node-9225'));
  assert.equal(p.data, path.join(p.dir, 'data'));
  assert.equal(p.lockFile, path.join('/tmp/nodes-here', 'node-9225.lock'));
});

test('URL lists: split on commas, blanks dropped; credentials masked in every element', () => {
  assert.deepEqual(nodeUrls('http://a:9200, http://b:9200,,'), ['http://a:9200', 'http://b:9200']);
  assert.equal(redactUrl('https://user:secret@a:9200,https://b:9200'), 'https://***:***@a:9200,https://b:9200');
  assert.equal(redactUrl('not a url'), 'not a url');
});

test('replicas: CHEXTHOUGHT_REPLICAS when set, else 1 from two data nodes on, 0 on one', () => {
  assert.equal(replicaCount(1, {}), 0);
  assert.equal(replicaCount(2, {}), 1);
  assert.equal(replicaCount(3, {}), 1);
  assert.equal(replicaCount(3, { CHEXTHOUGHT_REPLICAS: '2' }), 2);
  assert.equal(replicaCount(1, { CHEXTHOUGHT_REPLICAS: '0' }), 0);
  assert.throws(() => replicaCount(3, { CHEXTHOUGHT_REPLICAS: '-1' }), /CHEXTHOUGHT_REPLICAS/);
});
