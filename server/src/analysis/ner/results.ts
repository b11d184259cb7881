// Sports results and tables: the lines of a results service ("Oakport 2 Redhill 1", a league
// table's row "Redhill 4 3 1 0 9 3 10", a fixture "Oakport v Redhill") name teams, and a team is
// an organisation even when it carries a place's name. The tagger learnt from running prose and
// reads these lines poorly, so their structure decides: a name followed by a score or a row of
// figures, on a line of names and figures, is a team. Then every mention of a team's name in the
// same document is the team, except after "in", "at" or "from" (the place: "in Redhill").
//
// Not teams: a person in a results table (a golfer "Greg Walton 68 70", a runner with a country
// in brackets "Ana Ruiz (Peru) 10.91"), a country (a national side, but also the row of an
// economic table: it keeps the place's type), and a dateline ("OAKPORT 1997-02-03", one date, no
// score).
import type { KnowledgeBase } from '../knowledge-port';
import type { Token } from '../types';
import type { NerSpan } from './tagger';
import { MONTHS, ORG_WORDS, WEEKDAY_SET } from '../lexicon';
import { hasLower, startsLower, startsUpper } from '../tokens';
import teamCues from '../data/team-cues.json';
import { lowerCase } from '../lower-case';
import { isListedPersonNoun } from '../person-nouns';

const cueWords = (entries: { words: string[] }[]) => new Set(entries.flatMap((e) => e.words.map((w) => w.toLowerCase())));
/** data/team-cues.json: the words around a name in prose that make it a team. */
const MATCH_VERBS = cueWords(teamCues.matchVerbs);
const BEFORE_TEAM = cueWords(teamCues.before);
const AFTER_TEAM = cueWords(teamCues.after);
const AGREEMENT = cueWords(teamCues.agreement);
/** The last words of the phrases of BEFORE_TEAM ("a win over": "over"). */
const BEFORE_TEAM_LAST = new Set([...BEFORE_TEAM].map((p) => p.split(' ').pop()!));
const CLAUSE_OPENERS = new Set(teamCues.clauseOpeners);
const ORGANISATION_AFTER = cueWords(teamCues.organisationAfter);
const ORGANISATION_BEFORE = cueWords(teamCues.organisationBefore);
const COMPANY_AFTER = cueWords(teamCues.companyAfter);
const PLACE_AFTER = cueWords(teamCues.placeAfter);
const ARTICLES = new Set(['the', 'a', 'an']);
const DEFINED_AS = new Map<string, 'LOC' | 'ORG'>();
for (const e of teamCues.definedAs) for (const w of e.words) DEFINED_AS.set(w.toLowerCase(), e.type === 'place' ? 'LOC' : 'ORG');
const COPULAS = new Set(['is', 'was', 'are', 'were']);
/** Words that end the phrase after "a"/"an"/"the" in a definition: its head is the word before. */
const PHRASE_ENDS = new Set(['in', 'of', 'on', 'at', 'near', 'for', 'from', 'by', 'with', 'that', 'which', 'who', 'whose', 'and', 'or', 'based', 'located', 'founded', 'owned', 'situated', 'known', 'called', 'named']);
/** The words of the cues (a phrase's last word) but the plural verbs, which count only after a capitalised word: a sentence without one has no cue. */
const CUE_WORDS = new Set([...MATCH_VERBS, ...AFTER_TEAM, ...ORGANISATION_AFTER, ...ORGANISATION_BEFORE, ...COMPANY_AFTER, ...BEFORE_TEAM_LAST]);
/** The first characters of the cue words (all lower case): most tokens start with none of them. */
const CUE_STARTS = new Set([...CUE_WORDS].map((w) => w.charCodeAt(0)));
const mayBeCue = (w: string) => CUE_STARTS.has(w.charCodeAt(0)) && CUE_WORDS.has(w);

/** A score, a table's figure or a percentage column: "3", "2-1", ".602", "12.5". */
export function isFigure(t: Token): boolean {
  return t.kind === 'number' && /^[\d.,]*\d(?:[-–][\d.]+)?$/.test(t.text);
}

/**
 * Figures from token `j` on, as the tokenizer splits them ("4 - 2", ". 602"): the index after the
 * last and how many there are (0 when token `j` starts none).
 */
export function figuresFrom(toks: Token[], j: number): { end: number; count: number } {
  let k = j;
  let count = 0;
  for (;;) {
    if (k < toks.length && isFigure(toks[k])) {
      k++;
      count++;
    } else if (k + 1 < toks.length && (toks[k].text === '-' || toks[k].text === '–' || toks[k].text === '.') && isFigure(toks[k + 1]) && toks[k].end === toks[k + 1].start) k++;
    else break;
  }
  return { end: k, count };
}

/** A dateline's place: a name before a date ("OAKPORT 1997-02-03"), the town, not its team. */
function isDateline(toks: Token[], to: number): boolean {
  // "OAKPORT, Velmshire 1997-02-03": the town, then its region or country after a comma.
  if (toks[to]?.text === ',') {
    let k = to + 1;
    while (k < toks.length && k - to <= 3 && toks[k].kind === 'word' && startsUpper(toks[k].text)) k++;
    if (k > to + 1) to = k;
  }
  const t = toks[to];
  return t !== undefined && t.kind === 'number' && /^(?:19|20)\d\d$/.test(t.text) && toks[to + 1]?.text === '-';
}

const isCapital = (t: Token) => t.kind === 'word' && startsUpper(t.text);
const NAME_JOINERS = new Set(['&', 'of', 'de', "'s", '’s', '.']);
const FIXTURE_WORDS = new Set(['v', 'v.', 'vs', 'vs.']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from']);

interface Run {
  from: number;
  /** Exclusive. */
  to: number;
  /** Figures right after the name. */
  figures: number;
  /** The figures right after the name are a bowler's analysis ("8-0-39-3"): the name is a player's. */
  analysis?: boolean;
}

/**
 * Whether the figures from token `j` are one bowling analysis: four figures joined by hyphens with
 * no space (overs, maidens, runs, wickets: "8-0-39-3", "9.5-1-44-2"). A score is one or two
 * ("2-1", "88-3"), a table's row is spaced, and a date is a dateline's.
 */
export function isBowlingAnalysis(toks: Token[], j: number): boolean {
  let n = 0;
  for (let k = j; k < toks.length; k += 2) {
    if (!isFigure(toks[k]) || toks[k].text.includes('-')) return false;
    n++;
    const dash = toks[k + 1];
    if (!dash || dash.text !== '-' || dash.start !== toks[k].end || toks[k + 2]?.start !== dash.end) break;
  }
  return n === 4;
}

/** The runs of capitalised words of a sentence ("Harwick Rovers", "Queen's Park", "Mladost (L)"). */
function nameRuns(toks: Token[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < toks.length; ) {
    if (!isCapital(toks[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < toks.length && isCapital(toks[j])) j++;
      else if (j + 1 < toks.length && NAME_JOINERS.has(toks[j].text.toLowerCase()) && isCapital(toks[j + 1])) j += 2;
      else if (j + 1 < toks.length && (toks[j].text === "'s" || toks[j].text === '’s' || toks[j].text === '.')) j++;
      // A short capital tag in brackets is part of a club's name in a table ("Mladost (L)").
      else if (j + 2 < toks.length && toks[j].text === '(' && toks[j + 2].text === ')' && /^\p{Lu}{1,3}$/u.test(toks[j + 1].text)) j += 3;
      else break;
    }
    // A date after a name is a dateline's, not a score ("OAKPORT 1997-02-03").
    const f = isDateline(toks, j) ? { end: j, count: 0 } : figuresFrom(toks, j);
    runs.push({ from: i, to: j, figures: f.count, analysis: f.count > 0 && isBowlingAnalysis(toks, j) });
    i = f.end > j ? f.end : j;
  }
  return runs;
}

/**
 * A person's name in a table: a given name and a surname ("Greg Walton", but not "Marlow
 * Athletic", whose last word is an organisation's), or a country in brackets after it.
 */
function personLike(toks: Token[], r: Run, kb: KnowledgeBase): boolean {
  if (toks[r.to]?.text === '(' || r.analysis) return true;
  if (initialled(toks, r)) return true;
  if (ORG_WORDS.has(toks[r.to - 1].text.toLowerCase())) return false;
  return r.to - r.from >= 2 && kb.isGivenName(toks[r.from].text) && hasLower(toks[r.from].text);
}

/**
 * A name that opens on an initial ("P. Simmons", "T.O'Connell" in a scorecard's brackets): a
 * player, never a team (a club's name has no initials).
 */
function initialled(toks: Token[], r: Run): boolean {
  const first = toks[r.from].text;
  if (r.to - r.from >= 3 && first.length === 1 && isCapital(toks[r.from]) && toks[r.from + 1].text === '.') return true;
  return /^\p{Lu}\.\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(first);
}

/** The word at `k` follows an initial and its full stop ("M. Lindahl"). */
function afterInitial(toks: Token[], k: number): boolean {
  return k >= 2 && toks[k - 1].text === '.' && toks[k - 2].text.length === 1 && isCapital(toks[k - 2]);
}

function isCountry(text: string, kb: KnowledgeBase): boolean {
  const hit = kb.lookup(text) ?? kb.lookup(text.charAt(0) + text.slice(1).toLowerCase());
  return hit?.registry === 'places' && hit.entry.type === 'country';
}

/** The lower-case words of a sentence other than "v" (a line of a table has none, or one: "points"), counted up to `limit`. */
function proseWords(toks: Token[], limit = Infinity): number {
  let n = 0;
  let depth = 0;
  // A scorecard's brackets hold its scorers and their figures ("(J. Russell 56 not out)"): their words do not count.
  for (const t of toks) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.kind === 'word' && startsLower(t.text) && !FIXTURE_WORDS.has(t.text) && ++n >= limit) break;
  }
  return n;
}

const isDateWord = (w: string) => MONTHS.has(w.toLowerCase()) || WEEKDAY_SET.has(w.toLowerCase());

/** The team names of results lines, as token ranges by sentence. */
function teamRuns(text: string, sentences: Token[][], kb: KnowledgeBase, venues?: { sentence: number; from: number; to: number }[]): { sentence: number; from: number; to: number }[] {
  const out: { sentence: number; from: number; to: number }[] = [];
  const fixtures: { sentence: number; runs: Run[] }[] = [];
  const caps: { sentence: number; run: Run; venue: Run }[] = [];
  let resultLines = 0;
  const lines = sentences.map((toks) => {
    if (!toks.length || proseWords(toks, 2) > 1) return null;
    // No figure, no fixture word ("v", or "AT" between names in capitals): not a results line,
    // and no name runs to find (most sentences of an article stop here).
    if (!toks.some((t) => isFigure(t) || FIXTURE_WORDS.has(t.text) || t.text === 'AT')) return null;
    const runs = nameRuns(toks);
    // A month or a day before a figure is a date ("May 13"), not a team with its score.
    const scored = runs.filter((r) => r.figures >= 1 && !isDateWord(toks[r.from].text));
    return { runs, scored, isResults: scored.length >= 2 || scored.some((r) => r.figures >= 3) };
  });
  // In a document whose results name mostly clubs, a name whose first word is a given name that
  // is also an everyday word ("Crystal Palace", "Port Vale", "West Bromwich") is a club too; in a
  // golf or athletics table, where most are people's names, it stays a person's.
  let people = 0;
  let others = 0;
  lines.forEach((l, s) => {
    if (l?.isResults) for (const r of l.scored) personLike(sentences[s], r, kb) ? people++ : others++;
  });
  const clubs = others >= 4 && others >= 2 * people;
  const person = (toks: Token[], r: Run) => !!r.analysis || (personLike(toks, r, kb) && !(clubs && !initialled(toks, r) && toks[r.to]?.text !== '(' && kb.isCommonWord(toks[r.from].text.toLowerCase())));
  sentences.forEach((toks, s) => {
    // A ranking's rider or driver, their country in brackets, then their team: "Ana Ruiz (Peru)
    // Velmor Cycling 4:48:02" (a one-day race's results; a team's sponsor is an organisation).
    const bracketThenName = toks.some((t, k) => t.text === ')' && k + 1 < toks.length && isCapital(toks[k + 1]));
    const ranked = bracketThenName ? nameRuns(toks) : [];
    for (const r of ranked) {
      const open = r.from - 3;
      if (open < 1 || toks[r.from - 1].text !== ')' || toks[open].text !== '(') continue;
      const rider = ranked.find((x) => x.to === open);
      if (!rider || !personLike(toks, rider, kb) || person(toks, r) || !isCountry(toks[open + 1].text, kb)) continue;
      const next = toks[r.to];
      if (next && !isFigure(next) && next.text !== ',') continue;
      if (isCountry(text.slice(toks[r.from].start, toks[r.to - 1].end), kb)) continue;
      out.push({ sentence: s, from: r.from, to: r.to });
    }
    const line = lines[s];
    if (!line) return;
    const { runs, scored, isResults } = line;
    if (isResults) {
      resultLines++;
      // A team plays a team: on a score line of two names, one that is no person's makes the other
      // a team too ("Hadley 1 Crystal Harbour 1", though "Crystal" is a given name).
      const pair = scored.length === 2 && scored.every((r) => r.figures === 1) && scored.some((r) => !person(toks, r));
      for (const r of scored) {
        if ((!pair && person(toks, r)) || initialled(toks, r)) continue;
        if (pair && toks[r.to]?.text === '(') continue;
        if (isCountry(text.slice(toks[r.from].start, toks[r.to - 1].end), kb)) continue;
        out.push({ sentence: s, from: r.from, to: r.to });
      }
    } else if (toks.some((t) => FIXTURE_WORDS.has(t.text))) fixtures.push({ sentence: s, runs });
    else if (runs.length === 1 && toks.some((t) => t.text === 'AT')) {
      // "KESSFORD AT MARLOW" (nameRuns reads the capitals as one run): the visitors, then "AT"
      // and the home side's town, which stays a place (as after "at" in prose).
      const r = runs[0];
      let k = r.from;
      while (k < r.to && toks[k].text !== 'AT') k++;
      if (k > r.from && k + 1 < r.to) caps.push({ sentence: s, run: { from: r.from, to: k, figures: 0 }, venue: { from: k + 1, to: r.to, figures: 0 } });
    }
  });
  // "Oakport v Redhill" is a fixture in a document of results (elsewhere it may be a court case).
  if (resultLines >= 2) {
    for (const { sentence, run, venue } of caps) {
      const toks = sentences[sentence];
      venues?.push({ sentence, from: venue.from, to: venue.to });
      if (isCountry(text.slice(toks[run.from].start, toks[run.to - 1].end), kb)) continue;
      out.push({ sentence, from: run.from, to: run.to });
    }
    for (const { sentence, runs } of fixtures) {
      const toks = sentences[sentence];
      for (let k = 0; k + 1 < runs.length; k++) {
        if (runs[k].to + 1 !== runs[k + 1].from || !FIXTURE_WORDS.has(toks[runs[k].to].text)) continue;
        for (const r of [runs[k], runs[k + 1]]) {
          if (personLike(toks, r, kb) || isCountry(text.slice(toks[r.from].start, toks[r.to - 1].end), kb)) continue;
          out.push({ sentence, from: r.from, to: r.to });
        }
      }
    }
  }
  return out;
}

/**
 * A cue word after a name is written in lower case ("Pellmark spokesman"), or is a short form in
 * capitals ("Pellmark CEO") after a name that is not in capitals itself (a headline's "PELLMARK
 * CEO QUITS" is no cue).
 */
function cueCase(toks: Token[], r: { from: number; to: number }, j: number): boolean {
  const w = toks[j].text;
  if (startsLower(w)) return true;
  return w.length > 1 && !hasLower(w) && toks.slice(r.from, r.to).some((t) => hasLower(t.text));
}

/**
 * Teams named in running prose by the words around them (data/team-cues.json): a verb of a match
 * between two names, a phrase before the other side ("a win over"), a sports role after the
 * name ("striker"), a plural verb after a one-word name ("Redhill are"). Not a country, not a
 * person (a given name and a surname, or a word of a person's name the tagger found in full
 * in the document: "Brandt" after "Daniel Brandt", "Jansher" after "Jansher Khan"), not after "in", "at" or "from".
 */
function proseTeams(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): { sentence: number; from: number; to: number }[] {
  // Only sentences with a cue's word are read (most articles have none).
  const lower = (t: Token | undefined) => (t && t.kind === 'word' ? lowerCase(t.text) : '');
  const cued = sentences.map((toks) =>
    // Cue words are written in lower case in running prose.
    // (The cheap tests first: a word's first character before a lookup of the word.)
    toks.some((t, k) => mayBeCue(t.text) || (t.text.length > 1 && !hasLower(t.text) && CUE_WORDS.has(t.text.toLowerCase())) || (k > 0 && isCapital(toks[k - 1]) && AGREEMENT.has(t.text))),
  );
  if (!cued.includes(true)) return [];
  const surnames = new Set<string>();
  for (const s of spans) {
    const words = sentences[s.sentence].slice(s.from, s.to);
    if (s.type !== 'PER' || words.length < 2 || !words.every(isCapital)) continue;
    for (const t of words) surnames.add(t.text.toLowerCase());
  }
  // The tagger's names by sentence: a cue retypes a name, it does not make one of a capitalised
  // everyday word ("We have", "There were").
  const found = new Map<number, NerSpan[]>();
  const foundText = new Set<string>();
  for (const s of spans) {
    if (s.type === 'MISC') continue;
    const list = found.get(s.sentence);
    if (list) list.push(s);
    else found.set(s.sentence, [s]);
    foundText.add(text.slice(s.start, s.end).toLowerCase());
  }
  // A name the tagger typed MISC (a nationality, an award: "second team All-American") is no organisation by the noun before it.
  const misc = new Set(spans.filter((s) => s.type === 'MISC').map((s) => `${s.sentence}:${s.from}:${s.to}`));
  const miscAt = (s: number, from: number, to: number) => misc.has(`${s}:${from}:${to}`);
  // The noun before a name names its kind, unless the name is a pronoun ("the club I joined"), a
  // given name the tagger took for no place or organisation ("economist team Jim and Margaret …")
  // or describes a noun after it ("a daily Amsterdam newspaper").
  const nounCueHolds = (toks: Token[], r: { from: number; to: number }, next: string, named: NerSpan[]) =>
    toks[r.from].text.length > 1 &&
    !(r.to - r.from === 1 && kb.isGivenName(toks[r.from].text) && !named.some((n) => n.from === r.from && n.to === r.to && n.type !== 'PER')) &&
    !ORGANISATION_BEFORE.has(next) &&
    !ORGANISATION_AFTER.has(next);
  const out: { sentence: number; from: number; to: number }[] = [];
  sentences.forEach((toks, s) => {
    if (!cued[s]) return;
    const named = found.get(s) ?? [];
    for (const r0 of nameRuns(toks)) {
      const r = { ...r0 };
      // "The Redhill fans": the article opening a sentence is no part of the name.
      if (toks[r.from].text === 'The' && r.to - r.from > 1) r.from++;
      // In prose a name ends before a possessive or "of": "Redhill of Norway" is Redhill.
      for (let k = r.from + 1; k < r.to; k++) {
        const w = toks[k].text.toLowerCase();
        // "Pellmark CEO Ruth Okafor": a cue word in capitals ends the name before it.
        if (w === "'s" || w === '’s' || w === 'of' || (k > r.from && (ORGANISATION_AFTER.has(w) || COMPANY_AFTER.has(w)) && cueCase(toks, { from: r.from, to: k }, k))) {
          r.to = k;
          break;
        }
      }
      const prev = lower(toks[r.from - 1]);
      // (The two words before made into one string only when the word before may end such a phrase.)
      const prev2 = BEFORE_TEAM_LAST.has(prev) ? `${lower(toks[r.from - 2])} ${prev}` : '';
      const j = r.to;
      if (toks[j] && (toks[j].text === "'s" || toks[j].text === '’s' || toks[j].text === '(')) continue;
      const next = lower(toks[j]);
      const verb = prev === 'the' ? r.from - 2 : r.from - 1;
      // Each cue below needs one of these words beside the name: without one, no cue (most runs of
      // a sentence with a cue's word elsewhere stop here, before the tests that read the document).
      if (!MATCH_VERBS.has(next) && !(verb >= 1 && MATCH_VERBS.has(lower(toks[verb]))) && !BEFORE_TEAM.has(prev2) && !AFTER_TEAM.has(next) && !ORGANISATION_AFTER.has(next) && !COMPANY_AFTER.has(next) && !ORGANISATION_BEFORE.has(prev) && !AGREEMENT.has(next)) continue;
      // The name as the tagger found it here, or found elsewhere in the document.
      const exact = named.some((n) => n.from === r.from && n.to === r.to) || foundText.has(text.slice(toks[r.from].start, toks[r.to - 1].end).toLowerCase());
      const within = named.some((n) => n.from <= r.from && n.to >= r.to);
      // A name the tagger passed over may be one still when its first word is no everyday word
      // nor an everyday word's plural ("Kessford beat Marlow" at a sentence's start; not "We
      // have", "Borrowers were"), except before a plural verb.
      const unseen = !within && !exact;
      const firstWord = toks[r.from].text.toLowerCase();
      if (unseen && (kb.isCommonWord(firstWord) || (firstWord.endsWith('s') && kb.isCommonWord(firstWord.slice(0, -1))))) continue;
      const afterVerb = toks[j + 1]?.text === 'the' ? toks[j + 2] : toks[j + 1];
      // The knowledge base is asked only when a cue that depends on it is there.
      let looked = false;
      let known: ReturnType<KnowledgeBase['lookup']>;
      const lookup = () => {
        if (!looked) (known = kb.lookup(text.slice(toks[r.from].start, toks[r.to - 1].end))), (looked = true);
        return known;
      };
      const cue =
        (MATCH_VERBS.has(next) && afterVerb !== undefined && isCapital(afterVerb)) ||
        (verb >= 1 && MATCH_VERBS.has(lower(toks[verb]))) ||
        ((exact || unseen) && BEFORE_TEAM.has(prev2)) ||
        ((exact || unseen) && AFTER_TEAM.has(next) && /^\p{Ll}/u.test(toks[j].text)) ||
        ((exact || unseen) && (ORGANISATION_AFTER.has(next) || COMPANY_AFTER.has(next)) && cueCase(toks, r, j) && !lookup()) ||
        ((exact || (unseen && !miscAt(s, r.from, r.to))) && ORGANISATION_BEFORE.has(prev) && startsLower(toks[r.from - 1].text) && nounCueHolds(toks, r, next, named)) ||
        (exact && r.to - r.from === 1 && AGREEMENT.has(next) && (r.from === 0 || CLAUSE_OPENERS.has(toks[r.from - 1].text.toLowerCase())) && !lookup());
      if (!cue) continue;
      if (PLACE_PREPOSITIONS.has(prev)) continue;
      // "the agency Saturday launched": a day or a month is no name.
      if (WEEKDAY_SET.has(firstWord) || MONTHS.has(firstWord)) continue;
      const name = text.slice(toks[r.from].start, toks[r.to - 1].end);
      // Nor a demonym, nor a compound ending in one ("All-American", a player's honour).
      if (isCountry(name, kb) || kb.demonym(name) || (name.includes('-') && kb.demonym(name.slice(name.lastIndexOf('-') + 1)))) continue;
      const hit = lookup();
      // A given name first is a person's name ("Daniel Brandt beat …"), unless the word is a place's
      // and the tagger did not read the whole as a person ("the Velmshire Hornets beat …").
      const placeFirst = () => kb.lookup(toks[r.from].text)?.registry === 'places' && !named.some((n) => n.type === 'PER' && n.from <= r.from && n.to >= r.to);
      if (r.to - r.from >= 2 && kb.isGivenName(toks[r.from].text) && !ORG_WORDS.has(toks[r.to - 1].text.toLowerCase()) && !placeFirst()) continue;
      if (r.to - r.from === 1 && surnames.has(name.toLowerCase()) && !COMPANY_AFTER.has(next)) continue;
      if (hit && hit.registry === 'places' && hit.entry.type !== 'city') continue;
      if (hit && hit.registry !== 'places') continue;
      out.push({ sentence: s, from: r.from, to: r.to });
    }
  });
  return out;
}

/**
 * A team's name of a known town or region and a nickname in the plural ("Velmouth Hornets",
 * "New Skelby Rangers"): the town's words and the nickname, else null. Not a company ("Velmouth
 * Holdings": an organisation's word), nor a nickname that is a demonym ("… Indians" stays whole).
 */
function nicknamed(text: string, toks: Token[], from: number, to: number, kb: KnowledgeBase): [string, string] | null {
  if (to - from < 2) return null;
  const last = toks[to - 1].text;
  if (!isCapital(toks[to - 1]) || !last.endsWith('s') || last.length < 4 || !hasLower(last) || ORG_WORDS.has(last.toLowerCase())) return null;
  for (let k = to - 1; k > from; k--) {
    const place = text.slice(toks[from].start, toks[k - 1].end);
    const hit = kb.lookup(place);
    if (hit?.registry !== 'places' || hit.entry.type === 'country') continue;
    return [place, text.slice(toks[k].start, toks[to - 1].end)];
  }
  return null;
}

/**
 * The tagger's spans with the teams of results lines as organisations: a team's span replaces
 * whatever the tagger found over its words, and the team's other mentions in the document take
 * its type (spans marked `team`, which the knowledge base's place names do not override).
 */
export function withTeams(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  const seen = new Set<string>();
  // The home side's town after "AT" on a fixture line in capitals is a place, whatever the tagger said.
  const venues: { sentence: number; from: number; to: number }[] = [];
  const fromLines = teamRuns(text, sentences, kb, venues);
  if (venues.length) {
    const at = new Set(venues.map((v) => `${v.sentence}:${v.from}:${v.to}`));
    const found = new Set<string>();
    spans = spans.map((sp) => {
      const key = `${sp.sentence}:${sp.from}:${sp.to}`;
      if (!at.has(key)) return sp;
      found.add(key);
      return sp.type === 'LOC' ? sp : { ...sp, type: 'LOC' as const };
    });
    for (const v of venues) {
      if (found.has(`${v.sentence}:${v.from}:${v.to}`)) continue;
      const toks = sentences[v.sentence];
      if (spans.some((sp) => sp.sentence === v.sentence && sp.from < v.to && v.from < sp.to)) continue;
      spans = [...spans, { start: toks[v.from].start, end: toks[v.to - 1].end, type: 'LOC', sentence: v.sentence, from: v.from, to: v.to }];
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const teams = [...fromLines, ...proseTeams(text, sentences, spans, kb)].filter((t) => {
    const k = `${t.sentence}:${t.from}:${t.to}`;
    return !seen.has(k) && !!seen.add(k);
  });
  if (!teams.length) return spans;
  // Tokens taken, by sentence: by the teams first, then by any span (linear in all).
  const taken: (Uint8Array | undefined)[] = new Array(sentences.length);
  const take = (sentence: number, from: number, to: number) => {
    const t = (taken[sentence] ??= new Uint8Array(sentences[sentence].length));
    t.fill(1, from, to);
  };
  const isTaken = (sentence: number, from: number, to: number) => {
    const t = taken[sentence];
    if (!t) return false;
    for (let k = from; k < to; k++) if (t[k]) return true;
    return false;
  };
  const names = new Set<string>();
  const added: NerSpan[] = [];
  for (const t of teams) {
    const toks = sentences[t.sentence];
    const start = toks[t.from].start;
    const end = toks[t.to - 1].end;
    names.add(text.slice(start, end).toLowerCase());
    // A town's team by its nickname ("Velmouth Hornets"): the town alone and the nickname alone
    // are the team too in this document ("Velmouth's lead", "the Hornets"; not "in Velmouth").
    const split = nicknamed(text, toks, t.from, t.to, kb);
    if (split) for (const n of split) names.add(n.toLowerCase());
    added.push({ start, end, type: 'ORG', sentence: t.sentence, from: t.from, to: t.to, team: true });
    take(t.sentence, t.from, t.to);
  }
  const kept = spans
    .filter((s) => !isTaken(s.sentence, s.from, s.to))
    .map((s) => {
      if (s.type === 'MISC') return s;
      if (s.type === 'ORG') {
        // In a document of results, a name opening on an initial, or right after one, is a player,
        // never a team ("M. Lindahl 4-38", where the tagger may take "Lindahl" alone).
        if (!s.team && (initialled(sentences[s.sentence], { from: s.from, to: s.to, figures: 0 }) || afterInitial(sentences[s.sentence], s.from))) return { ...s, type: 'PER' as const };
        // The tagger's own organisation of a team's name is the team (the knowledge base's place does not override it).
        if (s.team || !names.has(text.slice(s.start, s.end).toLowerCase())) return s;
        const before = s.from > 0 ? sentences[s.sentence][s.from - 1].text.toLowerCase() : '';
        return PLACE_PREPOSITIONS.has(before) || isDateline(sentences[s.sentence], s.to) ? s : { ...s, team: true };
      }
      // "Varelli Cables" after the organisation Varelli: a person's name starts with a given name.
      const first = sentences[s.sentence][s.from];
      if (s.type === 'PER' && s.to - s.from > 1 && names.has(first.text.toLowerCase()) && !kb.isGivenName(first.text)) return { ...s, type: 'ORG' as const };
      if (!names.has(text.slice(s.start, s.end).toLowerCase())) return s;
      const before = s.from > 0 ? sentences[s.sentence][s.from - 1].text.toLowerCase() : '';
      return PLACE_PREPOSITIONS.has(before) || isDateline(sentences[s.sentence], s.to) ? s : { ...s, type: 'ORG' as const, team: true };
    });
  for (const s of kept) take(s.sentence, s.from, s.to);
  // A team's name the tagger passed over elsewhere ("Redhill won again") is the team too.
  sentences.forEach((toks, s) => {
    for (const r of nameRuns(toks)) {
      const start = toks[r.from].start;
      const end = toks[r.to - 1].end;
      if (isTaken(s, r.from, r.to) || !names.has(text.slice(start, end).toLowerCase())) continue;
      if (r.from > 0 && PLACE_PREPOSITIONS.has(toks[r.from - 1].text.toLowerCase())) continue;
      if (isDateline(toks, r.to)) continue;
      added.push({ start, end, type: 'ORG', sentence: s, from: r.from, to: r.to, team: true });
    }
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * People in a results list, each with a country in brackets ("4. Ana Ruiz (Peru) 10.91", "Ivo
 * Lind (Norway) beat Paul Vos (Chile) 6-3 6-4"): in a document with three such names or more,
 * most of them starting with a known given name, every name of two or three words before a
 * bracketed country is a person's, whatever the tagger took it for (runners' and players'
 * names from everywhere are mostly unknown to it). Not a known place, nor a name with an
 * organisation's word ("Harbour United (Chile)").
 */
export function withCountryPeople(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  const found: { sentence: number; from: number; to: number }[] = [];
  let given = 0;
  sentences.forEach((toks, s) => {
    for (let k = 2; k + 2 < toks.length; k++) {
      if (toks[k].text !== '(') continue;
      let close = k + 2;
      while (close < toks.length && close <= k + 3 && toks[close].text !== ')') close++;
      if (toks[close]?.text !== ')' || !isCountry(text.slice(toks[k + 1].start, toks[close - 1].end), kb)) continue;
      let from = k;
      while (from > 0 && k - from < 3 && isCapital(toks[from - 1]) && hasLower(toks[from - 1].text)) from--;
      if (k - from < 2) continue;
      if (toks.slice(from, k).some((t) => ORG_WORDS.has(t.text.toLowerCase()))) continue;
      const name = text.slice(toks[from].start, toks[k - 1].end);
      if (kb.lookup(name)?.registry === 'places') continue;
      if (kb.isGivenName(toks[from].text)) given++;
      found.push({ sentence: s, from, to: k });
    }
  });
  if (found.length < 3 || given * 2 < found.length) return spans;
  const at = new Set(found.map((f) => `${f.sentence}:${f.from}:${f.to}`));
  const covered = new Set<string>();
  const kept: NerSpan[] = [];
  for (const sp of spans) {
    const key = `${sp.sentence}:${sp.from}:${sp.to}`;
    if (at.has(key)) {
      covered.add(key);
      kept.push(sp.type === 'PER' ? sp : { ...sp, type: 'PER', team: undefined });
      continue;
    }
    // A span over part of such a name, or running over it, gives way to it.
    if (found.some((f) => f.sentence === sp.sentence && f.from < sp.to && sp.from < f.to)) continue;
    kept.push(sp);
  }
  for (const f of found) {
    const key = `${f.sentence}:${f.from}:${f.to}`;
    if (covered.has(key)) continue;
    const toks = sentences[f.sentence];
    kept.push({ start: toks[f.from].start, end: toks[f.to - 1].end, type: 'PER', sentence: f.sentence, from: f.from, to: f.to });
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A name after "the", "a" or "an" and right before a noun for a kind of place ("the Velsland
 * capital", "a Tarrow village"; data/team-cues.json placeAfter) is a place's name, whatever type the
 * tagger gave it, and so are its other mentions in the document. Not when the noun opens a
 * compound whose head names an organisation or a person ("the Tarrow Gazette city editor", "the
 * Velsland county council"), nor for a name the knowledge base knows as anything but a place.
 */
export function placesBeforePlaceNouns(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  let names: Set<string> | undefined;
  for (const s of spans) {
    if (s.type === 'LOC' || s.type === 'MISC' || s.team || s.joined || s.from === 0) continue;
    const toks = sentences[s.sentence];
    const next = toks[s.to];
    if (!next || next.kind !== 'word' || !startsLower(next.text) || !PLACE_AFTER.has(next.text)) continue;
    if (!ARTICLES.has(lowerCase(toks[s.from - 1].text))) continue;
    const head = toks[s.to + 1];
    if (head && head.kind === 'word' && startsLower(head.text) && (ORG_WORDS.has(head.text) || isListedPersonNoun(head.text))) continue;
    const name = text.slice(s.start, s.end);
    const hit = kb.lookup(name);
    if (hit && hit.registry !== 'places') continue;
    (names ??= new Set()).add(name.toLowerCase());
  }
  if (!names) return spans;
  const places = names;
  return spans.map((s) => (s.type !== 'LOC' && s.type !== 'MISC' && !s.team && places.has(text.slice(s.start, s.end).toLowerCase()) ? { ...s, type: 'LOC' as const } : s));
}

/**
 * A person's span the tagger found right before a comma and a region or a country the knowledge
 * base knows ("the town of Coleman, Florida", "Debden, England, 4 June 1943") is a place's name.
 * Not a person named in full (a given name first: "Ann Lowe, England's captain"), nor before a
 * possessive.
 */
export function placesBeforeRegions(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  return spans.map((s) => {
    if (s.type !== 'PER') return s;
    const toks = sentences[s.sentence];
    if (toks[s.to]?.text !== ',' || !toks[s.to + 1] || !startsUpper(toks[s.to + 1].text)) return s;
    if (s.to - s.from >= 2 && kb.isGivenName(toks[s.from].text)) return s;
    // The run of capitalised words after the comma, and its longest start the knowledge base knows.
    let e = s.to + 1;
    while (e + 1 < toks.length && startsUpper(toks[e + 1].text)) e++;
    const next = toks[e + 1];
    if (next && (next.text === "'s" || next.text === '’s')) return s;
    for (let k = e; k > s.to; k--) {
      const hit = kb.lookup(text.slice(toks[s.to + 1].start, toks[k].end));
      if (hit?.registry === 'places' && hit.entry.type !== 'city') return { ...s, type: 'LOC' as const };
    }
    return s;
  });
}

/**
 * A name defined by a copula or an apposition and a noun for a kind of thing ("Aisby is a village
 * in Lincolnshire", "Tarnwell is a major Brazilian manufacturer of bicycles", "Ferrowind, a turbine
 * maker, said"; data/team-cues.json definedAs): the noun heading the phrase after "a", "an" or
 * "the" types the name, and its other mentions in the document: a place or an organisation. The
 * head is the phrase's last word before a preposition, a relative pronoun or punctuation, at
 * most six words on; another noun there ("a company director") is no such definition.
 */
export function definedNames(text: string, sentences: Token[][], spans: NerSpan[], kb: KnowledgeBase): NerSpan[] {
  let typed: Map<string, 'LOC' | 'ORG'> | undefined;
  for (const s of spans) {
    if (s.type === 'MISC' || s.team) continue;
    const toks = sentences[s.sentence];
    let j = s.to;
    const link = toks[j]?.text;
    if (link === ',') j++;
    else if (link && COPULAS.has(link)) j++;
    else continue;
    if (!toks[j] || !ARTICLES.has(lowerCase(toks[j].text))) continue;
    let head = -1;
    for (let k = j + 1; k < toks.length && k <= j + 6; k++) {
      const t = toks[k];
      if (t.kind !== 'word' || PHRASE_ENDS.has(t.text)) break;
      head = k;
    }
    if (head < 0 || !startsLower(toks[head].text)) continue;
    // "the port's chief engineer": a possessive noun is no head.
    const after = toks[head + 1]?.text;
    if (after === "'s" || after === '’s' || after === "'" || after === '’') continue;
    // Nor is a person named in full ("Ossian Reeve, the …") anything but a person.
    if (s.to - s.from >= 2 && kb.isGivenName(toks[s.from].text)) continue;
    const type = DEFINED_AS.get(toks[head].text);
    if (!type) continue;
    const name = text.slice(s.start, s.end);
    const hit = kb.lookup(name);
    if (hit && (hit.registry === 'places') !== (type === 'LOC')) continue;
    (typed ??= new Map()).set(name.toLowerCase(), type);
  }
  if (!typed) return spans;
  const types = typed;
  return spans.map((s) => {
    if (s.type === 'MISC' || s.team) return s;
    const t = types.get(text.slice(s.start, s.end).toLowerCase());
    return t && t !== s.type ? { ...s, type: t } : s;
  });
}
