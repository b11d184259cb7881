// Commands the server carries out: annotate (verify, note, link, ignore), remove an annotation,
// add a publication to the workspace sources registry.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addAnnotation, removeAnnotation, type NewAnnotation } from '../annotations/store';
import { workspaceFor } from '../workspace';
import { readConfigFile } from '../workspace/config-file';
import { SERVER_COMMANDS } from './codeActions';
import { withSourceAdded } from './sources-config';

export interface CommandContext {
  document(uri: string): TextDocument | undefined;
  author(uri: string): string;
  trusted(): boolean;
}

export interface CommandResult {
  ok: boolean;
  id?: string;
  error?: string;
  path?: string;
}

type AnnotateArgs = Omit<NewAnnotation, 'author'> & { uri: string };

function rootFor(uri: string): { root: string; path: string } | { error: string } {
  if (!uri.startsWith('file:')) return { error: 'save the article first: annotations are stored beside it in the workspace' };
  const path = fileURLToPath(uri);
  const ws = workspaceFor(path, true);
  return { root: ws.root ?? join(path, '..'), path };
}

export async function runCommand(command: string, args: unknown[], ctx: CommandContext): Promise<CommandResult> {
  try {
    if (!ctx.trusted()) return { ok: false, error: 'this workspace is not trusted: Sourced does not write annotation or configuration files in it' };
    const a = (args[0] ?? {}) as Record<string, unknown>;
    if (command === SERVER_COMMANDS.annotate) {
      const p = a as unknown as AnnotateArgs;
      const doc = ctx.document(p.uri);
      if (!doc) return { ok: false, error: 'the article is not open' };
      const where = rootFor(p.uri);
      if ('error' in where) return { ok: false, error: where.error };
      const text = doc.getText();
      const start = Math.max(0, Math.min(p.start, text.length));
      const end = Math.max(start, Math.min(p.end, text.length));
      if (end === start) return { ok: false, error: 'select the words to annotate first' };
      const ann = addAnnotation(where.root, where.path, text, {
        motivation: p.motivation, start, end, status: p.status, note: p.note, link: p.link, rule: p.rule, author: ctx.author(p.uri) || undefined,
      });
      return { ok: true, id: ann.id };
    }
    if (command === SERVER_COMMANDS.removeAnnotation) {
      const where = rootFor(String(a.uri));
      if ('error' in where) return { ok: false, error: where.error };
      const ok = removeAnnotation(where.root, where.path, String(a.id));
      return ok ? { ok } : { ok, error: `no annotation ${String(a.id)}` };
    }
    if (command === SERVER_COMMANDS.addSource) {
      const where = rootFor(String(a.uri));
      if ('error' in where) return { ok: false, error: where.error };
      return addSourceToConfig(where.root, String(a.name));
    }
    return { ok: false, error: `unknown command ${command}` };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Appends a publication to `sources:` in .sourced.yaml, keeping the file's comments and layout. */
export function addSourceToConfig(root: string, name: string): CommandResult {
  const path = [join(root, '.sourced.yaml'), join(root, '.sourced.yml')].find(existsSync) ?? join(root, '.sourced.yaml');
  const read = existsSync(path) ? readConfigFile(path) : null;
  if (read && 'problem' in read) return { ok: false, error: `${read.problem.replace(/; defaults used$/, '')}: Sourced will not rewrite it` };
  const next = withSourceAdded(read ? read.text : null, name, path);
  if ('error' in next) return { ok: false, error: next.error };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, next.text);
  renameSync(tmp, path);
  return { ok: true, path };
}
