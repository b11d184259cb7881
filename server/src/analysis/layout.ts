// How an article is laid out in lines: which line breaks end a paragraph and which are only
// wrapping, and which lines are page furniture (boilerplate, bylines, captions, sponsored
// blocks, datelines on a line of their own, sign-offs).
//
// The decision, per document (docs/layouts.md says why):
// - A document whose paragraphs are blank-line separated reads each blank-line block as one
//   paragraph when the document is hard-wrapped (lines of similar length broken where the next
//   word would not fit) or written one sentence per line (most body blocks have several lines).
//   Otherwise (e.g. several one-line paragraphs that lost their blank lines) each line stays a
//   paragraph unless the break is plainly inside a sentence.
// - A document without blank lines is one paragraph per line, unless it is hard-wrapped: then a
//   break is a space when the next line's first word would not have fitted on the line, and an
//   indented line starts a paragraph.
// - Everywhere: a line ending in a comma, or without sentence punctuation before a line that
//   starts in lower case, runs on; furniture lines, list items and Markdown headings stand alone;
//   the first line (the headline) never runs on unless it opens with a dateline.
import layout from './data/layout.json';
import { WIRE_AGENCIES } from './lexicon';
import { hasAsciiLower, hasAsciiUpper, hasLower, ONE_SPACE, SPACE_RUNS, startsUpper } from './tokens';
import { splitSentences } from './sentences';

export type FurnitureKind = 'boilerplate' | 'sponsored';

interface FurniturePattern {
  kind: FurnitureKind;
  re: RegExp;
  flags: string;
}

// Sponsored patterns first: "Sponsored content" is a sponsored block's header, not a label.
const FURNITURE: FurniturePattern[] = layout.furniture
  .map((f) => ({ kind: f.kind as FurnitureKind, re: new RegExp(f.pattern, f.flags), flags: f.flags ?? '' }))
  .sort((x, y) => Number(y.kind === 'sponsored') - Number(x.kind === 'sponsored'));
/**
 * Whether every top-level alternative of `pattern` opens with `^`: a pattern V8 tries at the
 * start of the text only. (Read by brackets, classes and escapes; anything it cannot tell is "no".)
 */
export function anchoredAtStart(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  let altStart = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (altStart) {
      if (c !== '^') return false;
      altStart = false;
    }
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) altStart = true;
  }
  return !altStart;
}

/** The patterns of each set of flags as one alternation, tried first: most lines are no furniture,
 *  and one test per set says so (the patterns have no back-references to renumber). The patterns
 *  anchored at the line's start make one alternation and the others another: V8 tries an
 *  alternation of anchored patterns at the start only, while one unanchored alternative made it
 *  try every alternative at every character of the line (a fifth of the structure stage's time
 *  on a news article). */
const FURNITURE_ANY: { re: RegExp; flags: string }[] = [...new Set(layout.furniture.map((f) => f.flags ?? ''))].flatMap((flags) => {
  const own = layout.furniture.filter((f) => (f.flags ?? '') === flags);
  return [own.filter((f) => anchoredAtStart(f.pattern)), own.filter((f) => !anchoredAtStart(f.pattern))]
    .filter((set) => set.length)
    .map((set) => ({ flags, re: new RegExp(set.map((f) => `(?:${f.pattern})`).join('|'), flags) }));
});
const SUMMARY_LABELS: RegExp[] = layout.summaryLabels.lines.map((l) => new RegExp(l.pattern, l.flags));
const CODE_LINES = (layout.codeLines.lines as { pattern: string; also?: string; flags: string }[]).map((l) => ({ re: new RegExp(l.pattern, l.flags), also: l.also ? new RegExp(l.also, l.flags) : null }));

/** A style-sheet line left in copy taken from a web page ("padding-top:20px;", ".bio {", "}"). */
export function isCodeLine(t: string): boolean {
  const line = t.trim();
  const last = line.charAt(line.length - 1);
  if (last !== ';' && last !== '{' && last !== '}') return false;
  return line.length <= 200 && CODE_LINES.some((c) => c.re.test(line) && (!c.also || c.also.test(line)));
}
const DATELINES: RegExp[] = layout.datelines.map((d) => new RegExp(d.pattern, 'u'));
/** Every dateline pattern opens with a capital (`^\p{Lu}`): a line that opens with any other ASCII
 *  character is refused by its first code, without a call of each pattern (every line is asked). */
const DATELINES_OPEN_UPPER = layout.datelines.every((d) => d.pattern.startsWith('^\\p{Lu}'));
const SIGN_OFFS = new Set<string>([...WIRE_AGENCIES, ...layout.signOffs.words]);

/** One non-empty line of the document. */
export interface Line {
  /** Span of the trimmed text. */
  start: number;
  end: number;
  /** Offset where the line begins (before its indentation). */
  lineStart: number;
  text: string;
  /** Characters of indentation (a tab counts as 4). */
  indent: number;
  /** An empty line comes before it (or it is the first line of the body). */
  blankBefore: boolean;
  /** A Markdown heading, list item or other line that stands alone by its form. */
  standalone: boolean;
}

/** The kind of furniture a line is, by the data file's patterns, or null. */
export function furnitureOf(t: string): FurnitureKind | null {
  // Furniture opens with a capital, a digit or a mark ("By …", "Advertisement", "© …"): a line in
  // lower case ("by the agency, citing …") is a wrapped sentence running on.
  if (isCodeLine(t)) return 'boilerplate';
  const c = t.trimStart().charAt(0);
  if (c && c !== c.toUpperCase()) return null;
  let sets: string[] | null = null;
  for (const g of FURNITURE_ANY) if (g.re.test(t)) (sets ??= []).push(g.flags);
  if (!sets) return null;
  for (const f of FURNITURE) if (sets.includes(f.flags) && f.re.test(t)) return f.kind;
  return null;
}

/** A label line that announces a summary (ABSTRACT, In brief): the blocks after it are a standfirst. */
export function isSummaryLabel(t: string): boolean {
  const line = t.trim();
  return line.length <= 20 && SUMMARY_LABELS.some((re) => re.test(line));
}

/** An all-caps line of a few words that is not a wire credit: section furniture (SEE ALSO). */
export function isCapsLabel(t: string): boolean {
  return t.length <= 40 && hasAsciiUpper(t) && !hasAsciiLower(t) && !WIRE_AGENCIES.has(t.replace(/[^A-Z ]/g, '').trim());
}

/** A table's row in capitals: a name, then two figures or more ("REDHILL 70 50 .583 -", "ST OAKPORT 69 65 .515 2 1/2"). */
export function isCapsTableRow(t: string): boolean {
  // (Cheap refusals first: every line of an article is asked. A row opens with a capital and has
  // a digit.)
  // (And a lower-case letter right after the first capital, "The", makes the first word no name
  // in capitals: refused before the line is split into words.)
  const at = t.length - t.trimStart().length;
  const c = t.charCodeAt(at);
  const next = t.charCodeAt(at + 1);
  if (!(c >= 65 && c <= 90) || (next >= 97 && next <= 122) || !hasDigit(t)) return false;
  const words = t.trim().split(/ +/);
  let k = 0;
  while (k < words.length && /^[A-Z][A-Z.'&-]*$/.test(words[k])) k++;
  if (k === 0 || words.length - k < 2) return false;
  let digits = false;
  for (let i = k; i < words.length; i++) {
    if (!/^[-\d.,/]+$/.test(words[i])) return false;
    if (/\d/.test(words[i])) digits = true;
  }
  return digits;
}

function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A fixture list's line in capitals: two names and "AT" between them ("OAKPORT AT ST REDHILL"), the home side's town after it. */
export function isCapsFixture(t: string): boolean {
  const words = t.trim().split(/ +/);
  const at = words.indexOf('AT');
  if (at < 1 || at === words.length - 1 || words.length > 9 || words.lastIndexOf('AT') !== at) return false;
  return words.every((w, i) => i === at || /^[A-Z][A-Z.'&-]*$/.test(w));
}

/** The letters of a line in capitals, when they are a sign-off (a wire's name alone). */
export function signOffOf(t: string): string | null {
  if (t.length > 40) return null;
  const compact = t.replace(/[^A-Za-z ]/g, ' ').replace(SPACE_RUNS, ' ').trim().toUpperCase();
  return compact && SIGN_OFFS.has(compact) ? compact : null;
}

const KICKERS = new Set<string>(layout.kickers.words);

/** Most words capitalised: a headline's Title Case, not a lead's sentence. */
function titleCase(t: string): boolean {
  const words = t.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  let caps = 0;
  for (const w of words) if (startsUpper(w)) caps++;
  return caps >= 0.6 * words.length;
}

/**
 * True when the line opens with a dateline ("PORT ELLIS, March 3 (Wire) -") followed by copy in
 * sentence case, or nothing. A kicker ("EXCLUSIVE –"), a slug headline in capitals ("CRICKET -
 * COUNTY SCORES") and a Title Case headline after the dash are headlines, not leads.
 */
export function opensWithDateline(t: string): boolean {
  return datelineLength(t) > 0;
}

/** The length of the dateline the line opens with (as `opensWithDateline` reads it), or 0. */
export function datelineLength(t: string): number {
  if (DATELINES_OPEN_UPPER) {
    const c = t.charCodeAt(0);
    if (c < 128 && !(c >= 65 && c <= 90)) return 0;
  }
  for (const re of DATELINES) {
    const m = re.exec(t);
    if (!m) continue;
    const place = /^[^,(\-–—―\d]*/.exec(m[0])![0].trim();
    if (KICKERS.has(place)) return 0;
    const rest = t.slice(m[0].length);
    if (!rest.trim()) return m[0].length;
    return hasLower(rest) && !titleCase(rest) ? m[0].length : 0;
  }
  return 0;
}

/** True when the whole line is a dateline. */
export function isDatelineOnly(t: string): boolean {
  if (!opensWithDateline(t)) return false;
  return /[-–—―]\s*$/.test(t) || /\d{4}-\d{2}-\d{2}$/.test(t);
}

/** A line that ends a sentence, and one that opens with a lower-case letter or a bracket (also read by paragraphs.ts). */
export const ENDS_SENTENCE = /[.!?…:;]["”’'»)\]]*$/;
const ENDS_WITH_COMMA = /,["”’'»)\]]*$/;
export const STARTS_LOWER = /^[\p{Ll}(]/u;
const LIST_ITEM = /^(?:[-*•·+]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)/;

export function isListItem(t: string): boolean {
  return LIST_ITEM.test(t);
}

function firstWordLength(t: string): number {
  const sp = t.search(ONE_SPACE);
  return sp < 0 ? t.length : sp;
}

/** The visible width of a line: indentation plus text. */
const width = (l: Line) => l.indent + l.text.length;

/** Widest line a hard-wrapped article is taken to use; wider lines are unwrapped paragraphs. */
/** A line's last word in lower case, and a line's first character a digit. */
const ENDS_LOWER_WORD = /\p{Ll}$/u;
const STARTS_DIGIT = /^\s*\d/;
const MAX_WRAP = 120;
/** Narrowest: lines shorter than this are labels or list items, not wrapped copy. */
const MIN_WRAP = 40;

/** True when breaking after `a` was forced by the width `w`: `b`'s first word would not fit. */
function wrapBreak(a: Line, b: Line, w: number): boolean {
  return width(a) <= w && width(a) + 1 + firstWordLength(b.text) > w;
}

/**
 * The width a run of line pairs was wrapped at, or 0 when they do not look wrapped: at least
 * `minPairs` breaks, most of them where the next word would not fit, and continuation lines that
 * often begin in lower case (wrapped prose does; tables and lists of names do not). A pair is
 * given by the index `i` of its first line: lines i and i + 1 (an array of numbers, not one of
 * pairs: a document of 10^5 lines made 10^5 arrays of two for this alone).
 */
function wrapWidth(lines: readonly Line[], pairs: readonly number[], minPairs: number, share: number): number {
  if (pairs.length < minPairs) return 0;
  let w = 0;
  for (const i of pairs) {
    const x = width(lines[i]);
    if (x <= MAX_WRAP && x > w) w = x;
  }
  if (w < 30) return 0;
  let fit = 0;
  let lower = 0;
  for (const i of pairs) {
    const b = lines[i + 1];
    if (!wrapBreak(lines[i], b, w)) continue;
    fit++;
    if (STARTS_LOWER.test(b.text)) lower++;
  }
  return fit >= minPairs && fit >= share * pairs.length && lower >= 0.25 * fit ? w : 0;
}

export interface LayoutDecision {
  /** True when the break after line i (before line i + 1) is a space, not a paragraph break. */
  soft: boolean[];
  /** 'blank-lines' | 'lines'; and how the paragraphs were found, for the hover and docs. */
  separation: 'blank-lines' | 'lines';
  wrapped: number;
  sentencePerLine: boolean;
}

/**
 * Whether the lines inside blank-line blocks are paragraphs, not sentences: a third or more of
 * them hold two sentences or more (a scraped page that lost the blank lines between its
 * paragraphs but kept a few between its sections). Lines of one sentence each are what
 * "one sentence per line" means.
 */
function paragraphsPerLine(lines: Line[], head: number, joinable: (i: number) => boolean): boolean {
  let inBlocks = 0;
  let several = 0;
  for (let i = head + 1; i < lines.length; i++) {
    const inBlock = !lines[i].blankBefore || (i + 1 < lines.length && !lines[i + 1].blankBefore);
    if (!inBlock || !joinable(i)) continue;
    inBlocks++;
    const t = lines[i].text;
    if (splitSentences(t, [{ kind: 'paragraph', start: 0, end: t.length, index: 0 }]).length > 1) several++;
  }
  return inBlocks > 0 && several >= inBlocks / 3;
}

/**
 * Decides, for each pair of consecutive lines, whether the break between them is a space.
 * `lines` are the body's non-empty lines in order; `furniture[i]` says whether line i is
 * furniture (it never joins a neighbour except as noted by the caller).
 */
export function decideBreaks(lines: Line[], furniture: boolean[]): LayoutDecision {
  const n = lines.length;
  const soft = new Array<boolean>(Math.max(0, n - 1)).fill(false);
  const joinable = (i: number) => !furniture[i] && !lines[i].standalone;
  // The headline: the first line that is not furniture (a Markdown heading included).
  let head = 0;
  while (head < n && furniture[head]) head++;
  // Pairs of lines with no blank line between them, neither one furniture nor the headline.
  const pairs: number[] = [];
  let blankBlocks = 0;
  for (let i = 0; i < n; i++) if (lines[i].blankBefore) blankBlocks++;
  for (let i = 0; i + 1 < n; i++) {
    // Breaks before an indented line open paragraphs: they say nothing of the wrap width.
    if (i === head || lines[i + 1].blankBefore || !joinable(i) || !joinable(i + 1) || lines[i + 1].indent > lines[i].indent) continue;
    pairs.push(i);
  }
  const separation = blankBlocks >= 3 ? 'blank-lines' : 'lines';
  const docWidth = wrapWidth(lines, pairs, 3, separation === 'blank-lines' ? 0.7 : 0.5);

  // One sentence (or clause) per line inside blank-line paragraphs: most body blocks hold
  // several lines, and the document is not one paragraph per line with a few blank lines.
  let sentencePerLine = false;
  if (separation === 'blank-lines' && !docWidth) {
    let blocks = 0;
    let multi = 0;
    for (let i = head + 1; i < n; i++) {
      if (!lines[i].blankBefore || !joinable(i)) continue;
      blocks++;
      if (i + 1 < n && !lines[i + 1].blankBefore && joinable(i + 1)) multi++;
    }
    sentencePerLine = multi >= 3 && multi >= 0.6 * blocks && !paragraphsPerLine(lines, head, joinable);
  }

  // Paragraphs opened by an indented first line (two or more of them) bound paragraphs as blank
  // lines do.
  let indented = 0;
  let bodyLines = 0;
  for (let i = head + 1; i < n; i++) {
    if (!joinable(i)) continue;
    bodyLines++;
    if (!lines[i].blankBefore && lines[i].indent > lines[i - 1].indent) indented++;
  }
  // When indented first lines are the convention (not a few indented block quotes), every line
  // that is not indented goes on with its paragraph.
  const indentConvention = indented >= 2 && indented >= 0.15 * bodyLines;
  const bounded = separation === 'blank-lines' || indented >= 2;
  const opens = (i: number) => lines[i].blankBefore || (indented >= 2 && lines[i].indent > lines[i - 1].indent);

  // The width of each paragraph candidate (lines between blank lines or indented first lines)
  // of three or more lines that is itself wrapped, and its widest line: paragraphs may be
  // wrapped at different widths from the rest.
  const blockWidth = new Array<number>(n).fill(0);
  const blockWidest = new Array<number>(n).fill(0);
  if (bounded) {
    for (let s = head + 1; s < n; ) {
      let e = s + 1;
      while (e < n && !opens(e)) e++;
      // (A block of fewer than three lines has fewer than the two pairs a width needs.)
      let w = 0;
      if (e - s >= 3) {
        const own: number[] = [];
        for (let i = s; i + 1 < e; i++) if (joinable(i) && joinable(i + 1)) own.push(i);
        w = wrapWidth(lines, own, 2, 0.99);
      }
      let widest = 0;
      for (let i = s; i < e; i++) if (joinable(i)) widest = Math.max(widest, width(lines[i]));
      for (let i = s; i < e; i++) {
        blockWidth[i] = w;
        blockWidest[i] = widest;
      }
      s = e;
    }
  }

  // Paragraphs wrapped each at a width of their own: the narrowest of those widths. A line that
  // stops mid-sentence where the next word would not have fitted in it is wrapped too, in a block
  // too short or too uneven to show a width of its own.
  let narrowestWrap = 0;
  let wrappedBlocks = 0;
  for (let i = head + 1; i < n; i++) {
    if (!blockWidth[i] || (i > head + 1 && blockWidth[i - 1] && !opens(i))) continue;
    wrappedBlocks++;
    narrowestWrap = narrowestWrap ? Math.min(narrowestWrap, blockWidth[i]) : blockWidth[i];
  }
  if (wrappedBlocks < 2) narrowestWrap = 0;

  for (let i = 0; i + 1 < n; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (b.blankBefore) continue;
    // A dateline on a line of its own opens the paragraph below it.
    if (isDatelineOnly(a.text) && !furniture[i + 1] && !b.standalone) {
      soft[i] = true;
      continue;
    }
    if (!joinable(i) || !joinable(i + 1)) continue;
    // The headline stands alone unless it is the start of a lead with a dateline, or a wrapped
    // line that the next one plainly continues.
    if (i === head && !opensWithDateline(a.text)) {
      if (docWidth && wrapBreak(a, b, docWidth) && !ENDS_SENTENCE.test(a.text) && STARTS_LOWER.test(b.text)) soft[i] = true;
      continue;
    }
    // An indented line after a less indented one opens a paragraph.
    if (b.indent > a.indent) continue;
    const midSentence = !ENDS_SENTENCE.test(a.text);
    // In blank-line paragraphs, a line that ends on a lower-case word with no stop cannot end its
    // paragraph: a figure opening the next line goes on with it ("would hire" / "120 welders").
    const runsOnToFigure = bounded && midSentence && ENDS_LOWER_WORD.test(a.text) && STARTS_DIGIT.test(b.text);
    if (ENDS_WITH_COMMA.test(a.text) || (midSentence && STARTS_LOWER.test(b.text)) || runsOnToFigure) {
      soft[i] = true;
      continue;
    }
    // (One sentence per line: each line ends a sentence; a line that does not is a label or a
    // list item.)
    if ((separation === 'blank-lines' && (docWidth || (sentencePerLine && !midSentence))) || blockWidth[i] || indentConvention) {
      soft[i] = true;
      continue;
    }
    // A short blank-line block (two lines, say), or one wrapped unevenly, gives no width of its
    // own: a line that stops mid-sentence where the next word would not have fitted in the block
    // is wrapped. (The line itself may be short when that word is long: "…, Fiona" before
    // "McAllister,"; the block's widest line says it is wrapped copy, not labels.)
    if (bounded && midSentence && blockWidest[i] >= MIN_WRAP && blockWidest[i] <= MAX_WRAP && wrapBreak(a, b, blockWidest[i])) {
      soft[i] = true;
      continue;
    }
    if (narrowestWrap && midSentence && wrapBreak(a, b, narrowestWrap)) {
      soft[i] = true;
      continue;
    }
    if (docWidth && wrapBreak(a, b, docWidth)) soft[i] = true;
  }
  return { soft, separation, wrapped: docWidth, sentencePerLine };
}
