// dist/server-main.cache, the build's code cache of the language server (see
// server/src/start/server-start.ts): the built server is started over stdio with
// SOURCED_CODE_CACHE_DIR=dist, opens the example article, is asked for its diagnostics and a
// hover, and is shut down as an editor shuts it down; at exit it writes its cache, which then
// holds the functions a first article compiles.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

/** Runs the session; resolves with the server's exit code (0 when it wrote its cache as asked). */
export async function writeServerCodeCache(dist, article) {
  const child = spawn(process.execPath, [join(dist, 'server.js'), '--stdio'], {
    env: { ...process.env, SOURCED_CODE_CACHE_DIR: dist },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const c = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  c.listen();
  const timer = setTimeout(() => child.kill(), 60_000);
  try {
    await c.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] } } } });
    c.sendNotification('initialized', {});
    const uri = pathToFileURL(article).href;
    c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: readFileSync(article, 'utf8') } });
    await c.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    await c.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
    await c.sendRequest('shutdown');
    c.sendNotification('exit');
    return await exited;
  } finally {
    clearTimeout(timer);
    c.dispose();
  }
}
