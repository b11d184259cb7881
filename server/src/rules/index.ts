// The rule catalogue and the engine that runs it with the configured severities.
import type { Analysis, Finding, Severity } from '../analysis/types';
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Rule } from './types';
import { maskSpans } from '../analysis/paragraphs';
import { unsourcedStatistic } from './unsourced-statistic';
import { unattributedQuote } from './unattributed-quote';
import { vagueAttribution } from './vague-attribution';
import { anonymousSource } from './anonymous-source';
import { unknownSource } from './unknown-source';
import { inconsistentName } from './inconsistent-name';
import { inconsistentFigure } from './inconsistent-figure';
import { firstReference } from './first-reference';
import { weekdayDate } from './weekday-date';
import { unbalancedQuote } from './unbalanced-quote';
import { headlineUnsupported } from './headline-unsupported';

export type { Rule } from './types';

export const RULES: readonly Rule[] = [
  unsourcedStatistic, unattributedQuote, vagueAttribution, anonymousSource, unknownSource, inconsistentName,
  inconsistentFigure, firstReference, weekdayDate, unbalancedQuote, headlineUnsupported,
];

export type SeverityOverride = Severity | 'off';

export interface Suppression {
  rule: string;
  start: number;
  end: number;
}

export interface CheckOptions {
  kb: KnowledgeBase;
  /** Per-rule severity or 'off'. */
  severities?: Record<string, SeverityOverride>;
  /** Findings of `rule` overlapping these ranges are not reported ("ignore here"). */
  suppressions?: Suppression[];
  /** Ranges the user verified: claims there raise no unsourced warnings. */
  verified?: { start: number; end: number }[];
  /** Time spent per rule, in ms, added to this map when given (for the bench). */
  timings?: Map<string, number>;
}

const VERIFIABLE = new Set(['unsourced-statistic', 'unattributed-quote', 'vague-attribution', 'anonymous-source', 'headline-unsupported']);

/** Markdown: `<!-- sourced-disable-next-line rule-a rule-b -->` and `<!-- sourced-disable rule -->`. */
function inlineSuppressions(text: string): { fileRules: Set<string>; lines: Map<number, Set<string>> } {
  const fileRules = new Set<string>();
  const lines = new Map<number, Set<string>>();
  if (!text.includes('sourced-disable')) return { fileRules, lines };
  const re = /<!--\s*sourced-disable(-next-line)?\s([^<>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const body = m[2].trimEnd();
    if (!body.endsWith('--')) continue;
    const ids = body.slice(0, -2).split(/[\s,]+/).filter(Boolean);
    if (!m[1]) {
      for (const id of ids) fileRules.add(id);
      continue;
    }
    // The line after the comment.
    let nl = text.indexOf('\n', m.index + m[0].length);
    if (nl < 0) continue;
    let lineStart = nl + 1;
    // Skip blank lines between the comment and the text it governs.
    while (lineStart < text.length && (text[lineStart] === '\n' || text[lineStart] === '\r')) lineStart++;
    nl = text.indexOf('\n', lineStart);
    const set = lines.get(lineStart) ?? new Set<string>();
    for (const id of ids) set.add(id);
    lines.set(lineStart, set);
    lines.set(-(nl < 0 ? text.length : nl), set);
  }
  return { fileRules, lines };
}

export function check(a: Analysis, options: CheckOptions): Finding[] {
  const ctx = { kb: options.kb };
  const out: Finding[] = [...a.notices];
  const inline = inlineSuppressions(a.text);
  const lineRanges: { start: number; end: number; rules: Set<string> }[] = [];
  for (const [k, rules] of inline.lines) if (k >= 0) {
    const endKey = [...inline.lines.entries()].find(([e, r]) => e < 0 && r === rules)?.[0];
    lineRanges.push({ start: k, end: endKey !== undefined ? -endKey : k, rules });
  }
  // The rules read a paragraph's wrapped lines as one line: its soft breaks become spaces.
  const view: Analysis = a.softBreaks?.length ? { ...a, text: maskSpans(a.text, a.softBreaks) } : a;
  for (const rule of RULES) {
    const sev = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (sev === 'off' || inline.fileRules.has(rule.id) || inline.fileRules.has('all')) continue;
    const t0 = options.timings ? performance.now() : 0;
    let found: Finding[];
    try {
      found = rule.check(view, ctx);
    } catch (err) {
      // A rule must never take the server down: report the failure as a notice instead.
      found = [{ rule: rule.id, severity: 'hint', start: 0, end: 0, message: `Sourced could not run ${rule.id}: ${(err as Error).message}`, related: [], fixes: [] }];
    }
    if (options.timings) options.timings.set(rule.id, (options.timings.get(rule.id) ?? 0) + performance.now() - t0);
    for (const f of found) {
      // A configured severity replaces the default; a rule's own downgrade (information for a
      // reasoned anonymous source) stays a downgrade.
      if (options.severities?.[rule.id] && f.severity === rule.defaultSeverity) f.severity = sev as Severity;
      if (options.suppressions?.some((s) => s.rule === f.rule && s.start < Math.max(f.end, f.start + 1) && f.start < s.end)) continue;
      if (lineRanges.some((r) => (r.rules.has(f.rule) || r.rules.has('all')) && f.start >= r.start && f.start <= r.end)) continue;
      if (VERIFIABLE.has(f.rule) && options.verified?.some((v) => v.start <= f.start && f.end <= v.end + 1)) continue;
      out.push(f);
    }
  }
  out.sort((x, y) => x.start - y.start || x.rule.localeCompare(y.rule));
  return out;
}
