// Noun phrases over a sentence's tokens, walked from their head: left from the word before a
// verb ("the former chief economist at the bank | said"), right from the word after one
// ("said | a spokesman for the ministry"). No part-of-speech tagger: function words
// (data/clause-words.json) bound the phrase, entity mentions are single units.
import type { Entity, Token } from './types';
import { W, cueVerb } from './attribution-cues';
import { ANONYMOUS_HEADS, DOCUMENT_WORDS, ORG_WORDS, PRONOUNS, PUBLICATION_WORDS, ROLE_WORDS, TITLES, VAGUE_SOURCES } from './lexicon';
import { hasLetter } from './tokens';
import { lowerOf } from './lower-case';

/** A head noun the lexicon knows as a source: officials, report, ministry, newspaper, minister. */
export function isSourceNoun(w: string): boolean {
  return VAGUE_SOURCES.has(w) || ANONYMOUS_HEADS.has(w) || DOCUMENT_WORDS.has(w) || ORG_WORDS.has(w) || PUBLICATION_WORDS.has(w) || ROLE_WORDS.has(w) || TITLES.has(w)
    || W.spokes.has(w) || W.body.has(w) || W.publication.has(w) || W.relation.has(w) || W.sample.has(w) || W.familiar.has(w);
}

/** A noun for people: one the lexicon knows as a source, or one formed like "farmers", "economists". */
export function isPersonNoun(w: string): boolean {
  if (W.notPerson.has(w)) return false;
  if (W.person.has(w) || VAGUE_SOURCES.has(w) || ANONYMOUS_HEADS.has(w) || ROLE_WORDS.has(w) || TITLES.has(w) || W.relation.has(w) || W.spokes.has(w)) return true;
  return W.personEnding.some((e) => w.length > e.length + 2 && w.endsWith(e));
}

export interface MentionRef {
  start: number;
  end: number;
  id: string;
}

export interface NpContext {
  text: string;
  toks: Token[];
  mentionByEnd: Map<number, MentionRef>;
  mentionByStart: Map<number, MentionRef>;
  entityById: Map<string, Entity>;
  /** Start offsets of demonyms ("Europeans", "Malaysian"). */
  demonymAt: Set<number>;
}

/** A capital that marks a name: not the one every sentence opens with. */
export function properCase(toks: Token[], k: number): boolean {
  if (!isCapitalised(toks[k])) return false;
  const p = toks[k - 1];
  return !!p && p.kind !== 'punct';
}

/** A noun phrase as token indices (inclusive) with its head word and the entities it holds. */
export interface Phrase {
  first: number;
  last: number;
  head: number;
  /** The entity the head belongs to. */
  entity: string | null;
  /** An entity named among the modifiers or after a link word ("a spokesman for the ministry"). */
  owner: string | null;
  /** Two names joined ("Ann Lowe and Peter Marsh"): a plural subject. */
  joined?: boolean;
}

export { lowerOf };
/** The first character has a lower case other than itself (an ASCII letter by its code, with no
 *  new string made: the clause reader asks it of every word of every sentence). */
export const isCapitalised = (t: Token | undefined): boolean => {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : t.text[0] !== t.text[0].toLowerCase();
};
const isPossessive = (t: Token | undefined) => !!t && (t.text === '’s' || t.text === "'s" || t.text === '’' || t.text === "'");
const isHyphen = (t: Token | undefined) => !!t && (t.text === '-' || t.text === '‑');

function mentionTokens(c: NpContext, m: MentionRef, near: number): [number, number] {
  let a = near;
  while (a > 0 && c.toks[a - 1].start >= m.start) a--;
  let b = near;
  while (b + 1 < c.toks.length && c.toks[b + 1].end <= m.end) b++;
  return [a, b];
}

function nonPlace(c: NpContext, id: string | null | undefined): string | null {
  if (!id) return null;
  const e = c.entityById.get(id);
  return e && e.kind !== 'place' ? id : null;
}

const MAGNITUDES = new Set(['thousand', 'million', 'billion', 'trillion', 'm', 'bn']);

/** A year written as four digits, 1900 to 2099 ("2009"). */
function isYear(x: string): boolean {
  if (x.length !== 4 || !(x.startsWith('19') || x.startsWith('20'))) return false;
  for (const ch of x) if (ch < '0' || ch > '9') return false;
  return true;
}

/** A number with a unit or a currency sign ("£100m", "3bn", "$5"): an amount, not a count. */
function isAmount(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'number') return false;
  if (hasLetter(t.text)) return true;
  const p = toks[k - 1];
  return !!p && p.end === t.start && (p.kind === 'number' || /\p{Sc}/u.test(p.text));
}

/** Can this token be a noun-phrase word (a modifier or a head)? */
function npWord(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  const w = lowerOf(t);
  if (W.npStop.has(w) || W.npLink.has(w)) return false;
  // A verb form ends the phrase, unless capitalised inside a name ("Says Law").
  const v = cueVerb(w);
  if (v && (v.form === 'past' || v.form === 'ing') && !isCapitalised(t)) return false;
  return true;
}

/** Whether one or two plain lower-case words from `k` (no verb of saying, nothing that ends or
 *  links a phrase) lead to a lower-case word that `isHead` takes. */
function plainWordsTo(toks: Token[], k: number, isHead: (w: string) => boolean): boolean {
  for (let q = k; q < k + 2 && q < toks.length; q++) {
    const t = toks[q];
    const w = lowerOf(t);
    if (t.kind !== 'word' || isCapitalised(t) || cueVerb(w) || W.npStop.has(w) || W.npLink.has(w)) return false;
    const nx = toks[q + 1];
    if (nx && nx.kind === 'word' && !isCapitalised(nx) && isHead(lowerOf(nx))) return true;
  }
  return false;
}

/** Whether "and"/"or" at `k` joins modifiers that share the plural noun for people after them
 *  ("Democratic and independent analysts"). */
function coordinatedModifiers(toks: Token[], k: number): boolean {
  const w = lowerOf(toks[k]);
  // (Not "and the officials": a determiner opens a phrase of its own.)
  return (w === 'and' || w === 'or') && !W.det.has(lowerOf(toks[k + 1])) && plainWordsTo(toks, k + 1, (h) => isPersonNoun(h) && h.endsWith('s'));
}

/** Whether the plain word at `k` (and at most one more) leads to a noun the lexicon knows as a
 *  source ("media buying sources"). */
function compoundGoesOn(toks: Token[], k: number): boolean {
  return plainWordsTo(toks, k, (h) => isSourceNoun(h) && !cueVerb(h));
}

/** The phrase whose last token is `j`, walking left. */
export function phraseEndingAt(c: NpContext, j: number, depth = 0): Phrase | null {
  const { toks } = c;
  if (j < 0 || depth > 3) return null;
  // "The Energy Information Administration (EIA) said": the bracketed short form belongs to the name.
  // ("Ann Lowe (Lab, Leeds) said": the same, over a short bracket.)
  if (toks[j].text === ')') {
    let q = j - 1;
    while (q > 0 && j - q < 9 && toks[q].text !== '(' && toks[q].text !== ')') q--;
    if (q > 0 && toks[q].text === '(') j = q - 1;
  }
  let t = toks[j];
  // "Rep. Smith Jr.": the full stop of an abbreviation (which the name found may hold: "Mark B. Hale Jr.").
  let dotMention: { start: number; end: number; id: string } | undefined;
  if (t.text === '.' && j > 0 && W.postNominal.has(lowerOf(toks[j - 1]))) {
    dotMention = c.mentionByEnd.get(t.end);
    t = toks[--j];
  }
  if (W.postNominal.has(lowerOf(t)) && j > 0 && c.mentionByEnd.has(toks[j - 1].end)) t = toks[--j];
  if (t.kind === 'punct' && !isPossessive(t)) return null;
  const lw = lowerOf(t);
  if (PRONOUNS.has(lw)) return { first: j, last: j, head: j, entity: null, owner: null };
  // ("a plan some | believe": a quantifier standing for people takes no modifiers.)
  if (W.crowdPronoun.has(lw) && t.kind === 'word') return { first: j, last: j, head: j, entity: null, owner: null };
  let first = j;
  let entity: string | null = null;
  const m = c.mentionByEnd.get(t.end) ?? dotMention;
  if (m) {
    [first] = mentionTokens(c, m, j);
    entity = m.id;
  } else if (!npWord(t) && !(t.kind === 'word' && lw.endsWith('ing') && W.possessive.has(lowerOf(toks[j - 1])))) return null;
  // ("familiar with her thinking": an -ing word after a possessive is a noun.)
  let owner: string | null = null;
  // Modifiers: titles, names, adjectives, numbers, up to a determiner.
  let steps = 0;
  while (first > 0 && steps < 7) {
    const p = toks[first - 1];
    const pw = lowerOf(p);
    if (isPossessive(p)) {
      // "the mayor’s campaign manager": the owner's phrase runs into this one.
      const inner = phraseEndingAt(c, first - 2, depth + 1);
      if (!inner) break;
      owner = owner ?? nonPlace(c, inner.entity) ?? inner.owner;
      first = inner.first;
      break;
    }
    if (p.text === '.' && first > 1 && W.abbreviation.has(lowerOf(toks[first - 2]))) {
      first -= 2;
      steps++;
      continue;
    }
    if (isHyphen(p) && first > 1 && toks[first - 2].kind !== 'punct' && toks[first - 2].end === p.start) {
      first -= 2;
      continue;
    }
    const pm = c.mentionByEnd.get(p.end);
    if (pm) {
      const [a] = mentionTokens(c, pm, first - 1);
      owner = owner ?? nonPlace(c, pm.id);
      first = a;
      steps++;
      continue;
    }
    if (W.det.has(pw)) {
      first--;
      if (!W.indefinite.has(pw) || pw === 'a' || pw === 'an') break;
      // ("all three members", "the two officials": past a counting word only another determiner
      // joins; "to make three bloggers reveal" leaves the verb out.)
      while (first > 0 && W.det.has(lowerOf(toks[first - 1])) && toks[first - 1].kind === 'word') {
        first--;
        if (!W.indefinite.has(lowerOf(toks[first]))) break;
      }
      break;
    }
    // ("the alleged spammers", "the promised jobs": a participle after a determiner modifies the noun.)
    if (p.kind === 'word' && p.text === pw && cueVerb(pw)?.form === 'past' && W.det.has(lowerOf(toks[first - 2]))) {
      first--;
      steps++;
      continue;
    }
    if (!npWord(p)) break;
    // ("30 analysts": a count, like a determiner, ends the walk but for a determiner before it.)
    // ("one influential 2009 paper": a year after an adjective or a determiner is a modifier, not a count.)
    if (p.kind === 'number' && isYear(p.text) && first > 1 && toks[first - 2].kind === 'word' && toks[first - 2].text === lowerOf(toks[first - 2]) && !W.preposition.has(lowerOf(toks[first - 2]))) {
      first--;
      steps++;
      continue;
    }
    if (p.kind === 'number' && !isAmount(toks, first - 1)) {
      first--;
      if (first > 0 && W.det.has(lowerOf(toks[first - 1])) && toks[first - 1].kind === 'word') first--;
      break;
    }
    // "Last week Grammy producers", "On Monday ministers": a time noun is no modifier of the phrase.
    if (W.timeNoun.has(pw)) break;
    // "the £100m analysts had expected": an amount is not a count of people.
    if (isAmount(toks, first - 1) || (MAGNITUDES.has(pw) && toks[first - 2]?.kind === 'number')) break;
    // ("Speaking in Harrogate Mr Kennedy said": an -ing word opening the sentence is a participle.)
    if (first - 1 === 0 && pw.endsWith('ing') && !c.mentionByEnd.has(p.end)) break;
    // ("…, beating Wall Street forecasts": a lower-case -ing word is a verb, not a modifier; so is
    // an -ed word after a name: "Ridgeway backed the plan".)
    // ("a leading expert", "the ruling party": right after a determiner it is an adjective.)
    if (p.kind === 'word' && pw.endsWith('ing') && p.text === pw && !W.det.has(lowerOf(toks[first - 2]))) break;
    if (p.kind === 'word' && pw.endsWith('ed') && p.text === pw && ((isCapitalised(toks[first - 2]) && !W.det.has(lowerOf(toks[first - 2]))) || c.mentionByEnd.has(toks[first - 2]?.end ?? -1))) break;
    first--;
    steps++;
  }
  const phrase: Phrase = { first, last: j, head: j, entity, owner };
  // "Ann Lowe and Peter Marsh say": two names joined are one subject (the first name stands for it).
  // (The first name may be one the entity stage left untyped: a run of capitalised words.)
  if (entity && lowerOf(toks[first - 1]) === 'and' && first >= 2 && (c.mentionByEnd.has(toks[first - 2].end) || isCapitalised(toks[first - 2]))) {
    const m = c.mentionByEnd.get(toks[first - 2].end);
    let a = first - 2;
    if (m) [a] = mentionTokens(c, m, first - 2);
    else while (a > 0 && isCapitalised(toks[a - 1]) && toks[a - 1].kind === 'word') a--;
    const joined: Phrase = { first: a, last: j, head: j, entity, owner, joined: true };
    // ("Officials from Harland and Brest said": joined names after a link word belong to its head.)
    if (!(a >= 2 && W.npLink.has(lowerOf(toks[a - 1])) && toks[a - 2].kind === 'word')) return joined;
    const outer = phraseEndingAt(c, a - 2, depth + 1);
    const ow = outer ? lowerOf(toks[outer.head]) : '';
    if (!outer || outer.entity || !isSourceNoun(ow) || PRONOUNS.has(ow)) return joined;
    return { first: outer.first, last: j, head: outer.head, entity: null, owner: outer.owner ?? nonPlace(c, entity) ?? owner };
  }
  // "the Labour peer and former minister said": two descriptions of one person, the second without
  // a determiner of its own, are one phrase.
  if (!entity && lowerOf(toks[first - 1]) === 'and' && first >= 2 && !W.det.has(lowerOf(toks[first])) && toks[first].kind === 'word' && isPersonNoun(lw) && !lw.endsWith('s')) {
    const one = phraseEndingAt(c, first - 2, depth + 1);
    const ow = one ? lowerOf(toks[one.head]) : '';
    if (one && !one.entity && W.det.has(lowerOf(toks[one.first])) && isPersonNoun(ow) && !ow.endsWith('s')) return { first: one.first, last: j, head: j, entity: null, owner: one.owner ?? owner };
  }
  // "a spokesman for the ministry", "Aides to the mayor", "an official in the city": a head before a link word.
  const link = toks[first - 1];
  if (link && W.npLink.has(lowerOf(link)) && first >= 2 && depth < 3 && toks[first - 2].kind === 'word') {
    const outer = phraseEndingAt(c, first - 2, depth + 1);
    // (Only a noun that can speak heads the phrase: "an aide to …", not "came from …".)
    // (A capital that only opens the sentence is no name: "Speaking to the paper Mr Lowe said"; nor
    // is a participle a head: "speaking in Leeds Ann Lowe said".)
    const ow = outer ? lowerOf(toks[outer.head]) : '';
    const speaks = !!outer && (!!outer.entity || properCase(toks, outer.head) || isSourceNoun(ow));
    if (outer && speaks && !PRONOUNS.has(ow) && !(ow.endsWith('ing') && !outer.entity)) {
      const innerId = nonPlace(c, entity) ?? owner;
      // "figures from the statistics office show": a document's author is the source.
      if (lowerOf(link) === 'from' && DOCUMENT_WORDS.has(lowerOf(toks[outer.head])) && !outer.entity) return { ...phrase, first: outer.first };
      return { first: outer.first, last: j, head: outer.head, entity: outer.entity, owner: outer.owner ?? innerId };
    }
  }
  return phrase;
}

/** Token k is an -ly adverb before a lower-case -ed participle and a word after it, where the
 *  phrase that starts at j has no word of its own yet (or only its determiner): "newly released
 *  documents". */
function premodifierAdverb(toks: Token[], k: number, j: number, last: number): boolean {
  const t = toks[k];
  const w = lowerOf(t);
  if (t.kind !== 'word' || t.text !== w || !w.endsWith('ly') || W.lyNoun.has(w)) return false;
  if (!(last < 0 || (k === j + 1 && W.det.has(lowerOf(toks[j]))))) return false;
  const p = toks[k + 1];
  const nx = toks[k + 2];
  return !!p && p.kind === 'word' && p.text === lowerOf(p) && p.text.endsWith('ed') && !!nx && nx.kind === 'word' && !cueVerb(lowerOf(nx)) && !W.preposition.has(lowerOf(nx));
}

/** The phrase whose first token is `j`, walking right (after an inverted verb or "according to"). */
export function phraseStartingAt(c: NpContext, j: number): Phrase | null {
  const { toks } = c;
  if (j >= toks.length) return null;
  const t = toks[j];
  if (PRONOUNS.has(lowerOf(t))) return { first: j, last: j, head: j, entity: null, owner: null };
  let k = j;
  let last = -1;
  let head = -1;
  let entity: string | null = null;
  let owner: string | null = null;
  let links = 0;
  let headFixed = false;
  for (let n = 0; n < 14 && k < toks.length; n++, k++) {
    const tk = toks[k];
    const m = c.mentionByStart.get(tk.start);
    if (m) {
      const [, b] = mentionTokens(c, m, k);
      // ("researchers at BDO Stoy Hayward", "scientists at Los Alamos": a name after "at" is where
      // they work, a body, even one the tagger took for a place.)
      const atName = headFixed && k > j && lowerOf(toks[k - 1]) === 'at';
      k = b;
      last = b;
      if (!headFixed) {
        head = b;
        entity = m.id;
      } else owner = owner ?? (atName ? m.id : nonPlace(c, m.id));
      // A name ends the phrase, unless a common noun it modifies follows ("Reuters calculations").
      const nx = toks[k + 1];
      // ("the mayor’s chief of staff Ann Lowe": a possessive name goes on to what it owns.)
      // ("Calder aide Peter Marsh": a lower-case title between two names.)
      const titled = nx && nx.kind === 'word' && !isCapitalised(nx) && toks[k + 2] && c.mentionByStart.has(toks[k + 2].start);
      if (nonPlace(c, m.id) && !(nx && (isSourceNoun(lowerOf(nx)) || isPossessive(nx) || titled || coordinatedModifiers(toks, k + 1)))) break;
      if (titled) headFixed = false;
      continue;
    }
    if (tk.text === '.' && k > j && W.abbreviation.has(lowerOf(toks[k - 1]))) continue;
    if (isPossessive(tk) || (isHyphen(tk) && k > j)) continue;
    const w = lowerOf(tk);
    if (W.familiar.has(w) && last >= 0) {
      // "a person familiar with the talks": the phrase runs to the end of the description.
      let q = k + 1;
      while (q < toks.length && q < k + 7 && toks[q].kind === 'word' && !W.relative.has(lowerOf(toks[q])) && !cueVerb(lowerOf(toks[q]))) q++;
      last = q - 1;
      break;
    }
    if (tk.kind === 'punct') break;
    // "a report compiled by the Harbour Trust": the agent of a participle is the source.
    if (last >= 0 && lowerOf(toks[k + 1]) === 'by' && w.endsWith('ed')) return phraseStartingAt(c, k + 2);
    // "a round-up compiled by Widget Monthly": the agent is the source.
    // "figures from the statistics office": a document's author is the source.
    // ("reports from the summit": only a phrase that can speak is an author, not a place or an event.)
    if (w === 'from' && last >= 0 && !headFixed && DOCUMENT_WORDS.has(lowerOf(toks[head]))) {
      const agent = phraseStartingAt(c, k + 1);
      const aw = agent ? lowerOf(toks[agent.head]) : '';
      if (agent && (agent.entity || properCase(toks, agent.head) || isSourceNoun(aw) || isPersonNoun(aw))) return agent;
    }
    if (last >= 0 && links < 2 && (w === 'of' || w === 'for' || w === 'at' || w === 'from' || w === 'by') && toks[k + 1] && (isCapitalised(toks[k + 1]) || W.det.has(lowerOf(toks[k + 1])))) {
      headFixed = true;
      links++;
      continue;
    }
    // ("Democratic and independent analysts": modifiers joined by "and" before the noun they share.)
    if ((w === 'and' || w === 'or') && last >= 0 && !headFixed && coordinatedModifiers(toks, k)) continue;
    // "ministers from European and Asian governments": after a link word, names joined by "and" go on.
    if (w === 'and' && headFixed && isCapitalised(toks[k + 1]) && isCapitalised(toks[k - 1])) continue;
    if (W.time.has(w) && last >= 0) break;
    // ("newly released documents", "the recently hacked e-mails": an adverb on a participle that
    // comes before the noun, both its modifiers.)
    if (premodifierAdverb(toks, k, j, last)) {
      k++;
      n++;
      continue;
    }
    // ("Ridgeway backed the plan": a lower-case -ed word after the head is its verb.)
    // ("the retired surgeon": right after a determiner it is an adjective.)
    if (last >= 0 && tk.kind === 'word' && w.endsWith('ed') && tk.text === w && !(k === j + 1 && W.det.has(lowerOf(toks[j])) && toks[k + 1]?.kind === 'word')) break;
    // "the bank | point to": after a head the lexicon knows, only another such noun or a name goes on.
    // ("media buying sources", "party fundraising officials": a plain word or two between the
    // lexicon's noun and another such noun make one compound, when none of them is a verb of saying.)
    if (last >= 0 && head >= 0 && !headFixed && isSourceNoun(lowerOf(toks[head])) && !isSourceNoun(w) && !isCapitalised(tk) && !compoundGoesOn(toks, k)) break;
    // ("an online posting": an -ing word the lexicon knows as a document is a noun.)
    if (!npWord(tk) && !(n === 0 && W.det.has(w)) && !(last >= 0 && DOCUMENT_WORDS.has(w))) break;
    last = k;
    if (!headFixed && tk.kind === 'word') head = k;
  }
  if (last < 0 || head < 0) return null;
  return { first: j, last, head, entity, owner };
}
