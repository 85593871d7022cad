/**
 * `chexthought test` (`npm test`): every check, on a machine with nothing running. Generates the
 * API types, typechecks, lints, starts Elasticsearch (unless ELASTICSEARCH_URL) and runs every
 * test file — unit, integration and browser — in one node:test run, then stops what it started.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { ensureElasticsearch } from '../elasticsearch/index.ts';
import { runStep } from '../children.ts';
import { ensureChromium } from '../chromium.ts';
import { buildPortal } from '../portal.ts';
import { REPO_ROOT } from '../paths.ts';
import { UserError } from '../user-error.ts';

/** Folders whose `*.test.ts` files make up the suite (Node 20 has no fs.glob). */
const TEST_ROOTS = ['search-index/test', 'api/test', 'web/test', 'scripts/test'];

function testFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a workspace without tests
    }
    for (const e of entries) {
      if (e.isDirectory() && e.name !== 'node_modules') walk(join(dir, e.name));
      else if (e.isFile() && e.name.endsWith('.test.ts')) found.push(relative(REPO_ROOT, join(dir, e.name)));
    }
  };
  for (const root of TEST_ROOTS) walk(join(REPO_ROOT, root));
  return found.sort();
}

export function registerTestCommand(program: Command): void {
  program
    .command('test')
    .description('Run every check and test against a real local Elasticsearch.')
    .option('--unit', 'unit tests only (no Elasticsearch, no browser)')
    .option('--skip-static', 'skip codegen, typecheck and lint')
    .argument('[files...]', 'test files to run (default: all)')
    .action(async (files: string[], opts: { unit?: boolean; skipStatic?: boolean }) => {
      const bin = (name: string) => `${REPO_ROOT}/node_modules/.bin/${name}`;
      if (!opts.skipStatic) {
        await step('codegen', bin('graphql-codegen'), ['--config', 'codegen.ts', '--silent']);
        await step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
        await step('typecheck (portal)', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']);
        await step('typecheck (browser tests)', bin('tsc'), ['-p', 'web/test/e2e/tsconfig.json', '--noEmit']);
        await step('format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
        await step('lint', bin('eslint'), ['.']);
      }
      const selected = files.length ? files : testFiles().filter((f) => !opts.unit || f.includes('/unit/'));
      if (selected.length === 0) throw new UserError('no test files found');
      // Only browser tests need the built portal and Chromium; unit tests of the portal's pure logic do not.
      if (selected.some(isBrowserTest)) {
        await ensureChromium();
        console.log('\n— portal build');
        const code = await buildPortal();
        if (code !== 0) throw new UserError(`portal build failed (exit code ${code})`, code);
      }
      const es = opts.unit
        ? null
        : await ensureElasticsearch({ heap: process.env.CHEXTHOUGHT_ES_HEAP ?? '1g', fresh: true });
      let code: number;
      try {
        code = await runStep(
          bin('tsx'),
          ['--test', '--test-concurrency=1', ...selected],
          es ? { ELASTICSEARCH_URL: es.url } : {},
        );
      } finally {
        await es?.stop();
      }
      if (code !== 0) throw new UserError(`tests failed (exit code ${code})`, code);
    });
}

/** Browser tests drive the built portal in Chromium. */
export function isBrowserTest(file: string): boolean {
  return file.replace(/\\/g, '/').includes('web/test/e2e/');
}

async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  console.log(`\n— ${name}`);
  const code = await runStep(command, args, env);
  if (code !== 0) throw new UserError(`${name} failed (exit code ${code})`, code);
}
