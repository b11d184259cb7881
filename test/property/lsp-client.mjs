// A minimal LSP client over stdio for protocol property tests and the bench: spawns
// dist/server.js --stdio and speaks JSON-RPC through vscode-jsonrpc (what VS Code uses).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const serverPath = join(repoRoot, 'dist', 'server.js');

/**
 * Start the server. `pull` announces pull diagnostics (as VS Code does); without it the server
 * publishes. `nodeArgs` go before the script (e.g. a preload for the bench's heap probe).
 */
export async function startServer({ pull = true, nodeArgs = [], env = {}, rootUri = null, initializationOptions } = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const published = new Map();
  const waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    published.set(p.uri, p);
    for (const w of waiters.splice(0)) w(p);
  });
  const logs = [];
  conn.onNotification('window/logMessage', (p) => logs.push(p));
  conn.onNotification(() => undefined);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  // The server asks for a new pull when a large document's full check is in.
  let refreshes = 0;
  const refreshWaiters = [];
  conn.onRequest('workspace/diagnostic/refresh', () => {
    refreshes++;
    for (const w of refreshWaiters.splice(0)) w();
    return null;
  });
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    capabilities: {
      textDocument: {
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        publishDiagnostics: { relatedInformation: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        synchronization: { didSave: false },
      },
      workspace: pull ? { diagnostics: { refreshSupport: true } } : {},
    },
    initializationOptions,
  });
  await conn.sendNotification('initialized', {});
  const versions = new Map();
  return {
    child,
    conn,
    init,
    startedAt: t0,
    stderr: () => stderr,
    logs,
    published,
    waitPublish: () => new Promise((r) => waiters.push(r)),
    /** How many times the server asked the client to pull diagnostics again. */
    refreshes: () => refreshes,
    waitRefresh: () => new Promise((r) => refreshWaiters.push(r)),
    open(uri, text, languageId = 'news') {
      versions.set(uri, 1);
      return conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, contentChanges) {
      const v = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, v);
      return conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges });
    },
    close(uri) {
      return conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri) {
      return conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    },
    hover(uri, position) {
      return conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        // already gone
      }
      await new Promise((r) => {
        if (child.exitCode !== null) return r();
        const t = setTimeout(() => {
          child.kill('SIGKILL');
          r();
        }, 3000);
        child.once('exit', () => {
          clearTimeout(t);
          r();
        });
      });
      conn.dispose();
    },
  };
}

/** The server's own document model, for offset <-> position conversions identical to it. */
export const { TextDocument } = require('vscode-languageserver-textdocument');
