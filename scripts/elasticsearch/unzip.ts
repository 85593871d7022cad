/**
 * Unpacks a zip archive with yauzl (no `unzip`, `jar` or python needed), keeping the Unix
 * permission bits stored in the archive (bin/* stay executable) and showing a progress bar.
 * Every file comes out world-readable and every folder world-traversable, so an unprivileged
 * user can run what root unpacked.
 *
 * Nothing lands outside the destination: entries whose path leaves it, symbolic links whose
 * target resolves outside it (or is absolute), and entries written through a link are refused,
 * and the whole extraction fails with the entry's name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import yauzl from 'yauzl';
import { formatBytes, formatSeconds, type Reporter } from './progress.ts';

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

export class UnsafeArchiveError extends Error {
  override name = 'UnsafeArchiveError';
}

/** True when `target` is `root` or inside it (both absolute, resolved). */
export function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep);
}

/** Where an entry lands, refusing names that leave the destination. */
export function entryTarget(root: string, name: string): string {
  if (path.isAbsolute(name) || name.includes('\\')) throw new UnsafeArchiveError(`unsafe path in archive: ${name}`);
  const target = path.resolve(root, name);
  if (!isInside(root, target)) throw new UnsafeArchiveError(`unsafe path in archive: ${name}`);
  return target;
}

/** Refuses a symbolic link whose target is absolute or resolves outside the destination. */
export function checkLinkTarget(root: string, entryPath: string, linkTarget: string, name: string): void {
  const resolved = path.resolve(path.dirname(entryPath), linkTarget);
  if (path.isAbsolute(linkTarget) || !isInside(root, resolved))
    throw new UnsafeArchiveError(`unsafe link in archive: ${name} -> ${linkTarget}`);
}

/**
 * Refuses to write through a link planted by an earlier entry: the nearest existing ancestor of
 * `target`, links resolved, must be inside the destination. Checked before anything is created.
 */
function checkRealAncestor(realRoot: string, target: string, name: string): void {
  let existing = path.dirname(target);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  if (!isInside(realRoot, fs.realpathSync(existing)))
    throw new UnsafeArchiveError(`unsafe path in archive (through a link): ${name}`);
  if (fs.lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink())
    throw new UnsafeArchiveError(`archive entry ${name} would replace a link`);
}

function unixMode(entry: yauzl.Entry): number | undefined {
  const madeOnUnix = entry.versionMadeBy >> 8 === 3;
  const mode = madeOnUnix ? entry.externalFileAttributes >>> 16 : 0;
  return mode || undefined;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))),
  );
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Each entry in order (yauzl's lazy mode: the next is read when the previous is handled). */
async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => done(() => resolve(e));
      const onEnd = () => done(() => resolve(null));
      const onError = (err: Error) => done(() => reject(err));
      const done = (fn: () => void) => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        fn();
      };
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}

export interface UnzipResult {
  files: number;
  bytes: number;
  ms: number;
}

/** Extracts `zipFile` into `destination` (created). */
export async function unzip(zipFile: string, destination: string, rep: Reporter, label: string): Promise<UnzipResult> {
  const started = Date.now();
  const root = path.resolve(destination);
  fs.mkdirSync(root, { recursive: true, mode: 0o755 });
  fs.chmodSync(root, 0o755);
  const realRoot = fs.realpathSync(root);
  const zip = await openZip(zipFile);
  const bar = progressBar(rep, label, zip);
  let done = 0;
  let files = 0;
  let bytes = 0;
  const dirs: string[] = [];
  try {
    for await (const entry of entries(zip)) {
      const name = entry.fileName;
      const target = entryTarget(root, name);
      const mode = unixMode(entry);
      const type = mode !== undefined ? mode & S_IFMT : 0;
      if (name.endsWith('/') || type === S_IFDIR) {
        checkRealAncestor(realRoot, target, name);
        fs.mkdirSync(target, { recursive: true, mode: 0o755 });
        dirs.push(target);
      } else {
        if (entry.isEncrypted()) throw new Error(`encrypted entry: ${name}`);
        checkRealAncestor(realRoot, target, name);
        fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
        const stream = await openEntry(zip, entry);
        if (type === S_IFLNK) {
          const linkTarget = (await readAll(stream)).toString('utf8');
          checkLinkTarget(root, target, linkTarget, name);
          fs.rmSync(target, { force: true });
          fs.symlinkSync(linkTarget, target);
        } else {
          const executable = mode !== undefined && (mode & 0o111) !== 0;
          await pipeline(stream, fs.createWriteStream(target, { mode: 0o644 }));
          fs.chmodSync(target, executable ? 0o755 : 0o644);
        }
        files++;
        bytes += entry.uncompressedSize;
      }
      done += entry.compressedSize;
      bar?.update(done, { done: formatBytes(done), files });
    }
    for (const dir of dirs) fs.chmodSync(dir, 0o755);
  } finally {
    bar?.stop();
    zip.close();
  }
  const ms = Date.now() - started;
  rep.info(`${label}: ${files} files, ${formatBytes(bytes)} in ${formatSeconds(ms)}`);
  return { files, bytes, ms };
}

function progressBar(rep: Reporter, label: string, zip: yauzl.ZipFile): cliProgress.SingleBar | undefined {
  const total = zip.fileSize;
  if (!process.stderr.isTTY || rep.quiet) {
    rep.info(`${label} (${zip.entryCount} entries, ${formatBytes(total)})…`);
    return undefined;
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {done} / {size} | {files} files`,
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { done: formatBytes(0), size: formatBytes(total), files: 0 });
  return bar;
}
