// Token shapes and word lists, shared by the analysis and the rules instead of one regular
// expression per use. A shape says what one token looks like ("starts with a capital", "four
// digits"); data/token-shapes.json gives each shape a positive and a negative example, run by
// test/unit/tokens.test.mjs. A word list is a named list of words or short phrases in
// data/word-lists.json, each list with examples of what it decides, run by the same test through
// the whole analysis; `words(name)` gives its WordSet, built once.
import wordLists from './data/word-lists.json';
import { lowerCase } from './lower-case';

// ---- Shapes of one token -------------------------------------------------------------------

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const UPPER_OR_DIGITS = /^[\p{Lu}\d]+$/u;
const LETTER_CHAR = /^\p{L}$/u;
const SPACE_CHAR = /^\s$/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const HAS_SPACE = /\s/;
const BLANK = /^\s*$/;
const SENTENCE_END_MARK = /[.!?…]/;
const UPPER_LETTER = /^\p{Lu}$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_LETTERS = /[^\p{L}]/gu;

// (The tests below that every token meets decide ASCII by its code, and leave the rest to the
// expression: the same answers, without a call of the expression for most words.)

/** The first letter is a capital (Unicode upper case): "Paris", "École". */
export const startsUpper = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : STARTS_UPPER.test(w);
};
/** The first letter is lower case: "paris". */
export const startsLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : STARTS_LOWER.test(w);
};
/** Whether an ASCII letter between `lo` and `hi` stands anywhere in `s`, decided by character code
 *  until the first character beyond ASCII, and by `beyond` (any script) from there. */
function hasLetterIn(s: string, lo: number, hi: number, beyond: RegExp): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return beyond.test(s);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}
/** Has a capital letter anywhere: "eBay". */
export const hasUpper = (w: string): boolean => hasLetterIn(w, 65, 90, HAS_UPPER);
/** One capital then lower-case letters only: "Paris" (not "PARIS", "McCain" or "Paris-based"). */
export const isCapitalised = (w: string): boolean => CAPITALISED.test(w);
/** Lower-case letters only: "paris". */
export const isLowerWord = (w: string): boolean => LOWER_WORD.test(w);
/** Capitals and digits only: "BBC", "G8". */
export const isUpperOrDigits = (w: string): boolean => UPPER_OR_DIGITS.test(w);
/** One letter of any script. */
export const isLetter = (c: string): boolean => LETTER_CHAR.test(c);
/** One white-space character (what `\s` matches). */
export const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE_CHAR.test(c);
/** Ends with a white-space character. */
export const endsWithSpace = (s: string): boolean => s.length > 0 && SPACE_CHAR.test(s[s.length - 1]);

/** Has a lower-case letter anywhere. */
export const hasLower = (s: string): boolean => hasLetterIn(s, 97, 122, HAS_LOWER);
/** Has a letter of any script anywhere. */
export const hasLetter = (s: string): boolean => HAS_LETTER.test(s);
/** Has a white-space character anywhere. */
export const hasSpace = (s: string): boolean => HAS_SPACE.test(s);
/** Empty or white space only. */
export const isBlank = (s: string): boolean => BLANK.test(s);

/** One capital letter: "J". */
export const isUpperLetter = (s: string): boolean => UPPER_LETTER.test(s);
/** One capital letter, with or without a full stop: "J", "J.". */
export const isInitial = (s: string): boolean => UPPER_LETTER.test(s) || (s.endsWith('.') && UPPER_LETTER.test(s.slice(0, -1)));
/** Initials joined by full stops: "U.S", "J.R" (the last stop is the sentence's or the next token's). */
export const isDottedInitials = (s: string): boolean => DOTTED_INITIALS.test(s);
/** The letters of the text only, of any script: "O'Neill-Smith" → "ONeillSmith". */
export const lettersOnly = (s: string): string => s.replace(NON_LETTERS, '');
/** Has a letter or a digit of any script anywhere. */
export const hasLetterOrDigit = (s: string): boolean => LETTER_OR_DIGIT.test(s);

/** Shared patterns for the commonest edits: split on white space, drop a final full stop, drop a leading "the ". */
export const SPACES = /\s+/;
export const FINAL_DOT = /\.$/;
export const LEADING_THE = /^the\s+/i;
/** Every run of white space (global: for `replace(SPACE_RUNS, ' ')`). */
export const SPACE_RUNS = /\s+/g;
/** One white-space character (for `split` and `search`). */
export const ONE_SPACE = HAS_SPACE;
/** A bracketed aside without brackets inside: "(Reuters)" (global: for `replace`). */
export const BRACKETED = /\([^()]*\)/g;

/** Ends with "'s" or "’s". */
export const isPossessive = (w: string): boolean => w.endsWith("'s") || w.endsWith('’s');
/** Without a final "'s" or "’s". */
export const withoutPossessive = (w: string): string => (isPossessive(w) ? w.slice(0, -2) : w);

/** A full stop, a question or exclamation mark, or an ellipsis character. */
export const isSentenceEndMark = (c: string): boolean => SENTENCE_END_MARK.test(c);

/** Has a character in the ASCII range from `lo` to `hi` anywhere. */
function hasInRange(s: string, lo: number, hi: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= lo && c <= hi) return true;
  }
  return false;
}
/** Has an ASCII digit anywhere: "G8". */
export const hasDigit = (s: string): boolean => hasInRange(s, 48, 57);
/** Has an ASCII capital anywhere. */
export const hasAsciiUpper = (s: string): boolean => hasInRange(s, 65, 90);
/** Has an ASCII lower-case letter anywhere. */
export const hasAsciiLower = (s: string): boolean => hasInRange(s, 97, 122);

/** At least one character, every one's code in [lo, hi]. */
function allInRange(s: string, lo: number, hi: number): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < lo || c > hi) return false;
  }
  return true;
}

/** ASCII lower-case letters only, at least one: "monday" (not "Monday" or "été"). */
export const isAsciiLowerWord = (s: string): boolean => allInRange(s, 97, 122);

/** ASCII digits only, at least one: "2005" (not "2,005" or "2.5"). */
export const isDigits = (s: string): boolean => allInRange(s, 48, 57);

/** ASCII capitals only, from `min` to `max` letters: "BBC", "NATO". */
export function isAsciiCapitals(s: string, min = 1, max = Infinity): boolean {
  return s.length >= min && s.length <= max && allInRange(s, 65, 90);
}

/** Four digits that read as a 24-hour clock: "0930", "2200" (first digit 0-2, third 0-5). */
export function isClockDigits(s: string): boolean {
  return s.length === 4 && isDigits(s) && s[0] <= '2' && s[2] <= '5';
}

/** A word character of `\b` and `\w` (ASCII letters, digits, underscore). */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c.length === 0) return false;
  const x = c.charCodeAt(0);
  return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || x === 95;
}

// ---- Runs of marks ---------------------------------------------------------------------------

/** The marks that may open a sentence before its first word: quotation marks and a bracket. */
export const OPENING_MARKS = '"“‘(';

/** Where the run of white space and of the characters of `marks` starting at `from` ends (the length `^[\s…]*` matches). */
export function skipSpaceAnd(s: string, marks: string, from = 0): number {
  let i = from;
  while (i < s.length && (marks.includes(s[i]) || SPACE_CHAR.test(s[i]))) i++;
  return i;
}
/** Empty, or white space and the characters of `marks` only (`/^[\s…]*$/`). */
export const onlySpaceAnd = (s: string, marks: string): boolean => skipSpaceAnd(s, marks) === s.length;
/** The last character is one of the characters of `chars` (`/[…]$/`). */
export const endsWithOneOf = (s: string, chars: string): boolean => s.length > 0 && chars.includes(s[s.length - 1]);
/** The first character is one of the characters of `chars` (`/^[…]/`). */
export const startsWithOneOf = (s: string, chars: string): boolean => s.length > 0 && chars.includes(s[0]);
/** Where the first of the characters of `chars` is, or -1 (`search(/[…]/)`). */
export function indexOfOneOf(s: string, chars: string): number {
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i])) return i;
  return -1;
}
/** After leading white space, one of the characters of `marks` and then a white-space character: a list's bullet ("- item"), a dash before an aside. */
export function markThenSpace(s: string, marks: string): boolean {
  const i = skipSpaceAnd(s, '');
  return startsWithOneOf(s.slice(i), marks) && isSpace(s[i + 1]);
}
/** Has one of the characters of `chars` anywhere (`/[…]/.test`). */
export const hasOneOf = (s: string, chars: string): boolean => indexOfOneOf(s, chars) >= 0;

// ---- Word lists ------------------------------------------------------------------------------

/**
 * A set of words or short phrases, matched whole: as a token (`has`), or as the words that end or
 * start a stretch of text with a word boundary on their open side — what `\b(?:a|b)$` and
 * `^(?:a|b)\b` test, without a pattern.
 */
export class WordSet {
  private readonly set: Set<string>;
  /** The lengths of the entries, longest first. */
  private readonly lengths: number[];
  /** The lengths of the entries that end (`byLast`) or start (`byFirst`) with each code unit, longest first, made when first asked. */
  private byLast: Map<number, number[]> | undefined;
  private byFirst: Map<number, number[]> | undefined;
  /** Whether an entry that a stretch of text matches has the stretch's length and its first and
   *  last code units, lowered as ASCII: true unless an entry is empty or, in a list that ignores
   *  case, holds U+0307 (the only code unit that lowering adds: "İ" to "i̇"). */
  private readonly byEnds: boolean;
  constructor(words: readonly string[], readonly caseSensitive = false) {
    this.set = new Set(caseSensitive ? words : words.map((w) => w.toLowerCase()));
    this.lengths = [...new Set([...this.set].map((w) => w.length))].sort((a, b) => b - a);
    this.byEnds = !this.set.has('') && (caseSensitive || ![...this.set].some((w) => w.includes('\u0307')));
  }
  /**
   * The lengths worth trying for a stretch whose last (`last`) or first code unit is `c`: those
   * of the entries that end or start with it (lowered when the list ignores case and `c` is
   * ASCII, whose lowering needs no context), else every length. Most stretches a list is asked
   * about end or start with a letter few of its entries do: a slice, a lowering and a look-up
   * for each length of the list was most of what a figure's checks cost.
   */
  private lengthsAt(c: number, last: boolean): readonly number[] {
    // (NaN: no code unit there, a stretch cut short by the text's ends: every length, as before.)
    if (!this.byEnds || !(c >= 0)) return this.lengths;
    let key = c;
    if (!this.caseSensitive) {
      if (c >= 128) return this.lengths;
      if (c >= 65 && c <= 90) key = c + 32;
    }
    const index = last ? (this.byLast ??= this.lengthsBy(true)) : (this.byFirst ??= this.lengthsBy(false));
    return index.get(key) ?? NO_LENGTHS;
  }
  private lengthsBy(last: boolean): Map<number, number[]> {
    const index = new Map<number, number[]>();
    for (const w of this.set) {
      const key = w.charCodeAt(last ? w.length - 1 : 0);
      const list = index.get(key);
      if (!list) index.set(key, [w.length]);
      else if (!list.includes(w.length)) list.push(w.length);
    }
    for (const list of index.values()) list.sort((a, b) => b - a);
    return index;
  }
  private norm(s: string): string {
    // (lowerCase: the word itself when it has nothing to lower, no new string per lookup.)
    return this.caseSensitive ? s : lowerCase(s);
  }
  /** The token is one of the words. */
  has(w: string): boolean {
    return this.set.has(this.norm(w));
  }
  /** First words of the entries of more than one word, made when first asked. */
  private firsts: Set<string> | undefined;
  /** The two words `first second` (each in lower case already) are an entry: no string is made
   *  for a first word that starts no entry of two words, as almost every word in a text. */
  hasPair(first: string, second: string): boolean {
    if (!this.firsts) {
      this.firsts = new Set();
      for (const w of this.set) {
        const sp = w.indexOf(' ');
        if (sp > 0) this.firsts.add(w.slice(0, sp));
      }
    }
    return this.firsts.has(first) && this.set.has(`${first} ${second}`);
  }
  /** `w`, in lower case already (a token's `lower`, `lowerOf`), is one of the words: `has` without
   *  reading `w` for capitals again (in the rules' loops over every token, that read cost three
   *  times the look-up). */
  hasLower(w: string): boolean {
    return this.set.has(w);
  }
  /** The token is one of the words, with or without a final full stop ("plc", "plc."). */
  hasWithOptionalDot(w: string): boolean {
    return this.has(w) || (w.endsWith('.') && this.has(w.slice(0, -1)));
  }
  /** The text ends with an entry, whatever is before it (`(?:a|b)$`, no word boundary). */
  endsWithAny(s: string): boolean {
    for (const n of this.lengthsAt(s.charCodeAt(s.length - 1), true)) if (n <= s.length && this.set.has(this.norm(s.slice(s.length - n)))) return true;
    return false;
  }
  /** An entry ends at `end` in `s` and starts at a word boundary. */
  endsAt(s: string, end = s.length): boolean {
    for (const n of this.lengthsAt(s.charCodeAt(end - 1), true)) {
      const start = end - n;
      if (start < 0) continue;
      if (this.set.has(this.norm(s.slice(start, end))) && boundary(s, start)) return true;
    }
    return false;
  }
  /** An entry starts at `start` in `s` and ends at a word boundary. */
  startsAt(s: string, start = 0): boolean {
    for (const n of this.lengthsAt(s.charCodeAt(start), false)) {
      const end = start + n;
      if (end > s.length) continue;
      if (this.set.has(this.norm(s.slice(start, end))) && boundary(s, end)) return true;
    }
    return false;
  }
  /** An entry, as a whole word, ends the text before its trailing white space and, when `dot`, an optional full stop (`\b(?:…)\.?\s*$`). */
  endsBeforeDotSpaces(s: string, dot = true): boolean {
    let end = s.length;
    while (end > 0 && isSpace(s[end - 1])) end--;
    if (this.endsAt(s, end)) return true;
    return dot && end > 0 && s[end - 1] === '.' && this.endsAt(s, end - 1);
  }
  /** An entry, as a whole word, starts the text after leading white space (`^\s*(?:…)\b`). */
  startsAfterSpaces(s: string): boolean {
    let i = 0;
    while (i < s.length && isSpace(s[i])) i++;
    return this.startsAt(s, i);
  }
  /** An entry ends the text followed by exactly one white-space character (`\b(?:…)\s$`). */
  endsBeforeOneSpace(s: string): boolean {
    return endsWithSpace(s) && this.endsAt(s, s.length - 1);
  }
}

const NO_LENGTHS: readonly number[] = [];

/** `\b` at `i`: a word character on one side only. */
function boundary(s: string, i: number): boolean {
  return isWordChar(s[i - 1]) !== isWordChar(s[i]);
}

type ListEntry = { words: string[]; caseSensitive?: boolean };
const LISTS = (wordLists as { lists: Record<string, ListEntry> }).lists;
const built = new Map<string, WordSet>();

/** The word list `name` of data/word-lists.json, built once. */
export function words(name: string): WordSet {
  let w = built.get(name);
  if (!w) {
    const entry = LISTS[name];
    if (!entry) throw new Error(`no word list ${name} in data/word-lists.json`);
    w = new WordSet(entry.words, entry.caseSensitive ?? false);
    built.set(name, w);
  }
  return w;
}

/** For the tests: replace the word list `name` by `replacement` (its own words again when none). */
export function replaceListForTest(name: string, replacement?: readonly string[]): void {
  built.delete(name);
  if (replacement) built.set(name, new WordSet(replacement, LISTS[name]?.caseSensitive ?? false));
}
