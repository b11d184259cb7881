// A small LSP client for protocol tests: starts `node dist/server.js --stdio` in a temporary
// workspace (a folder with a .git directory, so it is a workspace root) and talks JSON-RPC to
// it with vscode-jsonrpc, as an editor would.
//
//   const s = await startServer({ pull: true, settings: { rules: { ... } } });
//   const doc = await s.open('article.news', text);
//   const diags = await s.diagnostics(doc);          // pulled, or waited for when published
//   ...
//   assert.equal(await s.stop(), 0);                 // shutdown + exit: the exit code
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER = join(REPO, 'dist', 'server.js');

/** Client capabilities of an editor that pulls diagnostics (VS Code) or cannot (Neovim 0.7). */
export function clientCapabilities({ pull }) {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
      applyEdit: true,
      executeCommand: {},
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      rename: { prepareSupport: true },
      inlayHint: {},
      codeLens: {},
      semanticTokens: {
        requests: { full: true },
        tokenTypes: ['person', 'organisation', 'place', 'publication', 'attributionCue', 'boilerplate'],
        tokenModifiers: ['unsourced'],
        formats: ['relative'],
      },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    window: { workDoneProgress: false },
  };
}

/**
 * Starts the server. Options:
 *   pull      the client pulls diagnostics (default true); false: the server must publish them
 *   settings  the `sourced` section answered to workspace/configuration (may be changed later
 *             with setSettings); anything, including invalid values
 *   files     { relativePath: contents } written into the workspace before the server starts
 */
export async function startServer({ pull = true, settings = {}, files = {}, initializationOptions } = {}) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'sourced-protocol-')));
  mkdirSync(join(dir, '.git'));
  for (const [rel, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), contents);
  }
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((res) => proc.on('exit', (code, signal) => res({ code, signal })));

  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const state = {
    settings,
    published: [],        // every textDocument/publishDiagnostics, in order
    logs: [],             // window/logMessage
    messages: [],         // window/showMessage
    status: [],           // sourced/status
    configurationRequests: 0,
    refreshRequests: 0,
    registrations: [],
  };
  const waiters = new Set();
  const wake = () => { for (const w of [...waiters]) w(); };

  conn.onRequest('workspace/configuration', (params) => {
    state.configurationRequests++;
    return params.items.map((item) => (item.section === 'sourced' ? state.settings : null));
  });
  conn.onRequest('client/registerCapability', (params) => { state.registrations.push(...params.registrations); return null; });
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => { state.refreshRequests++; wake(); return null; });
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.onRequest('workspace/codeLens/refresh', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('window/showMessageRequest', (p) => { state.messages.push(p); wake(); return null; });
  conn.onNotification('textDocument/publishDiagnostics', (p) => { state.published.push(p); wake(); });
  conn.onNotification('window/logMessage', (p) => { state.logs.push(p); wake(); });
  conn.onNotification('window/showMessage', (p) => { state.messages.push(p); wake(); });
  conn.onNotification('sourced/status', (p) => { state.status.push(p); wake(); });
  conn.onNotification('$/logTrace', () => undefined);
  conn.listen();

  const initializeResult = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).toString(),
    workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
    capabilities: clientCapabilities({ pull }),
    initializationOptions,
    clientInfo: { name: 'sourced-protocol-tests' },
  });
  await conn.sendNotification('initialized', {});

  const versions = new Map();
  const texts = new Map();

  /** Waits until check() returns a truthy value (re-checked on every message from the server). */
  async function waitFor(what, check, timeout = 10000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await check();
      if (v) return v;
      if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}) while waiting for ${what}\n${stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
      await new Promise((res) => {
        const t = setTimeout(done, Math.min(left, 100));
        function done() { clearTimeout(t); waiters.delete(done); res(); }
        waiters.add(done);
      });
    }
  }

  const server = {
    dir,
    conn,
    proc,
    pull,
    initializeResult,
    state,
    get stderr() { return stderr; },
    waitFor,
    path: (rel) => join(dir, rel),
    uri: (rel) => pathToFileURL(join(dir, rel)).toString(),
    text: (uri) => texts.get(uri),
    version: (uri) => versions.get(uri),
    request: (method, params) => conn.sendRequest(method, params),
    notify: (method, params) => conn.sendNotification(method, params),

    /** Opens a document; `rel` is a path in the workspace (it need not exist on disk). */
    async open(rel, text, { languageId = 'news', write = false } = {}) {
      const uri = server.uri(rel);
      if (write) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
      }
      versions.set(uri, 1);
      texts.set(uri, text);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return uri;
    },

    async close(uri) {
      await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      versions.delete(uri);
      texts.delete(uri);
    },

    /**
     * Incremental changes, each { start, end, text } in offsets of the text as it is when that
     * change applies (like LSP, changes apply in order). Returns the new version.
     */
    async change(uri, changes) {
      let text = texts.get(uri);
      const contentChanges = [];
      for (const c of changes) {
        contentChanges.push({ range: { start: positionAt(text, c.start), end: positionAt(text, c.end) }, text: c.text });
        text = text.slice(0, c.start) + c.text + text.slice(c.end);
      }
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      texts.set(uri, text);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      return version;
    },

    /** Applies a WorkspaceEdit's TextDocumentEdits (as the editor would) and sends them as one change. */
    async applyEdit(edit) {
      for (const dc of edit.documentChanges ?? []) {
        const uri = dc.textDocument.uri;
        if (dc.textDocument.version !== null && dc.textDocument.version !== versions.get(uri)) {
          throw new Error(`edit for version ${dc.textDocument.version} but the document is at ${versions.get(uri)}`);
        }
        const text = texts.get(uri);
        // Apply from the end so earlier offsets stay valid; send the same order.
        const edits = dc.edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText }))
          .sort((a, b) => b.start - a.start);
        await server.change(uri, edits);
      }
      for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const text = texts.get(uri);
        await server.change(uri, edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText })).sort((a, b) => b.start - a.start));
      }
    },

    /** A mark in the stream of published diagnostics: diagnostics(uri, { since }) looks after it. */
    mark: () => state.published.length,

    /**
     * The document's current diagnostics: pulled with textDocument/diagnostic, or (for a client
     * that cannot pull) the latest publication for the current version (after `since`, when
     * given), waiting for it.
     */
    async diagnostics(uri, { timeout = 10000, since = 0 } = {}) {
      if (pull) {
        const report = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
        if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
        return report.items;
      }
      const version = versions.get(uri);
      const p = await waitFor(`diagnostics for ${uri} v${version}`, () =>
        state.published.slice(since).reverse().find((x) => x.uri === uri && x.version === version), timeout);
      return p.diagnostics;
    },

    /**
     * Replaces the settings answered to workspace/configuration and tells the server; resolves
     * when a pulling client is asked to refresh, or (no pull) to a mark to pass to diagnostics().
     */
    async setSettings(next) {
      state.settings = next;
      const refreshes = state.refreshRequests;
      const since = state.published.length;
      await conn.sendNotification('workspace/didChangeConfiguration', { settings: { sourced: next } });
      if (pull) await waitFor('a diagnostics refresh after the settings changed', () => state.refreshRequests > refreshes);
      return since;
    },

    /** Waits for the server to ask a pulling client to refresh its diagnostics, after `refreshes`. */
    waitForRefresh: (refreshes) => waitFor('a workspace/diagnostic/refresh request', () => state.refreshRequests > refreshes),

    /** shutdown + exit; resolves to the process exit code. Removes the workspace. */
    async stop() {
      let result;
      try {
        if (proc.exitCode === null) {
          await conn.sendRequest('shutdown');
          await conn.sendNotification('exit');
          let timer;
          const timeout = new Promise((res) => { timer = setTimeout(() => res({ code: 'timeout: the server did not exit within 5 s' }), 5000); });
          result = await Promise.race([exited, timeout]);
          clearTimeout(timer);
        } else result = { code: proc.exitCode };
      } finally {
        server.dispose();
      }
      return result.code;
    },

    /** Kills the process if still running and removes the temporary workspace. Idempotent. */
    dispose() {
      try { conn.dispose(); } catch { /* already */ }
      if (proc.exitCode === null && proc.signalCode === null) proc.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/**
 * Offsets where the lines of `text` start (0, then one after each \n), kept for the last few
 * texts: the tests convert many positions of one long document, and a scan from the start for
 * each (what positionAt and offsetAt mean) made them quadratic in its length.
 */
const lineStartCache = new Map();
function lineStarts(text) {
  let starts = lineStartCache.get(text);
  if (!starts) {
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    if (lineStartCache.size >= 8) lineStartCache.delete(lineStartCache.keys().next().value);
    lineStartCache.set(text, starts);
  }
  return starts;
}

/**
 * LSP position (UTF-16 line/character) of an offset: the line is the number of \n before the
 * offset, the character the distance from the last line start (an offset past the end counts
 * on from the last line).
 */
export function positionAt(text, offset) {
  if (!Number.isInteger(offset) || offset < 0) {
    // Not an offset: what the scan from the start makes of it.
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
    }
    return { line, character: offset - lineStart };
  }
  const starts = lineStarts(text);
  // The last line start at or before the offset.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Offset of an LSP position: the start of its line (the end of the text past the last line) plus its character, at most the length. */
export function offsetAt(text, pos) {
  const starts = lineStarts(text);
  const lineStart = pos.line <= 0 ? 0 : Number.isInteger(pos.line) && pos.line < starts.length ? starts[pos.line] : positionAfterLines(text, pos.line);
  return Math.min(lineStart + pos.character, text.length);
}

/** Where a scan that counts `lines` line ends stops (the end of the text when there are fewer). */
function positionAfterLines(text, lines) {
  let line = 0;
  let i = 0;
  while (line < lines && i < text.length) {
    if (text.charCodeAt(i) === 10) line++;
    i++;
  }
  return i;
}

/** The text a range covers. */
export function textAt(text, range) {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Offset of the n-th (0-based) occurrence of `needle` in `text`, plus `delta`; throws if absent. */
export function find(text, needle, { nth = 0, delta = 0 } = {}) {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in the text`);
  }
  return at + delta;
}

export const ruleOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));
