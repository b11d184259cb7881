import type { Analysis, Finding, Fix, Span, Token } from '../analysis/types';
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { lowerBound } from '../analysis/spans';
import { ignoreFix } from './util';
import { BRACKETED, hasAsciiLower, hasAsciiUpper, isAsciiCapitals, isBlank, isInitial, SPACES, startsUpper, words as wordList } from '../analysis/tokens';

/** Edit distance with transpositions, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j];
    prev = cur;
  }
  return prev[b.length];
}

/** What splits a mention into its words and possessives ("Blair's" -> "Blair", "s"). */
const SPACES_OR_APOSTROPHES = /[\s’']+/;
/** The same, hyphens too ("Clinton-run" -> "Clinton", "run"). */
const NAME_PARTS = /[\s’'\-‐‑]+/;
const NAME_WORD = /^\p{Lu}\p{Ll}/u;
/** Capitals only ("ADB", "NATO"). */

/** A capital then a lower-case letter ("Shoigu", not "NATO" or "iPhone"); ASCII without a regex. */
function isNameWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (c0 < 128 && c1 < 128) return c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122;
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return false;
  return NAME_WORD.test(w);
}

/** A word with each run of one letter written once ("Hillary" -> "Hilary", "Labbot" -> "Labot"):
 *  a doubled letter moved or dropped is the commonest misspelling of a name. */
export function undoubled(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) if (i === 0 || w[i] !== w[i - 1]) out += w[i];
  return out;
}

/** Two spellings within `max` edits, or apart only in which letters are doubled ("Labbot" / "Labott"). */
function nearSpelling(a: string, b: string, max: number): boolean {
  return editDistance(a, b, max) <= max || undoubled(a) === undoubled(b);
}

/** Buckets of more names than this, scanned more than INDEX_AFTER_SCANS times, get a DeletionIndex. */
const INDEX_FROM = 256;
const INDEX_AFTER_SCANS = 32;

/** Multiplier of the polynomial hash below (mod 2^32). */
const HASH_BASE = 0x01000193;

/**
 * Hashes of every string left after deleting up to `k` (at most 2) characters of `w`, w itself
 * included, computed from prefix hashes without building the strings. Equal strings hash equal;
 * a collision only adds a candidate that the exact check then rejects.
 */
function deletionHashes(w: string, k: number): number[] {
  const n = w.length;
  const pre = new Int32Array(n + 1);
  const pow = new Int32Array(n + 1);
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = (Math.imul(pre[i], HASH_BASE) + w.charCodeAt(i)) | 0;
    pow[i + 1] = Math.imul(pow[i], HASH_BASE);
  }
  // Hash of w[a, b).
  const part = (a: number, b: number) => (pre[b] - Math.imul(pre[a], pow[b - a])) | 0;
  const join = (h1: number, h2: number, len2: number) => (Math.imul(h1, pow[len2]) + h2) | 0;
  const out = [pre[n] & 0x3fffffff];
  if (k >= 1) {
    for (let i = 0; i < n; i++) {
      out.push(join(pre[i], part(i + 1, n), n - i - 1) & 0x3fffffff);
      if (k >= 2) for (let j = i + 1; j < n; j++) out.push(join(join(pre[i], part(i + 1, j), j - i - 1), part(j + 1, n), n - j - 1) & 0x3fffffff);
    }
  }
  return out;
}

const bag = new Int32Array(128);

/**
 * True when `a` and `b` are certainly more than `max` edits apart: their lengths, or their
 * letters counted as multisets, differ by more (each edit changes either by at most one on each
 * side). False when it cannot tell (non-ASCII letters): the exact check decides.
 */
function certainlyFar(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return true;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) >= 128) return false;
  for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) >= 128) return false;
  for (let i = 0; i < a.length; i++) bag[a.charCodeAt(i)]++;
  for (let i = 0; i < b.length; i++) bag[b.charCodeAt(i)]--;
  let extraA = 0;
  let extraB = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (bag[c] > 0) extraA += bag[c];
    bag[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (bag[c] < 0) extraB -= bag[c];
    bag[c] = 0;
  }
  return Math.max(extraA, extraB) > max;
}

/**
 * Words within an edit distance of 1 or 2 of a query, without comparing it with every word: two
 * words within distance d (insertions, deletions, substitutions, adjacent transpositions, no
 * character edited twice) both reduce to a common string by at most d deletions each. `near`
 * returns a superset of the words within `max`, in their original order, for the exact check.
 */
class DeletionIndex {
  /** Per max: deletion hash -> first entry; entries chain (word, next). */
  private readonly byMax: { head: Map<number, number>; word: number[]; next: number[] }[] = [];
  constructor(private readonly words: string[]) {}
  near(word: string, max: number): string[] {
    let ix = this.byMax[max];
    if (!ix) {
      ix = { head: new Map(), word: [], next: [] };
      for (let i = 0; i < this.words.length; i++) {
        for (const h of deletionHashes(this.words[i], max)) {
          const first = ix.head.get(h);
          if (first !== undefined && ix.word[first] === i) continue;
          ix.word.push(i);
          ix.next.push(first ?? -1);
          ix.head.set(h, ix.word.length - 1);
        }
      }
      this.byMax[max] = ix;
    }
    const found = new Set<number>();
    for (const h of deletionHashes(word, max)) for (let e = ix.head.get(h) ?? -1; e >= 0; e = ix.next[e]) found.add(ix.word[e]);
    return [...found].sort((x, y) => x - y).map((i) => this.words[i]);
  }
}

/** A block that is a list of names (a team sheet): mostly short capitalised items between commas or semicolons. */
function isNameList(text: string, block: Span | undefined): boolean {
  if (!block) return false;
  const items = text.slice(block.start, block.end).split(',').flatMap((x) => x.split(';'));
  if (items.length < 5) return false;
  const named = items.filter((x) => {
    // "Kerr (Cameron 87)": a substitution in brackets goes with the name.
    const words = x.replace(BRACKETED, ' ').split(SPACES).filter(Boolean);
    return words.length >= 1 && words.length <= 4 && words.every((w) => startsUpper(w));
  }).length;
  return named / items.length >= 0.6;
}

export const inconsistentName: Rule = {
  ...ruleMeta('inconsistent-name'),
  check(a, ctx) {
    const out: Finding[] = [];
    // Name words of people and organisations, with how often each spelling is used.
    const counts = new Map<string, number>();
    const owner = new Map<string, string>();
    // The first token of each of some spellings, in one pass over the tokens (only tokens of a
    // wanted length are looked up). Most articles never ask.
    const firstTokens = (words: Set<string>): Map<string, Token> => {
      const found = new Map<string, Token>();
      if (!words.size) return found;
      const lengths = new Set<number>();
      for (const w of words) lengths.add(w.length);
      for (const t of a.tokens) {
        if (!lengths.has(t.text.length) || !words.has(t.text) || found.has(t.text)) continue;
        found.set(t.text, t);
        if (found.size === words.size) break;
      }
      return found;
    };
    const mentioned = new Set<string>();
    // Names that are one word and nothing more (an entity of its own whose every mention is that
    // word): a misspelt surname ("Shoygu" beside Sergei Shoigu) is found as such a name.
    const lone = new Set<string>();
    // Of those, the ones the tagger read as a person ("Water said" beside Kathryn Waters).
    const lonePerson = new Set<string>();
    // The words written beside each name word in one mention ("Hilary" in "Hilary Clinton-run
    // State Department" is written beside "Clinton"): a word beside the rest of a person's name
    // is that person's name misspelt, not the name of someone else.
    // Built when first asked (below), from these mentions of more than one word.
    const multiPart: string[] = [];
    let besides: Map<string, Set<string>> | undefined;
    for (const e of a.entities) {
      for (const m of e.mentions) {
        const ws = m.text.split(SPACES_OR_APOSTROPHES);
        for (const w of ws) mentioned.add(w);
        if (ws.length >= 2 || m.text.includes('-')) multiPart.push(m.text);
      }
      // Any kind: the tagger may read an unknown misspelt surname as a place ("Ostburg").
      if (!e.knowledge && e.mentions.every((m) => m.text === e.mentions[0].text && !m.text.includes(' '))) {
        lone.add(e.mentions[0].text);
        if (e.kind === 'person') lonePerson.add(e.mentions[0].text);
      }
    }
    // Given names the article also uses alone for their person ("Michelle" for Michelle Obama),
    // as "name|given name".
    const givenAlone = new Set<string>();
    for (const e of a.entities) {
      if (e.kind !== 'person') continue;
      const nameWords = e.name.split(SPACES);
      for (const m of e.mentions) {
        if (nameWords.length >= 2 && nameWords.indexOf(m.text) >= 0 && nameWords.indexOf(m.text) < nameWords.length - 1) givenAlone.add(`${e.name}|${m.text}`);
        for (const w of m.text.split(SPACES_OR_APOSTROPHES)) {
          if (w.length < 4 || !isNameWord(w)) continue;
          counts.set(w, (counts.get(w) ?? 0) + 1);
          owner.set(w, e.name);
        }
      }
    }
    const names = [...counts.keys()];
    /** The words of people's names written beside `w` in a mention (only those are asked for). */
    const besideOf = (w: string): Set<string> | undefined => {
      if (!besides) {
        besides = new Map();
        for (const text of multiPart) {
          const parts = text.split(NAME_PARTS);
          for (const p of parts) {
            if (p.length < 5 || !isNameWord(p)) continue;
            let set = besides.get(p);
            for (const x of parts) {
              if (x === p || !counts.has(x)) continue;
              if (!set) besides.set(p, (set = new Set()));
              set.add(x);
            }
          }
        }
      }
      return besides.get(w);
    };
    // The other words of each word's person names ("Clinton" -> "Hillary"), for a word written
    // inside another name beside one of them.
    // Built when first asked.
    let personNameMates: Map<string, Set<string>> | undefined;
    const nameMatesOf = (w: string): Set<string> | undefined => {
      if (!personNameMates) {
        personNameMates = new Map();
        for (const e of a.entities) {
          if (e.kind !== 'person') continue;
          const ws = e.name.split(SPACES);
          if (ws.length < 2 || ws.length > 4) continue;
          for (const w of ws) {
            let set = personNameMates.get(w);
            if (!set) personNameMates.set(w, (set = new Set()));
            for (const x of ws) if (x !== w && counts.has(x)) set.add(x);
          }
        }
      }
      return personNameMates.get(w);
    };
    // Candidates share their first letter: compare within those buckets only. (Not the first
    // two: a misspelling often swaps or adds the second letter, "Keidis" / "Kiedis",
    // "Bauchtman" / "Buchtmann".)
    const initials = (w: string) => w.charCodeAt(0);
    // Name words by their undoubled form, for the misspellings that move a doubled letter
    // ("Labbot" / "Labott"), more than one edit apart: a lookup, not a scan.
    const byUndoubled = new Map<string, string[]>();
    const undoubledOf = new Map<string, string>();
    for (const n of names) {
      const u = undoubled(n);
      undoubledOf.set(n, u);
      const l = byUndoubled.get(u);
      if (l) l.push(n);
      else byUndoubled.set(u, [n]);
    }
    const byInitial = new Map<number, string[]>();
    for (const n of names) {
      const key = initials(n);
      const l = byInitial.get(key);
      if (l) l.push(n);
      else byInitial.set(key, [n]);
    }
    // org: an organisation's name, told apart by its own checks (below), not by the people's ones.
    type Variant = { spans: Span[]; preferred: string; org?: boolean };
    const variants = new Map<string, Variant>();
    // Where each variant's spans start, kept once asked, so that a repeat check is not a scan.
    const starts = new Map<Variant, Set<number>>();
    const hasStart = (v: Variant, at: number) => {
      let set = starts.get(v);
      if (!set) starts.set(v, (set = new Set(v.spans.map((x) => x.start))));
      return set.has(at);
    };
    const addSpan = (v: Variant, span: Span) => {
      v.spans.push(span);
      starts.get(v)?.add(span.start);
    };
    // Large buckets (a list of thousands of names) are searched through a deletion index rather
    // than word by word, so that the check stays near-linear.
    const indexes = new Map<number, DeletionIndex>();
    const bucketScans = new Map<number, number>();
    /** The spelling `word` is a variant of, or null: depends on the word only, so asked once per word. */
    const variantOf = (word: string): string | null => {
      const pref = ctx.kb.preferredSpelling(word);
      const isLone = lone.has(word);
      if (counts.has(word) && !pref && !isLone) return null;
      if (pref && pref !== word) return pref;
      // A word the tagger read as a person on its own ("Water said") may be an everyday word
      // misspelling a surname ("Waters"); any other everyday word is not a name.
      if (word.length < 5) return null;
      // Part of another name the article uses: a variant only of a person whose other name words
      // are written beside it ("Hilary Clinton-run" beside Hillary Clinton); the candidates are
      // the words of those people's names, not a bucket.
      const inOtherName = mentioned.has(word) && !isLone;
      const bside = inOtherName ? besideOf(word) : undefined;
      let nameMates: string[] | undefined;
      if (inOtherName) {
        if (!bside) return null;
        const mates = new Set<string>();
        for (const o of bside) for (const n of nameMatesOf(o) ?? []) if (n[0] === word[0]) mates.add(n);
        if (!mates.size) return null;
        nameMates = [...mates];
      }
      const personAlone = lonePerson.has(word) && !ctx.kb.isGivenName(word);
      const common = ctx.kb.isCommonWord(word.toLowerCase());
      if (ctx.kb.lookup(word) || (common && !personAlone) || ctx.kb.demonym(word)) return null;
      const bucket = nameMates ?? byInitial.get(initials(word));
      if (!bucket) return null;
      const max = word.length >= 9 ? 2 : 1;
      const uw = undoubled(word);
      let order: Iterable<string> = bucket;
      if (!nameMates && bucket.length > INDEX_FROM) {
        // A large bucket searched again and again: index it once.
        const key = initials(word);
        const scans = (bucketScans.get(key) ?? 0) + 1;
        bucketScans.set(key, scans);
        if (scans > INDEX_AFTER_SCANS) {
          let index = indexes.get(key);
          if (!index) indexes.set(key, (index = new DeletionIndex(bucket)));
          order = [...index.near(word, max), ...(byUndoubled.get(uw) ?? [])];
        }
      }
      const lw = word.toLowerCase();
      for (const n of order) {
        if (n[0] !== word[0] || n === word) continue;
        const sameUndoubled = undoubledOf.get(n) === uw;
        // One edit apart, the words agree in their second or third letter, either way round: a
        // test of four letters before the exact ones.
        if (!sameUndoubled && max === 1 && n[1] !== word[1] && n[2] !== word[1] && n[1] !== word[2] && n[2] !== word[2]) continue;
        if ((!sameUndoubled && certainlyFar(word, n, max)) || n.toLowerCase() === lw) continue;
        const ownerWords = (owner.get(n) ?? '').split(SPACES);
        if (inOtherName && !ownerWords.some((o) => o !== n && bside!.has(o))) continue;
        // A word read as a person on its own, an everyday word (read as a name only when near a
        // surname) or the surname of a person named in full without its final "s" ("Water" or
        // "Ebber said" beside Kathryn Waters, Bernie Ebbers); not with an "s" more ("the Bryans"
        // beside Bob Bryan: a family).
        const surnameOfLone = isLone && ownerWords.length >= 2 && ownerWords[ownerWords.length - 1] === n;
        if (common && !(personAlone && surnameOfLone)) continue;
        const lostS = surnameOfLone && n === `${word}s` && ctx.kb.isGivenName(ownerWords[0]);
        // Inflections are not misspellings: Olympic/Olympics, Maori/Maoris (but a doubled
        // letter at the end is: "Hoffmann" beside Dustin Hoffman).
        if (!lostS && (word.startsWith(n) || n.startsWith(word)) && undoubled(word) !== undoubled(n)) continue;
        // A plural or singular of a name word ("Turbine" beside "Corvane Turbines") is not a misspelling.
        if (!lostS && (n === `${word}s` || word === `${n}s` || n === `${word}es` || word === `${n}es`)) continue;
        // Nor is another ending on the same stem, two edits away ("Democrats" / "Democratic",
        // "Christian" / "Christie"): a misspelling one edit away at the end still counts ("Johnsen").
        if (otherEnding(word, n)) continue;
        // A lone name is a variant only of a spelling that is part of a full name, or that is
        // written more often than it is.
        const needed = isLone && !(owner.get(n) ?? '').includes(' ') ? (counts.get(word) ?? 0) + 1 : 1;
        if (nearSpelling(word, n, max) && (counts.get(n) ?? 0) >= needed && !(ctx.kb.lookup(n) && ctx.kb.lookup(word))) return n;
      }
      return null;
    };
    const decided = new Map<string, string | null>();
    const consider = (word: string, span: Span) => {
      let preferred = decided.get(word);
      if (preferred === undefined) decided.set(word, (preferred = variantOf(word)));
      if (preferred === null) return;
      const v = variants.get(word) ?? { spans: [], preferred };
      addSpan(v, span);
      variants.set(word, v);
    };
    // Variants inside one entity: the knowledge base may know "Shoygu" as another spelling of
    // Shoigu, but an article should use one.
    const near: { w: string; target: string; m: { start: number; text: string } }[] = [];
    for (const e of a.entities) {
      if (e.kind !== 'person') continue;
      const canonicalWords = e.name.split(SPACES);
      for (const m of e.mentions) {
        for (const w of m.text.split(SPACES)) {
          if (w.length < 4 || canonicalWords.includes(w)) continue;
          const target = canonicalWords.find((c) => c[0] === w[0] && !c.startsWith(w) && !w.startsWith(c) && editDistance(w, c, 2) <= 2);
          if (target) near.push({ w, target, m });
        }
      }
    }
    // Only when the article also writes the canonical spelling.
    const written = firstTokens(new Set(near.map((x) => x.target)));
    for (const { w, target, m } of near) {
      if (!written.has(target)) continue;
      const at = m.start + m.text.indexOf(w);
      const v = variants.get(w) ?? { spans: [], preferred: target };
      if (!hasStart(v, at)) addSpan(v, { start: at, end: at + w.length });
      variants.set(w, v);
    }
    // Two entities whose multi-word names differ in one near-identical word are one entity
    // spelled two ways ("Harland Maritime" / "Harlend Maritime").
    const multi = a.entities.filter((e) => e.kind !== 'place' && e.name.includes(' '));
    const multiWords = multi.map((e) => e.name.split(SPACES));
    // Names that agree in every word but one share a key with that word blanked out.
    const buckets = new Map<string, number[]>();
    multiWords.forEach((w, idx) => {
      for (let k = 0; k < w.length; k++) {
        const key = `${w.length}|${k}|${w.map((x, n) => (n === k ? '*' : x)).join(' ')}`;
        const l = buckets.get(key);
        if (l) l.push(idx);
        else buckets.set(key, [idx]);
      }
    });
    for (const l of buckets.values()) for (let p = 0; p < l.length && p < 50; p++) for (let q = p + 1; q < l.length && q < 50; q++) {
      const i = l[p];
      const j = l[q];
      const x = multiWords[i];
      const y = multiWords[j];
      if (x.length !== y.length) continue;
      // The one word in which they differ.
      let diffAt = -1;
      let diffs = 0;
      for (let k = 0; k < x.length; k++) if (x[k] !== y[k] && diffs++ === 0) diffAt = k;
      if (diffs !== 1) continue;
      const [u, v] = [x[diffAt], y[diffAt]];
      if (u.length < 4 || u[0] !== v[0] || !nearSpelling(u, v, u.length >= 8 ? 2 : 1) || u.startsWith(v) || v.startsWith(u)) continue;
      // The spelling used less often is the variant.
      const [main, variant] = multi[i].mentions.length >= multi[j].mentions.length ? [multi[i], multi[j]] : [multi[j], multi[i]];
      const wrong = main === multi[i] ? v : u;
      const right = main === multi[i] ? u : v;
      for (const m of variant.mentions) {
        const at = m.text.indexOf(wrong);
        if (at < 0) continue;
        const vv = variants.get(wrong) ?? { spans: [], preferred: right };
        if (!hasStart(vv, m.start + at)) addSpan(vv, { start: m.start + at, end: m.start + at + wrong.length });
        variants.set(wrong, vv);
      }
    }
    for (const t of a.tokens) {
      if (t.kind !== 'word' || !isNameWord(t.text)) continue;
      const b = a.blocks[a.sentences[t.sentence].block];
      if (b && (b.kind === 'boilerplate' || b.kind === 'frontMatter')) continue;
      consider(t.text, t);
      // Each name in a hyphenated compound ("the Reagan-Schwieker alliance").
      if (t.text.includes('-')) {
        let at = t.start;
        for (const part of t.text.split('-')) {
          if (part.length >= 5 && isNameWord(part)) consider(part, { start: at, end: at + part.length });
          at += part.length + 1;
        }
      }
    }
    organisationVariants(a, ctx.kb, lone, lonePerson, mentioned, counts, (word, preferred, spans) => {
      if (variants.has(word)) return;
      variants.set(word, { spans, preferred, org: true });
    });
    const preferredOf = new Map<string, string>();
    for (const [word, v] of variants) preferredOf.set(word, v.preferred);
    const firstOthers = firstTokens(new Set(preferredOf.values()));
    // Where each spelling is written (token starts), to tell two people apart from one misspelt:
    // a binary search over the tokens, which are sorted by start.
    const tokenAt = (pos: number): number | undefined => {
      const i = lowerBound(a.tokens, pos);
      return i < a.tokens.length && a.tokens[i].start === pos ? i : undefined;
    };
    const writtenAt = new Map<string, Token[]>();
    const preferredSet = new Set(preferredOf.values());
    for (const t of a.tokens) {
      if (t.kind !== 'word' || !preferredSet.has(t.text)) continue;
      const l = writtenAt.get(t.text);
      if (l) l.push(t);
      else writtenAt.set(t.text, [t]);
    }
    // Whether a block is a list of names, asked once per block (every spelling of a name asks it).
    const listBlocks = new Map<number, boolean>();
    const inList = (t: Token) => {
      const bi = a.sentences[t.sentence]?.block;
      if (bi === undefined) return false;
      let r = listBlocks.get(bi);
      if (r === undefined) listBlocks.set(bi, (r = isNameList(a.text, a.blocks[bi])));
      return r;
    };
    /** Whether the spelling at `s` reads as another person than the one spelled `preferred` (see below). */
    const anotherName = (s: Span, word: string, preferred: string): boolean => {
      const ownerName = owner.get(preferred) ?? '';
      const ownerWords = ownerName.split(SPACES);
      const i = tokenAt(s.start);
      const tok = i === undefined ? undefined : a.tokens[i];
      const prev = i === undefined ? undefined : a.tokens[i - 1];
      const next = i === undefined ? undefined : a.tokens[i + 1];
      const adjacent = (x: Token | undefined, y: Token | undefined) => !!x && !!y && isBlank(a.text.slice(x.end, y.start)) && x.end <= y.start;
      // An everyday word in a name ("Standard Life"): "Liffe" is another name, not a misspelling.
      // (Not the surname of a person named in full, beside a word read as a person on its own:
      // "Water said" beside Kathryn Waters.)
      const surnameOfLone = lonePerson.has(word) && ownerWords.length >= 2 && ownerWords[ownerWords.length - 1] === preferred;
      if (ctx.kb.isCommonWord(preferred.toLowerCase()) && !surnameOfLone) return true;
      // A familiar form of a given name ("Stevie" / "Steve").
      if (withoutFinalVowel(word) === withoutFinalVowel(preferred)) return true;
      // The preferred spelling is a given name: a near word is the same name only when the surname
      // follows ("Victor Makarov" / "Viktor Makarov"), not "Linux founder" beside "Linus Torvalds",
      // nor "Patrik Berger" beside "Patrick Vieira".
      if (ownerWords.length >= 2 && ownerWords.indexOf(preferred) >= 0 && ownerWords.indexOf(preferred) < ownerWords.length - 1) {
        const surname = ownerWords[ownerWords.length - 1];
        // The first word of a compound ("Clinton-run").
        const nextWord = next?.text.split('-')[0] ?? '';
        const surnameFollows = !!next && adjacent(tok, next) && (nextWord === surname || editDistance(nextWord, surname, 2) <= 2);
        // Unless the article calls the person by the given name alone ("Michelle" for Michelle
        // Obama), and no other surname follows the near spelling ("Michele said").
        const aloneToo = givenAlone.has(`${ownerName}|${preferred}`) && ctx.kb.isGivenName(preferred) && !(next && adjacent(tok, next) && startsUpper(next.text));
        if (!surnameFollows && !aloneToo) return true;
      }
      // A surname written with another given name or initial ("C Thomson" beside "Alan Thompson",
      // "Ayatollah Ruhollah Khomenei" beside "Ali Khamenei"): another person.
      if (ownerWords.length >= 2 && ownerWords[ownerWords.length - 1] === preferred && prev && adjacent(prev, tok) && startsUpper(prev.text)) {
        const given = ownerWords[ownerWords.length - 2];
        const initial = isInitial(prev.text);
        const titleLike = ctx.kb.isCommonWord(prev.text.toLowerCase()) || wordList('shortTitles').hasWithOptionalDot(prev.text);
        if (!titleLike && (initial ? prev.text[0] !== given[0] : prev.text !== given && editDistance(prev.text, given, 2) > 2)) return true;
      }
      // Both spellings in team sheets ("Murphy, Horgan, O'Driscoll…" and
      // "Sheahan, Horan, O'Callaghan…"): two people listed, not one misspelt.
      const others = writtenAt.get(preferred) ?? [];
      if (tok && inList(tok) && others.some((o) => inList(o) || o.sentence === tok.sentence)) return true;
      return false;
    };
    // The copy's tokens (furniture aside) grouped by text, built once when a pair first asks how
    // often each spelling is written (a scan of every token per pair was quadratic).
    // Only the spellings of the pairs are ever asked for (a variant or its preferred spelling).
    const asked = new Set([...variants.keys(), ...preferredOf.values()]);
    let copyByText: Map<string, Token[]> | undefined;
    const copyOf = (w: string): Token[] => {
      if (!copyByText) {
        copyByText = new Map();
        for (const t of a.tokens) {
          if (!asked.has(t.text)) continue;
          const b = a.blocks[a.sentences[t.sentence]?.block];
          if (b && (b.kind === 'boilerplate' || b.kind === 'frontMatter')) continue;
          const l = copyByText.get(t.text);
          if (l) l.push(t);
          else copyByText.set(t.text, [t]);
        }
      }
      return copyByText.get(w) ?? [];
    };
    // How often each spelling is written in the copy (furniture aside), asked only for the pairs found.
    const uses = (w: string) => copyOf(w).length;
    const copyTokens = (w: string): Span[] => copyOf(w).filter((t) => t.kind === 'word').map((t) => ({ start: t.start, end: t.end }));
    // The first token of each text (furniture included), for the spellings that firstOthers lacks.
    let firstByText: Map<string, Token> | undefined;
    const firstToken = (w: string): Token | undefined => {
      if (!firstByText) {
        firstByText = new Map();
        for (const t of a.tokens) if (asked.has(t.text) && !firstByText.has(t.text)) firstByText.set(t.text, t);
      }
      return firstByText.get(w);
    };
    const embedded = variants.size ? embeddedPosts(a.text) : [];
    for (const [word0, v0] of variants) {
      let preferred = preferredOf.get(word0)!;
      let word = word0;
      // The knowledge base's preferred spelling is not second-guessed.
      const known = !!ctx.kb.preferredSpelling(word);
      let v = known || v0.org ? v0 : { ...v0, spans: v0.spans.filter((s) => !anotherName(s, word, preferred)) };
      // An embedded post is its author's text, not the article's to respell.
      if (embedded.length) v = { ...v, spans: v.spans.filter((s) => !embedded.some((e) => e.start <= s.start && s.end <= e.end)) };
      if (!v.spans.length) continue;
      // The usual form wins: when the article writes the "variant" more often than the spelling of
      // the name it was matched to (a misspelt full name, then the right surname again and again),
      // the rarer spelling is the one to change. A tie keeps the spelling of the name.
      // (With no knowledge base spelling and as many uses of each, which is right cannot be told:
      // the finding is only information, and says so.)
      let tie = false;
      if (!known && !ctx.kb.preferredSpelling(preferred) && !variants.has(preferred)) {
        const [u, p] = [uses(word), uses(preferred)];
        if (u > p) {
          [word, preferred] = [preferred, word];
          v = { spans: copyTokens(word), preferred };
          if (!v.spans.length) continue;
        }
        tie = u === p;
      }
      const fix: Fix = { title: `Use the spelling “${preferred}” everywhere`, edits: v.spans.map((s) => ({ start: s.start, end: s.end, newText: preferred })), fixAll: true, preferred: true };
      const firstOther = firstOthers.get(preferred) ?? firstToken(preferred);
      for (const s of v.spans) {
        out.push({
          rule: this.id,
          severity: tie ? 'information' : this.defaultSeverity,
          start: s.start,
          end: s.end,
          message: tie
            ? `“${word}” is spelled “${preferred}” elsewhere in the article${owner.get(preferred) ? ` (${owner.get(preferred)})` : ''}, as often: check which spelling is right and use it throughout.`
            : `“${word}” is spelled “${preferred}” elsewhere in the article${owner.get(preferred) ? ` (${owner.get(preferred)})` : ''}: use one spelling.`,
          related: firstOther ? [{ start: firstOther.start, end: firstOther.end, message: `Spelled “${preferred}” here` }] : [],
          fixes: [{ title: `Change to “${preferred}”`, edits: [{ start: s.start, end: s.end, newText: preferred }], preferred: true }, fix, ignoreFix(this.id, s)],
        });
      }
    }
    return out;
  },
};

/** A word in capitals that is part of a run of them (an all-capitals headline or label). */
function inCapitalsRun(a: Analysis, i: number): boolean {
  // (No closure nor array made per call: this is asked of every capitalised word.)
  const t0 = a.tokens[i];
  if (!capsWord(t0)) return false;
  for (let d = -2; d <= 2; d++) {
    if (d === 0) continue;
    const t = a.tokens[i + d];
    if (t !== undefined && t.sentence === t0.sentence && t.kind === 'word' && t.text.length >= 3 && capsWord(t) && !kbAcronymLike(t.text)) return true;
  }
  return false;
}

/** A word of two letters or more in capitals (ASCII). */
function capsWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.length >= 2 && !hasAsciiLower(t.text) && hasAsciiUpper(t.text);
}

/** Short capitals (up to four letters) read as an acronym, not as a shouted word. */
function kbAcronymLike(w: string): boolean {
  return w.length <= 4;
}

/**
 * Organisations' names written two ways (the caller adds each as a variant of the usual spelling):
 *  - a word the article writes once, read as a name of its own or as no name at all, that is one
 *    letter or a doubled letter from a word of an organisation's name written more often
 *    ("DaimerChrysler" beside "DaimlerChrysler"; the tagger may call either a place);
 *  - a word of an organisation's name written in two cases ("Worldcom" and "WorldCom", "Nato"
 *    and "NATO"), all-capitals headlines aside;
 *  - an unknown acronym that swaps two neighbouring letters of an acronym the article writes
 *    more often ("ABD" beside "ADB").
 * Everyday words, known names (but for case), demonyms, inflections and other endings are not
 * variants, and nothing is compared but within buckets (first letter, lower case, letters sorted).
 */
function organisationVariants(
  a: Analysis,
  kb: KnowledgeBase,
  lone: Set<string>,
  lonePerson: Set<string>,
  mentioned: Set<string>,
  personWords: Map<string, number>,
  add: (word: string, preferred: string, spans: Span[]) => void,
): void {
  // Words of organisations' names (and of unknown names of other kinds but people: the tagger
  // calls an unknown company a place), by first letter and by lower case.
  const orgWords = new Set<string>();
  // (The words of names typed organisation, of those: what a one-word "person" may misspell.)
  const organisationWords = new Set<string>();
  const acronyms = new Set<string>();
  for (const e of a.entities) {
    if (e.kind === 'person') continue;
    if (e.kind !== 'organisation' && e.knowledge) continue;
    for (const m of e.mentions) {
      for (const w of m.text.split(SPACES_OR_APOSTROPHES)) {
        if (w.length >= 4 && startsUpper(w) && !kb.isCommonWord(w.toLowerCase())) {
          orgWords.add(w);
          if (e.kind === 'organisation') organisationWords.add(w);
        }
        if (isAsciiCapitals(w, 3, 5)) acronyms.add(w);
      }
    }
  }
  if (!orgWords.size) return;
  // The copy's capitalised words by text, furniture and all-capitals runs aside (made only when
  // some name is an organisation's: all that follows reads them).
  const written = new Map<string, Span[]>();
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (t.kind !== 'word' || !startsUpper(t.text) || t.text.length < 3) continue;
    const b = a.blocks[a.sentences[t.sentence]?.block];
    if (b && (b.kind === 'boilerplate' || b.kind === 'frontMatter')) continue;
    if (inCapitalsRun(a, i)) continue;
    const l = written.get(t.text);
    if (l) l.push(t);
    else written.set(t.text, [t]);
  }
  const uses = (w: string) => written.get(w)?.length ?? 0;
  // Case: every written form of an organisation's word.
  const byLower = new Map<string, Set<string>>();
  for (const w of orgWords) byLower.set(w.toLowerCase(), new Set());
  for (const w of written.keys()) byLower.get(w.toLowerCase())?.add(w);
  // Quoted words are the speaker's or writer's, not the article's style ("Isis declares...").
  const quoted = (s: Span) => a.quotes.some((q) => q.inner.start <= s.start && s.end <= q.inner.end);
  for (const forms of byLower.values()) {
    if (forms.size !== 2) continue;
    const [x, y] = [...forms];
    if (!caseVariants(x, y, kb)) continue;
    const [main, variant] = uses(x) >= uses(y) ? [x, y] : [y, x];
    if (uses(main) === uses(variant)) continue;
    const spans = written.get(variant)!.filter((s) => !quoted(s));
    if (spans.length) add(variant, main, spans);
  }
  // Near spellings of a name written once: candidates from the word's first-letter bucket, through
  // a deletion index (and the undoubled forms) when the bucket is large.
  const byInitial = new Map<string, string[]>();
  const byUndoubled = new Map<string, string[]>();
  for (const w of orgWords) {
    if (w.length < 6 || uses(w) < 2) continue;
    const l = byInitial.get(w[0]);
    if (l) l.push(w);
    else byInitial.set(w[0], [w]);
    const u = undoubled(w);
    const k = byUndoubled.get(u);
    if (k) k.push(w);
    else byUndoubled.set(u, [w]);
  }
  const indexes = new Map<string, DeletionIndex>();
  const candidates = (w: string): string[] => {
    const bucket = byInitial.get(w[0]) ?? [];
    if (bucket.length <= INDEX_FROM) return bucket;
    let index = indexes.get(w[0]);
    if (!index) indexes.set(w[0], (index = new DeletionIndex(bucket)));
    return [...index.near(w, 1), ...(byUndoubled.get(undoubled(w)) ?? [])];
  };
  // A name of its own, or a capitalised word the tagger did not read as part of any name.
  for (const w of written.keys()) {
    if (!(lone.has(w) || !mentioned.has(w))) continue;
    // (A word of a person's name is left to the people's checks, unless it is a one-word "person"
    // the tagger made of a body's misspelt name: "Castlemeer said" beside Castlemere Engineering.)
    if (w.length < 6 || !isNameWord(w) || (personWords.has(w) && !lonePerson.has(w)) || uses(w) !== 1) continue;
    // One edit, or a doubled letter (two letters of another body's name: "Leicester" and "Leinster").
    const max = 1;
    const asPerson = personWords.has(w);
    for (const n of candidates(w)) {
      if (n === w || n.toLowerCase() === w.toLowerCase() || (asPerson && !organisationWords.has(n))) continue;
      if (w.startsWith(n) || n.startsWith(w) || otherEnding(w, n) || !nearSpelling(w, n, max)) continue;
      // (The knowledge base is asked only about a word near a name.)
      if (kb.lookup(w) || kb.isCommonWord(w.toLowerCase()) || kb.demonym(w)) break;
      add(w, n, written.get(w)!);
      break;
    }
  }
  // A name whose first word ends in "s" written elsewhere as a possessive ("Caesars Palace",
  // then "a Caesar’s Palace ballroom"): the first two words, apostrophe aside, are the same.
  const sNames = new Map<string, string>();
  for (const e of a.entities) {
    if (e.kind === 'person') continue;
    for (const m of e.mentions) {
      const ws = m.text.split(SPACES);
      if (ws.length < 2 || ws[0].length < 4 || !ws[0].endsWith('s') || !isNameWord(ws[0]) || !startsUpper(ws[1])) continue;
      if (ws[0].includes("'") || ws[0].includes('’')) continue;
      sNames.set(`${ws[0]} ${ws[1]}`.toLowerCase(), ws[0]);
    }
  }
  if (sNames.size) {
    for (let i = 1; i + 1 < a.tokens.length; i++) {
      const s = a.tokens[i];
      if (s.text !== "'s" && s.text !== '’s') continue;
      const t = a.tokens[i - 1];
      const u = a.tokens[i + 1];
      if (t.kind !== 'word' || s.start !== t.end || u.kind !== 'word') continue;
      const name = sNames.get(`${t.text}s ${u.text}`.toLowerCase());
      if (name) add(a.text.slice(t.start, s.end), name, [{ start: t.start, end: s.end }]);
    }
  }
  // Acronyms with two neighbouring letters swapped.
  const bySorted = new Map<string, string[]>();
  for (const w of acronyms) {
    if (uses(w) < 2) continue;
    const key = [...w].sort().join('');
    const l = bySorted.get(key);
    if (l) l.push(w);
    else bySorted.set(key, [w]);
  }
  if (!bySorted.size) return;
  for (const [w, spans] of written) {
    // (Whether or not the tagger read the one-off spelling as a name of its own.)
    if (spans.length !== 1 || !isAsciiCapitals(w, 3, 5) || kb.lookup(w)) continue;
    for (const n of bySorted.get([...w].sort().join('')) ?? []) {
      if (editDistance(w, n, 1) === 1 && w.length === n.length) {
        add(w, n, spans);
        break;
      }
    }
  }
}

/**
 * Two forms of one word in other cases that are one name written two ways: capitals inside the
 * word ("Worldcom" / "WorldCom", "Cebit" / "CeBit"), or an acronym and its word form when the
 * knowledge base lists both for one body ("Nato" / "NATO"). Not a word in capitals as a label or
 * dateline ("BURNLEY:", "RENO, Nev."), nor a capital after a hyphen ("A-Levels" / "A-levels").
 */
function caseVariants(x: string, y: string, kb: KnowledgeBase): boolean {
  const caps = (w: string) => !hasAsciiLower(w);
  if (caps(x) || caps(y)) {
    const [upper, other] = caps(x) ? [x, y] : [y, x];
    const hit = kb.lookup(upper);
    const hit2 = kb.lookup(other);
    if (!hit || !hit2 || hit.entry.name !== hit2.entry.name) return false;
    const names = [hit.entry.name, ...(hit.entry.aliases ?? [])];
    return names.includes(upper) && names.includes(other);
  }
  for (let i = 1; i < x.length; i++) if (x[i] !== y[i] && x[i - 1] !== '-' && x[i - 1] !== '‐') return true;
  return false;
}

/** Posts embedded in the copy as markup (<tweet …>…</tweet>, <blockquote …>…</blockquote>). */
function embeddedPosts(text: string): Span[] {
  const out: Span[] = [];
  for (const tag of ['tweet', 'blockquote']) {
    let at = text.indexOf(`<${tag}`);
    while (at >= 0) {
      const close = text.indexOf(`</${tag}>`, at);
      if (close < 0) break;
      out.push({ start: at, end: close + tag.length + 3 });
      at = text.indexOf(`<${tag}`, close);
    }
  }
  return out;
}

/** A name without a final "ie", "y" or "e" ("Jonny" and "Jonnie" -> "Jonn"). */
/** Two words on one stem of five letters or more with different endings of up to three letters
 *  each, two edits or more apart: word forms ("Democrats" / "Democratic"), not one name misspelt. */
export function otherEnding(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= 5 && a.length - p <= 3 && b.length - p <= 3 && editDistance(a.slice(p), b.slice(p), 1) > 1;
}

function withoutFinalVowel(w: string): string {
  if (w.endsWith('ie')) return w.slice(0, -2);
  return w.endsWith('y') || w.endsWith('e') ? w.slice(0, -1) : w;
}
