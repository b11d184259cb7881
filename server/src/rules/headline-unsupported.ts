import type { Finding } from '../analysis/types';
import type { KnowledgeHit, PlaceEntry } from '../knowledge/types';
import { isStatistic } from '../analysis/claims';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { blockKindAt, ignoreFix } from './util';
import { SPACES, hasLetterOrDigit, isAsciiCapitals, isCapitalised, startsUpper, withoutPossessive } from '../analysis/tokens';

/** True when `body` has capitalised words whose initials spell the acronym ("Lawn Tennis Association"). */
function spelledOut(acronym: string, body: string): boolean {
  const words = body.split(/[^\p{L}&'’-]+/u).filter(Boolean);
  const caps = words.map((w) => (startsUpper(w) ? w[0] : ACRONYM_GAP_WORDS.has(w.toLowerCase()) ? '' : '#'));
  for (let i = 0; i < caps.length; i++) {
    if (caps[i] !== acronym[0]) continue;
    let got = '';
    for (let j = i; j < caps.length && caps[j] !== '#' && got.length < acronym.length; j++) got += caps[j];
    if (got === acronym) return true;
  }
  return false;
}

/** Small words inside a name that an acronym leaves out ("Lawn Tennis Association of …"). */
const ACRONYM_GAP_WORDS = new Set(['of', 'for', 'and', 'the', 'de', '&']);
/** Small words that join the words of a name ("Bank of England"). */
const CONNECTORS = new Set([...ACRONYM_GAP_WORDS, 'on', 'in', 'at', 'to']);
const isConnector = (w: string): boolean => CONNECTORS.has(w.toLowerCase());
/** Endings of abstract nouns and adjectives ("Optimism", "Weakness"). */
const ABSTRACT_SUFFIXES = ['ism', 'ness', 'ment', 'ity', 'tion', 'ious', 'ful', 'less'];


/** A word without what trails it: punctuation, then a possessive ("United's," is "United"). */
function trimTail(w: string): string {
  let end = w.length;
  while (end > 0 && !hasLetterOrDigit(w[end - 1])) end--;
  if (end >= 2 && w[end - 1] === 's' && (w[end - 2] === "'" || w[end - 2] === '’')) end -= 2;
  return w.slice(0, end);
}

/** Capitalised runs of the body ("Manchester United", "Bank of England"), as word lists. */
function bodyNames(body: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && isConnector(run[run.length - 1])) run.pop();
    if (run.length) out.push(run);
    run = [];
  };
  for (const raw of body.split(SPACES)) {
    const w = raw.replace(/^[^\p{L}\p{N}&]+/u, '');
    const core = trimTail(w);
    if (startsUpper(core)) run.push(core);
    else if (run.length && isConnector(core) && core === w) {
      run.push(core);
      continue;
    } else {
      flush();
      continue;
    }
    if (core !== w) flush();
  }
  flush();
  return out;
}

/** Whether `piece` can be read in `word`: its first letter, then its other letters in order ("Utd" in "United"). */
function readsIn(piece: string, word: string): boolean {
  if (!piece || piece[0] !== word[0]) return false;
  let j = 1;
  for (let i = 1; i < piece.length; i++) {
    while (j < word.length && word[j] !== piece[i]) j++;
    if (j >= word.length) return false;
    j++;
  }
  return true;
}

/**
 * Whether the headline words are a short form of one body name: each word is one or more pieces,
 * each piece read in a body word, the body words taken in order ("Man Utd" / "Manchester
 * United", "Amex" / "American Express"). Body words may be skipped; every headline letter is used.
 */
function shortFormOf(head: string[], name: string[]): boolean {
  const h = head.map((w) => w.toLowerCase());
  const n = name.filter((w) => !isConnector(w)).map((w) => w.toLowerCase());
  if (!h.length || !n.length) return false;
  // A short form is shorter than the name, and uses more than the initials.
  if (h.join('').length >= n.join('').length || h.join('').length < 3) return false;
  const memo = new Map<string, boolean>();
  // go(word index, position in word, body word index): can the rest be read from body word k on?
  const go = (i: number, p: number, k: number): boolean => {
    if (i === h.length) return true;
    if (p === h[i].length) return go(i + 1, 0, k);
    const key = `${i}:${p}:${k}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let ok = false;
    // A piece of at least two letters (or the rest of the word) read in body word m >= k.
    for (let m = k; m < n.length && !ok; m++) {
      for (let e = h[i].length; e > p && !ok; e--) {
        if (e - p < 2 && e < h[i].length) continue;
        if (readsIn(h[i].slice(p, e), n[m])) ok = go(i, e, m + 1);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  if (go(0, 0, 0)) return true;
  // A familiar form of the last word ("Indy" / "Independent", "Andy" / "Andrew"): its stem is read instead.
  const last = h[h.length - 1];
  const stem = /^(.{3,}?)(?:y|ie|o)$/.exec(last)?.[1];
  if (!stem) return false;
  memo.clear();
  h[h.length - 1] = stem;
  return go(0, 0, 0);
}

/** A single capitalised word that reads as an ordinary word: "Slowdown", "Booming", "Optimism", "Hi-tech". */
function ordinaryWord(word: string, isCommon: (w: string) => boolean): boolean {
  const w = word.toLowerCase();
  if (/^\p{Lu}\p{Ll}+-\p{Ll}/u.test(word)) return true;
  if (!isCapitalised(word)) return false;
  if (isCommon(w)) return true;
  // An everyday word with a suffix ("booming", "optimism"), or two of them ("slowdown").
  const stem = /^(.{3,}?)(?:ing|ed|er|ers|s|es|ly|ness|ment|ism|ist|ity|ic|ical|ant|ance|ent|ence)$/.exec(w)?.[1];
  if (stem && (isCommon(stem) || isCommon(`${stem}e`) || isCommon(`${stem}istic`) || isCommon(`${(stem.endsWith('i') ? stem.slice(0, -1) : stem)}y`))) return true;
  for (let i = 3; i <= w.length - 3; i++) if (isCommon(w.slice(0, i)) && isCommon(w.slice(i))) return true;
  return ABSTRACT_SUFFIXES.some((x) => w.endsWith(x));
}

/** Whether the body names what the knowledge base knows under `name` by one of its other names. */
function knownInBody(name: string, kb: { lookup(n: string): KnowledgeHit | undefined; demonym(w: string): PlaceEntry | undefined }, names: string[][], body: string): boolean {
  const key = (x: string) => x.toLowerCase();
  const same = (h: KnowledgeHit | undefined): boolean => {
    if (!h) return false;
    const entry = h.entry as { name: string; aliases?: string[]; country?: string; type?: string };
    const forms = new Set([entry.name, ...(entry.aliases ?? [])].map(key));
    if (entry.type === 'country' && entry.country) forms.add(key(entry.country));
    return forms.has(key(name));
  };
  for (const n of names) {
    const full = n.join(' ');
    if (same(kb.lookup(full))) return true;
    for (const w of n) {
      if (same(kb.lookup(w))) return true;
      const place = kb.demonym(w);
      if (place && same({ registry: 'places', entry: place } as KnowledgeHit)) return true;
    }
  }
  // A state the body names without the word "State" ("N.Y." / "New York", for New York State).
  const known = kb.lookup(name);
  const place = known?.registry === 'places' ? (known.entry as { name: string }).name : '';
  if (place.endsWith(' State') && body.includes(place.slice(0, -' State'.length))) return true;
  // A body phrase for the organisation: "the health service" for the National Health Service.
  const full = known && known.registry === 'organisations' ? (known.entry as { name: string }).name.split(' ') : [];
  if (full.length >= 3 && body.toLowerCase().includes(full.slice(-2).join(' ').toLowerCase())) return true;
  // A governing party stands for its government in a headline ("Labour plans…" / "the government").
  const hit = kb.lookup(name);
  return hit?.registry === 'organisations' && (hit.entry as { type?: string }).type === 'party' && /\b(?:the government|ministers?)\b/i.test(body);
}

export const headlineUnsupported: Rule = {
  ...ruleMeta('headline-unsupported'),
  check(a, ctx) {
    const out: Finding[] = [];
    const isTop = (pos: number) => {
      const k = blockKindAt(a, pos);
      return k === 'headline' || k === 'standfirst';
    };
    const bodyQs = a.quantities.filter((q) => blockKindAt(a, q.start) === 'paragraph');
    let lowerBodyCache: string | null = null;
    const body = () => (lowerBodyCache ??= a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.text.slice(b.start, b.end)).join('\n').toLowerCase());
    // The text from the first paragraph on, its words and its names: read once, when a headline name needs them.
    let bodyTextCache: string | null = null;
    let bodyWordsCache: Set<string> | null = null;
    let bodyNamesCache: ReturnType<typeof bodyNames> | null = null;
    const bodyFrom = () => (bodyTextCache ??= a.text.slice(a.blocks.find((b) => b.kind === 'paragraph')?.start ?? a.text.length));
    const bodyWordSet = () => (bodyWordsCache ??= new Set(bodyFrom().split(/[^\p{L}\p{N}-]+/u)));
    const namesInBody = () => (bodyNamesCache ??= bodyNames(bodyFrom()));
    for (const q of a.quantities) {
      if (!isTop(q.start) || !isStatistic(q)) continue;
      // Any body figure of the same kind and unit counts: a different value is inconsistent-figure's business.
      // (Units compare as words: "jobs'" closing a quoted headline is "jobs".)
      const unit = (x: { unit?: string | null }) => (x.unit ?? '').replace(/[^\p{L}\p{N}$£€¥%]/gu, '').toLowerCase();
      if (bodyQs.some((b) => b.kind === q.kind && unit(b) === unit(q))) continue;
      // The same value in the body: a count's "unit" is only the next word ("Five million Germans" /
      // "five million last month"), and an amount whose currency was not read is a count.
      if (q.value !== null && bodyQs.some((b) => b.value === q.value && (b.kind === q.kind || b.kind === 'count' || q.kind === 'count'))) continue;
      // "number one spot": a rank the body states as "top" or as any rank.
      if (q.kind === 'rank' && (bodyQs.some((b) => b.kind === 'rank') || /\btop(?:s|ped|ping|per)?\b|chart-topp/.test(body()))) continue;
      // A headline figure the standfirst states is checked once, on the standfirst.
      if (blockKindAt(a, q.start) === 'headline' && a.quantities.some((b) => blockKindAt(a, b.start) === 'standfirst' && b.kind === q.kind && b.value === q.value)) continue;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: q.start,
        end: q.end,
        message: `“${q.text}” appears in the ${blockKindAt(a, q.start)} but nowhere in the body: support it in the story or take it out.`,
        related: [],
        fixes: [ignoreFix(this.id, q)],
      });
    }
    for (const e of a.entities) {
      if (e.kind !== 'person' && e.kind !== 'organisation') continue;
      const top = e.mentions.filter((m) => isTop(m.start));
      if (!top.length) continue;
      if (e.mentions.some((m) => blockKindAt(a, m.start) === 'paragraph')) continue;
      // Named in the body under another capitalisation ("Metlife" / "MetLife") counts.
      if (body().includes(e.name.toLowerCase()) || top.some((m) => body().includes(m.text.toLowerCase()))) continue;
      // An acronym in the headline, spelled out in the body ("LTA" / "the Lawn Tennis Association").
      if (isAsciiCapitals(e.name, 2, 6) && spelledOut(e.name, bodyFrom())) continue;
      const m = top[0];
      const words = m.text.split(/[^\p{L}\p{N}&'’-]+/u).map((w) => withoutPossessive(w)).filter((w) => w && !isConnector(w));
      const bodyText = bodyFrom();
      // A one-word headline "name" that is an ordinary word capitalised by the headline ("Slowdown
      // hits…", "Hi-tech posters…"), with nothing in the knowledge base behind it.
      if (words.length === 1 && !e.knowledge && !ctx.kb.lookup(words[0]) && ordinaryWord(words[0], (w) => ctx.kb.isCommonWord(w))) continue;
      // Several names run together by the headline ("Henman & Murray", "Ken Nazi jibe"): each word
      // is a capitalised word of the body.
      if (words.length >= 2) {
        const bodyWords = bodyWordSet();
        if (words.every((w) => startsUpper(w) && bodyWords.has(w))) continue;
        // A name run on into the headline's verb ("Ann Lowe slams Harbour Trust"): the lower-case
        // word is no part of a name, and the capitalised words are each in the body.
        const caps = words.filter((w) => startsUpper(w));
        if (caps.length && caps.length < words.length && caps.every((w) => bodyWords.has(w))) continue;
      }
      // A body person's given name run into the next headline word ("Ken Nazi jibe" / "Ken Livingstone").
      if (words.length >= 2 && e.kind === 'person' && !e.knowledge && ctx.kb.isGivenName(words[0]) && !bodyText.includes(m.text)
        && a.entities.some((o) => o !== e && o.kind === 'person' && o.name.startsWith(`${words[0]} `) && o.mentions.some((x) => blockKindAt(a, x.start) === 'paragraph'))) continue;
      // A title's short form before a body person's surname ("Former AG Mukasey" / "Attorney
      // General Michael Mukasey"): the surname names someone the body introduces.
      if (words.length >= 2 && e.kind === 'person') {
        const surname = words[words.length - 1];
        if (startsUpper(surname) && !ctx.kb.isCommonWord(surname.toLowerCase()) && a.entities.some((o) => o !== e && o.kind === 'person' && o.name.endsWith(` ${surname}`) && o.mentions.some((x) => blockKindAt(a, x.start) === 'paragraph'))) continue;
      }
      // A hashtag ("announce #FeelTheBern benefit concert") is a tag, not a name the body owes the reader.
      if (a.text[m.start - 1] === '#') continue;
      // A short headline form of a body name ("Man Utd" / "Manchester United", "Amex" / "American Express").
      const names = namesInBody();
      if (names.some((n) => shortFormOf(words, n))) continue;
      // Another name the knowledge base gives it, or a country's code ("GB"), written in the body,
      // or its people ("British").
      if (knownInBody(e.knowledge?.name ?? m.text, ctx.kb, names, bodyText)) continue;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: m.start,
        end: m.end,
        message: `${e.name} is named in the ${blockKindAt(a, m.start)} but not in the body: the story should say who they are and what they did.`,
        related: [],
        fixes: [ignoreFix(this.id, m)],
      });
    }
    return out;
  },
};
