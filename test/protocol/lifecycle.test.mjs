// Protocol: the server's life cycle over --stdio, and diagnostics for a client that cannot pull.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, find, ruleOf, textAt } from './harness.mjs';
import { ARTICLE } from './article.mjs';

test('initialize announces every capability the editor uses, and shutdown + exit ends the process with 0', async () => {
  const s = await startServer({ pull: true });
  try {
    const { capabilities: c, serverInfo } = s.initializeResult;
    assert.equal(serverInfo?.name, 'sourced');
    // Incremental text sync with open/close.
    assert.equal(c.textDocumentSync.openClose, true);
    assert.equal(c.textDocumentSync.change, 2, 'incremental sync (TextDocumentSyncKind.Incremental)');
    assert.ok(c.hoverProvider);
    assert.ok(c.diagnosticProvider, 'pull diagnostics');
    assert.equal(c.diagnosticProvider.interFileDependencies, false);
    assert.ok(c.codeActionProvider?.codeActionKinds?.includes('quickfix'));
    assert.ok(c.executeCommandProvider.commands.includes('sourced.server.annotate'));
    assert.ok(c.executeCommandProvider.commands.includes('sourced.server.removeAnnotation'));
    assert.ok(c.documentSymbolProvider);
    assert.ok(c.referencesProvider);
    assert.ok(c.documentHighlightProvider);
    assert.equal(c.renameProvider?.prepareProvider, true);
    assert.ok(c.inlayHintProvider);
    assert.ok(c.codeLensProvider);
    assert.deepEqual(c.semanticTokensProvider.legend.tokenTypes.slice(0, 4), ['person', 'organisation', 'place', 'publication']);
    assert.ok(c.semanticTokensProvider.legend.tokenTypes.includes('attributionCue'));
    assert.ok(c.semanticTokensProvider.full);

    // The server serves requests before any document is open, and answers for unknown ones.
    const hover = await s.request('textDocument/hover', { textDocument: { uri: s.uri('never-opened.news') }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  } finally {
    const code = await s.stop();
    assert.equal(code, 0, `exit code after shutdown + exit\n${s.stderr}`);
  }
});

test('exit without shutdown ends the process with 1, as the protocol says', async () => {
  const s = await startServer({ pull: true });
  try {
    const exited = new Promise((res) => s.proc.on('exit', (code) => res(code)));
    await s.notify('exit');
    assert.equal(await exited, 1);
  } finally {
    s.dispose();
  }
});

test('a client that cannot pull gets diagnostics published for each version, and cleared on close', async () => {
  const s = await startServer({ pull: false });
  try {
    assert.equal(s.initializeResult.capabilities.textDocumentSync.change, 2);
    const uri = await s.open('published.news', ARTICLE);
    const first = await s.diagnostics(uri);
    const rules = first.map(ruleOf);
    for (const r of ['weekday-date', 'vague-attribution', 'unbalanced-quote', 'unsourced-statistic']) assert.ok(rules.includes(r), `published ${r}; got ${rules}`);
    const weekday = first.find((d) => ruleOf(d) === 'weekday-date');
    assert.equal(textAt(ARTICLE, weekday.range), 'Tuesday');
    assert.equal(weekday.source, 'sourced');
    assert.match(weekday.codeDescription.href, /docs\/rules\/weekday-date\.md$/);

    // Edit: fix the weekday. The next publication is for version 2 and no longer has it.
    const at = find(ARTICLE, 'Tuesday (Mar 13)');
    const since = s.mark();
    const v2 = await s.change(uri, [{ start: at, end: at + 'Tuesday'.length, text: 'Thursday' }]);
    assert.equal(v2, 2);
    const second = await s.diagnostics(uri, { since });
    assert.ok(!second.some((d) => ruleOf(d) === 'weekday-date'), 'the corrected weekday is no longer reported');
    assert.ok(second.some((d) => ruleOf(d) === 'vague-attribution'), 'the other findings stay');

    // The server also sends its status summary for the status bar.
    await s.waitFor('a sourced/status notification', () => s.state.status.find((p) => p.uri === uri));
    const status = s.state.status.filter((p) => p.uri === uri).at(-1);
    assert.ok(status.claims >= 1 && status.unsourced >= 1 && status.entities >= 1, JSON.stringify(status));

    // Close: the diagnostics are cleared.
    const beforeClose = s.mark();
    await s.close(uri);
    const cleared = await s.waitFor('diagnostics cleared on close', () => s.state.published.slice(beforeClose).find((p) => p.uri === uri));
    assert.deepEqual(cleared.diagnostics, []);
  } finally {
    assert.equal(await s.stop(), 0);
  }
});

test('a pulling client gets no published diagnostics (it asks for them)', async () => {
  const s = await startServer({ pull: true });
  try {
    const uri = await s.open('pulled.news', ARTICLE);
    const items = await s.diagnostics(uri);
    assert.ok(items.some((d) => ruleOf(d) === 'weekday-date'));
    // Let the server's debounce pass: nothing is pushed to a client that pulls.
    await s.waitFor('the status notification', () => s.state.status.find((p) => p.uri === uri));
    assert.equal(s.state.published.filter((p) => p.uri === uri).length, 0);
  } finally {
    assert.equal(await s.stop(), 0);
  }
});

test('before initialize a request is refused with -32002 and a notification ignored; a second initialize and null params are errors', async () => {
  const { spawn } = await import('node:child_process');
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-jsonrpc/node.js');
  const { SERVER } = await import('./harness.mjs');
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => published.push(p));
  conn.onRequest(() => null);
  conn.listen();
  const codeOf = (promise) => promise.then(() => 'answered', (e) => e.code);
  const hover = { textDocument: { uri: 'file:///early.news' }, position: { line: 0, character: 0 } };
  try {
    assert.equal(await codeOf(conn.sendRequest('textDocument/hover', hover)), -32002);
    // Opened before initialize: ignored, so no diagnostics ever come for it.
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///early.news', languageId: 'news', version: 1, text: 'Ferry fares rose 40% last year.' } });
    const init = { processId: process.pid, rootUri: null, capabilities: {} };
    assert.ok((await conn.sendRequest('initialize', init)).capabilities.hoverProvider);
    await conn.sendNotification('initialized', {});
    assert.equal(await codeOf(conn.sendRequest('initialize', init)), -32600);
    assert.equal(await codeOf(conn.sendRequest('textDocument/hover', null)), -32602);
    assert.equal(await codeOf(conn.sendRequest('textDocument/documentSymbol', null)), -32602);
    // The server still works, and never saw the early document.
    assert.equal(await conn.sendRequest('textDocument/hover', hover), null);
    assert.deepEqual(published.filter((p) => p.uri === 'file:///early.news'), []);
    await conn.sendRequest('shutdown', null);
    const exited = new Promise((res) => proc.on('exit', (code) => res(code)));
    await conn.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    conn.dispose();
    proc.kill();
  }
});
