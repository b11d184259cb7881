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
