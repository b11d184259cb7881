/** A string as a regular-expression pattern that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A test that answers as `new RegExp(opening + '(?:' + phrases.join('|') + ')\\b', flags).test(text)`
 * would, without compiling that pattern: V8 took 50–250 ms to compile a lazy opening followed by an
 * alternation of a hundred verbs (on the first sentence it read, and again for the first text with
 * a character beyond Latin-1), paid by every CLI run. Instead each place where one of the phrases
 * stands (read word by word, folding case as the flags do) is a candidate end of the opening, and
 * the opening, as a lookbehind read at that place only (sticky), is asked whether it ends there;
 * the opening alone is asked first, whether it matches at all (most sentences fail there at once).
 * (Not the opening with `$` after it on the text up to the place: an opening with no `^` was then
 * searched for from the text's start once per place, quadratic on one long sentence.)
 * Whether some match exists is the same (which match a regular expression would give is not, so
 * this is for tests only). The opening must have no capture group or backreference, must end in
 * white space (`\s`), so that only the places right after white space are candidates, and must not
 * look past its own end (no lookahead, no `\b` at its end). Phrases are lower-case ASCII words,
 * one plain space between two.
 */
export class PrefixThenPhrase {
  private readonly opening: RegExp;
  private readonly upTo: RegExp;
  private readonly byFirst = new Map<string, string[][]>();
  private readonly fold: boolean;
  private readonly unicodeFold: boolean;
  constructor(opening: string, flags: string, phrases: readonly string[]) {
    this.opening = new RegExp(opening, flags);
    this.upTo = new RegExp(`(?<=${opening})`, `${flags}y`);
    this.fold = flags.includes('i');
    // (Under `iu`, "ſ" is an "s" and the Kelvin sign a "k", and both are word characters for `\b`.)
    this.unicodeFold = this.fold && flags.includes('u');
    for (const p of phrases) {
      const words = p.split(' ');
      const list = this.byFirst.get(words[0]);
      if (list) list.push(words);
      else this.byFirst.set(words[0], [words]);
    }
  }

  test(text: string): boolean {
    if (!this.opening.test(text)) return false;
    for (let j = 1; j < text.length; j++) {
      if (!isRegExpSpace(text.charCodeAt(j - 1)) || !this.isLetter(text.charCodeAt(j))) continue;
      if (!this.phraseAt(text, j)) continue;
      this.upTo.lastIndex = j;
      if (this.upTo.test(text)) return true;
    }
    return false;
  }

  /** Whether a phrase stands at `at`, followed by a word boundary. */
  private phraseAt(text: string, at: number): boolean {
    const first = this.runEnd(text, at);
    const list = this.byFirst.get(this.word(text, at, first));
    if (!list) return false;
    for (const words of list) {
      let k = first;
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) {
        if (text.charCodeAt(k) !== 32) ok = false;
        else {
          const end = this.runEnd(text, k + 1);
          if (this.word(text, k + 1, end) !== words[w]) ok = false;
          else k = end;
        }
      }
      // (A run of letters ends at a character that is no letter: a digit or "_" after it is still
      // a word character, and no boundary.)
      if (ok && !this.isWordChar(text.charCodeAt(k))) return true;
    }
    return false;
  }

  /** Where the run of letters from `at` ends. */
  private runEnd(text: string, at: number): number {
    let k = at;
    while (k < text.length && this.isLetter(text.charCodeAt(k))) k++;
    return k;
  }

  /** The run of letters, folded as the flags fold (without `i` an upper-case letter stays, and the
   *  word is then no phrase's). */
  private word(text: string, from: number, to: number): string {
    const w = text.slice(from, to);
    if (!this.fold) return w;
    const lower = w.toLowerCase();
    return this.unicodeFold && lower.includes('\u017f') ? lower.split('\u017f').join('s') : lower;
  }

  private isLetter(c: number): boolean {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (this.unicodeFold && (c === 0x17f || c === 0x212a));
  }

  private isWordChar(c: number): boolean {
    return this.isLetter(c) || (c >= 48 && c <= 57) || c === 95;
  }
}

/** Whether a character code is one `\s` matches. */
function isRegExpSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
