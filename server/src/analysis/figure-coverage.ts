// Sentence shapes that name the source of a sentence's figures without an attribution cue: a
// document named with what it shows, an agent after "by", a research firm, a maker's estimate.
// The shapes are a declarative table (data/figure-coverage.json), each with its examples.
import type { Analysis, Span } from './types';
import table from './data/figure-coverage.json';

interface CoverageEntry { id: string; reason: string; kind: string; checks: { on: string; pattern: string; flags?: string }[] }
const ENTRIES = (table.entries as CoverageEntry[]).map((e) => ({ id: e.id, reason: e.reason, res: e.checks.map((c) => new RegExp(c.pattern, c.flags ?? '')) }));
const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

/** The first shape that covers the sentence: its id, its reason and what it matched (relative to the sentence), or null. */
export function sentenceCoverage(sentence: string): { id: string; reason: string; evidence: Span } | null {
  for (const e of ENTRIES) {
    let m: RegExpExecArray | null = null;
    if (e.res.every((re) => (m = re.exec(sentence)) !== null)) return { id: e.id, reason: e.reason, evidence: { start: m!.index, end: m!.index + m![0].length } };
  }
  return null;
}

/** True when the table's shape `id` covers the sentence. */
export function coveredBy(sentence: string, id: string): boolean {
  const e = BY_ID.get(id);
  if (!e) throw new Error(`figure-coverage.json: no entry ${id}`);
  return e.res.every((re) => re.test(sentence));
}

/** The coverage of one sentence of an analysis (for tests and tools). */
export function coverageOf(a: Analysis, sentence: number): { id: string; reason: string; evidence: Span } | null {
  const s = a.sentences[sentence];
  return s ? sentenceCoverage(a.text.slice(s.start, s.end)) : null;
}
