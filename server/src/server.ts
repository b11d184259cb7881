// The Sourced language server: wiring only. Runs over IPC (VS Code) or --stdio (any LSP editor).
import {
  createConnection, DiagnosticSeverity, DocumentDiagnosticReportKind, LSPErrorCodes, ProposedFeatures, ResponseError,
  type CancellationToken, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Cancelled, DocumentStates, Outdated, type DocState } from './features/state';
import { AnalysisWorker } from './features/worker-pool';
import { setDocsBase, toDiagnostic, toRange } from './features/convert';
import { hoverAt } from './features/hover';
import { codeActions } from './features/codeActions';
import { SERVER_CAPABILITIES, SERVER_INFO } from './features/capabilities';
import { dateActions } from './features/date-actions';
import { runCommand } from './features/commands';
import { registerEditorFeatures } from './features/editor';
import { statusOf as annotationStatus, noteOf, linkOf, hasMotivation, quotedText } from './annotations/model';
import { annotationsForFile } from './annotations/store';
import { annotationDiagnostics } from './features/annotation-diagnostics';
import { REPORT_REQUEST, STATUS_NOTIFICATION, type ReportParams, type StatusParams } from './shared/protocol';
import { defaultSettings, validateSettings } from './config';

const DEFAULT_SETTINGS = defaultSettings();
import { sourcingReport } from './features/report';
import { setWorkspaceRoots, workspaceFor } from './workspace';
import { readFileSync } from 'node:fs';
import { analyze } from './analysis/analyze';
import { decodeArticle } from './document/read';
import { languageOf } from './document/language';
import { serverTransport } from './features/transport';
import { ANNOTATIONS_REQUEST, FILE_SOURCES_REQUEST, type FileSource } from './shared/protocol';

// The rule docs ship beside dist/ in the extension.
setDocsBase(pathToFileURL(join(__dirname, '..', 'docs', 'rules')).toString());
const transport = serverTransport();
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
let shutdownReceived = false;
if (transport.stdio) {
  // stdout is the protocol: anything printed goes to the client's log instead, and the server
  // ends with its input (exit code 0 only after a shutdown request).
  console.log = console.info = (...a: unknown[]) => connection.console.info(a.map(String).join(' '));
  console.warn = console.error = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  for (const ev of ['end', 'close'] as const) process.stdin.on(ev, () => process.exit(shutdownReceived ? 0 : 1));
}
const documents = new TextDocuments(TextDocument);

let pullDiagnostics = false;
let configurationCapability = false;
let snippetEdits = false;
let trusted = true;
let refreshSupport = false;
// The analysis worker is this same bundle run in a worker thread (main.ts).
const worker = new AnalysisWorker(__filename, (level, m) => (level === 'info' ? connection.console.info(m) : connection.console.warn(m)));
const states = new DocumentStates(() => trusted, worker, (uri) => documents.get(uri));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
  configurationCapability = !!caps.workspace?.configuration;
  snippetEdits = !!(caps.experimental as { snippetTextEdit?: boolean } | undefined)?.snippetTextEdit;
  const init = params.initializationOptions as { trusted?: boolean; settings?: unknown } | undefined;
  if (init?.trusted === false) trusted = false;
  const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  setWorkspaceRoots(folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri)));
  return { capabilities: SERVER_CAPABILITIES, serverInfo: SERVER_INFO };
});

connection.onInitialized(() => {
  connection.console.info(`Sourced language server running (pid ${process.pid}).`);
  if (configurationCapability) {
    connection.client.register(require('vscode-languageserver/node').DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  }
});

async function readSettings(uri: string): Promise<void> {
  if (!configurationCapability) return;
  try {
    const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'sourced' });
    const { settings, problems } = validateSettings(raw);
    for (const p of problems) connection.console.warn(`Invalid setting ${p.setting}, default used: ${p.message}`);
    states.setSettings(uri, settings);
  } catch {
    states.setSettings(uri, DEFAULT_SETTINGS);
  }
}

// Settings being read per document: a diagnostics pull that arrives right after didOpen (as
// VS Code sends it) waits for them, so the first diagnostics already honour the settings.
const settingsLoading = new Map<string, Promise<void>>();

function loadSettings(uri: string): Promise<void> {
  const p = readSettings(uri);
  settingsLoading.set(uri, p);
  void p.finally(() => {
    if (settingsLoading.get(uri) === p) settingsLoading.delete(uri);
  });
  return p;
}

/** Waits (a little, at most) for the document's settings when they are being read. */
async function settingsReady(uri: string): Promise<void> {
  const p = settingsLoading.get(uri);
  if (!p) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise((r) => { timer = setTimeout(r, 3000); })]);
  clearTimeout(timer);
}

/**
 * The state a request needs, for the document's current version. Outdated and cancelled
 * requests get the errors LSP has for them; the client asks again or drops the request.
 */
async function stateFor(doc: TextDocument, token?: CancellationToken): Promise<DocState> {
  try {
    return await states.exact(doc, token);
  } catch (e) {
    if (e instanceof Outdated) throw new ResponseError(LSPErrorCodes.ContentModified, `Sourced: the document changed before the check finished (${e.message}).`);
    if (e instanceof Cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Sourced: request cancelled.');
    throw e;
  }
}

async function findingsFor(doc: TextDocument, token?: CancellationToken): Promise<Diagnostic[]> {
  try {
    // A large document being edited: its last findings carried through the edit, at once.
    const quick = states.quick(doc);
    const findings = quick ? quick.findings : (await states.exact(doc, token)).findings;
    const st = states.peek(doc) ?? states.latest(doc.uri)!;
    const diags = findings.map((f) => toDiagnostic(doc, f));
    // Orphaned annotations, an unusable annotations file, skipped items in it.
    if (st.workspace.root && doc.uri.startsWith('file:')) {
      const anns = annotationsForFile(st.workspace.root, fileURLToPath(doc.uri), doc.getText());
      diags.push(...annotationDiagnostics(anns, pathToFileURL(anns.path).toString()));
    }
    return diags;
  } catch (e) {
    if (e instanceof Outdated || e instanceof Cancelled) throw e;
    // Never crash on any text: report the failure and keep serving.
    connection.console.error(`Sourced failed on ${doc.uri}: ${(e as Error).stack}`);
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'sourced', message: `Sourced could not check this document: ${(e as Error).message}` }];
  }
}

function sendStatus(doc: TextDocument): void {
  try {
    const st = states.isLarge(doc) ? states.peek(doc) : states.get(doc);
    if (!st) return;
    const a = st.analysis;
    const verified = st.workspace.root && doc.uri.startsWith('file:') ? st.workspace.verifiedFor(fileURLToPath(doc.uri), doc.getText()).length : 0;
    const sourced = a.claims.filter((c) => c.supportedBy.length || c.twin !== undefined).length;
    const params: StatusParams = {
      uri: doc.uri, entities: a.entities.length, claims: a.claims.length, sourced, unsourced: a.claims.length - sourced, verified,
      skipped: a.notices.find((n) => n.rule === 'file-too-large' || n.rule === 'line-too-long' || n.rule === 'not-text')?.message,
    };
    void connection.sendNotification(STATUS_NOTIFICATION, params);
  } catch {
    // status is best effort
  }
}

// Push diagnostics for clients that cannot pull (Neovim 0.7), debounced per document.
const timers = new Map<string, NodeJS.Timeout>();
function schedulePublish(doc: TextDocument, delay = 150): void {
  const old = timers.get(doc.uri);
  if (old) clearTimeout(old);
  timers.set(doc.uri, setTimeout(() => {
    timers.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (!current) return;
    if (!pullDiagnostics) {
      findingsFor(current).then(
        (diagnostics) => connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics }),
        () => undefined, // outdated: the next version publishes
      );
    }
    sendStatus(current);
  }, delay));
}

documents.onDidOpen(async (e) => {
  await loadSettings(e.document.uri);
  schedulePublish(e.document, 0);
});
documents.onDidChangeContent((e) => {
  states.changed(e.document);
  schedulePublish(e.document);
});

// A large document's full check is in: clients pull again (or get it pushed).
states.onSettled = (uri) => {
  const doc = documents.get(uri);
  if (!doc) return;
  if (pullDiagnostics && refreshSupport) connection.languages.diagnostics.refresh();
  schedulePublish(doc, 0);
};
states.onWorkerError = (m) => connection.console.warn(`Sourced: the analysis worker failed (${m}); checked on the server thread instead.`);
documents.onDidClose((e) => {
  states.forget(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params, token) => {
  await settingsReady(params.textDocument.uri);
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  try {
    return { kind: DocumentDiagnosticReportKind.Full, items: await findingsFor(doc, token) };
  } catch (e) {
    // The document changed while its first check ran: the client asks again.
    if (e instanceof Outdated) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Sourced: the document changed; ask again.', { retriggerRequest: true });
    if (e instanceof Cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Sourced: request cancelled.');
    throw e;
  }
});

connection.onDidChangeConfiguration(async () => {
  await Promise.all(documents.all().map((d) => loadSettings(d.uri)));
  states.invalidateAll();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  for (const d of documents.all()) schedulePublish(d, 0);
});

connection.onDidChangeWatchedFiles(() => {
  states.invalidateAll();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  for (const d of documents.all()) schedulePublish(d, 0);
});

connection.onHover(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const st = await stateFor(doc, token);
  const offset = doc.offsetAt(params.position);
  const path = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : null;
  const verifiedNote = (c: { start: number; end: number }) => {
    if (!path || !st.workspace.root) return undefined;
    const anchored = annotationsForFile(st.workspace.root, path, doc.getText()).anchored;
    const hit = anchored.find((x) => x.start !== null && hasMotivation(x.annotation, 'assessing') && x.start < c.end && c.start < x.end!);
    if (!hit) return undefined;
    const a = hit.annotation;
    return `**Verified** by ${a.creator?.name ?? 'unknown'} on ${(a.modified ?? a.created ?? 'an unknown date').slice(0, 10)}${linkOf(a) ? ` — [source](${linkOf(a)})` : ''}${noteOf(a) ? `\n\nNote: ${noteOf(a)}` : ''}${annotationStatus(a) !== 'verified' ? ` (status: ${annotationStatus(a)})` : ''}`;
  };
  const h = hoverAt(st.analysis, offset, verifiedNote);
  if (!h) return null;
  return { contents: { kind: 'markdown', value: h.markdown }, range: toRange(doc, h.span) };
});

connection.onCodeAction(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const st = await stateFor(doc, token);
  return [...codeActions(doc, st.findings, params.range, params.context.only, snippetEdits), ...dateActions(doc, st.analysis, params.range, params.context.only)];
});

connection.onExecuteCommand(async (params) => {
  // An annotation records its author from the document's settings: wait for them if a
  // command comes right after the document opened.
  const target = (params.arguments?.[0] as { uri?: unknown } | undefined)?.uri;
  if (typeof target === 'string') await settingsReady(target);
  const result = await runCommand(params.command, params.arguments ?? [], {
    document: (uri) => documents.get(uri),
    author: (uri) => states.settingsFor(uri).author,
    trusted: () => trusted,
  });
  states.invalidateAll();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  for (const d of documents.all()) schedulePublish(d, 0);
  if (result.error) void connection.window.showErrorMessage(`Sourced: ${result.error}`);
  return result;
});

connection.onRequest(REPORT_REQUEST, async (params: ReportParams, token) => {
  const doc = documents.get(params.uri);
  if (!doc) return { markdown: '' };
  const st = await stateFor(doc, token);
  const path = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : null;
  const anchored = path && st.workspace.root ? annotationsForFile(st.workspace.root, path, doc.getText()).anchored : [];
  return { markdown: sourcingReport(doc.uri, st.analysis, st.findings, anchored) };
});

registerEditorFeatures(connection, documents, states, stateFor, (doc, st) => (st.workspace.root && doc.uri.startsWith('file:') ? st.workspace.verifiedFor(fileURLToPath(doc.uri), doc.getText()).length : 0));

connection.onRequest(FILE_SOURCES_REQUEST, (params: { uri: string }): FileSource[] => {
  try {
    const path = fileURLToPath(params.uri);
    const open = documents.get(params.uri);
    const ws = workspaceFor(path, trusted);
    let text = open?.getText();
    if (text === undefined) {
      const read = decodeArticle(readFileSync(path));
      if (read.text === null) return [];
      text = read.text;
    }
    const a = analyze(text, ws.kb, { languageId: languageOf(path) });
    return a.attributions.map((at) => {
      const e = at.source.entity ? a.entities.find((x) => x.id === at.source.entity) : undefined;
      return { name: e?.name ?? at.source.text, kind: at.source.kind, start: at.source.start, end: at.source.end, cue: at.cue.text };
    });
  } catch {
    return [];
  }
});

connection.onRequest(ANNOTATIONS_REQUEST, async (params: { uri: string }, token) => {
  const doc = documents.get(params.uri);
  if (!doc || !doc.uri.startsWith('file:')) return [];
  const st = await stateFor(doc, token);
  if (!st.workspace.root) return [];
  return annotationsForFile(st.workspace.root, fileURLToPath(doc.uri), doc.getText()).anchored.map((x) => {
    const exact = quotedText(x.annotation) || (x.start === null ? '' : doc.getText().slice(x.start, x.end!));
    const what = [annotationStatus(x.annotation), noteOf(x.annotation), linkOf(x.annotation)].filter(Boolean).join(' · ');
    return { id: x.annotation.id, label: `${x.start === null ? '$(warning) orphaned: ' : ''}“${exact.slice(0, 50)}”`, description: `${x.annotation.motivation || 'no motivation'}${what ? ` — ${what}` : ''}`, start: x.start, end: x.end };
  });
});

connection.onShutdown(() => {
  shutdownReceived = true;
  worker.dispose();
});

documents.listen(connection);
connection.listen();

// Keep serving whatever happens in one request.
process.on('uncaughtException', (e) => connection.console.error(`Sourced: unexpected error: ${e.stack}`));
