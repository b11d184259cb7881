// The rule-based candidates and the tagger's spans made one list of names. A name the knowledge
// base knows stands as it is. Any other candidate stands only where the tagger finds a name too,
// with the tagger's span and type (a MISC span — an event, a work, a nationality — is no entity).
// A name the tagger finds where no candidate is becomes a candidate of its own.
import { isListedPersonNoun } from '../person-nouns';
import type { Candidate } from '../entities';
import type { Block, EntityKind, Sentence, Token } from '../types';
import type { NerSpan, NerType } from './tagger';
import { HONORIFICS, PUBLICATION_WORDS, TITLES } from '../lexicon';
import { FINAL_DOT, startsUpper } from '../tokens';
import { isHonorificBreak } from '../name-spans';

const KIND: Record<Exclude<NerType, 'MISC'>, EntityKind> = { PER: 'person', ORG: 'organisation', LOC: 'place' };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** "U.S." keeps its final full stop, as the candidates do. */
function spanEnd(text: string, last: Token): number {
  return last.text.includes('.') && /^[A-Za-z.]+$/.test(last.text) && text[last.end] === '.' ? last.end + 1 : last.end;
}

/**
 * "Mrs", "Dr.", and in a person's name "Senator": words the rules keep out of a name (as a role,
 * or not at all). Other titles may start an organisation's name ("General Motors"), and a title
 * that is also a given name ("Dean") may be the name's first word.
 */
function isTitleWord(t: Token, person: boolean, isGivenName: (w: string) => boolean): boolean {
  // "MS" in capitals is a name (a company, a disease), not "Ms".
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return false;
  const w = t.text.toLowerCase().replace(FINAL_DOT, '');
  return HONORIFICS.has(w) || (person && isTitle(w) && !isGivenName(t.text));
}

/** A title, written in full or shortened with a full stop ("senator", "sen." for "Sen"). */
function isTitle(w: string): boolean {
  return TITLES.has(w) || TITLES.has(`${w}.`);
}

/** A person's name in full right after a title ("Security Council Secretary Nikolai Pavlenko",
 *  "President Ana Ruiz"): two or three capitalised words, the first a given name the knowledge base
 *  knows, the word before them a title. A person, whatever type the tagger gave the name. */
function titledPerson(sentToks: Token[], toks: Token[], isGivenName: (w: string) => boolean): boolean {
  if (toks.length < 2 || toks.length > 3 || !isGivenName(toks[0].text) || !toks.every((t) => startsUpper(t.text))) return false;
  const before = sentToks[toks[0].index - 1];
  return !!before && !isGivenName(before.text) && isTitle(before.text.toLowerCase().replace(FINAL_DOT, ''));
}

/** Index of the first token after the titles leading a span ("Mrs", "Mrs .", "Senator"), `to` when all are titles. */
function afterTitles(toks: Token[], from: number, to: number, person: boolean, isGivenName: (w: string) => boolean): number {
  let k = from;
  while (k < to && (isTitleWord(toks[k], person, isGivenName) || (k > from && toks[k].text === '.' && isTitleWord(toks[k - 1], person, isGivenName)))) k++;
  return k;
}

const NO_GIVEN_NAMES = () => false;

/** A person's full name as the rules read it: a given name, then capitalised words ("Alma Tesk"). */
function fullName(c: Candidate, isGivenName: (w: string) => boolean): boolean {
  return c.tokens.length >= 2 && isGivenName(c.tokens[0].text) && c.tokens.every((t) => startsUpper(t.text));
}

/** Whether the token before `k` is an honorific written before a surname ("Ms", "Dr."; data/name-spans.json honorificBreaks). */
function afterHonorific(toks: Token[], k: number): boolean {
  let j = k - 1;
  if (j > 0 && toks[j].text === '.') j--;
  return j >= 0 && isHonorificBreak(toks[j].text);
}

/** A word in capitals ("PERU", "U.S.", "UNDER-21"), or a joining mark between such words. */
function isCapsWord(t: string): boolean {
  let upper = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch >= 97 && ch <= 122) return false;
    if (ch >= 65 && ch <= 90) upper = true;
  }
  return upper || !/[A-Za-z0-9]/.test(t);
}

function kindFor(type: Exclude<NerType, 'MISC'>, before: EntityKind | null, next: Token | undefined): EntityKind {
  // The tagger's ORG covers publications and platforms, which the rules tell apart.
  if (before === 'publication' || before === 'platform') return before;
  // A name right before a publication word ("Widget Monthly magazine") is a publication's,
  // whatever its words look like.
  if (next && PUBLICATION_WORDS.has(next.text.toLowerCase()) && next.text[0] !== next.text[0].toUpperCase()) return 'publication';
  return KIND[type];
}

export function reconcile(
  text: string,
  cands: Candidate[],
  spans: NerSpan[],
  bySentence: Token[][],
  sentences?: Sentence[],
  blocks?: Block[],
  isGivenName: (word: string) => boolean = NO_GIVEN_NAMES,
): Candidate[] {
  const out: Candidate[] = [];
  const used = new Set<NerSpan>();
  // Names the tagger found, and the words of its people's names (a surname alone), by lower case.
  const named = new Map<string, Exclude<NerType, 'MISC'>>();
  for (const s of spans) {
    if (s.type === 'MISC') continue;
    const t = text.slice(s.start, s.end).toLowerCase();
    if (!named.has(t)) named.set(t, s.type);
    if (s.type === 'PER') for (const w of t.split(' ')) if (w.length > 2 && !named.has(w)) named.set(w, 'PER');
  }
  // Spans and candidates are both in text order: walk the spans with a moving start.
  let from = 0;
  for (const c of cands) {
    while (from < spans.length && spans[from].end <= c.start) from++;
    if (c.hit) {
      // A place's name is a team's on a results line (ner/results.ts).
      let team = false;
      let wider: NerSpan | undefined;
      for (let k = from; k < spans.length && spans[k].start <= c.start; k++) {
        if (!(spans[k].team || spans[k].joined) || spans[k].start > c.start || spans[k].end < c.end) continue;
        if (spans[k].start === c.start && spans[k].end === c.end) team = !!spans[k].team;
        else wider = spans[k];
      }
      // Two names joined by "&" are one organisation's, though the knowledge base knows one side ("Douglas").
      if (wider?.joined && c.hit.registry !== 'people') {
        const toks = bySentence[wider.sentence].slice(wider.from, wider.to);
        out.push({ ...c, hit: undefined, kind: 'organisation', start: wider.start, end: wider.end, tokens: toks, text: text.slice(wider.start, wider.end), roles: [], sentence: wider.sentence, weak: false });
      } else if (wider && c.hit.registry === 'places') {
        // A team whose name starts with a known place ("KANSAS CITY" on a fixture line over "KANSAS").
        const toks = bySentence[wider.sentence].slice(wider.from, wider.to);
        out.push({ ...c, hit: undefined, kind: 'organisation', start: wider.start, end: wider.end, tokens: toks, text: text.slice(wider.start, wider.end), roles: [], sentence: wider.sentence, weak: false });
      } else out.push(team && c.hit.registry === 'places' ? { ...c, hit: undefined, kind: 'organisation' } : c);
      for (let k = from; k < spans.length && spans[k].start < c.end; k++) used.add(spans[k]);
      continue;
    }
    // A run of words in capitals (a wire headline: "NORWAY BEAT PERU IN UNDER-21 MATCH") is no
    // name by its capitals: the tagger's names inside it stand on their own.
    if (c.tokens.length > 1 && c.tokens.every((t) => isCapsWord(t.text))) {
      let inside = false;
      for (let k = from; k < spans.length && spans[k].start < c.end; k++) if (spans[k].start >= c.start && spans[k].end <= c.end && spans[k].type !== 'MISC' && (spans[k].start !== c.start || spans[k].end !== c.end)) inside = true;
      if (inside) continue;
    }
    let support: NerSpan | undefined;
    const over: NerSpan[] = [];
    for (let k = from; k < spans.length && spans[k].start < c.end; k++) {
      if (!overlaps(spans[k], c)) continue;
      used.add(spans[k]);
      over.push(spans[k]);
      if (!support || spans[k].end - spans[k].start > support.end - support.start) support = spans[k];
    }
    // Two people the rules read as one name over "&" ("Karl Langdon & Harvey Deegan"): when the
    // tagger found each side a person named in full inside it, they are two people.
    if (over.length >= 2 && c.tokens.some((t) => t.text === '&') && over.every((s) => s.type === 'PER' && s.to - s.from >= 2 && s.start >= c.start && s.end <= c.end)) {
      for (const s of over) {
        const toks = bySentence[s.sentence].slice(s.from, s.to);
        out.push({ ...c, start: s.start, end: s.end, tokens: toks, text: text.slice(s.start, s.end), kind: 'person', roles: [], sentence: s.sentence, hit: undefined });
      }
      continue;
    }
    const block = sentences && blocks ? blocks[sentences[c.sentence].block] : undefined;
    if (!support || support.type === 'MISC') {
      // A name the tagger found elsewhere in the document is a name here too ("Okafor told
      // reporters", after "Margaret Okafor"); the tagger learnt from body text, so in a headline
      // the rules' names stand.
      const elsewhere = support ? undefined : named.get(c.text.toLowerCase());
      if (elsewhere) out.push({ ...c, kind: kindFor(elsewhere, c.kind, undefined) });
      else if (block?.kind === 'headline' && c.kind) out.push(c);
      // A person the rules read by an honorific before the name ("Ms Cole wants …") or by a
      // given name opening it ("director Alma Tesk said") stands where the tagger found nothing.
      else if (!support && c.kind === 'person' && (afterHonorific(bySentence[c.sentence], c.tokens[0].index) || fullName(c, isGivenName))) out.push(c);
      continue;
    }
    const sentToks = bySentence[support.sentence];
    // A title alone before the name of the tagger's person ("Sen" in "Sen. David Perdue") is no
    // name: the person's name is the candidate after it.
    if (support.type === 'PER' && support.end > c.end && afterTitles(sentToks, c.tokens[0].index, c.tokens[c.tokens.length - 1].index + 1, true, isGivenName) > c.tokens[c.tokens.length - 1].index) continue;
    // The tagger may widen a name ("Kansas" to "Kansas City") but not cut one the rules found
    // ("Homes Audit"), and a word the rules took off a sentence's start ("Dogged Okonjo …")
    // stays off.
    let inside = support.start >= c.start && support.end <= c.end;
    // In a person's name, a role the rules took in goes: the tagger's person starting on a given
    // name right after a noun for a person ("County Coroner William McLaughlin", "Engineer John
    // Greiner" are William McLaughlin and John Greiner).
    let cut = -1;
    if (inside && support.type === 'PER' && support.start > c.start && support.from > 0) {
      const role = bySentence[support.sentence][support.from - 1];
      if (isGivenName(bySentence[support.sentence][support.from].text) && !isGivenName(role.text) && isListedPersonNoun(role.text.toLowerCase())) cut = support.from;
    }
    // A team of a results line keeps its whole name ("St Mirren 3 1 1 1", the first word of its line).
    let first = inside ? c.tokens[0].index : support.start < c.start && support.from === 0 && !support.team && !support.joined ? c.tokens[0].index : support.from;
    // Nor does it take in a title the rules left out of the name ("Mrs" in "Mrs Okafor").
    if (!inside && first < c.tokens[0].index) first = afterTitles(sentToks, first, c.tokens[0].index, support.type === 'PER', isGivenName);
    // Nor, in a person's name, a role ending in a title ("Health Secretary Amir Doss" is Amir Doss).
    if (!inside && support.type === 'PER' && first < c.tokens[0].index && sentToks.slice(first, c.tokens[0].index).some((t) => isTitle(t.text.toLowerCase().replace(FINAL_DOT, '')))) first = c.tokens[0].index;
    const toks = cut >= 0 ? c.tokens.filter((t) => t.start >= sentToks[cut].start) : inside ? c.tokens : sentToks.slice(first, support.to);
    const start = toks[0].start;
    const end = inside ? c.end : spanEnd(text, toks[toks.length - 1]);
    const same = start === c.start && end === c.end;
    out.push({
      ...c,
      start,
      end,
      tokens: same ? c.tokens : toks,
      text: text.slice(start, end),
      kind: titledPerson(sentToks, toks, isGivenName) ? 'person' : kindFor(support.type, c.kind, sentToks[support.to]),
      roles: same ? c.roles : [],
      sentence: support.sentence,
      // A team of a results line is no sentence-initial guess.
      weak: support.team ? false : c.weak,
    });
  }
  for (const s of spans) {
    if (used.has(s) || s.type === 'MISC') continue;
    // An honorific alone before a name the rules found ("Mrs" in "Mrs Okafor") is no name; a
    // title before a name is no part of it; a title alone may stand for a person ("the Queen")
    // or a place ("Lord's").
    const sentToks = bySentence[s.sentence];
    const after = sentToks[s.to];
    if (afterTitles(sentToks, s.from, s.to, false, isGivenName) >= s.to && after && startsUpper(after.text)) continue;
    let from = afterTitles(sentToks, s.from, s.to, s.type === 'PER', isGivenName);
    if (from >= s.to) from = s.from;
    const toks = sentToks.slice(from, s.to);
    const end = spanEnd(text, toks[toks.length - 1]);
    const block = sentences && blocks ? blocks[sentences[s.sentence].block] : undefined;
    out.push({
      start: toks[0].start,
      end,
      tokens: toks,
      text: text.slice(toks[0].start, end),
      kind: kindFor(s.type as Exclude<NerType, 'MISC'>, null, bySentence[s.sentence][s.to]),
      roles: [],
      sentence: s.sentence,
      weak: false,
      headlineOnly: block?.kind === 'headline',
      inHeadline: block?.kind === 'headline',
    });
  }
  // Two candidates can take one span (a name split in two by the rules): keep the first.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((c, i) => i === 0 || !overlaps(c, out[i - 1]));
}
