// What the language server offers, the same in Node and in the browser's web worker.
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { SERVER_COMMANDS } from './codeActions';

export const SEMANTIC_TOKEN_LEGEND = {
  tokenTypes: ['person', 'organisation', 'place', 'publication', 'attributionCue', 'boilerplate'],
  tokenModifiers: ['unsourced'],
};

export const SERVER_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.sourced'], resolveProvider: false },
  executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
  diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
  documentSymbolProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  inlayHintProvider: true,
  codeLensProvider: { resolveProvider: false },
  semanticTokensProvider: { legend: SEMANTIC_TOKEN_LEGEND, full: true },
};

export const SERVER_INFO = { name: 'sourced', version: '0.1.0' };
