// dist/cli.js: starts the CLI (dist/cli-main.js, the bundle of main.ts) from V8's code cache
// (dist/cli-main.cache, written by esbuild.mjs after each build that is not a watch). Compiling the 4 MB bundle was
// about a third of the CLI's 200 ms start-up, paid on every run. A cache that this Node does not
// accept (another version, other flags), that is missing, made for another build or damaged, is ignored: the bundle is compiled as
// `require` would. Nothing is written at run time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** The bundle's source as compiled, the same here and where the cache is made (esbuild.mjs). */
export function wrappedSource(bytes: Buffer): string {
  return Module.wrap(bytes.toString('utf8'));
}

/** The SHA-1 of the bundle's bytes, which heads the cache file. */
function digest(bytes: Buffer): Buffer {
  return createHash('sha1').update(bytes).digest();
}
const DIGEST_LENGTH = 20;

/**
 * The cache file: the SHA-1 of the bundle it was made from, then V8's cache. V8 checks only the
 * source's length, so a cache is used only with the very bundle it was made from: a bundle
 * rebuilt since (a watch build) is compiled afresh. (By content, not by modification time: a copy
 * of dist/ keeps its cache, and two builds in one millisecond are told apart.)
 */
export function cacheFile(file: string, cache: Uint8Array): Buffer {
  return Buffer.concat([digest(readFileSync(file)), cache]);
}

/** The cache for the bundle `file` (its bytes), or undefined when there is none or it was made for another bundle. */
export function cacheFor(file: string, bytes: Buffer): Buffer | undefined {
  try {
    const data = readFileSync(join(dirname(file), 'cli-main.cache'));
    if (data.length <= DIGEST_LENGTH || !digest(bytes).equals(data.subarray(0, DIGEST_LENGTH))) return undefined;
    return data.subarray(DIGEST_LENGTH);
  } catch {
    return undefined;
  }
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
 * The bundle compiled (from the cache when it fits) and run as a module of its own: its exports.
 * The regexp flag the bundle sets when it loads (shared/regexp-tier.ts) is set first, and the
 * CLI's compiler flags (CLI_JIT_FLAGS): V8 takes a cache only under the flags it was made with,
 * and it is made after a run (esbuild.mjs), through this function.
 * And the cache carries a checksum of its contents, made and checked by V8 (off by default in a
 * release build of Node): without it, a cache damaged on disk behind an intact header was taken,
 * and the CLI ran what the damage left of its code (an article read with no entity at all).
 */
export function load(file: string, cachedData?: Buffer, asMain = false, bytes: Buffer = readFileSync(file)): { exports: Record<string, unknown>; script: Script } {
  for (const flag of ['--no-regexp-tier-up', '--verify-snapshot-checksum', ...CLI_JIT_FLAGS]) {
    try {
      setFlagsFromString(flag);
    } catch {
      // (as the bundle: a Node without the flag runs without it)
    }
  }
  const script = new Script(wrappedSource(bytes), { filename: file, cachedData });
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
  const bytes = readFileSync(file);
  load(file, cacheFor(file, bytes), true, bytes);
}

if (require.main === module) start();
