// Lower case without a new string for a word that is already in lower case. `toLowerCase` makes a
// new string on every call, even when nothing changes, and the analysis asks it of every token
// many times over (a word list's lookup, a cue's test): on a long article that was a large share
// of everything allocated, and of the collector's time.
import type { Token } from './types';

/** `s.toLowerCase()`: the same text, and `s` itself when it has no capital (ASCII) to lower. */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (Curly quotation marks, dashes and the like, U+2000–U+206F, have no case: a token "“" or
    // "—" is its own lower case, with no call into the locale's case mapping.)
    if ((c >= 65 && c <= 90) || (c >= 128 && (c < 0x2000 || c > 0x206f))) return s.toLowerCase();
  }
  return s;
}

/** A token's text in lower case: its own `lower` where tokenize gave it one (no new string), '' for none. */
export const lowerOf = (t: Token | undefined): string => (t ? (t.lower ?? lowerCase(t.text)) : '');
