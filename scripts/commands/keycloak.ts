/** `chexthought keycloak start`: the project's Keycloak in the foreground (Ctrl-C stops it). */
import type { Command } from 'commander';
import { startKeycloak } from '../keycloak/index.ts';
import { UserError } from '../user-error.ts';

export function registerKeycloakCommand(program: Command): void {
  program
    .command('keycloak')
    .description('Run the project’s Keycloak (Maven distribution, realm scripts/keycloak/realm.json) for OIDC sign-in.')
    .command('start')
    .description('Start Keycloak in dev-file mode and print the settings for the API and the portal.')
    .option('--port <port>', 'HTTP port (default CHEXTHOUGHT_KEYCLOAK_PORT or 8180)')
    .action(async (opts: { port?: string }) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65_535))
        throw new UserError(`--port must be a port number (got ${JSON.stringify(opts.port)})`);
      console.error('Starting Keycloak (the first start builds it: a minute or two)…');
      const kc = await startKeycloak(port === undefined ? {} : { port });
      console.log(`Keycloak is running at ${kc.url} (log: ${kc.log}); users researcher, limited, curator.`);
      console.log('Start the API and the portal with:');
      console.log(
        `  CHEXTHOUGHT_ACCESS=protected CHEXTHOUGHT_OIDC_ISSUER=${kc.issuer} CHEXTHOUGHT_OIDC_AUDIENCE=chexthought-api ` +
          'CHEXTHOUGHT_OIDC_TIER_CLAIM=realm_access.roles CHEXTHOUGHT_OIDC_CLIENT_ID=chexthought-portal',
      );
      const stop = () => void kc.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {});
    });
}
