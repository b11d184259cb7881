// The rule catalogue and the engine that runs it with the configured severities.
import type { Analysis, Finding, Severity } from '../analysis/types';
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Rule } from './types';
import { DEFAULT_SEVERITIES, isRuleId } from '../config/rule-ids';
import { maskSpans } from '../analysis/paragraphs';
import { sourcingAttributions } from '../analysis/stance-cues';
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
import { withoutRepeats } from './repeated-blocks';

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
  /**
   * Keep the hints a rule lowers its own findings to (an unsourced deal value, an anonymous
   * source whose anonymity is explained). Off by default: on the review set they were right
   * about one time in four (README, "How far to trust each rule").
   */
  hints?: boolean;
  /**
   * Run the rules that are off by default too, at their measured level (information), unless
   * `severities` turns one off. For measurement (`npm run eval`, the review scripts) and tests.
   */
  allRules?: boolean;
}

/**
 * Options that measure everything: every rule, the off-by-default ones included, and the
 * self-lowered hints. The eval and review scripts check with these so the review set keeps
 * scoring the rules users do not see by default.
 */
export const MEASURE_ALL: Readonly<Pick<CheckOptions, 'hints' | 'allRules'>> = Object.freeze({ hints: true, allRules: true });

const VERIFIABLE = new Set(['unsourced-statistic', 'unattributed-quote', 'vague-attribution', 'anonymous-source', 'headline-unsupported']);

/** Markdown: `<!-- sourced-disable-next-line rule-a rule-b -->` and `<!-- sourced-disable rule -->`. */
/**
 * Spans (integer offsets) sorted by start with the furthest end so far: whether one starts at or
 * before a point and reaches another, in a binary search.
 */
class SpanIndex {
  private readonly starts: number[];
  private readonly reach: number[];
  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort((x, y) => x.start - y.start);
    this.starts = sorted.map((x) => x.start);
    this.reach = [];
    let far = -Infinity;
    for (const x of sorted) this.reach.push((far = Math.max(far, x.end)));
  }
  /** Whether a span has start <= `startAtMost` and end >= `endAtLeast`. */
  some(startAtMost: number, endAtLeast: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= startAtMost) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1] >= endAtLeast;
  }
}

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
  // Each line's end key (negative), the first one stored for its rule set: found once per set,
  // where a search of every entry per line made many comments quadratic.
  const endKeys = new Map<Set<string>, number>();
  for (const [e, r] of inline.lines) if (e < 0 && !endKeys.has(r)) endKeys.set(r, e);
  // Suppressed lines, by rule id ('all' for every rule).
  const lineRanges = new Map<string, { start: number; end: number }[]>();
  for (const [k, rules] of inline.lines) if (k >= 0) {
    const endKey = endKeys.get(rules);
    for (const id of rules) {
      let list = lineRanges.get(id);
      if (!list) lineRanges.set(id, (list = []));
      list.push({ start: k, end: endKey !== undefined ? -endKey : k });
    }
  }
  // The editor's suppressions and verified ranges looked up by binary search: each finding once
  // read every suppression, findings × suppressions on an article with many of both.
  const lineIndex = new Map([...lineRanges].map(([id, list]) => [id, new SpanIndex(list)]));
  const suppressed = new Map<string, SpanIndex>();
  if (options.suppressions?.length) {
    const byRule = new Map<string, { start: number; end: number }[]>();
    for (const s of options.suppressions) {
      let list = byRule.get(s.rule);
      if (!list) byRule.set(s.rule, (list = []));
      list.push({ start: s.start, end: s.end });
    }
    for (const [id, list] of byRule) suppressed.set(id, new SpanIndex(list));
  }
  const verified = options.verified?.length ? new SpanIndex(options.verified) : null;
  // The rules read a paragraph's wrapped lines as one line: its soft breaks become spaces.
  let view: Analysis = a.softBreaks?.length ? { ...a, text: maskSpans(a.text, a.softBreaks) } : a;
  // (A stance, "declined to comment", "attacked the plan", sources nothing: no rule reads one.)
  const sourcing = sourcingAttributions(a.attributions);
  if (sourcing !== a.attributions) view = { ...view, attributions: sourcing };
  for (const rule of RULES) {
    const byDefault = isRuleId(rule.id) ? DEFAULT_SEVERITIES[rule.id] : rule.defaultSeverity;
    const sev = options.severities?.[rule.id] ?? (byDefault === 'off' && options.allRules ? rule.defaultSeverity : byDefault);
    if (sev === 'off' || inline.fileRules.has(rule.id) || inline.fileRules.has('all')) continue;
    const t0 = options.timings ? performance.now() : 0;
    let found: Finding[];
    try {
      found = rule.check(view, { ...ctx, dropsOwnHints: !options.hints && sev !== 'hint' && rule.defaultSeverity !== 'hint' });
    } catch (err) {
      // A rule must never take the server down: report the failure as a notice instead (kept
      // whatever the options say of hints).
      found = [];
      out.push({ rule: rule.id, severity: 'hint', start: 0, end: 0, message: `Sourced could not run ${rule.id}: ${(err as Error).message}`, related: [], fixes: [] });
    }
    if (options.timings) options.timings.set(rule.id, (options.timings.get(rule.id) ?? 0) + performance.now() - t0);
    // One finding per rule and span: two cues sharing one source ("A Labour source told the paper
    // …, saying …") are one unnamed source, not two.
    const spans = new Set<string>();
    for (const f of found) {
      const key = `${f.start}:${f.end}`;
      if (spans.has(key)) continue;
      spans.add(key);
      // A configured severity replaces the default; a rule's own downgrade (information for a
      // reasoned anonymous source) stays a downgrade.
      if (options.severities?.[rule.id] && f.severity === rule.defaultSeverity) f.severity = sev as Severity;
      // A hint the rule chose by itself (not one the user asked for by setting the rule to hint).
      if (!options.hints && f.severity === 'hint' && sev !== 'hint' && rule.defaultSeverity !== 'hint') continue;
      // (A suppression overlapping the finding, an empty finding counted as one character.)
      if (suppressed.get(f.rule)?.some(Math.max(f.end, f.start + 1) - 1, f.start + 1)) continue;
      if (lineIndex.get(f.rule)?.some(f.start, f.start) || lineIndex.get('all')?.some(f.start, f.start)) continue;
      if (VERIFIABLE.has(f.rule) && verified?.some(f.start, f.end - 1)) continue;
      out.push(f);
    }
  }
  // Ties by rule id in localeCompare's order, compared as ranks: a localeCompare per comparison
  // was a visible share of check() on articles with thousands of findings.
  const ids = [...new Set(out.map((f) => f.rule))].sort((x, y) => x.localeCompare(y));
  const rank = new Map(ids.map((id, i) => [id, i]));
  out.sort((x, y) => x.start - y.start || rank.get(x.rule)! - rank.get(y.rule)!);
  return withoutRepeats(a, out);
}
