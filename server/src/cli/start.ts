// dist/cli.js: starts the CLI (dist/cli-main.js, the bundle of main.ts) from V8's code cache
// (dist/cli-main.cache, written by esbuild.mjs after each build that is not a watch; how, in
// start/code-cache.ts). Compiling the 4 MB bundle was about a third of the CLI's 200 ms start-up,
// paid on every run. Nothing is written at run time.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Script } from 'node:vm';
import { cacheFile, load as loadBundle, readCache, wrappedSource } from '../start/code-cache';

export { cacheFile, wrappedSource };

/** The cache for the bundle `file` (its bytes), or undefined when there is none or it was made for another bundle. */
export function cacheFor(file: string, bytes: Buffer): Buffer | undefined {
  return readCache(join(dirname(file), 'cli-main.cache'), bytes);
}

/**
 * The optimising compiler without inlining, for the CLI's process: a CLI run is short, and on a
 * long article the optimising compiler's own work (on threads of its own, counted in the process's
 * CPU time) was a quarter to a third of the run, much of it inlining the analysis's large
 * functions into each other; without inlining each function compiles once and small. Measured
 * (CPU of the process, issue 17): a 100 KB article about a tenth less, a typical article and the
 * start-up the same, `check` over the 2,225 BBC articles no slower. The output is the same.
 * (A long-lived process, the language server, keeps V8's defaults.)
 */
const CLI_JIT_FLAGS = ['--no-turbo-inlining'];

/**
 * The CLI bundle compiled (from the cache when it fits) under the CLI's flags and run as a module
 * of its own: its exports. (Also how esbuild.mjs compiles it to make the cache.)
 */
export function load(file: string, cachedData?: Buffer, asMain = false, bytes: Buffer = readFileSync(file)): { exports: Record<string, unknown>; script: Script } {
  return loadBundle(file, { cachedData, asMain, bytes, flags: CLI_JIT_FLAGS });
}

function start(): void {
  const file = join(__dirname, 'cli-main.js');
  process.argv[1] = file;
  const bytes = readFileSync(file);
  load(file, cacheFor(file, bytes), true, bytes);
}

if (require.main === module) start();
