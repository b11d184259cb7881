// "Add the article date": offered at a date in the text when the article has no date of its own,
// so that weekdays and relative dates ("last Tuesday") can be checked. Writes `date:` front
// matter with today's date, which the writer corrects if the story is for another day.
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';

export interface DateEdit {
  start: number;
  end: number;
  newText: string;
}

/** The edit that gives the article a date, or null when it has one or its front matter is broken. */
export function articleDateEdit(a: Analysis, today: string): DateEdit | null {
  if (a.articleDate) return null;
  const fm = a.frontMatter;
  if (fm?.error) return null;
  if (fm) {
    // After the opening fence's line.
    const nl = a.text.indexOf('\n', fm.span.start);
    if (nl < 0 || nl >= fm.span.end) return null;
    const eol = a.text[nl - 1] === '\r' ? '\r\n' : '\n';
    return { start: nl + 1, end: nl + 1, newText: `date: ${today}${eol}` };
  }
  const bom = a.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = a.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: bom, end: bom, newText: `---${eol}date: ${today}${eol}---${eol}${eol}` };
}

export function dateActions(doc: TextDocument, a: Analysis, range: Range, only: string[] | undefined, now = new Date()): CodeAction[] {
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || k.startsWith('quickfix'))) return [];
  if (a.articleDate) return [];
  const s = doc.offsetAt(range.start);
  const e = doc.offsetAt(range.end);
  if (!a.dates.some((d) => d.start <= e && s <= d.end)) return [];
  const today = now.toISOString().slice(0, 10);
  const edit = articleDateEdit(a, today);
  if (!edit) return [];
  return [{
    title: `Add the article date (date: ${today} in front matter)`,
    kind: CodeActionKind.QuickFix,
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.newText }] }] },
  }];
}
