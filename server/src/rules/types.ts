// The one shape every check has. A rule reads an Analysis and returns findings; it knows
// nothing about editors. Severity here is the default; configuration may change it.
import type { Analysis, Finding, Severity } from '../analysis/types';
import type { KnowledgeBase } from '../analysis/knowledge-port';

export interface RuleContext {
  kb: KnowledgeBase;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line for settings, SARIF and docs indexes. */
  summary: string;
  check(a: Analysis, ctx: RuleContext): Finding[];
}
