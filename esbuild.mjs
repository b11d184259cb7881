// One build for everything: the VS Code client, the language server (node and browser),
// the CLI and the core library used by tests, bench and eval.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --quiet       no bundle sizes, only warnings and errors
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { buildOptions } from './esbuild.config.mjs';
import { writeServerCodeCache } from './scripts/lib/server-code-cache.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --quiet: warnings and errors only, no bundle sizes (npm run demo shows the findings alone).
const quiet = process.argv.includes('--quiet');

const builds = buildOptions({ production, quiet });

mkdirSync('dist', { recursive: true });
// (The node bundles' data files are copied again by the build, esbuild.config.mjs dataFromFiles:
// none left over from a data file since removed, which the .vsix would ship.)
rmSync('dist/data', { recursive: true, force: true });
if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  await writeCodeCache();
  const code = await writeServerCodeCache(join(dirname(fileURLToPath(import.meta.url)), 'dist'), 'examples/harbour-bridge.news');
  if (code !== 0) console.warn(`esbuild.mjs: the language server exited with code ${code} while making its code cache (dist/server-main.cache)`);
}

/**
 * dist/cli-main.cache (and dist/server-main.cache, scripts/lib/server-code-cache.mjs): V8's code cache of the CLI bundle, compiled as dist/cli.js compiles it
 * (server/src/cli/start.ts), by this Node, after analysing the example article once so that it
 * holds the functions every run compiles. A Node that does not accept it compiles the bundle.
 */
async function writeCodeCache() {
  const require = createRequire(import.meta.url);
  const { cacheFile, load } = require('./dist/cli.js');
  const file = join(dirname(fileURLToPath(import.meta.url)), 'dist', 'cli-main.js');
  const { exports, script } = load(file);
  await exports.runAnalyze(['--no-config', '--fail-on', 'none', 'examples/harbour-bridge.news'], () => {}, () => {});
  writeFileSync('dist/cli-main.cache', cacheFile(file, script.createCachedData()));
}
