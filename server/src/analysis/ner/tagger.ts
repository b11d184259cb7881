// Named-entity spans from the learned tagger: the document's sentences in, typed spans out.
import type { KnowledgeBase } from '../knowledge-port';
import type { Token } from '../types';
import { Scratch, docContext, hintsBySentence, nameRegion, nameRegionInto, staticFeatures, staticFeaturesOnDemand, SentenceScorer, type Hint } from './features';
import { PackedWeights, TAGS, decode, unpackWeights, type WeightTable, type WeightsFile } from './model';
import { definedNames, figuresFrom, isFigure, placesBeforePlaceNouns, placesBeforeRegions, withCountryPeople, withTeams } from './results';
import shipped from '../data/ner-model.json';
import { startsUpper } from '../tokens';
import { lowerOf } from '../lower-case';
import { COMPANY_SUFFIXES, FIRM_WORDS, NAME_JOINERS, isDescribingCompound, isHonorificBreak } from '../name-spans';

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  /** Sentence index and token range [from, to) within the sentence's tokens. */
  sentence: number;
  from: number;
  to: number;
  /** A team of a results line or one of its mentions (results.ts): an organisation, whatever the knowledge base says. */
  team?: boolean;
  /** Two names joined by "&" made one organisation's (joinedNames): it stands over the rules' names inside it. */
  joined?: boolean;
}

let loaded: WeightTable | null = null;

/** The shipped weights, unpacked on first use. */
export function shippedWeights(): WeightTable {
  if (!loaded) loaded = unpackWeights(shipped as WeightsFile);
  return loaded;
}

/**
 * Replaces the weights the analysis uses (null: back to the shipped ones). For the training
 * script's cross-validation, which scores a fold through the whole analysis with weights that
 * were not trained on it; the product never calls it.
 */
export function useWeights(file: WeightsFile | null): void {
  loaded = file ? unpackWeights(file) : null;
}

/** Gold spans -> one tag id per token (tokens starting inside a span take its type). */
export function tagsForSpans(toks: Token[], spans: { start: number; end: number; type: NerType }[]): Int32Array {
  const tags = new Int32Array(toks.length);
  for (const s of spans) {
    const b = TAGS.indexOf(`B-${s.type}` as (typeof TAGS)[number]);
    if (b < 0) continue;
    let first = true;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].start < s.start || toks[i].start >= s.end) continue;
      tags[i] = first ? b : b + 1;
      first = false;
    }
  }
  return tags;
}

/** The most tokens a name takes ("Ministry of Agriculture, Fisheries and Food of the United Kingdom" is 12). */
const MAX_NAME_TOKENS = 12;

/** Whether masked markup (U+0001, analyze.ts) stands between two tokens: no name runs over it. */
function markupBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 1) return true;
  return false;
}

/** A control character (masked markup stands as one) ends any name. */
function isBoundary(t: string): boolean {
  return t.length === 1 && t.charCodeAt(0) < 32;
}

/**
 * Whether a name stops before token `j`: a figure followed by another figure or a capitalised word
 * is a score or a table's column, not a name's word ("Redhill 4 3", "Oakport 2 Stanton"); a name
 * ending in a figure ("Apollo 11") goes on.
 */
function figureBreak(toks: Token[], j: number): boolean {
  const f = figuresFrom(toks, j);
  if (!f.count) return false;
  const next = toks[f.end];
  if (f.count > 1) return true;
  // "Velmouth 259 and 207", "Hexley 114 (R. Quansah 4-28)": a score, then another or its scorers.
  if (next && (next.text === 'and' || next.text === 'for') && toks[f.end + 1] && isFigure(toks[f.end + 1])) return true;
  if (next && next.text === '(') return true;
  return next !== undefined && (isFigure(next) || (next.kind === 'word' && startsUpper(next.text)));
}

function isPossessive(t: string): boolean {
  return t === "'s" || t === '’s' || t === "'" || t === '’';
}

/** Tag ids -> spans, for one sentence. */
export function spansOfTags(toks: Token[], tags: Int32Array, sentence: number, text?: string): NerSpan[] {
  const out: NerSpan[] = [];
  // (`tags` may be longer than the sentence: an array reused from sentence to sentence.)
  const n = toks.length;
  for (let i = 0; i < n; ) {
    const t = tags[i];
    // No name starts on a figure.
    if (t === 0 || isBoundary(toks[i].text) || isFigure(toks[i])) {
      i++;
      continue;
    }
    const b = t % 2 === 1 ? t : t - 1;
    let j = i + 1;
    while (j < n && tags[j] === b + 1 && !isBoundary(toks[j].text) && !figureBreak(toks, j) && !(text && markupBetween(text, toks[j - 1].end, toks[j].start))) j++;
    // A possessive ending is not part of the name ("Israel's").
    let last = j;
    // "Ohio-based Tarnwell" is Tarnwell; "Ohio-based" alone is no name.
    if (isDescribingCompound(toks[i].text)) {
      if (j - i === 1) {
        i = j;
        continue;
      }
      i++;
    }
    if (last - 1 > i && isPossessive(toks[last - 1].text)) last--;
    // A run longer than any name (a list of names without commas) is no one name.
    if (last - i > MAX_NAME_TOKENS) {
      i = j;
      continue;
    }
    const type = TAGS[b].slice(2) as NerType;
    // A person's name carries no figure: "H. Osei 69" in a scorecard is H. Osei and a score.
    if (type === 'PER') while (last - 1 > i && (isFigure(toks[last - 1]) || toks[last - 1].text === '-')) last--;
    // A company's suffix closes its name: "Halvers Inc and Pruett Corp" are two names, and in
    // "Mardale Foods Inc of New Harbour" the place after "of" is the company's seat.
    let from = i;
    for (let k = i + 1; k + 1 < last; k++) {
      const w = toks[k].text;
      if ((w !== 'and' && w !== 'of') || !COMPANY_SUFFIXES.has(toks[k - 1].text.toLowerCase())) continue;
      out.push({ start: toks[from].start, end: toks[k - 1].end, type, sentence, from, to: k });
      from = k + 1;
      if (w === 'of') {
        if (toks[from].text === 'the' && from + 1 < last) from++;
        out.push({ start: toks[from].start, end: toks[last - 1].end, type: 'LOC', sentence, from, to: last });
        from = last;
        break;
      }
    }
    if (from < last) out.push({ start: toks[from].start, end: toks[last - 1].end, type, sentence, from, to: last });
    i = j;
  }
  return out;
}

/** Every sentence's features, with the document's context (training reads them all). */
export function documentFeatures(text: string, sentences: Token[][], kb: KnowledgeBase, hints?: Hint[]): { features: Uint32Array; region: Uint8Array }[] {
  const doc = docContext(sentences);
  const shares = hintsBySentence(sentences, hints);
  return sentences.map((toks, s) => {
    const region = nameRegion(toks);
    return { features: staticFeatures(text, toks, kb, doc, shares[s], region), region };
  });
}

/**
 * The named-entity spans of a document (its tokens, sentence by sentence). Each sentence's
 * features are built, decoded and dropped in turn: the whole document's (160 bytes a token) are
 * never held at once, which on 10^6 short lines was most of the run in the garbage collector.
 */
export function tagDocument(text: string, sentences: Token[][], kb: KnowledgeBase, hints?: Hint[], weights: WeightTable = shippedWeights()): NerSpan[] {
  // The same features as documentFeatures, each token's made only when the decoder scores it.
  const doc = docContext(sentences);
  const shares = hintsBySentence(sentences, hints);
  const out: NerSpan[] = [];
  // (Arrays for another table's features, made only for one.)
  let scratch: Scratch | undefined;
  // The shipped weights: the same features' weights, summed per word type where a word decides them.
  const scorer = weights instanceof PackedWeights ? new SentenceScorer(kb, doc, weights) : null;
  const none = new Uint32Array(0);
  // The region and the tags of the sentence being read, in arrays reused from one to the next.
  let region = new Uint8Array(64);
  let tagRow = new Int32Array(64);
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s];
    const n = toks.length;
    if (!n) continue;
    if (region.length < n) {
      region = new Uint8Array(Math.max(n, region.length * 2));
      tagRow = new Int32Array(region.length);
    }
    // No capitalised token, no name: decode would read no feature of such a sentence (all O).
    if (!nameRegionInto(toks, region)) continue;
    let tags: Int32Array;
    if (scorer) {
      scorer.sentence(text, toks, shares[s], doc.allCaps[s]);
      tags = decode(weights, none, region, undefined, undefined, scorer, n, tagRow);
    } else {
      // (The features made on demand read the region's length as the sentence's.)
      const own = region.length === n ? region : region.slice(0, n);
      const { features, fill } = staticFeaturesOnDemand(text, toks, kb, doc, shares[s], own, (scratch ??= new Scratch()));
      tags = decode(weights, features, own, undefined, fill);
    }
    out.push(...spansOfTags(toks, tags, s, text));
  }
  // The tagger's spans, then the steps around it, in this order.
  let spans = joinedNames(text, sentences, out, kb);
  spans = endOnName(sentences, spans);
  spans = honorificsEndNames(sentences, spans);
  spans = withInitials(text, sentences, spans, kb);
  spans = placesBeforePlaceNouns(text, sentences, spans, kb);
  spans = placesBeforeRegions(text, sentences, spans, kb);
  spans = consistentTypes(text, spans, sentences);
  spans = definedNames(text, sentences, spans, kb);
  spans = nationalities(text, spans, kb);
  spans = withTeams(text, sentences, spans, kb);
  return withCountryPeople(text, sentences, spans, kb);
}

/**
 * A person's initials right before the tagger's person are part of the name ("G.K. Butterfield",
 * "J. R. Tolkien"), unless they spell a name the knowledge base knows ("U.S.").
 */
function withInitials(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  let out: NerSpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    let from = s.from;
    if (s.type === 'PER') {
      const toks = sentences[s.sentence];
      while (from >= 2 && toks[from - 1].text === '.' && toks[from - 1].end === toks[from - 1].start + 1 && INITIALS.test(toks[from - 2].text) && toks[from - 2].end === toks[from - 1].start) {
        if (kb.lookup(`${toks[from - 2].text}.`) || kb.lookup(toks[from - 2].text)) break;
        // Not when the span before already holds them.
        if (i > 0 && spans[i - 1].sentence === s.sentence && spans[i - 1].to > from - 2) break;
        from -= 2;
      }
    }
    if (from === s.from) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    const toks = sentences[s.sentence];
    out.push({ ...s, start: toks[from].start, from });
  }
  return out ?? spans;
}
const INITIALS = /^\p{Lu}(?:\.\p{Lu}){0,2}$/u;

/**
 * A name does not end on a word in lower case: the tagger's "Sanders advisers" is "Sanders" (a
 * lower-case word goes on a name only between its capitalised words: "Bank of the West"); nor
 * does it start on a mark without a letter or a figure.
 */
function endOnName(sentences: Token[][], spans: NerSpan[]): NerSpan[] {
  let out: NerSpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const toks = sentences[s.sentence];
    let to = s.to;
    while (to - 1 > s.from && LOWER_WORD.test(toks[to - 1].text)) to--;
    // Nor does it start on a mark ("’ Council for Public Security" after "Citizens").
    let from = s.from;
    while (from + 1 < to && !LETTER_OR_DIGIT.test(toks[from].text)) from++;
    if (to === s.to && from === s.from) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ ...s, start: toks[from].start, from, end: toks[to - 1].end, to });
  }
  return out ?? spans;
}
const LOWER_WORD = /^\p{Ll}+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * An honorific inside a name that is no person's ("Speaking to the Daily Ledger Mr Quint said")
 * ends that name: the words before it keep their type, the name after it is a person's ("Daily
 * Ledger", "Quint"). Not in capitals ("MS" is a name), and not an honorific opening the span.
 */
function honorificsEndNames(sentences: Token[][], spans: NerSpan[]): NerSpan[] {
  let out: NerSpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    let cut = -1;
    if (s.type !== 'PER' && s.to - s.from >= 3) {
      const toks = sentences[s.sentence];
      for (let k = s.from + 1; k < s.to - 1 && cut < 0; k++) if (isHonorificBreak(toks[k].text)) cut = k;
    }
    // (An honorific closing such a name belongs to the person after it: "the Daily Ledger Mr" is
    // the Daily Ledger.)
    if (cut < 0 && s.type !== 'PER' && s.to - s.from >= 2 && isHonorificBreak(sentences[s.sentence][s.to - 1].text)) {
      const toks = sentences[s.sentence];
      out ??= spans.slice(0, i);
      out.push({ ...s, end: toks[s.to - 2].end, to: s.to - 1 });
      continue;
    }
    if (cut < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    const toks = sentences[s.sentence];
    let from = cut + 1;
    if (toks[from].text === '.' && from + 1 < s.to) from++;
    out.push({ ...s, end: toks[cut - 1].end, to: cut });
    out.push({ start: toks[from].start, end: s.end, type: 'PER', sentence: s.sentence, from, to: s.to });
  }
  return out ?? spans;
}

/**
 * A name that is a nationality the knowledge base knows ("the Briton", "Swiss investors", "South
 * Korean") is MISC, no person, organisation or place, whatever type the tagger gave it.
 */
function nationalities(text: string, spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  return spans.map((s) => (s.type !== 'MISC' && s.to - s.from <= 2 && kb.demonym(text.slice(s.start, s.end)) ? { ...s, type: 'MISC' as const } : s));
}

/** A place's name in the knowledge base (a town, a region, a country). */
function isKnownPlace(name: string, kb: KnowledgeBase): boolean {
  return kb.lookup(name)?.registry === 'places';
}

/**
 * Two names joined by "&" with a space either side are one organisation's ("Pellow & Marrick", a
 * firm of two founders' names; "Tarn Holdings & Sons"), wherever the tagger cut it or typed it:
 * the capitalised words on either side, and the tagger's spans over them, make one name. Not two
 * places the knowledge base knows ("Leeds & Bristol"), nor everyday words ("Home & Away"), nor two
 * people ("Ruth Okafor & Tomas Lind": a person's full name on one side, and on the other no word
 * that closes a firm's name, as "Sons" does); and not "R&D" (no spaces). Words in data/name-spans.json.
 */
export function joinedNames(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  let out = spans;
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s];
    for (let k = 1; k + 1 < toks.length; k++) {
      const amp = toks[k];
      if (!NAME_JOINERS.has(amp.text) || toks[k - 1].end === amp.start || amp.end === toks[k + 1].start) continue;
      const left = toks[k - 1];
      const right = toks[k + 1];
      if (left.kind !== 'word' || right.kind !== 'word' || !startsUpper(left.text) || !startsUpper(right.text)) continue;
      // (The rest in a function of its own: closures made in this loop cost every token an allocation.)
      out = joinedAt(text, toks, s, k, out, kb);
    }
  }
  return out;
}

/** joinedNames at the joiner `k` of sentence `s`: the spans with the name joined over it, or as they were. */
function joinedAt(text: string, toks: Token[], s: number, k: number, out: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  const right = toks[k + 1];
  // Each side: the tagger's span over its word, else the capitalised word alone.
  const over = (i: number) => out.find((sp) => sp.sentence === s && sp.from <= i && i < sp.to);
  const l = over(k - 1);
  const r = over(k + 1);
  if (l && l === r) return out;
  // With no span over it, a side is its run of capitalised words (three at most: "Pew Internet").
  const cap = (i: number) => i >= 0 && i < toks.length && toks[i].kind === 'word' && startsUpper(toks[i].text) && !over(i);
  let from = l && l.to === k ? l.from : k - 1;
  if (!l) while (k - from < 3 && cap(from - 1)) from--;
  let to = r && r.from === k + 1 ? r.to : k + 2;
  if (!r) while (to - k - 1 < 3 && cap(to)) to++;
  const sideL = text.slice(toks[from].start, toks[k - 1].end);
  const sideR = text.slice(toks[k + 1].start, toks[to - 1].end);
  if (isKnownPlace(sideL, kb) && isKnownPlace(sideR, kb)) return out;
  // "Home & Away", "Hobby & Crafts": everyday words (or their plurals) on both sides are no firm's name.
  const everyday = (w: string) => kb.isCommonWord(w) || (w.endsWith('s') && kb.isCommonWord(w.slice(0, -1)));
  if (toks.slice(from, to).every((t, i) => i === k - from || everyday(t.text.toLowerCase()))) return out;
  // A side with a word in lower case is a title or a phrase ("Wild on E!"), not a founder's name.
  if (toks.slice(from, to).some((t) => t.kind === 'word' && !startsUpper(t.text))) return out;
  // "Ruth Okafor & Tomas Lind" are two people; "Tomas Wexler & Sons" is a firm.
  const fullName = (sp: NerSpan | undefined) => sp !== undefined && sp.type === 'PER' && sp.to - sp.from > 1;
  if ((fullName(l) || fullName(r)) && !(to === k + 2 && FIRM_WORDS.has(right.text.toLowerCase()))) return out;
  const joined: NerSpan = { start: toks[from].start, end: toks[to - 1].end, type: 'ORG', sentence: s, from, to, joined: true };
  return [...out.filter((sp) => sp !== l && sp !== r), joined].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * One name, one type in a document: each spelling takes the type most of its mentions have (the
 * first mention's on a tie), and a one-word mention that is a word of a longer name takes that
 * name's type (a surname, "Pellow" of "Pellow Stores").
 */
export function consistentTypes(text: string, spans: NerSpan[], sentences?: Token[][]): NerSpan[] {
  // Each spelling's votes: its types in the order first seen, their counts, and the winner.
  const votes = new Map<string, Votes>();
  // Each span's spelling and its votes, made once (read again below).
  const keys = spans.map((s) => text.slice(s.start, s.end).toLowerCase());
  const own: Votes[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    let v = votes.get(keys[i]);
    if (!v) votes.set(keys[i], (v = { types: [], counts: [], best: s.type }));
    const j = v.types.indexOf(s.type);
    if (j < 0) {
      v.types.push(s.type);
      v.counts.push(1);
    } else v.counts[j]++;
    own[i] = v;
  }
  // The most votes win; of equal counts, the type seen first.
  for (const v of votes.values()) {
    let best = 0;
    for (let j = 1; j < v.types.length; j++) if (v.counts[j] > v.counts[best]) best = j;
    v.best = v.types[best];
  }
  // Words of names of two words or more, with the longer name's type (the first one seen wins).
  const partOf = new Map<string, NerType>();
  for (const [k, v] of votes) {
    const t = v.best;
    if (t === 'MISC' || !k.includes(' ')) continue;
    const words = k.split(' ');
    const picks = t === 'PER' ? [words[words.length - 1], words[0]] : [words[0]];
    for (const w of picks) if (w.length > 1 && !partOf.has(w)) partOf.set(w, t);
  }
  return spans.map((s, i) => {
    const k = keys[i];
    const v = own[i];
    // A place after "in", "at" or "from" stays one though a longer name starts with it ("Tarrow
    // Cables", the company, and "in Tarrow", the town).
    const before = sentences && s.from > 0 ? lowerOf(sentences[s.sentence][s.from - 1]) : '';
    const inherits = v.types.length === 1 && !k.includes(' ') && partOf.has(k) && !(s.type === 'LOC' && (before === 'in' || before === 'at' || before === 'from'));
    const type = inherits ? partOf.get(k)! : v.best;
    return type === s.type ? s : { ...s, type };
  });
}

/** A spelling's votes in consistentTypes. */
interface Votes {
  types: NerType[];
  counts: number[];
  best: NerType;
}
