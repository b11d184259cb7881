// The language server for VS Code for the Web: the same analysis and rules, in a web worker.
// No file system there, so no workspace files or annotations: diagnostics and hovers only.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, DocumentDiagnosticReportKind, TextDocumentSyncKind } from 'vscode-languageserver/browser';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './analysis/analyze';
import { check } from './rules';
import { loadKnowledge } from './knowledge';
import { hoverAt } from './features/hover';
import { DiagnosticSeverity } from 'vscode-languageserver/browser';

import { InitializeGate } from './features/initialize-gate';

declare const self: unknown;
const writer = new BrowserMessageWriter(self as never);
const connection = createConnection(new InitializeGate(new BrowserMessageReader(self as never), (m) => void writer.write(m)), writer);
const documents = new TextDocuments(TextDocument);
const kb = loadKnowledge();
const cache = new Map<string, { version: number; result: ReturnType<typeof run> }>();

function run(doc: TextDocument) {
  const a = analyze(doc.getText(), kb, { languageId: doc.languageId });
  return { a, findings: check(a, { kb }) };
}
function get(doc: TextDocument) {
  const hit = cache.get(doc.uri);
  if (hit && hit.version === doc.version) return hit.result;
  const result = run(doc);
  cache.set(doc.uri, { version: doc.version, result });
  return result;
}
const SEV = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
  },
}));
connection.languages.diagnostics.on((p) => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const { findings } = get(doc);
  return {
    kind: DocumentDiagnosticReportKind.Full,
    items: findings.map((f) => ({ range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) }, severity: SEV[f.severity], source: 'sourced', code: f.rule, message: f.message })),
  };
});
connection.onHover((p) => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return null;
  const h = hoverAt(get(doc).a, doc.offsetAt(p.position));
  return h ? { contents: { kind: 'markdown', value: h.markdown } } : null;
});
documents.onDidClose((e) => cache.delete(e.document.uri));
documents.listen(connection);
connection.listen();
