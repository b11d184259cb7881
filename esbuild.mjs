// One build for everything: the VS Code client, the language server (node and browser),
// the CLI and the core library used by tests, bench and eval.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --quiet       no bundle sizes, only warnings and errors
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';
import { buildOptions } from './esbuild.config.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --quiet: warnings and errors only, no bundle sizes (npm run demo shows the findings alone).
const quiet = process.argv.includes('--quiet');

const builds = buildOptions({ production, quiet });

mkdirSync('dist', { recursive: true });
if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context(b);
    await ctx.watch();
  }
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}
