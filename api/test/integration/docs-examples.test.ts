/**
 * Every code example of docs/api.md (sh, python, js) runs against an API serving the ingested
 * demo dataset and must succeed with meaningful output: a guide whose examples return null or
 * nothing teaches nothing. Blocks after `<!-- example: setup -->` define helpers and run before
 * each later block of their language; `<!-- example: not run (reason) -->` skips a block.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT, startFixture, type Fixture } from './setup.ts';

const run = promisify(execFile);
const DOCUMENTED_ORIGIN = 'http://127.0.0.1:4000';

type Lang = 'sh' | 'python' | 'js';
interface Block {
  lang: Lang;
  code: string;
  line: number;
  role: 'setup' | 'example' | 'skip';
}

/** The fenced blocks of a Markdown text, with the marker comment (if any) just before each. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let marker: Block['role'] = 'example';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^<!-- example: (setup|not run)\b/.exec(line);
    if (m) marker = m[1] === 'setup' ? 'setup' : 'skip';
    const fence = /^```(\w+)\s*$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    assert.ok(end > i, `docs/api.md:${i + 1}: unclosed code block`);
    const lang = fence[1]!;
    assert.ok(lang === 'sh' || lang === 'python' || lang === 'js', `docs/api.md:${i + 1}: unknown language ${lang}`);
    blocks.push({ lang, code: lines.slice(i + 1, end).join('\n'), line: i + 1, role: marker });
    marker = 'example';
    i = end;
  }
  return blocks;
}

const RUNNERS: Record<Lang, { file: string; command: string; args: string[] }> = {
  sh: { file: 'example.sh', command: 'bash', args: ['-eo', 'pipefail'] },
  python: { file: 'example.py', command: 'python3', args: [] },
  js: { file: 'example.mjs', command: process.execPath, args: [] },
};

/** A line that says nothing was found: `null`, `None`, `undefined`, `[]`, `{}` or a leading 0 count. */
const EMPTY_LINE = /^(?:0|null|None|undefined|\[\]|\{\})(?:\s|$)/;

/** Output worth showing: not empty, no "nothing" lines, and JSON answers without errors or nulls. */
function assertMeaningful(stdout: string, where: string) {
  const text = stdout.trim();
  assert.ok(text.length > 0, `${where}: printed nothing`);
  for (const line of text.split('\n')) assert.doesNotMatch(line.trim(), EMPTY_LINE, `${where}: empty result "${line}"`);
  let json: { data?: Record<string, unknown>; errors?: unknown } | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    return; // not JSON: the line check above is the check
  }
  assert.equal(json?.errors, undefined, `${where}: errors ${JSON.stringify(json?.errors)}`);
  for (const [field, value] of Object.entries(json?.data ?? {}))
    assert.notEqual(value, null, `${where}: ${field} is null`);
  const total = /"totalCount":(\d+)/.exec(text);
  if (total) assert.ok(Number(total[1]) > 0, `${where}: totalCount 0`);
}

/** Files an example wrote (e.g. an export) must hold a header and at least one row. */
function assertFilesHaveRows(dir: string, where: string) {
  for (const name of readdirSync(dir).filter((f) => !f.startsWith('example.'))) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean);
    assert.ok(lines.length >= 2, `${where}: ${name} has ${lines.length} line(s)`);
  }
}

let fx: Fixture;
const blocks = codeBlocks(readFileSync(join(REPO_ROOT, 'docs/api.md'), 'utf8'));
before(async () => {
  fx = await startFixture('docs', 'demo');
});
after(async () => {
  await fx?.close();
});

test('docs/api.md has examples in every language, each after its setup', () => {
  for (const lang of ['sh', 'python', 'js'] as const)
    assert.ok(
      blocks.some((b) => b.lang === lang && b.role === 'example'),
      `no ${lang} example`,
    );
});

describe('every example of docs/api.md runs against the demo', () => {
  for (const block of blocks.filter((b) => b.role === 'example')) {
    const where = `docs/api.md:${block.line} (${block.lang})`;
    test(where, async () => {
      const setup = blocks.filter((b) => b.role === 'setup' && b.lang === block.lang && b.line < block.line);
      const source = [...setup, block]
        .map((b) => b.code)
        .join('\n\n')
        .replaceAll(DOCUMENTED_ORIGIN, fx.origin);
      const dir = mkdtempSync(join(tmpdir(), 'cxt-docs-example-'));
      try {
        const runner = RUNNERS[block.lang];
        writeFileSync(join(dir, runner.file), source);
        const { stdout } = await run(runner.command, [...runner.args, runner.file], {
          cwd: dir,
          timeout: 60_000,
          maxBuffer: 1 << 24,
        }).catch((err: { stderr?: string; message: string }) => {
          throw new Error(`${where} failed: ${err.stderr?.trim() || err.message}`);
        });
        assertMeaningful(stdout, where);
        assertFilesHaveRows(dir, where);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
