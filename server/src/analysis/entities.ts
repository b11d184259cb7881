// Named entities: candidate names from capitalisation and the knowledge base, typed from
// knowledge and context, then grouped into one entity per referent (coreference).
import { timed } from './timing';
import { FINAL_DOT, hasDigit, hasLetterOrDigit, hasUpper, isDottedInitials, isUpperLetter, LEADING_THE, SPACE_RUNS, SPACES, startsLower, startsUpper, words as wordList } from './tokens';
import type { KnowledgeBase } from './knowledge-port';
import type { Block, Entity, EntityKind, Mention, NerClass, Sentence, Span, Token } from './types';
import type { KnowledgeHit } from '../knowledge/types';
import { isSpace, tokensBySentence } from './sentences';
import { tagDocument } from './ner/tagger';
import { reconcile } from './ner/reconcile';
import { namesakeCues } from './namesakes';
import { roleHead, roleTailEnd, titleBeforeName, withoutHonorifics, type RoleContext } from './role-phrases';
import type { Hint } from './ner/features';
import { COMPANY_SUFFIXES, isDescribingCompound } from './name-spans';
import {
  COMPASS_WORDS, POST_NOMINALS, ANONYMOUS_HEADS, DOCUMENT_WORDS, VAGUE_SOURCES, HONORIFICS, MONTHS, NON_ENTITY_CAPITALS, ORG_DESCRIPTORS, ORG_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS, PUBLICATION_WORDS,
  ROLE_WORDS, SPEECH_VERBS, TITLES, WEEKDAY_SET,
} from './lexicon';
import { lowerCase } from './lower-case';

export interface EntityResult {
  entities: Entity[];
  /** Entity id for a character offset range start (mention start -> entity id). */
  mentionAt: Map<number, string>;
  /** Descriptions ("the former Russian defence minister") resolved to entities. */
  descriptions: { span: Span; entity: string; text: string }[];
  /** Demonyms seen ("Malaysian" -> Malaysia), for context. */
  demonyms: { span: Span; place: string }[];
}

const PARTICLES = new Set(['bin', 'binti', 'bint', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'ter', 'ten', 'al', 'el', 'y', 'st']);
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', '&', 'de', 'du', 'des', 'la', 'di']);
const ROLE_MODIFIERS = new Set(['former', 'then', 'acting', 'interim', 'deputy', 'late', 'outgoing', 'incoming', 'new', 'current', 'ex', 'vice', 'senior', 'chief', 'top', 'assistant', 'associate', 'executive', 'managing', 'general']);

// Regular expressions with Unicode property escapes, compiled once: the bundler turns a
// `\p{…}` literal into `new RegExp(…)`, which would otherwise be rebuilt at every call.
const CAP_AFTER_PARTICLE = /^(?:al|el|bin|ibn|abu|van|de|von|d|l|o|mc|mac)-?['’]?\p{Lu}/u;
const ALL_CAPS_CHARS = /^[\p{Lu}\d&.\-]+$/u;
const INITIAL_OR_DOTTED = /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
const LOWER_PLURAL = /^\p{Ll}+s$/u;
const ACRONYM_IN_BRACKETS = /^\s\((\p{Lu}[\p{Lu}\d&]{1,8})\)/u;
const ROLE_PHRASE_START = /^(?:the|a|an|former|who|[\p{Lu}])/u;

export interface Candidate extends Span {
  tokens: Token[];
  text: string;
  kind: EntityKind | null;
  hit?: KnowledgeHit;
  roles: string[];
  /** Index of the first token in the sentence's token list. */
  sentence: number;
  weak: boolean;
  /** Came from a title-case headline: keep only if confirmed elsewhere. */
  headlineOnly: boolean;
  demonymCountry?: string;
  /** A lone unknown word seen as the subject of a speech verb. */
  speaks?: boolean;
  inHeadline?: boolean;
}

function isCap(t: Token): boolean {
  if (t.kind !== 'word' && !(t.kind === 'number' && /^\d+[A-Z]/.test(t.text))) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // Lower-case ASCII: only a particle joined to a capital ("al-Assad", "d'Estaing", "van-Dyke").
  if (c < 128) return hasJoiner(t.text) && CAP_AFTER_PARTICLE.test(t.text);
  return startsUpper(t.text);
}

/** Whether a word holds a hyphen or an apostrophe (straight or curly). */
function hasJoiner(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return true;
  }
  return false;
}

function isAllCaps(t: string): boolean {
  if (t.length <= 1) return false;
  // ASCII: capitals, digits, '&', '.', '-' only, one capital at least; otherwise the regexes.
  let upper = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return ALL_CAPS_CHARS.test(t) && hasUpper(t);
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 48 && c <= 57) || c === 38 || c === 46 || c === 45)) return false;
  }
  return upper;
}

/** A one-character token that is one of `chars`. */
/** A set of a document's words, made the first time it is asked. */
class LazyWords {
  private set: Set<string> | undefined;
  constructor(private readonly make: () => Set<string>) {}
  has(w: string): boolean {
    return (this.set ??= this.make()).has(w);
  }
}

function isOneOf(text: string, chars: string): boolean {
  return text.length === 1 && chars.includes(text);
}

function kindOfHit(hit: KnowledgeHit): EntityKind {
  switch (hit.registry) {
    case 'sources':
      return hit.entry.type === 'platform' ? 'platform' : 'publication';
    case 'organisations':
      return 'organisation';
    case 'places':
      return 'place';
    case 'people':
      return 'person';
  }
}

export function nerClassOf(kind: EntityKind): NerClass {
  return kind === 'person' ? 'PER' : kind === 'place' ? 'LOC' : 'ORG';
}

function canonicalOfHit(hit: KnowledgeHit): string {
  return hit.entry.name;
}

const lower = lowerCase;

/** Normalises a name for matching: straight apostrophes, single spaces. */
function norm(s: string): string {
  // Most names need nothing: no curly apostrophe, and no space other than a single ' '.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || (c === 32 ? i + 1 < s.length && isSpace(s.charCodeAt(i + 1)) : isSpace(c))) plain = false;
  }
  return plain ? s : s.replaceAll('’', "'").replaceAll('‘', "'").replace(SPACE_RUNS, ' ');
}

export function findEntities(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  blocks: Block[],
  kb: KnowledgeBase,
  options: { tagger?: boolean; timings?: Map<string, number> } = {},
): EntityResult {
  const tm = options.timings;
  const { candidates, demonyms, bySentence } = timed(tm, 'entities: candidates', () => findCandidates(text, tokens, sentences, blocks, kb));
  // The learned tagger decides which runs are names and of what type, with the candidates as
  // hints; names the knowledge base knows stand as they are (ner/reconcile.ts).
  const tagged = options.tagger === false ? null : timed(tm, 'entities: tagger', () => tagDocument(text, bySentence, kb, hintsOfCandidates(candidates)));
  const named = tagged === null ? candidates : timed(tm, 'entities: reconcile', () => reconcile(text, candidates, tagged, bySentence, sentences, blocks, (w) => kb.isGivenName(w)));
  const headlines = new Set(sentences.filter((x) => blocks[x.block]?.kind === 'headline').map((x) => x.index));
  return timed(tm, 'entities: cluster', () => cluster(text, named, bySentence, tokens, sentences, kb, demonyms, headlines));
}

/** The rule-based pass's names, as the tagger takes them (training uses the same). */
export function ruleHints(text: string, tokens: Token[], sentences: Sentence[], blocks: Block[], kb: KnowledgeBase): Hint[] {
  return hintsOfCandidates(findCandidates(text, tokens, sentences, blocks, kb).candidates);
}

function hintsOfCandidates(cands: Candidate[]): Hint[] {
  return cands.map((c) => ({ start: c.start, end: c.end, kind: c.hit ? knownKind(c.kind) : c.kind ?? 'unknown' }));
}

/** `${kind}+kb`, one string per kind (not one made per candidate). */
const KNOWN_KINDS = new Map<string, string>();
function knownKind(kind: EntityKind | null): string {
  const k = String(kind);
  let s = KNOWN_KINDS.get(k);
  if (s === undefined) KNOWN_KINDS.set(k, (s = `${k}+kb`));
  return s;
}

/** Candidate names from capitalisation and the knowledge base, typed by rule. */
function findCandidates(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  blocks: Block[],
  kb: KnowledgeBase,
): { candidates: Candidate[]; demonyms: { span: Span; place: string }[]; bySentence: Token[][] } {
  const candidates: Candidate[] = [];
  const demonyms: { span: Span; place: string }[] = [];

  // Tokens grouped by sentence.
  const bySentence = tokensBySentence(tokens, sentences);

  // Words the article also writes in lower case ("analysts"): not names at a sentence start.
  // (Both sets are made when first asked: most candidates never ask.)
  const lowerSeen = new LazyWords(() => {
    const seen = new Set<string>();
    for (const t of tokens) {
      const c = t.text.charCodeAt(0);
      if (t.kind === 'word' && ((c >= 97 && c <= 122) || (c > 127 && startsLower(t.text)))) seen.add(t.text);
    }
    return seen;
  });
  // Capitalised forms seen away from a sentence start: evidence that a word is a name.
  const capsMidSentence = new LazyWords(() => {
    const seen = new Set<string>();
    for (const toks of bySentence) {
      for (let i = 1; i < toks.length; i++) {
        const t = toks[i];
        if (isCap(t) && !isOneOf(toks[i - 1].text, '"“‘\'(')) seen.add(t.text);
      }
    }
    return seen;
  });

  // Where each word occurs (and whether in the body), built once: looking a phrase up by its
  // first word keeps the check linear where a scan of the text per candidate was quadratic.
  let wordIndex: WordIndex | null = null;
  const index = (): WordIndex => {
    if (wordIndex) return wordIndex;
    const at = new Map<string, { start: number; body: boolean }[]>();
    const add = (key: string, start: number, body: boolean) => {
      const list = at.get(key);
      if (list) list.push({ start, body });
      else at.set(key, [{ start, body }]);
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      // Phrases looked up here start with a capitalised word: only those are indexed.
      if (t.kind === 'punct' || !isCap(t)) continue;
      const body = blocks[sentences[t.sentence].block].kind === 'paragraph';
      add(t.text, t.start, body);
      // Two words in a row as well, so a full name is looked up by both of its first words.
      const next = tokens[k + 1];
      if (next && next.kind !== 'punct' && next.sentence === t.sentence) add(`${t.text} ${next.text}`, t.start, body);
    }
    return (wordIndex = { at, memo: new Map() });
  };

  for (const s of sentences) {
    const block = blocks[s.block];
    const toks = bySentence[s.index];
    if (!toks.length) continue;
    const titleCaseHeadline = block.kind === 'headline' && isTitleCase(toks);
    const capsBlock = block.kind !== 'credit' && allCapsShare(toks) > 0.6;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (!isCap(t)) {
        i++;
        continue;
      }
      const sentenceStart = i === 0 || isOneOf(toks[i - 1].text, '"“‘\'(-–—');
      // "US$240 million": a currency prefix, not a country.
      if (i + 1 < toks.length && toks[i + 1].start === t.end && toks[i + 1].text === '$') {
        i++;
        continue;
      }
      if (NON_ENTITY_CAPITALS.has(t.text) && !(i + 1 < toks.length && isCap(toks[i + 1]))) {
        i++;
        continue;
      }
      // 1. The longest knowledge-base name starting here (up to 7 tokens).
      const known = longestKnown(text, toks, i, kb);
      let end = i;
      let hit: KnowledgeHit | undefined;
      const capEnd = extendCapSequence(text, toks, i, kb);
      if (known && !(capEnd > known.end && isOrgHead(toks[capEnd].text))) {
        end = known.end;
        hit = known.hit;
      } else {
        end = capEnd;
      }
      const seq = toks.slice(i, end + 1);
      i = end + 1;
      const cand = shapeCandidate(text, toks, seq, hit, s, kb, sentenceStart, capsMidSentence, demonyms, capsBlock, block.kind === 'credit', lowerSeen);
      for (let n = 0; n < cand.length; n++) {
        if (sentenceStart && cand[n].start === seq[0].start) cand[n] = trimLeadWord(text, cand[n], block.kind === 'headline' || block.kind === 'standfirst', index(), kb);
      }
      for (const c of cand) {
        c.headlineOnly = titleCaseHeadline;
        c.inHeadline = block.kind === 'headline';
        candidates.push(c);
      }
    }
  }

  classify(text, candidates, bySentence, kb);
  return { candidates, demonyms, bySentence };
}

/** Last words of events, prizes, products and their editions: never a person's surname. */
/** Endings of institution words that are never surnames ("Registry", "Department", "Commission", "Authority", "Council"). */
const INSTITUTION_ENDING = /(?:ry|ment|tion|sion|ity|ncy|ate|ute|ttee|cil|ium|ship)$/;
const EVENT_PRODUCT_HEADS = new Set([
  'award', 'awards', 'prize', 'prizes', 'trophy', 'cup', 'medal', 'festival', 'show', 'shows', 'expo', 'fair', 'games', 'olympics', 'championship', 'championships',
  'tournament', 'open', 'classic', 'grand', 'marathon', 'derby', 'tour', 'series', 'season', 'edition', 'mini', 'pro', 'max', 'plus', 'lite', 'ultra', 'advance', 'console',
  'phone', 'player', 'xp', 'vista', 'mk', 'gt', 'gti', 'five', 'four', 'three', 'seven', 'lords', 'college', 'academy', 'school', 'university',
]);

/** Lower-case words after a brand that make it a product or an event: "Mac mini", "Grammy awards". */
const LOWER_PRODUCT_WORDS = new Set(['award', 'awards', 'prize', 'prizes', 'trophy', 'cup', 'festival', 'expo', 'championship', 'championships', 'mini', 'pro', 'max', 'plus', 'lite', 'ultra', 'console']);

/** Words that read as an adjective, participle or adverb starting a sentence ("Dogged", "Booming", "However"). */
const LEAD_NON_NAME = /^\p{Lu}\p{Ll}+(?:ed|ing|ly|ever|ful|less|ous)$/u;

const AFTER_NON_FINAL = /[\p{Ll},;] ?$/u;

interface WordIndex {
  /** A word, or two words in a row ("Roger Federer") -> where they start, and whether in a body paragraph. */
  at: Map<string, { start: number; body: boolean }[]>;
  memo: Map<string, { start: number; body: boolean }[]>;
}

/** Where `phrase` (whose first word or two are `first`) occurs in `text` as whole words. */
function phraseAt(text: string, phrase: string, first: string, index: WordIndex): { start: number; body: boolean }[] {
  const known = index.memo.get(phrase);
  if (known) return known;
  const out: { start: number; body: boolean }[] = [];
  for (const w of index.at.get(first) ?? []) {
    const at = w.start;
    if (!text.startsWith(phrase, at)) continue;
    if (hasLetterOrDigit(text[at + phrase.length] ?? '') || hasLetterOrDigit(text[at - 1] ?? '')) continue;
    out.push(w);
  }
  index.memo.set(phrase, out);
  return out;
}

/** Whether `name` occurs in `text` after a word that does not end a sentence. */
function occursMidSentence(text: string, name: string, first: string, index: WordIndex): boolean {
  return phraseAt(text, name, first, index).some((w) => AFTER_NON_FINAL.test(text.slice(Math.max(0, w.start - 3), w.start)));
}

/**
 * The first word of a sentence or headline is capitalised anyway, so it is part of the name
 * only when something confirms the longer name: "Dogged Federer", "However Nasdaq" and
 * "Early HSDPA" are "Federer", "Nasdaq" and "HSDPA" unless the longer form is written elsewhere.
 */
function trimLeadWord(text: string, c: Candidate, headline: boolean, index: WordIndex, kb: KnowledgeBase): Candidate {
  if (c.hit || c.roles.length) return c;
  const words = c.tokens.filter((t) => t.kind !== 'punct');
  if (words.length < 2 || c.tokens[0] !== words[0] || c.tokens[1].kind === 'punct') return c;
  const lead = words[0].text;
  const restStart = c.tokens[1].start;
  const rest = text.slice(restStart, c.end);
  const lw = lower(lead);
  if (TITLES.has(lw) || HONORIFICS.has(lw) || kb.demonym(lead) || isAllCaps(lead)) return c;
  // The longer form written mid-sentence somewhere confirms it.
  const key = `${words[0].text} ${c.tokens[1].text}`;
  if (occursMidSentence(text, c.text, key, index)) return c;
  let trim = false;
  if (headline) {
    // A headline's first word: only if the body names the rest but never the longer form.
    const restKey = c.tokens[2] && c.tokens[2].kind !== 'punct' ? `${c.tokens[1].text} ${c.tokens[2].text}` : c.tokens[1].text;
    trim = !phraseAt(text, c.text, key, index).some((w) => w.body) && phraseAt(text, rest, restKey, index).some((w) => w.body);
  }
  if (!trim && !kb.isGivenName(lead) && LEAD_NON_NAME.test(lead)) trim = true;
  // A given name that is also an everyday word ("Early", "My", "Will") before an acronym or a
  // name the knowledge base knows as something else: the word is not part of the name.
  if (!trim && kb.isGivenName(lead) && kb.isCommonWord(lw)) {
    const restHit = kb.lookup(norm(rest));
    if ((words.length === 2 && isAllCaps(words[1].text)) || (restHit && restHit.registry !== 'people')) trim = true;
  }
  if (!trim) return c;
  const tokens = c.tokens.slice(1);
  const hit = kb.lookup(norm(rest));
  return { ...c, start: restStart, tokens, text: rest, hit: hit ?? undefined, kind: hit ? kindOfHit(hit) : c.kind, weak: false };
}

/** The last word of an organisation or publication name: "Council", "Ledger". */
function isOrgHead(word: string): boolean {
  const w = lower(word);
  return ORG_WORDS.has(w) || PUBLICATION_WORDS.has(w);
}

function isTitleCase(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (startsUpper(t.text)) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

function allCapsShare(toks: Token[]): number {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== 'word') continue;
    words++;
    if (isAllCaps(t.text)) caps++;
  }
  return words ? caps / words : 0;
}

function joinTokens(text: string, toks: Token[], from: number, to: number): string {
  return text.slice(toks[from].start, toks[to].end);
}

function longestKnown(text: string, toks: Token[], i: number, kb: KnowledgeBase): { end: number; hit: KnowledgeHit } | null {
  let best: { end: number; hit: KnowledgeHit } | null = null;
  const max = Math.min(toks.length - 1, i + 6);
  for (let j = i; j <= max; j++) {
    const tj = toks[j];
    if (j > i) {
      // Stay inside one name: words, connectors, hyphens and dots only.
      const gap = text.slice(toks[j - 1].end, tj.start);
      if (gap.length > 1 || (gap.length === 1 && gap !== ' ')) break;
      if (tj.kind === 'punct' && tj.text !== '&' && tj.text !== '.') break;
    }
    if (tj.kind === 'punct') continue;
    if (!isCap(tj) && !ORG_CONNECTORS.has(tj.text) && !PARTICLES.has(tj.text)) break;
    if (!isCap(tj)) continue;
    const name = norm(joinTokens(text, toks, i, j));
    const hit = kb.lookup(name);
    if (hit) {
      // Case matters for short names: "US" is a place, "us" is not.
      if (name.length <= 4 && hit.entry.name !== name && !hit.entry.aliases.includes(name) && name === name.toUpperCase() && kb.isCommonWord(name.toLowerCase())) continue;
      best = { end: j, hit };
    }
  }
  return best;
}

function extendCapSequence(text: string, toks: Token[], i: number, kb: KnowledgeBase): number {
  let end = i;
  let j = i + 1;
  while (j < toks.length) {
    const prev = toks[j - 1];
    const t = toks[j];
    const gap = text.slice(prev.end, t.start);
    // "Information Commissioner's Office": a possessive inside an organisation's name.
    if (gap === '' && (t.text === "'s" || t.text === '’s') && j + 1 < toks.length && isCap(toks[j + 1]) && ORG_WORDS.has(lower(toks[j + 1].text))) {
      j++;
      continue;
    }
    // "Ministry of Housing, Communities and Local Government": a list inside a ministry's name.
    if (t.text === ',' && toks.slice(i, end + 1).some((x) => ORG_WORDS.has(lower(x.text))) && toks.slice(i, end + 1).some((x) => x.text === 'of' || x.text === 'for')) {
      let q = j + 1;
      let sawAnd = false;
      while (q < toks.length && (isCap(toks[q]) || toks[q].text === ',' || toks[q].text === 'and')) {
        if (toks[q].text === 'and') sawAnd = true;
        if (sawAnd && isCap(toks[q]) && !(q + 1 < toks.length && isCap(toks[q + 1]))) break;
        q++;
      }
      if (sawAnd && q < toks.length && isCap(toks[q]) && q - j <= 8) {
        end = q;
        j = q + 1;
        continue;
      }
      break;
    }
    if (gap !== ' ' && gap !== '') break;
    if (gap === '' && !(t.text === '.' && isUpperLetter(prev.text))) break;
    if (t.text === '.') {
      // An initial inside a name: "John F. Kennedy"; "U.S. Geological Survey".
      if (j + 1 < toks.length && isCap(toks[j + 1]) && text[toks[j + 1].start - 1] === ' ' && INITIAL_OR_DOTTED.test(prev.text)) {
        j++;
        continue;
      }
      break;
    }
    // "Information Commissioner's Office": a possessive inside an organisation's name.
    if ((t.text === "'s" || t.text === '’s') && j + 1 < toks.length && isCap(toks[j + 1]) && ORG_WORDS.has(lower(toks[j + 1].text))) {
      j++;
      continue;
    }
    // "Qubitwell Systems plc": a company suffix in lower case ends the name.
    if (/^(?:plc|ltd|inc|llc|llp|gmbh|ag|sa|nv|bhd|tbk)\.?$/.test(t.text) && j > i) {
      end = j;
      j++;
      continue;
    }
    if (isCap(t)) {
      if (WEEKDAY_SET.has(lower(t.text)) || (MONTHS.has(lower(t.text)) && j + 1 < toks.length && toks[j + 1].kind === 'number')) break;
      end = j;
      j++;
      continue;
    }
    // "Office of the Deputy Prime Minister", "Department of the Environment": an institution's
    // name goes on through "of the" (a title's does not: "Secretary of the Treasury John Snow").
    if (t.text === 'of' && j + 2 < toks.length && toks[j + 1].text === 'the' && isCap(toks[j + 2]) && ORG_WORDS.has(lower(toks[end].text)) && text.slice(t.end, toks[j + 1].start) === ' ' && text.slice(toks[j + 1].end, toks[j + 2].start) === ' ') {
      j += 2;
      continue;
    }
    if ((PARTICLES.has(t.text) || ORG_CONNECTORS.has(t.text)) && j + 1 < toks.length && (isCap(toks[j + 1]) || (PARTICLES.has(toks[j + 1].text) && j + 2 < toks.length && isCap(toks[j + 2]))) && text.slice(t.end, toks[j + 1].start) === ' ') {
      const head = lower(toks[end].text);
      const inOrg = toks.slice(i, end + 1).some((x) => ORG_WORDS.has(lower(x.text)));
      if (PARTICLES.has(t.text) && (!ORG_CONNECTORS.has(t.text) || (!inOrg && t.text !== 'the' && t.text !== 'and' && t.text !== 'of' && t.text !== 'for' && t.text !== 'on'))) {
        j++;
        continue;
      }
      // "de la Cruz": two particles in a row.
      if (PARTICLES.has(t.text) && j + 2 < toks.length && PARTICLES.has(toks[j + 1].text) && isCap(toks[j + 2])) {
        j += 2;
        continue;
      }
      // "Halvers Controls Inc and Pruett Corp": a company's suffix closes its name.
      // "Mardale Foods Inc of New Harbour": nor does "of" after it go on (the company's seat).
      if ((t.text === 'and' || t.text === 'of') && COMPANY_SUFFIXES.has(lower(toks[end].text))) break;
      if ((t.text === 'and') && (inOrg || orgWordAhead(toks, j + 1, text))) {
        // "Department of Health and Social Care", "Flood Forecasting and Warning Centre".
        j++;
        continue;
      }
      if ((t.text === 'of' || t.text === 'for' || t.text === 'on' || t.text === '&' || t.text === 'de' || t.text === 'du' || t.text === 'di') && (ORG_WORDS.has(head) || PLACE_WORDS.has(head) || TITLES.has(head) || COMPASS_WORDS.has(head) || head === 'republic' || head === 'kingdom' || head === 'isle' || head === 'gulf' || head === 'bay')) {
        j++;
        continue;
      }
      if (t.text === '&') {
        j++;
        continue;
      }
      if (t.text === 'and' || t.text === 'the') {
        // Only when the whole longer name is known ("Trinidad and Tobago").
        let k = j + 1;
        while (k + 1 < toks.length && isCap(toks[k + 1]) && text.slice(toks[k].end, toks[k + 1].start) === ' ') k++;
        if (kb.lookup(norm(joinTokens(text, toks, i, k)))) {
          end = k;
          j = k + 1;
          continue;
        }
      }
    }
    break;
  }
  return end;
}

/** Whether the capitalised run starting at `k` ends in an organisation word. */
function orgWordAhead(toks: Token[], k: number, text: string): boolean {
  let last = -1;
  while (k < toks.length && isCap(toks[k]) && (last < 0 || text.slice(toks[k - 1].end, toks[k].start) === ' ')) last = k++;
  return last >= 0 && ORG_WORDS.has(lower(toks[last].text));
}

/** Splits a capitalised run into titles (roles), demonyms and the name itself. */
function shapeCandidate(
  text: string,
  toks: Token[],
  seqIn: Token[],
  hit: KnowledgeHit | undefined,
  s: Sentence,
  kb: KnowledgeBase,
  sentenceStart: boolean,
  capsMid: LazyWords,
  demonyms: { span: Span; place: string }[],
  capsBlock: boolean,
  credit: boolean,
  lowerSeen: LazyWords,
): Candidate[] {
  let seq = seqIn;
  const make = (from: number, to: number, h: KnowledgeHit | undefined, roles: string[], weak: boolean): Candidate => {
    let end = seq[to].end;
    // "U.S." keeps its final full stop.
    if (isDottedInitials(seq[to].text) && text[end] === '.') end++;
    return {
      start: seq[from].start,
      end,
      tokens: seq.slice(from, to + 1),
      text: text.slice(seq[from].start, end),
      kind: h ? kindOfHit(h) : null,
      hit: h,
      roles,
      sentence: s.index,
      weak,
      headlineOnly: false,
    };
  };
  if (hit && seq.length > 1 && (seq[0].text === 'The' || seq[0].text === 'THE') && !(hit.registry === 'places' && LEADING_THE.test(hit.entry.name))) {
    // "The Wall Street Journal": the article is not part of the name's span.
    return [make(1, seq.length - 1, hit, [], false)];
  }
  if (hit) {
    if (credit || !capsBlock || seq.length > 1 || hit.entry.name.length > 4 || !kb.isCommonWord(seq[0].text.toLowerCase())) {
      return [make(0, seq.length - 1, hit, [], false)];
    }
    return [];
  }
  let from = 0;
  const roles: string[] = [];
  // Sentence-initial function words and all-caps common words ("The", "While", "A TOP").
  while (from < seq.length) {
    const w = seq[from].text;
    const lw = lower(w);
    if (NON_ENTITY_CAPITALS.has(w) || WEEKDAY_SET.has(lw) || (MONTHS.has(lw) && w.length > 3) || (from < seq.length - 1 && isDescribingCompound(w))) {
      from++;
      continue;
    }
    if (isAllCaps(w) && kb.isCommonWord(lw)) {
      from++;
      continue;
    }
    if (capsBlock && isAllCaps(w) && w.length > 5) {
      from++;
      continue;
    }
    if (from === 0 && sentenceStart && !kb.isGivenName(w) && !TITLES.has(lw) && !kb.demonym(w) &&
      (kb.isCommonWord(lw) || lowerSeen.has(lw) || VAGUE_SOURCES.has(lw) || ANONYMOUS_HEADS.has(lw) || DOCUMENT_WORDS.has(lw) || ROLE_WORDS.has(lw))) {
      from++;
      continue;
    }
    break;
  }
  if (from >= seq.length) return [];
  // Post-nominals ("Eleanor Vance MP") are not part of the name.
  while (seq.length - from > 1 && POST_NOMINALS.has(seq[seq.length - 1].text)) seq = seq.slice(0, -1);
  // "The Northern Chronicle": the article is not part of the name.
  if (seq[from].text === 'The' && seq.length - from > 1) from++;
  // A run that ends in a title is a role, not a name ("Defence Procurement Minister", "Admiral").
  const lastLw = lower(seq[seq.length - 1].text).replace(FINAL_DOT, '');
  // "Office of the Deputy Prime Minister": an institution named after an office holder.
  if (seq.length - from > 2 && ORG_WORDS.has(lower(seq[from].text)) && seq[from + 1].text === 'of' && TITLES.has(lastLw)) return [make(from, seq.length - 1, undefined, [], false)];
  if ((TITLES.has(lastLw) || HONORIFICS.has(lastLw)) && !ORG_WORDS.has(lastLw)) {
    if (seq.length - from > 1) {
      const pre = text.slice(seq[from].start, seq[seq.length - 2].end);
      const h = kb.lookup(norm(pre));
      if (h && h.registry !== 'people') return [make(from, seq.length - 2, h, [], false)];
    }
    return [];
  }
  // An adjective of place, not a name: "South-east Asian", "Latin American".
  if (kb.demonym(seq[seq.length - 1].text) && (seq.length - from === 1 || !kb.lookup(norm(text.slice(seq[from].start, seq[seq.length - 1].end))))) {
    const whole = norm(text.slice(seq[from].start, seq[seq.length - 1].end));
    const dem = kb.demonym(whole) ?? kb.demonym(seq[seq.length - 1].text)!;
    demonyms.push({ span: { start: seq[from].start, end: seq[seq.length - 1].end }, place: dem.name });
    return [];
  }
  // Titles and demonyms before the name: "Russian President Vladimir Putin",
  // "Russian Security Council Secretary Sergei Shoigu", "Secretary of State Antony Blinken".
  let lastTitle = -1;
  for (let k = from; k < seq.length - 1; k++) {
    const lw = lower(seq[k].text).replace(FINAL_DOT, '');
    if (TITLES.has(lw) || TITLES.has(lw + '.') || HONORIFICS.has(lw) || (ROLE_WORDS.has(lw) && k > from && lastTitle === k - 1)) lastTitle = k;
    else if (lw === 'of' && k > from && TITLES.has(lower(seq[k - 1].text))) lastTitle = k + 1 < seq.length - 1 ? k + 1 : lastTitle;
  }
  const out: Candidate[] = [];
  if (lastTitle >= from && ORG_WORDS.has(lower(seq[seq.length - 1].text))) lastTitle = -1; // "Justice Department"
  if (lastTitle >= from) {
    const prefixFrom = from;
    let nameFrom = lastTitle + 1;
    while (nameFrom < seq.length && (seq[nameFrom].text === '.' || startsLower(seq[nameFrom].text))) nameFrom++;
    if (nameFrom >= seq.length) return [];
    if (startsLower(seq[lastTitle + 1]?.text ?? '')) {
      // "Prince of Wales", "Secretary of State": a title with its place, not a person.
      const rest = kb.lookup(norm(text.slice(seq[nameFrom].start, seq[seq.length - 1].end)));
      return rest && rest.registry !== 'people' ? [make(nameFrom, seq.length - 1, rest, [], false)] : [];
    }
    // Where the title run itself starts (titles may stack: "Prime Minister").
    let titleStart = lastTitle;
    while (titleStart - 1 >= prefixFrom) {
      const lw = lower(seq[titleStart - 1].text).replace(FINAL_DOT, '');
      if (TITLES.has(lw) || HONORIFICS.has(lw) || lw === 'of' || ROLE_MODIFIERS.has(lw)) titleStart--;
      else break;
    }
    const roleText = text.slice(seq[prefixFrom].start, seq[lastTitle].end);
    if (!isAllHonorific(seq, prefixFrom, lastTitle)) roles.push(roleText);
    // The part before the title: a demonym, a place, or an organisation ("Russian Security Council").
    if (titleStart > prefixFrom) {
      const pre = seq.slice(prefixFrom, titleStart);
      const preText = text.slice(pre[0].start, pre[pre.length - 1].end);
      const preHit = kb.lookup(norm(preText));
      const dem = pre.length === 1 ? kb.demonym(pre[0].text) : undefined;
      if (preHit) out.push(make(prefixFrom, titleStart - 1, preHit, [], false));
      else if (dem) demonyms.push({ span: { start: pre[0].start, end: pre[0].end }, place: dem.name });
      else if (pre.length > 1 && ORG_WORDS.has(lower(pre[pre.length - 1].text))) {
        const c = make(prefixFrom, titleStart - 1, undefined, [], false);
        c.kind = 'organisation';
        out.push(c);
      } else if (pre.length > 1 && kb.demonym(pre[0].text)) {
        const c = make(prefixFrom, titleStart - 1, undefined, [], false);
        c.kind = ORG_WORDS.has(lower(pre[pre.length - 1].text)) ? 'organisation' : null;
        if (c.kind) out.push(c);
      }
      const demAll = kb.demonym(pre[0].text);
      if (demAll) {
        const place = demAll.country ?? demAll.name;
        const nameHit = kb.lookup(norm(text.slice(seq[nameFrom].start, seq[seq.length - 1].end)));
        const name = make(nameFrom, seq.length - 1, nameHit?.registry === 'people' ? nameHit : undefined, roles, false);
        name.demonymCountry = place;
        name.kind = 'person';
        out.push(name);
        return out;
      }
    }
    const name = make(nameFrom, seq.length - 1, kb.lookup(norm(text.slice(seq[nameFrom].start, seq[seq.length - 1].end))), roles, false);
    if (!name.kind || name.kind === 'person') name.kind = 'person';
    out.push(name);
    return out;
  }
  // A demonym before a name without a title: "Malaysian Anwar"? rare; "Russian-made" is one token.
  if (seq.length - from === 1) {
    const w = seq[from].text;
    if (w.includes('-')) {
      const head = w.split('-')[0];
      const headHit = kb.lookup(head);
      // "Chicago-based", "UN-backed": the name inside the compound is a mention.
      if (headHit && wordList('compoundParticiples').has(w.slice(head.length + 1))) {
        const c = make(from, from, headHit, [], false);
        c.end = c.start + head.length;
        c.text = head;
        return [c];
      }
      if (kb.demonym(head) || headHit) return [];
    }
    const dem = kb.demonym(w);
    if (dem) {
      demonyms.push({ span: { start: seq[from].start, end: seq[from].end }, place: dem.name });
      return [];
    }
    const known = kb.lookup(norm(w));
    if (known) return [make(from, from, known, [], false)];
  } else {
    // Demonym + rest: "Russian Security Council" keeps its adjective only when the rest is an organisation.
    const dem = kb.demonym(seq[from].text);
    if (dem && !ORG_WORDS.has(lower(seq[seq.length - 1].text))) {
      demonyms.push({ span: { start: seq[from].start, end: seq[from].end }, place: dem.name });
      from++;
    }
    const restHit = kb.lookup(norm(text.slice(seq[from].start, seq[seq.length - 1].end)));
    if (restHit) return [make(from, seq.length - 1, restHit, [], false)];
  }
  // A sentence's first word is a guess, unless a possessive follows it ("Tindall's comeback"):
  // an everyday word there would have been taken off the sentence's start.
  const after = toks[seq[seq.length - 1].index + 1];
  const possessed = after !== undefined && (after.text === "'s" || after.text === '’s') && after.start === seq[seq.length - 1].end;
  const weak = from === 0 && sentenceStart && seq.length === 1 && !capsMid.has(seq[0].text) && !possessed;
  out.push(make(from, seq.length - 1, undefined, roles, weak));
  return out;
}

function isAllHonorific(seq: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!HONORIFICS.has(lower(seq[k].text).replace(FINAL_DOT, ''))) return false;
  return true;
}

/** Types candidates that the knowledge base and titles did not already type. */
function classify(text: string, cands: Candidate[], bySentence: Token[][], kb: KnowledgeBase): void {
  for (const c of cands) {
    if (c.kind) continue;
    const toks = c.tokens;
    const words = toks.filter((t) => t.kind !== 'punct');
    const last = lower(words[words.length - 1]?.text ?? '');
    const sentToks = bySentence[c.sentence];
    const idx = toks[0].index;
    const endIdx = toks[toks.length - 1].index;
    const prev = idx > 0 ? sentToks[idx - 1] : undefined;
    const prev2 = idx > 1 ? sentToks[idx - 2] : undefined;
    const next = endIdx + 1 < sentToks.length ? sentToks[endIdx + 1] : undefined;
    const next2 = endIdx + 2 < sentToks.length ? sentToks[endIdx + 2] : undefined;
    if (PUBLICATION_WORDS.has(last) && words.length > 1) {
      c.kind = 'publication';
      continue;
    }
    // "Grammy Awards", "Davis Cup", "Mac Mini", "Jackson Five", "Richard & Judy": an event, a
    // product, a prize or a pair is never one person, whatever its first word.
    if (words.length >= 2 && (EVENT_PRODUCT_HEADS.has(last) || toks.some((t) => t.text === '&'))) {
      c.kind = 'organisation';
      continue;
    }
    // "Mac mini", "Grammy awards": a brand before a lower-case product or event word.
    if (words.length === 1 && next && LOWER_PRODUCT_WORDS.has(next.text) && text.slice(toks[toks.length - 1].end, next.start) === ' ') {
      c.kind = 'organisation';
      c.weak = true;
      continue;
    }
    // ("Paul Church" is a person; "Land Registry" is not: no surname ends like "-ry", "-ment", "-tion".)
    if (words.some((w) => ORG_WORDS.has(lower(w.text))) && !(words.length === 2 && kb.isGivenName(words[0].text) && !INSTITUTION_ENDING.test(last))) {
      c.kind = 'organisation';
      continue;
    }
    // "football club Borussia Dortmund", "drinks giant Diageo": a lower-case word for a business
    // or a body right before an unknown name says what it is.
    if (prev && ORG_DESCRIPTORS.has(prev.text) && !(words.length === 2 && kb.isGivenName(words[0].text))) {
      c.kind = 'organisation';
      continue;
    }
    if (PLACE_WORDS.has(last) && words.length > 1) {
      c.kind = 'place';
      continue;
    }
    if (words.length === 1 && isAllCaps(words[0].text) && words[0].text.length <= 6 && !hasDigit(words[0].text)) {
      c.kind = 'organisation';
      continue;
    }
    // A wire dateline: "SANTA CLARA, Calif. (Reuters) -".
    if (words.every((w) => isAllCaps(w.text)) && idx === 0 && next && (next.text === ',' || next.text === '(')) {
      c.kind = 'place';
      continue;
    }
    if (COMPASS_WORDS.has(lower(words[0].text)) && words.length >= 2) {
      c.kind = 'place';
      continue;
    }
    // CamelCase brand names: "NightVault", "DownRadar".
    if (words.length === 1 && CAMEL_CASE.test(words[0].text)) {
      c.kind = 'organisation';
      continue;
    }
    const titleBefore = prev && (TITLES.has(lower(prev.text)) || HONORIFICS.has(lower(prev.text).replace(FINAL_DOT, '')) || ROLE_WORDS.has(lower(prev.text)));
    const speechAfter = next && SPEECH_VERBS.has(lower(next.text)) && SPEECH_VERBS.get(lower(next.text)) !== 'report';
    const speechBefore = prev && SPEECH_VERBS.has(lower(prev.text)) && idx > 1;
    const appositive = next?.text === ',' && next2 && /^(?:who|a|an|the|aged)$/i.test(next2.text);
    const givenFirst = kb.isGivenName(words[0].text);
    if (words.length >= 2 && words.length <= 4) {
      if (!givenFirst && prev && PLACE_PREPOSITIONS.has(lower(prev.text)) && !speechAfter && !titleBefore) {
        c.kind = 'place';
        c.weak = true;
        continue;
      }
      if (givenFirst || titleBefore || speechAfter || speechBefore || appositive) {
        c.kind = 'person';
        continue;
      }
      // Two or three plain capitalised words with nothing else to go on: a person only when the
      // surname is also used alone as a name elsewhere ("Nintendo DS" is not a person).
      continue;
    }
    if (words.length === 1) {
      // Headlinese: "Okafor quits as league chair" — a bare surname as the subject of a verb.
      if (c.inHeadline && idx === 0 && next && LOWER_PLURAL.test(next.text) && !kb.isCommonWord(lower(words[0].text)) && !words[0].text.endsWith('s')) {
        c.kind = 'person';
        continue;
      }
      if (titleBefore && !kb.isCommonWord(lower(words[0].text))) c.kind = 'person';
      else if (prev && PLACE_PREPOSITIONS.has(lower(prev.text)) && !(next && startsUpper(next.text)) && !(prev2 && SPEECH_VERBS.has(lower(prev2.text)))) {
        c.kind = 'place';
        c.weak = true;
      } else if (speechAfter || appositive) {
        // A lone unknown name that speaks: a person if the story named them in full (linked in
        // cluster()), otherwise most often an organisation ("Netsonde said").
        c.kind = 'organisation';
        c.weak = true;
        c.speaks = true;
      }
      // Otherwise left untyped: it may still be a surname of someone named in full (cluster()).
    }
  }
}

interface Cluster {
  id: string;
  kind: EntityKind;
  name: string;
  members: Candidate[];
  hit?: KnowledgeHit;
  nameTokens: string[];
  roles: string[];
  demonymCountry?: string;
}

/** Whether the word before a candidate, in its sentence, is a place preposition ("in", "to", "from"). */
function afterPlacePreposition(c: Candidate, bySentence: Token[][]): boolean {
  const toks = bySentence[c.sentence] ?? [];
  const i = toks.findIndex((t) => t.start === c.start);
  return i > 0 && PLACE_PREPOSITIONS.has(lower(toks[i - 1].text));
}

function cluster(
  text: string,
  cands: Candidate[],
  bySentence: Token[][],
  tokens: Token[],
  sentences: Sentence[],
  kb: KnowledgeBase,
  demonyms: { span: Span; place: string }[],
  headlines: Set<number>,
): EntityResult {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const add = (c: Candidate, key: string, kind: EntityKind, name: string): Cluster => {
    let cl = byKey.get(key);
    if (!cl) {
      cl = { id: '', kind, name, members: [], hit: c.hit, nameTokens: splitSpaces(name), roles: [] };
      byKey.set(key, cl);
      clusters.push(cl);
    }
    cl.members.push(c);
    for (const r of c.roles) if (!cl.roles.includes(r)) cl.roles.push(r);
    if (c.demonymCountry && !cl.demonymCountry) cl.demonymCountry = c.demonymCountry;
    return cl;
  };

  // A headline's single words no rule placed (joined to the body's name below).
  const headlineLeft: Candidate[] = [];

  // Short forms defined in brackets right after a name ("Fiji Labour Party (FLP)"): a name, though
  // a word after "(" is otherwise read as a sentence's first word (a weak guess); joined to the
  // name they follow below.
  const definedShortForms = new Set<Candidate>();
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k];
    const before = cands[k - 1];
    if (!c.weak || before.kind === 'person') continue;
    const acr = ACRONYM_IN_BRACKETS.exec(text.slice(before.end, before.end + 12));
    if (acr && acr[1] === c.text && before.end + acr[0].indexOf('(') + 1 === c.start) definedShortForms.add(c);
  }

  // Pass 1: knowledge-backed and multi-word names.
  const pending = new Set<Candidate>();
  // People's names placed in pass 1, to follow who was mentioned last in pass 2.
  const placed = new Map<Candidate, Cluster>();
  // A name read once as an organisation ("football club Borussia Dortmund") is one everywhere, unless
  // it starts with a given name.
  const orgNames = new Set(cands.filter((c) => !c.hit && c.kind === 'organisation' && !c.weak && wordCount(c.tokens) >= 2).map((c) => norm(c.text)));
  for (const c of cands) {
    if (!c.hit && c.kind === 'person' && orgNames.has(norm(c.text)) && !kb.isGivenName(c.tokens[0].text)) c.kind = 'organisation';
    if (c.hit) {
      const kind = c.kind ?? kindOfHit(c.hit);
      const cl = add(c, kind === 'person' ? `person:${canonicalOfHit(c.hit)}` : `kb:${c.hit.registry}:${c.hit.entry.name}`, kind, canonicalOfHit(c.hit));
      if (kind === 'person') placed.set(c, cl);
      continue;
    }
    const words = wordCount(c.tokens);
    if (c.kind === 'person' && words >= 2) {
      placed.set(c, add(c, `person:${norm(c.text)}`, 'person', norm(c.text)));
      continue;
    }
    // Multi-word organisation names go first too, so that their short forms can find them.
    if ((c.kind === 'organisation' || c.kind === 'publication') && words >= 2 && !c.weak) {
      add(c, `${c.kind}:${norm(c.text)}`, c.kind, norm(c.text));
      continue;
    }
    pending.add(c);
  }

  // Person clusters whose full name contains other full names' tokens are the same person
  // ("Anwar Ibrahim" and "Anwar bin Ibrahim" are left apart; exact repeats are merged above).
  const persons = clusters.filter((c) => c.kind === 'person' && c.nameTokens.length >= 2);
  // Full names by their first and last words, organisations by their first word.
  const byNameWord = new Map<string, Cluster[]>();
  for (const p of persons) {
    for (const w of new Set([p.nameTokens[0], p.nameTokens[p.nameTokens.length - 1]])) {
      const l = byNameWord.get(w) ?? [];
      l.push(p);
      byNameWord.set(w, l);
    }
  }
  const orgsByFirst = new Map<string, Cluster[]>();
  for (const o of clusters) {
    if ((o.kind !== 'organisation' && o.kind !== 'publication') || o.nameTokens.length < 2) continue;
    const l = orgsByFirst.get(o.nameTokens[0]) ?? [];
    l.push(o);
    orgsByFirst.set(o.nameTokens[0], l);
  }

  // Full names (typed or not) by their last word, to tell when a bare surname is shared.
  const fullNamesBySurname = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.hit && c.hit.registry !== 'people') continue;
    if (c.kind && c.kind !== 'person') continue;
    const ws = c.tokens.filter((t) => t.kind === 'word');
    if (ws.length < 2 || ws.length > 4 || !ws.every((t) => isCap(t))) continue;
    const last = ws[ws.length - 1].text;
    const set = fullNamesBySurname.get(last) ?? new Set<string>();
    set.add(ws[0].text);
    fullNamesBySurname.set(last, set);
  }

  // Pass 2, in text order: single words and other names, attached to a person by surname or
  // given name. Namesakes (the Clintons) are told apart by a title before the bare surname and
  // a gendered pronoun after it (namesakes.ts), then by who the article calls by given name
  // alone (not them), and otherwise by who was mentioned last.
  const lastSeen = new Map<Cluster, number>();
  const calledByGivenName = new Set<Cluster>();
  const cues = namesakeCues(text, cands, tokens, bySentence);
  for (const c of cands) {
    const at = placed.get(c);
    if (at) {
      lastSeen.set(at, c.start);
      continue;
    }
    if (!pending.has(c)) continue;
    if (wordCount(c.tokens) === 1) {
      const w = c.tokens.find((t) => t.kind !== 'punct')!.text;
      const matches = byNameWord.get(w) ?? [];
      if (matches.length >= 1) {
        // Prefer a surname match, then the person mentioned last before this one.
        let best = matches.filter((p) => p.nameTokens[p.nameTokens.length - 1] === w);
        if (!best.length) best = matches;
        let chosen = best[0];
        const surname = best[0].nameTokens[best[0].nameTokens.length - 1] === w;
        // Other people the article names in full with this surname ("Elizabeth Edwards" beside
        // "John Edwards"), including full names not typed as a person.
        const namesakes = surname ? (fullNamesBySurname.get(w)?.size ?? 0) : 0;
        if (best.length > 1 || namesakes > 1) {
          // Only those named before this mention, narrowed by its title and pronoun.
          let pool = best.filter((p) => (lastSeen.get(p) ?? Infinity) < c.start);
          if (!pool.length) {
            // Ambiguous, and nobody of that name introduced yet: a person, but not a short
            // form of either of them.
            c.kind = 'person';
            add(c, `person:${norm(c.text)}`, 'person', norm(c.text));
            continue;
          }
          const cued = pool.length > 1 && pool.length <= MAX_NAMESAKES;
          if (cued) pool = cues.narrow(c, pool);
          const sure = pool.length === 1;
          // A writer who calls one namesake by the given name alone ("Ian said") keeps the bare
          // surname for the other ("Mr Blair").
          if (pool.length > 1) {
            const others = pool.filter((p) => !calledByGivenName.has(p));
            if (others.length) pool = others;
          }
          // The person mentioned most recently before this mention.
          let bestPos = -1;
          for (const p of pool) {
            const last = lastSeen.get(p)!;
            if (last > bestPos) {
              bestPos = last;
              chosen = p;
            }
          }
          // What the mention's title says is now known of the person chosen ("Mr" after "Mrs"
          // goes to the other one); its pronoun only when the cues left no choice.
          if (cued) cues.learn(c, chosen, sure);
        }
        c.kind = 'person';
        chosen.members.push(c);
        lastSeen.set(chosen, c.start);
        if (!surname) calledByGivenName.add(chosen);
        continue;
      }
      // "Skyward" after "Skyward Airlines Inc": the short name of an organisation named in full;
      // but a place after "in", "to", "from" stays the town ("Fairmont State" the university,
      // "located in Fairmont").
      const orgs = orgsByFirst.get(w) ?? [];
      if (orgs.length >= 1 && !kb.isCommonWord(lower(w)) && !kb.lookup(w) && !(c.kind === 'place' && afterPlacePreposition(c, bySentence))) {
        c.kind = orgs[0].kind;
        orgs[0].members.push(c);
        continue;
      }
      if (c.headlineOnly) {
        headlineLeft.push(c);
        continue;
      }
    }
    if (!c.kind) continue;
    if (c.weak && c.kind !== 'person' && c.kind !== 'place' && !c.speaks && !definedShortForms.has(c)) continue;
    add(c, `${c.kind}:${norm(c.text)}`, c.kind, norm(c.text));
  }

  // "Acme Holdings Ltd" and "Acme Holdings" are one company.
  const orgBase = new Map<string, Cluster>();
  for (const o of clusters) if (o.kind === 'organisation' && !orgBase.has(o.name)) orgBase.set(o.name, o);
  for (const cl of clusters) {
    if (cl.kind !== 'organisation' || !cl.members.length) continue;
    const base = cl.name.replace(/(?<!\s)\s+(?:plc|ltd|inc|llc|corp|co|limited|group|holdings|sa|ag|nv|gmbh)\.?$/i, '');
    if (base === cl.name || orgBase.get(base) === cl) continue;
    const other = orgBase.get(base);
    if (other) {
      other.members.push(...cl.members);
      cl.members = [];
    }
  }
  const byName = new Map<string, Cluster>();
  for (const c of clusters) if (c.members.length && !byName.has(c.name)) byName.set(c.name, c);
  // Acronyms defined in brackets: "International Criminal Court (ICC)".
  for (const cl of clusters) {
    if (cl.kind === 'person') continue;
    for (const m of cl.members) {
      const after = text.slice(m.end, m.end + 12);
      const acr = ACRONYM_IN_BRACKETS.exec(after);
      if (!acr) continue;
      if (byName.get(acr[1]) === cl) continue;
      const acrCluster = byName.get(acr[1]);
      if (acrCluster) {
        cl.members.push(...acrCluster.members);
        acrCluster.members = [];
      }
    }
  }

  // A headline's name in capitals ("VELMOUTH FANS LOCKED OUT") is the body's name of the same
  // letters ("Velmouth"): it joins that entity.
  const bodyByLower = new Map<string, Cluster>();
  for (const cl of clusters) if (cl.members.length && !cl.members.every((m) => m.headlineOnly)) bodyByLower.set(cl.name.toLowerCase(), cl);
  for (const cl of clusters) {
    if (!cl.members.length || cl.hit || !cl.members.every((m) => m.headlineOnly)) continue;
    const body = bodyByLower.get(cl.name.toLowerCase());
    if (!body || body === cl) continue;
    body.members.push(...cl.members.map((m) => ({ ...m, headlineOnly: false })));
    cl.members = [];
  }
  for (const c of headlineLeft) {
    const body = bodyByLower.get(c.text.toLowerCase());
    if (body && c.text !== body.name) body.members.push({ ...c, kind: body.kind, headlineOnly: false });
  }

  // Drop headline-only clusters that nothing in the body confirms.
  const live = clusters.filter((cl) => cl.members.length && !(cl.members.every((m) => m.headlineOnly) && !cl.hit));
  // Drop weak singletons that are only a sentence-initial guess.
  const kept = live.filter((cl) => !(cl.members.length === 1 && cl.members[0].weak && cl.kind !== 'person' && cl.kind !== 'place' && !cl.hit));

  const entities: Entity[] = [];
  const mentionAt = new Map<number, string>();
  // By first mention (a stable sort on precomputed keys, not a map lookup per comparison).
  const byFirst = kept.map((cl) => ({ cl, first: cl.members.reduce((m, x) => Math.min(m, x.start), Infinity) }));
  byFirst.sort((a, b) => a.first - b.first);
  byFirst.forEach((x, n) => (kept[n] = x.cl));
  kept.forEach((cl, n) => {
    cl.id = `e${n + 1}`;
    cl.members.sort((a, b) => a.start - b.start);
    // Canonical person name: the longest full form seen.
    if (cl.kind === 'person') {
      let best = cl.name;
      for (const m of cl.members) if (m.text.length > best.length && m.tokens.length >= 2) best = norm(m.text);
      cl.name = best;
    }
    const mentions: Mention[] = cl.members.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      form: m.hit && norm(m.text) !== cl.name ? 'alias' : norm(m.text) === cl.name ? 'full' : 'short',
    }));
    for (const m of mentions) mentionAt.set(m.start, cl.id);
    const e: Entity = { id: cl.id, kind: cl.kind, nerClass: nerClassOf(cl.kind), name: cl.name, mentions, roles: cl.roles };
    if (cl.hit) {
      const h = cl.hit;
      e.knowledge = {
        registry: h.registry,
        name: h.entry.name,
        type: 'type' in h.entry ? (h.entry as { type?: string }).type : undefined,
        country: 'country' in h.entry ? (h.entry as { country?: string }).country : undefined,
        aliases: h.entry.aliases,
      };
    }
    entities.push(e);
  });

  const descriptions = resolveDescriptions(text, entities, bySentence, tokens, sentences, mentionAt, kb, headlines);
  return { entities, mentionAt, descriptions, demonyms };
}

/** More people sharing one surname than this, and the bare surname goes by recency alone. */
const MAX_NAMESAKES = 16;

/** s.split(SPACES), without the regex when the only spaces are single ' ' (as in most names). */
function splitSpaces(s: string): string[] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i + 1 < s.length && isSpace(s.charCodeAt(i + 1)) : isSpace(c)) return s.split(SPACES);
  }
  return s.split(' ');
}

/** The number of word and number tokens (not punctuation) in a list. */
function wordCount(toks: Token[]): number {
  let n = 0;
  for (const t of toks) if (t.kind !== 'punct') n++;
  return n;
}

/** lower(w) === 'the', without lower-casing: only T/t, H/h, E/e lower-case to those letters. */
function isThe(w: string): boolean {
  return w.length === 3 && (w.charCodeAt(0) | 32) === 116 && (w.charCodeAt(1) | 32) === 104 && (w.charCodeAt(2) | 32) === 101;
}

/**
 * Adds a role; a longer form of one already there takes its place ("Secretary" becomes
 * "Russian Security Council Secretary"), and a shorter form of one there adds nothing.
 */
function addRole(roles: string[], role: string): void {
  if (roles.some((r) => r === role || widens(r, role))) return;
  const shorter = roles.findIndex((r) => widens(role, r));
  if (shorter < 0) {
    roles.push(role);
    return;
  }
  roles[shorter] = role;
  for (let n = roles.length - 1; n > shorter; n--) if (roles[n] === role || widens(role, roles[n])) roles.splice(n, 1);
}

/** Whether `long` is `short` with words before or after it ("Council Secretary" / "Secretary"). */
function widens(long: string, short: string): boolean {
  if (long.length <= short.length) return false;
  return (long.endsWith(short) && long[long.length - short.length - 1] === ' ') || (long.startsWith(short) && long[short.length] === ' ');
}

/** Whether a token starting at an offset lies inside a mention of an entity of one kind. */
function covering(entities: Entity[], kinds: EntityKind[]): (start: number) => boolean {
  // (Made when first asked, in loops, not filter and flatMap: three of these are made for every document.)
  let made: Mention[] | undefined;
  const make = (): Mention[] => {
    const list: Mention[] = [];
    for (const e of entities) if (kinds.includes(e.kind)) for (const m of e.mentions) list.push(m);
    return list.sort((a, b) => a.start - b.start);
  };
  return (at) => {
    const spans = (made ??= make());
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= at) lo = mid + 1;
      else hi = mid;
    }
    // Mentions do not overlap much: the last few starting at or before `at` are enough to check.
    for (let n = lo - 1; n >= 0 && n >= lo - 3; n--) if (spans[n].start <= at && at < spans[n].end) return true;
    return false;
  };
}

/** Roles from appositives and copulas: "Shoigu, the former defence minister," / "Shoigu served as Russia's defence minister". */
function collectRoles(text: string, entities: Entity[], bySentence: Token[][], mentionAt: Map<number, string>, kb: KnowledgeBase, headlines: Set<number>): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const NAMED: EntityKind[] = ['organisation', 'place', 'publication', 'platform'];
  // (Made when first asked.)
  let nameEnds: Set<number> | undefined;
  const endsName = (end: number): boolean => {
    if (!nameEnds) {
      nameEnds = new Set<number>();
      for (const e of entities) if (NAMED.includes(e.kind)) for (const m of e.mentions) nameEnds.add(m.end);
    }
    return nameEnds.has(end);
  };
  const capsMid = new LazyWords(() => {
    const seen = new Set<string>();
    for (const toks of bySentence) {
      if (toks.length && headlines.has(toks[0].sentence)) continue;
      for (let i = 1; i < toks.length; i++) if (isCap(toks[i]) && !isOneOf(toks[i - 1].text, '"“‘\'(-–—:')) seen.add(toks[i].text);
    }
    return seen;
  });
  const ctx: RoleContext = {
    text, kb, capsMid,
    inPerson: covering(entities, ['person']),
    inPlace: covering(entities, ['place']),
    inName: covering(entities, NAMED),
    endsName,
  };
  const mentionByStart = new Map<number, Mention>();
  // Only people's mentions are looked up: a start's entity in mentionAt is the last one to
  // claim it, and so is its person here.
  for (const e of entities) if (e.kind === 'person') for (const m of e.mentions) mentionByStart.set(m.start, m);
  // Mention starts in order, walked alongside the tokens (in text order) instead of a lookup per token.
  // (Copied in a loop: Float64Array.from over a map's iterator took the slow generic path.)
  const starts = new Float64Array(mentionAt.size);
  let q = 0;
  for (const k of mentionAt.keys()) starts[q++] = k;
  starts.sort();
  let p = 0;
  let last = -1;
  for (const toks of bySentence) {
    for (let i = 0; i < toks.length; i++) {
      const at = toks[i].start;
      if (at < last) p = 0;
      last = at;
      while (p < starts.length && starts[p] < at) p++;
      if (p >= starts.length || starts[p] !== at) continue;
      const id = mentionAt.get(at);
      if (!id) continue;
      const e = byId.get(id)!;
      if (e.kind !== 'person') continue;
      // The title before the name, whole: "council leader Margaret Okafor", "Russian Security
      // Council Secretary Nikolai Pavlenko".
      const before = titleBeforeName(toks, i, headlines.has(toks[i].sentence), ctx);
      if (before) {
        // The run the name came in may have taken words the title does not hold ("Meanwhile
        // Harbour Board chairman", "Defence Secretary Dr"): this reading of the title replaces it.
        // Only a role written right before this mention is that run's.
        const pre = text.slice(Math.max(0, toks[i].start - 200), toks[i].start);
        e.roles = retitled(e.roles, pre, before);
        addRole(e.roles, before);
      }
      // Skip to the end of the mention.
      let j = i;
      const m = mentionByStart.get(toks[i].start)!;
      while (j + 1 < toks.length && toks[j + 1].start < m.end) j++;
      let k = j + 1;
      if (toks[k]?.text === ',' ) k++;
      else if (toks[k] && /^(?:served|serves|is|was|became|becomes|remains|remained)$/.test(toks[k].text)) {
        k++;
        if (toks[k]?.text === 'as') k++;
      } else continue;
      const startTok = k;
      let found = -1;
      for (let n = 0; n < 7 && k < toks.length; n++, k++) {
        const t = toks[k];
        if (t.kind === 'punct' && t.text !== '’s' && t.text !== "'s") break;
        if (ROLE_WORDS.has(lower(t.text)) || TITLES.has(lower(t.text))) found = k;
      }
      // The noun the title words modify ends the appositive: "the council's chief engineer,".
      if (found >= startTok) {
        let n = found + 1;
        while (n < toks.length && n - found <= 2 && toks[n].kind === 'word' && lower(toks[n].text) === toks[n].text) n++;
        if (n > found + 1 && toks[n]?.kind === 'punct' && (toks[n].text === ',' || toks[n].text === '.')) found = n - 1;
      }
      if (found >= startTok) {
        const first = toks[startTok];
        if (!ROLE_PHRASE_START.test(first.text) && !ROLE_WORDS.has(lower(first.text)) && !ROLE_MODIFIERS.has(lower(first.text))) continue;
        const last = first.text === 'who' ? found : roleTailEnd(toks, found, ctx);
        const role = text.slice(first.start, toks[last].end).replace(/^(?:the|a|an)\s+/i, '');
        addRole(e.roles, role);
      }
    }
  }
}

/** The roles with each one written right before the mention (`pre` ends with it) that the title
 *  `before` reads better replaced by it. (A function of its own: a closure over `before` in the
 *  loop over every token cost each token an allocation.) */
function retitled(roles: string[], pre: string, before: string): string[] {
  return roles.map((r) => (pre.endsWith(`${r} `) && (r.endsWith(` ${before}`) || withoutHonorifics(r) === before) ? before : r));
}

/** Those of the people `among` with a role (in lower case) ending in `head`, in order. (No closure
 *  over `head` in the loop over every token, which cost each token an allocation.) */
function withRoleEnding(among: number[], rolesLower: string[][], head: string): number[] {
  return among.filter((n) => rolesLower[n].some((r) => r.endsWith(head)));
}

function resolveDescriptions(
  text: string,
  entities: Entity[],
  bySentence: Token[][],
  tokens: Token[],
  sentences: Sentence[],
  mentionAt: Map<number, string>,
  kb: KnowledgeBase,
  headlines: Set<number>,
): { span: Span; entity: string; text: string }[] {
  collectRoles(text, entities, bySentence, mentionAt, kb, headlines);
  const persons = entities.filter((e) => e.kind === 'person' && e.roles.length);
  if (!persons.length) return [];
  const out: { span: Span; entity: string; text: string }[] = [];
  // Each role, and its head without the body it serves ("analyst" of "analyst at Brightwater").
  const rolesLower = persons.map((p) => p.roles.flatMap((r) => [lower(r), lower(roleHead(r))]));
  // The people whose roles end in each three letters, in order: a description's head is looked
  // for among those only (a scan of every person per description grew with people × descriptions).
  const byEnding = new Map<string, number[]>();
  rolesLower.forEach((roles, n) => {
    for (const r of roles) {
      if (r.length < 3) continue;
      const k = r.slice(-3);
      const l = byEnding.get(k);
      if (!l) byEnding.set(k, [n]);
      else if (l[l.length - 1] !== n) l.push(n);
    }
  });
  for (const toks of bySentence) {
    for (let i = 0; i < toks.length; i++) {
      if (!isThe(toks[i].text)) continue;
      // the (former)? (Demonym|Place's)? role-words... not followed by a capitalised name.
      let k = i + 1;
      let found = -1;
      for (let n = 0; n < 6 && k < toks.length; n++, k++) {
        const t = toks[k];
        if (t.kind === 'punct' && t.text !== '’s' && t.text !== "'s") break;
        if (ROLE_WORDS.has(lower(t.text))) found = k;
        else if (found >= 0) break;
      }
      if (found < 0) continue;
      const nextTok = toks[found + 1];
      if (nextTok && isCap(nextTok)) continue;
      const head = toks.slice(i + 1, found + 1).filter((t) => t.kind === 'word' && !ROLE_MODIFIERS.has(lower(t.text)) && !kb.demonym(t.text) && !isCap(t)).map((t) => lower(t.text)).join(' ');
      if (!head) continue;
      const among = head.length >= 3 ? (byEnding.get(head.slice(-3)) ?? []) : persons.map((_p, n) => n);
      const matching = withRoleEnding(among, rolesLower, head).map((n) => persons[n]);
      if (matching.length !== 1) continue;
      const span = { start: toks[i].start, end: toks[found].end };
      out.push({ span, entity: matching[0].id, text: text.slice(span.start, span.end) });
      i = found;
    }
  }
  void tokens; void sentences;
  return out;
}
