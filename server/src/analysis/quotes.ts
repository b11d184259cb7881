// Quotation marks: direct quotes, scare quotes, quotes continued across paragraphs, unclosed marks.
import type { Block, Quote, Sentence } from './types';
import { SPEECH_VERBS } from './lexicon';
import { lastStartingBy } from './spans';
import { endsWithOneOf, hasLetterOrDigit, isSpace, startsWithOneOf } from './tokens';

/** White space, an opening bracket or a dash: what comes before a mark that opens a quotation. */
const opensLike = (c: string): boolean => isSpace(c) || '([—–-'.includes(c);
/** Ends with one of the characters of `chars` and then white space (at least one character of it when `spaced`). */
function endsAfterSpaces(s: string, chars: string, spaced = false): boolean {
  const t = s.trimEnd();
  return (!spaced || t.length < s.length) && endsWithOneOf(t, chars);
}

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';
const DOUBLE_STRAIGHT = '"';
const GUILLEMET_OPEN = '«';
const GUILLEMET_CLOSE = '»';

interface Mark {
  pos: number;
  /** Straight marks between two words or two spaces could open or close. */
  role: 'open' | 'close' | 'either';
  /** Characters the mark spans: 2 for two apostrophes standing for a double mark (''…''). */
  width: number;
}

/** Two straight apostrophes at `i`, and no third on either side: a double quotation mark typed as
 *  two single ones (''…''), as some wire and archive text writes them. */
const isDoubledApostrophe = (text: string, i: number, start: number, end: number): boolean => {
  if (text[i] !== "'" || i + 1 >= end || text[i + 1] !== "'") return false;
  const third = i + 2 < end && text[i + 2] === "'";
  const afterThird = i + 3 < end && text[i + 3] === "'";
  const before = i > start && text[i - 1] === "'";
  if (!third && !before) return true;
  // (Three in a row close a single quotation inside a double one, '… 'Kosovo is special,''': the
  // last two are the double mark; '''Kosovo …' opens both, the first two.)
  if (before && !third) return i - 2 < start || text[i - 2] !== "'";
  return third && !afterThird && !before && i + 3 < end && !isSpace(text[i + 3]) && (i === start || isSpace(text[i - 1]));
};

function marksIn(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === OPEN_CURLY || c === GUILLEMET_OPEN) marks.push({ pos: i, role: 'open', width: 1 });
    else if (c === CLOSE_CURLY || c === GUILLEMET_CLOSE) marks.push({ pos: i, role: 'close', width: 1 });
    else if (c === DOUBLE_STRAIGHT || isDoubledApostrophe(text, i, start, end)) {
      const width = c === DOUBLE_STRAIGHT ? 1 : 2;
      const before = i > start ? text[i - 1] : ' ';
      const after = i + width < end ? text[i + width] : ' ';
      // Markup left in the text (an attribute value: <embed author="…" date="…">) is no quotation.
      if (before === '=' || after === '>') continue;
      const openLike = opensLike(before) || i === start;
      const closeLike = isSpace(after) || '.,;:!?)]—–-'.includes(after) || i + width === end;
      // Ambiguous marks alternate: a mark that could be either closes an open quote.
      marks.push({ pos: i, role: openLike && !closeLike ? 'open' : !openLike && closeLike ? 'close' : 'either', width });
      i += width - 1;
    }
  }
  return marks;
}

const WORD = /[\p{L}\p{N}]+/gu;
function countWords(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s)) n++;
  return n;
}

/** The sentence holding `pos` (or the last one starting before it). */
function sentenceAt(sentences: Sentence[], pos: number, _hint: number): number {
  return lastStartingBy(sentences, pos);
}

const SPEECH_NEAR_BEFORE = /(?<![A-Za-z0-9_])([a-z]+)(?:\s*(?:[:,]|that))?\s*$/;
const SPEECH_NEAR_AFTER = /^[\s,]*(?:[\p{L}’'.-]+\s+){0,4}?([a-z]+)\b/u;

/** Finds quotations. Attributions fill in speakers afterwards. */
export function findQuotes(text: string, blocks: Block[], sentences: Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  let hint = 0;
  // The next paragraph or credit after each block, found once (not by a scan per block).
  const nextBody = new Array<number>(blocks.length).fill(-1);
  for (let i = blocks.length - 2, next = -1; i >= 0; i--) {
    const b = blocks[i + 1];
    if (b.kind === 'paragraph' || b.kind === 'credit') next = i + 1;
    nextBody[i] = next;
  }
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.kind !== 'paragraph' && b.kind !== 'standfirst' && b.kind !== 'headline' && b.kind !== 'heading') continue;
    const marks = marksIn(text, b.start, b.end);
    const blockFirstQuote = quotes.length;
    let openAt = -1;
    let openWidth = 1;
    for (const m of marks) {
      if (openAt < 0) {
        // A stray closing mark with nothing open is left alone.
        if (m.role !== 'close') {
          openAt = m.pos;
          openWidth = m.width;
        }
        continue;
      }
      if (m.role !== 'open') {
        quotes.push(makeQuote(text, sentences, openAt, m.pos + m.width, false, false, (hint = sentenceAt(sentences, openAt, hint)), b.start, openWidth, m.width));
        openAt = -1;
      } else {
        // Two opening marks in a row. After a finished sentence this is a quote that ran on over a
        // paragraph break lost in conversion ("...Murray. "However, ..."): continued, not unclosed.
        const ranOn = endsAfterSpaces(text.slice(Math.max(openAt, m.pos - 4), m.pos), '.!?…', true);
        let end = m.pos;
        while (end > openAt && isSpace(text[end - 1])) end--;
        quotes.push(makeQuote(text, sentences, openAt, end, ranOn, !ranOn, (hint = sentenceAt(sentences, openAt, hint)), b.start, openWidth));
        openAt = m.pos;
        openWidth = m.width;
      }
    }
    if (openAt < 0) singleQuotes(text, b.start, b.end, quotes, sentences, blockFirstQuote);
    if (openAt >= 0) {
      // Continued if the next paragraph opens with a quotation mark.
      const next = nextBody[bi] >= 0 ? blocks[nextBody[bi]] : undefined;
      const nextOpens = next?.kind === 'paragraph' && (startsWithOneOf(text.slice(next.start, next.start + 1), '“"«') || isDoubledApostrophe(text, next.start, next.start, next.end));
      quotes.push(makeQuote(text, sentences, openAt, b.end, nextOpens, !nextOpens, (hint = sentenceAt(sentences, openAt, hint)), b.start, openWidth));
    }
  }
  return quotes;
}

/**
 * British-style quotes in single curly marks (‘…’) outside any double-quoted span. An opening
 * ‘ is unambiguous; a closing ’ must be followed by a space or punctuation (not "don’t").
 */
function singleQuotes(text: string, start: number, end: number, quotes: Quote[], sentences: Sentence[], from: number): void {
  // The block's own double quotes, sorted and apart: a cursor walks them as the search moves on.
  const own = quotes.slice(from);
  let k = 0;
  const inDouble = (pos: number) => {
    while (k < own.length && own[k].end <= pos) k++;
    return k < own.length && own[k].start <= pos;
  };
  const before = quotes.length;
  // Every search stops at the block's end: a search to the end of the document, once per block,
  // made a long article quadratic.
  let i = indexWithin(text, '‘', start, end);
  while (i >= 0) {
    if (!inDouble(i) && (i === start || opensLike(text[i - 1]))) {
      let j = indexWithin(text, '’', i + 1, end);
      while (j >= 0 && j + 1 < end && hasLetterOrDigit(text[j + 1])) j = indexWithin(text, '’', j + 1, end);
      if (j < 0) break;
      quotes.push(makeQuote(text, sentences, i, j + 1, false, false, sentenceAt(sentences, i, 0), start));
      i = indexWithin(text, '‘', j + 1, end);
      continue;
    }
    i = indexWithin(text, '‘', i + 1, end);
  }
  if (quotes.length > before) {
    const tail = quotes.splice(from).sort((a, b) => a.start - b.start);
    quotes.push(...tail);
  }
}

/** The first `ch` in text[from, end), or -1: indexOf that never looks past `end`. */
export function indexWithin(text: string, ch: string, from: number, end: number): number {
  const code = ch.charCodeAt(0);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function makeQuote(text: string, sentences: Sentence[], start: number, end: number, continued: boolean, unclosed: boolean, sentence: number, blockStart: number, openWidth = 1, closeWidth = 1): Quote {
  const closed = !continued && !unclosed;
  const inner = { start: start + openWidth, end: closed ? end - closeWidth : end };
  const innerText = text.slice(inner.start, inner.end);
  const words = countWords(innerText);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  const vb = SPEECH_NEAR_BEFORE.exec(before)?.[1];
  const va = SPEECH_NEAR_AFTER.exec(after)?.[1];
  const verbNear = (vb && SPEECH_VERBS.has(vb)) || (va && SPEECH_VERBS.has(va)) || before.trimEnd().endsWith(':');
  const endsLikeSpeech = endsAfterSpaces(innerText, ',.!?…') && closed;
  // At the start of its paragraph (not merely of a line: hard-wrapped text breaks lines anywhere).
  const paragraphStart = start === blockStart;
  let speech: boolean;
  if (closed) speech = words >= 7 || (words >= 2 && (endsLikeSpeech || verbNear)) || (paragraphStart && words >= 3);
  else speech = words >= 7 || !!verbNear || paragraphStart;
  // A short phrase after a word of naming is a name or a label, not speech: these so-called
  // "next generation" machines, what are called "qualified industrial zones".
  if (closed && words < 7 && /\b(?:so-called|dubbed|termed|labell?ed|branded|nicknamed|known as|billed as|are called|is called|was called|were called|been called|been dubbed|been labell?ed|been branded)\s*$/i.test(before)) speech = false;
  // (A longer name too, when it is no sentence: first dubbed "Maggie's Little Shop of Second-Hand Wonders",
  // billed as "the biggest free music festival in the north of England".)
  if (closed && words < 13 && !endsAfterSpaces(innerText, '.!?…') && /\b(?:so-called|dubbed|termed|labell?ed|branded|nicknamed|known as|billed as|been dubbed|been labell?ed|been branded)\s*$/i.test(before)) speech = false;
  void sentences;
  return { start, end, inner, speaker: null, speakerSpan: null, attribution: -1, continued, unclosed, speech, sentence };
}
