// How a Node bundle of Sourced (the CLI, the language server) is started from V8's code cache:
// the bundle is compiled as a CommonJS module through node:vm, with the cache when one fits, and
// run. Compiling a 5 MB bundle and the functions a first article needs is a large part of a
// start-up, paid on every start without a cache. A cache that this Node does not accept (another
// version, other flags), that is missing, made for another build, or damaged, is ignored: the
// bundle is compiled as `require` would compile it, with the same results.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** The bundle's source as compiled, the same where a cache is made and where it is used. */
export function wrappedSource(bytes: Buffer): string {
  return Module.wrap(bytes.toString('utf8'));
}

/** The SHA-1 of the bundle's bytes, which heads a cache file. */
function digest(bytes: Buffer): Buffer {
  return createHash('sha1').update(bytes).digest();
}
const DIGEST_LENGTH = 20;

/**
 * A cache file: the SHA-1 of the bundle it was made from, then V8's cache. V8 checks only the
 * source's length, so a cache is used only with the very bundle it was made from: a bundle
 * rebuilt since is compiled afresh. (By content, not by modification time: a copy of dist/ keeps
 * its cache, and two builds in one millisecond are told apart.)
 */
export function cacheFile(file: string, cache: Uint8Array): Buffer {
  return Buffer.concat([digest(readFileSync(file)), cache]);
}

/** V8's cache in the cache file `path` when it was made for these bundle bytes; undefined otherwise (or when there is none). */
export function readCache(path: string, bytes: Buffer): Buffer | undefined {
  try {
    const data = readFileSync(path);
    if (data.length <= DIGEST_LENGTH || !digest(bytes).equals(data.subarray(0, DIGEST_LENGTH))) return undefined;
    return data.subarray(DIGEST_LENGTH);
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache of `script` (compiled from `bytes`) to `path`: to a file beside it first, then
 * renamed over it, so that a process starting meanwhile reads the old cache or the new one, never
 * half of one. Best effort, and it never throws (it runs as the process exits): a cache is only a
 * speed-up, so a folder that cannot be written is left as it is.
 */
export function writeCache(path: string, bytes: Buffer, script: Script): void {
  const partial = `${path}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(partial, Buffer.concat([digest(bytes), script.createCachedData()]));
    renameSync(partial, path);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // (a folder that is not one: there is no partial file to remove)
    }
  }
}

/**
 * The flags every Node process of Sourced compiles its bundle under: the regexp flag the bundle
 * sets when it loads (shared/regexp-tier.ts), set first because V8 takes a cache only under the
 * flags it was made with, and V8's checksum of a cache (off by default in a release build of
 * Node): without it, a cache damaged on disk behind an intact header was taken, and the CLI ran
 * what the damage left of its code (an article read with no entity at all). And a larger
 * interrupt budget (V8's default in Node 20 is 66 KB of bytecode run before a function is considered for
 * optimisation): a run of the CLI, or a server's first check, spent much of its CPU on background
 * threads optimising functions of the large analysis bundle that ran too briefly to repay it (a
 * one-sentence article 430 -> 400 ms of CPU, a 99,000-character line 1,520 -> 1,230 ms, 100 KB
 * with CRLF line ends 1,620 -> 1,260 ms; minimum of several runs each, on a loaded 2-core machine).
 */
const COMMON_FLAGS = ['--no-regexp-tier-up', '--verify-snapshot-checksum', '--interrupt-budget=500000'];

export interface LoadOptions {
  cachedData?: Buffer;
  /** Run as the process's main module (a bundle that tests `require.main === module`). */
  asMain?: boolean;
  /** The bundle's bytes, when the caller has read them already. */
  bytes?: Buffer;
  /** V8 flags of this kind of process, beyond COMMON_FLAGS (set before compiling, as where the cache is made). */
  flags?: readonly string[];
}

/** The bundle compiled (from the cache when it fits) and run as a module of its own: its exports and its Script. */
export function load(file: string, options: LoadOptions = {}): { exports: Record<string, unknown>; script: Script } {
  for (const flag of [...COMMON_FLAGS, ...(options.flags ?? [])]) {
    try {
      setFlagsFromString(flag);
    } catch {
      // (as the bundle: a Node without the flag runs without it)
    }
  }
  const bytes = options.bytes ?? readFileSync(file);
  const script = new Script(wrappedSource(bytes), { filename: file, cachedData: options.cachedData });
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  const m = new Module(file, module) as Module & { filename: string; paths: string[]; loaded: boolean };
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  const req = Module.createRequire(file) as NodeJS.Require & { main: unknown };
  // As the main module, the bundle starts itself (the CLI's `require.main === module` test).
  if (options.asMain) req.main = m;
  fn.call(m.exports, m.exports, req, m, file, dirname(file));
  m.loaded = true;
  return { exports: m.exports as Record<string, unknown>, script };
}
