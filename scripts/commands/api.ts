/** `chexthought api`: the GraphQL data-access service in the foreground (Ctrl-C stops it). */
import type { Command } from 'commander';
import { startApi } from '../../api/src/main.ts';
import { ConfigError } from '../../api/src/config.ts';
import { UserError } from '../user-error.ts';

export function registerApiCommand(program: Command): void {
  program
    .command('api')
    .description(
      'Start the GraphQL API (default http://127.0.0.1:4000/graphql); configured by API_HOST, API_PORT, ELASTICSEARCH_URL, CHEXTHOUGHT_INDEX_PREFIX, CHEXTHOUGHT_TILES_DIR, LOG_LEVEL.',
    )
    .option('--host <host>', 'interface to listen on (default API_HOST or 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default API_PORT or 4000)')
    .action(async (opts: { host?: string; port?: string }) => {
      const overrides: { host?: string; port?: number } = {};
      if (opts.host) overrides.host = opts.host;
      if (opts.port !== undefined) {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65_535)
          throw new UserError(`--port must be a port number (got ${JSON.stringify(opts.port)})`);
        overrides.port = port;
      }
      try {
        const { url } = await startApi(overrides);
        console.log(`CheXthought API listening on ${url}`);
      } catch (err) {
        if (err instanceof ConfigError) throw new UserError(err.message);
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`the port is already in use; set API_PORT or pass --port`);
        throw err;
      }
    });
}
