// The client bundle holds the extension's own code and the language client library, nothing of
// the server: shared/protocol.ts is types and message names only (run `node esbuild.mjs` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('dist/client.js bundles no server module: no settings validation, no YAML parser, no analysis', () => {
  const bundle = readFileSync(join(REPO, 'dist', 'client.js'), 'utf8');
  // esbuild marks each bundled module with a path comment in a development build.
  const modules = [...bundle.matchAll(/^\/\/ ((?:server|client)\/src\/\S+|node_modules\/(?:@[^/]+\/)?[^/]+)/gm)].map((m) => m[1]);
  assert.ok(modules.some((m) => m.startsWith('client/src/')), 'the bundle has no path comments: is it a development build?');
  const server = [...new Set(modules.filter((m) => m.startsWith('server/src/') && m !== 'server/src/shared/protocol.ts'))];
  assert.deepEqual(server, [], 'server modules in the client bundle');
  const packages = new Set(modules.filter((m) => m.startsWith('node_modules/')).map((m) => m.replace('node_modules/', '')));
  for (const p of ['yaml', 'chrono-node', 'ajv']) assert.ok(!packages.has(p), `${p} is in the client bundle`);
});

test('the shipped client bundles (minified, desktop and web) hold ≤ 150 KB of Sourced code and only the shared message types of the server', async () => {
  const { clientBundleSizes, OWN_CODE_BUDGET } = await import('../../bench/lib/client-bundle.mjs');
  const sizes = await clientBundleSizes(REPO);
  assert.deepEqual(Object.keys(sizes).sort(), ['client', 'client.browser']);
  for (const [name, s] of Object.entries(sizes)) {
    const serverModules = Object.keys(s.ownModules).filter((m) => m.startsWith('server/') && !m.startsWith('server/src/shared/'));
    assert.deepEqual(serverModules, [], `${name}: server modules bundled into the client`);
    assert.ok(s.own <= OWN_CODE_BUDGET, `${name}: Sourced's own code is ${s.own} bytes minified, over ${OWN_CODE_BUDGET}`);
    // Everything else is the language client library and what it needs, nothing of the server's.
    for (const p of Object.keys(s.packages)) assert.match(p, /^(vscode-languageclient|vscode-languageserver-protocol|vscode-languageserver-types|vscode-jsonrpc|semver|minimatch|brace-expansion|balanced-match)$/, `${name}: unexpected package ${p}`);
  }
});
