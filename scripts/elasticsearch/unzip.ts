/**
 * Unpacks a zip archive with Node alone (no `unzip`, `jar` or python needed), keeping the Unix
 * permission bits stored in the archive (bin/* stay executable) and showing a progress bar.
 * Every file comes out world-readable and every folder world-traversable, so an unprivileged
 * user can run what root unpacked.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import cliProgress from 'cli-progress';
import { formatBytes, formatSeconds, type Reporter } from './progress.ts';

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Unix mode when the archive was made on Unix, else undefined. */
  mode: number | undefined;
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new Error('unexpected end of file');
    done += n;
  }
  return buf;
}

function readEntries(fd: number, fileSize: number): Entry[] {
  const tailLength = Math.min(fileSize, 65_557);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50) throw new Error('broken zip64 archive');
    const z64Offset = Number(tail.readBigUInt64LE(locator + 8));
    const z64 = readAt(fd, z64Offset, 56);
    if (z64.readUInt32LE(0) !== 0x06064b50) throw new Error('broken zip64 end record');
    count = Number(z64.readBigUInt64LE(32));
    cdSize = Number(z64.readBigUInt64LE(40));
    cdOffset = Number(z64.readBigUInt64LE(48));
  }
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: Entry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error('broken central directory');
    const madeBy = cd.readUInt16LE(p + 4);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const external = cd.readUInt32LE(p + 38);
    let localOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    // zip64 extended information: 64-bit values for the fields saturated above, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const len = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = Number(cd.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(cd.readBigUInt64LE(q));
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = Number(cd.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    const mode = madeBy >> 8 === 3 ? external >>> 16 : undefined;
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset, mode: mode || undefined });
    p = extraEnd + commentLength;
  }
  return entries;
}

function safeTarget(root: string, name: string): string {
  const target = path.resolve(root, name);
  if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`unsafe path in archive: ${name}`);
  return target;
}

function mkdirp(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
}

export interface UnzipResult {
  files: number;
  bytes: number;
  ms: number;
}

/** Extracts `zipFile` into `destination` (created). */
export function unzip(zipFile: string, destination: string, rep: Reporter, label: string): UnzipResult {
  const started = Date.now();
  const fd = fs.openSync(zipFile, 'r');
  const root = path.resolve(destination);
  try {
    const entries = readEntries(fd, fs.fstatSync(fd).size);
    const total = entries.reduce((sum, e) => sum + e.compressedSize, 0);
    const tty = Boolean(process.stderr.isTTY) && !rep.quiet;
    const bar = tty
      ? new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {percentage}% | {done} / {size} | {files} files`,
            hideCursor: true,
            clearOnComplete: true,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    if (!tty) rep.info(`${label} (${entries.length} entries, ${formatBytes(total)})…`);
    bar?.start(total, 0, { done: formatBytes(0), size: formatBytes(total), files: 0 });
    mkdirp(root);
    fs.chmodSync(root, 0o755);
    let done = 0;
    let files = 0;
    let bytes = 0;
    const dirs: string[] = [];
    try {
      for (const entry of entries) {
        const target = safeTarget(root, entry.name);
        const type = entry.mode !== undefined ? entry.mode & S_IFMT : 0;
        if (entry.name.endsWith('/') || type === S_IFDIR) {
          mkdirp(target);
          dirs.push(target);
        } else {
          if (entry.flags & 0x1) throw new Error(`encrypted entry: ${entry.name}`);
          const header = readAt(fd, entry.localOffset, 30);
          if (header.readUInt32LE(0) !== 0x04034b50) throw new Error(`broken local header: ${entry.name}`);
          const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
          const raw = readAt(fd, dataStart, entry.compressedSize);
          let content: Buffer;
          if (entry.method === 0) content = raw;
          else if (entry.method === 8) content = zlib.inflateRawSync(raw);
          else throw new Error(`unsupported compression method ${entry.method}: ${entry.name}`);
          if (content.length !== entry.size) throw new Error(`size mismatch: ${entry.name}`);
          if (typeof zlib.crc32 === 'function' && zlib.crc32(content) >>> 0 !== entry.crc >>> 0) {
            throw new Error(`checksum mismatch: ${entry.name}`);
          }
          mkdirp(path.dirname(target));
          if (type === S_IFLNK) {
            fs.rmSync(target, { force: true });
            fs.symlinkSync(content.toString('utf8'), target);
          } else {
            const executable = entry.mode !== undefined && (entry.mode & 0o111) !== 0;
            fs.writeFileSync(target, content);
            fs.chmodSync(target, executable ? 0o755 : 0o644);
          }
          files++;
          bytes += content.length;
        }
        done += entry.compressedSize;
        bar?.update(done, { done: formatBytes(done), files });
      }
      for (const dir of dirs) fs.chmodSync(dir, 0o755);
    } finally {
      bar?.stop();
    }
    const ms = Date.now() - started;
    rep.info(`${label}: ${files} files, ${formatBytes(bytes)} in ${formatSeconds(ms)}`);
    return { files, bytes, ms };
  } finally {
    fs.closeSync(fd);
  }
}
