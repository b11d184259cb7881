// One build for everything: the VS Code client, the language server (node and browser),
// the CLI and the core library used by tests, bench and eval.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --quiet       no bundle sizes, only warnings and errors
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --quiet: warnings and errors only, no bundle sizes (npm run demo shows the findings alone).
const quiet = process.argv.includes('--quiet');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: quiet ? 'warning' : 'info',
  target: 'node20',
  platform: 'node',
  format: 'cjs',
  legalComments: 'none',
  // Node 20 has Unicode property escapes: keep `/\p{L}/u` a literal, compiled once, instead of
  // a `new RegExp(...)` built again at every evaluation.
  supported: { 'regexp-unicode-property-escapes': true },
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The server; run in a worker thread, the same bundle checks large documents (server/src/main.ts).
  { ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { core: 'server/src/core.ts' }, outdir: 'dist' },
  // worker_threads entry of `sourced check --jobs N` (loaded by dist/cli.js from beside it).
  { ...common, entryPoints: { 'check-worker': 'server/src/cli/check-worker.ts' }, outdir: 'dist' },
  // VS Code for the Web: the client in the web extension host, the server in a web worker.
  {
    ...common,
    entryPoints: { 'client.browser': 'client/src/browser.ts' },
    outdir: 'dist',
    external: ['vscode'],
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
  },
  {
    ...common,
    entryPoints: { 'server.browser': 'server/src/browser-server.ts' },
    outdir: 'dist',
    platform: 'browser',
    // A web worker has no DOM: packages' worker builds, not their DOM ones (the Markdown
    // parser's entity decoder would otherwise need `document`).
    conditions: ['worker'],
    format: 'iife',
    target: 'es2022',
  },
];

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
