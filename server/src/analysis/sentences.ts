// Sentences and tokens with exact UTF-16 offsets.
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

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Lu}\p{N}“"‘'(\[«¿¡]/u.test(ch);
}

/** Splits the blocks' text into sentences. Boilerplate, front matter and credits stay whole. */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === 'frontMatter' || block.kind === 'boilerplate') continue;
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
        while (j < end && /[.!?…]/.test(text[j])) j++;
        // Closing quotes and brackets belong to the sentence they close.
        while (j < end && /["”’')\]»]/.test(text[j])) j++;
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
  while (w > limit && /[\p{L}\p{N}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "U.S." or "Inc." can end a sentence when a capitalised common word follows; keep it simple:
    // titles never end one, country abbreviations do when followed by a pronoun/article.
    if (/^(?:u\.s|u\.k|u\.n|inc|ltd|co|corp|plc|etc|a\.m|p\.m)$/.test(lower)) {
      return /^(?:The|A|An|He|She|They|It|We|I|But|And|In|On|At|This|That|Its|Their|His|Her)\b/.test(text.slice(next, next + 6));
    }
    return false;
  }
  // A single capital initial: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted initialisms like "J.R." inside names.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return false;
  return true;
}

/** Tokenises each sentence. Possessive 's is split off as its own token. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const s of sentences) {
    TOKEN_RE.lastIndex = 0;
    const slice = text.slice(s.start, s.end);
    const first = tokens.length;
    let m: RegExpExecArray | null;
    while ((m = TOKEN_RE.exec(slice))) {
      const t = m[0];
      const start = s.start + m.index;
      const end = start + t.length;
      const last = t.charCodeAt(t.length - 1);
      const apos = t.length > 2 ? t.charCodeAt(t.length - 2) : 0;
      if ((last === 115 || last === 83) && (apos === 39 || apos === 0x2019)) {
        const stemEnd = end - 2;
        tokens.push({ start, end: stemEnd, text: t.slice(0, -2), kind: 'word', sentence: s.index, index: tokens.length - first });
        tokens.push({ start: stemEnd, end, text: t.slice(-2), kind: 'punct', sentence: s.index, index: tokens.length - first });
        continue;
      }
      const c0 = t.charCodeAt(0);
      const kind: Token['kind'] = (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) ? 'word' : c0 >= 48 && c0 <= 57 ? 'number' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : /^\p{N}/u.test(t) ? 'number' : 'punct';
      // Trailing dot on a word belongs to the token only for known abbreviations.
      tokens.push({ start, end, text: t, kind, sentence: s.index, index: tokens.length - first });
    }
  }
  return tokens;
}
