import type { Command } from 'commander';
import { registerApiCommand } from './api.ts';
import { registerAuditCommand } from './audit.ts';
import { registerKeycloakCommand } from './keycloak.ts';
import { registerKeysCommand } from './keys.ts';
import { registerBackupCommands } from './backup.ts';
import { registerElasticsearchCommand } from './elasticsearch.ts';
import { registerGenerateCommand } from './generate.ts';
import { registerImportCommand } from './import.ts';
import { registerIngestCommand } from './ingest.ts';
import { registerTilesCommand } from './tiles.ts';
import { registerStartCommand } from './start.ts';
import { registerTestCommand } from './test.ts';

/** Every sub-command module, in the order `--help` lists them. */
export function registerCommands(program: Command): void {
  registerElasticsearchCommand(program);
  registerGenerateCommand(program);
  registerTilesCommand(program);
  registerImportCommand(program);
  registerIngestCommand(program);
  registerBackupCommands(program);
  registerApiCommand(program);
  registerKeysCommand(program);
  registerAuditCommand(program);
  registerKeycloakCommand(program);
  registerStartCommand(program);
  registerTestCommand(program);
}
