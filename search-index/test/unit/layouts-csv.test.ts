import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCsvTable, parseCsv, type CsvRecord } from '../../src/layouts/csv.ts';

async function parse(text: string | string[], opts = {}): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of parseCsv(Array.isArray(text) ? text : [text], opts)) out.push(r);
  return out;
}
const rows = (recs: CsvRecord[]) => recs.map((r) => r.fields);
const lines = (recs: CsvRecord[]) => recs.map((r) => r.line);

test('plain rows, LF, with and without a final line break', async () => {
  assert.deepEqual(rows(await parse('a,b\n1,2\n')), [
    ['a', 'b'],
    ['1', '2'],
  ]);
  assert.deepEqual(rows(await parse('a,b\n1,2')), [
    ['a', 'b'],
    ['1', '2'],
  ]);
  assert.deepEqual(rows(await parse('a,,c\n,,\n')), [
    ['a', '', 'c'],
    ['', '', ''],
  ]);
});

test('quoted fields hold commas, escaped quotes and nothing at all', async () => {
  const recs = await parse('name,note\n"Smith, J","said ""hi"""\n"",x\n');
  assert.deepEqual(rows(recs), [
    ['name', 'note'],
    ['Smith, J', 'said "hi"'],
    ['', 'x'],
  ]);
  assert.equal(
    recs.some((r) => r.error),
    false,
  );
});

test('CRLF line ends, also split across chunks', async () => {
  assert.deepEqual(rows(await parse('a,b\r\n1,2\r\n3,4\r\n')), [
    ['a', 'b'],
    ['1', '2'],
    ['3', '4'],
  ]);
  assert.deepEqual(lines(await parse(['a,b\r', '\n1,2\r', '\n3,4\r\n'])), [1, 2, 3]);
});

test('embedded newlines in quoted fields keep their text and the line numbers stay true', async () => {
  const recs = await parse('id,text\n1,"line one\nline two"\n2,"crlf\r\ninside"\r\n3,last\n');
  assert.deepEqual(rows(recs), [
    ['id', 'text'],
    ['1', 'line one\nline two'],
    ['2', 'crlf\r\ninside'],
    ['3', 'last'],
  ]);
  assert.deepEqual(lines(recs), [1, 2, 4, 6]);
});

test('any chunking gives the same records (one character at a time)', async () => {
  const text = '\ufeffh1,h2\r\n"a ""q"", b","x\ny"\n,\nlast,"row"';
  const whole = await parse(text);
  const chars = await parse([...text]);
  assert.deepEqual(
    chars.map((r) => [r.line, r.fields]),
    whole.map((r) => [r.line, r.fields]),
  );
  assert.deepEqual(whole[0]!.fields, ['h1', 'h2'], 'the byte-order mark is dropped');
  assert.deepEqual(whole[1]!.fields, ['a "q", b', 'x\ny']);
});

test('blank lines are skipped unless asked for, and still counted as lines', async () => {
  const text = 'a,b\n\n1,2\n\n';
  assert.deepEqual(lines(await parse(text)), [1, 3]);
  const kept = await parse(text, { keepBlankLines: true });
  assert.deepEqual(lines(kept), [1, 2, 3, 4]);
  assert.deepEqual(kept[1]!.fields, ['']);
});

test('a stray quote is kept as a character; a quote never closed is an error on its line', async () => {
  const recs = await parse('a,b\n"x"y,2\nab"c,3\n4,5\n"open,6\n7,8\n');
  // Kept literally (as pandas reads them): the rows after them are not lost.
  assert.deepEqual(recs[1]!.fields, ['"x"y', '2']);
  assert.deepEqual(recs[2]!.fields, ['ab"c', '3']);
  assert.deepEqual(recs[3]!.fields, ['4', '5']);
  assert.equal(
    recs.slice(0, 4).some((r) => r.error),
    false,
  );
  const last = recs[recs.length - 1]!;
  assert.equal(last.line, 5);
  assert.match(last.error!, /opened on line 5 is never closed/);
});

test('mixed line ends in one file, and CRLF inside quotes, count one line each', async () => {
  const recs = await parse('a,b\r\n1,"x\r\ny"\n2,z\r3,w\n');
  assert.deepEqual(lines(recs), [1, 2, 4, 5]);
  assert.deepEqual(recs[1]!.fields, ['1', 'x\r\ny']);
});

test('openCsvTable addresses fields by column and flags rows of the wrong width', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'csv-'));
  const path = join(dir, 't.csv');
  writeFileSync(path, '\ufeffword,timestamp_start_word\r\n",",1.5\r\ntoo,many,fields\r\n');
  const t = await openCsvTable(path);
  assert.deepEqual(t.header, ['word', 'timestamp_start_word']);
  const got = [];
  for await (const r of t.rows)
    got.push({ line: r.line, word: r.get('word'), start: r.get('timestamp_start_word'), error: r.error });
  assert.deepEqual(got[0], { line: 2, word: ',', start: '1.5', error: undefined });
  assert.equal(got[1]!.line, 3);
  assert.match(got[1]!.error!, /expected 2 fields .* found 3/);
});
