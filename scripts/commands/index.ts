import type { Command } from 'commander';

/** Every sub-command module, in the order `--help` lists them. */
export function registerCommands(_program: Command): void {}
