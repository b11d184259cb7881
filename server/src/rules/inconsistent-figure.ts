import type { Analysis, DateMention, Finding, Quantity } from '../analysis/types';
import { isStatistic, sameFigure } from '../analysis/claims';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { ignoreFix } from './util';
import { lastStartingBy } from '../analysis/spans';
import { BRACKETED, isLetter, isWordChar, isSpace, startsUpper, words as wordList } from '../analysis/tokens';

/** Runs of anything but ASCII lower-case letters (words of lower-cased text are what is between). */
const NON_LETTERS = /[^a-z]+/;
/** A currency mark that ends lower-cased text ("us$", "£", a mis-decoded "â£"). */
const CURRENCY_MARK_END = /(?:us\$|[$£€¥]|â£)$/;

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'by', 'for', 'on', 'at', 'as', 'is', 'it', 'its', 'this', 'that', 'with', 'about', 'from', 'be', 'was', 'were', 'has', 'have', 'had']);


/** Length of the letter (\p{L}) at `i` in UTF-16 units, 0 when it is not one: ASCII by code. */
function letterAt(str: string, i: number): number {
  const c = str.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const len = (str.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return isLetter(str.slice(i, i + len)) ? len : 0;
}

/**
 * A sentence's content words (lower case, no stop words) as sorted unique ids of `ids`: the
 * runs of letters that /[\p{L}]+/gu finds, found by character.
 */
function contentWords(a: Analysis, sentence: number, ids: Map<string, number>): Int32Array {
  const s = a.sentences[sentence];
  const out = new Set<number>();
  const lower = a.text.slice(s.start, s.end).toLowerCase();
  for (let i = 0; i < lower.length; ) {
    let n = letterAt(lower, i);
    if (!n) {
      i++;
      continue;
    }
    let j = i + n;
    while (j < lower.length && (n = letterAt(lower, j))) j += n;
    const w = lower.slice(i, j);
    i = j;
    if (STOP.has(w)) continue;
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    out.add(id);
  }
  return Int32Array.from(out).sort();
}

/** Shared words over the smaller word count: sorted id lists merged. */
function similarity(x: Int32Array, y: Int32Array): number {
  let inter = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      inter++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return inter / Math.max(1, Math.min(x.length, y.length));
}

/** Words skipped when reading a figure's context: hedges and fillers ("about", "a record", "more than"). */
const FILLER = new Set([...STOP, 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'than', 'more', 'less', 'over', 'under', 'up', 'just', 'only', 'record', 'total', 'estimated', 'least', 'per', 'cent', 'percent', 'us', 'bn', 'm', 'billion', 'million', 'trillion', 'k']);

/** The content word before a figure and the one after it, within its sentence (brackets skipped). */
function contextOf(a: Analysis, q: Quantity): { before: string; after: string } {
  const s = a.sentences[q.sentence];
  const beforeWords = a.text.slice(Math.max(s.start, q.start - 60), q.start).toLowerCase().replace(BRACKETED, ' ').split(NON_LETTERS).filter((w) => w && !FILLER.has(w));
  const afterWords = a.text.slice(q.end, Math.min(s.end, q.end + 60)).toLowerCase().replace(/\([^()]*\)?/g, ' ').split(NON_LETTERS).filter((w) => w && !FILLER.has(w));
  return { before: beforeWords[beforeWords.length - 1] ?? '', after: afterWords[0] ?? '' };
}

/** Whether a figure is one end of a range written out ("2% to 3%", "between 3% and 5%", "70% to 80%"). */
function rangeEnd(a: Analysis, q: Quantity): boolean {
  const s = a.sentences[q.sentence];
  const after = a.text.slice(q.end, Math.min(s.end, q.end + 16));
  if (/^\s?(?:to|and|-|–)\s?(?:US\$|[$£€¥])?\d/.test(after) || /^(?:-|–)(?:US\$|[$£€¥])?\d/.test(after)) return true;
  const before = a.text.slice(Math.max(s.start, q.start - 24), q.start).replace(/(?:US\$|[$£€¥])$/, '').trimEnd();
  if (before.toLowerCase().endsWith('between') && !isWordChar(before[before.length - 8])) return true;
  const joined = /(?:\bto|\band|-|–)$/.exec(before);
  if (!joined) return false;
  return /[\d%]\s?(?:per cent|bn|m|million|billion|trillion)?$/.test(before.slice(0, joined.index).trimEnd());
}

/** Whether `p` is `o` rounded to the precision `p` is written in ("$36m" for "$35.7m"; not "$5bn" for "$5.5bn"). */
function roundedForm(p: Quantity, o: Quantity): boolean {
  const num = /\d[\d,]*(?:\.(\d+))?/.exec(p.text);
  if (!num || p.value === null || o.value === null) return false;
  const written = Number(num[0].replaceAll(',', ''));
  if (!written) return false;
  const decimals = num[1]?.length ?? 0;
  const step = (p.value / written) * 10 ** -decimals;
  return Math.abs(o.value - p.value) < step / 2 - 1e-9 * step;
}

/** Whether the figure is a conversion in brackets after another ("$2.35bn" in "102.8bn rupees ($2.35bn)"). */
function converted(a: Analysis, q: Quantity): boolean {
  const before = a.text.slice(Math.max(0, q.start - 6), q.start).replace(/(?:US\$|[$£€¥]|Â£|Â)$/, '');
  return endsWithOpener(before);
}

/** Whether the figure is what something changed from or is compared with. */
function baseline(a: Analysis, q: Quantity): boolean {
  const s = a.sentences[q.sentence];
  const before = a.text.slice(Math.max(s.start, q.start - 24), q.start).toLowerCase().replace(CURRENCY_MARK_END, '').trimEnd();
  const after = a.text.slice(q.end, Math.min(s.end, q.end + 40)).toLowerCase();
  return /(?:\bcompared (?:with|to)|\bfrom|\bthan|\bversus|\bvs)(?: only| just| about| around)?$/.test(before)
    || /^(?:\s?\([^()]{0,30}\))?\s(?:a year (?:earlier|ago|before)|last year|the previous|in the previous|the year before|previously)\b/.test(after);
}

/** What bound the words before `q` make of it: 'lower' ("more than 1 million"), 'upper' ("up to 70%") or none. */
function boundOf(a: Analysis, q: Quantity): 'lower' | 'upper' | null {
  const s = a.sentences[q.sentence];
  const before = a.text.slice(Math.max(s.start, q.start - 16), q.start).toLowerCase().replace(CURRENCY_MARK_END, '').trimEnd();
  if (/(?:more than|over|at least|above|in excess of)$/.test(before)) return 'lower';
  if (wordList('upperBoundWords').endsWithAny(before)) return 'upper';
  return null;
}

/** Whether `q`, of bound `bound` (boundOf), is a bound that the other figure satisfies. */
function boundHolds(bound: 'lower' | 'upper' | null, q: Quantity, other: Quantity): boolean {
  if (bound === 'lower') return other.value! >= q.value!;
  if (bound === 'upper') return other.value! <= q.value!;
  return false;
}

/** The times sentence `si` names: its dates' values (or text) and its "last year"s. `byStart`: the
 *  article's dates sorted by start, searched for those inside the sentence. */
function timesIn(a: Analysis, si: number, byStart: readonly DateMention[]): string[] {
  const s = a.sentences[si];
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let k = lo; k < byStart.length && byStart[k].start <= s.end; k++) {
    const d = byStart[k];
    if (d.end <= s.end) out.push(d.value ?? d.text.toLowerCase());
  }
  for (const m of a.text.slice(s.start, s.end).toLowerCase().matchAll(/\b(?:last|this|next|that|the previous|the same) year\b/g)) out.push(m[0]);
  return out;
}

/** Whether both sentences name a time and the times differ ("During 2003" / "Last year"): the
 *  times of each sentence (timesIn), as `inS` gives them. */
function differentDates(inS: (si: number) => string[], s1: number, s2: number): boolean {
  const d1 = inS(s1);
  const d2 = inS(s2);
  return d1.length > 0 && d2.length > 0 && !d1.some((d) => d2.includes(d));
}

/** The capitalised words after a sentence's first word: what it names. */
function namesIn(a: Analysis, si: number): Set<string> {
  const s = a.sentences[si];
  const words = a.text.slice(s.start, s.end).split(/[^\p{L}\p{N}&]+/u).filter(Boolean);
  return new Set(words.slice(1).filter((w) => startsUpper(w)));
}

/**
 * Whether both sentences name someone or something and share none of it (Brent crude / US light
 * crude, Nordstrom / Claire's Stores): the capitalised words after each sentence's first word
 * (namesIn, as `names` gives them).
 */
function differentSubjects(names: (si: number) => Set<string>, s1: number, s2: number): boolean {
  const n1 = names(s1);
  const n2 = names(s2);
  if (!n1.size || !n2.size) return false;
  for (const w of n1) if (n2.has(w)) return false;
  return true;
}

const PEOPLE_BY_SENTENCE = new WeakMap<Analysis, Map<number, Set<string>>>();

/**
 * The ids of the people named in sentence `si`. Each person's mentions are placed in their
 * sentences once per analysis: a scan of every entity for each pair of figures compared was the
 * figures × entities of a long data-heavy article.
 */
function peopleIn(a: Analysis, si: number): Set<string> {
  let by = PEOPLE_BY_SENTENCE.get(a);
  if (!by) {
    by = new Map();
    PEOPLE_BY_SENTENCE.set(a, by);
    for (const e of a.entities) {
      if (e.kind !== 'person') continue;
      for (const m of e.mentions) {
        const s = lastStartingBy(a.sentences, m.start);
        if (!a.sentences[s] || m.start < a.sentences[s].start || m.end > a.sentences[s].end) continue;
        let set = by.get(s);
        if (!set) by.set(s, (set = new Set()));
        set.add(e.id);
      }
    }
  }
  return by.get(si) ?? EMPTY;
}
const EMPTY: Set<string> = new Set();

/**
 * Whether both sentences name people and share none ("Ann Lowe was elected with 58,825 votes" /
 * "Tom Hale was re-elected with 60,760 votes"): each figure is about its own person.
 */
function differentPeople(a: Analysis, s1: number, s2: number): boolean {
  const p1 = peopleIn(a, s1);
  const p2 = peopleIn(a, s2);
  if (!p1.size || !p2.size) return false;
  for (const id of p1) if (p2.has(id)) return false;
  return true;
}

export const inconsistentFigure: Rule = {
  ...ruleMeta('inconsistent-figure'),
  check(a) {
    const out: Finding[] = [];
    const qs = a.quantities.filter((q) => isStatistic(q) && q.value !== null);
    const ids = new Map<string, number>();
    const words: (Int32Array | undefined)[] = [];
    const wordsOf = (s: number) => (words[s] ??= contentWords(a, s, ids));

    // What depends on one figure alone, asked once per figure (each is compared with up to 60 others).
    const once = (test: (a: Analysis, q: Quantity) => boolean) => {
      const memo = new Map<Quantity, boolean>();
      return (q: Quantity) => {
        let v = memo.get(q);
        if (v === undefined) memo.set(q, (v = test(a, q)));
        return v;
      };
    };
    const isRangeEnd = once(rangeEnd);
    const isConverted = once(converted);
    const isBaseline = once(baseline);
    // Also asked once: a figure's context words and bound, a sentence's times and names (each
    // pair of figures compared read them again, and the times from every date of the article).
    const contexts = new Map<Quantity, { before: string; after: string }>();
    const contextOfQ = (q: Quantity) => {
      let v = contexts.get(q);
      if (v === undefined) contexts.set(q, (v = contextOf(a, q)));
      return v;
    };
    const bounds = new Map<Quantity, 'lower' | 'upper' | null>();
    const boundOfQ = (q: Quantity) => {
      let v = bounds.get(q);
      if (v === undefined) bounds.set(q, (v = boundOf(a, q)));
      return v;
    };
    let datesByStart: DateMention[] | undefined;
    const times = new Map<number, string[]>();
    const timesOf = (si: number) => {
      let v = times.get(si);
      if (v === undefined) times.set(si, (v = timesIn(a, si, (datesByStart ??= [...a.dates].sort((x, y) => x.start - y.start)))));
      return v;
    };
    const names = new Map<number, Set<string>>();
    const namesOf = (si: number) => {
      let v = names.get(si);
      if (v === undefined) names.set(si, (v = namesIn(a, si)));
      return v;
    };

    const reported = new Set<Quantity>();
    // Compare within kind and unit only; an article with thousands of figures (a data table)
    // is compared within a window, so that the check stays linear.
    const groups = new Map<string, Quantity[]>();
    for (const q of qs) {
      const k = `${q.kind}|${q.unit ?? ''}`;
      const l = groups.get(k) ?? [];
      l.push(q);
      groups.set(k, l);
    }
    for (const group of groups.values())
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length && j < i + 60; j++) {
        const x = group[i];
        const y = group[j];
        if (x.sentence === y.sentence || x.kind !== y.kind || (x.unit ?? '') !== (y.unit ?? '') || sameFigure(x, y)) continue;
        const ratio = Math.min(x.value!, y.value!) / Math.max(x.value!, y.value!);
        if (ratio < 0.5) continue;
        // Reported once: a later pair could not report it again.
        if (reported.has(y)) continue;
        // The same quantity of the same subject, stated twice: the two sentences share many words,
        // and the figure sits in the same place in both — the same verb or noun before it ("cut
        // 1,200 jobs" / "cut 1,400 jobs"), or the same words after it ("4,120 emergency calls").
        const sim = similarity(wordsOf(x.sentence), wordsOf(y.sentence));
        if (sim < 0.4) continue;
        // "a 2% to 3% rise", "between 3% and 5%": a range's ends are not two statements of one figure.
        if (isRangeEnd(x) || isRangeEnd(y) || x.valueHigh !== undefined || y.valueHigh !== undefined) continue;
        // "$36m" in a headline for "$35.7m": the same figure rounded.
        if (roundedForm(x, y) || roundedForm(y, x)) continue;
        // "(£211)" after "$399": a conversion goes with the figure before it.
        if (isConverted(x) || isConverted(y)) continue;
        // "compared with 1.41bn rupees a year earlier", "down from 4.4%": a baseline of a change.
        if (isBaseline(x) || isBaseline(y)) continue;
        // "more than 1 million" and "more than 1.75 million" do not contradict each other.
        if (boundHolds(boundOfQ(x), x, y) || boundHolds(boundOfQ(y), y, x)) continue;
        const cx = contextOfQ(x);
        const cy = contextOfQ(y);
        const beforeSame = !!cx.before && cx.before === cy.before;
        const afterSame = !!cx.after && cx.after === cy.after;
        // A headline or standfirst restates the body in fewer words: one side of the figure agreeing is enough there.
        const top = (q: Quantity) => {
          const kind = a.blocks[a.sentences[q.sentence].block]?.kind;
          return kind === 'headline' || kind === 'standfirst';
        };
        if (!(beforeSame && afterSame) && !((top(x) || top(y)) && sim >= 0.7 && (beforeSame || afterSame))) continue;
        // Different periods named ("During that year" / "Last year").
        if (differentDates(timesOf, x.sentence, y.sentence)) continue;
        // Different subjects named in the two sentences (Brent crude / US light crude, BBC Two / Five).
        if (differentSubjects(namesOf, x.sentence, y.sentence) || differentPeople(a, x.sentence, y.sentence)) continue;
        if (!top(x) && !top(y)) {
          // In the body, a name in one sentence that the other lacks narrows it to another subject
          // ("1,237 delegates to win the Republican nomination" / "2,383 delegates to win the nomination").
          if (!namesOf(x.sentence).size !== !namesOf(y.sentence).size) continue;
          // Two results (of votes, matches, races) are most often of two events: an article reports
          // several; a result restated in the headline or standfirst is still compared.
          if (x.role === 'result' && y.role === 'result') continue;
        }
        reported.add(y);
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          start: y.start,
          end: y.end,
          message: `“${y.text}” here, but “${x.text}” for what looks like the same figure earlier: check which is right and use it in both places.`,
          related: [{ start: x.start, end: x.end, message: `The same figure given as “${x.text}”` }],
          fixes: [
            { title: `Change to “${x.text}”`, edits: [{ start: y.start, end: y.end, newText: x.text }] },
            { title: `Change the earlier figure to “${y.text}”`, edits: [{ start: x.start, end: x.end, newText: y.text }] },
            ignoreFix(this.id, y),
          ],
        });
      }
    }
    return out;
  },
};

/** The text ends with an opening bracket or a semicolon, then at most one white-space character. */
function endsWithOpener(s: string): boolean {
  const end = isSpace(s[s.length - 1]) ? s.length - 1 : s.length;
  return end > 0 && (s[end - 1] === '(' || s[end - 1] === ';');
}
