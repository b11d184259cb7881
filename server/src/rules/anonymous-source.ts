import type { Analysis, Attribution, Entity, Finding, Span, Token } from '../analysis/types';
import type { Rule } from './types';
import type { KnowledgeBase } from '../analysis/knowledge-port';
import { ruleMeta } from '../config/rule-ids';
import { firstAtOrAfter, lowerBound, mentionsIn, spanContaining } from '../analysis/spans';
import { describedAfterPreposition, ignoreFix, quoteText, reportsInSentence, wordBefore } from './util';
import { SPACES, words as wordList, hasOneOf, indexOfOneOf, isSpace, isWordChar, lettersOnly, onlySpaceAnd, skipSpaceAnd, markThenSpace } from '../analysis/tokens';
import { ANONYMITY_REASONS, ORG_WORDS, PRONOUNS } from '../analysis/lexicon';
import { wordNumber } from '../analysis/quantities';
import { W, cueVerb } from '../analysis/attribution-cues';
import { lowerOf } from '../analysis/noun-phrase';
import { identifiedNext } from './anonymous-named-next';

/** Opening quotation marks. */
const QUOTE_MARKS = '"“‘';
/** Ends with the word "its" and white space. */
function itsBeforeSpaces(s: string): boolean {
  const t = s.trimEnd();
  return t.length < s.length && t.toLowerCase().endsWith('its') && !isWordChar(t[t.length - 4]);
}
/** Ends with one "s" (in either case) after another character: "officials", not "boss" or "s". */
function endsInOneS(s: string): boolean {
  const n = s.length;
  return n >= 2 && 'sS'.includes(s[n - 1]) && !'sS'.includes(s[n - 2]);
}
/** Opens with "a" or "an" and white space. */
function startsWithAOrAn(s: string): boolean {
  const l = s.slice(0, 3).toLowerCase();
  return l[0] === 'a' && (isSpace(l[1]) || (l[1] === 'n' && isSpace(l[2])));
}
/** A head that reads as plural: ends in "s", or "people", "staff". */
function readsPlural(h: string): boolean {
  const l = h.toLowerCase();
  return l.endsWith('s') || l === 'people' || l === 'staff';
}

/** Things, not people: what a law, a poll or a document "says" has no one to name. */
const THING_HEADS = /^(?:laws?|rules?|guidelines?|trials?|elements?|countries|nations|figures|data|documents?|papers?|reports?|studies|study|surveys?|results?|statistics|records?|polls?|tests?|estimates?|forecasts?|plans?|proposals?|rankings?|charts?|indicators?|signs?|models?|interviews?|newspapers|papers|texts?|statements?|letters?|memos?|releases?)$/i;
/** The public at large, or people in a survey ("web users", "three out of four girls"): not sources to name. */
const POPULATION_HEADS = /^(?:users|searchers|surfers|girls|boys|women|men|people|respondents|consumers|customers|shoppers|viewers|listeners|readers|fans|voters|residents|citizens|adults|teenagers|children|parents|patients|students|bookmakers|punters|competitors|rivals|gamers|motorists|drivers|passengers|travellers|households|homeowners|owners|buyers|taxpayers|smokers|drinkers|critics|advocates|supporters|opponents|campaigners|carers|unions)$/i;

/** Words that end a source's head noun and begin what describes it. */
const POST_HEAD = /^(?:familiar|close|briefed|knowledgeable|involved|aware|who|with|to|at|in|from|of|on|for)$/i;

/** The head noun of a source phrase: the word before what describes it ("people | familiar with
 *  the plan", "officials | who know the plan", "aides | to the mayor"). */
function headOf(text: string): string {
  const all = text.trim().split(SPACES);
  const cut = all.findIndex((w, n) => n > 0 && POST_HEAD.test(w));
  return lettersOnly(cut > 0 ? all[cut - 1] : all[all.length - 1]);
}

/** Officials of an office whose figures are public record: the word before the head is one of
 *  `publicRecordOffices` ("election officials", "Florida elections officials"). */
function officeOfRecord(text: string): boolean {
  const all = text.trim().split(SPACES).map((w) => lettersOnly(w).toLowerCase());
  const head = headOf(text).toLowerCase();
  const at = all.lastIndexOf(head);
  return at > 0 && wordList('publicRecordOffices').has(all[at - 1]);
}

/**
 * Whether an unnamed source reads as someone who gave the story information: not a thing ("new
 * guidelines say"), not the public or a survey's respondents ("a quarter of web users said"), not
 * a clause the attribution pass took in ("many of whom", "a move ministers say", "for the wedding
 * of…"), not a bare "Members" of a body the story has just named.
 */
function readsAsSource(a: Analysis, src: Span & { text: string }): boolean {
  const text = src.text.trim();
  const all = text.split(SPACES);
  const cut = all.findIndex((w, n) => n > 0 && POST_HEAD.test(w));
  const words = cut > 0 ? all.slice(0, cut) : all;
  const head = headOf(text);
  // ("people familiar with the talks", "a person close to the mayor": someone with inside knowledge.)
  // ("people with knowledge of the plans", "officials with direct knowledge": the same, word list insideKnowledgeWords.)
  const familiar = cut > 0 && (/^(?:familiar|close|briefed|knowledgeable|involved|aware)$/i.test(all[cut])
    || (all[cut].toLowerCase() === 'with' && wordList('insideKnowledgeWords').has((all[cut + 1] ?? '').toLowerCase())));
  // ("these people said": the particular people just described.)
  const pointed = ['these', 'those'].includes(words[0].toLowerCase()) && words.length === 2;
  if (THING_HEADS.test(head) || (POPULATION_HEADS.test(head) && !familiar && !pointed) || (words.length > 2 && THING_HEADS.test(words[1]))) return false;
  // "its designers have said": the company it names speaks.
  if (words[0].toLowerCase() === 'its' || itsBeforeSpaces(a.text.slice(Math.max(0, src.start - 5), src.start))) return false;
  // "Ministers insist…", "Scottish ministers say…": the government's stated position, not an
  // unnamed source; "privately ministers believe", "a senior minister said" are.
  if (head.toLowerCase() === 'ministers' && !words.some((w) => /^(?:privately|senior|junior|some|one|two|three|several|a|an|unnamed|anonymous|many|few)$/i.test(w))) return false;
  if (/^(?:for|although|though|while|as|because|with|despite|news|in|on|to)$/i.test(words[0])) return false;
  if (/\b(?:whom|which|despite|comes|came)\b/i.test(text)) return false;
  if (/^(?:a|an|the)\s+(?:move|decision|plan|step|measure|deal|bid|change|policy|way)\s/i.test(text)) return false;
  // "an EU member": a country; "Members urged…": of the committee just named.
  if (/^(?:an?\s+)?\p{Lu}{2,}\s+members?$/u.test(text) || /^(?:(?:committee|panel|board|council|jury)\s+)?members$/i.test(text)) return false;
  // "an advance text released by officials": they published something, they are not quoted.
  if (/\b(?:released|issued|published|circulated)\s+by\s+$/i.test(a.text.slice(Math.max(0, src.start - 24), src.start))) return false;
  // "…," replied the witness: a role in a court report or a case, for the person just named.
  if (/^the\s+(?:witness|defendant|accused|claimant|plaintiff|complainant|victim|suspect|prisoner|patient|former \w+|singer|actor|actress|player|striker|manager|coach)$/i.test(text)) {
    const block = spanContaining(a.blocks, src.start);
    // (The paragraph's mentions by binary search: a scan of every person's mentions per source was sources × mentions.)
    if (block && mentionsIn(a, block.start, src.start).some((m) => m.kind === 'person')) return false;
  }
  // "Nearly three out of four girls said", "62% of users": a survey's finding.
  const before = a.text.slice(Math.max(0, src.start - 30), src.start);
  if (/(?:%|per cent|out of \w+|quarter|third|half|majority|minority|most|proportion)\s+(?:of\s+)?(?:all\s+|the\s+)?(?:\p{L}+\s)?$/iu.test(before)) return false;
  return true;
}

/**
 * Whether the description is put beside the person's name: "The prosecution's star witness,
 * former finance chief Scott Sullivan, said" or "David Kahn - a former Yale historian, and a
 * leading expert on code-breaking, who…".
 */
/** The starts and the ends of people's mentions, each sorted: built once per analysis, where each
 *  unnamed source read every mention of every person (sources × mentions on a long article). */
const PEOPLE_MENTIONS = new WeakMap<Analysis, { starts: Float64Array; ends: Float64Array }>();
function peopleMentions(a: Analysis): { starts: Float64Array; ends: Float64Array } {
  let v = PEOPLE_MENTIONS.get(a);
  if (!v) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const e of a.entities) {
      if (e.kind !== 'person') continue;
      for (const m of e.mentions) {
        starts.push(m.start);
        ends.push(m.end);
      }
    }
    v = { starts: Float64Array.from(starts).sort(), ends: Float64Array.from(ends).sort() };
    PEOPLE_MENTIONS.set(a, v);
  }
  return v;
}

/** Each entity with a mention starting at an offset: whether that mention is a full name, and the
 *  entity's first mention. Built once per analysis. */
const MENTION_STARTS = new WeakMap<Analysis, Map<number, { entity: Entity; full: boolean; first: number }[]>>();
const NONE: readonly { entity: Entity; full: boolean; first: number }[] = [];
function mentionsStartingAt(a: Analysis, pos: number): readonly { entity: Entity; full: boolean; first: number }[] {
  let index = MENTION_STARTS.get(a);
  if (!index) {
    index = new Map();
    for (const e of a.entities) {
      let first = Infinity;
      for (const m of e.mentions) first = Math.min(first, m.start);
      for (const m of e.mentions) {
        const list = index.get(m.start);
        const x = { entity: e, full: m.form === 'full', first };
        if (list) list.push(x);
        else index.set(m.start, [x]);
      }
    }
    MENTION_STARTS.set(a, index);
  }
  return index.get(pos) ?? NONE;
}

/** Whether a relative word ("who", "which") or an attribution's cue stands between two offsets. */
function clauseBetween(a: Analysis, from: number, to: number): boolean {
  for (let i = lowerBound(a.tokens, from); i < a.tokens.length && a.tokens[i].start < to; i++) {
    if (W.relative.has(lowerOf(a.tokens[i]))) return true;
  }
  // (A cue inside [from, to) starts there: the cues sorted by start, searched from the first at
  // or after `from`, so a long article's many sources do not each read every attribution.)
  const cues = cuesByStart(a.attributions);
  for (let i = lowerBound(cues, from); i < cues.length && cues[i].start < to; i++) if (cues[i].end <= to) return true;
  return false;
}

const CUES_BY_START = new WeakMap<readonly Attribution[], Span[]>();
/** The attributions' cue spans, sorted by start (made once per list of attributions). */
function cuesByStart(attributions: readonly Attribution[]): Span[] {
  let cues = CUES_BY_START.get(attributions);
  if (!cues) CUES_BY_START.set(attributions, (cues = attributions.map((x) => x.cue).sort((x, y) => x.start - y.start)));
  return cues;
}

function namedInApposition(a: Analysis, src: Span): boolean {
  const people = peopleMentions(a);
  // ("the staff member who succeeded him, Paul Lund, said": the name after the source's own
  // relative clause, at its first comma.)
  let open = src.end;
  const tail = a.text.slice(src.end, src.end + 120);
  if (W.relative.has(tail.trim().split(SPACES)[0].toLowerCase())) {
    const comma = indexOfOneOf(tail, ',.;:!?');
    if (comma >= 0 && tail[comma] === ',') open = src.end + comma;
  }
  const after = a.text.slice(open, open + 80);
  if (after[0] === ',' && isSpace(after[1])) {
    const stop = indexOfOneOf(after.slice(2), ',.;:!?');
    const limit = open + 2 + (stop < 0 ? after.length - 2 : stop);
    // (A person's mention starting after the source and before the limit: the first start past the source's end.)
    const k = firstAtOrAfter(people.starts, open + 1);
    if (k < people.starts.length && people.starts[k] > open && people.starts[k] < limit) return true;
  }
  // ("Mr Obama, officials said, has…": a plural after one person's name is a new subject, not a description of him.)
  // ("Mrs Clinton, these people said, …": "people" and "staff" are plural too.)
  const plural = endsInOneS(a.text.slice(src.start, src.end).trim()) || /^(?:people|staff)$/i.test(headOf(a.text.slice(src.start, src.end)));
  if (plural) return false;
  // (People's mentions ending at most 70 characters before the source.)
  for (let k = firstAtOrAfter(people.ends, src.start - 70); k < people.ends.length && people.ends[k] <= src.start; k++) {
    const between = a.text.slice(people.ends[k], src.start);
    // (Not across a clause of the person's own, "Ann Kite, who owed her seat to, as a diplomat put
    // it, …", or another source's, "Ann Kite, the Gazette reported, citing a council official": a
    // relative word or a verb of saying between; "David Kahn - a former Yale historian, and a
    // leading expert …" describes him.)
    if (markThenSpace(between, '-–—,') && !hasOneOf(between, '.;:!?') && !clauseBetween(a, people.ends[k], src.start)) return true;
  }
  return false;
}

/**
 * A delayed identification: the opening paragraph says "A PR expert has told the trial …" and the
 * next paragraph begins with the person's name ("Ann Kite told the court …").
 */
function namedNext(a: Analysis, at: { source: Span & { text: string }; sentence: number }): boolean {
  if (!startsWithAOrAn(at.source.text)) return false;
  const block = a.sentences[at.sentence].block;
  // (Only from the story's opening paragraph, or from a paragraph that opens with the unnamed source.)
  const opening = block <= 6 && a.blocks.slice(0, block).every((b) => b.kind === 'headline' || b.kind === 'standfirst' || b.kind === 'frontMatter' || b.kind === 'heading');
  if (!opening && !onlySpaceAnd(a.text.slice(a.blocks[block].start, at.source.start), QUOTE_MARKS)) return false;
  // (The next block with words, looked for from this one on: no copy of the rest of the block list per source.)
  let next: (typeof a.blocks)[number] | undefined;
  for (let i = block + 1; i < a.blocks.length && !next; i++) {
    const b = a.blocks[i];
    if (b.end > b.start && a.text.slice(b.start, b.end).trim() !== '') next = b;
  }
  if (!next) return false;
  const lead = skipSpaceAnd(a.text.slice(next.start, next.start + 5), QUOTE_MARKS);
  // The person is introduced there by full name, seen nowhere before: the one just described.
  // (The mentions starting there looked up, not every mention of every entity read per source.)
  const there = mentionsStartingAt(a, next.start + lead);
  if (there.some((x) => x.entity.kind === 'person' && x.full && x.first >= next.start)) return true;
  // (A name the entity stage missed: two capitalised words and a verb, "Ann Kite told …", the surname new here.)
  const name = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}[\p{L}'’-]+)\s+\p{Ll}+\b/u.exec(a.text.slice(next.start + lead, next.start + lead + 60));
  return !!name && !a.text.slice(0, next.start).includes(name[2]) && !there.some((x) => x.entity.kind !== 'person');
}

/**
 * Whether one unnamed person ("a fired staffer") is named in the two sentences after, by the same
 * head noun and a word of naming (word-lists.json namingWords) before a person's name: "a former
 * staffer named Ben Royle", "the aide, identified as Ann Kite". Token-based: the head, a naming
 * word (and "as"), then a person mention starting at the next token.
 */
function describedThenNamed(a: Analysis, at: { source: Span & { text: string }; sentence: number }): boolean {
  if (!startsWithAOrAn(at.source.text)) return false;
  const head = headOf(at.source.text).toLowerCase();
  const last = a.sentences[Math.min(a.sentences.length - 1, at.sentence + 2)];
  const toks = a.tokens;
  for (let i = lowerBound(toks, at.source.end); i + 2 < toks.length && toks[i].start < last.end; i++) {
    if (lowerOf(toks[i]) !== head) continue;
    let k = i + 1;
    if (toks[k].text === ',') k++;
    if (!wordList('namingWords').has(lowerOf(toks[k]))) continue;
    k++;
    if (toks[k] && lowerOf(toks[k]) === 'as') k++;
    if (toks[k] && mentionsStartingAt(a, toks[k].start).some((x) => x.entity.kind === 'person')) return true;
  }
  return false;
}

/** A counted group: "Three senators", "two aides", "both officials". */
const COUNTED_GROUP = /^(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|both|\d{1,2})\s/i;

/**
 * Whether a counted group ("Three senators said …") is named in the sentence after it, in the same
 * paragraph or at the start of the next: a list of two or more names ("Garn, Shelby and Heinz all
 * cited …"), none of them a common word, among them a person the entity stage found.
 */
function groupNamedNext(a: Analysis, at: Attribution, kb: KnowledgeBase): boolean {
  if (!COUNTED_GROUP.test(at.source.text.trim()) || !readsPlural(headOf(at.source.text))) return false;
  const next = a.sentences[at.sentence + 1];
  if (!next || next.block - a.sentences[at.sentence].block > 1) return false;
  // (The next sentence's tokens by binary search, not a pass over the whole article per source.)
  const toks: Token[] = [];
  for (let i = lowerBound(a.tokens, next.start); i < a.tokens.length && a.tokens[i].sentence === next.index; i++) toks.push(a.tokens[i]);
  const isName = (i: number) => {
    const t = toks[i];
    return !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !kb.isCommonWord(t.text.toLowerCase());
  };
  for (let i = 0; i < toks.length; i++) {
    if (!isName(i)) continue;
    // Names joined by commas and a final "and": "Garn, Shelby and Heinz".
    let n = 1;
    let k = i + 1;
    while (k + 1 < toks.length && toks[k].text === ',' && isName(k + 1)) { n++; k += 2; }
    if (toks[k]?.text === ',') k++;
    if (toks[k]?.text.toLowerCase() === 'and' && isName(k + 1)) {
      n++;
      // (People, not bodies: "Republicans and Democrats alike" name no senator.)
      const from = toks[i].start;
      const to = toks[k + 1].end;
      if (n >= 2 && mentionsIn(a, from, to).some((m) => m.kind === 'person')) return true;
    }
    i = k;
  }
  return false;
}

/**
 * Whether a counted group the story points back to ("The two lawmakers, however, argue …") is the
 * people it has just named: at least that many people named in its sentence before it or in the
 * sentence before, in the same paragraph or the one before.
 */
function groupNamedBefore(a: Analysis, at: Attribution): boolean {
  const w = at.source.text.trim().split(SPACES);
  const first = w[0].toLowerCase();
  // ("the two lawmakers", "both senators"; not "the one official", a single person.)
  const n = first === 'both' ? 2 : first === 'the' && w.length > 2 ? wordNumber(w[1]) : undefined;
  if (!n || n < 2 || !readsPlural(headOf(at.source.text))) return false;
  const s = a.sentences[at.sentence];
  const prev = a.sentences[at.sentence - 1];
  const from = prev && s.block - prev.block <= 1 ? prev.start : s.start;
  const people = new Set<string>();
  for (const m of mentionsIn(a, from, at.source.start)) if (m.kind === 'person') people.add(m.entity);
  return people.size >= n;
}

/** "U.S. officials have not said why", "officials could not be reached": nobody gave the story anything. */
const NEGATED_CUE = /\b(?:not|n['’]t|never|declined to|refused to|would not|did not)\s+(?:\p{L}+\s+){0,2}$/iu;

/** "the bespectacled, 71-year-old diplomat said": a definite description the phrase finder cut at a comma. */
const DEFINITE_BEFORE = /\b(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+$/iu;

/**
 * Whether a source is a title and a name, every word capitalised but the small words of a title
 * ("Minister of Education Ann Low"), ending in a given name and a surname.
 */
function endsInTitledName(text: string, kb: KnowledgeBase): boolean {
  const w = text.trim().split(SPACES);
  if (w.length < 2) return false;
  const [given, surname] = w.slice(-2);
  if (!/^\p{Lu}\p{Ll}/u.test(given) || !/^\p{Lu}\p{Ll}/u.test(surname) || !kb.isGivenName(given) || kb.isCommonWord(surname.toLowerCase())) return false;
  return w.slice(0, -2).every((x) => /^\p{Lu}/u.test(x) || /^(?:of|for|the|and|on)$/.test(x));
}

/** Whether an attribution closes its sentence after a comma: "…, people familiar with the talks
 *  said." or "…, said a senior official." (only closing marks after it). */
function closesSentence(a: Analysis, at: Attribution): boolean {
  const s = a.sentences[at.sentence];
  const first = Math.min(at.source.start, at.cue.start);
  const last = Math.max(at.source.end, at.cue.end);
  if (!s || !a.text.slice(Math.max(s.start, first - 3), first).trimEnd().endsWith(',')) return false;
  for (let i = last; i < s.end; i++) if (isWordChar(a.text[i])) return false;
  return true;
}

/** A new clause between two attributions: ", and", "; but", a semicolon. */
const NEW_CLAUSE = /(?:[,;]\s*(?:and|but|while|yet)\s|;)/i;


/** A word that singles out some of a group's members: with one, "officials insist" is an unnamed source again. */
const singlesOut = (w: string): boolean => wordList('singlingOutWords').has(w.toLowerCase());

/** "officials with the Harbour Board", "officials at the ministry of transport": a plural head,
 *  "at", "with", "of" or "from", and an organisation the entity stage found after it. */
function bodysPeople(a: Analysis, src: Span & { text: string }): boolean {
  const all = src.text.trim().split(SPACES);
  const cut = all.findIndex((w, n) => n > 0 && POST_HEAD.test(w));
  if (cut < 1 || !['at', 'with', 'of', 'from'].includes(all[cut].toLowerCase()) || !readsPlural(lettersOnly(all[cut - 1]))) return false;
  if (wordList('insideKnowledgeWords').has((all[cut + 1] ?? '').toLowerCase())) return false;
  const from = src.start + src.text.indexOf(all[cut], src.text.indexOf(all[cut - 1]));
  return mentionsIn(a, from, src.end).some((m) => m.kind === 'organisation');
}

/** A bare "officials" ("officials", "the officials", "agency officials"): no word singles some out. */
const BARE_OFFICIALS = /^(?:the\s+)?(?:\p{Ll}+\s+)?officials$/u;

/**
 * Whether the story opens on an announcement by a named body ("The agency announced plans
 * Tuesday …"): then a bare "officials said" goes on with that body's officials, speaking for it on
 * the record.
 */
function opensOnAnnouncement(a: Analysis): boolean {
  const body = a.blocks.filter((b) => b.kind === 'paragraph').slice(0, 2);
  return a.attributions.some((x) => x.source.kind === 'organisation'
    && /^(?:announc|unveil)/i.test(x.cue.text) && body.some((b) => x.cue.start >= b.start && x.cue.end <= b.end));
}

/** "a senior Donald Trump adviser", "one Clinton aide": one person the story does not name (a
 *  determiner of singleUnnamedDeterminers, a lower-case noun for people last), described by a
 *  person named before the noun — as "aides to Ann Vale" are. (Not "a Harbour Lines engineer",
 *  credited to the company; not "a Trump fan", who speaks for nobody: the noun must be a role
 *  that answers for someone, word-lists.json unnamedAideHeads.) */
function unnamedBesideName(a: Analysis, at: Attribution): boolean {
  if (at.source.kind !== 'person') return false;
  const words = at.source.text.trim().split(SPACES);
  if (words.length < 3 || words.length > 6 || !wordList('singleUnnamedDeterminers').has(words[0].toLowerCase())) return false;
  const head = words[words.length - 1];
  if (head !== head.toLowerCase() || !wordList('unnamedAideHeads').has(head)) return false;
  const ms = mentionsIn(a, at.source.start, at.source.end);
  // (A person the story names in full somewhere: "Juventus" or "Honda" read as a person's name
  // are the bodies whose officials speak for them.)
  const byId = ms.length ? new Map(a.entities.map((e) => [e.id, e])) : undefined;
  return ms.length > 0 && ms.every((m) => m.kind === 'person' && m.end < at.source.end - head.length && fullPersonName(byId!.get(m.entity)?.name ?? ''));
}

/** Two or more words, each capitalised as a person's name is (a hyphen only between capitals:
 *  "Jean-Michel Lemaire", not "Car-maker Honda"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.]*(?:-\p{Lu}[\p{Ll}'’.]*)*$/u;
function fullPersonName(name: string): boolean {
  const words = name.trim().split(SPACES);
  return words.length >= 2 && words.every((w) => NAME_WORD.test(w));
}

/**
 * "…, a spokesman said." with no body anywhere near: one spokesperson ("a", "one" or "another" and
 * a singular of clause-words.json spokesHeads, nothing else in the phrase, no "for …" after it)
 * when neither the sentence, nor its paragraph before it, nor the paragraph before that names an
 * organisation, a place or a publication, or points at a body ("the ministry", "the company":
 * "the" and a word of lexicon.json orgWords). A reader cannot tell whose spokesman it is; "The
 * ministry has denied it. A spokesman said …" is the ministry's, on the record.
 */
function bareSpokesperson(a: Analysis, at: Attribution): boolean {
  if (at.source.kind !== 'organisation' || at.source.entity) return false;
  const words = at.source.text.trim().split(SPACES);
  if (words.length !== 2 || !wordList('singleUnnamedDeterminers').has(words[0].toLowerCase()) || !wordList('spokespersonHeads').has(words[1].toLowerCase())) return false;
  const s = a.sentences[at.sentence];
  const next = a.text.slice(at.source.end, at.source.end + 12).trim().split(SPACES)[0].toLowerCase();
  if (['for', 'at', 'of', 'with', 'to', 'from', 'in'].includes(next)) return false;
  const from = a.blocks[Math.max(0, s.block - 1)].start;
  if (mentionsIn(a, from, s.end).some((m) => m.kind !== 'person')) return false;
  // ("the ministry says", "the company's": a body the story points at without its name, as the
  // subject of a verb or before a mark; "the school run" is no body.)
  const toks = a.tokens;
  for (let i = lowerBound(toks, from) + 1; i + 1 < toks.length && toks[i].start < s.end; i++) {
    if (lowerOf(toks[i - 1]) !== 'the' || !ORG_WORDS.has(lowerOf(toks[i]))) continue;
    const n = toks[i + 1];
    const nw = lowerOf(n);
    if (n.kind !== 'word' || W.aux.has(nw) || W.modal.has(nw) || W.be.has(nw) || cueVerb(nw)) return false;
  }
  return true;
}

/** A reason for anonymity (lexicon.json anonymityReasons) in the rest of the source's sentence:
 *  "according to a senior Ann Vale adviser who requested anonymity to speak candidly". */
function reasonAfter(a: Analysis, at: Attribution): Span | undefined {
  const s = a.sentences[at.sentence];
  const rest = a.text.slice(at.source.end, s.end).toLowerCase();
  for (const r of ANONYMITY_REASONS) {
    const k = rest.indexOf(r);
    if (k >= 0) return { start: at.source.end + k, end: at.source.end + k + r.length };
  }
  return undefined;
}

export const anonymousSource: Rule = {
  ...ruleMeta('anonymous-source'),
  check(a, ctx) {
    const out: Finding[] = [];
    let announced: boolean | undefined;
    for (const at of a.attributions) {
      // Headlines and standfirsts compress attribution ("…, aide says", "But expert says …"): they
      // sum up the body, and the body is where sourcing is judged.
      const blockKind = a.blocks[a.sentences[at.sentence]?.block]?.kind;
      if (blockKind === 'headline' || blockKind === 'standfirst') continue;
      // ("a senior Donald Trump adviser said": one unnamed person described by whom they work for.)
      // ("…, a spokesman said." with no body near: nobody the reader can name speaks.)
      if (at.source.kind !== 'anonymous' && !unnamedBesideName(a, at) && !bareSpokesperson(a, at)) continue;
      if (!readsAsSource(a, at.source)) continue;
      // "Three other executives agreed settlements": an act, not a statement.
      if (['agree', 'agreed'].includes(at.cue.text.toLowerCase())) continue;
      // "emails showed officials knew …", "aides have talked with …": what they knew or did, not what they told.
      if (wordList('anonymousActCues').has(at.cue.text)) continue;
      // "a student referred to on social media as …": a participle describing the object of a preposition.
      if (describedAfterPreposition(a, at)) continue;
      // "a young woman exclaimed", "one man shouted": someone heard crying out at a scene (word-lists.json outcryVerbs).
      if (wordList('outcryVerbs').has(at.cue.text.toLowerCase().split(' ').pop()!)) continue;
      // "one pupil asked whether …": a question is no claim to source.
      if (wordList('questionCues').has(at.cue.text)) continue;
      // "when a man tells a woman that …": someone in a general case after a word of condition,
      // with a verb in the present, is no source (word-lists.json conditionOpeners).
      if (wordList('conditionOpeners').has(wordBefore(a, at.source.start)) && at.cue.start > at.source.end && presentCue(at.cue.text)) continue;
      // "a judge said the system was lawful": a judge or coroner speaks on the public record, in
      // court (word-lists.json publicRecordRoles).
      if (wordList('publicRecordRoles').has(headOf(at.source.text).toLowerCase())) continue;
      // "county election officials said turnout was …": officials who run an election or a census
      // give its figures on the public record (word-lists.json publicRecordOffices, the word before
      // the head).
      if (officeOfRecord(at.source.text)) continue;
      // A title and a person's name ("Minister of Education Ann Low said"): named, whatever the
      // source kind ("executives who have worked with Ann Low" are not).
      if (endsInTitledName(at.source.text, ctx.kb)) continue;
      // "Ann Low says meeting participants outlined a plan": the named person inside whose words the
      // group appears is the one giving it (not across a new clause: "She has said little, and
      // people familiar with her thinking say …").
      // (Only the sentence's own attributions are asked: a scan of all of them for each unnamed
      // source grew with the square of a long document's attributions.)
      // (Nor when the unnamed source closes the sentence after a comma, "…, people familiar with the
      // session said.": the whole sentence before is theirs, the named speaker's words included.)
      if (!closesSentence(a, at) && reportsInSentence(a, at.sentence).some((x) => x !== at && (x.source.kind === 'person' || x.source.kind === 'organisation') && x.source.entity && !PRONOUNS.has(x.source.text.trim().toLowerCase())
        && x.content.start <= at.source.start && at.source.end <= x.content.end
        && !NEW_CLAUSE.test(a.text.slice(Math.max(x.cue.end, x.content.start), at.source.start)))) continue;
      // "Port officials insist …": the body's stated position, unless some of them are singled out;
      // a person's people have no body's line to state ("Vale advisers insist …" stay unnamed).
      const sourceWords = at.source.text.trim().split(SPACES);
      if (readsPlural(headOf(at.source.text)) && wordList('groupPositionCues').has(at.cue.text) && !sourceWords.some(singlesOut)
        && !mentionsIn(a, at.source.start, at.source.end).some((m) => m.kind === 'person')) continue;
      // "officials with the Harbour Board made clear …", "officials at the ministry said": a named
      // body's people, the body named after them, speak for it (not when some are singled out:
      // "senior officials at the ministry").
      if (bodysPeople(a, at.source) && !sourceWords.some(singlesOut)) continue;
      // A story that opens on a named body's announcement: its officials go on speaking for it.
      if (BARE_OFFICIALS.test(at.source.text.trim()) && !sourceWords.some(singlesOut) && (announced ??= opensOnAnnouncement(a))) continue;
      if (namedInApposition(a, at.source)) continue;
      if (namedNext(a, at) || identifiedNext(a, at)) continue;
      // "a lawsuit filed by a fired staffer …" / "The lawsuit, filed by a former staffer named Ben
      // Royle, …": the same description given a name in the next sentences.
      if (describedThenNamed(a, at)) continue;
      // "Three senators said they would vote against it. Garn, Shelby and Heinz all cited …": named next.
      if (groupNamedNext(a, at, ctx.kb)) continue;
      // "Senators Roth and Park wrote to the board. The two lawmakers argue …": named just before.
      if (groupNamedBefore(a, at)) continue;
      if (at.cue.start > at.source.end && NEGATED_CUE.test(a.text.slice(Math.max(at.source.end, at.cue.start - 40), at.cue.start))) continue;
      // (A bare singular can only go on with the description: "In the capital, officials said" is a new phrase.)
      if (!/^(?:a|an|the|one|some|two|three|several|many)\s/i.test(at.source.text) && !readsPlural(headOf(at.source.text))
        && DEFINITE_BEFORE.test(a.text.slice(Math.max(0, at.source.start - 60), at.source.start))) continue;
      const src = quoteText(a, at.source);
      const reason = at.anonymityReason ?? (at.source.kind !== 'anonymous' ? reasonAfter(a, at) : undefined);
      out.push({
        rule: this.id,
        severity: reason ? 'hint' : this.defaultSeverity,
        start: at.source.start,
        end: at.source.end,
        message: reason
          ? `Unnamed source “${src}”; the reason for anonymity is given (“${quoteText(a, reason)}”).`
          : `Unnamed source “${src}” with no reason for anonymity: name them, or say why they cannot be named.`,
        related: reason ? [{ start: reason.start, end: reason.end, message: 'The reason given for anonymity' }] : [],
        fixes: reason ? [] : [
          { title: 'Add a reason for anonymity', edits: [{ start: at.source.end, end: at.source.end, newText: ', who asked not to be identified because ${1:reason},' }], snippet: true },
          ignoreFix(this.id, at.source),
        ],
      });
    }
    return out;
  },
};

/** A cue in the present tense ("tells", "says", "insist"): not a past report. */
function presentCue(cue: string): boolean {
  const w = cue.trim().toLowerCase();
  return !w.includes(' ') && !w.endsWith('ed') && !wordList('pastSayingForms').has(w);
}
