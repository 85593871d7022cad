#!/usr/bin/env node
// The `chexthought` command. TypeScript runs through tsx's loader, so there is no build step.
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { COMMAND_NODE_FLAGS, ensureNodeFlags } from './node-flags.mjs';

const flags = COMMAND_NODE_FLAGS[process.argv[2]];
if (flags) await ensureNodeFlags(flags, fileURLToPath(import.meta.url), process.argv.slice(2));
const { register } = await import('tsx/esm/api');
register();
await import('./cli.ts');
