// Annotation files stay inside their workspace, and two writers never lose each other's work.
//
// Inside: `.sourced/annotations` (or any folder on the way to a file) may be a symbolic link; the
// real path of the nearest existing folder must lie under the workspace's real path, or the read
// or write is refused with a message.
// Writers: each update takes a lock (a folder created next to the file: mkdir is atomic), re-reads
// the file, applies its change and renames the new content into place, then releases the lock.
// A lock older than STALE_MS (a writer that died) is broken.
import { existsSync, mkdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep, isAbsolute } from 'node:path';

const STALE_MS = 10_000;
const WAIT_MS = 5_000;

/** The real path of `path`'s nearest existing ancestor (itself if it exists), joined with the rest. */
function realish(path: string): string {
  let dir = resolve(path);
  const rest: string[] = [];
  while (!existsSync(dir)) {
    const up = dirname(dir);
    if (up === dir) break;
    rest.unshift(dir.slice(up.length).replace(/^[\\/]/, ''));
    dir = up;
  }
  return [realpathSync(dir), ...rest].join(sep);
}

/** Null when `path` is inside `root` once links are followed, else why not. */
export function outsideWorkspace(root: string, path: string): string | null {
  let real: string;
  let realRoot: string;
  try {
    real = realish(path);
    realRoot = realpathSync(root);
  } catch (e) {
    return `${path}: cannot be resolved (${(e as Error).message})`;
  }
  const rel = relative(realRoot, real);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return null;
  return `${path} leads outside the workspace (to ${real}) through a symbolic link: Sourced does not read or write annotations there`;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Runs `fn` holding the lock for `path` (waits up to WAIT_MS, breaking a stale lock). */
export function withFileLock<T>(path: string, fn: () => T): T {
  const lock = `${path}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const until = Date.now() + WAIT_MS;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released meanwhile: try again.
      }
      if (Date.now() > until) throw new Error(`${path} is being written by another editor (lock ${lock}); try again, or remove the lock folder if no editor is writing`);
      Atomics.wait(sleeper, 0, 0, pause);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
