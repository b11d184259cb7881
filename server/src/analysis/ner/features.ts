// The named-entity tagger's features. Every feature is a 32-bit number: a word's own features
// (its form, shape, affixes, what the knowledge base and the word lists say of it) are hashed
// once per word and remembered; a token's features combine its own with its neighbours', the
// sentence's (first word, all capitals) and the document's (is the word written in lower case
// elsewhere, capitalised mid-sentence elsewhere). The knowledge base marks every run of tokens
// that is a known name.
import { unmemoized, type KnowledgeBase } from '../knowledge-port';
import type { Token } from '../types';
import { hashString, mix } from './hash';
import { lowerCase } from '../lower-case';
import { StringMap } from '../string-map';
import { HONORIFICS, MONTHS, ORG_WORDS, PLACE_WORDS, PUBLICATION_WORDS, SPEECH_VERBS, TITLES, WEEKDAY_SET } from '../lexicon';

/** The word's own features, in this order (slots). */
const WORD_SLOTS = ['lower', 'shape', 'suf2', 'suf3', 'suf4', 'pre2', 'pre3', 'lex', 'form', 'short'] as const;
const NW = WORD_SLOTS.length;
const SLOT = Object.fromEntries(WORD_SLOTS.map((s, i) => [s, i])) as Record<(typeof WORD_SLOTS)[number], number>;
const SLOT_SEEDS = WORD_SLOTS.map((s) => hashString(`slot:${s}`));

/** Template ids: each combination of a slot and a position is a template of its own. */
const T = (name: string) => hashString(`tpl:${name}`);

/** Number of position-independent features per token (see staticFeatures). */
export const STATIC_COUNT = 41;
const TEMPLATES = Array.from({ length: STATIC_COUNT }, (_, k) => T(`static:${k}`));

/** A word's shape: X for capitals, x for lower case, d for digits, other characters as they are; runs cut at two. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const ch = w[i];
    const c = ch.charCodeAt(0);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c >= 128) k = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    else k = ch;
    if (k === last) {
      if (++run > 2) continue;
    } else run = 1;
    last = k;
    out += k;
  }
  return out;
}

/** The shape with every run of one kind cut to one: "Xx", "X.X", "d". */
function shortShape(shape: string): string {
  let out = '';
  for (const ch of shape) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0];
  return ch.toLowerCase() !== ch;
}

function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // ASCII is decided by its code; other characters by case mapping (no string made for ASCII).
    if (c < 128) {
      if (c >= 97 && c <= 122) return true;
      continue;
    }
    const ch = w[i];
    if (ch.toUpperCase() !== ch) return true;
  }
  return false;
}

/** What the word lists and the knowledge base say of a word, as one short code. */
function lexCode(w: string, lower: string, kb: KnowledgeBase): string {
  let code = '';
  if (kb.isGivenName(w)) code += 'g';
  if (kb.isCommonWord(lower)) code += 'c';
  if (kb.demonym(w)) code += 'd';
  if (TITLES.has(lower)) code += 't';
  if (HONORIFICS.has(lower)) code += 'h';
  if (ORG_WORDS.has(lower)) code += 'o';
  if (PLACE_WORDS.has(lower)) code += 'p';
  if (PUBLICATION_WORDS.has(lower)) code += 'n';
  if (MONTHS.has(lower) || WEEKDAY_SET.has(lower)) code += 'm';
  if (SPEECH_VERBS.has(lower)) code += 's';
  return code || '-';
}

/**
 * A word type's own features, and for the shipped weights the sums of the weights of the features
 * it alone decides (its rows in its table's slab, made when first needed: see SentenceScorer).
 */
interface WordEntry {
  readonly f: Uint32Array;
  /**
   * Where its rows start in the table's slab: those as a neighbour (groups G_P1 to G_LAST) at
   * `atNear`, the others (the word's own, when scored) at `atOwn`; each valid while its epoch is
   * the table's. `done` has a bit per group made.
   */
  atNear: number;
  nearEpoch: number;
  atOwn: number;
  ownEpoch: number;
  done: number;
  /** The registry of the knowledge base's name that is this word alone ('' none; undefined not asked yet). */
  registry: string | undefined;
  /** The document evidence code of the word when capitalised (docCode below), for `docOf`. */
  docOf: DocContext | null;
  docCode: number;
}

function entryOf(f: Uint32Array): WordEntry {
  return { f, atNear: 0, nearEpoch: 0, atOwn: 0, ownEpoch: 0, done: 0, registry: undefined, docOf: null, docCode: 0 };
}

/** The word types of a knowledge base: their features, and their rows of sums for one set of weights. */
class WordTable {
  /** (Not a Map: string-map.ts says why.) */
  readonly map = new StringMap<WordEntry>();
  /** The knowledge base without its memo (knowledge-port.ts unmemoized), once asked. */
  raw: KnowledgeBase | undefined;
  /** Before a sentence's first token and after its last. */
  readonly none = entryOf(NONE);
  readonly end = entryOf(END);
  /** Rows of the entries, for `owner`; blocks of entries of an earlier `epoch` are free. */
  slab = new Int16Array(1 << 16);
  used = 0;
  owner: RowWeights | null = null;
  epoch = 1;

  /** Drops every entry's rows (their slots are reused). */
  clearRows(): void {
    this.epoch++;
    this.used = 0;
  }

  /** Offset of a new block of `size` numbers, all 0 (after clearRows, every entry's blocks are stale). */
  allocate(size: number): number {
    if (this.used + size > this.slab.length) {
      if (this.slab.length >= MAX_SLAB) this.clearRows();
      else {
        const grown = new Int16Array(this.slab.length * 2);
        grown.set(this.slab);
        this.slab = grown;
      }
    }
    const at = this.used;
    this.used += size;
    this.slab.fill(0, at, at + size);
    return at;
  }
}

const wordCaches = new WeakMap<KnowledgeBase, WordTable>();

/** The remembered word features for a knowledge base. */
function wordCache(kb: KnowledgeBase): WordTable {
  let cache = wordCaches.get(kb);
  if (!cache) wordCaches.set(kb, (cache = new WordTable()));
  return cache;
}

/** The word's own features (hashed, one per slot), remembered per knowledge base. */
export function wordFeatures(w: string, kb: KnowledgeBase): Uint32Array {
  return wordEntry(w, kb, wordCache(kb)).f;
}

function wordEntry(w: string, kb: KnowledgeBase, table: WordTable): WordEntry {
  const cache = table.map;
  const hit = cache.get(w);
  if (hit) return hit;
  const lower = w.toLowerCase();
  const shape = wordShape(w);
  const f = new Uint32Array(NW);
  f[SLOT.lower] = hashString(lower, SLOT_SEEDS[SLOT.lower]);
  f[SLOT.shape] = hashString(shape, SLOT_SEEDS[SLOT.shape]);
  f[SLOT.suf2] = hashString(lower.slice(-2), SLOT_SEEDS[SLOT.suf2]);
  f[SLOT.suf3] = hashString(lower.slice(-3), SLOT_SEEDS[SLOT.suf3]);
  f[SLOT.suf4] = hashString(lower.slice(-4), SLOT_SEEDS[SLOT.suf4]);
  f[SLOT.pre2] = hashString(lower.slice(0, 2), SLOT_SEEDS[SLOT.pre2]);
  f[SLOT.pre3] = hashString(lower.slice(0, 3), SLOT_SEEDS[SLOT.pre3]);
  // (Asked once per word type: the answers are kept here, past any memo of the knowledge base.)
  f[SLOT.lex] = hashString(lexCode(w, lower, table.raw ??= unmemoized(kb)), SLOT_SEEDS[SLOT.lex]);
  f[SLOT.form] = hashString(w, SLOT_SEEDS[SLOT.form]);
  f[SLOT.short] = hashString(shortShape(shape), SLOT_SEEDS[SLOT.short]);
  if (cache.size > 100_000) {
    cache.clear();
    table.clearRows();
  }
  const e = entryOf(f);
  cache.set(w, e);
  return e;
}

/** What the whole document says of its words. */
export interface DocContext {
  /** Lower-case forms written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Lower-case forms written capitalised somewhere other than a sentence's first word. */
  capitalSeen: Set<string>;
  /** Whether each sentence is written in capitals (allCapsSentence), found once here for the scorer. */
  allCaps: boolean[];
}

export function docContext(sentences: Token[][]): DocContext {
  const lowerSeen = new Set<string>();
  const capitalSeen = new Set<string>();
  const allCaps: boolean[] = [];
  for (const toks of sentences) {
    const caps = allCapsSentence(toks);
    allCaps.push(caps);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word') continue;
      // (The token's own lower case where it has one: no new string per token.)
      if (!isUpperStart(t.text)) lowerSeen.add(t.lower ?? lowerCase(t.text));
      else if (i > 0 && !caps && !isOpening(toks[i - 1].text)) capitalSeen.add(t.lower ?? lowerCase(t.text));
    }
  }
  return { lowerSeen, capitalSeen, allCaps };
}

/** A token after which a capital says nothing (a new sentence or quotation starts). */
function isOpening(t: string): boolean {
  return t === '“' || t === '"' || t === ':' || t === '(' || t === '‘' || t === "'" || t === '-' || t === '—' || t === '–';
}

/** Whether most of the sentence's words are written in capitals (a wire headline). */
export function allCapsSentence(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (!hasLower(t.text)) caps++;
  }
  return words >= 2 && caps / words > 0.6;
}

const labels = new Map<string, [number, number]>();
/** The hashes of the labels "B-" + `name` and "I-" + `name` ("B-places"), remembered: there are a few dozen. */
function labelHashes(name: string): [number, number] {
  let h = labels.get(name);
  if (h === undefined) labels.set(name, (h = [hashString(`B-${name}`), hashString(`I-${name}`)]));
  return h;
}

const KB_WORD_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'du', 'des', 'von', 'van', 'al', '&', '-', '.', "'s", '’s']);

/**
 * Knowledge-base marks: for each token, 0 (none) or a hash of "B-" / "I-" and the registry of
 * the longest known name starting at or covering it.
 */
function knowledgeMarks(text: string, toks: Token[], kb: KnowledgeBase, into?: Uint32Array, table?: WordTable, words?: (WordEntry | undefined)[]): Uint32Array {
  const marks = into ?? new Uint32Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    if (marks[i] || toks[i].kind !== 'word' || !isUpperStart(toks[i].text)) continue;
    let best = -1;
    let registry = '';
    for (let j = i; j < toks.length && j < i + 6; j++) {
      const t = toks[j];
      if (j > i && !(isUpperStart(t.text) || KB_WORD_JOINERS.has(t.text.toLowerCase()) || t.kind === 'number')) break;
      if (!isUpperStart(t.text) && t.kind !== 'number') continue;
      if (j === i && table && words && t.end - t.start === t.text.length && text.startsWith(t.text, t.start)) {
        // The word alone: asked once per word type (kept with its features).
        const e = (words[i] ??= wordEntry(t.text, kb, table));
        if (e.registry === undefined) e.registry = kb.lookup(t.text)?.registry ?? '';
        if (e.registry) {
          best = j;
          registry = e.registry;
        }
        continue;
      }
      const hit = kb.lookup(text.slice(toks[i].start, t.end));
      if (hit) {
        best = j;
        registry = hit.registry;
      }
    }
    if (best < 0) continue;
    const [b, inside] = labelHashes(registry);
    marks[i] = b;
    for (let j = i + 1; j <= best; j++) marks[j] = inside;
    i = best;
  }
  return marks;
}

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const NONE = new Uint32Array(NW).fill(BOS);
const END = new Uint32Array(NW).fill(EOS);

/**
 * The features of every token of one sentence that do not depend on the tags before it:
 * `STATIC_COUNT` numbers per token, in one flat array.
 */
/** A name found by the rule-based pass, as a hint: its span and kind. */
export interface Hint {
  start: number;
  end: number;
  kind: string;
}

/**
 * Each sentence's share of the hints: those overlapping its tokens, in their original order (a
 * later hint over the same token wins, as before). One pass over the hints sorted by start, so
 * the cost does not grow with sentences × hints. Sentences out of document order get every hint.
 */
/** A sentence's share when no hint is open (read only). */
const NO_HINTS: Hint[] = [];

export function hintsBySentence(sentences: Token[][], hints: Hint[] | undefined): (Hint[] | undefined)[] {
  if (!hints?.length) return sentences.map(() => hints);
  let last = -Infinity;
  for (const toks of sentences) {
    if (!toks.length) continue;
    if (toks[0].start < last) return sentences.map(() => hints);
    last = toks[toks.length - 1].end;
  }
  const order = hints.map((_, i) => i).sort((a, b) => hints[a].start - hints[b].start || a - b);
  let next = 0;
  let open: number[] = [];
  return sentences.map((toks) => {
    if (!toks.length) return undefined;
    const from = toks[0].start;
    const to = toks[toks.length - 1].end;
    while (next < order.length && hints[order[next]].start < to) open.push(order[next++]);
    if (!open.length) return NO_HINTS;
    open = open.filter((i) => hints[i].end > from);
    return [...open].sort((a, b) => a - b).map((i) => hints[i]);
  });
}

/** For each token, 0 or a hash of "B-" / "I-" and the kind of the hint covering it. */
function hintMarks(toks: Token[], hints: Hint[] | undefined, into?: Uint32Array): Uint32Array {
  const marks = into ?? new Uint32Array(toks.length);
  if (!hints?.length || !toks.length) return marks;
  const from = toks[0].start;
  const to = toks[toks.length - 1].end;
  for (const h of hints) {
    if (h.end <= from || h.start >= to) continue;
    // The first token starting inside the hint, by binary search: linear in all.
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < h.start) lo = mid + 1;
      else hi = mid;
    }
    const [b, inside] = labelHashes(`hint-${h.kind}`);
    for (let i = lo; i < toks.length && toks[i].start < h.end; i++) marks[i] = i === lo ? b : inside;
  }
  return marks;
}

/**
 * Where a name may be: 2 on a token with a capital letter (a name may start there), 1 on the two
 * tokens after one (a name may go on: "Bank of the West", "Mumbai's"), 0 elsewhere. Names start
 * with a capital in the text this reads; the rest of a sentence is tagged O without a look, which
 * keeps the tagger's cost to the capitalised share of the text.
 */
export function nameRegion(toks: Token[]): Uint8Array {
  const region = new Uint8Array(toks.length);
  nameRegionInto(toks, region);
  return region;
}

/** nameRegion written into the first `toks.length` places of `region`: whether a name may start anywhere (a 2). */
export function nameRegionInto(toks: Token[], region: Uint8Array): boolean {
  let since = 3;
  let any = false;
  for (let i = 0; i < toks.length; i++) {
    if (tokenHasUpperCase(toks[i])) {
      region[i] = 2;
      since = 0;
      any = true;
    } else region[i] = ++since <= 2 ? 1 : 0;
  }
  return any;
}

/**
 * hasUpperCase of a token's text. A token whose lower case (lower-case.ts) is its text, most
 * often the very same string, has no capital: one comparison instead of a walk over its letters.
 */
function tokenHasUpperCase(t: Token): boolean {
  return t.lower === t.text ? false : hasUpperCase(t.text);
}

function hasUpperCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128 && w[i].toLowerCase() !== w[i]) return true;
  }
  return false;
}

/** Whether token j continues a run of capitalised words: capitalised, or the full stop of an initial before one ("R. Quansah"). */
function inRun(toks: Token[], j: number): boolean {
  const t = toks[j].text;
  if (t !== '.') return isUpperStart(t);
  return j > 0 && j + 1 < toks.length && toks[j - 1].text.length === 1 && isUpperStart(toks[j - 1].text) && isUpperStart(toks[j + 1].text);
}

/** The k-th feature of the token at `o`: value `v` under template k. The next k. */
function putFeature(out: Uint32Array, o: number, k: number, v: number): number {
  out[o + k] = mix(TEMPLATES[k], v) || 1;
  return k + 1;
}

export function staticFeatures(text: string, toks: Token[], kb: KnowledgeBase, doc: DocContext, hints: Hint[] | undefined, region: Uint8Array): Uint32Array {
  const { features, fill } = staticFeaturesOnDemand(text, toks, kb, doc, hints, region);
  for (let i = 0; i < toks.length; i++) if (region[i]) fill(i);
  return features;
}

/**
 * The static features of a sentence, filled token by token when asked (`fill(i)` writes token i's
 * `STATIC_COUNT` numbers into `features`): the decoder asks only for the tokens it scores, and most
 * tokens that may only continue a name follow an O and are never scored.
 */
export function staticFeaturesOnDemand(text: string, toks: Token[], kb: KnowledgeBase, doc: DocContext, hints: Hint[] | undefined, region: Uint8Array, scratch?: Scratch): { features: Uint32Array; fill: (i: number) => void } {
  const n = toks.length;
  // With `scratch` (decoding a document sentence by sentence) the arrays are the scratch's,
  // reused from one sentence to the next: on 10^5 short sentences, making them anew for each
  // was a fifth of the tagger's time and much of the collector's. (Features of a token are read
  // only after `fill` wrote them, so what an earlier sentence left there is never seen.)
  const out = scratch ? scratch.features(n * STATIC_COUNT) : new Uint32Array(n * STATIC_COUNT);
  // Word features only of the tokens a scored token reads (itself and two either side): most
  // tokens of a sentence are outside the name region and are never looked at.
  const cache = wordCache(kb);
  const words: (WordEntry | undefined)[] = scratch ? scratch.words(n) : new Array(n);
  const marks = knowledgeMarks(text, toks, kb, scratch?.marks(n, 0));
  const hinted = hintMarks(toks, hints, scratch?.marks(n, 1));
  const caps = allCapsSentence(toks) ? 1 : 0;
  const at = (i: number) => (i < 0 ? NONE : i >= n ? END : (words[i] ??= wordEntry(toks[i].text, kb, cache)).f);
  // The last token of the run of capitalised words from each token on, found once per token (a
  // walk to the run's end for every token of a 10^5-word run was quadratic).
  const runEnd = new Int32Array(n).fill(-1);
  const runLast = (i: number): number => {
    let j = i;
    while (runEnd[j] < 0 && j + 1 < n && inRun(toks, j + 1)) j++;
    const end = runEnd[j] >= 0 ? runEnd[j] : j;
    for (let q = i; q <= j; q++) runEnd[q] = end;
    return end;
  };
  const fill = (i: number): void => {
    const w = at(i);
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const t = toks[i];
    const lower = t.text.toLowerCase();
    const upper = isUpperStart(t.text);
    const first = i === 0 || isOpening(toks[i - 1].text) ? 1 : 0;
    // Document evidence for a capitalised word: written in lower case elsewhere, or capitalised
    // where a capital means a name.
    const docCode = !upper ? 0 : 1 + (doc.lowerSeen.has(lower) ? 1 : 0) + (doc.capitalSeen.has(lower) ? 2 : 0);
    const o = i * STATIC_COUNT;
    let k = 0;
    // Each call is a template of its own: the k-th feature of a token mixes TEMPLATES[k] in.
    // (A function of the module, not a closure made per token.)
    k = putFeature(out, o, k, 0);
    for (let s = 0; s < NW; s++) k = putFeature(out, o, k, w[s]);
    k = putFeature(out, o, k, p1[SLOT.lower]);
    k = putFeature(out, o, k, p2[SLOT.lower]);
    k = putFeature(out, o, k, n1[SLOT.lower]);
    k = putFeature(out, o, k, n2[SLOT.lower]);
    k = putFeature(out, o, k, p1[SLOT.short]);
    k = putFeature(out, o, k, n1[SLOT.short]);
    k = putFeature(out, o, k, p1[SLOT.lex]);
    k = putFeature(out, o, k, n1[SLOT.lex]);
    k = putFeature(out, o, k, p1[SLOT.suf3]);
    k = putFeature(out, o, k, n1[SLOT.suf3]);
    k = putFeature(out, o, k, mix(p1[SLOT.lower], w[SLOT.lower]));
    k = putFeature(out, o, k, mix(w[SLOT.lower], n1[SLOT.lower]));
    k = putFeature(out, o, k, mix(mix(p1[SLOT.short], w[SLOT.short]), n1[SLOT.short]));
    k = putFeature(out, o, k, mix(first, w[SLOT.short]));
    k = putFeature(out, o, k, caps ? mix(1, w[SLOT.lower]) : 0);
    k = putFeature(out, o, k, mix(caps, w[SLOT.short]));
    k = putFeature(out, o, k, mix(docCode, first));
    k = putFeature(out, o, k, mix(docCode, w[SLOT.lex]));
    k = putFeature(out, o, k, marks[i]);
    k = putFeature(out, o, k, mix(marks[i], w[SLOT.short]));
    k = putFeature(out, o, k, i > 0 ? marks[i - 1] : 0);
    k = putFeature(out, o, k, i + 1 < n ? marks[i + 1] : 0);
    k = putFeature(out, o, k, mix(p1[SLOT.lower], n1[SLOT.lower]));
    k = putFeature(out, o, k, mix(w[SLOT.lex], n1[SLOT.lower]));
    k = putFeature(out, o, k, first ? w[SLOT.lower] : 0);
    k = putFeature(out, o, k, hinted[i]);
    k = putFeature(out, o, k, mix(hinted[i], w[SLOT.short]));
    k = putFeature(out, o, k, i > 0 ? hinted[i - 1] : 0);
    k = putFeature(out, o, k, i + 1 < n ? hinted[i + 1] : 0);
    // The run of capitalised words the token is in: its last word names the kind of thing
    // ("… Hockey Club", "… Party", "… Rink"), for every word of the run.
    const last = upper ? runLast(i) : i;
    k = putFeature(out, o, k, upper && last > i ? at(last)[SLOT.lower] : 0);
  };
  return { features: out, fill };
}

/**
 * Weights the scorer reads: a feature's NTAGS weights added into a row of sums, and a list of
 * features' weights added into the scores (model.ts PackedWeights).
 */
export interface RowWeights {
  /** The weights of `feature` added into `into` at `at` (nothing for an unknown feature). */
  addRow(feature: number, into: Int16Array, at: number): void;
  addAll(feats: Uint32Array, from: number, count: number, scores: Float64Array): void;
}

/** Tags the model scores (model.ts NTAGS; checked there). */
const NT = 9;
/** Tag ids of the dynamic features' history: the tags and "before the sentence" (model.ts START_TAG). */
const NPREV = NT + 1;

// Row groups of a word type (WordEntry.rows): the sums of the weights of the features that only
// the word and a small value decide.
/** Templates 0-10: the constant and the word's own slots. */
const G_BASE = 0;
/** Templates 24 and 35, by `first` (2 rows). */
const G_FIRST = 1;
/** Templates 25 and 26, by `caps` (2 rows). */
const G_CAPS = 3;
/** Template 28, by the document code (0-4: 5 rows). */
const G_DOC = 5;
/** The word as the token before (templates 11, 15, 17, 19), two before (12), after (13, 16, 18, 20), two after (14). */
const G_P1 = 10;
const G_P2 = 11;
const G_N1 = 12;
const G_N2 = 13;
/** The word as the last of a capitalised run (template 40). */
const G_LAST = 14;
/** Template 30 with no knowledge-base mark, 37 with no hint. */
const G_NOMARK = 15;
const G_NOHINT = 16;
/** The dynamic features of the word and the tag before (dynamicFeatures 2 and 3), by that tag (NPREV rows). */
const G_DYN = 17;
const NGROUPS = G_DYN + NPREV;

/** Groups of a word as a neighbour (G_P1 to G_LAST), and of its own (the others). */
const NEAR_GROUPS = G_LAST + 1 - G_P1;
const NEAR_BITS = ((1 << NEAR_GROUPS) - 1) << G_P1;
/** The most numbers a table's slab holds (16 MB: the rows of some 40,000 word types scored, and more only read as neighbours); past it, the rows are made anew. */
const MAX_SLAB = 1 << 23;

/** Feature k of a token whose template-k value is v (as putFeature writes it). */
function fv(k: number, v: number): number {
  return mix(TEMPLATES[k], v) || 1;
}

/** The sums of group `g` of word `e` for the table's weights `W`, made if not yet: their offset in the table's slab. */
function groupRow(e: WordEntry, g: number, T: WordTable, W: RowWeights): number {
  let at: number;
  if (g >= G_P1 && g <= G_LAST) {
    if (e.nearEpoch !== T.epoch) {
      e.atNear = T.allocate(NEAR_GROUPS * NT);
      e.nearEpoch = T.epoch;
      e.done &= ~NEAR_BITS;
    }
    at = e.atNear + (g - G_P1) * NT;
  } else {
    if (e.ownEpoch !== T.epoch) {
      e.atOwn = T.allocate((NGROUPS - NEAR_GROUPS) * NT);
      e.ownEpoch = T.epoch;
      e.done &= NEAR_BITS;
    }
    at = e.atOwn + (g < G_P1 ? g : g - NEAR_GROUPS) * NT;
  }
  if (e.done & (1 << g)) return at;
  e.done |= 1 << g;
  const w = e.f;
  const rows = T.slab;
  if (g === G_BASE) {
    W.addRow(fv(0, 0), rows, at);
    for (let s = 0; s < NW; s++) W.addRow(fv(1 + s, w[s]), rows, at);
  } else if (g < G_CAPS) {
    const first = g - G_FIRST;
    W.addRow(fv(24, mix(first, w[SLOT.short])), rows, at);
    W.addRow(fv(35, first ? w[SLOT.lower] : 0), rows, at);
  } else if (g < G_DOC) {
    const caps = g - G_CAPS;
    W.addRow(fv(25, caps ? mix(1, w[SLOT.lower]) : 0), rows, at);
    W.addRow(fv(26, mix(caps, w[SLOT.short])), rows, at);
  } else if (g < G_P1) {
    W.addRow(fv(28, mix(g - G_DOC, w[SLOT.lex])), rows, at);
  } else if (g === G_P1) {
    W.addRow(fv(11, w[SLOT.lower]), rows, at);
    W.addRow(fv(15, w[SLOT.short]), rows, at);
    W.addRow(fv(17, w[SLOT.lex]), rows, at);
    W.addRow(fv(19, w[SLOT.suf3]), rows, at);
  } else if (g === G_P2) {
    W.addRow(fv(12, w[SLOT.lower]), rows, at);
  } else if (g === G_N1) {
    W.addRow(fv(13, w[SLOT.lower]), rows, at);
    W.addRow(fv(16, w[SLOT.short]), rows, at);
    W.addRow(fv(18, w[SLOT.lex]), rows, at);
    W.addRow(fv(20, w[SLOT.suf3]), rows, at);
  } else if (g === G_N2) {
    W.addRow(fv(14, w[SLOT.lower]), rows, at);
  } else if (g === G_LAST) {
    W.addRow(fv(40, w[SLOT.lower]), rows, at);
  } else if (g === G_NOMARK) {
    W.addRow(fv(30, mix(0, w[SLOT.short])), rows, at);
  } else if (g === G_NOHINT) {
    W.addRow(fv(37, mix(0, w[SLOT.short])), rows, at);
  } else {
    // As dynamicFeatures reads them: the token's features 1 (lower) and 10 (short).
    const prev = g - G_DYN;
    W.addRow(mix(mix(T_PREV_W, prev), fv(1 + SLOT.lower, w[SLOT.lower])) || 1, rows, at);
    W.addRow(mix(mix(T_PREV_S, prev), fv(1 + SLOT.short, w[SLOT.short])) || 1, rows, at);
  }
  return at;
}

/** Offsets in FixedRows.rows. */
const F_DOC_FIRST = STATIC_COUNT * NT;
const F_TAGS = (STATIC_COUNT + 10) * NT;

/** Sums of features that no word decides, for one set of weights: by template with value 0, and the small combinations. */
class FixedRows {
  readonly rows = new Int16Array((STATIC_COUNT + 10 + NPREV * NPREV) * NT);
  constructor(W: RowWeights) {
    for (let k = 0; k < STATIC_COUNT; k++) W.addRow(fv(k, 0), this.rows, k * NT);
    // Template 27: the document code (0-4) and `first`.
    for (let d = 0; d < 5; d++) for (let first = 0; first < 2; first++) W.addRow(fv(27, mix(d, first)), this.rows, F_DOC_FIRST + (d * 2 + first) * NT);
    // Dynamic features 0 and 1: the tag before and the two before.
    for (let prev = 0; prev < NPREV; prev++)
      for (let prev2 = 0; prev2 < NPREV; prev2++) {
        const at = F_TAGS + (prev * NPREV + prev2) * NT;
        W.addRow(mix(T_PREV, prev) || 1, this.rows, at);
        W.addRow(mix(T_PREV2, prev * 31 + prev2) || 1, this.rows, at);
      }
  }
}
const fixedRows = new WeakMap<RowWeights, FixedRows>();

/**
 * The scores of a document's tokens, sentence by sentence (`sentence`), token by token when asked:
 * `score(i, prev, prev2, scores)` adds into `scores` the weights of token i's static features
 * (staticFeaturesOnDemand) and of its dynamic ones (dynamicFeatures) with tags `prev` and `prev2`
 * before it. The same features, summed otherwise: the weights of those a word type decides with at
 * most a small value (its own slots, its slots as a neighbour, with `first`, `caps`, the document
 * code or the tag before) are summed once per word type and kept with it; the rest are looked up
 * per token. The weights are whole numbers (quantisation steps), so the sums are the same.
 */
export class SentenceScorer {
  private readonly T: WordTable;
  private readonly F: FixedRows;
  private readonly acc = new Int32Array(NT);
  /** The features of a token that depend on two words or on a mark (at most 13). */
  private readonly direct = new Uint32Array(16);
  private toks: Token[] = [];
  private n = 0;
  private words: (WordEntry | undefined)[] = [];
  private marks = new Uint32Array(64);
  private hinted = new Uint32Array(64);
  private runEnd = new Int32Array(64);
  private caps = 0;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly doc: DocContext,
    private readonly W: RowWeights,
  ) {
    this.T = wordCache(kb);
    let fixed = fixedRows.get(W);
    if (!fixed) fixedRows.set(W, (fixed = new FixedRows(W)));
    this.F = fixed;
  }

  /** Reads the next sentence: its tokens, its share of the hints and whether it is in capitals (allCapsSentence). */
  sentence(text: string, toks: Token[], hints: Hint[] | undefined, caps = allCapsSentence(toks)): void {
    const n = toks.length;
    this.toks = toks;
    this.n = n;
    if (this.T.owner !== this.W) {
      this.T.owner = this.W;
      this.T.clearRows();
    }
    const words = this.words;
    words.length = n;
    words.fill(undefined);
    if (this.marks.length < n) {
      const size = Math.max(n, this.marks.length * 2);
      this.marks = new Uint32Array(size);
      this.hinted = new Uint32Array(size);
      this.runEnd = new Int32Array(size);
    } else {
      this.marks.fill(0, 0, n);
      this.hinted.fill(0, 0, n);
    }
    this.runEnd.fill(-1, 0, n);
    knowledgeMarks(text, toks, this.kb, this.marks, this.T, words);
    hintMarks(toks, hints, this.hinted);
    this.caps = caps ? 1 : 0;
  }

  private at(i: number): WordEntry {
    if (i < 0) return this.T.none;
    if (i >= this.n) return this.T.end;
    return (this.words[i] ??= wordEntry(this.toks[i].text, this.kb, this.T));
  }

  /** The last token of the run of capitalised words from token i on (staticFeaturesOnDemand). */
  private runLast(i: number): number {
    const runEnd = this.runEnd;
    const toks = this.toks;
    let j = i;
    while (runEnd[j] < 0 && j + 1 < this.n && inRun(toks, j + 1)) j++;
    const end = runEnd[j] >= 0 ? runEnd[j] : j;
    for (let q = i; q <= j; q++) runEnd[q] = end;
    return end;
  }

  /** Group `g` of word `e` added into the sums. */
  private group(e: WordEntry, g: number): void {
    const o = groupRow(e, g, this.T, this.W);
    this.add(this.T.slab, o);
  }

  private add(r: Int16Array, o: number): void {
    const acc = this.acc;
    acc[0] += r[o];
    acc[1] += r[o + 1];
    acc[2] += r[o + 2];
    acc[3] += r[o + 3];
    acc[4] += r[o + 4];
    acc[5] += r[o + 5];
    acc[6] += r[o + 6];
    acc[7] += r[o + 7];
    acc[8] += r[o + 8];
  }

  score(i: number, prev: number, prev2: number, scores: Float64Array): void {
    const e = this.at(i);
    const p1 = this.at(i - 1);
    const p2 = this.at(i - 2);
    const n1 = this.at(i + 1);
    const n2 = this.at(i + 2);
    const toks = this.toks;
    const n = this.n;
    const word = toks[i].text;
    const upper = isUpperStart(word);
    const first = i === 0 || isOpening(toks[i - 1].text) ? 1 : 0;
    let docCode = 0;
    if (upper) {
      const doc = this.doc;
      if (e.docOf !== doc) {
        const lower = toks[i].lower ?? lowerCase(word);
        e.docCode = 1 + (doc.lowerSeen.has(lower) ? 1 : 0) + (doc.capitalSeen.has(lower) ? 2 : 0);
        e.docOf = doc;
      }
      docCode = e.docCode;
    }
    this.acc.fill(0);
    const fr = this.F.rows;
    this.group(e, G_BASE);
    this.group(e, G_FIRST + first);
    this.group(e, G_CAPS + this.caps);
    this.group(e, G_DOC + docCode);
    this.group(e, G_DYN + prev);
    this.group(p1, G_P1);
    this.group(p2, G_P2);
    this.group(n1, G_N1);
    this.group(n2, G_N2);
    this.add(fr, F_DOC_FIRST + (docCode * 2 + first) * NT);
    this.add(fr, F_TAGS + (prev * NPREV + prev2) * NT);
    const w = e.f;
    const D = this.direct;
    let m = 0;
    D[m++] = fv(21, mix(p1.f[SLOT.lower], w[SLOT.lower]));
    D[m++] = fv(22, mix(w[SLOT.lower], n1.f[SLOT.lower]));
    D[m++] = fv(23, mix(mix(p1.f[SLOT.short], w[SLOT.short]), n1.f[SLOT.short]));
    D[m++] = fv(33, mix(p1.f[SLOT.lower], n1.f[SLOT.lower]));
    D[m++] = fv(34, mix(w[SLOT.lex], n1.f[SLOT.lower]));
    const marks = this.marks;
    const mark = marks[i];
    if (mark) {
      D[m++] = fv(29, mark);
      D[m++] = fv(30, mix(mark, w[SLOT.short]));
    } else {
      this.add(fr, 29 * NT);
      this.group(e, G_NOMARK);
    }
    const markBefore = i > 0 ? marks[i - 1] : 0;
    if (markBefore) D[m++] = fv(31, markBefore);
    else this.add(fr, 31 * NT);
    const markAfter = i + 1 < n ? marks[i + 1] : 0;
    if (markAfter) D[m++] = fv(32, markAfter);
    else this.add(fr, 32 * NT);
    const hinted = this.hinted;
    const hint = hinted[i];
    if (hint) {
      D[m++] = fv(36, hint);
      D[m++] = fv(37, mix(hint, w[SLOT.short]));
    } else {
      this.add(fr, 36 * NT);
      this.group(e, G_NOHINT);
    }
    const hintBefore = i > 0 ? hinted[i - 1] : 0;
    if (hintBefore) D[m++] = fv(38, hintBefore);
    else this.add(fr, 38 * NT);
    const hintAfter = i + 1 < n ? hinted[i + 1] : 0;
    if (hintAfter) D[m++] = fv(39, hintAfter);
    else this.add(fr, 39 * NT);
    const last = upper ? this.runLast(i) : i;
    if (upper && last > i) this.group(this.at(last), G_LAST);
    else this.add(fr, 40 * NT);
    const acc = this.acc;
    for (let t = 0; t < NT; t++) scores[t] += acc[t];
    this.W.addAll(D, 0, m, scores);
  }
}

/** Arrays reused across the sentences of one document (staticFeaturesOnDemand). */
export class Scratch {
  private feats = new Uint32Array(1024);
  private wordRows: (WordEntry | undefined)[] = [];
  private markRows = [new Uint32Array(64), new Uint32Array(64)];

  /** At least `size` numbers, contents undefined. */
  features(size: number): Uint32Array {
    if (this.feats.length < size) this.feats = new Uint32Array(Math.max(size, this.feats.length * 2));
    return this.feats;
  }

  /** `n` empty slots for word features. */
  words(n: number): (WordEntry | undefined)[] {
    const w = this.wordRows;
    w.length = n;
    w.fill(undefined);
    return w;
  }

  /** Mark row `which` with its first `n` entries 0. */
  marks(n: number, which: 0 | 1): Uint32Array {
    let m = this.markRows[which];
    if (m.length < n) m = this.markRows[which] = new Uint32Array(Math.max(n, m.length * 2));
    else m.fill(0, 0, n);
    return m;
  }
}

/** Features that depend on the two tags before the token (tag ids as the model numbers them). */
export const DYNAMIC_COUNT = 4;

export function dynamicFeatures(out: Uint32Array, staticFeats: Uint32Array, i: number, prev: number, prev2: number): void {
  const o = i * STATIC_COUNT;
  const lower = staticFeats[o + 1]; // w0:lower
  const short = staticFeats[o + 1 + SLOT.short];
  out[0] = mix(T_PREV, prev) || 1;
  out[1] = mix(T_PREV2, prev * 31 + prev2) || 1;
  out[2] = mix(mix(T_PREV_W, prev), lower) || 1;
  out[3] = mix(mix(T_PREV_S, prev), short) || 1;
}

const T_PREV = T('t-1');
const T_PREV2 = T('t-2,t-1');
const T_PREV_W = T('t-1,w0');
const T_PREV_S = T('t-1,s0');
