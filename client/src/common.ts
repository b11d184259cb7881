// The VS Code side of Sourced, shared by the desktop extension (extension.ts: the server in a
// Node process) and the web one (browser.ts: the server in a web worker). Starts the language
// server, keeps it running, and offers the commands that need the user (a URL, a note).
// Everything about articles happens in the server.
import * as vscode from 'vscode';
import {
  RevealOutputChannelOn, State, CloseAction, ErrorAction,
  type BaseLanguageClient, type LanguageClientOptions, type DocumentSelector,
} from 'vscode-languageclient';
import { REPORT_REQUEST, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/shared/protocol';
import { registerSourcesView } from './sourcesView';
import { RestartPolicy } from './restartPolicy';

type LanguageClient = BaseLanguageClient;

/** What differs between the Node and the web extension. */
export interface Platform {
  /** Makes the language client (not started). */
  createClient(context: vscode.ExtensionContext, options: LanguageClientOptions): LanguageClient;
  /** Process id of the server, where there is one. */
  serverPid(client: LanguageClient): number | undefined;
  /** URI schemes of the documents checked (undefined: any scheme). */
  schemes?: string[];
  /** Options the server needs besides trust (the web server: where the rule docs are). */
  initializationOptions?(context: vscode.ExtensionContext): Record<string, unknown>;
  /** What is unavailable for a document here (the web: no file system for its scheme), if anything. */
  unavailable?(doc: vscode.TextDocument): string | undefined;
}
let platform: Platform;

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.LanguageStatusItem | undefined;
const lastStatus = new Map<string, StatusParams & { unavailable?: string }>();

/**
 * What the client knows of the language server process: shown in the Sourced output and the
 * status item, and returned by `health()` of the extension's API (the end-to-end tests read it).
 */
export interface ServerHealth {
  /** 'stopped': it crashed too often and was not restarted; "Sourced: Restart server" starts it. */
  state: 'starting' | 'running' | 'restarting' | 'stopped';
  /** Process id of the running server. */
  pid: number | undefined;
  /** Server processes started since the extension was activated. */
  starts: number;
  crashes: { pid: number | undefined; at: string; restarted: boolean }[];
  /** The messages shown to the user about the server, oldest first. */
  notices: string[];
  trusted: boolean;
  status: { text: string; detail: string | undefined; severity: 'information' | 'warning' | 'error' } | undefined;
}
const health: Omit<ServerHealth, 'status' | 'trusted'> = { state: 'starting', pid: undefined, starts: 0, crashes: [], notices: [] };
/** More than 4 crashes within 3 minutes is a crash loop: the server is then left stopped. */
const restartPolicy = new RestartPolicy(4, 3 * 60_000);

function healthSnapshot(): ServerHealth {
  const severity = status?.severity === vscode.LanguageStatusSeverity.Error ? 'error'
    : status?.severity === vscode.LanguageStatusSeverity.Warning ? 'warning' : 'information';
  return {
    ...health,
    crashes: health.crashes.map((c) => ({ ...c })),
    notices: [...health.notices],
    trusted: vscode.workspace.isTrusted,
    status: status && { text: status.text, detail: status.detail, severity },
  };
}

/** Tells the user about the server: a notification that can open the output or restart. */
function tell(kind: 'warning' | 'error', message: string): void {
  health.notices.push(message);
  const actions = kind === 'error' ? ['Restart server', 'Show output'] : ['Show output'];
  const show = kind === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
  void show(message, ...actions).then((pick) => {
    if (pick === 'Show output') output.show(true);
    else if (pick === 'Restart server') void vscode.commands.executeCommand('sourced.restartServer');
  });
}

function selector(): DocumentSelector {
  const extra = vscode.workspace.getConfiguration('sourced').get<string[]>('languages', []);
  const langs = ['news', ...extra.filter((l) => l !== 'news')];
  const schemes = platform.schemes;
  return langs.flatMap((language) => (schemes ? schemes.map((scheme) => ({ scheme, language })) : [{ language }]));
}

function languageIds(): string[] {
  return (selector() as { language: string }[]).map((s) => s.language);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { trusted: vscode.workspace.isTrusted, ...platform.initializationOptions?.(context) },
    synchronize: {
      configurationSection: 'sourced',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.sourced.{yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/.sourced/annotations/**/*.json'),
      ],
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // The connection closed while the client was not stopping it: the server process died.
      closed: () => {
        const pid = health.pid;
        health.pid = undefined;
        const { restart, recent } = restartPolicy.crashed();
        health.crashes.push({ pid, at: new Date().toISOString(), restarted: restart });
        const which = `The language server${pid !== undefined ? ` (pid ${pid})` : ''}`;
        const minutes = Math.round(restartPolicy.windowMs / 60_000);
        if (restart) {
          health.state = 'restarting';
          tell('warning', 'Sourced: the language server stopped unexpectedly and has been restarted.');
          // handled: the library logs this message to the output instead of notifying again.
          return {
            action: CloseAction.Restart, handled: true,
            message: `${which} stopped unexpectedly; restarting it (${recent} of ${restartPolicy.maxRestarts} restarts allowed within ${minutes} minutes).`,
          };
        }
        health.state = 'stopped';
        updateStatus();
        tell('error', 'Sourced: the language server keeps stopping and was not restarted; see the Sourced output. Use "Sourced: Restart server" to try again.');
        return {
          action: CloseAction.DoNotRestart, handled: true,
          message: `${which} stopped unexpectedly, ${recent} times within ${minutes} minutes; it is not restarted. Run "Sourced: Restart server" to start it again.`,
        };
      },
    },
  };
  const c = platform.createClient(context, clientOptions);
  client = c;
  c.onDidChangeState((e) => {
    if (client !== c) return; // a client being replaced by "Restart server"
    if (e.newState === State.Starting) {
      if (health.state !== 'restarting') health.state = 'starting';
    } else if (e.newState === State.Running) {
      health.state = 'running';
      health.pid = platform.serverPid(c);
      health.starts++;
      output.appendLine(`Sourced language server running${health.pid !== undefined ? ` (pid ${health.pid})` : ''}${vscode.workspace.isTrusted ? '' : ' in Restricted Mode: .sourced.yaml and annotation files are not read'}.`);
      updateStatus();
    }
  });
  await client.start();
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams & { unavailable?: string }) => {
    lastStatus.set(p.uri, p);
    updateStatus();
  });
}

function updateStatus(): void {
  if (!status) return;
  if (health.state === 'stopped') {
    status.text = '$(error) Sourced: server stopped';
    status.detail = 'the language server kept crashing; articles are not checked';
    status.severity = vscode.LanguageStatusSeverity.Error;
    status.command = { title: 'Restart server', command: 'sourced.restartServer' };
    return;
  }
  status.command = { title: 'Sourcing report', command: 'sourced.showReport' };
  const restricted = vscode.workspace.isTrusted ? '' : ' · Restricted Mode: .sourced.yaml and annotations not read';
  const doc = vscode.window.activeTextEditor?.document;
  const p = doc ? lastStatus.get(doc.uri.toString()) : undefined;
  // The web extension: what cannot be read or written for this document (no file system).
  const missing = (doc && platform.unavailable?.(doc)) ?? p?.unavailable;
  const unavailable = missing && vscode.workspace.isTrusted ? ` · ${missing}` : '';
  if (!p) {
    status.text = 'Sourced';
    status.detail = `checking…${restricted}${unavailable}`;
    status.severity = vscode.LanguageStatusSeverity.Information;
    return;
  }
  if (p.skipped) {
    status.text = 'Sourced: not checked';
    status.detail = `${p.skipped}${restricted}`;
    status.severity = vscode.LanguageStatusSeverity.Warning;
    return;
  }
  status.severity = p.unsourced ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  status.text = `$(quote) ${p.sourced}/${p.claims} claims sourced`;
  status.detail = `${p.entities} entities · ${p.unsourced} unsourced · ${p.verified} verified${restricted}${unavailable}`;
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  if (old) await old.stop().catch(() => undefined);
  restartPolicy.reset();
  health.state = 'starting';
  health.pid = undefined;
  await startClient(context);
  resetStatusItem();
}

function resetStatusItem(): void {
  status?.dispose();
  status = vscode.languages.createLanguageStatusItem('sourced.status', languageIds());
  status.name = 'Sourced';
  updateStatus();
}

/**
 * What a command acts on: the selection; else the Sourced finding under the cursor (the figure or
 * quote a claim turns on); else the sentence at the cursor (a full stop inside a number such as
 * "5.5" does not end it).
 */
function targetRange(editor: vscode.TextEditor, given?: { start: number; end: number }): { start: number; end: number } | undefined {
  if (given && typeof given.start === 'number') return given;
  const doc = editor.document;
  const sel = editor.selection;
  const span = (r: vscode.Range) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) });
  if (!sel.isEmpty) return span(sel);
  const finding = vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'sourced' && d.range.contains(sel.active) && !d.range.isEmpty);
  if (finding) return span(finding.range);
  const range = doc.getWordRangeAtPosition(sel.active, /(?:[^.!?\n]|\.(?=\d))+[.!?]?/);
  return range ? span(range) : undefined;
}

async function annotate(motivation: 'assessing' | 'commenting' | 'linking', arg?: { uri?: string; start: number; end: number }): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const range = targetRange(editor, arg);
  if (!range) {
    void vscode.window.showInformationMessage('Sourced: select the words to annotate.');
    return;
  }
  const args: Record<string, unknown> = { uri: arg?.uri ?? editor.document.uri.toString(), motivation, ...range };
  if (motivation === 'assessing') {
    args.status = 'verified';
    const link = await vscode.window.showInputBox({ title: 'Mark verified', prompt: 'Source URL (optional)', placeHolder: 'https://…', validateInput: (v) => (!v || /^https?:\/\/\S+$/.test(v) ? null : 'Enter a http(s) URL or leave empty') });
    if (link === undefined) return;
    const note = await vscode.window.showInputBox({ title: 'Mark verified', prompt: 'Note (optional)' });
    if (note === undefined) return;
    if (link) args.link = link;
    if (note) args.note = note;
  } else if (motivation === 'commenting') {
    const note = await vscode.window.showInputBox({ title: 'Add a note', prompt: 'Note on the selection, or on the sentence at the cursor' });
    if (!note) return;
    args.note = note;
  } else {
    const link = await vscode.window.showInputBox({ title: 'Add a source link', prompt: 'URL of the source', validateInput: (v) => (/^https?:\/\/\S+$/.test(v) ? null : 'Enter a http(s) URL') });
    if (!link) return;
    args.link = link;
  }
  const result = (await client.sendRequest('workspace/executeCommand', { command: 'sourced.server.annotate', arguments: [args] })) as { ok: boolean; error?: string };
  if (result?.ok) void vscode.window.setStatusBarMessage('Sourced: annotation saved', 3000);
}

/** Sourcing reports by virtual document URI (sourced-report:/<article>.sourcing.md?<article uri>). */
const REPORT_SCHEME = 'sourced-report';
const reports = new Map<string, string>();
const reportChanged = new vscode.EventEmitter<vscode.Uri>();

async function showReport(uri?: string, save = false): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
  if (!target || !client) return;
  const { markdown } = (await client.sendRequest(REPORT_REQUEST, { uri: target })) as { markdown: string };
  if (save) {
    const dest = await vscode.window.showSaveDialog({ filters: { Markdown: ['md'] }, defaultUri: vscode.Uri.parse(target.replace(/\.[^./]+$/, '') + '.sourcing.md') });
    if (!dest) return;
    await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(markdown));
    void vscode.window.showInformationMessage(`Sourced: report saved to ${dest.fsPath}`);
    return;
  }
  // A read-only virtual document, shown as a Markdown preview. (An untitled document would also
  // open as a dirty "Untitled" tab that asks to be saved when closed.)
  const name = decodeURIComponent(target.split('/').pop() ?? 'article').replace(/\.[^.]+$/, '');
  const reportUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.sourcing.md`, query: target });
  reports.set(reportUri.toString(), markdown);
  reportChanged.fire(reportUri);
  await vscode.commands.executeCommand('markdown.showPreview', reportUri).then(undefined, async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reportUri));
  });
}

/**
 * The walkthrough's example: a copy of the bundled article in the extension's storage (a file,
 * so that marks can be saved beside it), opened as news. An earlier copy is replaced.
 */
async function openExample(context: vscode.ExtensionContext): Promise<void> {
  const source = vscode.Uri.joinPath(context.extensionUri, 'examples', 'harbour-bridge.news');
  const folder = vscode.Uri.joinPath(context.globalStorageUri, 'example');
  const copy = vscode.Uri.joinPath(folder, 'harbour-bridge.news');
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(source));
  const doc = await vscode.workspace.openTextDocument(copy);
  await vscode.window.showTextDocument(doc, { preview: false });
}

/** The extension's API: the language client, and the state of its server (see ServerHealth). */
export interface SourcedApi {
  client(): LanguageClient | undefined;
  health(): ServerHealth;
}

export async function activateWith(context: vscode.ExtensionContext, on: Platform): Promise<SourcedApi> {
  platform = on;
  output = vscode.window.createOutputChannel('Sourced');
  context.subscriptions.push(output);
  await startClient(context);
  resetStatusItem();
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: a new language list needs a restart.
      if (e.affectsConfiguration('sourced.languages')) {
        output.appendLine('sourced.languages changed: restarting the server.');
        await restart(context);
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context)),
    vscode.commands.registerCommand('sourced.restartServer', () => restart(context)),
    vscode.commands.registerCommand('sourced.markVerified', (arg) => annotate('assessing', arg)),
    vscode.commands.registerCommand('sourced.addNote', (arg) => annotate('commenting', arg)),
    vscode.commands.registerCommand('sourced.addLink', (arg) => annotate('linking', arg)),
    vscode.commands.registerCommand('sourced.showReport', (uri?: string) => showReport(typeof uri === 'string' ? uri : undefined)),
    vscode.commands.registerCommand('sourced.exportReport', (uri?: string) => showReport(typeof uri === 'string' ? uri : undefined, true)),
    vscode.commands.registerCommand('sourced.listAnnotations', () => listAnnotations()),
    vscode.commands.registerCommand('sourced.removeAnnotation', () => listAnnotations(true)),
    vscode.commands.registerCommand('sourced.showOutput', () => output.show()),
    vscode.commands.registerCommand('sourced.openExample', () => openExample(context)),
  );
  context.subscriptions.push(reportChanged, vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
    onDidChange: reportChanged.event,
    provideTextDocumentContent: (uri) => reports.get(uri.toString()) ?? '',
  }));
  registerSourcesView(context, () => client);
  return { client: () => client, health: healthSnapshot };
}

async function listAnnotations(remove = false): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const items = (await client.sendRequest('sourced/annotations', { uri: editor.document.uri.toString() })) as { id: string; label: string; description: string; start: number | null; end: number | null }[];
  if (!items.length) {
    void vscode.window.showInformationMessage('Sourced: this article has no annotations.');
    return;
  }
  const pick = await vscode.window.showQuickPick(items.map((i) => ({ label: i.label, description: i.description, item: i })), { title: remove ? 'Remove which annotation?' : 'Annotations in this article' });
  if (!pick) return;
  if (remove) {
    await client.sendRequest('workspace/executeCommand', { command: 'sourced.server.removeAnnotation', arguments: [{ uri: editor.document.uri.toString(), id: pick.item.id }] });
    return;
  }
  if (pick.item.start !== null && pick.item.end !== null) {
    const r = new vscode.Range(editor.document.positionAt(pick.item.start), editor.document.positionAt(pick.item.end));
    editor.selection = new vscode.Selection(r.start, r.end);
    editor.revealRange(r, vscode.TextEditorRevealType.InCenter);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
