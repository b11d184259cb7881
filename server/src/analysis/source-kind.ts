// What kind of source a phrase is, from its head word and what the entity stage knows:
// a name's own kind; a pronoun's antecedent; a plural group nobody named ("analysts",
// "Europeans") is vague; an unnamed but specific person ("a senior official", "sources
// familiar with the talks") is anonymous; "the newspaper" a publication; "the report" a document.
import type { Entity, SourceKind } from './types';
import { ANONYMOUS_HEADS, DOCUMENT_WORDS, HONORIFICS, NON_ENTITY_CAPITALS, ORG_WORDS, PRONOUNS, PUBLICATION_WORDS, ROLE_WORDS, TITLES, VAGUE_SOURCES } from './lexicon';
import { W, cueVerb } from './attribution-cues';
import { type NpContext, type Phrase, isCapitalised, isPersonNoun, lowerOf, properCase } from './noun-phrase';
import { isListedPersonNoun, isPluralPersonNoun, singulars } from './person-nouns';
import { words as wordList } from './tokens';

export interface Typed {
  kind: SourceKind;
  entity: string | null;
  /** Only guessed from the shape of the phrase ("the retired teacher"): a person if a verb of saying follows. */
  guessed?: boolean;
}

/** Resolves a pronoun to the entity last mentioned before a position. */
export interface Antecedents {
  before(pos: number, kinds: string[]): string | null;
}

export function kindOfEntity(e: Entity | undefined): SourceKind {
  if (!e) return 'person';
  return e.kind === 'place' ? 'organisation' : e.kind;
}

function pronounKind(c: NpContext, lw: string, pos: number, recent: Antecedents): Typed {
  if (lw === 'i' || lw === 'you' || lw === 'we') return { kind: 'person', entity: null };
  const kinds = lw === 'it' ? ['organisation', 'publication'] : lw === 'they' ? ['organisation', 'person'] : ['person'];
  const id = recent.before(pos, kinds);
  const e = id ? c.entityById.get(id) : undefined;
  // An "it" that speaks in news is a body or a document.
  if (lw === 'it' && !e) return { kind: 'organisation', entity: null };
  return { kind: e ? kindOfEntity(e) : 'person', entity: id };
}

/** Who a run of capitals ("Sports psychologist Hugh Richards", "Video game giant Electronic Arts") is. */
function nameKind(c: NpContext, ph: Phrase): SourceKind {
  let k = ph.head;
  while (k > ph.first && isCapitalised(c.toks[k - 1])) k--;
  const before = lowerOf(c.toks[k - 1]);
  const titled = (k > ph.first && (isPersonNoun(before) || W.abbreviation.has(before)))
    || c.toks.slice(k, ph.head).some((t) => TITLES.has(lowerOf(t)) || ROLE_WORDS.has(lowerOf(t)) || W.abbreviation.has(lowerOf(t)));
  return titled ? 'person' : 'organisation';
}

/** A name (not a place or a people) among the words before the head: "Grammy producers". */
function namedModifier(c: NpContext, ph: Phrase): boolean {
  for (let k = ph.first; k < ph.head; k++) {
    const t = c.toks[k];
    // ("an Internet posting", "a TV report": a capital the lexicon knows is no name.)
    if (!isCapitalised(t) || c.demonymAt.has(t.start) || NON_ENTITY_CAPITALS.has(t.text)) continue;
    const m = c.mentionByStart.get(t.start) ?? c.mentionByEnd.get(t.end);
    const e = m ? c.entityById.get(m.id) : undefined;
    if (e ? e.kind !== 'place' : properCase(c.toks, k) && !W.abbreviation.has(lowerOf(t))) return true;
  }
  return false;
}

/** A quantifier is a phrase of its own ("Some | say", "according to many,") only where a verb, an
 *  adverb, "who" or a punctuation mark follows it, and no preposition governs it: "for some reason",
 *  "denied by some desperate defending", "Many extortionists are …" and "Most (62%) said" are not. */
function standsAlone(c: NpContext, ph: Phrase): boolean {
  const prev = lowerOf(c.toks[ph.first - 1]);
  if ((W.preposition.has(prev) || W.npLink.has(prev)) && !(prev === 'to' && lowerOf(c.toks[ph.first - 2]) === 'according')) return false;
  const next = c.toks[ph.last + 1];
  if (!next) return true;
  if (next.kind === 'punct') return next.text !== '(';
  const nw = lowerOf(next);
  return W.aux.has(nw) || W.modal.has(nw) || W.be.has(nw) || !!cueVerb(nw) || nw === 'who' || (nw.endsWith('ly') && nw.length > 4);
}

/** Whether the text writes a word with a capital inside a sentence ("… said the Republicans"),
 *  after a lower-case letter or a comma: a name there. (The answers for the last text, cached.) */
let namesFor: { text: string; seen: Map<string, boolean> } = { text: '', seen: new Map() };
function writtenAsName(text: string, word: string): boolean {
  if (namesFor.text !== text) namesFor = { text, seen: new Map() };
  let found = namesFor.seen.get(word);
  if (found === undefined) {
    found = false;
    for (let i = text.indexOf(word); i > 1 && !found; i = text.indexOf(word, i + 1)) {
      const after = text[i + word.length] ?? ' ';
      const p = text[i - 2];
      found = text[i - 1] === ' ' && after.toLowerCase() === after.toUpperCase() && (p === ',' || p !== p.toUpperCase());
    }
    namesFor.seen.set(word, found);
  }
  return found;
}

/** "Nurses said", "Shopkeepers complained": a plural noun for people alone at a sentence's start,
 *  capitalised only because it opens the sentence (not written with a capital anywhere inside a
 *  sentence, as "Republicans" would be, and not a party's people, "Democrats claim"), is read in
 *  lower case, whatever the tagger made of it. */
function openingPlural(c: NpContext, ph: Phrase): boolean {
  if (ph.first !== ph.head || ph.last !== ph.head) return false;
  const t = c.toks[ph.head];
  const lw = lowerOf(t);
  return isCapitalised(t) && !properCase(c.toks, ph.head) && t.text.slice(1) === t.text.slice(1).toLowerCase()
    && isPluralPersonNoun(lw) && !wordList('partyMemberPlurals').has(lw) && !wordList('caseRolePlurals').has(lw) && !writtenAsName(c.text, t.text);
}

/** "taxpayers say", "Nurses said": a bare plural noun for people (WordNet's) is a crowd nobody is
 *  named in; not the people who act in the story's own case ("prosecutors said"), not those close
 *  to someone ("friends say": anonymous), not people described by what follows ("participants in
 *  the meeting", "residents who …"), and not a word inside a list or after a preposition
 *  ("assistant secretary for population, refugees and migration, said"). */
function bareCrowd(c: NpContext, ph: Phrase, hw: string): boolean {
  if (!isPluralPersonNoun(hw) || wordList('caseRolePlurals').has(hw) || ANONYMOUS_HEADS.has(hw) || singulars(hw).some((s) => ANONYMOUS_HEADS.has(s))) return false;
  const next = lowerOf(c.toks[ph.last + 1]);
  if (W.preposition.has(next) || W.familiar.has(next) || next === 'who') return false;
  const prev = lowerOf(c.toks[ph.first - 1]);
  return !(W.coordinator.has(prev) || W.preposition.has(prev) || (prev === ',' && (next === ',' || W.coordinator.has(next))));
}

const isPlural = (w: string) => w.length > 2 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');

/** Modals that a verb, never a subject, follows (in a statement): "will hold banners". */
const VERB_BEFORE = new Set([...W.modal].filter((w) => !['to', 'do', 'does', 'did'].includes(w)));

/** The person or body a relative clause after the phrase's end names as its subject ("reports
 *  … that the Bale campaign filed", "figures which Harbour Lines released"), within a few words. */
function makerInRelative(c: NpContext, last: number): string | null {
  const { toks } = c;
  for (let q = last + 1; q < Math.min(toks.length, last + 8); q++) {
    const w = lowerOf(toks[q]);
    if (w !== 'that' && w !== 'which') {
      // (Only over a preposition's dates and names, never over a verb: in "reports have said that
      // Harbour Lines …" the "that" opens what was said.)
      if (W.preposition.has(w) || toks[q].kind === 'number' || isCapitalised(toks[q]) || toks[q].text === '.' || W.time.has(w)) continue;
      return null;
    }
    for (let r = q + 1; r < Math.min(toks.length, q + 4); r++) {
      const m = c.mentionByStart.get(toks[r].start);
      const e = m ? c.entityById.get(m.id) : undefined;
      if (e && e.kind !== 'place') {
        // (A verb of making them after the name: "that Ann Bell filed", "which the Bale campaign is
        // filing"; "reports that Ann Bell will resign" say what the reports say.)
        let v = r + 1;
        while (v < toks.length && toks[v].start < m!.end) v++;
        while (v < Math.min(toks.length, r + 8) && (W.aux.has(lowerOf(toks[v])) || isCapitalised(toks[v]) || W.body.has(lowerOf(toks[v])) || W.body.has(`${lowerOf(toks[v])}s`))) v++;
        return wordList('documentMakerVerbs').has(lowerOf(toks[v])) ? e.id : null;
      }
      if (toks[r].kind !== 'word' || !(W.det.has(lowerOf(toks[r])) || isCapitalised(toks[r]))) break;
    }
    return null;
  }
  return null;
}

/** The kind of source a phrase is, or null when it cannot be one. */
export function sourceKind(c: NpContext, ph: Phrase, recent: Antecedents): Typed | null {
  const typed = phraseKind(c, ph, recent);
  // ("Ann Bell and others said", "Ann Bell and her aides believe": an unnamed group joined by "and"
  // to a person named as a subject; that person answers for the words.)
  if (typed && (typed.kind === 'vague' || typed.kind === 'anonymous')) {
    const named = personJoinedBefore(c, ph);
    if (named) return { kind: 'person', entity: named };
  }
  return typed;
}

/** The person named right before the phrase and joined to it by "and", as a subject (not the
 *  object of a preposition: "her marriage to Ann Bell and rumours about …"), or null. */
function personJoinedBefore(c: NpContext, ph: Phrase): string | null {
  const { toks } = c;
  if (ph.first < 2 || lowerOf(toks[ph.first - 1]) !== 'and') return null;
  const m = c.mentionByEnd.get(toks[ph.first - 2].end);
  if (!m || c.entityById.get(m.id)?.kind !== 'person') return null;
  let q = ph.first - 2;
  while (q > 0 && toks[q].start > m.start) q--;
  const before = q > 0 ? lowerOf(toks[q - 1]) : '';
  return W.preposition.has(before) || W.objectPreposition.has(before) ? null : m.id;
}

/** "Clinton strategists said", "Mrs. Clinton's campaign strategists": unnamed people who work for
 *  a person the story names (a plural of word-lists.json unnamedAideHeads, that person its owner),
 *  as "aides to Ann Vale" and "his aides" are — neither that person nor a body. */
function aidesOfPerson(c: NpContext, owner: string | null, hw: string): boolean {
  return !!owner && isPlural(hw) && c.entityById.get(owner)?.kind === 'person' && singulars(hw).some((w) => wordList('unnamedAideHeads').has(w));
}

/** "a handful of Democrats", "a number of analysts": "a", a noun of word-lists.json
 *  looseCountNouns, "of" and a plural noun for people ending the phrase. */
function looseCount(c: NpContext, ph: Phrase): boolean {
  const { toks } = c;
  if (ph.last - ph.first < 3 || lowerOf(toks[ph.first]) !== 'a' || !wordList('looseCountNouns').has(lowerOf(toks[ph.first + 1])) || lowerOf(toks[ph.first + 2]) !== 'of') return false;
  const last = lowerOf(toks[ph.last]);
  return isPlural(last) && isPersonNoun(last);
}

function phraseKind(c: NpContext, ph: Phrase, recent: Antecedents): Typed | null {
  const { toks } = c;
  const head = toks[ph.head];
  const hw = lowerOf(head);
  if (PRONOUNS.has(hw) && ph.first === ph.head) return pronounKind(c, hw, head.start, recent);
  const opening = openingPlural(c, ph);
  const e = ph.entity && !opening ? c.entityById.get(ph.entity) : undefined;
  // ("they will hold banners proclaiming …": a phrase right after a modal starts with a verb, and is no speaker.)
  if (ph.first > 0 && VERB_BEFORE.has(lowerOf(toks[ph.first - 1])) && !c.mentionByStart.has(toks[ph.first].start) && !isCapitalised(toks[ph.first]) && !W.det.has(lowerOf(toks[ph.first]))) return null;
  // "Some say", "many believe", "others argue": a quantifier standing alone for people is a crowd
  // ("some of them said": a part of a group the story has named is not; see standsAlone).
  if (!e && ph.first === ph.head && ph.last === ph.head && W.crowdPronoun.has(hw) && standsAlone(c, ph)) return { kind: 'vague', entity: null };
  // ("Many in the party believe", "some within the industry say": a crowd of a wider group, not a
  // part of one the story has named — "some of them said" is not.)
  if (!e && ph.first === ph.head && ph.last > ph.head && W.crowdPronoun.has(hw) && wordList('crowdAmong').has(lowerOf(toks[ph.head + 1]))) return { kind: 'vague', entity: null };
  // ("a handful of Democrats", "a number of analysts": a loose count of people nobody names,
  // word-lists.json looseCountNouns before "of" and a plural noun for people.)
  if (looseCount(c, ph)) return { kind: 'vague', entity: null };
  // "five states", "those who": a determiner or a number alone is no speaker.
  if (!e && (W.det.has(hw) || head.kind === 'number' || W.npStop.has(hw))) return null;
  // "a third of respondents", "24 percent": a share of a sample is a finding, not a source.
  if (W.sample.has(hw)) return null;
  // ("some Republicans", "many Conservatives": a loose number of a party's people, not the party.)
  // ("some people in Trump world", "many people close to the campaign": "people" is plural too.)
  if (ph.first < ph.head && (W.crowd.has(hw === 'others' ? '' : lowerOf(toks[ph.first])) || W.group.has(lowerOf(toks[ph.first]))) && W.person.has(hw) && (isPlural(hw) || hw === 'people')) return { kind: 'vague', entity: null };
  // ("a Treasury official said", "one Harbour Board official said": one unnamed person of a named
  // body — the name only describes the head — is an anonymous source, as "a council official" is;
  // "Treasury officials said" speak for the body, and a spokesperson is on the record.)
  if (e && e.kind === 'organisation' && ph.first < ph.head && !c.mentionByEnd.has(head.end) && ANONYMOUS_HEADS.has(hw) && !isPlural(hw)
    && wordList('singleUnnamedDeterminers').has(lowerOf(toks[ph.first]))) return { kind: 'anonymous', entity: null };
  if (e && e.kind !== 'place') return { kind: kindOfEntity(e), entity: e.id };
  // "Minister of Education Anna Berg", "the bank's chief economist, Ian Dale": a title or a
  // description ending in a person's name is that person.
  const last = c.mentionByEnd.get(toks[ph.last].end);
  // (Not a name after a link word: "sources close to Mr Hockney", "a spokesman for Ann Lowe".)
  const named = last && last.start > toks[ph.first].start ? c.entityById.get(last.id) : undefined;
  let k = ph.last;
  while (named && k > ph.first && toks[k].start > last!.start) k--;
  // (Over a title before the name: "aides to Mr. Vale", "advisers to Sen. Cole".)
  while (named && k - 1 > ph.first && (HONORIFICS.has(lowerOf(toks[k - 1])) || TITLES.has(lowerOf(toks[k - 1])) || toks[k - 1].text === '.')) k--;
  const beforeName = named ? lowerOf(toks[k - 1]) : '';
  const linked = !beforeName || W.preposition.has(beforeName) || W.npLink.has(beforeName) || beforeName === 'to' || toks.slice(ph.first, k).some((t) => W.familiar.has(lowerOf(t)));
  if (named?.kind === 'person' && !linked) return { kind: 'person', entity: named.id };
  const words: string[] = [];
  for (let k = ph.first; k <= ph.last; k++) words.push(lowerOf(toks[k]));
  const firstWord = words[0];
  // ("both candidates": the two the story is about.)
  const definite = W.definite.has(firstWord) || W.possessive.has(firstWord) || words.includes('’s') || words.includes("'s") || firstWord === 'both';
  const indefinite = W.indefinite.has(firstWord) || toks[ph.first].kind === 'number';
  // "two officials", "a diplomat": a counted few, not a crowd ("several analysts", "many experts").
  const counted = W.counted.has(firstWord) || toks[ph.first].kind === 'number';
  const possessed = W.possessive.has(firstWord) || words.includes('’s') || words.includes("'s");
  const familiar = words.some((w) => W.familiar.has(w));
  const owner = ph.owner;
  // "reports say", "according to media reports": hearsay nobody stands behind.
  // ("an Associated Press-GfK poll", "a new Latino Decisions poll": a name before the head says whose.)
  // ("studio estimates", "government figures": a body word before the head says whose.)
  const bodyModifier = words.slice(0, -1).some((w) => /^(?:official|government|studio|studios|company|industry|police)$/.test(w));
  if (W.hearsay.has(hw) && !owner && !definite && !namedModifier(c, ph) && !bodyModifier) {
    // ("according to fundraising reports through Jan. 31 that the Bale campaign is filing": a
    // relative clause names who made them.)
    const maker = makerInRelative(c, ph.last);
    return maker ? { kind: 'document', entity: maker } : { kind: 'vague', entity: null };
  }
  // ("a recent poll found", "one news account described": a single finding whose author is not given.)
  // ("70% of those asked in a poll said": a finding a preposition governs is not the subject.)
  const governed = W.preposition.has(lowerOf(toks[ph.first - 1])) && lowerOf(toks[ph.first - 1]) !== 'to';
  // ("A study by the watchdog group Media Matters found": a capitalised maker after "by", even one
  // the entity stage missed, says whose finding it is.)
  let byMaker = false;
  for (let k = ph.head + 1; k < ph.last && !byMaker; k++) if (lowerOf(toks[k]) === 'by') byMaker = toks.slice(k + 1, ph.last + 1).some((t) => isCapitalised(t));
  if (W.unnamedFinding.has(hw) && byMaker && !owner) return { kind: 'document', entity: null };
  if (W.unnamedFinding.has(hw) && (W.counted.has(firstWord) || W.every.has(firstWord)) && toks[ph.first].kind === 'word' && !governed && !owner && !namedModifier(c, ph) && !bodyModifier && !words.some((w) => W.anonymity.has(w))) return { kind: 'vague', entity: null };
  if (W.spokes.has(hw)) return { kind: 'organisation', entity: owner };
  // ("After a close call …": an adjective of familiarity as the head, with nobody it describes, is no source.)
  // ("people close to the talks", "those familiar with it": the word goes on with a preposition.)
  if (W.familiar.has(hw) && !W.preposition.has(lowerOf(toks[ph.head + 1] ?? head))) return null;
  if (familiar) return { kind: 'anonymous', entity: null };
  // ("the post by an unknown author", "an unnamed Western diplomat": said to be unnamed.)
  if (words.some((w) => W.anonymity.has(w)) && !e) return { kind: 'anonymous', entity: null };
  if (VAGUE_SOURCES.has(hw)) {
    // "the researchers": people the story has introduced; "researchers at the institute": its people.
    // ("these people said": the unnamed people just described, still unnamed.)
    if (W.demonstrative.has(firstWord) && W.unnamed.has(hw) && ph.first + 1 === ph.head) return { kind: 'anonymous', entity: null };
    // ("his own supporters", "its critics": a following, however possessed, is a crowd; so is one
    // named by whom it follows: "Tull supporters", "critics of the plan".)
    if ((possessed || owner) && W.follower.has(hw) && !W.definite.has(firstWord)) return { kind: 'vague', entity: null };
    if (aidesOfPerson(c, owner, hw) && !isCapitalised(head)) return { kind: 'anonymous', entity: null };
    if (definite && !W.anonymousGroup.has(hw)) return { kind: 'person', entity: owner };
    // ("some Labour activists", "many party strategists": a loose group of a named body is a
    // crowd nobody is named in, as "some Labour councillors" are below.)
    if (owner && (W.crowd.has(firstWord) || W.group.has(firstWord)) && isPlural(hw)) return { kind: 'vague', entity: null };
    if (owner && !W.anonymousGroup.has(hw)) return { kind: 'organisation', entity: owner };
    if (W.anonymousGroup.has(hw) || counted) return { kind: 'anonymous', entity: null };
    return { kind: 'vague', entity: null };
  }
  // ("advocacy groups note", "several charities say", "local press had reported": groups or
  // outlets of a kind, none of them named, are a crowd nobody is named in; "the groups", "rights
  // groups in Leeds", "Harbour Trust charities" are particular; "media and PR strategist" is a
  // modifier.)
  if ((wordList('unnamedGroupHeads').has(hw) || wordList('massOutletHeads').has(hw)) && !owner && !definite && !counted && ph.last === ph.head && !W.coordinator.has(lowerOf(toks[ph.head + 1])) && !namedModifier(c, ph) && !words.some((w) => W.det.has(w) && !W.crowd.has(w) && !W.indefinite.has(w))) return { kind: 'vague', entity: null };
  if (W.body.has(hw)) return { kind: 'organisation', entity: owner };
  // ("The Friends of Fenmoor Library": a capitalised plural head after another word is a name the
  // entity stage missed, read below, not unnamed people.)
  if (ANONYMOUS_HEADS.has(hw) && !(isPlural(hw) && properCase(toks, ph.head))) {
    // ("officials at the ministry": the body's people speak for it; "aides to Ann Vale", "advisers
    // to Mr. Vale" are unnamed people around a person, as "his aides" are.)
    if (owner && ph.head < ph.last && !(isPlural(hw) && c.entityById.get(owner)?.kind === 'person')) return { kind: 'organisation', entity: owner };
    // "many Democratic lawmakers", "most officials": a crowd of them, a vague source, not particular
    // unnamed people ("some individuals reported" are a few particular people).
    if (W.crowd.has(firstWord) && firstWord !== 'some' && isPlural(hw) && !owner) return { kind: 'vague', entity: null };
    // "its chief executive", "the company's finance director": one identifiable person.
    if (definite && !W.unnamed.has(hw)) return { kind: 'person', entity: null };
    // "the former finance officer said": one person with a past the story has told, not a source kept unnamed.
    if (W.definite.has(firstWord) && !isPlural(hw) && words.includes('former')) return { kind: 'person', entity: null };
    // "the president's chief aide": one person in a known relation ("his aides" stay unnamed).
    if (possessed && !isPlural(hw)) return { kind: 'person', entity: null };
    return { kind: 'anonymous', entity: null };
  }
  if (DOCUMENT_WORDS.has(hw)) return { kind: 'document', entity: owner };
  if (W.time.has(hw) && head.text === hw) return null;
  // ("according to various newspapers", "local papers reported": outlets nobody names are hearsay.)
  if (W.publication.has(hw) && isPlural(hw) && !properCase(toks, ph.head) && !owner && !definite && !namedModifier(c, ph)) return { kind: 'vague', entity: null };
  if ((PUBLICATION_WORDS.has(hw) || W.publication.has(hw)) && !properCase(toks, ph.head)) return { kind: 'publication', entity: owner };
  if (ORG_WORDS.has(hw)) return { kind: 'organisation', entity: owner };
  // "a local pediatrician said", "one strategist said", "another supporter said": one person the
  // story does not name, described by a noun for people (WordNet's), is an anonymous source.
  if (wordList('singleUnnamedDeterminers').has(firstWord) && ph.first < ph.head && isListedPersonNoun(hw) && !isPluralPersonNoun(hw) && !owner && !namedModifier(c, ph)) {
    return { kind: 'anonymous', entity: null, ...(ROLE_WORDS.has(hw) || TITLES.has(hw) || W.relation.has(hw) ? {} : { guessed: true }) };
  }
  if (ROLE_WORDS.has(hw) || TITLES.has(hw) || W.relation.has(hw)) return { kind: 'person', entity: null };
  if (e) return { kind: 'organisation', entity: null }; // a place speaking: its government
  // A name the entity stage missed, written as a run of capitals: a named source, never an unnamed one.
  if (isPlural(hw) && isCapitalised(head) && !W.person.has(hw) && ph.head > ph.first && isCapitalised(toks[ph.head - 1]) && (properCase(toks, ph.head - 1) || ph.head - 1 > ph.first)) {
    return { kind: nameKind(c, ph), entity: null };
  }
  // "taxpayers say", "Nurses said", "fishermen said": a bare plural noun for people (WordNet's) is
  // a crowd nobody is named in (see bareCrowd for the people who are particular).
  // (Still a guess that only a verb of saying confirms: "shoppers expect the sales to start early".)
  if (ph.first === ph.head && !owner && (opening || !isCapitalised(head)) && bareCrowd(c, ph, hw)) return { kind: 'vague', entity: null, guessed: true };
  // ("Social conservatives say", "rural voters believe": the same crowd with adjectives before it,
  // none of them a name; "Harbour Lines engineers say" are a body's people.)
  if (ph.first < ph.head && !owner && !isCapitalised(head) && bareCrowd(c, ph, hw)
    && toks.slice(ph.first, ph.head).every((t) => t.kind === 'word' && !c.mentionByStart.has(t.start) && !W.det.has(lowerOf(t)) && !c.demonymAt.has(t.start) && (!isCapitalised(t) || (t === toks[ph.first] && ph.first === 0)))) return { kind: 'vague', entity: null, guessed: true };
  if (isPlural(hw)) {
    // "102bn rupees", "rising prices": a quantity or a thing, not people.
    if (toks.slice(ph.first, ph.last + 1).some((x) => x.kind === 'number')) return null;
    if (possessed && W.follower.has(hw) && !W.definite.has(firstWord)) return { kind: 'vague', entity: null };
    if (aidesOfPerson(c, owner, hw)) return { kind: 'anonymous', entity: null };
    if (definite) return { kind: 'person', entity: owner };
    // "some Labour leaders", "several prominent party elders", "other housing advocates": a loose
    // group of people, even of a named body, is a crowd nobody is named in.
    if ((W.crowd.has(firstWord) || W.group.has(firstWord)) && isPersonNoun(hw) && !W.body.has(hw)) return { kind: 'vague', entity: null };
    // "academics from the university": the people of a body named.
    if (owner) return { kind: 'organisation', entity: owner };
    // A people or a public is vague ("Europeans especially say"); people described by what they
    // do are unnamed but particular ("European policy makers said").
    // ("some voters", "many residents": a quantifier makes a crowd.)
    const crowd = W.crowd.has(firstWord);
    // (A capitalised plural after other capitals is a name: "Harbour Lines".)
    const people = properCase(toks, ph.head) && !isCapitalised(toks[ph.head - 1]);
    if (c.demonymAt.has(head.start) || crowd || people) return { kind: 'vague', entity: null };
    // (Capitalised only because it opens the sentence, a plural nobody typed is read as a name:
    // "Tellsons said", as the entity stage would.)
    if (isCapitalised(head) && ph.first === ph.head && !opening) return { kind: 'organisation', entity: null, guessed: true };
    // People described by what they do are unnamed but particular ("European policy makers said");
    // a plural the lexicon does not know is a guess that only a verb of saying confirms, and only
    // a noun for people can be one ("decades saying", "topless photos alleged" are no speakers).
    // ("independent analyses agree": documents, one by one in the lexicon.)
    const one = hw.endsWith('ses') && DOCUMENT_WORDS.has(`${hw.slice(0, -3)}sis`) ? `${hw.slice(0, -3)}sis` : hw.slice(0, -1);
    if (DOCUMENT_WORDS.has(one)) return { kind: 'document', entity: owner };
    if (!isPersonNoun(hw)) return null;
    // "Grammy producers said", "Harbour Lines engineers say": the people of a body named.
    if (namedModifier(c, ph)) return { kind: 'organisation', entity: null, guessed: true };
    return { kind: 'anonymous', entity: null, guessed: true };
  }
  if (properCase(toks, ph.head) || (c.mentionByStart.has(head.start) && ph.first === ph.head)) return { kind: 'person', entity: null };
  // "the retired teacher said", "one woman said": someone described, not named.
  if (definite || indefinite || head.kind === 'word') return { kind: 'person', entity: null, guessed: true };
  return null;
}
