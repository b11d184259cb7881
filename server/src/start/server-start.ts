// dist/server.js: starts the language server (dist/server-main.js, the bundle of main.ts) from
// V8's code cache, as dist/cli.js starts the CLI (start/code-cache.ts). Two caches are looked up:
// - the editor's: SOURCED_CODE_CACHE_DIR names a folder that belongs to the extension (VS Code's
//   global storage for it, given by the client). The server writes its cache there when it exits
//   without having had one from there that V8 took, so that the next start has one made by the
//   editor's own Node, which is not the Node that built the extension;
// - the build's: dist/server-main.cache, made by esbuild.mjs for the Node that built it, which
//   is the Node that editors such as Neovim start the server with (and the tests and the bench).
// The server's analysis worker runs dist/server-main.js itself (its __filename), compiled as usual.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, readCache, writeCache } from './code-cache';

function start(): void {
  const file = join(__dirname, 'server-main.js');
  const bytes = readFileSync(file);
  const dir = process.env.SOURCED_CODE_CACHE_DIR;
  const own = dir ? join(dir, 'server-main.cache') : undefined;
  const ownData = own ? readCache(own, bytes) : undefined;
  const { script } = load(file, { cachedData: ownData ?? readCache(join(__dirname, 'server-main.cache'), bytes), bytes });
  // Written at exit, when the editor's folder had no cache that V8 took: the cache then holds
  // every function the session compiled (those of the analysis included), not only the bundle's top level.
  if (own && (ownData === undefined || script.cachedDataRejected)) process.once('exit', () => writeCache(own, bytes, script));
}

start();
