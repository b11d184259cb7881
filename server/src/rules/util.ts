// Small helpers the rules share: text around a span, sources cited in the article, fixes.
import { isSentenceEndMark, SPACE_RUNS } from '../analysis/tokens';
import type { Analysis, Attribution, EntityKind, Fix, Sentence, Span } from '../analysis/types';
import { spanContaining } from '../analysis/spans';
import { W } from '../analysis/attribution-cues';

const ATTRIBUTIONS = new WeakMap<Analysis, Map<number, Attribution[]>>();

/** The attributions of each sentence, grouped once per analysis: `of(sentenceIndex)`. What
 *  someone intends ("the government intends to hold a referendum", kind 'intention') sources
 *  nothing around it and is left out, and so is an agentless passive ("is expected to"), which
 *  names no one. */
export function attributionsBySentence(a: Analysis): (sentence: number) => readonly Attribution[] {
  let map = ATTRIBUTIONS.get(a);
  if (!map) {
    map = new Map();
    for (const x of a.attributions) {
      if (x.kind === 'intention' || x.agentless) continue;
      const l = map.get(x.sentence);
      if (l) l.push(x);
      else map.set(x.sentence, [x]);
    }
    ATTRIBUTIONS.set(a, map);
  }
  const m = map;
  return (sentence) => m.get(sentence) ?? [];
}

const REPORTS_BY_SENTENCE = new WeakMap<readonly Attribution[], Map<number, Attribution[]>>();

/** Every attribution of sentence `sentence` (intentions and agentless passives too, unlike
 *  attributionsBySentence), from an index made once per list of attributions: a scan of all of
 *  them for each source or hedge is quadratic on a long article of them. */
export function reportsInSentence(a: Analysis, sentence: number): readonly Attribution[] {
  let map = REPORTS_BY_SENTENCE.get(a.attributions);
  if (!map) {
    map = new Map();
    for (const x of a.attributions) {
      const l = map.get(x.sentence);
      if (l) l.push(x);
      else map.set(x.sentence, [x]);
    }
    REPORTS_BY_SENTENCE.set(a.attributions, map);
  }
  return map.get(sentence) ?? [];
}

export function quoteText(a: Analysis, span: Span, max = 60): string {
  const t = a.text.slice(span.start, span.end).replace(SPACE_RUNS, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Where to insert ", according to X" in a sentence: before its final punctuation. */
export function sentenceInsertPoint(a: Analysis, s: Sentence): number {
  let end = s.end;
  while (end > s.start && /[\s”"’)]/.test(a.text[end - 1])) end--;
  if (end > s.start && isSentenceEndMark(a.text[end - 1])) end--;
  return end;
}

/** Named sources cited somewhere in the article (people, organisations, publications, documents). */
const citedCache = new WeakMap<Analysis, { name: string; attribution: Attribution }[]>();

export function citedSources(a: Analysis): { name: string; attribution: Attribution }[] {
  const hit = citedCache.get(a);
  if (hit) return hit;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const seen = new Map<string, Attribution>();
  for (const at of a.attributions) {
    if (at.source.kind === 'vague' || at.source.kind === 'anonymous' || at.source.kind === 'wire') continue;
    let name = at.source.text;
    if (at.source.entity) {
      const e = byId.get(at.source.entity);
      if (e) name = e.kind === 'person' ? e.name : e.name;
    } else if (/^(?:he|she|they|it|i|we)$/i.test(name)) continue;
    if (!seen.has(name)) seen.set(name, at);
  }
  const list = [...seen.entries()].map(([name, attribution]) => ({ name, attribution }));
  citedCache.set(a, list);
  return list;
}

export function attributeFixes(a: Analysis, s: Sentence, rule: string, span: Span): Fix[] {
  const at = sentenceInsertPoint(a, s);
  const fixes: Fix[] = [];
  for (const src of citedSources(a).slice(0, 4)) {
    fixes.push({ title: `Attribute to ${src.name} (", according to ${src.name}")`, edits: [{ start: at, end: at, newText: `, according to ${src.name}` }] });
  }
  fixes.push({ title: 'Insert an "according to …" placeholder', edits: [{ start: at, end: at, newText: ', according to ${1:source}' }], snippet: true });
  fixes.push(verifyFix(a, span));
  fixes.push(ignoreFix(rule, span));
  return fixes;
}

export function verifyFix(a: Analysis, span: Span): Fix {
  return { title: 'Mark this claim verified…', edits: [], command: { id: 'sourced.markVerified', args: [{ start: span.start, end: span.end, exact: a.text.slice(span.start, span.end) }] } };
}

export function ignoreFix(rule: string, span: Span): Fix {
  return { title: `Ignore ${rule} here`, edits: [], command: { id: 'sourced.ignoreHere', args: [{ rule, start: span.start, end: span.end }] } };
}

export function sentenceOf(a: Analysis, pos: number): Sentence | undefined {
  return spanContaining(a.sentences, pos);
}

export function blockKindAt(a: Analysis, pos: number): string | undefined {
  return spanContaining(a.blocks, pos)?.kind;
}

/** A name set off right after a source: "according to technology analysts, Kestrel Research, there
 *  will be …", "critics, the Harbour Trust among them,": the group is named after all. */
const NAMED_APPOSITION = /^,\s(?:the\s)?\p{Lu}[\p{L}&.'’-]*(?:\s(?:\p{Lu}[\p{L}&.'’-]*|&|of|for|de))*(?:\s(?:among|included|including)\s\p{Ll}+)?,/u;

/** True when the source of `at` is followed by the name of who it is, set off by commas. */
export function nameInApposition(a: Analysis, at: Attribution): boolean {
  return NAMED_APPOSITION.test(a.text.slice(at.source.end, at.source.end + 80));
}

/** The word right before `pos` (over spaces), in lower case: "by" in "just by saying". */
export function wordBefore(a: Analysis, pos: number): string {
  return a.text.slice(Math.max(0, pos - 24), pos).trimEnd().split(' ').pop()!.toLowerCase();
}

/** "lawsuits against people alleged to have …", "a story about a student referred to as …": a
 *  past participle after the object of a preposition describes those people; nobody is reported
 *  saying anything. */
export function describedAfterPreposition(a: Analysis, at: Attribution): boolean {
  if (at.source.end > at.cue.start || !/ed(?: to)?$/i.test(at.cue.text)) return false;
  const after = a.text.slice(at.cue.end, at.cue.end + 4);
  if (!/ to$/i.test(at.cue.text) && !/^\s+to\s/.test(after)) return false;
  const before = wordBefore(a, at.source.start);
  return W.preposition.has(before) || W.nounBefore.has(before);
}

/** The findings not inside a longer one ("recent rumours have suggested" keeps its phrase, not the
 *  "rumours" in it), in their order. One sort and one sweep: a finding is inside a longer one when
 *  some finding starting at or before it, with another span, ends at or after its end. */
export function withoutNested<T extends Span>(findings: readonly T[]): T[] {
  const order = [...findings].sort((x, y) => x.start - y.start || y.end - x.end);
  const nested = new Set<T>();
  let maxEnd = -1; // over the findings before the current run of equal spans
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j].start === order[i].start && order[j].end === order[i].end) j++;
    if (maxEnd >= order[i].end) for (let k = i; k < j; k++) nested.add(order[k]);
    maxEnd = Math.max(maxEnd, order[i].end);
    i = j;
  }
  return nested.size ? findings.filter((f) => !nested.has(f)) : [...findings];
}
