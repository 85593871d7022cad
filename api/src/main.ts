/**
 * The API as its own process: `tsx api/src/main.ts` (or `chexthought api`). Configured by the
 * environment (see config.ts / docs/api.md); stops gracefully on SIGTERM and SIGINT.
 */
import { pathToFileURL } from 'node:url';
import type { ApiConfig } from './config.ts';

export async function startApi(
  overrides: Partial<ApiConfig> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  // graphql-js runs extra realm checks on every type test unless NODE_ENV is "production"; set
  // it before graphql is first loaded (hence the dynamic imports below).
  process.env.NODE_ENV ??= 'production';
  const { createApp } = await import('./app.ts');
  const { loadConfig } = await import('./config.ts');
  const { createLogger } = await import('./logger.ts');
  const config = loadConfig(process.env, overrides);
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, { logger });
  const url = await app.listen();
  logger.info('listening', {
    url,
    elasticsearch: config.elasticsearchUrl,
    indexPrefix: config.indexPrefix,
    tilesDir: config.tilesDir,
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    app.close().then(
      () => process.exit(0),
      (err) => {
        logger.error('stop failed', { error: err });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return { url, close: app.close };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startApi().catch((err) => {
    console.error(`chexthought api: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
