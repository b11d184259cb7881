// The one build configuration: the VS Code client, the language server (node and browser), the
// CLI and the core library used by tests, bench and eval. esbuild.mjs runs it; the bench builds
// the client entries from it again, minified in memory, to measure what ships.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Fields of data files that hold binary data as base64 (the tagger's weights): the node bundles
 * read them as bytes, from a file beside the JSON (NAME.json -> NAME.FIELD.bin), and need neither
 * the base64 text nor its decoding; the rest of the file stays JSON.
 */
const BINARY_FIELDS = { 'analysis/data/ner-model.json': ['keys', 'weights'] };

/**
 * The node bundles (language server, CLI, core, check worker) read the data files under
 * server/src (word lists, the knowledge base, the tagger's weights: about 3 MB of JSON) at run
 * time from `dist/data/`, where this plugin copies each one it meets, instead of holding them as
 * object literals: V8 parses JSON text several times faster than the same literal, and the code
 * cache that starts the server and the CLI (server/src/start/code-cache.ts) then holds code only,
 * a quarter of its size. The browser bundles embed the data (a web worker has no file system).
 */
const dataFromFiles = {
  name: 'data-from-files',
  setup(build) {
    const src = resolve('server/src');
    const out = resolve(build.initialOptions.outdir, 'data');
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const rel = relative(src, args.path);
      if (rel.startsWith('..')) return undefined;
      const key = rel.split('\\').join('/');
      mkdirSync(dirname(join(out, rel)), { recursive: true });
      const read = (name) => `readFileSync(join(__dirname, 'data', ${JSON.stringify(name)})${name.endsWith('.json') ? ", 'utf8'" : ''})`;
      let value = `JSON.parse(${read(key)})`;
      const binary = BINARY_FIELDS[key];
      if (binary) {
        const data = JSON.parse(readFileSync(args.path, 'utf8'));
        const fields = binary.map((f) => {
          const name = key.replace(/\.json$/, `.${f}.bin`);
          writeFileSync(join(out, name), Buffer.from(data[f], 'base64'));
          delete data[f];
          return `${JSON.stringify(f)}: ${read(name)}`;
        });
        writeFileSync(join(out, rel), JSON.stringify(data));
        value = `{ ...JSON.parse(${read(key)}), ${fields.join(', ')} }`;
      } else copyFileSync(args.path, join(out, rel));
      return {
        contents: `import { readFileSync } from 'node:fs'; import { join } from 'node:path'; export default ${value};`,
        loader: 'js',
        watchFiles: [args.path],
      };
    });
  },
};

/** esbuild options of every bundle; `production`: minified, no source maps (what the .vsix ships). */
export function buildOptions({ production = false, quiet = false } = {}) {
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
    // The server (server-main); run in a worker thread, the same bundle checks large documents (server/src/main.ts).
    // dist/server.js starts dist/server-main.js from V8's code cache (server/src/start/server-start.ts).
    { ...common, entryPoints: { server: 'server/src/start/server-start.ts' }, outdir: 'dist' },
    { ...common, entryPoints: { 'server-main': 'server/src/main.ts' }, outdir: 'dist', plugins: [dataFromFiles] },
    // dist/cli.js starts dist/cli-main.js from V8's code cache (server/src/cli/start.ts).
    { ...common, entryPoints: { cli: 'server/src/cli/start.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
    { ...common, entryPoints: { 'cli-main': 'server/src/cli/main.ts' }, outdir: 'dist', plugins: [dataFromFiles] },
    { ...common, entryPoints: { core: 'server/src/core.ts' }, outdir: 'dist', plugins: [dataFromFiles] },
    // worker_threads entry of `sourced check --jobs N` (loaded by dist/cli.js from beside it).
    { ...common, entryPoints: { 'check-worker': 'server/src/cli/check-worker.ts' }, outdir: 'dist', plugins: [dataFromFiles] },
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
  return builds;
}
