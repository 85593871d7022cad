#!/usr/bin/env node
// The `chexthought` command. TypeScript runs through tsx's loader, so there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
