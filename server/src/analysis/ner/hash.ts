// 32-bit hashing for the tagger's features: a string hash (FNV-1a) and an integer mix, so that a
// feature is a number and the model a table of numbers, with no string built per token.

/** FNV-1a over the UTF-16 code units of `s`, as an unsigned 32-bit integer. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two 32-bit values into one (murmur3's finaliser over a ^ rotated b). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul((b << 13) | (b >>> 19), 0x5bd1e995)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
