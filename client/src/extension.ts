// The desktop (and remote) extension: the language server runs as a Node process over IPC.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivate, type SourcedApi } from './common';

export type { SourcedApi, ServerHealth } from './common';
export { deactivate };

export function activate(context: vscode.ExtensionContext): Promise<SourcedApi> {
  return activateWith(context, {
    createClient(ctx, options) {
      const module = ctx.asAbsolutePath(path.join('dist', 'server.js'));
      // Where the server keeps V8's code cache of its bundle, made by this editor's Node (server/src/start/server-start.ts).
      const env = { ...process.env, SOURCED_CODE_CACHE_DIR: ctx.globalStorageUri.fsPath };
      const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { env } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
      };
      return new LanguageClient('sourced', 'Sourced', serverOptions, options);
    },
    // vscode-languageclient forks the server itself and keeps the child process in a field it
    // does not expose; undefined if a later version renames it.
    serverPid(c) {
      const proc = (c as unknown as { _serverProcess?: { pid?: unknown } })._serverProcess;
      return typeof proc?.pid === 'number' ? proc.pid : undefined;
    },
    schemes: ['file', 'untitled'],
  });
}
