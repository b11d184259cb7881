// The language server for VS Code for the Web, run in a web worker: the same analysis, rules
// and editor features as the Node server (server.ts). No file system here: `.sourced.yaml` and
// annotation files are read and written by the client through the editor's file system
// (workspace/web-files.ts); where there is none, the defaults apply and the status says so.
import {
  BrowserMessageReader, BrowserMessageWriter, createConnection, DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind, type Diagnostic, type InitializeParams,
} from 'vscode-languageserver/browser';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadKnowledge } from './knowledge';
import type { KnowledgeBase } from './analysis/knowledge-port';
import { analyze } from './analysis/analyze';
import { hoverAt } from './features/hover';
import { codeActions, SERVER_COMMANDS } from './features/codeActions';
import { SERVER_CAPABILITIES, SERVER_INFO } from './features/capabilities';
import { dateActions } from './features/date-actions';
import { registerEditorFeatures } from './features/editor';
import { setDocsBase, toDiagnostic, toRange } from './features/convert';
import { sourcingReport } from './features/report';
import type { DocState } from './features/state';
import { InitializeGate } from './features/initialize-gate';
import { checkDocument } from './workspace/check';
import { WebWorkspaces, type WebWorkspace } from './workspace/web-files';
import { hasMotivation, linkOf, noteOf, quotedText, statusOf } from './annotations/model';
import { annotationDiagnostics } from './features/annotation-diagnostics';
import { defaultSettings, validateSettings } from './config';
import {
  ANNOTATIONS_REQUEST, FILE_SOURCES_REQUEST, READ_FILE_REQUEST, REPORT_REQUEST, STATUS_NOTIFICATION, WRITE_FILE_REQUEST,
  type FileSource, type ReadFileResult, type ReportParams, type SourcedSettings, type StatusParams, type WriteFileResult,
} from './shared/protocol';

declare const self: unknown;
const writer = new BrowserMessageWriter(self as never);
const connection = createConnection(new InitializeGate(new BrowserMessageReader(self as never), (m) => void writer.write(m)), writer);
const documents = new TextDocuments(TextDocument);

let kb: KnowledgeBase | null = null;
const defaultKb = () => (kb ??= loadKnowledge());
let trusted = true;
let configurationCapability = false;
let snippetEdits = false;
const settings = new Map<string, SourcedSettings>();
const settingsFor = (uri: string) => settings.get(uri) ?? defaultSettings();

const files = new WebWorkspaces({
  read: (uri) => connection.sendRequest(READ_FILE_REQUEST, { uri }) as Promise<ReadFileResult>,
  write: (uri, text) => connection.sendRequest(WRITE_FILE_REQUEST, { uri, text }) as Promise<WriteFileResult>,
}, defaultKb, () => trusted);

type WebState = DocState & { web: WebWorkspace };
/** The newest state per document; `generation` is raised when settings or workspace files change. */
let generation = 0;
const cache = new Map<string, { version: number; generation: number; state: Promise<WebState> }>();

function stateFor(doc: TextDocument): Promise<WebState> {
  const hit = cache.get(doc.uri);
  if (hit && hit.version === doc.version && hit.generation === generation) return hit.state;
  const state = (async () => {
    const text = doc.getText();
    const web = await files.forDocument(doc.uri, text);
    const s = settingsFor(doc.uri);
    const { analysis, findings } = checkDocument(text, doc.uri, web.workspace, {
      languageId: doc.languageId, maxLength: s.maxFileSize, maxLineLength: s.maxLineLength, rules: s.rules, hints: s.hints,
    });
    return { version: doc.version, analysis, findings, workspace: web.workspace, web };
  })();
  cache.set(doc.uri, { version: doc.version, generation, state });
  return state;
}

function changed(): void {
  generation++;
  connection.languages.diagnostics.refresh();
  for (const d of documents.all()) scheduleStatus(d, 0);
}

connection.onInitialize((params: InitializeParams) => {
  configurationCapability = !!params.capabilities.workspace?.configuration;
  snippetEdits = !!(params.capabilities.experimental as { snippetTextEdit?: boolean } | undefined)?.snippetTextEdit;
  const init = params.initializationOptions as { trusted?: boolean; docsBase?: string } | undefined;
  if (init?.trusted === false) trusted = false;
  setDocsBase(init?.docsBase);
  files.setFolders((params.workspaceFolders ?? []).map((f) => f.uri));
  return { capabilities: SERVER_CAPABILITIES, serverInfo: SERVER_INFO };
});

connection.onInitialized(() => {
  if (configurationCapability) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
});

async function loadSettings(uri: string): Promise<void> {
  if (!configurationCapability) return;
  try {
    const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'sourced' });
    settings.set(uri, validateSettings(raw).settings);
  } catch {
    settings.delete(uri);
  }
}
const settingsLoading = new Map<string, Promise<void>>();

async function diagnosticsFor(doc: TextDocument): Promise<Diagnostic[]> {
  await settingsLoading.get(doc.uri);
  try {
    const st = await stateFor(doc);
    const diags = st.findings.map((f) => toDiagnostic(doc, f));
    // Orphaned annotations, an unusable annotations file, skipped items in it (the path is its URI here).
    diags.push(...annotationDiagnostics(st.web.annotations, st.web.annotations.path));
    return diags;
  } catch (e) {
    connection.console.error(`Sourced failed on ${doc.uri}: ${(e as Error).stack}`);
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: 'sourced', message: `Sourced could not check this document: ${(e as Error).message}` }];
  }
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();
function scheduleStatus(doc: TextDocument, delay = 150): void {
  clearTimeout(timers.get(doc.uri));
  timers.set(doc.uri, setTimeout(() => {
    timers.delete(doc.uri);
    const current = documents.get(doc.uri);
    if (!current) return;
    stateFor(current).then((st) => {
      const a = st.analysis;
      const sourced = a.claims.filter((c) => c.supportedBy.length || c.twin !== undefined).length;
      const params: StatusParams & { unavailable?: string } = {
        uri: current.uri, entities: a.entities.length, claims: a.claims.length, sourced, unsourced: a.claims.length - sourced,
        verified: st.web.annotations.verified.length,
        skipped: a.notices.find((n) => n.rule === 'file-too-large' || n.rule === 'line-too-long' || n.rule === 'not-text')?.message,
        unavailable: st.web.unavailable,
      };
      void connection.sendNotification(STATUS_NOTIFICATION, params);
    }, () => undefined);
  }, delay));
}

documents.onDidOpen((e) => {
  const p = loadSettings(e.document.uri);
  settingsLoading.set(e.document.uri, p);
  void p.finally(() => settingsLoading.delete(e.document.uri));
  void p.then(() => scheduleStatus(e.document, 0));
});
documents.onDidChangeContent((e) => scheduleStatus(e.document));
documents.onDidClose((e) => {
  cache.delete(e.document.uri);
  settings.delete(e.document.uri);
});

connection.languages.diagnostics.on(async (p) => {
  const doc = documents.get(p.textDocument.uri);
  return { kind: DocumentDiagnosticReportKind.Full, items: doc ? await diagnosticsFor(doc) : [] };
});

connection.onDidChangeConfiguration(async () => {
  await Promise.all(documents.all().map((d) => loadSettings(d.uri)));
  changed();
});
connection.onDidChangeWatchedFiles(() => {
  files.invalidate();
  changed();
});

connection.onHover(async (p) => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return null;
  const st = await stateFor(doc);
  const verifiedNote = (c: { start: number; end: number }) => {
    const hit = st.web.annotations.anchored.find((x) => x.start !== null && hasMotivation(x.annotation, 'assessing') && x.start < c.end && c.start < x.end!);
    if (!hit) return undefined;
    const a = hit.annotation;
    return `**Verified** by ${a.creator?.name ?? 'unknown'} on ${(a.modified ?? a.created ?? 'an unknown date').slice(0, 10)}${linkOf(a) ? ` — [source](${linkOf(a)})` : ''}${noteOf(a) ? `\n\nNote: ${noteOf(a)}` : ''}${statusOf(a) !== 'verified' ? ` (status: ${statusOf(a)})` : ''}`;
  };
  const h = hoverAt(st.analysis, doc.offsetAt(p.position), verifiedNote);
  return h ? { contents: { kind: 'markdown', value: h.markdown }, range: toRange(doc, h.span) } : null;
});

connection.onCodeAction(async (p) => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return [];
  const st = await stateFor(doc);
  return [...codeActions(doc, st.findings, p.range, p.context.only, snippetEdits), ...dateActions(doc, st.analysis, p.range, p.context.only)];
});

connection.onExecuteCommand(async (p) => {
  const a = (p.arguments?.[0] ?? {}) as Record<string, unknown>;
  const uri = String(a.uri ?? '');
  let result: { ok: boolean; id?: string; path?: string; error?: string };
  try {
    if (!trusted) throw new Error('this workspace is not trusted: Sourced does not write annotation or configuration files in it');
    if (p.command === SERVER_COMMANDS.annotate) {
      const doc = documents.get(uri);
      if (!doc) throw new Error('the article is not open');
      const text = doc.getText();
      const start = Math.max(0, Math.min(Number(a.start), text.length));
      const end = Math.max(start, Math.min(Number(a.end), text.length));
      if (end === start) throw new Error('select the words to annotate first');
      await settingsLoading.get(uri);
      const id = await files.annotate(uri, text, {
        motivation: a.motivation as never, start, end, status: a.status as string | undefined, note: a.note as string | undefined,
        link: a.link as string | undefined, rule: a.rule as string | undefined, author: settingsFor(uri).author || undefined,
      });
      result = { ok: true, id };
    } else if (p.command === SERVER_COMMANDS.removeAnnotation) {
      const ok = await files.remove(uri, String(a.id));
      result = ok ? { ok } : { ok, error: `no annotation ${String(a.id)}` };
    } else if (p.command === SERVER_COMMANDS.addSource) {
      result = { ok: true, path: await files.addSource(uri, String(a.name)) };
    } else result = { ok: false, error: `unknown command ${p.command}` };
  } catch (e) {
    result = { ok: false, error: (e as Error).message };
  }
  files.invalidate();
  changed();
  if (result.error) void connection.window.showErrorMessage(`Sourced: ${result.error}`);
  return result;
});

connection.onRequest(REPORT_REQUEST, async (p: ReportParams) => {
  const doc = documents.get(p.uri);
  if (!doc) return { markdown: '' };
  const st = await stateFor(doc);
  return { markdown: sourcingReport(doc.uri, st.analysis, st.findings, st.web.annotations.anchored) };
});

connection.onRequest(ANNOTATIONS_REQUEST, async (p: { uri: string }) => {
  const doc = documents.get(p.uri);
  if (!doc) return [];
  const st = await stateFor(doc);
  return st.web.annotations.anchored.map((x) => {
    const exact = quotedText(x.annotation) || (x.start === null ? '' : doc.getText().slice(x.start, x.end!));
    const what = [statusOf(x.annotation), noteOf(x.annotation), linkOf(x.annotation)].filter(Boolean).join(' · ');
    return { id: x.annotation.id, label: `${x.start === null ? '$(warning) orphaned: ' : ''}“${exact.slice(0, 50)}”`, description: `${x.annotation.motivation || 'no motivation'}${what ? ` — ${what}` : ''}`, start: x.start, end: x.end };
  });
});

// The Sources view: an article not open is read through the editor too.
connection.onRequest(FILE_SOURCES_REQUEST, async (p: { uri: string }): Promise<FileSource[]> => {
  try {
    const open = documents.get(p.uri);
    const text = open?.getText() ?? (await connection.sendRequest(READ_FILE_REQUEST, { uri: p.uri }) as ReadFileResult).text;
    if (text === null) return [];
    const web = await files.forDocument(p.uri, text);
    const a = analyze(text, web.workspace.kb, { languageId: open?.languageId ?? (/\.(md|markdown)$/i.test(p.uri) ? 'markdown' : 'news') });
    return a.attributions.map((at) => {
      const e = at.source.entity ? a.entities.find((x) => x.id === at.source.entity) : undefined;
      return { name: e?.name ?? at.source.text, kind: at.source.kind, start: at.source.start, end: at.source.end, cue: at.cue.text };
    });
  } catch {
    return [];
  }
});

registerEditorFeatures(connection as never, documents, { settingsFor }, (doc) => stateFor(doc), (_doc, st) => (st as WebState).web.annotations.verified.length);

documents.listen(connection);
connection.listen();
