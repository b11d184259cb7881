// Offsets <-> LSP positions and findings -> diagnostics. The only place that knows both shapes.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
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

/** URI of the folder of rule docs shipped inside the extension (docs/rules/), ending in '/'. */
let docsBase: string | undefined;

/** Sets where the rule docs are: the Node server passes a file URI, the web one the extension's URI. */
export function setDocsBase(base: string | undefined): void {
  docsBase = base && !base.endsWith('/') ? `${base}/` : base;
}

/** The rule's docs page (docs/rules/<id>.md), when the server knows where the docs are. */
export function docsUri(rule: string): string | undefined {
  return docsBase ? `${docsBase}${rule}.md` : undefined;
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const isRule = !['input', 'file-too-large', 'line-too-long', 'not-text', 'front-matter'].includes(f.rule);
  return {
    range: toRange(doc, f),
    severity: SEVERITY[f.severity],
    source: 'sourced',
    code: f.rule,
    codeDescription: isRule && docsUri(f.rule) ? { href: docsUri(f.rule)! } : undefined,
    message: f.message,
    relatedInformation: f.related.length
      ? f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message }))
      : undefined,
    data: { rule: f.rule, start: f.start, end: f.end, version: doc.version },
  };
}
