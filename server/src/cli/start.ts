// dist/cli.js: starts the CLI (dist/cli-main.js, the bundle of main.ts) from V8's code cache
// (dist/cli-main.cache, written by esbuild.mjs after each build that is not a watch). Compiling the 4 MB bundle was
// about a third of the CLI's 200 ms start-up, paid on every run. A cache that this Node does not
// accept (another version, other flags) or that is missing is ignored: the bundle is compiled as
// `require` would. Nothing is written at run time.
import { readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** The bundle's source as compiled, the same here and where the cache is made (esbuild.mjs). */
export function wrappedSource(file: string): string {
  return Module.wrap(readFileSync(file, 'utf8'));
}

/**
 * The cache file: the bundle's modification time and size (two doubles), then V8's cache. V8
 * checks only the source's length, so a cache is used only beside the very bundle it was made
 * from: a bundle rebuilt since (a watch build) is compiled afresh.
 */
export function cacheFile(file: string, cache: Uint8Array): Buffer {
  const st = statSync(file);
  const head = Buffer.alloc(16);
  head.writeDoubleLE(st.mtimeMs, 0);
  head.writeDoubleLE(st.size, 8);
  return Buffer.concat([head, cache]);
}

function cacheFor(file: string): Buffer | undefined {
  try {
    const data = readFileSync(join(dirname(file), 'cli-main.cache'));
    const st = statSync(file);
    if (data.length < 16 || data.readDoubleLE(0) !== st.mtimeMs || data.readDoubleLE(8) !== st.size) return undefined;
    return data.subarray(16);
  } catch {
    return undefined;
  }
}

/**
 * The bundle compiled (from the cache when it fits) and run as a module of its own: its exports.
 * The regexp flag the bundle sets when it loads (shared/regexp-tier.ts) is set first: V8 takes a
 * cache only under the flags it was made with, and it is made after a run (esbuild.mjs).
 */
export function load(file: string, cachedData?: Buffer, asMain = false): { exports: Record<string, unknown>; script: Script } {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // (as the bundle: a Node without the flag runs without it)
  }
  const script = new Script(wrappedSource(file), { filename: file, cachedData });
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  const m = new Module(file, module) as Module & { filename: string; paths: string[]; loaded: boolean };
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  const req = Module.createRequire(file) as NodeJS.Require & { main: unknown };
  // As the main module, the bundle starts the CLI (its `require.main === module` test).
  if (asMain) req.main = m;
  fn.call(m.exports, m.exports, req, m, file, dirname(file));
  m.loaded = true;
  return { exports: m.exports as Record<string, unknown>, script };
}

function start(): void {
  const file = join(__dirname, 'cli-main.js');
  process.argv[1] = file;
  load(file, cacheFor(file), true);
}

if (require.main === module) start();
