// The figure-roles stage: what each figure of an article is, decided once, with the text that
// decided it. Market prices are read by sentence; every other role comes from the declarative
// table in data/figure-roles.json (the first entry whose checks all hold), and a figure no entry
// decides is a measurement when its words say so, else a detail of the story.
// unsourced-statistic maps these roles, with the sources it finds, to a severity.
import type { Analysis, FigureRole, Quantity, Span } from './types';
import type { KnowledgeBase } from './knowledge-port';
import table from './data/figure-roles.json';
import { ESTIMATE, MEASURED_WORLD, PLAN_WORD, companyOpens, measured, namesEmployer, passiveRateDecision } from './figure-words';
import { lowerBound, mentionsIn } from './spans';
import { isSpace, startsUpper } from './tokens';
import { isSpace as isSpaceCode } from './sentences';
import { ORG_WORDS } from './lexicon';

type Target = 'before' | 'raw' | 'after' | 'figure' | 'sentence' | 'context';
interface CheckData { on?: string; pattern?: string; flags?: string; length?: number; test?: string; not?: boolean }
export interface RoleEntry { id: string; role: string; reason: string; kind: string; quantityKinds?: string[]; checks: CheckData[] }
interface Check { on?: Target; re?: RegExp; fast?: RegExp; length: number; test?: string; not: boolean; slot: number }
interface Compiled { id: string; role: FigureRole; reason: string; kinds: Set<string> | null; checks: Check[] }

const LISTS = table.lists as Record<string, string[]>;
/** A table pattern with each `@name` replaced by its word list's alternatives. */
function expand(pattern: string): string {
  return pattern.replace(/@(\w+)/g, (_, name: string) => {
    const list = LISTS[name];
    if (!list) throw new Error(`figure-roles.json: no word list ${name}`);
    return list.join('|');
  });
}

/**
 * A pattern that ends in `$` ("…\s(?:of|by)\s$"), as the same test read back from the end of
 * the text, `$(?<=…)`: V8 tries a pattern ending in `$` from every position of the stretch, the
 * lookbehind form once, at its end. Whether some match exists is the same (what is matched is
 * not: `evidence` reads the pattern itself). Undefined for a pattern that is not one sequence
 * ending in an unescaped `$` (an alternation at its top, a backreference).
 */
export function endAnchoredTest(source: string, flags: string): RegExp | undefined {
  if (!source.endsWith('$') || /\\(?:[1-9]|k<)/.test(source)) return undefined;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length - 1; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      // The `$` escaped ("\$"): a dollar sign, no anchor.
      if (i === source.length - 1) return undefined;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return undefined;
  }
  return new RegExp(`$(?<=${source.slice(0, -1)})`, flags);
}

/** Each stretch a check reads (its target and length) numbered once, so that a figure keeps the
 *  stretches it worked out in an array by number (a key string made per check was much of the
 *  table's time on a page of figures). */
const STRETCH_SLOTS = new Map<string, number>();
const stretchSlot = (on: string | undefined, length: number): number => {
  const key = `${on}:${length}`;
  let n = STRETCH_SLOTS.get(key);
  if (n === undefined) STRETCH_SLOTS.set(key, (n = STRETCH_SLOTS.size));
  return n;
};

const ENTRIES: Compiled[] = (table.entries as RoleEntry[]).map((e) => ({
  id: e.id,
  role: e.role as FigureRole,
  reason: e.reason,
  kinds: e.quantityKinds ? new Set(e.quantityKinds) : null,
  checks: e.checks.map((c) => {
    const re = c.pattern !== undefined ? new RegExp(expand(c.pattern), c.flags ?? '') : undefined;
    return {
      on: c.on as Target | undefined,
      re,
      fast: re && (endAnchoredTest(re.source, re.flags) ?? re),
      length: c.length ?? 60,
      test: c.test,
      not: !!c.not,
      slot: stretchSlot(c.on, c.length ?? 60),
    };
  }),
}));

/** Prices made on a market: a market's thing, and a move of it in the same clause. (A session is
 *  "in early trade", "in Asian trading"; not "$1bn in bilateral trade" or "a rise in trade".) */
const MARKET_THING = new RegExp(`\\b(?:${expand('@marketThings')})\\b`, 'i');
export const MARKET_MOVE = `(?:${expand('@marketMoves')})`;
const MARKET_MOVE_RE = new RegExp(`\\b${MARKET_MOVE}\\b`, 'i');
const MARKET_SESSION = /\b(?:against (?:both )?the (?:[\w-]+ )?(?:dollar|euro|yen|pound|currency|currencies|yuan|franc)|in (?!(?:the|bilateral|foreign|global|international|world|two-way|free|cross-border)\s|trade\b)(?:\w+ )?(?:morning |afternoon |early |late |after-hours |overnight )?trad(?:e|ing)|at the close|(?:was |is |were |are )?trading at|changing hands at|(?:above|below) (?:the|their|its) (?:offer|issue|flotation) price|in the (?:past|last) (?:\w+ )?(?:trading )?sessions?)\b/i;
/** "the Russian market has dropped by 10%": a country's stock market, named by its adjective. */
const NATIONAL_MARKET = /\bthe \p{Lu}\p{L}+ (?:stock |equity |share )?market (?:has |had |have )?(?:dropped|fallen|fell|risen|rose|gained|lost|slumped|surged|climbed|plunged|jumped|tumbled|rallied)\b/u;

/** The span (relative to the sentence) that makes it a report of market prices, or null: "Shares in
 *  X closed down 8%", "crude rose to $42.30 a barrel", "… in early trading". */
export function marketEvidence(sentence: string): Span | null {
  let from = 0;
  for (const clause of sentence.split(/[.;:]/)) {
    const thing = MARKET_THING.exec(clause);
    if (thing) {
      const restAt = thing.index + thing[0].length;
      const move = MARKET_MOVE_RE.exec(clause.slice(restAt, restAt + 120));
      if (move) return { start: from + thing.index, end: from + restAt + move.index + move[0].length };
    }
    from += clause.length + 1;
  }
  const m = MARKET_SESSION.exec(sentence) ?? NATIONAL_MARKET.exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
/** A sentence reporting prices on a financial market. */
export function isMarketReport(sentence: string): boolean {
  return marketEvidence(sentence) !== null;
}

type Kb = Pick<KnowledgeBase, 'isCommonWord'>;
/** One figure being decided. The stretches of text and the named tests it reads are worked out
 *  once per figure (`stretches`, `tests`): about a hundred entries read the same few stretches. */
interface Here { a: Analysis; q: Quantity; sentence: string; kb: Kb; /** The sentence with its white space made single, for the named tests' patterns. */ plain: string; around?: Around; stretches: (Stretch | undefined)[]; tests: Map<string, boolean> | undefined; bySentence: SentenceMemo }
/** What checks that read only the figure's sentence gave, kept for the other figures of the
 *  sentence: a dense paragraph of figures once ran every sentence-wide pattern once per figure. */
type SentenceMemo = Map<Check | string, boolean>;

/** Named tests whose answer depends on the figure's sentence alone, not on the figure. */
const SENTENCE_TESTS = new Set(['estimate', 'measuredWorld', 'companyOpens', 'passiveRateDecision', 'employerNamed']);

/** Named tests the table refers to, for what a pattern alone cannot say. */
const TESTS: Record<string, (h: Here) => boolean> = {
  estimate: (h) => ESTIMATE.test(h.plain),
  measuredWorld: (h) => MEASURED_WORLD.test(h.plain),
  hundred: (h) => h.q.value === 100,
  // "58 percent to 40 percent" after a verb of winning: the winner's share is given first, so the
  // first of the pair is the larger ("rose 0.1% to 4.7%" is a change, not a score).
  largerThanNext: (h) => {
    const next = neighbour(h, 1);
    return next?.value != null && h.q.value !== null && h.q.value > next.value;
  },
  smallerThanPrevious: (h) => {
    const before = neighbour(h, -1);
    return before?.value != null && h.q.value !== null && h.q.value < before.value;
  },
  // "35 to 12 percent": a pair read as one figure whose first number is the larger is a score, not a range.
  descendingPair: (h) => h.q.valueHigh !== undefined && h.q.value !== null && h.q.value > h.q.valueHigh,
  // A count of people killed, hurt, held or moved (quantities.ts marks it from the words around it).
  casualty: (h) => h.q.casualty === true,
  companyOpens: (h) => companyOpens(h.a, h.q.sentence, h.kb),
  passiveRateDecision: (h) => passiveRateDecision(h.plain),
  // An organisation named just before the figure ("With the Example Benefit Fund some $2bn in deficit").
  // (Or a name that ends in a word for a body, "the Vellmar Players' Pension Fund", where the
  // tagger found no organisation.)
  organisationJustBefore: (h) => namedNear(h, -90, ORGANISATION) || bodyNameNear(h, -90),
  // A place named just before the figure ("Delaware has fewer than a million residents").
  placeJustBefore: (h) => namedNear(h, -60, PLACES),
  // A body named just after the figure, in its sentence ("one in six cars sold by the BMW group").
  bodyJustAfter: (h) => namedNear(h, 70, BODIES),
  // A body named just before the figure: an organisation, or a platform or outlet ("Twitter, which has …").
  bodyJustBefore: (h) => namedNear(h, -90, BODIES),
  // An employer at hand for jobs cut or created: named in the sentence, opening it, or earlier in the paragraph.
  employerNamed: (h) => {
    const s = h.a.sentences[h.q.sentence];
    const blockStart = h.a.blocks[s.block].start;
    return namesEmployer(h.sentence) || companyOpens(h.a, h.q.sentence, h.kb) || mentionsIn(h.a, blockStart, s.end).some((m) => m.kind === 'organisation')
      || /\b(?:the|its) (?:bank|firm|company|group|business|carmaker|airline|retailer)['’]s (?:[\p{L}-]+ )?(?:workforce|staff|employees)\b/iu.test(h.a.text.slice(blockStart, s.start));
  },
  // An organisation as the subject of the verb just before the figure ("The Harbour Board is
  // sending its leaflet to 40,000 homes", "The agency released 5,500 pages"): its name, or "the
  // agency", with only lower-case words between it and the figure, and no preposition before it
  // ("a leak from inside the Harbour Board sent 40,000 homes into a panic" is not the board's doing).
  organisationSubjectBefore: (h) => {
    const s = h.a.sentences[h.q.sentence];
    const from = Math.max(s.start, h.q.start - 90);
    let start = -1;
    let end = -1;
    for (const m of mentionsIn(h.a, from, h.q.start)) if (m.kind === 'organisation' && m.end > end) [start, end] = [m.start, m.end];
    for (const m of h.a.text.slice(from, h.q.start).matchAll(BODY_ANAPHOR)) if (from + m.index + m[0].length > end) [start, end] = [from + m.index, from + m.index + m[0].length];
    return end >= 0 && SUBJECT_GAP.test(h.a.text.slice(end, h.q.start)) && !PREPOSITION_BEFORE.test(h.a.text.slice(Math.max(s.start, start - 30), start));
  },
  // A plan's word before the figure in its sentence, with no full stop or estimate between them.
  planLead: (h) => {
    const lead = h.a.text.slice(Math.max(h.a.sentences[h.q.sentence].start, h.q.start - 230), h.q.start);
    let plan = -1;
    for (const m of lead.matchAll(PLAN_WORD)) plan = m.index!;
    return plan >= 0 && !/\.(?!\d)/.test(lead.slice(plan)) && !ESTIMATE.test(lead.slice(plan).replace(/\b(?:up to|at least|as (?:much|many|high|low) as)\b/gi, ''));
  },
};

/** "the agency", "the department": a body referred back to (figure-roles.json agencyNouns, bodyNouns). */
const BODY_ANAPHOR = new RegExp(`\\b(?:the|this|that)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${expand('@agencyNouns|@bodyNouns')})(?=\\s)`, 'giu');
/** What may stand between a subject and the figure its verb gives: lower-case words (a verb, "its
 *  leaflet to more than"), a weekday, an aside in brackets first; no comma, no other name. */
const SUBJECT_GAP = /^(?:\s+\([^()]{1,20}\))?\s+(?:(?:\p{Ll}[\p{Ll}'’-]*|\p{Lu}\p{Ll}+day)\s+){1,9}$/u;
/** A preposition (or "inside") right before a name: the name is no subject there. */
const PREPOSITION_BEFORE = /\b(?:of|into|inside|within|from|for|at|by|with|to|against|on|about|in|under|over|than|through|like|toward|towards|via|behind)\s+(?:the\s+)?$/i;
const ORGANISATION: ReadonlySet<string> = new Set(['organisation']);
const BODIES: ReadonlySet<string> = new Set(['organisation', 'platform', 'publication']);
const PLACES: ReadonlySet<string> = new Set(['place']);

/** Whether a mention of one of `kinds` stands whole in the figure's sentence within `reach`
 *  characters after the figure (reach > 0) or before it (reach < 0). */
function namedNear(h: Here, reach: number, kinds: ReadonlySet<string>): boolean {
  const s = h.a.sentences[h.q.sentence];
  const [from, to] = reach > 0 ? [h.q.end, Math.min(s.end, h.q.end + reach)] : [Math.max(s.start, h.q.start + reach), h.q.start];
  return mentionsIn(h.a, from, to).some((m) => kinds.has(m.kind));
}

/** Whether a name of two or more capitalised words whose last is a word for a body (lexicon.json
 *  orgWords: "Fund", "Council", "Authority") ends in the figure's sentence within `-reach`
 *  characters before it. */
function bodyNameNear(h: Here, reach: number): boolean {
  const s = h.a.sentences[h.q.sentence];
  const from = Math.max(s.start, h.q.start + reach);
  const toks = h.a.tokens;
  for (let k = lowerBound(toks, from); k < toks.length && toks[k].end <= h.q.start; k++) {
    const t = toks[k];
    if (k > 0 && t.kind === 'word' && startsUpper(t.text) && ORG_WORDS.has(t.lower ?? t.text.toLowerCase()) && toks[k - 1].sentence === t.sentence && toks[k - 1].kind === 'word' && startsUpper(toks[k - 1].text)) return true;
  }
  return false;
}

/** The figure right after (dir 1) or before (dir -1) this one in its sentence, at most 25
 *  characters away, or undefined. */
function neighbour(h: Here, dir: 1 | -1): Quantity | undefined {
  const qs = h.a.quantities;
  // (The figure's place by binary search over the quantities, sorted by start: an indexOf from the
  // start for each figure that asks was figures × figures on a long list of results.)
  let i = lowerBound(qs, h.q.start);
  while (i < qs.length && qs[i] !== h.q && qs[i].start === h.q.start) i++;
  if (qs[i] !== h.q) i = qs.indexOf(h.q);
  const o = qs[i + dir];
  if (!o || o.sentence !== h.q.sentence) return undefined;
  return (dir > 0 ? o.start - h.q.end : h.q.start - o.end) <= 25 ? o : undefined;
}

/** A stretch of text a check reads: the text, where it starts in the document, and (when white
 *  space was collapsed) a function giving each character's offset from that start, worked out
 *  only when the evidence span is wanted. */
type Stretch = [string, number, (() => number[])?];
/** The text a check reads, and where it starts in the document (worked out once per figure). */
function stretch(h: Here, c: Check): Stretch {
  let v = h.stretches[c.slot];
  if (v === undefined) h.stretches[c.slot] = v = stretchOf(h, c.on!, c.length);
  return v;
}

/** White space other than one plain space, or a run of it (the analysis's `isSpace` characters,
 *  which are the ones `\s` matches): a stretch with none needs no collapsing. Read by character
 *  code, so that the clean stretches most figures have cost no more than a look at each character. */
function irregularSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if (isWhite(c)) return true;
  }
  return false;
}

/** A white-space character code (a plain space first; only controls and non-ASCII codes are asked further). */
function isWhite(c: number): boolean {
  return c === 32 || ((c < 32 || c > 127) && isSpaceCode(c));
}

/** The stretch with every run of white space as one space ("limit immigration  to", a line break
 *  inside a sentence), so that the table's patterns, written with single spaces, read copy as it
 *  comes. Only the irregular runs are rewritten (a replace of every run of white space, single
 *  spaces too, was most of the stage's own time on an article of short lines). */
function oneSpaced(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhite(c)) continue;
    let j = i + 1;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    if (c !== 32 || j - i > 1) {
      out += text.slice(from, i) + ' ';
      from = j;
    }
    i = j - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** For each character of `oneSpaced(text)`, its offset in `text` (for the evidence span). */
function spacedOffsets(text: string): number[] {
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const white = isSpace(text[i]);
    if (!(white && space)) map.push(i);
    space = white;
  }
  return map;
}

/** How far around a figure the table reads (the longest `before`, `raw` or `after` stretch). */
const REACH = Math.max(60, ...(table.entries as RoleEntry[]).flatMap((e) => e.checks.filter((c) => c.on === 'raw' || c.on === 'after').map((c) => c.length ?? 60)));
/** The text before and after a figure, each collapsed once (`oneSpaced`), twice as far as the
 *  table reads: the stretches of a figure whose surroundings have irregular white space are cut
 *  from it, not collapsed one by one. `before` starts at `beforeAt` in the document, `after` at the figure's end. */
interface Around { before: string; beforeRaw: string; beforeAt: number; after: string; afterRaw: string }
function aroundOf(h: Here): Around {
  if (h.around) return h.around;
  const { a, q } = h;
  const from = Math.max(0, q.start - 2 * REACH);
  const to = Math.min(a.text.length, q.end + 2 * REACH);
  const spaced = spacedOf(a);
  return (h.around = { before: spacedSlice(spaced, from, q.start), beforeRaw: a.text.slice(from, q.start), beforeAt: from, after: spacedSlice(spaced, q.end, to), afterRaw: a.text.slice(q.end, to) });
}

/** The document with each run of white space as one space (`oneSpaced` of the whole text), and
 *  for each offset of the text its offset there (every character of a run at the run's one
 *  space). `oneSpaced` of any stretch is a slice of it (`spacedSlice`): a run cut by the
 *  stretch's edge is one space either way. Made once per analysis, when a figure's surroundings
 *  first need collapsing: collapsing each figure's 280 characters on either side was most of the
 *  stage's time on an article of short lines, whose every stretch crosses a line break. */
interface Spaced { text: string; at: Int32Array }
const SPACED = new WeakMap<Analysis, Spaced>();
function spacedOf(a: Analysis): Spaced {
  let s = SPACED.get(a);
  if (!s) SPACED.set(a, (s = makeSpaced(a.text)));
  return s;
}
function makeSpaced(text: string): Spaced {
  const at = new Int32Array(text.length);
  const parts: string[] = [];
  let out = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhite(c)) {
      at[i] = out++;
      continue;
    }
    let j = i + 1;
    at[i] = out;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) at[j++] = out;
    out++;
    if (c !== 32 || j - i > 1) {
      parts.push(text.slice(from, i), ' ');
      from = j;
    }
    i = j - 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), at };
}
/** `oneSpaced(text.slice(from, to))`, cut from the document's collapsed copy. */
function spacedSlice(s: Spaced, from: number, to: number): string {
  return to > from ? s.text.slice(s.at[from], s.at[to - 1] + 1) : '';
}

/** The stretch with its white space made single (`oneSpaced`), and where it starts; a third
 *  element maps the collapsed text back to offsets from that start when anything was collapsed. */
function stretchOf(h: Here, on: Target, length: number): Stretch {
  const [raw, at] = rawStretch(h, on, length);
  if (!irregularSpace(raw)) return [raw, at];
  if (on === 'sentence') return [h.plain, at, () => spacedOffsets(raw)];
  if (on === 'context' || on === 'figure') return [oneSpaced(raw), at, () => spacedOffsets(raw)];
  // (A stretch of so many characters before or after the figure is that many characters of the
  // collapsed text: cut from the figure's surroundings, collapsed once.)
  const w = aroundOf(h);
  if (on === 'after') return [w.after.slice(0, length), h.q.end, () => spacedOffsets(w.afterRaw).slice(0, length)];
  const text = on === 'before' ? stripCurrency(w.before) : w.before;
  const keep = on === 'before' ? Math.min(length, 60) : length;
  const cut = Math.max(0, text.length - keep);
  return [text.slice(cut), w.beforeAt, () => spacedOffsets(w.beforeRaw).slice(cut, text.length)];
}

/** A currency sign right before the figure is not read as text before it. */
function stripCurrency(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end > 0 && CURRENCY_SIGNS.includes(text[end - 1]) ? text.slice(0, end - 1) : text;
}
const CURRENCY_SIGNS = '£$€¥';

/** The stretch as written. */
function rawStretch(h: Here, on: Target, length: number): [string, number] {
  const { a, q } = h;
  switch (on) {
    case 'before': {
      const from = Math.max(0, q.start - 60);
      const text = stripCurrency(a.text.slice(from, q.start));
      return length < 60 ? [text.slice(-length), from + Math.max(0, text.length - length)] : [text, from];
    }
    case 'raw': return [a.text.slice(Math.max(0, q.start - length), q.start), Math.max(0, q.start - length)];
    case 'after': return [a.text.slice(q.end, q.end + length), q.end];
    case 'figure': return [q.text, q.start];
    case 'sentence': return [h.sentence, a.sentences[q.sentence].start];
    case 'context': {
      const s = a.sentences[q.sentence];
      return [h.sentence + ' ' + a.text.slice(Math.max(a.blocks[s.block].start, s.start - 300), s.start), s.start];
    }
  }
}

function holds(h: Here, c: Check): boolean {
  let v: boolean | undefined;
  if (c.test) v = namedTest(h, c.test);
  else if (c.on === 'sentence' || c.on === 'context') {
    v = h.bySentence.get(c);
    if (v === undefined) h.bySentence.set(c, (v = c.fast!.test(stretch(h, c)[0])));
  } else v = c.fast!.test(stretch(h, c)[0]);
  return v !== c.not;
}

/** Whether every check holds, in order, stopping at the first that does not. */
function allHold(h: Here, checks: Check[]): boolean {
  for (let k = 0; k < checks.length; k++) if (!holds(h, checks[k])) return false;
  return true;
}

function namedTest(h: Here, name: string): boolean {
  // (The figure's own map made when first asked: most figures never reach a named test.)
  const memo = SENTENCE_TESTS.has(name) ? h.bySentence : (h.tests ??= new Map());
  let v = memo.get(name);
  if (v === undefined) memo.set(name, (v = TESTS[name](h)));
  return v;
}

/** What the entry's first positive pattern matched, or the figure itself. */
function evidence(h: Here, e: Compiled): Span {
  for (const c of e.checks) {
    if (c.not || !c.re) continue;
    const [text, at, offsets] = stretch(h, c);
    const m = c.re.exec(text);
    if (!m) continue;
    if (c.on === 'context') return { start: at, end: at + h.sentence.length };
    const map = offsets?.();
    // (Offsets in the collapsed text mapped back to the stretch as written.)
    const back = (i: number) => (map ? (i < map.length ? map[i] : map[map.length - 1] + 1 + (i - map.length)) : i);
    return m[0].length > 0 ? { start: at + back(m.index), end: at + back(m.index + m[0].length - 1) + 1 } : { start: at + back(0), end: at + back(text.length - 1) + 1 };
  }
  return { start: h.q.start, end: h.q.end };
}

/** For each kind of quantity, the indexes of the entries that may decide it (those without
 *  quantityKinds and those naming the kind), in table order: a figure goes through those only. */
const ENTRIES_FOR_KIND = new Map<string, number[]>();
function entriesFor(kind: string): number[] {
  let list = ENTRIES_FOR_KIND.get(kind);
  if (!list) {
    list = [];
    for (let i = 0; i < ENTRIES.length; i++) if (!ENTRIES[i].kinds || ENTRIES[i].kinds!.has(kind)) list.push(i);
    ENTRIES_FOR_KIND.set(kind, list);
  }
  return list;
}

/** The first table entry (from the `from`th on) that decides the figure, or null. */
export function tableRole(a: Analysis, q: Quantity, sentence: string, kb: Kb, from = 0, bySentence: SentenceMemo = new Map(), plain = oneSpaced(sentence)): { entry: Compiled; evidence: Span } | null {
  const h: Here = { a, q, sentence, kb, plain, stretches: new Array(STRETCH_SLOTS.size), tests: undefined, bySentence };
  const order = entriesFor(q.kind);
  for (let k = 0; k < order.length; k++) {
    if (order[k] < from) continue;
    const e = ENTRIES[order[k]];
    if (allHold(h, e.checks)) return { entry: e, evidence: evidence(h, e) };
  }
  return null;
}

/** Where the entries for the terms of one event begin: those before it say what a figure is
 *  whatever the rest of its sentence (a public result, a legal maximum, a seller's price). */
const EVENT_FROM = ENTRIES.findIndex((e) => e.id === 'strong-audience');
const EVENT_IDS = new Set(ENTRIES.slice(EVENT_FROM).map((e) => e.id));
/** Why a figure reads as the terms of an event or an organisation's own figures, or null: its own
 *  reason when an event entry decided it, else the first event entry that holds for it. */
export function eventTerms(a: Analysis, q: Quantity, sentence: string, kb: Kb): string | null {
  // (A measurement the table decides, before the event entries, is no event's terms.)
  if (q.roleRule === undefined || q.role === 'market' || q.role === 'measurement' || q.roleRule === 'measured' || q.roleRule === 'not-measured') return null;
  // (An organisation's own figures, whichever entry decided them.)
  if (EVENT_IDS.has(q.roleRule) || q.role === 'own-results') return q.roleReason!;
  return tableRole(a, q, sentence, kb, EVENT_FROM)?.entry.reason ?? null;
}

/** A figure of the economy given before any market's thing is named in a sentence that goes on to
 *  report prices ("A fall in the rate of inflation to 2.3% gave a boost to shares, which have
 *  advanced 4%"): the economy's figure is no price made on a market. `at`: the figure's offset in
 *  the sentence. */
export function economyBeforeMarket(sentence: string, at: number): boolean {
  const lead = sentence.slice(0, at);
  return MEASURED_WORLD.test(lead) && !MARKET_THING.test(lead);
}

/** Gives every quantity of the analysis its role, the span that decided it, the reason and the rule. */
export function assignFigureRoles(a: Analysis, kb: Kb): void {
  const market = new Map<number, Span | null>();
  let memo: SentenceMemo = new Map();
  let memoOf = -1;
  // (The sentence's text, and its white space made single, cut once for all its figures.)
  let sentence = '';
  let plain = '';
  for (const q of a.quantities) {
    const s = a.sentences[q.sentence];
    if (memoOf !== s.index) {
      memo = new Map();
      memoOf = s.index;
      sentence = a.text.slice(s.start, s.end);
      plain = '';
    }
    if (!market.has(s.index)) market.set(s.index, marketEvidence(sentence));
    const m = market.get(s.index);
    if (m && !economyBeforeMarket(sentence, q.start - s.start)) {
      Object.assign(q, { role: 'market', roleEvidence: { start: s.start + m.start, end: s.start + m.end }, roleReason: 'a price made on a market', roleRule: 'market-report' });
      continue;
    }
    const t = tableRole(a, q, sentence, kb, 0, memo, plain ||= oneSpaced(sentence));
    if (t) {
      Object.assign(q, { role: t.entry.role, roleEvidence: t.evidence, roleReason: t.entry.reason, roleRule: t.entry.id });
      continue;
    }
    const measurement = measured(a, [q], sentence);
    Object.assign(q, measurement
      ? { role: 'measurement', roleEvidence: { start: s.start, end: s.end }, roleReason: 'a measurement of the world, which needs a source', roleRule: 'measured' }
      : { role: 'detail', roleEvidence: { start: q.start, end: q.end }, roleReason: 'a detail of the story rather than a measured statistic', roleRule: 'not-measured' });
  }
}
