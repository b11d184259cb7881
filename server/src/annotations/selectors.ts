// W3C selectors applied to a plain text: where a TextQuoteSelector, TextPositionSelector,
// RangeSelector, FragmentSelector (RFC 5147 `char=`) and any selector's `refinedBy` fall.
// Offsets in and out are UTF-16 code units (as in the editor); a TextPositionSelector counts
// Unicode code points, as the W3C model says, and is converted here.

export type Json = Record<string, unknown>;
export interface Span { start: number; end: number }

/** What the anchoring used, so that a re-anchored annotation can record its new place. */
export interface Via { quote?: Json; position?: Json }

const CONTEXT = 40;
const MAX_OCCURRENCES = 10_000;

/** Code point ↔ UTF-16 offsets in one text, built once per text. */
export class CodePoints {
  /** UTF-16 offsets of the high surrogates of astral characters, ascending. */
  private readonly pairs: number[] = [];
  constructor(readonly text: string) {
    for (let i = text.search(/[\uD800-\uDBFF][\uDC00-\uDFFF]/); i >= 0 && i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.pairs.push(i++);
      }
    }
  }
  /** UTF-16 offset of code point `cp` counted from UTF-16 offset `from`; null past the end. */
  toUtf16(cp: number, from = 0): number | null {
    if (!this.pairs.length) return from + cp <= this.text.length ? from + cp : null;
    let at = from;
    let left = cp;
    let k = this.firstPairAtOrAfter(from);
    while (left > 0) {
      const next = k < this.pairs.length ? this.pairs[k] : Infinity;
      if (at + left <= next) return at + left <= this.text.length ? at + left : null;
      left -= next - at + 1;
      at = next + 2;
      k++;
    }
    return at <= this.text.length ? at : null;
  }
  /** Code points between UTF-16 offsets `from` and `to`. */
  toCodePoint(to: number, from = 0): number {
    return to - from - (this.firstPairAtOrAfter(to) - this.firstPairAtOrAfter(from));
  }
  private firstPairAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export function quoteSelector(text: string, start: number, end: number): { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } {
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), ...contextOf(text, start, end) };
}
export function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const FRAGMENT_CHAR = /^char=(\d+),(\d+)$/;

/** Why `s` cannot be applied to plain text, or null when it can. */
export function unusableSelector(s: unknown): string | null {
  if (typeof s === 'string') return `a selector given only by its IRI (${s.slice(0, 80)})`;
  if (!isObject(s)) return 'a selector that is not an object';
  const refine = s.refinedBy === undefined ? null : firstUsable(s.refinedBy);
  switch (s.type) {
    case 'TextQuoteSelector':
      if (typeof s.exact !== 'string' || !s.exact) return 'a TextQuoteSelector without "exact" text';
      if ((s.prefix !== undefined && typeof s.prefix !== 'string') || (s.suffix !== undefined && typeof s.suffix !== 'string')) return 'a TextQuoteSelector whose prefix or suffix is not text';
      return null;
    case 'TextPositionSelector':
      return isCount(s.start) && isCount(s.end) && s.start <= s.end ? null : 'a TextPositionSelector without whole-number "start" ≤ "end"';
    case 'RangeSelector': {
      const why = unusableSelector(s.startSelector) ?? unusableSelector(s.endSelector);
      return why ? `a RangeSelector with ${why}` : null;
    }
    case 'FragmentSelector':
      if (typeof s.value === 'string' && FRAGMENT_CHAR.test(s.value)) return null;
      return refine ? null : `a FragmentSelector (${String(s.value).slice(0, 40)}) that is not an RFC 5147 "char=" range`;
    default:
      return refine ? null : `a ${typeof s.type === 'string' ? s.type : 'selector of no type'}, which does not apply to plain text`;
  }
}

/** The first usable selector of a selector value (one or a list of alternatives), or null. */
function firstUsable(v: unknown): Json | null {
  for (const s of Array.isArray(v) ? v : [v]) if (!unusableSelector(s)) return s as Json;
  return null;
}

/** The kinds of selector in the order they are tried: the first kind present decides. */
const ORDER = ['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'FragmentSelector'];
function rank(s: Json): number {
  const i = ORDER.indexOf(s.type as string);
  return i < 0 ? ORDER.length : i;
}

/**
 * Where a list of alternative selectors falls in `scope` of the text. The best kind present
 * decides (a quote whose words are gone is not rescued by a stale position): TextQuoteSelector
 * (scored by its prefix and suffix, then by nearness to a TextPositionSelector given beside it),
 * then TextPositionSelector, RangeSelector, FragmentSelector, and last a selector Sourced cannot
 * apply but that is refined by one it can (the refinement is then looked for in the whole scope).
 */
export function resolveAlternatives(alternatives: unknown[], cp: CodePoints, scope: Span, via?: Via): Span | null {
  const usable = alternatives.filter((s): s is Json => !unusableSelector(s));
  if (!usable.length) return null;
  const best = Math.min(...usable.map(rank));
  const position = usable.find((s) => s.type === 'TextPositionSelector');
  for (const s of usable) {
    if (rank(s) !== best) continue;
    const r = resolveOne(s, cp, scope, position);
    if (!r) continue;
    if (via && s.type === 'TextQuoteSelector') Object.assign(via, { quote: s, position });
    else if (via && s.type === 'TextPositionSelector') Object.assign(via, { position: s });
    return r;
  }
  return null;
}

function resolveOne(s: Json, cp: CodePoints, scope: Span, hint?: Json): Span | null {
  let r: Span | null;
  switch (s.type) {
    case 'TextQuoteSelector': r = findQuote(s, cp, scope, hint); break;
    case 'TextPositionSelector': r = positionIn(s.start as number, s.end as number, cp, scope); break;
    case 'RangeSelector': {
      const a = resolveAlternatives([s.startSelector], cp, scope);
      const b = a && resolveAlternatives([s.endSelector], cp, { start: a.start, end: scope.end });
      r = a && b ? { start: a.start, end: b.start } : null;
      break;
    }
    case 'FragmentSelector': {
      const m = FRAGMENT_CHAR.exec(String(s.value));
      r = m ? positionIn(Number(m[1]), Number(m[2]), cp, scope) : { ...scope };
      break;
    }
    default: r = { ...scope };
  }
  if (!r || s.refinedBy === undefined) return r;
  const refinements = Array.isArray(s.refinedBy) ? s.refinedBy : [s.refinedBy];
  if (!refinements.some((x) => !unusableSelector(x))) return r;
  return resolveAlternatives(refinements, cp, r);
}

function positionIn(start: number, end: number, cp: CodePoints, scope: Span): Span | null {
  if (start > end) return null;
  const s = cp.toUtf16(start, scope.start);
  const e = s === null ? null : cp.toUtf16(end - start, s);
  return s !== null && e !== null && e <= scope.end ? { start: s, end: e } : null;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Every occurrence of the exact text in the scope, scored by how much of its prefix and suffix
 * still match, then by closeness to the position hint. Null when the words are gone.
 */
function findQuote(q: Json, cp: CodePoints, scope: Span, hint?: Json): Span | null {
  const text = cp.text;
  const exact = q.exact as string;
  const prefix = (q.prefix as string | undefined) ?? '';
  const suffix = (q.suffix as string | undefined) ?? '';
  const near = hint ? cp.toUtf16(hint.start as number) : null;
  let best: { start: number; score: number } | null = null;
  let seen = 0;
  // Searched within the scope only: a search of the whole text from the scope's start ran to the
  // document's end for each annotation whose words are gone (a RangeSelector's end looks in what
  // follows its start, so one file's annotations could read the article many times over).
  const within = text.slice(scope.start, scope.end);
  for (let i = within.indexOf(exact); i >= 0 && seen < MAX_OCCURRENCES; i = within.indexOf(exact, i + 1)) {
    const at = scope.start + i;
    seen++;
    const pre = commonSuffixLength(text.slice(Math.max(scope.start, at - CONTEXT), at), prefix);
    const suf = commonPrefixLength(text.slice(at + exact.length, Math.min(scope.end, at + exact.length + CONTEXT)), suffix);
    const distance = near === null ? 0 : Math.abs(at - near);
    const score = (pre + suf) * 1000 - Math.min(distance, 999);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}
