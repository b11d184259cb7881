// No network, ever: scan every bundle in dist/ for network use and fail on any, except the
// exact places the LSP transport libraries need for local inter-process communication.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(repoRoot, 'dist');

const NET_MODULES = ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2', 'undici'];
const PATTERNS = [
  { what: 'require of a network module', re: new RegExp(String.raw`\brequire\(\s*["'\`](?:node:)?(${NET_MODULES.join('|')})(?:/[\w/]*)?["'\`]\s*\)`, 'g') },
  { what: 'import of a network module', re: new RegExp(String.raw`\bimport\s*(?:\(\s*|[\w*{}\s,]+from\s*)["'\`](?:node:)?(${NET_MODULES.join('|')})(?:/[\w/]*)?["'\`]`, 'g') },
  { what: 'fetch()', re: /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/g },
  { what: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/g },
  { what: 'WebSocket', re: /\bWebSocket\b/g },
  { what: 'EventSource', re: /\bEventSource\b/g },
  { what: 'navigator.sendBeacon', re: /\bsendBeacon\b/g },
  { what: 'importScripts', re: /\bimportScripts\s*\(/g },
  { what: 'process.binding of a socket', re: /process\.binding\(\s*["'](?:tcp_wrap|udp_wrap|cares_wrap|tls_wrap)["']/g },
];

/**
 * The allowed uses, each with why. Matched by the module the code came from (esbuild writes a
 * `// node_modules/…` comment before each module in unminified bundles).
 */
const ALLOWED = [
  {
    bundles: ['server-main.js', 'client.js'],
    module: /^node_modules\/(?:vscode-languageserver-protocol\/node_modules\/)?vscode-jsonrpc\/lib\/node\/main\.js$/,
    match: /require\(\s*["'](?:node:)?net["']\s*\)/,
    why: 'vscode-jsonrpc: the --pipe and --socket transports between VS Code and the server (a named pipe / Unix socket, or a TCP socket to 127.0.0.1 only); Sourced uses IPC or stdio, but the transport library carries all of them',
  },
];
/** In a minified bundle the module comments are gone: the same uses, recognised by count. */
const ALLOWED_MINIFIED = { 'server-main.js': { net: 1 }, 'client.js': { net: 1 } };

function bundles() {
  if (!existsSync(dist)) return [];
  return readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
}

function moduleAt(text, index) {
  const before = text.lastIndexOf('\n// node_modules/', index);
  const local = text.lastIndexOf('\n// server/', index);
  const client = text.lastIndexOf('\n// client/', index);
  const at = Math.max(before, local, client);
  if (at < 0) return null;
  return text.slice(at + 4, text.indexOf('\n', at + 1)).trim();
}

test('the bundles exist (build first: node esbuild.mjs)', () => {
  const found = bundles();
  for (const b of ['server.js', 'server-main.js', 'cli.js', 'core.js', 'client.js']) assert.ok(found.includes(b), `dist/${b} is missing`);
});

/** Network uses in a bundle's text that are not allowed; [] when clean. */
function scan(bundle, text) {
  const minified = !text.includes('\n// node_modules/') && !text.includes('\n// server/');
  const hits = [];
  const netCount = {};
  for (const { what, re } of PATTERNS) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text))) {
      const mod = minified ? null : moduleAt(text, m.index);
      const allowed = !minified && ALLOWED.some((a) => a.bundles.includes(bundle) && a.module.test(mod ?? '') && a.match.test(m[0]));
      if (minified && m[1]) netCount[m[1]] = (netCount[m[1]] ?? 0) + 1;
      if (!allowed) hits.push({ what, text: m[0], module: mod, line: text.slice(0, m.index).split('\n').length, netModule: m[1] });
    }
  }
  if (!minified) return hits;
  // Minified: only the counted transport uses may remain, and nothing else at all.
  const allow = ALLOWED_MINIFIED[bundle] ?? {};
  return hits.filter((h) => !(h.netModule && allow[h.netModule] && netCount[h.netModule] <= allow[h.netModule]));
}

test('the scanner itself: catches network use, allows only the listed transport', () => {
  const jsonrpc = '\n// node_modules/vscode-jsonrpc/lib/node/main.js\nvar net_1 = require("net");\n';
  assert.deepEqual(scan('server-main.js', jsonrpc), []);
  assert.equal(scan('cli.js', jsonrpc).length, 1, 'net is allowed in the server and client bundles only');
  assert.equal(scan('server.js', '\n// server/src/x.ts\nconst h = require("node:https");\n').length, 1);
  assert.equal(scan('server.js', '\n// node_modules/vscode-jsonrpc/lib/node/main.js\nrequire("http");\n').length, 1);
  assert.equal(scan('core.js', '\n// server/src/x.ts\nawait fetch(url);\n').length, 1);
  assert.equal(scan('core.js', '\n// server/src/x.ts\nnew WebSocket(u); new XMLHttpRequest();\n').length, 2);
  assert.equal(scan('core.js', '\n// server/src/x.ts\nconst d = await import("dns");\n').length, 1);
  assert.equal(scan('server-main.js', 'var a=require("net"),b=require("tls");').length, 1, 'minified: tls is never allowed');
  assert.equal(scan('server-main.js', 'var a=require("net"),b=require("net");').length, 2, 'minified: one net only');
});

for (const bundle of bundles()) {
  test(`no network use in dist/${bundle}`, () => {
    const hits = scan(bundle, readFileSync(join(dist, bundle), 'utf8'));
    assert.deepEqual(hits, [], `network use in dist/${bundle}: ${hits.map((h) => `${h.text} in ${h.module ?? '(minified)'} at line ${h.line}`).join('; ')}`);
  });
}

test('the server and CLI bundles do not load anything at run time from outside the bundle but Node built-ins', () => {
  for (const bundle of ['server.js', 'server-main.js', 'cli.js', 'cli-main.js', 'core.js', 'check-worker.js'].filter((b) => existsSync(join(dist, b)))) {
    const text = readFileSync(join(dist, bundle), 'utf8');
    const requires = new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    const external = [...requires].filter((r) => !r.startsWith('node:') && !/^(fs|path|os|url|util|crypto|events|stream|buffer|assert|child_process|worker_threads|readline|string_decoder|module|process|perf_hooks|timers|zlib|v8|vm|tty|constants|inspector|async_hooks|net)$/.test(r) && !r.startsWith('./') && r !== 'vscode');
    assert.deepEqual(external, [], `dist/${bundle} requires packages at run time: ${external.join(', ')}`);
  }
});
