/**
 * `chexthought start` (`npm start`): the whole product on one machine — Elasticsearch (unless
 * ELASTICSEARCH_URL), the demo dataset (regenerated, deterministic) and its tiles (built once), its index (re-ingested only
 * when the files differ from those indexed), the API and the portal. Ctrl-C stops everything it
 * started.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { ensureElasticsearch } from '../elasticsearch/index.ts';
import { runCli, startService, stopChild, waitForUrl, CLI_ENTRY } from '../children.ts';
import { DEMO_DIR, REPO_ROOT } from '../paths.ts';
import { startPortal } from '../portal.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Run the product: local Elasticsearch, the demo dataset indexed, the API and the portal.')
    .option('--heap <size>', 'Elasticsearch heap', process.env.CHEXTHOUGHT_ES_HEAP ?? '2g')
    .option('--no-portal', 'do not start the portal')
    .option('--fresh', "wipe the local Elasticsearch's data first (every index on it)")
    .action(async (opts: { heap: string; portal: boolean; fresh?: boolean }) => {
      const es = await ensureElasticsearch({ heap: opts.heap, fresh: opts.fresh });
      const env = { ELASTICSEARCH_URL: es.url, CHEXTHOUGHT_TILES_DIR: join(DEMO_DIR, 'tiles') };
      const children: Array<{ name: string; stop: () => Promise<void> }> = [];
      const shutdown = async (code: number) => {
        for (const c of children.reverse()) await c.stop();
        await es.stop();
        process.exit(code);
      };
      process.once('SIGINT', () => void shutdown(0));
      process.once('SIGTERM', () => void shutdown(0));
      try {
        // Regenerated every time (about a second, same bytes for the same generator): a demo kept from
        // an older generator would otherwise be served after an update. The ingest skips unchanged files.
        await runCli(['generate', '--out', DEMO_DIR]);
        await runCli(['tiles', DEMO_DIR]);
        const rejects = join(REPO_ROOT, '.data/demo-ingest-rejects.ndjson');
        await runCli(['ingest', DEMO_DIR, '--if-changed', '--rejects', rejects], env);

        const apiPort = process.env.API_PORT ?? '4000';
        const api = startService('api', process.execPath, [CLI_ENTRY, 'api'], { ...env, API_PORT: apiPort });
        children.push({ name: 'api', stop: () => stopChild(api) });
        const apiUrl = `http://127.0.0.1:${apiPort}`;
        await waitForUrl(`${apiUrl}/ready`, api);

        let portalUrl: string | null = null;
        if (opts.portal) {
          const portal = await startPortal({ apiUrl });
          if (portal) {
            children.push({ name: 'portal', stop: portal.stop });
            portalUrl = portal.url;
          }
        }
        console.log('\nCheXthought Explorer is running:');
        if (portalUrl) console.log(`  portal       ${portalUrl}`);
        console.log(`  GraphQL API  ${apiUrl}/graphql`);
        console.log(`  Elasticsearch ${es.url}`);
        console.log('The demo images are real (NIH ChestX-ray14); its reads are synthetic. Ctrl-C stops everything.');
        await new Promise(() => {}); // run until a signal
      } catch (err) {
        for (const c of children.reverse()) await c.stop();
        await es.stop();
        throw err;
      }
    });
}
