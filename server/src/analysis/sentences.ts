// Sentences and tokens with exact UTF-16 offsets.
import { lowerCase } from './lower-case';
import { isDottedInitials, isSentenceEndMark, isUpperLetter, words as wordList } from './tokens';

/** Closing quotes and brackets, which belong to the sentence they close. */
const CLOSERS = '"”’\')]»';
import type { Block, Sentence, Token } from './types';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st mt ft gen lt col capt cmdr adm maj sgt cpl pte sen rep gov pres prof rev hon jr sr messrs ' +
    'inc ltd co corp plc bros dept est approx vs etc cf al no nos fig vol ed eds ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'a.m p.m e.g i.e u.s u.k u.n u.s.a d.c a.d b.c ph.d'
  ).split(' '),
);

/** A token: a word (letters/digits joined by inner apostrophes, hyphens, dots, ampersands), or one character. */
const TOKEN_RE = /\p{N}+(?:[.,/]\p{N}+)*(?![\p{L}\p{M}])|[\p{L}\p{M}\p{N}]+(?:['’\-.&](?=[\p{L}\p{M}\p{N}])[\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

// Compiled once (the bundler rebuilds a `\p{…}` literal at each evaluation).
const UPPER_START_CHAR = /[\p{Lu}\p{N}“"‘'(\[«¿¡]/u;
const WORD_CHAR = /[\p{L}\p{N}.]/u;

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  return UPPER_START_CHAR.test(ch);
}

/** Splits the blocks' text into sentences. Boilerplate, front matter and credits stay whole. */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === 'frontMatter' || block.kind === 'boilerplate' || block.kind === 'sponsored') continue;
    if ((block.kind === 'headline' || block.kind === 'credit' || block.kind === 'heading') && block.end - block.start < 400) {
      sentences.push({ start: block.start, end: block.end, index: sentences.length, block: block.index });
      continue;
    }
    let start = block.start;
    const end = block.end;
    let i = start;
    while (i < end) {
      const ch = text[i];
      if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
        let j = i + 1;
        while (j < end && isSentenceEndMark(text[j])) j++;
        // Closing quotes and brackets belong to the sentence they close.
        while (j < end && CLOSERS.includes(text[j])) j++;
        let k = j;
        while (k < end && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\r' || text[k] === '\u00a0')) k++;
        if (k === j && k < end) {
          i = j;
          continue;
        }
        if (k >= end) break;
        if (ch === '.' && !boundaryAfterPeriod(text, start, i, k)) {
          i = j;
          continue;
        }
        if (!isUpperStart(text[k])) {
          i = j;
          continue;
        }
        sentences.push({ start, end: j, index: sentences.length, block: block.index });
        start = k;
        i = k;
        continue;
      }
      i++;
    }
    if (start < end) sentences.push({ start, end, index: sentences.length, block: block.index });
  }
  return sentences;
}

function boundaryAfterPeriod(text: string, sentenceStart: number, dot: number, next: number): boolean {
  // The word before the full stop.
  let w = dot;
  const limit = Math.max(sentenceStart, dot - 20);
  while (w > limit && WORD_CHAR.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "U.S." or "Inc." can end a sentence when a capitalised common word follows; keep it simple:
    // titles never end one, country abbreviations do when followed by a pronoun/article.
    if (wordList('sentenceEndingAbbreviations').has(lower)) {
      return wordList('sentenceOpeners').startsAt(text.slice(next, next + 6));
    }
    return false;
  }
  // A single capital initial: "John F. Kennedy".
  if (isUpperLetter(word)) return false;
  // Dotted initialisms like "J.R." inside names.
  if (isDottedInitials(word)) return false;
  return true;
}

/** TOKEN_RE anchored where it is tried: every non-space character starts a token, no space does. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');
const LETTER_OR_MARK_START = /^[\p{L}\p{M}]/u;
const NUMBER_START = /^\p{N}/u;

/** JavaScript's `\s`: the characters a regular expression's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Where TOKEN_AT's match at `p` ends (in a sentence that ends at `n`), read by character codes for the usual cases: a word of
 * ASCII letters and digits (with its inner apostrophes, hyphens, dots and ampersands before a
 * letter or digit), or one ASCII mark. -1 where the expression must decide: a figure first
 * (it may take a decimal point or stop short of a letter), or a character past ASCII in the
 * word or beside a joiner (a letter or a mark in Unicode's sense, or not).
 */
function asciiTokenEnd(s: string, p: number, n: number): number {
  const c = s.charCodeAt(p);
  if (c >= 128 || (c >= 48 && c <= 57)) return -1;
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return p + 1;
  let q = p + 1;
  for (;;) {
    while (q < n && isAsciiAlnum(s.charCodeAt(q))) q++;
    if (q >= n) return q;
    const j = s.charCodeAt(q);
    if (j >= 128 && j !== 0x2019) return -1;
    if (j !== 39 && j !== 0x2019 && j !== 45 && j !== 46 && j !== 38) return q;
    if (q + 1 >= n) return q;
    const after = s.charCodeAt(q + 1);
    if (after >= 128) return -1;
    if (!isAsciiAlnum(after)) return q;
    q += 2;
  }
}

/** Tokenises each sentence. Possessive 's is split off as its own token. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const s of sentences) {
    // The same tokens as TOKEN_RE run globally over the sentence: each starts at the next
    // non-space character. The sticky form skips the match arrays. The usual tokens are read
    // from the text itself, by character code; only the expression reads the sentence's own
    // string (its lookaheads must not see past the sentence), made when it is first needed.
    let slice: string | undefined;
    const first = tokens.length;
    const sentenceEnd = s.end;
    for (let p = s.start; p < sentenceEnd; ) {
      if (isSpace(text.charCodeAt(p))) {
        p++;
        continue;
      }
      let tokEnd = asciiTokenEnd(text, p, sentenceEnd);
      if (tokEnd < 0) {
        slice ??= text.slice(s.start, sentenceEnd);
        TOKEN_AT.lastIndex = p - s.start;
        if (!TOKEN_AT.test(slice)) break; // unreachable: [^\s] matches any non-space character
        tokEnd = s.start + TOKEN_AT.lastIndex;
      }
      const t = text.slice(p, tokEnd);
      const start = p;
      const end = tokEnd;
      p = tokEnd;
      const last = t.charCodeAt(t.length - 1);
      const apos = t.length > 2 ? t.charCodeAt(t.length - 2) : 0;
      if ((last === 115 || last === 83) && (apos === 39 || apos === 0x2019)) {
        const stemEnd = end - 2;
        const stem = t.slice(0, -2);
        tokens.push({ start, end: stemEnd, text: stem, lower: lowerCase(stem), kind: 'word', sentence: s.index, index: tokens.length - first });
        tokens.push({ start: stemEnd, end, text: t.slice(-2), kind: 'punct', sentence: s.index, index: tokens.length - first });
        continue;
      }
      const c0 = t.charCodeAt(0);
      const kind: Token['kind'] = (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) ? 'word' : c0 >= 48 && c0 <= 57 ? 'number' : c0 < 128 ? 'punct' : LETTER_OR_MARK_START.test(t) ? 'word' : NUMBER_START.test(t) ? 'number' : 'punct';
      // Trailing dot on a word belongs to the token only for known abbreviations.
      tokens.push({ start, end, text: t, lower: lowerCase(t), kind, sentence: s.index, index: tokens.length - first });
    }
  }
  return tokens;
}

const bySentenceCache = new WeakMap<Token[], Token[][]>();

/**
 * The tokens of each sentence, as lists indexed by sentence (tokenize emits them in sentence
 * order). Built once per token list and shared: callers must not modify the lists.
 */
export function tokensBySentence(tokens: Token[], sentences: Sentence[]): Token[][] {
  const hit = bySentenceCache.get(tokens);
  if (hit && hit.length === sentences.length) return hit;
  const out: Token[][] = new Array(sentences.length);
  for (let i = 0; i < out.length; i++) out[i] = [];
  // Runs of one sentence become slices; tokens out of sentence order fall back to one by one.
  let sorted = true;
  for (let i = 1; i < tokens.length; i++) if (tokens[i].sentence < tokens[i - 1].sentence) sorted = false;
  if (sorted) {
    for (let from = 0, i = 1; i <= tokens.length; i++) {
      if (i < tokens.length && tokens[i].sentence === tokens[from].sentence) continue;
      out[tokens[from].sentence] = tokens.slice(from, i);
      from = i;
    }
  } else for (const t of tokens) out[t.sentence].push(t);
  bySentenceCache.set(tokens, out);
  return out;
}
