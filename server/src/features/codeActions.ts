// Quick fixes: each finding's fixes as code actions on the document version they were made for.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../analysis/types';
import { toDiagnostic, toRange } from './convert';

export const SERVER_COMMANDS = {
  annotate: 'sourced.server.annotate',
  removeAnnotation: 'sourced.server.removeAnnotation',
  addSource: 'sourced.server.addSource',
} as const;

function stripSnippet(s: string): string {
  return s.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

function overlaps(r: Range, doc: TextDocument, f: Finding): boolean {
  const s = doc.offsetAt(r.start);
  const e = doc.offsetAt(r.end);
  return f.start <= e && s <= Math.max(f.end, f.start + 1);
}

/** Turns a Fix into a CodeAction. Commands that need the user (verify, note) are client commands. */
function toAction(doc: TextDocument, f: Finding, fix: Fix, diagnostic: Diagnostic, snippets: boolean): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred };
  if (fix.edits.length) {
    action.edit = {
      documentChanges: [
        {
          textDocument: { uri: doc.uri, version: doc.version },
          edits: fix.edits.map((e) => ({ range: toRange(doc, e), newText: fix.snippet && !snippets ? stripSnippet(e.newText) : e.newText })),
        },
      ],
    };
  }
  if (fix.command) {
    const id = fix.command.id;
    const args = fix.command.args.map((a) => ({ uri: doc.uri, version: doc.version, ...(a as object) }));
    if (id === 'sourced.ignoreHere') {
      const a = args[0] as unknown as { rule: string; start: number; end: number };
      action.command = { title: fix.title, command: SERVER_COMMANDS.annotate, arguments: [{ uri: doc.uri, motivation: 'moderating', rule: a.rule, start: a.start, end: a.end }] };
    } else if (id === 'sourced.addSource') {
      action.command = { title: fix.title, command: SERVER_COMMANDS.addSource, arguments: args };
    } else action.command = { title: fix.title, command: id, arguments: args };
  }
  return action;
}

export function codeActions(doc: TextDocument, findings: Finding[], range: Range, only: string[] | undefined, snippets: boolean): CodeAction[] {
  const out: CodeAction[] = [];
  const wantQuickFix = !only || only.some((k) => k === CodeActionKind.QuickFix || k === 'quickfix' || k.startsWith('quickfix'));
  const wantFixAll = !only || only.some((k) => k === CodeActionKind.SourceFixAll || k.startsWith('source.fixAll'));
  if (wantQuickFix) {
    for (const f of findings) {
      if (!overlaps(range, doc, f)) continue;
      const d = toDiagnostic(doc, f);
      for (const fix of f.fixes) out.push(toAction(doc, f, fix, d, snippets));
    }
    // "Fix all of this kind" for rules whose fixes are safe to apply together.
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) {
      const safe = f.fixes.find((x) => x.preferred && x.edits.length && !x.snippet);
      if (!safe || !['inconsistent-name', 'weekday-date'].includes(f.rule)) continue;
      const l = byRule.get(f.rule) ?? [];
      l.push(f);
      byRule.set(f.rule, l);
    }
    for (const [rule, list] of byRule) {
      if (list.length < 2 || !list.some((f) => overlaps(range, doc, f))) continue;
      out.push(fixAll(doc, rule, list, `Fix all ${rule} in this article (${list.length})`, CodeActionKind.QuickFix));
    }
  }
  if (wantFixAll && only) {
    const safe = findings.filter((f) => ['inconsistent-name', 'weekday-date'].includes(f.rule) && f.fixes.some((x) => x.preferred && x.edits.length));
    if (safe.length) out.push(fixAll(doc, 'sourced', safe, 'Sourced: fix all safe findings', CodeActionKind.SourceFixAll));
  }
  return out;
}

function fixAll(doc: TextDocument, rule: string, list: Finding[], title: string, kind: string): CodeAction {
  const seen = new Set<string>();
  const edits = [];
  for (const f of list) {
    const fix = f.fixes.find((x) => x.preferred && x.edits.length)!;
    // Only the edit for this finding's own span: whole-document fixes would repeat.
    for (const e of fix.edits) {
      if (e.start !== f.start && fix.edits.length > 1) continue;
      const key = `${e.start}:${e.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push({ range: toRange(doc, e), newText: e.newText });
    }
  }
  return {
    title,
    kind,
    diagnostics: list.map((f) => toDiagnostic(doc, f)),
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] },
  };
}
