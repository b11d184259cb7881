// The VS Code side of Sourced: starts the language server, keeps it running, and offers the
// commands that need the user (a URL, a note). Everything about articles happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient, RevealOutputChannelOn, TransportKind, State, CloseAction, ErrorAction,
  type LanguageClientOptions, type ServerOptions, type DocumentSelector,
} from 'vscode-languageclient/node';
import { REPORT_REQUEST, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/shared/protocol';
import { registerSourcesView } from './sourcesView';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.LanguageStatusItem | undefined;
const lastStatus = new Map<string, StatusParams>();

function selector(): DocumentSelector {
  const extra = vscode.workspace.getConfiguration('sourced').get<string[]>('languages', []);
  const langs = ['news', ...extra.filter((l) => l !== 'news')];
  return langs.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]);
}

function languageIds(): string[] {
  return (selector() as { language: string }[]).map((s) => s.language);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  let restarts = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { trusted: vscode.workspace.isTrusted },
    synchronize: {
      configurationSection: 'sourced',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.sourced.{yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/.sourced/annotations/**/*.json'),
      ],
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        restarts++;
        if (restarts <= 4) {
          void vscode.window.showWarningMessage('Sourced: the language server stopped unexpectedly and has been restarted.');
          return { action: CloseAction.Restart };
        }
        void vscode.window.showErrorMessage('Sourced: the language server keeps stopping; see the Sourced output. Use "Sourced: Restart server" to try again.');
        return { action: CloseAction.DoNotRestart };
      },
    },
  };
  client = new LanguageClient('sourced', 'Sourced', serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) output.appendLine('Sourced language server running.');
  });
  await client.start();
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    lastStatus.set(p.uri, p);
    updateStatus();
  });
}

function updateStatus(): void {
  if (!status) return;
  const doc = vscode.window.activeTextEditor?.document;
  const p = doc ? lastStatus.get(doc.uri.toString()) : undefined;
  if (!p) {
    status.text = 'Sourced';
    status.detail = 'checking…';
    return;
  }
  if (p.skipped) {
    status.text = 'Sourced: not checked';
    status.detail = p.skipped;
    status.severity = vscode.LanguageStatusSeverity.Warning;
    return;
  }
  status.severity = p.unsourced ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  status.text = `$(quote) ${p.sourced}/${p.claims} claims sourced`;
  status.detail = `${p.entities} entities · ${p.unsourced} unsourced · ${p.verified} verified`;
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = undefined;
  await startClient(context);
  resetStatusItem();
}

function resetStatusItem(): void {
  status?.dispose();
  status = vscode.languages.createLanguageStatusItem('sourced.status', languageIds());
  status.name = 'Sourced';
  status.command = { title: 'Sourcing report', command: 'sourced.showReport' };
  updateStatus();
}

/** The selection, or the sentence-sized diagnostic range under the cursor. */
function targetRange(editor: vscode.TextEditor, given?: { start: number; end: number }): { start: number; end: number } | undefined {
  if (given && typeof given.start === 'number') return given;
  const sel = editor.selection;
  if (!sel.isEmpty) return { start: editor.document.offsetAt(sel.start), end: editor.document.offsetAt(sel.end) };
  const range = editor.document.getWordRangeAtPosition(sel.active, /[^.!?\n]+[.!?]?/);
  return range ? { start: editor.document.offsetAt(range.start), end: editor.document.offsetAt(range.end) } : undefined;
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
    const note = await vscode.window.showInputBox({ title: 'Add a note', prompt: 'Note on the selected text' });
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
    await vscode.workspace.fs.writeFile(dest, Buffer.from(markdown, 'utf8'));
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

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
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
  );
  context.subscriptions.push(reportChanged, vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
    onDidChange: reportChanged.event,
    provideTextDocumentContent: (uri) => reports.get(uri.toString()) ?? '',
  }));
  registerSourcesView(context, () => client);
  return { client: () => client };
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
