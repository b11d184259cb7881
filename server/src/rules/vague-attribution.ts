import type { Analysis, Attribution, Entity, Finding, Quote, Span, Token } from '../analysis/types';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { attributionsBySentence, describedAfterPreposition, ignoreFix, nameInApposition, quoteText, withoutNested, wordBefore } from './util';
import { W, cueVerb } from '../analysis/attribution-cues';
import { sampleStart } from '../analysis/attribution-sample';
import { crowdAnaphor, crowdEstimates, crowdViewOpeners, heldViewSubjects, vagueCrowdEnd } from './vague-crowds';
import { lastStartingBy, lowerBound, mentionsIn } from '../analysis/spans';
import { ownerAfterFindings, standingFindingAt } from '../analysis/attributions';
import { lowerCase } from '../analysis/lower-case';
import { MONTHS, PRONOUNS, VAGUE_SOURCES } from '../analysis/lexicon';
import { isPersonNoun, lowerOf } from '../analysis/noun-phrase';
import { ONE_SPACE, SPACES, skipSpaceAnd, startsUpper, startsWithOneOf, words as wordList } from '../analysis/tokens';
import { publicationCreditedNext } from './report-named-next';

/** After white space, "that", a colon, a comma or an opening quotation mark: what is recalled or remembered follows. */
function thatOrMarkNext(s: string): boolean {
  const rest = s.slice(skipSpaceAnd(s, ''));
  return rest.startsWith('that') || startsWithOneOf(rest, ':,“"‘');
}

const NAMED = new Set(['person', 'organisation', 'publication', 'document', 'platform']);
/** A verb or preposition that makes rumours its object: "denied rumours", "talk about rumours". */
const RUMOUR_OBJECT = /\b(?:den(?:y|ies|ied|ying)|denial of|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|quash(?:es|ed|ing)?|scotch(?:es|ed|ing)?|confirm(?:s|ed|ing)?|(?:play|plays|played|playing) down|laugh(?:s|ed)? off|respond(?:s|ed|ing)? to|react(?:s|ed|ing)? to|address(?:es|ed|ing)?|ignor(?:e|es|ed|ing)|fend(?:s|ed)? off|about|over|by|(?:centre|center|subject|heart|target|source) of|spread(?:s|ing)?|fuell?(?:ed|ing)|spark(?:s|ed|ing)?|fann?(?:ed|ing))\s+(?:(?:the|these|those|recent|latest|persistent|widespread|growing|fresh|press|media|newspaper|any|all|such)\s+)*(?:(?!(?:but|and|or|as|while|because|that|yet|so)\s)[a-z-]+\s+)?$/i;

/** "In a report compiled by Transparency International": a document and its author. */
const NAMED_DOCUMENT = /\b(?:[Ii]n|[Aa]ccording to) (?:a|an|the|its|their|his|her) (?:[\p{L}\d-]+ ){0,3}?(?:report|study|survey|review|statement|book|paper|document|interview|letter|filing|audit|assessment)\b(?: (?:compiled|published|written|produced|issued|released|carried out|commissioned|prepared))? (?:by|from|for) (?:the )?(?:[\p{Ll}-]+ ){0,3}?\p{Lu}/u;

/**
 * Whether "by" follows findings in their clause (no comma, semicolon, colon or bracket before it,
 * within 40 characters) and a named body, person or outlet comes within 50 characters after it:
 * "a study last year by economists at Harbour University", "estimates made in March by the
 * Harbour Board". Read on the sentence's tokens.
 */
function authorByAfter(a: Analysis, from: number, si: number): boolean {
  const end = a.sentences[si].end;
  for (let i = lowerBound(a.tokens, from); i < a.tokens.length && a.tokens[i].start < Math.min(end, from + 40); i++) {
    const t = a.tokens[i];
    if (t.kind !== 'word') {
      if (',;:()'.includes(t.text)) return false;
      continue;
    }
    if (lowerOf(t) !== 'by') continue;
    const at = t.end + 1;
    return mentionsIn(a, at, Math.min(end, at + 50)).some((m) => m.kind === 'organisation' || m.kind === 'person' || m.kind === 'publication');
  }
  return false;
}

/** Plural heads of vague sources and the words that name such a group when it is introduced. */
const GROUP_WORDS: Record<string, RegExp> = {
  campaigners: /\bcampaign/i,
  researchers: /\b(?:research|academics?|university|institute|scientists?|study|studies)\b/i,
  scientists: /\b(?:scientists?|university|institute|researchers?|study)\b/i,
  academics: /\b(?:academics?|university|researchers?)\b/i,
  protesters: /\bprotest/i,
  organisers: /\borganis(?:er|ing|ation)/i,
  organizers: /\borganiz(?:er|ing|ation)/i,
  investigators: /\binvestigat/i,
  doctors: /\b(?:doctors?|hospital|surgeon)\b/i,
};

/** True when the source's plural head names a group whose named member or body spoke in the
 *  sentence before (or earlier in the same paragraph). */
function pointsBack(a: Analysis, at: Attribution, inSentence: (si: number) => readonly Attribution[]): boolean {
  const head = a.text.slice(at.source.start, at.source.end).trim().split(SPACES).pop()?.toLowerCase();
  const group = head ? GROUP_WORDS[head] : undefined;
  if (!group || /^(?:some|many|most|other|several|leading|independent)\b/i.test(a.text.slice(at.source.start, at.source.end))) return false;
  const si = at.sentence;
  for (let pi = si - 1; pi >= Math.max(0, si - 3); pi--) {
    if (pi < si - 1 && a.sentences[pi].block !== a.sentences[si].block) break;
    const ps = a.sentences[pi];
    if (inSentence(pi).some((o) => NAMED.has(o.source.kind)) && group.test(a.text.slice(ps.start, ps.end))) return true;
  }
  return false;
}

/** "…, they say", "the experts say" taking up a crowd nobody named (vague-crowds.ts), unless that
 *  crowd's own report points back to a body named before it (pointsBack). */
function anaphorOfCrowd(a: Analysis, at: Attribution, inSentence: (si: number) => readonly Attribution[]): boolean {
  const k = crowdAnaphor(a, at);
  if (k < 0) return false;
  const t = a.tokens[k];
  const antecedent = inSentence(t.sentence).find((o) => o.source.start <= t.start && t.end <= o.source.end);
  return !(antecedent && pointsBack(a, antecedent, inSentence));
}

/** A poll's sample as the source: "Half of GOP voters", "About four in 10" (attribution-sample.ts). */
function isSample(a: Analysis, at: Attribution): boolean {
  const from = lowerBound(a.tokens, at.source.start);
  let to = from;
  while (to < a.tokens.length && a.tokens[to].end <= at.source.end) to++;
  return to > from && sampleStart(a.tokens.slice(from, to), to - from - 1) === 0;
}

/** A poll's split right after a crowd's verb: "say by 55%-41%", "say, 60% to 31%,". */
const POLL_SPLIT_AFTER = /^,?\s+(?:by\s+(?:a\s+(?:[\p{L}-]+\s+)?margin\s+of\s+)?)?(?:about\s+|nearly\s+|almost\s+|roughly\s+)?\d[\d.]*\s?(?:%|percent|per cent)?\s?(?:-|–|to)\s?\d/u;
/** An object and "to" before a verb, after a verb of asking: "asking Hillary Clinton to repudiate". */
const REQUEST_OBJECT_TO = /^\s+(?:[\p{L}.'’-]+\s+){1,5}?to\s+\p{Ll}/u;

/** "Two others", "three critics": a crowd counted by a number, particular people. */
function countedCrowd(a: Analysis, at: Attribution): boolean {
  const words = a.text.slice(at.source.start, at.source.end).trim().toLowerCase().split(SPACES);
  return words.length === 2 && (/^\d+$/.test(words[0]) || W.numberWord.has(words[0])) && W.crowdPronoun.has(words[1]);
}

/** "have not said who they would back", "did not say": a verb of saying denied, no claim made. */
function notSaid(a: Analysis, at: Attribution): boolean {
  if (!/\b(?:say|says|said|saying)$/i.test(at.cue.text)) return false;
  return /\b(?:not|never)\b|n['’]t\b/i.test(a.text.slice(Math.min(at.source.end, at.cue.start), at.cue.end));
}

/** Heads of findings nobody is named for: "reports", "a new poll", "estimates". */
const FINDINGS_HEAD = /\b(?:reports?|polls?|surveys?|stud(?:y|ies)|estimates?|investigations?|accounts?|postings?)$/i;
/** What names the findings' author or outlet right after them: "by the Pew Research Center", "in Nature". */
/** ("a survey of 2,000 readers by the magazine Net Monthly", "a report earlier this week from the
 *  BRC", "an estimate, contained in a 1998 Department of Transport document", "an estimate contained in
 *  a 1998 Treasury paper": over what it surveyed,
 *  when, and a word saying what the author is; and a filing named by whom or where it was filed, "a
 *  registration document filed with the Harbour Exchange", "a lawsuit filed in Tarnby by Ann Vale".) */
const OWNED_AFTER = /^,?\s+(?:of\s+(?=\S)(?:[^,.;:]|[,.](?=\d)){1,40}?\s+)?(?:(?:earlier|last|this)\s+(?:this\s+)?(?:week|month|year)\s+|on\s+\p{Lu}\p{Ll}+day\s+)?(?:(?:published|conducted|commissioned|carried out|released|compiled|produced|contained|filed|submitted|lodged|issued|prepared|written)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+|(?:earlier|late|last|this)\s+(?:week|month|year)\s+|(?:yesterday|today)\s+)?)?(?:in|by|from|on|for|with)\s+(?:(?:the|a|an)\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:magazine|newspaper|paper|journal|website|charity|group|firm|company|institute|university|agency|think-tank|pollster|broadcaster|analysts|researchers|consultants|consultancy)\s+)?(?:\p{Lu}|(?:agency|department|ministry|company|firm|government|council|committee|campaign|party|bank|board|commission|court|university|institute)['’]s?\s)/u;
/** Findings whose phrase names their author: "a recent survey by Mediametrie", "reports in the Daily Post". */
const OWNED_INSIDE = /\b(?:reports?|polls?|surveys?|stud(?:y|ies)|estimates?|investigations?|accounts?)\s+(?:(?:published|conducted|commissioned|carried out|released|compiled|produced)\s+)?(?:in|by|from|for)\s+(?:the\s+)?\p{Lu}/u;
/** A named document or its author in the next two sentences: "The survey, conducted by the Harbour Institute, …". */
const NAMED_FINDINGS = /^[\s"“]*(?:The|This|That|A|An|One|Another)\s+(?:[\p{L}-]+\s+)?(?:poll|survey|study|report|research)s?\b[^.!?]{0,40}?\b(?:by|from|for)\s+(?:the\s+)?\p{Lu}/u;

function namedSoon(a: Analysis, si: number): boolean {
  for (const s of a.sentences.slice(si + 1, si + 3)) {
    if (NAMED_FINDINGS.test(a.text.slice(s.start, s.end))) return true;
  }
  return false;
}

/** A single finding ("…, a report says.") whose author the story gives: in the story's opening
 *  paragraph, a named source or a body named in the next three sentences (news names the report
 *  in the body); later, the finding taken up again beside a name ("The report, by BT, …", "…,
 *  which commissioned the survey"), or a named body reporting in the next two sentences. */
function authorSoon(a: Analysis, si: number, head: string, inSentence: (si: number) => readonly Attribution[], ix: AuthorIndex): boolean {
  // (A named body speaking right after counts only after the story's opening sentence, where news
  // writes "…, a report says." and names its author next.)
  const block = a.sentences[si].block;
  const opening = ix.firstParagraph < 0 || ix.firstParagraph >= block;
  const next = a.sentences.slice(si + 1, si + 4);
  // (Not from a sentence that brings in another finding on: "…, a June poll found …. And in Ohio, a
  // Marist College poll for NBC News showed …" names the second poll's makers, not the first's.)
  for (const x of opening ? next : []) {
    if (inSentence(x.index).some((o) => anotherFinding(a, o))) break;
    if (inSentence(x.index).some((o) => NAMED.has(o.source.kind)) || ix.organisationIn[x.index] === 1) return true;
  }
  // (A person quoted next is not the finding's author: "One news account described Ban sitting
  // glumly …. 'That was a hard moment,' Ban said." A body or an outlet reporting is.)
  for (let k = si + 1; k <= si + 2 && k < a.sentences.length; k++) {
    if (inSentence(k).some((o) => o.source.kind !== 'person' && NAMED.has(o.source.kind) && (o.source.entity || o.source.kind === 'organisation' || o.source.kind === 'publication') && !anotherFinding(a, o))) return true;
  }
  // The finding taken up again beside a name, in any later sentence.
  return lastTakenUp(a, head, ix) > si;
}

/** A named finding brought in as another one, "a Marist College poll … showed": "a" or "an"
 *  opens a new finding, not the author of the one before. */
function anotherFinding(a: Analysis, o: Attribution): boolean {
  return o.source.kind === 'document' && wordList('singleUnnamedDeterminers').has(lowerCase(a.text.slice(o.source.start, o.source.end).trimStart().split(' ')[0]));
}

/** A publication named in one of the three sentences after `si` (the outlet of bare "reports"). */
function outletSoon(a: Analysis, si: number): boolean {
  const next = a.sentences.slice(si + 1, si + 4);
  return next.length > 0 && mentionsIn(a, next[0].start, next[next.length - 1].end).some((m) => m.kind === 'publication');
}

/** What authorSoon reads of the whole article, worked out once per check (each finding read every
 *  later sentence of the article, and every mention for each: findings × sentences × mentions). */
interface AuthorIndex {
  /** The first paragraph block, or -1. */
  firstParagraph: number;
  /** 1 for a sentence that holds a whole mention of an organisation. */
  organisationIn: Uint8Array;
  /** 1 for a sentence that holds a whole mention of an organisation or a person. */
  actorIn: Uint8Array;
  /** By head word: the last sentence with an actor (actorIn) that takes a finding up again, or -1. */
  takenUp: Map<string, number>;
}

function authorIndex(a: Analysis): AuthorIndex {
  const n = a.sentences.length;
  const organisationIn = new Uint8Array(n);
  const actorIn = new Uint8Array(n);
  for (const e of a.entities) {
    if (e.kind !== 'organisation' && e.kind !== 'person') continue;
    for (const m of e.mentions) {
      // (The sentences holding the mention whole: the last one starting by it, and one before
      // only should the mention be empty at its end.)
      for (let k = lastStartingBy(a.sentences, m.start); k >= 0 && a.sentences[k].end >= m.start; k--) {
        const s = a.sentences[k];
        if (m.start < s.start || m.end > s.end) continue;
        actorIn[k] = 1;
        if (e.kind === 'organisation') organisationIn[k] = 1;
      }
    }
  }
  return { firstParagraph: a.blocks.findIndex((b) => b.kind === 'paragraph'), organisationIn, actorIn, takenUp: new Map() };
}

/** The last sentence naming an actor that takes the finding (`head`: "report", "poll") up again
 *  ("The report, by BT, …", "…, which commissioned the survey"), or -1: found once per head word. */
function lastTakenUp(a: Analysis, head: string, ix: AuthorIndex): number {
  let v = ix.takenUp.get(head);
  if (v !== undefined) return v;
  const again = new RegExp(`\\b(?:the|this|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${head}|research|findings|analysis)\\b`, 'iu');
  v = -1;
  for (let k = a.sentences.length - 1; k >= 0; k--) {
    const s = a.sentences[k];
    if (ix.actorIn[k] === 1 && again.test(a.text.slice(s.start, s.end))) {
      v = k;
      break;
    }
  }
  ix.takenUp.set(head, v);
  return v;
}

/** Hearsay joined to the source before it: "media reports and party sources described …" (heads from clause-words.json hearsayHeads). */
const JOINED_HEARSAY = new RegExp(`(?:^|[\\s,(])((?:(?:media|press|news|unconfirmed|local|recent)\\s+)?(?:${[...W.hearsay].join('|')}))\\s+and\\s+$`, 'i');

/** A figure given as hearsay by the adjective before it: "earning the family a reported $85m", "for
 *  a rumoured fee of £20m", "a purported 2,000 members". (Indefinite only: "the reported $85m" goes
 *  back to a report the story has named.) */
const HEARSAY_FIGURE = /\b(?:a|an)\s(?:reported|rumoured|rumored|purported)\s(?:[\p{Ll}-]+\s){0,2}?(?:of\s)?(?:about\s|around\s|some\s|nearly\s|almost\s|more\sthan\s|over\s|up\sto\s)?$/iu;

/** Findings for figures hedged as hearsay ("a reported $85m"), unless the words are what a named
 *  source is reported saying (that source answers for them). */
function hearsayFigures(a: Analysis, inSentence: (si: number) => readonly Attribution[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  for (const q of a.quantities) {
    const s = a.sentences[q.sentence];
    if (!s || a.blocks[s.block]?.kind === 'headline') continue;
    const m = HEARSAY_FIGURE.exec(a.text.slice(Math.max(s.start, q.start - 50), q.start));
    if (!m) continue;
    const start = q.start - m[0].length;
    if (inSentence(q.sentence).some((o) => NAMED.has(o.source.kind) && o.content.start <= start && q.end <= o.content.end + 1)) continue;
    out.push({ rule, severity, start, end: q.end, message: `“${quoteText(a, { start, end: q.end })}” does not say who reported the figure: name the source, or the organisation they speak for.`, related: [], fixes: [ignoreFix(rule, { start, end: q.end })] });
  }
  return out;
}

/** "the chair's rumoured ambitions", "a purported leak", "the reputed owner": an adjective of
 *  hearsay (word-lists.json hearsayModifiers) after a determiner or a possessive and before the
 *  noun it hedges gives the claim to nobody. Not before a figure (hearsayFigures), not inside a
 *  quotation or what a named source is reported saying, not where another finding covers it. */
function hearsayModifiers(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const list = wordList('hearsayModifiers');
  const toks = a.tokens;
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  for (let i = 1; i + 1 < toks.length; i++) {
    const w = lowerOf(toks[i]);
    if (!list.hasLower(w) || toks[i].text !== w) continue;
    const si = toks[i].sentence;
    if (!inBody(a, si)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev.sentence !== si || next.sentence !== si || next.kind !== 'word') continue;
    const pw = lowerOf(prev);
    // (After "the", "a", "his", "its" or a possessive "’s", "s’".)
    if (!(W.det.has(pw) || pw === "'s" || pw === '’s' || pw === "'" || pw === '’' || (prev.kind === 'word' && (pw.endsWith("'s") || pw.endsWith('’s'))))) continue;
    const nw = lowerOf(next);
    if (W.preposition.has(nw) || W.det.has(nw) || W.coordinator.has(nw) || nw === 'to' || nw === 'as' || nw === 'by' || nw === 'that') continue;
    const start = toks[i].start;
    const end = next.end;
    if (inQuote(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => o.source.kind !== 'vague' && o.content.start <= start && end <= o.content.end + 1 && !storyClauseBetween(a, o.cue.end, start))) continue;
    overlapsFound.add(start, end);
    out.push(unnamedFinding(a, rule, severity, start, end));
  }
  return out;
}

/** Standings grounded in polls nobody names: "trails her rival in the polls", "led in several recent
 *  Ohio surveys" — unless the words are a named source's, or the polls' owner follows. */
function unnamedStandings(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const byStart = new Map<number, { id: string; end: number }>();
  for (const e of a.entities) for (const m of e.mentions) byStart.set(m.start, { id: e.id, end: m.end });
  const entityById = new Map(a.entities.map((e) => [e.id, e]));
  const demonymAt = new Set(a.demonyms.map((d) => d.span.start));
  const toks = a.tokens;
  const mention = (x: Token) => byStart.get(x.start);
  // (The findings so far and the speech quotes looked up by binary search, not each read per candidate.)
  const overlapsFound = overlapIndex(found);
  const inSpeech = insideQuote(a, true);
  for (let i = 0; i < toks.length; i++) {
    if (lowerOf(toks[i]) !== 'in') continue;
    // (The rest in a function of its own: closures made in this loop cost every token an allocation.)
    const f = unnamedStandingAt(a, i, inSentence, overlapsFound, inSpeech, rule, severity, mention, entityById, demonymAt);
    if (f) out.push(f);
  }
  return out;
}

/** "still leads many Republican polls", "sits atop the polls in Iowa", "the top spot in many
 *  Republican polls": a standing in polls nobody names, after a verb or a word of standing
 *  (word-lists.json pollStandingWords), over words that only scope the polls (determiners,
 *  quantifiers and pollScopeWords: "many", "recent", "national", "Republican"), to "polls" or
 *  "surveys" with no owner after them ("by", "for", "conducted", a bracket). "in" + lower-case words
 *  + "polls" is unnamedStandings'; here "in" counts only with a capitalised scope word. Not inside a
 *  quotation of speech or a named source's words, not where another finding covers the words. */
function pollsLed(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const verbs = wordList('pollStandingWords');
  const scope = wordList('pollScopeWords');
  const toks = a.tokens;
  const overlapsFound = overlapIndex(found);
  const inSpeech = insideQuote(a, true);
  for (let i = 0; i < toks.length - 1; i++) {
    const w = lowerOf(toks[i]);
    const isIn = w === 'in';
    if (!isIn && !(verbs.hasLower(w) && toks[i].text === w)) continue;
    const si = toks[i].sentence;
    if (!inBody(a, si)) continue;
    let k = i + 1;
    let named = false;
    for (; k < i + 5 && k < toks.length && toks[k].sentence === si && toks[k].kind === 'word'; k++) {
      const t = lowerOf(toks[k]);
      if (W.standingFinding.has(t)) break;
      if (!(W.det.has(t) && !W.possessive.has(t)) && !W.crowd.has(t) && !W.crowdPronoun.has(t) && !scope.has(t)) break;
      if (startsUpper(toks[k].text) && scope.has(t)) named = true;
    }
    if (k >= toks.length || toks[k].sentence !== si || !W.standingFinding.has(lowerOf(toks[k])) || toks[k].text !== lowerOf(toks[k])) continue;
    if (isIn && !named) continue;
    const nx = toks[k + 1];
    if (nx && nx.sentence === si && (ownerAfterFindings(toks, k + 1) || nx.text === '(')) continue;
    const start = toks[i].start;
    const end = toks[k].end;
    if (inSpeech(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => NAMED.has(o.source.kind) && o.content.start <= start && end <= o.content.end + 1)) continue;
    // (An owner after the polls, "in The Gazette"; not a place, "atop the polls in Iowa".)
    const owner = OWNED_AFTER.exec(a.text.slice(end, end + 90));
    if (owner && !mentionsIn(a, end + owner[0].length - 1, end + owner[0].length + 40).some((m) => m.kind === 'place' && m.start === end + owner[0].length - 1)) continue;
    overlapsFound.add(start, end);
    out.push({ rule, severity, start, end, message: `“${quoteText(a, { start, end })}” does not say whose polls: name the pollster, or the poll.`, related: [], fixes: [ignoreFix(rule, { start, end })] });
  }
  return out;
}

/** "he is polling a distant third", "she was polling ahead of her rival", "is polling at 12%": a
 *  form of "be" and "polling" before a standing (word-lists.json pollingStandings, or "a" or "an"
 *  and up to two words before one): a standing in polls nobody names. Not inside a quotation of
 *  speech or a named source's words, not where another finding covers the words. */
function pollingStandings(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const standings = wordList('pollingStandings');
  const toks = a.tokens;
  const overlapsFound = overlapIndex(found);
  const inSpeech = insideQuote(a, true);
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i].text !== 'polling') continue;
    const si = toks[i].sentence;
    if (!inBody(a, si)) continue;
    // A form of "be" before, over up to two adverbs ("is still polling").
    let b = i - 1;
    while (b > i - 3 && b > 0 && toks[b].sentence === si && isPassiveAdverb(toks[b].text)) b--;
    if (toks[b].sentence !== si || !W.be.has(lowerOf(toks[b]))) continue;
    const nx = toks[i + 1];
    if (nx.sentence !== si || nx.kind !== 'word') continue;
    let end = -1;
    if (standings.has(lowerOf(nx))) end = nx.end;
    else if (lowerOf(nx) === 'a' || lowerOf(nx) === 'an') {
      for (let k = i + 2; k < i + 5 && k < toks.length && toks[k].sentence === si && toks[k].kind === 'word'; k++) if (standings.has(lowerOf(toks[k]))) { end = toks[k].end; break; }
    }
    if (end < 0) continue;
    const start = toks[b].start;
    if (inSpeech(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => NAMED.has(o.source.kind) && o.content.start <= start && end <= o.content.end + 1)) continue;
    overlapsFound.add(start, end);
    out.push({ rule, severity, start, end, message: `“${quoteText(a, { start, end })}” does not say whose polls: name the pollster, or the poll.`, related: [], fixes: [ignoreFix(rule, { start, end })] });
  }
  return out;
}

/** unnamedStandings at the token `i` ("in"): its finding, or null. */
function unnamedStandingAt(a: Analysis, i: number, inSentence: (si: number) => readonly Attribution[], overlapsFound: (start: number, end: number) => boolean, inSpeech: (start: number, end: number) => boolean, rule: string, severity: Finding['severity'], mention: (x: Token) => { id: string; end: number } | undefined, entityById: Map<string, Entity>, demonymAt: Set<number>): Finding | null {
  const toks = a.tokens;
  const si = toks[i].sentence;
  const s = a.sentences[si];
  if (!s || a.blocks[s.block]?.kind === 'headline' || (a.blocks[s.block]?.kind !== 'paragraph' && a.blocks[s.block]?.kind !== 'standfirst')) return null;
  const head = standingFindingAt(toks, i, mention, entityById, demonymAt);
  if (head < 0 || toks[head].sentence !== si) return null;
  const start = toks[i].start;
  const end = toks[head].end;
  if (inSpeech(start, end)) return null;
  if (inSentence(si).some((o) => NAMED.has(o.source.kind) && o.content.start <= start && end <= o.content.end + 1)) return null;
  if (OWNED_AFTER.test(a.text.slice(end, end + 90))) return null;
  if (overlapsFound(start, end)) return null;
  return { rule, severity, start, end, message: `“${quoteText(a, { start, end })}” does not say whose polls: name the pollster, or the poll.`, related: [], fixes: [ignoreFix(rule, { start, end })] };
}

/** Adverbs that may stand between "is"/"has been" and an opinion passive: "has long been considered". */
const PASSIVE_ADVERBS = new Set(['long', 'also', 'still', 'often', 'now', 'already', 'once', 'even', 'always', 'never', 'not']);
/** An adverb in that place: one of those, or a lower-case word in -ly ("widely", "generally"). */
function isPassiveAdverb(t: string): boolean {
  return PASSIVE_ADVERBS.has(t) || (t.length > 3 && t.endsWith('ly') && t === lowerCase(t));
}

/** "Ms Vance is seen as the favourite", "has long been considered a contender", "was described as
 *  reckless": an opinion in the passive that nobody is named as holding (word-lists.json
 *  opinionPassives). Not with an agent after "by", not in a quotation or in a named or unnamed
 *  source's reported words, not where another finding already covers the words. */
function opinionPassives(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const list = wordList('opinionPassives');
  const bare = wordList('opinionPassivesBare');
  const openers = wordList('opinionBareOpeners');
  const naming = wordList('opinionPassivesNaming');
  const agents = wordList('crowdAgentPassives');
  const toks = a.tokens;
  // (The findings so far and the quotations looked up by binary search, not scanned per candidate.)
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  for (let i = 1; i < toks.length - 1; i++) {
    const w = lowerOf(toks[i]);
    if (!list.hasLower(w) && !bare.hasLower(w) && !naming.hasLower(w) && !agents.hasLower(w)) continue;
    const f = opinionPassiveAt(a, i, w, bare, openers, naming, agents.has(w) || list.has(w), inSentence, overlapsFound, inQuote, rule, severity);
    if (f) out.push(f);
  }
  return out;
}

/** opinionPassives at the participle `i`: its finding, or null. */
function opinionPassiveAt(a: Analysis, i: number, w: string, bare: ReturnType<typeof wordList>, openers: ReturnType<typeof wordList>, naming: ReturnType<typeof wordList>, judging: boolean, inSentence: (si: number) => readonly Attribution[], overlapsFound: (start: number, end: number) => boolean, inQuote: (start: number, end: number) => boolean, rule: string, severity: Finding['severity']): Finding | null {
  const toks = a.tokens;
  const si = toks[i].sentence;
  if (!inBody(a, si)) return null;
  // A form of "be" right before, or before up to two adverbs.
  let b = i - 1;
  while (b > i - 3 && b >= 0 && toks[b].sentence === si && isPassiveAdverb(toks[b].text)) b--;
  // ("is widely known and seen as …": a participle joined by "and" to another after "be" shares
  // its "be".)
  b = sharedBeBefore(toks, b, si);
  const bw = b >= 0 && toks[b].sentence === si ? lowerOf(toks[b]) : '';
  // ("being portrayed as a flip-flopper" is the passive too; "is being considered as a
  // replacement" weighs a candidate, it gives no view.)
  const beBefore = W.be.has(bw) && (bw !== 'being' || w !== 'considered');
  // Or a reduced passive set off on its own: opening the sentence ("Considered toxic in the
  // capital, the tax …"), or after a comma, a dash or a bracket ("…, widely seen as a rescue",
  // "rhetoric — considered harsher than …"). (Not after a noun: "the rise seen a year ago",
  // "the industry considered the options" are no opinion.)
  const reduced = !beBefore && (bw === '' || wordList('reducedPassiveMarks').has(toks[b].text));
  if (!beBefore && !reduced) return null;
  // ("seeks to be seen as the leader", "keen to avoid being seen as weak": what someone wants to be
  // seen as reports nobody's view; word-lists.json goalWords.)
  if (beBefore && goalBefore(toks, b, si)) return null;
  // "is seen as …"; "considered a contender", "deemed too risky"; "considered politically toxic",
  // "considered harsher than …" (an adverb in -ly before its adjective, or a comparison).
  const next = toks[i + 1];
  if (next.sentence !== si) return null;
  const nw = lowerOf(next);
  // (Over a crowd as agent to the "as": "is seen by other leaders of the party as …".)
  let asAt = nw === 'as' ? i + 1 : -1;
  if (nw === 'by' && crowdAfter(toks, i + 2, si)) {
    for (let k = i + 2; k < toks.length && k <= i + 10 && toks[k].sentence === si && toks[k].text !== ','; k++) if (lowerOf(toks[k]) === 'as') { asAt = k; break; }
  }
  // (Not "was called as a witness": the naming participles judge only with "a" next.)
  const asNext = asAt >= 0 && w !== 'thought' && !naming.has(w);
  const after = toks[i + 2] && toks[i + 2].sentence === si ? toks[i + 2] : undefined;
  // (Set off without "be", a bare complement opening with an article may be an active verb's
  // object: "The board, after a long debate, considered a motion", "Smith - wrongly thought the
  // ball was out".)
  const bareNext = bare.has(w) && ((openers.has(nw) && !(reduced && W.det.has(nw) && nw !== 'one'))
    || (!!after && after.kind === 'word' && lowerOf(after) === 'than' && next.kind === 'word' && next.text === nw)
    || (nw.length > 4 && nw.endsWith('ly') && next.text === nw && !!after && after.kind === 'word' && after.text === lowerOf(after) && !W.preposition.has(lowerOf(after)) && !W.det.has(lowerOf(after))));
  // ("has been called a Republican Obama", "was branded a traitor": a judgement opening with "a"
  // after a past or perfect "be"; "what is called an 'A' item", "risks being labelled a …" name or
  // suppose, they report no one's judgement.)
  // (After a perfect "been", "the" too: "has been called the most dangerous road", "had been dubbed
  // the “Iron Lady”"; "was called the Island Queen" and "what had been called the Golden Week" name.)
  const namedAs = naming.has(w) && (((bw === 'was' || bw === 'were' || bw === 'been') && (nw === 'a' || nw === 'an'))
    || (bw === 'been' && nw === 'the' && !(b >= 2 && toks[b - 2].sentence === si && lowerOf(toks[b - 2]) === 'what')));
  // ("a good idea, approved by most economists", "is disputed by some experts": a judging
  // participle whose agent is a crowd of lexicon.json vagueSources.)
  const crowdBy = judging && nw === 'by' ? vagueCrowdEnd(toks, i + 2, si) : -1;
  if (!asNext && !bareNext && !namedAs && crowdBy < 0) return null;
  // An agent after "by" in the sentence names who holds the view, unless it is a crowd nobody is
  // named in ("is seen by other leaders of the party as …", "was dismissed by many as …").
  // (Within 30 words: a long sentence is not read to its end for each participle.)
  // (Not past a relative word set off by a comma or a dash, whose clause has a passive of its own:
  // "opportunities - seen as beneficial to students - that had been scotched by the legislature".)
  for (let k = i + 1; k < toks.length && k <= i + 30 && toks[k].sentence === si && !(W.relative.has(lowerOf(toks[k])) && toks[k - 1].kind === 'punct'); k++) if (lowerOf(toks[k]) === 'by' && !crowdAfter(toks, k + 1, si)) return null;
  // (The auxiliary before "be": "has long been considered".)
  let first = reduced ? b + 1 : b;
  for (let k = b - 1; !reduced && k >= 0 && k >= b - 3 && toks[k].sentence === si; k--) {
    const x = lowerOf(toks[k]);
    if (x === 'has' || x === 'have' || x === 'had' || W.modal.has(x)) { first = k; break; }
    if (!isPassiveAdverb(toks[k].text)) break;
  }
  const start = toks[first].start;
  const end = asNext ? toks[asAt].end : crowdBy >= 0 ? toks[crowdBy].end : toks[i].end;
  if (inQuote(start, end)) return null;
  // (A sentence that gives someone's words, "Before now, he said, Apple has been seen as …", is theirs.)
  // (Only words inside what they are reported saying: "The mayor, who is seen as a reformer,
  // hopes to win" gives the view to nobody; the mayor only hopes.)
  // (An aside before the passive, "Before now, he said, the pier has been seen as …", gives the rest
  // of the sentence to its speaker.)
  if (inSentence(si).some((o) => o.source.kind !== 'vague' && ((o.content.start <= start && end <= o.content.end + 1)
    || (o.cue.end <= start && a.text.slice(o.cue.end, o.cue.end + 3).trimStart().startsWith(','))
    // (And so does a speaker after the words: "…, as they were still considered a threat, he told MPs.")
    || (end <= Math.min(o.source.start, o.cue.start) && a.text.slice(Math.max(0, Math.min(o.source.start, o.cue.start) - 3), Math.min(o.source.start, o.cue.start)).trimEnd().endsWith(','))))) return null;
  if (overlapsFound(start, end)) return null;
  // ("Ms Vale is seen as more capable - 60 percent of voters said she would …": a survey's sample
  // in the sentence holds the view.)
  if (inSentence(si).some((o) => o.source.kind === 'vague' && isSample(a, o))) return null;
  const phrase = quoteText(a, { start, end });
  return { rule, severity, start, end, message: `“${phrase}” does not say who: name the source, or the organisation they speak for.`, related: [], fixes: [ignoreFix(rule, { start, end })] };
}

/** Whether the "be" at `b` is an infinitive after a word of wanting or trying ("seeks to be", "keen
 *  to be"), or "being" after one ("avoid being"): word-lists.json goalWords. */
function goalBefore(toks: readonly Token[], b: number, si: number): boolean {
  const goal = wordList('goalWords');
  const bw = lowerOf(toks[b]);
  if (bw === 'be') return b >= 2 && toks[b - 2].sentence === si && lowerOf(toks[b - 1]) === 'to' && goal.has(lowerOf(toks[b - 2]));
  return bw === 'being' && b >= 1 && toks[b - 1].sentence === si && goal.has(lowerOf(toks[b - 1]));
}

/** Where token `b` is "and" after a participle in lower case ("known", "praised") that a form
 *  of "be" stands before (over up to two adverbs: "is already widely known and"), that "be";
 *  else `b`. */
function sharedBeBefore(toks: readonly Token[], b: number, si: number): number {
  if (b < 2 || toks[b].sentence !== si || lowerOf(toks[b]) !== 'and') return b;
  const p = toks[b - 1];
  if (p.sentence !== si || p.kind !== 'word' || p.text !== lowerOf(p) || !(p.text.endsWith('ed') || p.text.endsWith('wn') || p.text.endsWith('en'))) return b;
  let c = b - 2;
  while (c > b - 5 && c >= 0 && toks[c].sentence === si && isPassiveAdverb(toks[c].text)) c--;
  return c >= 0 && toks[c].sentence === si && W.be.has(lowerOf(toks[c])) && lowerOf(toks[c]) !== 'being' ? c : b;
}

/** Whether the words from token `k` are a crowd nobody is named in: a quantifier ("many", "some",
 *  "other leaders"), or a plain noun for such a crowd ("critics", "political analysts"). */
function crowdAfter(toks: readonly Token[], k: number, si: number): boolean {
  const t = toks[k];
  if (!t || t.sentence !== si || t.kind !== 'word' || t.text !== lowerOf(t)) return false;
  if (W.crowd.has(t.text) || W.crowdPronoun.has(t.text) || W.group.has(t.text)) return true;
  for (let j = k; j < k + 2 && j < toks.length && toks[j].sentence === si && toks[j].kind === 'word' && toks[j].text === lowerOf(toks[j]); j++) {
    if (VAGUE_SOURCES.has(toks[j].text)) return true;
  }
  return false;
}

/** Spans sorted by start, with the largest end up to each. */
interface Reach { sorted: Span[]; maxEnd: number[] }
const byStart = (x: Span, y: Span) => x.start - y.start;

/** Whether a span of `r` overlaps start..end (one starts before `end` and reaches past `start`). */
function reaches(r: Reach, start: number, end: number): boolean {
  const k = lowerBound(r.sorted, end) - 1;
  return k >= 0 && r.maxEnd[k] > start;
}

/** `r` with one more span. In document order, as a rule, an append; otherwise the span goes in at
 *  its place and only the largest ends it raises change (they rise to its end, up to the first that
 *  is already as large: the largest ends never fall). */
function addTo(r: Reach, start: number, end: number): void {
  const { sorted, maxEnd } = r;
  let k = sorted.length;
  while (k > 0 && sorted[k - 1].start > start) k--;
  const before = k ? maxEnd[k - 1] : -Infinity;
  if (k === sorted.length) {
    sorted.push({ start, end });
    maxEnd.push(Math.max(before, end));
    return;
  }
  sorted.splice(k, 0, { start, end });
  maxEnd.splice(k, 0, Math.max(before, end));
  for (let j = k + 1; j < maxEnd.length && maxEnd[j] < end; j++) maxEnd[j] = end;
}

/** The rule's findings so far (the `found` each later pass is given: the same list, added to between
 *  passes), sorted once and merged with what each pass added, not sorted again for each pass. */
const FOUND_REACH = new WeakMap<readonly Span[], { count: number; reach: Reach }>();
function foundReach(found: readonly Span[]): Reach {
  let memo = FOUND_REACH.get(found);
  if (!memo || memo.count > found.length) FOUND_REACH.set(found, (memo = { count: 0, reach: { sorted: [], maxEnd: [] } }));
  if (memo.count < found.length) {
    const fresh: Span[] = [];
    for (let i = memo.count; i < found.length; i++) fresh.push({ start: found[i].start, end: found[i].end });
    fresh.sort(byStart);
    const old = memo.reach.sorted;
    const sorted: Span[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < fresh.length) sorted.push(j >= fresh.length || (i < old.length && old[i].start <= fresh[j].start) ? old[i++] : fresh[j++]);
    const maxEnd: number[] = [];
    for (const f of sorted) maxEnd.push(Math.max(f.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity));
    memo.reach = { sorted, maxEnd };
    memo.count = found.length;
  }
  return memo.reach;
}

/**
 * Whether a span overlaps one of `found` (start < end, end > start), or one put in with `add`, by
 * binary search over each, sorted by start with the largest end up to each. What a pass adds is
 * kept apart from the findings before it: added in among them, each span moved every finding
 * after it (a pass finding as many as the passes before it was quadratic).
 */
function overlapIndex(found: readonly Span[]): ((start: number, end: number) => boolean) & { add(start: number, end: number): void } {
  const base = found.length ? foundReach(found) : undefined;
  const own: Reach = { sorted: [], maxEnd: [] };
  const overlaps = (start: number, end: number) => (base !== undefined && reaches(base, start, end)) || (own.sorted.length > 0 && reaches(own, start, end));
  return Object.assign(overlaps, { add: (start: number, end: number) => addTo(own, start, end) });
}

/** Whether a span lies inside one of `spans` (start ≤ its start, its end ≤ end), by binary search
 *  over the spans sorted by start with the largest end up to each. */
function containmentIndex(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort(byStart);
  const maxEnd: number[] = [];
  for (const q of sorted) maxEnd.push(Math.max(q.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -Infinity));
  return (start, end) => {
    const k = lowerBound(sorted, start + 1) - 1;
    return k >= 0 && maxEnd[k] >= end;
  };
}

/** Whether a span lies inside a quotation (`speech`: a quotation of speech) of the analysis: the
 *  index made once per list of quotations, not once for each pass of the rule. */
const QUOTE_INDEXES = new WeakMap<readonly Quote[], { all?: (start: number, end: number) => boolean; speech?: (start: number, end: number) => boolean }>();
function insideQuote(a: Analysis, speech = false): (start: number, end: number) => boolean {
  let memo = QUOTE_INDEXES.get(a.quotes);
  if (!memo) QUOTE_INDEXES.set(a.quotes, (memo = {}));
  return speech ? (memo.speech ??= containmentIndex(a.quotes.filter((q) => q.speech).map((q) => q.inner))) : (memo.all ??= containmentIndex(a.quotes.map((q) => q.inner)));
}

/** "there has been much speculation that …", "there is growing anger in party circles",
 *  "suspicions persist that …", "concerns rose on Monday over …", "amid widespread suggestions
 *  that …" (word-lists.json unheldViewOpeners): a view stated as there, or as
 *  growing, that nobody is said to hold (word-lists.json unheldViewNouns, with unheldViewIntensifiers
 *  before the noun and unheldViewVerbs after it). Not inside a quotation or in words a source is
 *  reported saying, not where another finding already covers the words. */
function unheldViews(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const nouns = wordList('unheldViewNouns');
  const intensifiers = wordList('unheldViewIntensifiers');
  const verbs = wordList('unheldViewVerbs');
  const toks = a.tokens;
  // (Quotes and findings looked up by binary search, not each read per candidate.)
  const inQuote = insideQuote(a);
  const overlapsFound = overlapIndex(found);
  const overlapsOwn = overlapIndex([]);
  for (let i = 1; i < toks.length - 1; i++) {
    if (!nouns.hasLower(lowerOf(toks[i]))) continue;
    const si = toks[i].sentence;
    if (!inBody(a, si)) continue;
    // Before the noun: "there" and a form of "be" ("there has been", "there are"), over intensifiers.
    let b = i - 1;
    while (b > 0 && toks[b].sentence === si && intensifiers.hasLower(lowerOf(toks[b]))) b--;
    let start = -1;
    let end = toks[i].end;
    if (toks[b].sentence === si && (W.be.has(lowerOf(toks[b])) || lowerOf(toks[b]) === 'been')) {
      let t = b - 1;
      if (t >= 0 && lowerOf(toks[b]) === 'been' && ['has', 'have', 'had'].includes(lowerOf(toks[t]))) t--;
      if (t >= 0 && toks[t].sentence === si && lowerOf(toks[t]) === 'there') start = toks[t].start;
    } else if (toks[b].sentence === si && wordList('unheldViewOpeners').hasLower(lowerOf(toks[b]))
      && i + 1 < toks.length && toks[i + 1].sentence === si && lowerOf(toks[i + 1]) === 'that') {
      // ("amid widespread suggestions that …", "amid concerns that …": a view the story moves
      // among, with what it holds after "that".)
      start = toks[b].start;
    }
    // After the noun: a verb of growing or lasting, then (over a word of time) "that", "over" or "about".
    // ("Fears are growing that …": a form of "be" before the -ing form.)
    const v = i + 2 < toks.length && W.be.has(lowerOf(toks[i + 1])) && lowerOf(toks[i + 2]).endsWith('ing') ? i + 2 : i + 1;
    if (start < 0 && b === i - 1 && verbs.hasLower(lowerOf(toks[v])) && toks[v].sentence === si) {
      let n = v + 1;
      while (n < toks.length && toks[n].sentence === si && W.time.has(lowerOf(toks[n]))) n++;
      const w = n < toks.length && toks[n].sentence === si ? lowerOf(toks[n]) : '';
      // (The noun opens its clause: "Suspicions persist", not "the party's concerns grew".)
      const lead = lowerOf(toks[i - 1]);
      if ((w === 'that' || w === 'over' || w === 'about') && (toks[i - 1].sentence !== si || toks[i - 1].kind === 'punct' || W.coordinator.has(lead) || lead === 'still')) {
        start = toks[i].start;
        end = toks[v].end;
      }
    } else if (start >= 0 && (i + 1 >= toks.length || toks[i + 1].sentence !== si || toks[i + 1].kind !== 'word')) {
      // (Only a view of something: "there is concern that …", "… over …", "… in party circles";
      // "there are fears." alone says nothing of what is feared.)
      start = -1;
    }
    if (start < 0) continue;
    if (inQuote(start, end)) continue;
    // (Not across a clause the story opens after a named source's words: "The Saudis have said they
    // would back it, but there is growing anger in Saudi circles …" is the story's own.)
    if (inSentence(si).some((o) => o.source.kind !== 'vague' && o.content.start <= start && end <= o.content.end + 1
      && !(NAMED.has(o.source.kind) && o.cue.end <= start && storyClauseBetween(a, o.cue.end, start)))) continue;
    if (overlapsFound(start, end) || overlapsOwn(start, end)) continue;
    const phrase = quoteText(a, { start, end });
    overlapsOwn.add(start, end);
    out.push({ rule, severity, start, end, message: `“${phrase}” does not say who: name the source, or the organisation they speak for.`, related: [], fixes: [ignoreFix(rule, { start, end })] });
  }
  return out;
}

/** "Early polls show …: A Quinnipiac University poll this month found …": a poll, survey or study
 *  named by its owner later in the same sentence. */
const NAMED_POLL = /\b(?:[Aa]n?|[Tt]he)\s(?:(?:new|latest|recent|separate|same)\s)?(?:\p{Lu}[\p{L}.&'’/-]*\s){1,4}(?:poll|survey|study|report)\b/u;

/** Blocks (paragraphs) where a publication is the source of an attribution: "…, the Daily Ledger reported." */
function publicationSourcedBlocks(a: Analysis): Set<number> {
  const out = new Set<number>();
  for (const at of a.attributions) if (at.source.kind === 'publication') out.add(a.sentences[at.sentence]?.block ?? -1);
  return out;
}

/** Whether the words from `from` to `to`, inside what a named source is reported saying, open a
 *  clause of the story's own: a semicolon, a bracket opened and not closed, or a conjunction of
 *  contrast (word-lists.json storyClauseConjunctions) after a comma, a dash or "even", once the
 *  reported words have begun ("said that although critics argue …" is still the speaker's). */
function storyClauseBetween(a: Analysis, from: number, to: number): boolean {
  const toks = a.tokens;
  const conj = wordList('storyClauseConjunctions');
  let words = 0;
  let open = false;
  for (let i = lowerBound(toks, from); i < toks.length && toks[i].end <= to; i++) {
    const x = toks[i].text;
    if (x === ';') return true;
    if (x === '(') open = true;
    else if (x === ')') open = false;
    else if (toks[i].kind === 'word') {
      const lw = lowerCase(x);
      const prev = i > 0 ? toks[i - 1].text : '';
      if (words >= 2 && conj.has(lw) && (prev === ',' || prev === '—' || prev === '–' || lowerCase(prev) === 'even')) return true;
      if (lw !== 'that') words++;
    }
  }
  return open;
}

/** Whether the source `o` and the crowd `at` stand in clauses of their own, so that `o` does not
 *  answer for the crowd's words however far its content was read: `o` in a clause after the
 *  crowd's, past a comma or semicolon and a conjunction ("Fact-checkers noted …, and an article
 *  cited by her campaign quoted …"), or in a clause opened before it by a conjunction of contrast
 *  (word-lists.json storyClauseConjunctions) that a comma closes before the crowd ("While the mayor
 *  claimed …, some experts affirm …"). Bounded by the sentence. */
function clauseApart(a: Analysis, o: Attribution, at: Attribution): boolean {
  const oStart = Math.min(o.source.start, o.cue.start);
  const atStart = Math.min(at.source.start, at.cue.start);
  if (oStart > at.cue.end) return /[,;]\s+(?:and|but|while|whereas|yet)\s/i.test(a.text.slice(at.cue.end, oStart));
  const oEnd = Math.max(o.source.end, o.cue.end);
  if (oEnd > atStart) return false;
  const s = a.sentences[at.sentence];
  const before = a.text.slice(s.start, oStart);
  const m = /(?:^|,\s)[\s"“‘(]*(\p{L}+)\s(?:[^,;]*\s)?$/u.exec(before);
  if (!m || !wordList('storyClauseConjunctions').has(lowerCase(m[1])) || lowerCase(m[1]) === 'but' || lowerCase(m[1]) === 'yet') return false;
  return a.text.slice(oEnd, atStart).includes(',');
}

/** Passives of hearsay: "are said to believe", "is reported to have". */
const HEARSAY_PASSIVES = new Set(['is', 'are', 'was', 'were'].flatMap((b) => [`${b} said to`, `${b} reported to`]));

/** A hedge on its own ("reportedly", "allegedly") after the story has credited a publication in
 *  the same paragraph or the one before, or with the next sentence crediting one: the report it
 *  hedges is that publication's. */
function hedgeOfCreditedReport(a: Analysis, at: Attribution, credited: Set<number>): boolean {
  if (at.source.start !== at.cue.start || at.source.end !== at.cue.end) return false;
  // (A hedging adverb, or a passive of hearsay: "are said to believe", "is reported to have".)
  if (!wordList('hedgeAdverbs').has(at.cue.text.toLowerCase()) && !HEARSAY_PASSIVES.has(lowerCase(at.cue.text))) return false;
  const b = a.sentences[at.sentence]?.block ?? -1;
  // (Or the very next sentence credits one: "Gazprom is reportedly facing a claim. / Vedomosti
  // newspaper reported that …".)
  return credited.has(b) || credited.has(b - 1) || publicationCreditedNext(a, at.sentence);
}

/** "it was reported live on the Harbour Channel's evening show that …": a passive of reporting
 *  whose outlet the same sentence names after "on", "in" or "by". */
function passiveWithOutlet(a: Analysis, at: Attribution): boolean {
  if (!/^(?:(?:it|this)\s)?(?:is|are|was|were|has been|had been)\s(?:first\s)?(?:reported|broadcast|published|announced|revealed)\b/i.test(at.cue.text)) return false;
  const s = a.sentences[at.sentence];
  return mentionsIn(a, at.cue.end, s.end).some((m) => (m.kind === 'publication' || m.kind === 'platform')
    && /\b(?:on|in|by)\s(?:[\p{L}'’-]+\s){0,3}$/u.test(a.text.slice(Math.max(at.cue.end, m.start - 40), m.start)));
}

/** "investors expecting a big deal … may want to think twice": a crowd with an -ing verb whose
 *  own clause goes on to a modal is described by the participle (investors who expect), and the
 *  clause says what they may do, not what anyone reports. */
function describedBeforeModal(a: Analysis, at: Attribution): boolean {
  // (Only a belief's participle, "expecting", "hoping": "polls suggesting people would rather …"
  // and "analysts saying …" report, with the modal inside what they say.)
  if (at.kind !== 'belief' || at.cue.text.includes(' ') || !lowerCase(at.cue.text).endsWith('ing') || at.source.end > at.cue.start || a.text.slice(at.source.end, at.cue.start).trim() !== '') return false;
  const s = a.sentences[at.sentence];
  let end = at.cue.end;
  while (end < s.end && !',;:.!?—'.includes(a.text[end])) end++;
  // (Not "with analysts saying that a firm may bid": after "with" the crowd opens a clause of its
  // own, and a modal after "that" is inside what they say.)
  if (wordBefore(a, at.source.start) === 'with') return false;
  for (const w of lowerCase(a.text.slice(at.cue.end, end)).split(SPACES)) {
    if (W.complementiser.has(w)) return false;
    if (W.modal.has(w)) return true;
  }
  return false;
}

/** "an ad featuring Hispanics telling their stories", "they do not want Americans thinking about
 *  it": a group with an -ing verb as the object of the word before it is described, not quoted.
 *  (A group opening its own clause, "with polls showing", "…, some saying", is still a source.) */
function groupAsObject(a: Analysis, at: Attribution): boolean {
  const gap = a.text.slice(at.source.end, at.cue.start);
  if (at.cue.text.includes(' ') || !lowerCase(at.cue.text).endsWith('ing') || at.source.end >= at.cue.start || gap.trim() !== '') return false;
  const before = wordBefore(a, at.source.start);
  if (!before || !/^\p{Ll}[\p{Ll}-]*$/u.test(before) || W.preposition.has(before) || W.coordinator.has(before) || W.relative.has(before) || W.complementiser.has(before)
    // ("had many critics thinking he …", "heard residents saying": a causative or a verb of
    // perception reports what the group thinks or says.)
    || W.causative.has(before)) return false;
  // (wordBefore keeps a comma on its word, so "…, critics telling" fails the letters test above.)
  return true;
}

export const vagueAttribution: Rule = {
  ...ruleMeta('vague-attribution'),
  check(a) {
    const out: Finding[] = [];
    const inSentence = attributionsBySentence(a);
    // One finding per vague source: "Many believe … and fear …, saying …" names nobody once, not three times.
    const reported = new Set<string>();
    // The findings of this loop, looked up by binary search (a scan of them per joined hearsay was
    // attributions × findings).
    const outSoFar = overlapIndex([]);
    const credited = publicationSourcedBlocks(a);
    let authors: AuthorIndex | undefined;
    for (const at of a.attributions) {
      // Headlines compress attribution ("…, aide says"); the body is where sourcing is judged.
      if (a.blocks[a.sentences[at.sentence]?.block]?.kind === 'headline') continue;
      // (An agentless passive, "is expected to win", "Asked whether …", hides no source.)
      if (at.agentless) continue;
      // ("a June poll found", "some studies suggest": a finding nobody is named for, even where a
      // month or the like made its phrase read as a document's name.)
      if (at.source.kind !== 'vague' && !unnamedFindingSource(a, at) && !anaphorOfCrowd(a, at, inSentence)) {
        // "media reports and party sources described …": the unnamed source is judged by
        // anonymous-source; the hearsay joined to it names nobody at all.
        const joined = at.cue.start > at.source.end && (at.source.kind === 'anonymous' || at.source.kind === 'person' && !at.source.entity)
          ? JOINED_HEARSAY.exec(a.text.slice(Math.max(0, at.source.start - 40), at.source.start)) : null;
        const start = joined ? at.source.start - joined[0].length + joined[0].indexOf(joined[1]) : 0;
        // (Not "denied the reports and officials said": hearsay with a determiner is something's object.)
        const det = joined ? a.text.slice(Math.max(0, start - 12), start).trim().split(ONE_SPACE).pop()?.toLowerCase() : undefined;
        // "according to three television networks", "according to genealogical documents": a
        // body or a document none of which is named, nor described as anyone's.
        if (unnamedAccording(a, at) && !outSoFar(Math.min(at.cue.start, at.source.start), Math.max(at.cue.end, at.source.end))) {
          const from = Math.min(at.cue.start, at.source.start);
          const to = Math.max(at.cue.end, at.source.end);
          outSoFar.add(from, to);
          out.push({ rule: this.id, severity: this.defaultSeverity, start: from, end: to, message: `“${quoteText(a, { start: from, end: to })}” does not say who: name the source, or the organisation they speak for.`, related: [], fixes: [ignoreFix(this.id, { start: from, end: to })] });
          continue;
        }
        // "Cyber security experts and U.S. officials said": a crowd joined to the source before it
        // names nobody either (the other source is judged by its own rule).
        const crowdStart = joinedCrowdStart(a, at);
        if (crowdStart >= 0 && at.cue.start > at.source.end && !outSoFar(crowdStart, at.cue.end)) {
          outSoFar.add(crowdStart, at.cue.end);
          out.push({ rule: this.id, severity: this.defaultSeverity, start: crowdStart, end: at.cue.end, message: `“${quoteText(a, { start: crowdStart, end: at.cue.end })}” does not say who: name the source, or the organisation they speak for.`, related: [], fixes: [ignoreFix(this.id, { start: crowdStart, end: at.cue.end })] });
          continue;
        }
        if (joined && !(det && W.det.has(det)) && !outSoFar(start, at.cue.end)) {
          const phrase = quoteText(a, { start, end: at.cue.end });
          outSoFar.add(start, at.cue.end);
          out.push({ rule: this.id, severity: this.defaultSeverity, start, end: at.cue.end, message: `“${phrase}” does not say who: name the source, or the organisation they speak for.`, related: [], fixes: [ignoreFix(this.id, { start, end: at.cue.end })] });
        }
        continue;
      }
      // "Mr Blair acknowledged some people believed …", "… it is thought he failed …, said Mr Dobrow":
      // the vague phrase is part of what a named source says, and that source answers for it.
      // (An unnamed source's words too: "A party official said … but people had complained every
      // day": anonymous-source judges the official, who answers for the crowd.)
      // (Not across a new clause: "Ministers say the plan would work, but critics fear …".)
      // (Nor for a named source, across a clause the story opens for itself: "The Saudis warned …,
      // even though many observers doubt …", "Ms Vale has said … — while her supporters have
      // accused …", an aside in brackets "(…, many residents say, …)"; not a bare "most" or "many" after what a
      // study found: "It found most artists were wary, though most agreed …" goes on with its sample.)
      if (inSentence(at.sentence).some((o) => o !== at && o.content.start <= at.cue.start && at.cue.end <= o.content.end + 1
        && !clauseApart(a, o, at)
        && ((NAMED.has(o.source.kind) && !(o.cue.end <= at.source.start && !(o.kind === 'evidence' && wordList('sampleQuantifiers').has(lowerCase(a.text.slice(at.source.start, at.source.end).trim()))) && storyClauseBetween(a, o.cue.end, Math.min(at.source.start, at.cue.start)))) || (o.source.kind === 'anonymous' && o.cue.end <= at.source.start && !/(?:[,;]?\s(?:and|but|while|whereas|yet|although|though)\s|;)/i.test(a.text.slice(o.cue.end, Math.min(at.source.start, at.cue.start))))))) continue;
      // "lawsuits against people alleged to have traded songs": a participle after the object of a
      // preposition describes those people; nobody is reported saying anything.
      if (describedAfterPreposition(a, at)) continue;
      // ("Analysts blamed expectations in some quarters": a hedge phrase inside what a crowd already
      // flagged is said adds no second unnamed source.)
      if (at.source.start === at.cue.start && at.source.end === at.cue.end
        && inSentence(at.sentence).some((o) => o !== at && o.source.kind === 'vague' && o.source.start !== o.cue.start && o.content.start <= at.cue.start && at.cue.end <= o.content.end + 1
          && !/(?:[,;]\s*(?:and|but|while|whereas|yet|although)\s|;)/i.test(a.text.slice(o.cue.end, at.cue.start)))) continue;
      // "officials claimed he allegedly left": a hedge inside words someone else is reported saying
      // is theirs, and the rules judge that someone.
      if (at.source.start === at.cue.start && at.source.end === at.cue.end && ['allegedly', 'reportedly'].includes(at.cue.text.toLowerCase())
        && inSentence(at.sentence).some((o) => o !== at && o.source.kind !== 'vague' && o.content.start <= at.cue.start && at.cue.end <= o.content.end + 1)) continue;
      // "denied rumours that …", "a row about rumours …": the rumour is reported as the subject of
      // someone's denial or dispute, not used as the source of the story's claim.
      if (['rumours', 'rumors'].includes(at.cue.text.toLowerCase())) {
        const before = a.text.slice(Math.max(0, at.cue.start - 60), at.cue.start);
        const after = a.text.slice(at.cue.end, at.cue.end + 40);
        if (RUMOUR_OBJECT.test(before) || /^\s+(?:\S+\s+){0,5}?(?:were|was|have been|had been)\s+(?:fuelled|fueled|sparked|denied|dismissed|fanned|rejected|played down|broken|started|spread|first reported|reported)\b/i.test(after)) continue;
      }
      // "Anne Borthwick, of Campaign for Borders Rail, said … Campaigners have said …": the group
      // was named just before; the plural points back at it.
      if (pointsBack(a, at, inSentence)) continue;
      // (A hedge after the story credited a publication; a passive of reporting naming its outlet;
      // a group that is the object of the verb before it.)
      if (hedgeOfCreditedReport(a, at, credited) || passiveWithOutlet(a, at) || groupAsObject(a, at) || describedBeforeModal(a, at)) continue;
      // "In a report compiled by Transparency International, graft was said to be pervasive": a
      // passive cue whose document and author the sentence names.
      if (/^(?:is|are|was|were) (?:said|thought|believed|understood|reported|alleged)/i.test(at.cue.text) && NAMED_DOCUMENT.test(a.text.slice(a.sentences[at.sentence].start, a.sentences[at.sentence].end))) continue;
      // "… able to pick a song just by saying its name": a verb of saying in the -ing form right after
      // a preposition says how something is done; whoever does it says nothing the crowd claims.
      if (at.cue.text.toLowerCase().endsWith('ing') && W.preposition.has(wordBefore(a, at.cue.start))) continue;
      // "living wills, where people say they want treatment withheld": a practice described, not a source.
      // (Not findings: "a state where polls show her trailing" credits the polls with the claim.)
      if (/\b(?:where|whereby|in which)\s+$/i.test(a.text.slice(Math.max(0, at.source.start - 10), at.source.start)) && !FINDINGS_HEAD.test(a.text.slice(at.source.start, at.source.end))) continue;
      // "some people wrote essay-length articles": writing something, not saying that something is so.
      if (['wrote', 'write', 'writes', 'written'].includes(at.cue.text.toLowerCase()) && /^\s+(?:a|an|the|\w+-length|essays?|articles?|letters?|books?|blogs?|posts?|reviews?|songs?|poems?|code|programs?|software|messages?|e-mails?|emails?|comments?)\b/i.test(a.text.slice(at.cue.end, at.cue.end + 20))) continue;
      // "if she lost, people would say her career was over": what people might say, not a source.
      if (/\b(?:would|could|might|will|may)\s+(?:\w+\s+)?$/i.test(a.text.slice(Math.max(at.source.end, at.cue.start - 14), at.cue.start)) && at.cue.start > at.source.start) continue;
      // "About 85% of this group, 18m people, expect …": a survey's sample, not a source.
      if (/^\s*(?:about |around |some |almost |nearly |more than |over )?[\d.,]+\s?(?:m|bn|million|billion|%|per cent)?\s/i.test(a.text.slice(at.source.start, at.source.end))
        || /\b(?:per ?cent|percent)\s+of\s/i.test(a.text.slice(at.source.start, at.source.end))) continue;
      // ("Half of those polled said", "six in 10 voters say": the same, read as the clause reader does.)
      if (isSample(a, at)) continue;
      // ("Supporters of the mayor say by 55%-41% that …": a poll's split after the verb makes the
      // crowd its sample.)
      if (POLL_SPLIT_AFTER.test(a.text.slice(at.cue.end, at.cue.end + 50))) continue;
      // ("Two others have not said who they would back": a counted few are particular people, and
      // what nobody said is no claim.)
      if (countedCrowd(a, at) || notSaid(a, at)) continue;
      // "according to reports in the Hollywood Reporter", "a poll published by the Lancet": the
      // findings are named by their outlet or their author.
      const findings = FINDINGS_HEAD.test(a.text.slice(at.source.start, at.source.end));
      if (findings && OWNED_AFTER.test(a.text.slice(at.source.end, at.source.end + 90))) continue;
      if (findings && NAMED_POLL.test(a.text.slice(Math.max(at.cue.end, at.source.end), a.sentences[at.sentence].end))) continue;
      // ("One poll shows the senator 16 points ahead. [Kestrel Research]": a digest's bracketed credit
      // right after the sentence names the findings' owner.)
      if (findings && /^\s{0,2}\[\p{Lu}[^\]\n]{0,40}\]/u.test(a.text.slice(a.sentences[at.sentence].end, a.sentences[at.sentence].end + 48))) continue;
      // ("according to technology analysts, Kestrel Research, …": named right after, between commas.)
      if (nameInApposition(a, at)) continue;
      // ("according to a study last year by economists at Harbour University": an author named
      // after "by" in the same clause — a body, a person or an outlet the entity pass found.)
      if (findings && authorByAfter(a, at.source.end, at.sentence)) continue;
      // ("A recent survey by Mediametrie found": the author inside the source phrase.)
      if (OWNED_INSIDE.test(a.text.slice(at.source.start, at.source.end))) continue;
      // "…, according to a survey. ¶ A study by the Pew Research Center found …": whose findings
      // they are comes in the next sentences.
      if (findings && /^(?:according to\s+)?(?:a|an|one|two|three)\s/i.test(a.text.slice(Math.min(at.cue.start, at.source.start), at.source.end)) && namedSoon(a, at.sentence)) continue;
      // ("…, a report says. The joint report from the FAO said …": a single finding named just after.)
      const srcText = a.text.slice(at.source.start, at.source.end).trim();
      // (Or two or three counted ones: "…, say two reports. ¶ …, said Jupiter. A separate study by Gartner …")
      const single = /^(?:a|an|one|another|two|three|four|both)\s/i.test(srcText) ? srcText.split(SPACES).find((w) => W.unnamedFinding.has(w.toLowerCase()) || W.unnamedFinding.has(w.toLowerCase().replace(/s$/, ''))) : undefined;
      if (single && authorSoon(a, at.sentence, single.toLowerCase(), inSentence, (authors ??= authorIndex(a)))) continue;
      // ("…, reports claim. ¶ …, the Sunday Gazette reported.": bare reports whose outlet one of
      // the next three sentences names, as news leads are written.)
      const words = lowerCase(srcText).split(SPACES);
      if (words[words.length - 1] === 'reports' && words.every((w) => w === 'reports' || wordList('reportKinds').has(w)) && outletSoon(a, at.sentence)) continue;
      // "Others shouted, 'Stop the cover-up'", "protesters chanted": a crowd heard crying out at a
      // scene is part of the scene, not a source a claim rests on (word-lists.json outcryVerbs).
      if (wordList('outcryVerbs').has(at.cue.text.toLowerCase().split(' ').pop()!)) continue;
      // "Many islanders had urged the mayor to sell", "critics called on the board to resign": a
      // crowd's demand asserts nothing to source (word-lists.json demandCues).
      if (wordList('demandCues').has(lastCueWords(at.cue.text))) continue;
      // ("Eleven groups are asking the senator to repudiate …": asking someone to act is a demand too;
      // "asked whether …" is not: word-lists.json requestVerbs, then an object and "to".)
      if (wordList('requestVerbs').has(lastCueWords(at.cue.text)) && REQUEST_OBJECT_TO.test(a.text.slice(at.cue.end, at.cue.end + 60))) continue;
      // "Some will recall the news footage": remembering something is no attribution.
      if (/\b(?:recall|recalls|recalled|remember|remembers|remembered)$/i.test(at.cue.text) && !thatOrMarkNext(a.text.slice(at.cue.end, at.cue.end + 6))) continue;
      const key = `${at.source.start}:${at.source.end}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const start = Math.min(at.cue.start, at.source.start);
      const end = Math.max(at.cue.end, at.source.end);
      const phrase = quoteText(a, { start, end });
      outSoFar.add(start, end);
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start,
        end,
        message: `“${phrase}” does not say who: name the source, or the organisation they speak for.`,
        related: [],
        fixes: [ignoreFix(this.id, { start, end })],
      });
    }
    out.push(...itPassives(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...crowdJudgements(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...crowdFeelings(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...causedCrowdViews(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...comparedExpectations(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...hearsayFigures(a, inSentence, this.id, this.defaultSeverity));
    out.push(...hearsayModifiers(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...unnamedStandings(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...pollsLed(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...pollingStandings(a, inSentence, out, this.id, this.defaultSeverity));
    // (Information, not a warning: about three in four of these are what an editor would query.)
    out.push(...opinionPassives(a, inSentence, out, this.id, 'information'));
    out.push(...unheldViews(a, inSentence, out, this.id, this.defaultSeverity));
    out.push(...spanFindings(a, [...crowdViewOpeners(a), ...heldViewSubjects(a), ...crowdEstimates(a)], inSentence, out, this.id, this.defaultSeverity));
    // One finding per phrase: "recent rumours have suggested" is flagged once, not again for the
    // "rumours" inside it.
    return withoutNested(out);
  },
};


/** "a June poll found", "some studies suggest", "a new survey shows": a document kind of source
 *  with no entity that is a single or counted finding nobody is named for (a determiner of
 *  singleUnnamedDeterminers or a quantifier, a head of the clause reader's unnamedFindingHeads,
 *  only lower-case words or months between, no name inside). The rule's checks for findings whose
 *  author the story gives then apply as for any vague finding. */
function unnamedFindingSource(a: Analysis, at: Attribution): boolean {
  if (at.source.kind !== 'document' || at.source.entity) return false;
  // (Not a finding inside a prepositional phrase: "70% of those asked in a poll said" is the sample.)
  if (W.preposition.has(lowerCase(wordBefore(a, at.source.start)))) return false;
  const words = a.text.slice(at.source.start, at.source.end).trim().split(SPACES);
  if (words.length < 2 || words.length > 4) return false;
  const first = lowerCase(words[0]);
  if (!wordList('singleUnnamedDeterminers').has(first) && !W.crowd.has(first) && !W.group.has(first)) return false;
  const head = lowerCase(words[words.length - 1]);
  if (!W.unnamedFinding.has(head) && !(head.endsWith('s') && W.unnamedFinding.has(head.slice(0, -1))) && !(head.endsWith('ies') && W.unnamedFinding.has(`${head.slice(0, -3)}y`))) return false;
  if (words.slice(1, -1).some((w) => w !== lowerCase(w) && !MONTHS.has(lowerCase(w)))) return false;
  return !mentionsIn(a, at.source.start, at.source.end).length;
}

/** "according to three television networks", "according to one global index", "according to
 *  genealogical documents": after "according to", a body or a document that is counted, indefinite
 *  or a bare plural (word-lists.json unnamedSourceDeterminers), with no name in it, no owner ("its
 *  filings", "a bank's report") and no noun for people ("a spokesman" is anonymous-source's). Not
 *  with its maker after it ("a report by the Harbour Trust", "documents filed by the council"). */
function unnamedAccording(a: Analysis, at: Attribution): boolean {
  if (lowerCase(at.cue.text) !== 'according to' || at.source.entity || at.cue.end > at.source.start) return false;
  if (at.source.kind !== 'organisation' && at.source.kind !== 'document') return false;
  const words = a.text.slice(at.source.start, at.source.end).trim().split(SPACES);
  if (words.length > 4 || words.some((w) => w.includes("'") || w.includes('’') || w.includes('.'))) return false;
  if (mentionsIn(a, at.source.start, at.source.end).length) return false;
  const first = lowerCase(words[0]);
  const head = lowerCase(words[words.length - 1]);
  if (isPersonNoun(head) || !/^\p{Ll}+$/u.test(head)) return false;
  if (words.slice(1).some((w) => w !== lowerCase(w))) return false;
  const counted = wordList('unnamedSourceDeterminers').has(first);
  // (A bare plural: "genealogical documents", "federal regulators"; not "the documents", "its filings".)
  // (Not figures of record, "according to official figures", "according to studio estimates":
  // their maker is the body the story is about or names next; unsourced-statistic judges them.)
  const barePlural = !counted && words.length <= 3 && head.endsWith('s') && !W.det.has(first) && words.every((w) => w === lowerCase(w)) && !wordList('dataPlurals').has(head);
  if (!counted && !barePlural) return false;
  // (Its maker next: "a report by the Harbour Trust", "documents filed by the council".)
  return !OWNED_AFTER.test(a.text.slice(at.source.end, at.source.end + 90)) && !/^\s+(?:\p{Ll}+\s+)?(?:by|from|of)\s/u.test(a.text.slice(at.source.end, at.source.end + 30));
}

/** "Critics call it a tax on jobs", "a bill that critics called unfair", "what some call a
 *  stunt", "many economists view the plan as …", "analysts point to the weather": a crowd nobody is
 *  named in (a quantifier standing alone, or a noun of lexicon.json vagueSources opening its
 *  clause or after a quantifier) judging something with a verb the clause reader does not read as
 *  a report (word-lists.json crowdJudgementVerbs; a two-word entry wants its particle next). Not a
 *  demand ("critics call for …", "called on"), not inside a quotation or a source's reported
 *  words, not where another finding covers the words. Bounded: a few words each side of the verb. */
function crowdJudgements(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const verbs = wordList('crowdJudgementVerbs');
  const toks = a.tokens;
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  for (let i = 1; i < toks.length - 1; i++) {
    const w = lowerOf(toks[i]);
    const si = toks[i].sentence;
    const next = toks[i + 1].sentence === si ? lowerOf(toks[i + 1]) : '';
    const two = verbs.hasPair(w, next);
    if (!two && !verbs.hasLower(w)) continue;
    // (A demand or a phrasal verb of another sense: "critics call for a ban", "called on", "called off".)
    if (!two && (next === '' || next === 'for' || next === 'on' || next === 'off' || next === 'up' || next === 'back' || next === 'in' || next === 'out' || toks[i + 1].kind !== 'word')) continue;
    if (!inBody(a, si)) continue;
    const s = a.sentences[si];
    // Left of the verb: up to three adverbs or auxiliaries ("have long", "quickly"), then the crowd.
    let h = i - 1;
    while (h > i - 4 && h >= 0 && toks[h].sentence === si && (isPassiveAdverb(toks[h].text) || W.aux.has(lowerOf(toks[h])))) h--;
    if (h < 0 || toks[h].sentence !== si) continue;
    // (Over "here" or a short phrase after the crowd, "critics in both parties compared",
    // "advocates within the scientific community cite": a preposition of crowdPlacePrepositions and
    // up to four plain words, no comma.)
    h = overPlacePhrase(toks, h, si);
    // ("some lawmakers and technologists have perceived …": a plural joined by "and" or "or" to a
    // crowd before it; the first crowd leads the pair.)
    if (h >= 2 && toks[h - 1].sentence === si && (lowerOf(toks[h - 1]) === 'and' || lowerOf(toks[h - 1]) === 'or') && toks[h].text === lowerOf(toks[h]) && toks[h].text.endsWith('s') && toks[h - 2].sentence === si && isCrowdHead(toks, h - 2)) h -= 2;
    // ("Policy makers in Europe have called …": a closed compound of vagueSources written as two words.)
    const split = splitCompoundAt(toks, h, si);
    const hw = split >= 0 ? lowerOf(toks[split]) + lowerOf(toks[h]) : lowerOf(toks[h]);
    const headStart = split >= 0 ? split : h;
    let b = headStart - 1;
    // (A name between a quantifier and the crowd: "some Clinton allies suggested".)
    if (b > 0 && toks[b].sentence === si && toks[b].kind === 'word' && startsUpper(toks[b].text) && toks[b - 1].sentence === si && (W.crowd.has(lowerOf(toks[b - 1])) || W.group.has(lowerOf(toks[b - 1])))) b--;
    const bw = b >= 0 && toks[b].sentence === si ? lowerOf(toks[b]) : '';
    const opens = bw === '' || toks[b].kind === 'punct' || W.coordinator.has(bw) || W.relative.has(bw) || bw === 'what' || bw === 'while' || bw === 'as';
    const quantified = W.crowd.has(bw) || W.group.has(bw);
    const crowd = (W.crowdPronoun.has(hw) && hw === toks[h].text.toLowerCase() && (opens || bw === 'what'))
      || (quantified && split < 0 && hw.endsWith('s') && hw === toks[h].text && isPersonNoun(hw))
      || (VAGUE_SOURCES.has(hw) && !W.crowdPronoun.has(hw) && (quantified || !wordList('sceneCrowds').has(hw)) && (opens || quantified || (b >= 0 && toks[b].sentence === si && b === lowerBound(toks, s.start) && startsUpper(toks[b].text) && toks[b].kind === 'word')));
    if (!crowd) continue;
    // (A bare "many" or "most" right after a survey's shares is its sample: "60% said they did not
    // think so. Many suggested that …".)
    if (h === b + 1 && W.crowdPronoun.has(hw) && wordList('sampleQuantifiers').has(hw) && si > 0 && a.sentences[si - 1].block === s.block && sharesIn(a, si - 1)) continue;
    const first = quantified ? b : (b >= 0 && toks[b].sentence === si && b === lowerBound(toks, s.start) && toks[b].kind === 'word' && !opens ? b : headStart);
    const start = toks[first].start;
    const end = two ? toks[i + 1].end : toks[i].end;
    if (inQuote(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => o.source.kind !== 'vague' && o.content.start <= start && end <= o.content.end + 1 && !storyClauseBetween(a, o.cue.end, start))) continue;
    out.push(unnamedFinding(a, rule, severity, start, end));
  }
  return out;
}

/** "Many members were surprised and dismayed", "Across the region, policymakers have been
 *  startled", "allies are growing increasingly frustrated"; "concerns among security experts",
 *  "hesitation among some in the party": a crowd nobody is named in, described as feeling or
 *  doubting something with no verb of saying (word-lists.json crowdFeelingWords after a linking
 *  verb, crowdFeelingNouns before "among"). The crowd is found as crowdJudgements finds it (a
 *  quantifier standing alone or before a plural noun for people, or a noun of lexicon.json
 *  vagueSources opening its clause; the people a story's events happen among, sceneCrowds, only
 *  with a quantifier). Not inside a quotation or a source's reported words, not where another
 *  finding covers the words. Bounded: a few words each side. */
function crowdFeelings(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const feelings = wordList('crowdFeelingWords');
  const nouns = wordList('crowdFeelingNouns');
  const linking = wordList('crowdFeelingLinks');
  const toks = a.tokens;
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  const report = (si: number, start: number, end: number) => {
    if (inQuote(start, end) || overlapsFound(start, end)) return;
    if (inSentence(si).some((o) => o.source.kind !== 'vague' && o.content.start <= start && end <= o.content.end + 1 && !storyClauseBetween(a, o.cue.end, start))) return;
    overlapsFound.add(start, end);
    out.push(unnamedFinding(a, rule, severity, start, end));
  };
  for (let i = 1; i < toks.length - 1; i++) {
    const w = lowerOf(toks[i]);
    const si = toks[i].sentence;
    if (!inBody(a, si)) continue;
    if (feelings.hasLower(w) && toks[i].text === w) {
      // Left of the adjective: adverbs, then at least one linking verb ("are", "have been", "are growing").
      let h = i - 1;
      let links = 0;
      while (h > i - 6 && h >= 0 && toks[h].sentence === si && toks[h].kind === 'word') {
        const t = lowerOf(toks[h]);
        if (W.aux.has(t) || linking.has(t)) links++;
        else if (!isPassiveAdverb(toks[h].text)) break;
        h--;
      }
      if (!links || h < 0 || toks[h].sentence !== si) continue;
      const start = crowdStartAt(a, toks, h, si);
      if (start >= 0) report(si, start, toks[i].end);
      continue;
    }
    // "concerns among security experts", "hesitation among some in the party".
    if (!nouns.hasLower(w) || lowerOf(toks[i + 1]) !== 'among' || toks[i + 1].sentence !== si) continue;
    let k = i + 2;
    if (k >= toks.length || toks[k].sentence !== si) continue;
    const q = lowerOf(toks[k]);
    const quantified = W.crowd.has(q) || W.group.has(q) || W.crowdPronoun.has(q);
    if (quantified && toks[k].text === q && k + 1 < toks.length && wordList('crowdAmong').hasLower(lowerOf(toks[k + 1])) && toks[k + 1].sentence === si) {
      // ("some in the civil rights community": a crowd placed in a wider group.)
      report(si, toks[i].start, toks[k].end);
      continue;
    }
    if (quantified) k++;
    // Up to three plain lower-case modifiers, then a plural noun for a crowd.
    let head = -1;
    for (let m = k; m < k + 4 && m < toks.length && toks[m].sentence === si && toks[m].kind === 'word' && toks[m].text === lowerOf(toks[m]); m++) {
      const t = toks[m].text;
      if (W.det.has(t) || W.preposition.has(t) || W.coordinator.has(t) || W.relative.has(t)) break;
      if (isCrowdHead(toks, m) && (quantified || !wordList('sceneCrowds').has(t))) {
        head = m;
        break;
      }
    }
    if (head >= 0) report(si, toks[i].start, toks[head].end);
  }
  return out;
}

/** Where a crowd nobody is named in ends at token `h` (its head), the crowd's start; else -1: a
 *  crowd pronoun opening its clause ("many were"), a quantifier and a plural noun for people ("many
 *  members"), or a noun of vagueSources opening its clause or after a quantifier ("policymakers
 *  have been", "some analysts are"); sceneCrowds ("residents were worried") only with a quantifier. */
function crowdStartAt(a: Analysis, toks: readonly Token[], h: number, si: number): number {
  const s = a.sentences[si];
  h = overPlacePhrase(toks, h, si);
  const hw = lowerOf(toks[h]);
  let b = h - 1;
  // (Up to two plain modifiers between the quantifier and the head: "many party members".)
  for (let m = 0; m < 2 && b > 0 && toks[b].sentence === si && toks[b].kind === 'word' && toks[b].text === lowerOf(toks[b]) && !W.crowd.has(toks[b].text) && !W.group.has(toks[b].text) && !W.crowdPronoun.has(toks[b].text) && !W.det.has(toks[b].text) && !W.preposition.has(toks[b].text) && !W.coordinator.has(toks[b].text) && !W.relative.has(toks[b].text) && !W.aux.has(toks[b].text); m++) b--;
  const bw = b >= 0 && toks[b].sentence === si ? lowerOf(toks[b]) : '';
  const opens = bw === '' || toks[b].kind === 'punct' || W.coordinator.has(bw) || W.relative.has(bw);
  const quantified = W.crowd.has(bw) || W.group.has(bw) || W.crowdPronoun.has(bw);
  const lower = hw === toks[h].text;
  if (W.crowdPronoun.has(hw) && h === b + 1 && (opens || b < 0 || toks[b].sentence !== si)) return toks[h].start;
  if (!hw.endsWith('s')) return -1;
  const first = h === lowerBound(toks, s.start) || (h > 0 && toks[h - 1].sentence !== si);
  if (quantified && (lower || first) && (isPersonNoun(hw) || VAGUE_SOURCES.has(hw))) return toks[b].start;
  if (!quantified && h === b + 1 && (opens || first) && VAGUE_SOURCES.has(hw) && !W.crowdPronoun.has(hw) && !wordList('sceneCrowds').has(hw) && (lower || first)) return toks[h].start;
  // ("Environmental groups are concerned", "Italian secularist associations are worried": bodies
  // of a kind, none named (word-lists.json unnamedGroupHeads), opening their clause over up to three
  // modifiers in lower case, a demonym or the sentence's first word; not "the groups", "Harbour
  // Trust charities".)
  if (!quantified && lower && wordList('unnamedGroupHeads').has(hw)) return groupOpeningAt(a, toks, h, si);
  return -1;
}

/** Where the analysis's demonyms start: made once per analysis, not scanned per candidate. */
const DEMONYM_STARTS = new WeakMap<Analysis['demonyms'], Set<number>>();
function demonymStarts(a: Analysis): Set<number> {
  let v = DEMONYM_STARTS.get(a.demonyms);
  if (!v) DEMONYM_STARTS.set(a.demonyms, (v = new Set(a.demonyms.map((d) => d.span.start))));
  return v;
}

/** The start of a group of a kind ending at `h` ("environmental groups", "Italian secularist
 *  associations") that opens its clause over up to three modifiers, each in lower case, a demonym,
 *  or the sentence's first word; else -1. */
function groupOpeningAt(a: Analysis, toks: readonly Token[], h: number, si: number): number {
  let f = h;
  while (f > h - 4 && f > 0 && toks[f - 1].sentence === si && toks[f - 1].kind === 'word') {
    const t = toks[f - 1];
    const lt = lowerOf(t);
    if (W.det.has(lt) || W.preposition.has(lt) || W.coordinator.has(lt) || W.relative.has(lt) || W.aux.has(lt) || W.complementiser.has(lt)) break;
    const opening = f - 1 === 0 || toks[f - 2].sentence !== si;
    if (t.text !== lt && !opening && !demonymStarts(a).has(t.start)) break;
    f--;
  }
  if (f === h) return -1;
  const before = f > 0 && toks[f - 1].sentence === si ? toks[f - 1] : undefined;
  if (before && before.kind !== 'punct' && !W.coordinator.has(lowerOf(before))) return -1;
  return mentionsIn(a, toks[f].start, toks[h].end).some((m) => m.kind !== 'place') ? -1 : toks[f].start;
}

/** "The closure led some to speculate that …", "prompting many analysts to question …": a crowd
 *  nobody is named in, moved to say or believe something by a verb of word-lists.json
 *  crowdViewCausatives, the crowd (a quantifier standing alone, or before a plural noun for people,
 *  or a plural of lexicon.json vagueSources) then "to" and a verb of saying or believing. Not
 *  inside a quotation or a source's reported words, not where another finding covers the words. */
function causedCrowdViews(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const verbs = wordList('crowdViewCausatives');
  const toks = a.tokens;
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  for (let i = 0; i + 3 < toks.length; i++) {
    const w = lowerOf(toks[i]);
    if (!verbs.hasLower(w) || toks[i].text !== w) continue;
    const si = toks[i].sentence;
    if (!inBody(a, si)) continue;
    // The crowd: "some", "many analysts", "some party members", "critics".
    let k = i + 1;
    const q = lowerOf(toks[k]);
    let head = -1;
    if (toks[k].sentence === si && toks[k].text === q && (W.crowdPronoun.has(q) || W.crowd.has(q) || W.group.has(q))) {
      if (W.crowdPronoun.has(q) && toks[k + 1]?.sentence === si && lowerOf(toks[k + 1]) === 'to') head = k;
      else for (let m = k + 1; m < k + 4 && m < toks.length && toks[m].sentence === si && toks[m].kind === 'word' && toks[m].text === lowerOf(toks[m]); m++) {
        if (toks[m + 1]?.sentence === si && lowerOf(toks[m + 1]) === 'to') {
          if (isCrowdHead(toks, m)) head = m;
          break;
        }
      }
    } else if (toks[k].sentence === si && toks[k].text === q && VAGUE_SOURCES.has(q) && q.endsWith('s') && !W.crowdPronoun.has(q) && !wordList('sceneCrowds').has(q)) head = k;
    if (head < 0 || toks[head + 1]?.sentence !== si || lowerOf(toks[head + 1]) !== 'to') continue;
    const v = toks[head + 2];
    if (!v || v.sentence !== si || v.kind !== 'word') continue;
    const cv = cueVerb(lowerOf(v));
    if (!cv || cv.form !== 'base' || (cv.cls !== 'speech' && cv.cls !== 'belief')) continue;
    const start = toks[i].start;
    const end = v.end;
    if (inQuote(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => o.source.kind !== 'vague' && o.content.start <= start && end <= o.content.end + 1 && !storyClauseBetween(a, o.cue.end, start))) continue;
    overlapsFound.add(start, end);
    out.push(unnamedFinding(a, rule, severity, start, end));
  }
  return out;
}

/** Findings for the spans of vague-crowds.ts ("For many analysts,", "A common refrain is"), unless
 *  inside a quotation or a source's reported words (across no clause of the story's own), or where
 *  another finding covers the words. */
function spanFindings(a: Analysis, spans: readonly (Span & { sentence: number })[], inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  if (!spans.length) return out;
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  for (const { sentence: si, start, end } of spans) {
    if (inQuote(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => o.source.kind !== 'vague' && o.content.start <= start && end <= o.content.end + 1 && !storyClauseBetween(a, o.cue.end, start))) continue;
    overlapsFound.add(start, end);
    out.push(unnamedFinding(a, rule, severity, start, end));
  }
  return out;
}

/** Whether sentence `si` gives a share (a percentage or "half of", read as such by the analysis). */
function sharesIn(a: Analysis, si: number): boolean {
  const s = a.sentences[si];
  const k = lowerBound(a.quantities, s.start);
  for (let j = k; j < a.quantities.length && a.quantities[j].start < s.end; j++) if (a.quantities[j].kind === 'percent') return true;
  return false;
}

/** "Cyber security experts and U.S. officials said": where a crowd (isCrowdHead, with up to three
 *  plain words before it) is joined by "and" to the source and opens its clause, the crowd's start;
 *  else -1. ("The company and analysts said" is not: the crowd must come first.) */
function joinedCrowdStart(a: Analysis, at: Attribution): number {
  const toks = a.tokens;
  const j = lowerBound(toks, at.source.start);
  if (j < 2 || toks[j - 1].sentence !== at.sentence || lowerOf(toks[j - 1]) !== 'and') return -1;
  const h = j - 2;
  if (toks[h].sentence !== at.sentence || !isCrowdHead(toks, h)) return -1;
  let f = h;
  while (f > h - 3 && f > 0 && toks[f - 1].sentence === at.sentence && toks[f - 1].kind === 'word' && !W.det.has(lowerOf(toks[f - 1])) && !W.coordinator.has(lowerOf(toks[f - 1]))
    && !W.preposition.has(lowerOf(toks[f - 1])) && !W.relative.has(lowerOf(toks[f - 1])) && (toks[f - 1].text === lowerOf(toks[f - 1]) || f - 1 === 0 || toks[f - 2].sentence !== at.sentence)) f--;
  const before = f > 0 && toks[f - 1].sentence === at.sentence ? toks[f - 1] : undefined;
  if (before && before.kind !== 'punct' && !W.coordinator.has(lowerOf(before)) && !W.crowd.has(lowerOf(before)) && !W.group.has(lowerOf(before))) return -1;
  return before && (W.crowd.has(lowerOf(before)) || W.group.has(lowerOf(before))) ? before.start : toks[f].start;
}

/** "higher than analysts had expected", "10,000 more than most party insiders expected", "not as
 *  toxic as most insiders believe": a comparison with what a crowd nobody is named in expected or
 *  believes (word-lists.json comparedExpectationVerbs), the verb closing its clause. Not inside a
 *  quotation or a source's reported words, not where another finding covers the words. Bounded: up
 *  to seven words after "than" or "as". */
function comparedExpectations(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const verbs = wordList('comparedExpectationVerbs');
  const toks = a.tokens;
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  for (let i = 1; i < toks.length - 2; i++) {
    const w = lowerOf(toks[i]);
    if (w !== 'than' && w !== 'as') continue;
    const si = toks[i].sentence;
    if (!inBody(a, si)) continue;
    // The crowd: a quantifier (or none), up to two modifiers, a plural head.
    let k = i + 1;
    const quantified = W.crowd.has(lowerOf(toks[k])) || W.group.has(lowerOf(toks[k]));
    if (quantified) k++;
    let head = -1;
    // (Over up to four modifiers, an abbreviation's full stops included: "most D.C. insiders".)
    for (let m = k; m < k + 5 && m < toks.length && toks[m].sentence === si && (toks[m].kind === 'word' || toks[m].text === '.'); m++) {
      const t = lowerOf(toks[m]);
      if (t === toks[m].text && t.endsWith('s') && (VAGUE_SOURCES.has(t) || (quantified && isPersonNoun(t)))) { head = m; break; }
      if (W.det.has(t) || W.preposition.has(t) || W.coordinator.has(t)) break;
    }
    if (head < 0) continue;
    // Then "had", "have" or an adverb, the verb, and the end of its clause.
    let v = head + 1;
    while (v < head + 3 && v < toks.length && toks[v].sentence === si && (W.aux.has(lowerOf(toks[v])) || isPassiveAdverb(toks[v].text))) v++;
    if (v >= toks.length || toks[v].sentence !== si || !verbs.hasLower(lowerOf(toks[v]))) continue;
    const after = toks[v + 1];
    if (after && after.sentence === si && after.kind === 'word' && !W.coordinator.has(lowerOf(after))) continue;
    const start = toks[i + 1].start;
    const end = toks[v].end;
    if (inQuote(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => o.source.kind !== 'vague' && o.content.start <= start && end <= o.content.end + 1 && !storyClauseBetween(a, o.cue.end, start))) continue;
    out.push(unnamedFinding(a, rule, severity, start, end));
  }
  return out;
}

/** The head of a crowd before "here", "there" or a short place phrase ending at `h` ("critics in
 *  both parties", "advocates within the scientific community", "activists here"): the index of the
 *  crowd's head when one is found within six words, else `h`. */
function overPlacePhrase(toks: readonly Token[], h: number, si: number): number {
  const w = lowerOf(toks[h]);
  if ((w === 'here' || w === 'there') && h > 0 && toks[h - 1].sentence === si && isCrowdHead(toks, h - 1)) return h - 1;
  const preps = wordList('crowdPlacePrepositions');
  for (let k = h; k > h - 6 && k > 0 && toks[k].sentence === si && toks[k].kind === 'word'; k--) {
    if (preps.hasLower(lowerOf(toks[k])) && toks[k - 1].sentence === si && isCrowdHead(toks, k - 1)) return k - 1;
  }
  return h;
}

/** A plural noun for a crowd: one of lexicon.json vagueSources or a plural noun for people, in
 *  lower case (or capitalised only as the sentence's first word). */
function isCrowdHead(toks: readonly Token[], k: number): boolean {
  const t = lowerOf(toks[k]);
  const opening = k === 0 || toks[k - 1].sentence !== toks[k].sentence;
  return (t === toks[k].text || opening) && t.endsWith('s') && (VAGUE_SOURCES.has(t) || isPersonNoun(t));
}

/** Where a closed compound of lexicon.json vagueSources ("policymakers") is written as two words
 *  ending at `h` ("policy makers"), the index of its first word; else -1. */
function splitCompoundAt(toks: readonly Token[], h: number, si: number): number {
  if (h < 1 || toks[h - 1].sentence !== si || toks[h - 1].kind !== 'word' || toks[h].kind !== 'word') return -1;
  const first = lowerOf(toks[h - 1]);
  const opening = h - 1 === 0 || toks[h - 2].sentence !== si;
  if (first !== toks[h - 1].text && !opening) return -1;
  return lowerOf(toks[h]) === toks[h].text && VAGUE_SOURCES.has(first + toks[h].text) ? h - 1 : -1;
}

/** "It was revealed that …", "it is estimated that …", "it has been widely predicted that …": an
 *  agentless passive of hearsay with "it" for its subject and a clause after it (word-lists.json
 *  itPassiveHearsay) gives the claim to nobody. Not with an agent ("it was revealed by the Gazette
 *  that" has a source), not inside a quotation or in what a source is reported saying, not where
 *  another finding covers the words ("it is thought" is one already). */
function itPassives(a: Analysis, inSentence: (si: number) => readonly Attribution[], found: readonly Finding[], rule: string, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  const list = wordList('itPassiveHearsay');
  const overlapsFound = overlapIndex(found);
  const inQuote = insideQuote(a);
  for (const at of a.attributions) {
    // (An agent inside the clause after "that" is that clause's: "it was revealed that he funded
    // lawsuits by Hulk Hogan" names nobody who revealed it.)
    const innerAgent = at.source.start > at.cue.end && /^\s+that\s/i.test(a.text.slice(at.cue.end, Math.min(at.source.start, at.cue.end + 8)));
    if ((!at.agentless && !innerAgent) || at.cue.text.includes(' ') || !list.has(lowerCase(at.cue.text))) continue;
    if (!inBody(a, at.sentence)) continue;
    const s = a.sentences[at.sentence];
    if (!/^\s+that\b/i.test(a.text.slice(at.cue.end, Math.min(s.end, at.cue.end + 8)))) continue;
    const m = IT_PASSIVE.exec(a.text.slice(Math.max(s.start, at.cue.start - 40), at.cue.start));
    if (!m) continue;
    const start = at.cue.start - m[0].length + (m[0].length - m[0].trimStart().length);
    const end = at.cue.end;
    if (inQuote(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(at.sentence).some((o) => o !== at && !o.agentless && o.content.start <= start && end <= o.content.end + 1)) continue;
    out.push(unnamedFinding(a, rule, severity, start, end));
  }
  // ("While it's assumed the ruling will help him, …", "it is estimated the repairs cost …": the
  // same passive before a clause with no "that", its subject opening with a determiner or a
  // pronoun.)
  const toks = a.tokens;
  for (let i = 1; i + 2 < toks.length; i++) {
    const w = lowerOf(toks[i]);
    if (!list.hasLower(w) || toks[i].text !== w) continue;
    const si = toks[i].sentence;
    const n1 = toks[i + 1];
    const n2 = toks[i + 2];
    if (n1.sentence !== si || n2.sentence !== si || n1.kind !== 'word' || n2.kind !== 'word') continue;
    const subj = lowerOf(n1);
    // (Not "that", read above, nor a clause with no subject: "it is expected to rain".)
    if (subj === 'that' || !((W.det.has(subj) && !W.crowd.has(subj) && !W.group.has(subj) && n1.text === subj) || (PRONOUNS.has(subj) && subj !== 'it' && subj !== 'you' && subj !== 'i'))) continue;
    if (!inBody(a, si)) continue;
    const s = a.sentences[si];
    const m = IT_PASSIVE.exec(a.text.slice(Math.max(s.start, toks[i].start - 40), toks[i].start));
    if (!m) continue;
    const start = toks[i].start - m[0].length + (m[0].length - m[0].trimStart().length);
    const end = toks[i].end;
    if (inQuote(start, end) || overlapsFound(start, end)) continue;
    if (inSentence(si).some((o) => !o.agentless && o.content.start <= start && end <= o.content.end + 1)) continue;
    overlapsFound.add(start, end);
    out.push(unnamedFinding(a, rule, severity, start, end));
  }
  return out;
}

/** "it is", "it was", "it has been", "it's" and up to two adverbs before the participle ("it has been
 *  widely", "it was previously", "it's feared"), the sentence's subject: after its start, a comma, or a word
 *  that opens a clause. */
const IT_PASSIVE = /(?:^|[\s,;:(—–-])[Ii]t(?:\s+(?:is|was|has\s+been|had\s+been)|['’]s(?:\s+been)?)\s+(?:(?:[a-z]+ly|also|previously|now|long|since|once|first|already)\s+){0,2}$/;

/** The cue's verb, with the particle after it when there is one ("had urged" → "urged", "called on" → "called on"). */
function lastCueWords(cue: string): string {
  const w = cue.toLowerCase().split(SPACES);
  const last = w[w.length - 1];
  return (last === 'on' || last === 'for') && w.length > 1 ? `${w[w.length - 2]} ${last}` : last;
}

/** Whether sentence `si` is body copy (a paragraph or the standfirst), where sourcing is judged. */
function inBody(a: Analysis, si: number): boolean {
  const s = a.sentences[si];
  const kind = s && a.blocks[s.block]?.kind;
  return kind === 'paragraph' || kind === 'standfirst';
}

/** The rule's finding over [start, end): the words that give a claim to nobody. */
function unnamedFinding(a: Analysis, rule: string, severity: Finding['severity'], start: number, end: number): Finding {
  return { rule, severity, start, end, message: `“${quoteText(a, { start, end })}” does not say who: name the source, or the organisation they speak for.`, related: [], fixes: [ignoreFix(rule, { start, end })] };
}
