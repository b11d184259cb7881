// The one shape every check has. A rule reads an Analysis and returns findings; it knows
// nothing about editors. Severity here is the default; configuration may change it.
import type { Analysis, Finding, Severity } from '../analysis/types';
import type { KnowledgeBase } from '../analysis/knowledge-port';

export interface RuleContext {
  kb: KnowledgeBase;
  /** The engine drops the hints this rule lowers its own findings to (CheckOptions.hints is off):
   *  the rule may leave them out rather than build their messages and fixes. */
  dropsOwnHints?: boolean;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line for settings, SARIF and docs indexes. */
  summary: string;
  check(a: Analysis, ctx: RuleContext): Finding[];
}
