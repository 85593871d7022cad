/**
 * A temporary file of serialised read documents (and each read's copy nested in its image's
 * document) written by the validating pass and streamed by the loading pass, so a read is parsed
 * and validated once and memory stays flat at any scale.
 */
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines } from './ndjson.ts';

export interface SpoolEntry {
  id: string;
  /** Line of the record in its source file. */
  line: number;
  json: string;
  /** The read's filterable fields, for its image's document. */
  nested: string;
}

export class Spool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'chexthought-ingest-'));
  private readonly path = join(this.dir, 'reads.spool');
  private readonly out: WriteStream = createWriteStream(this.path, { encoding: 'utf8', highWaterMark: 1 << 20 });

  /** Ids hold no tabs or newlines (see model.ts), and JSON.stringify escapes them in values. */
  async write(entry: SpoolEntry): Promise<void> {
    if (!this.out.write(`${entry.id}\t${entry.line}\t${entry.json}\t${entry.nested}\n`)) await once(this.out, 'drain');
  }

  async finish(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }

  async *entries(): AsyncGenerator<SpoolEntry & { bytes: number }> {
    for await (const { text, bytes } of readLines(this.path)) {
      const a = text.indexOf('\t');
      const b = text.indexOf('\t', a + 1);
      const c = text.indexOf('\t', b + 1);
      const [id, line, json, nested] = [
        text.slice(0, a),
        text.slice(a + 1, b),
        text.slice(b + 1, c),
        text.slice(c + 1),
      ];
      yield { id, line: Number(line), json, nested, bytes };
    }
  }

  remove(): void {
    this.out.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
