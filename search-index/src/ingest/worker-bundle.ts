/**
 * The ingest worker's code as one bundled ES module, built by esbuild (the compiler tsx runs on)
 * and cached under the user's temporary folder by the content of every file that went into it.
 *
 * Why: a worker thread does not inherit the TypeScript loader the CLI registers, and through the
 * loader each of the worker's ~120 modules costs a round trip to the loader's thread: about
 * 0.4 s of CPU per ingest, the largest fixed cost of a small ingest. The bundle loads in one go.
 * A changed input (an edit, another zod release) changes the key, and the bundle is built again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as esbuildVersion, type BuildOptions } from 'esbuild';

/** What a cached bundle was built from. */
interface BundleManifest {
  inputs: string[];
  key: string;
  /** The bundle's file name, which holds the key: a manifest never names another version's bundle. */
  bundle: string;
}

const BUILD = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ES module builds first: a UMD build (jsonc-parser's) requires its parts by paths a bundle does not keep.
  mainFields: ['module', 'main'],
  // Bundled CommonJS code may call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __cxtRequire } from 'node:module'; const require = __cxtRequire(import.meta.url);",
  },
} satisfies BuildOptions;

/** The path of an up-to-date bundle of `entry` (a file URL), building it when an input changed. */
export async function workerBundle(entry: URL, cacheDir = defaultCacheDir()): Promise<string> {
  const path = fileURLToPath(entry);
  const dir = cacheDir;
  const name = createHash('sha256').update(path).digest('hex').slice(0, 16);
  const manifestPath = join(dir, `${name}.json`);
  const cached = readManifest(manifestPath);
  if (cached && contentKey(cached.inputs) === cached.key && existsSync(join(dir, cached.bundle)))
    return join(dir, cached.bundle);

  const result = await build({ ...BUILD, entryPoints: [path], write: false, metafile: true, logLevel: 'silent' });
  const inputs = Object.keys(result.metafile.inputs).map((f) => resolve(f));
  const key = contentKey(inputs);
  const manifest: BundleManifest = { inputs, key, bundle: `${name}-${key.slice(0, 16)}.mjs` };
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir))
    if (old.startsWith(`${name}-`) && old !== manifest.bundle) rmSync(join(dir, old), { force: true });
  writeAtomically(join(dir, manifest.bundle), result.outputFiles[0]!.contents);
  writeAtomically(manifestPath, JSON.stringify(manifest));
  return join(dir, manifest.bundle);
}

/** Written aside and renamed: a concurrent ingest never reads half a file. */
function writeAtomically(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function readManifest(path: string): BundleManifest | null {
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as BundleManifest;
    return Array.isArray(m.inputs) && typeof m.key === 'string' && typeof m.bundle === 'string' ? m : null;
  } catch {
    return null; // none yet, or unreadable: built again
  }
}

/** A hash of the inputs' contents; a missing input gives a key no manifest holds. */
function contentKey(inputs: string[]): string {
  // The build's options and compiler are inputs too.
  const hash = createHash('sha256').update(JSON.stringify(BUILD)).update(esbuildVersion);
  for (const f of inputs) {
    hash.update(f).update('\0');
    try {
      hash.update(readFileSync(f));
    } catch {
      hash.update(`missing ${Math.random()}`);
    }
  }
  return hash.digest('hex');
}

function defaultCacheDir(): string {
  return join(tmpdir(), `chexthought-${safeUser()}`, 'worker-bundles');
}

function safeUser(): string {
  try {
    return userInfo().username.replace(/[^A-Za-z0-9_-]/g, '_');
  } catch {
    return String(process.getuid?.() ?? 'user');
  }
}
