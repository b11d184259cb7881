// One document checked as its workspace says: the editor (features/state.ts), the server's
// analysis worker and `sourced check` all go through here, so they find the same things.
import { analyze, type AnalyzeOptions } from '../analysis/analyze';
import type { Analysis, Finding } from '../analysis/types';
import { check, type SeverityOverride } from '../rules';
import type { Workspace } from '.';

export interface CheckDocumentOptions extends AnalyzeOptions {
  /** Severities that win over the workspace's (the editor's settings). */
  rules?: Record<string, SeverityOverride>;
  /** Keep the hints rules lower their own findings to (the editor's `sourced.hints`). */
  hints?: boolean;
}

/** Analysis and findings of `text` (at `path`, null when unsaved); an ignored file has none. */
export function checkDocument(text: string, path: string | null, ws: Workspace, options: CheckDocumentOptions = {}): { analysis: Analysis; findings: Finding[] } {
  if (ws.ignored) return { analysis: analyze('', ws.kb), findings: [] };
  const { rules, hints, ...analyzeOptions } = options;
  const analysis = analyze(text, ws.kb, analyzeOptions);
  const findings = check(analysis, {
    kb: ws.kb,
    severities: { ...ws.severities, ...rules },
    suppressions: path ? ws.suppressionsFor(path, text) : [],
    verified: path ? ws.verifiedFor(path, text) : [],
    hints,
  });
  return { analysis, findings };
}
