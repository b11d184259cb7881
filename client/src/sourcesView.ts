// The Sources view in the Explorer: every source cited across the workspace's articles,
// built by a scan that shows progress and can be cancelled.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { FILE_SOURCES_REQUEST, type FileSource } from '../../server/src/shared/protocol';

interface SourceNode {
  name: string;
  kind: string;
  uses: { uri: string; start: number; end: number; cue: string }[];
}

class SourcesProvider implements vscode.TreeDataProvider<SourceNode | SourceNode['uses'][number]> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  sources: SourceNode[] = [];

  set(list: SourceNode[]): void {
    this.sources = list;
    this.changed.fire();
  }

  getTreeItem(el: SourceNode | SourceNode['uses'][number]): vscode.TreeItem {
    if ('name' in el) {
      const item = new vscode.TreeItem(el.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${el.kind} · ${el.uses.length}`;
      item.iconPath = new vscode.ThemeIcon(el.kind === 'person' ? 'person' : el.kind === 'publication' || el.kind === 'wire' ? 'book' : el.kind === 'anonymous' || el.kind === 'vague' ? 'question' : 'organization');
      return item;
    }
    const uri = vscode.Uri.parse(el.uri);
    const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(uri)}`, vscode.TreeItemCollapsibleState.None);
    item.description = el.cue;
    item.command = { title: 'Open', command: 'sourced.openSourceUse', arguments: [el] };
    return item;
  }

  getChildren(el?: SourceNode | SourceNode['uses'][number]) {
    if (!el) return this.sources;
    return 'name' in el ? el.uses : [];
  }
}

export function registerSourcesView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const provider = new SourcesProvider();
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('sourced.sources', provider),
    vscode.commands.registerCommand('sourced.scanSources', () => scan(provider, client())),
    vscode.commands.registerCommand('sourced.openSourceUse', async (use: { uri: string; start: number; end: number }) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(use.uri));
      const editor = await vscode.window.showTextDocument(doc);
      const r = new vscode.Range(doc.positionAt(use.start), doc.positionAt(use.end));
      editor.selection = new vscode.Selection(r.start, r.end);
      editor.revealRange(r, vscode.TextEditorRevealType.InCenter);
    }),
  );
}

async function scan(provider: SourcesProvider, client: LanguageClient | undefined): Promise<number> {
  if (!client) return 0;
  const extra = vscode.workspace.getConfiguration('sourced').get<string[]>('languages', []);
  const globs = ['**/*.news', '**/*.article', ...(extra.includes('markdown') ? ['**/*.md'] : []), ...(extra.includes('plaintext') ? ['**/*.txt'] : [])];
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Sourced: scanning articles for sources', cancellable: true },
    async (progress, token) => {
      const files = (await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, '**/{node_modules,.git,.sourced}/**', 5000)))).flat();
      const byName = new Map<string, SourceNode>();
      let done = 0;
      for (const f of files) {
        if (token.isCancellationRequested) break;
        const found = (await client.sendRequest(FILE_SOURCES_REQUEST, { uri: f.toString() })) as FileSource[];
        for (const s of found) {
          const key = `${s.kind}:${s.name}`;
          const node = byName.get(key) ?? { name: s.name, kind: s.kind, uses: [] };
          node.uses.push({ uri: f.toString(), start: s.start, end: s.end, cue: s.cue });
          byName.set(key, node);
        }
        done++;
        progress.report({ increment: 100 / files.length, message: `${done}/${files.length}` });
      }
      provider.set([...byName.values()].sort((a, b) => b.uses.length - a.uses.length || a.name.localeCompare(b.name)));
      if (token.isCancellationRequested) void vscode.window.showInformationMessage(`Sourced: scan cancelled after ${done} of ${files.length} articles.`);
      return done;
    },
  );
}
