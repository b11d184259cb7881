// A map from strings to values for tables that are asked about every word of every document (the
// tagger's word features, the knowledge base's memo). A Map keyed by the tokens' strings, new
// strings in each document, spent some 150 ns a lookup in its buckets on a table of 30,000 words;
// open addressing on a hash of the characters, with the hashes in a typed array beside the keys,
// reads less memory and compares a key's characters only when the hashes agree.

/** FNV-1a over the UTF-16 code units of `s`, as a signed 32-bit integer. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const FIRST_CAPACITY = 1 << 10;

export class StringMap<V> {
  private hashes = new Int32Array(FIRST_CAPACITY);
  private keys: (string | undefined)[] = new Array<string | undefined>(FIRST_CAPACITY).fill(undefined);
  private values: (V | undefined)[] = new Array<V | undefined>(FIRST_CAPACITY).fill(undefined);
  /** Number of keys. */
  size = 0;

  get(key: string): V | undefined {
    const h = hashOf(key);
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === undefined) return undefined;
      if (this.hashes[i] === h && k === key) return this.values[i];
    }
  }

  /** Sets the value of `key`. */
  set(key: string, value: V): void {
    const h = hashOf(key);
    const mask = this.keys.length - 1;
    let i = h & mask;
    for (; this.keys[i] !== undefined; i = (i + 1) & mask) {
      if (this.hashes[i] === h && this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
    // At most half full, so that probes stay short.
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      this.place(key, h, value);
    } else {
      this.hashes[i] = h;
      this.keys[i] = key;
      this.values[i] = value;
    }
    this.size++;
  }

  clear(): void {
    this.hashes = new Int32Array(FIRST_CAPACITY);
    this.keys = new Array<string | undefined>(FIRST_CAPACITY).fill(undefined);
    this.values = new Array<V | undefined>(FIRST_CAPACITY).fill(undefined);
    this.size = 0;
  }

  /** Puts a key known to be absent into its first free slot. */
  private place(key: string, h: number, value: V | undefined): void {
    const mask = this.keys.length - 1;
    let i = h & mask;
    while (this.keys[i] !== undefined) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** Twice the slots, every key placed anew. */
  private grow(): void {
    const { hashes, keys, values } = this;
    const cap = keys.length * 2;
    this.hashes = new Int32Array(cap);
    this.keys = new Array<string | undefined>(cap).fill(undefined);
    this.values = new Array<V | undefined>(cap).fill(undefined);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) this.place(k, hashes[i], values[i]);
    }
  }
}
