// Offsets <-> LSP positions and findings -> diagnostics. The only place that knows both shapes.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span } from '../analysis/types';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule's docs page, shipped inside the extension (docs/rules/<id>.md). */
export function docsUri(rule: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${rule}.md`)).toString();
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const isRule = !['input', 'file-too-large', 'line-too-long', 'not-text', 'front-matter'].includes(f.rule);
  return {
    range: toRange(doc, f),
    severity: SEVERITY[f.severity],
    source: 'sourced',
    code: f.rule,
    codeDescription: isRule ? { href: docsUri(f.rule) } : undefined,
    message: f.message,
    relatedInformation: f.related.length
      ? f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message }))
      : undefined,
    data: { rule: f.rule, start: f.start, end: f.end, version: doc.version },
  };
}
