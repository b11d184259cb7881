// The web extension (VS Code for the Web: vscode.dev, github.dev, a browser-hosted VS Code):
// the language server runs in a web worker (dist/server.browser.js). The server has no file
// system: it asks this client for `.sourced.yaml` and the annotation files, which are read and
// written through vscode.workspace.fs wherever a file system provider serves the document.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivate, type SourcedApi } from './common';
import {
  READ_FILE_REQUEST, WRITE_FILE_REQUEST,
  type ReadFileParams, type ReadFileResult, type WriteFileParams, type WriteFileResult,
} from '../../server/src/shared/protocol';

export type { SourcedApi, ServerHealth } from './common';

// The web worker API of the extension host (the project compiles without the DOM library).
declare const Worker: { new (url: string): ConstructorParameters<typeof LanguageClient>[3] };
export { deactivate };

/** Why workspace files cannot be used for a URI here, or undefined when they can. */
function noFileSystem(uri: vscode.Uri): string | undefined {
  if (uri.scheme === 'untitled') return 'unsaved article: annotations need it saved in a workspace folder';
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === undefined) return `no file system for ${uri.scheme}: URIs here, so .sourced.yaml and annotations are unavailable`;
  return undefined;
}

async function readFile(p: ReadFileParams): Promise<ReadFileResult> {
  const uri = vscode.Uri.parse(p.uri);
  const none = noFileSystem(uri);
  if (none) return { text: null, unavailable: none };
  try {
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { text: null };
    // Any other failure (a folder of that name, no permission): as if absent, with the reason logged.
    console.warn(`Sourced: could not read ${p.uri}: ${(e as Error).message}`);
    return { text: null };
  }
}

async function writeFile(p: WriteFileParams): Promise<WriteFileResult> {
  const uri = vscode.Uri.parse(p.uri);
  const none = noFileSystem(uri);
  if (none) return { ok: false, error: none };
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return { ok: false, error: `the ${uri.scheme}: file system is read-only` };
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(p.text));
    return { ok: true };
  } catch (e) {
    return { ok: false, error: `could not write ${p.uri}: ${(e as Error).message}` };
  }
}

/**
 * The URL the server's worker is started from. A worker needs a URL the browser can fetch: the
 * extension's own URI when it is http(s) (vscode.dev); otherwise (a vscode-remote: extension,
 * which the web extension host cannot start workers from) the script is read through the file
 * system once and served from a blob: URL.
 */
async function serverScriptUrl(context: vscode.ExtensionContext): Promise<string> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.browser.js');
  if (main.scheme === 'http' || main.scheme === 'https') return main.toString(true);
  const code = await vscode.workspace.fs.readFile(main);
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

export async function activate(context: vscode.ExtensionContext): Promise<SourcedApi> {
  const script = await serverScriptUrl(context);
  return activateWith(context, {
    createClient(_ctx, options) {
      const c = new LanguageClient('sourced', 'Sourced', options, new Worker(script));
      c.onRequest(READ_FILE_REQUEST, readFile);
      c.onRequest(WRITE_FILE_REQUEST, writeFile);
      return c;
    },
    serverPid: () => undefined,
    initializationOptions: (ctx) => ({ docsBase: vscode.Uri.joinPath(ctx.extensionUri, 'docs', 'rules').toString(true) }),
    unavailable: (doc) => noFileSystem(doc.uri),
  });
}
