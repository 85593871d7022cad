/**
 * `chexthought` command-line entry point: each sub-command lives in scripts/commands/<name>.ts
 * and registers itself on the program.
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import { UserError } from './user-error.ts';

const program = new Command('chexthought')
  .description('CheXthought Explorer: local Elasticsearch, demo dataset, tiles, ingest, API and portal.')
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof UserError) {
    console.error(`chexthought: ${err.message}`);
    process.exit(err.exitCode);
  }
  // Anything else is a bug or an environment failure: one clear line, the stack only on request.
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  console.error(`chexthought: unexpected error — ${message}`);
  if (process.env.CHEXTHOUGHT_DEBUG) console.error(err);
  else console.error('(set CHEXTHOUGHT_DEBUG=1 to see where it happened)');
  process.exit(1);
}
