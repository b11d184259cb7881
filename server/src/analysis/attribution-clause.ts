// Attributions read from the clause: a verb of saying (or "according to") found by token, its
// source the subject before it, the phrase after it when inverted ("…, said X"), or the main
// clause's subject for a participle ("…, saying …") or a second verb ("… and said …"); its
// content the clause it governs, or the quotation before it.
import { isDigits, isLowerWord, words as wordList } from './tokens';
import type { Sentence, SourceKind, Span, Token } from './types';
import { type CueClass, type CueVerb, W, cuePhrases, cueVerb, isPlainPresent } from './attribution-cues';
import { type NpContext, type Phrase, isCapitalised, isPersonNoun, isSourceNoun, lowerOf, phraseEndingAt, phraseStartingAt } from './noun-phrase';
import { type Antecedents, kindOfEntity, sourceKind } from './source-kind';
import { DOCUMENT_WORDS, MONTHS, PRONOUNS, VAGUE_SOURCES, WEEKDAY_SET } from './lexicon';
import { sampleStart } from './attribution-sample';

export interface ClauseSource extends Span {
  kind: SourceKind;
  entity: string | null;
}

export interface Found {
  cue: Span;
  source: ClauseSource;
  content: Span;
  cls: CueClass;
  lemma: string;
  inverted: boolean;
  /** A passive with no agent ("is expected to win", "Asked whether …"): nobody is named and
   *  nobody is hidden; the source span is the cue itself, kind 'vague'. */
  agentless?: boolean;
}

export interface ClauseContext extends NpContext {
  recent: Antecedents;
  /** Is this offset inside a speech quotation? */
  inQuote(pos: number): boolean;
  /** Quotation spans (sorted) of the sentence, for "called … “…”" and "“…?” asked X". */
  quoteNear(from: number, to: number): boolean;
  /** The inside of a quotation that ends right before the sentence, in its paragraph: what a
   *  sentence of only a speaker and a verb ("“….” Harris said.") reports. */
  quoteBefore?: Span;
}

/** Object pronouns and the kinds of entity they stand for. */
/** Forms of the auxiliary "have": an -s word after one is a noun ("has claims"). */
const HAVE = new Set(['has', 'have', 'had', 'having']);
const OBJECT_PRONOUNS: Record<string, string[]> = { him: ['person'], her: ['person'], them: ['organisation', 'person'] };
const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);
const DASHES = new Set(['—', '–', '-']);
const isQuoteMark = (t: Token | undefined) => !!t && (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text));
const isWordTok = (t: Token | undefined) => !!t && t.kind === 'word';
const isPluralWord = (w: string) => w.length > 2 && w.endsWith('s') && !w.endsWith('ss');
/** "quietly", "angrily": lower case ("Donnelly" is a name). */
const isMannerAdverb = (w: string) => w.length > 4 && w.endsWith('ly') && w === w.toLowerCase() && !W.lyNoun.has(w);

function toSource(c: NpContext, ph: Phrase, recent: Antecedents, speechOnly = true): ClauseSource | null {
  const typed = sourceKind(c, ph, recent);
  if (!typed) return null;
  if (typed.guessed && !speechOnly) return null;
  // A named source is the name itself, without title or article ("Laura Benning", "Wall Street Journal").
  const m = ph.entity && typed.entity === ph.entity ? c.mentionByEnd.get(c.toks[ph.head].end) : undefined;
  if (m) return { start: m.start, end: m.end, kind: typed.kind, entity: typed.entity };
  return { start: c.toks[ph.first].start, end: c.toks[ph.last].end, kind: typed.kind, entity: typed.entity };
}

/** The end of a sentence's text without its closing punctuation and quote marks. */
function trimmedEnd(text: string, s: Sentence): number {
  let end = s.end;
  while (end > s.start && '\n\r\t .!?”"’\''.includes(text[end - 1])) end--;
  return end;
}

/** The text before position `end` in the sentence, without the commas, dashes and quote marks next to it. */
function contentBefore(text: string, s: Sentence, end: number): Span {
  while (end > s.start && ' \t,—–"”’\':'.includes(text[end - 1])) end--;
  let start = s.start;
  while (start < end && ' “"‘\''.includes(text[start])) start++;
  return { start, end };
}

function contentAfter(text: string, s: Sentence, from: number): Span {
  let start = from;
  while (start < s.end && ' \t,:“"'.includes(text[start])) start++;
  return { start, end: Math.max(start, trimmedEnd(text, s)) };
}

/** Nothing said after the verb but when, where or how: "… on Tuesday", "… in a statement". */
function nothingAfter(toks: Token[], a: number, quoted = false): boolean {
  // ("“…,” she said sarcastically.": how it was said first — not "said nearly 160,000 people …":
  // after the adverbs comes punctuation, a time or a preposition.)
  // ("“…,” the mayor said, adding that …": a participle set off right after the verb is a clause of its own.)
  if (toks[a]?.text === ',' && isParticiple(toks[a + 1])) return true;
  // ("said several months after her release", "said two days later": how long after, then when.)
  let n = a;
  while (n < a + 3 && toks[n]?.kind === 'word' && (W.det.has(lowerOf(toks[n])) || isDigits(toks[n].text.slice(0, 1)) || W.numberWord.has(lowerOf(toks[n])))) n++;
  // (Not when the time closes the clause: "the 3.1% the government estimated a month ago" has its
  // object moved out before the subject.)
  if (n > a && toks[n] && W.timeNoun.has(lowerOf(toks[n])) && toks[n].kind === 'word' && W.preposition.has(lowerOf(toks[n + 1]))) a = n + 1;
  // ("said late last week", "said just after midnight": a word that places the time.)
  if (toks[a]?.kind === 'word' && W.timeModifier.has(lowerOf(toks[a])) && toks[a + 1]?.kind === 'word' && (W.time.has(lowerOf(toks[a + 1])) || W.preposition.has(lowerOf(toks[a + 1])))) a++;
  let b = a;
  while (toks[b] && toks[b].kind === 'word' && isMannerAdverb(toks[b].text)) b++;
  if (b > a && (!toks[b] || (toks[b].kind === 'punct' && !OPEN_QUOTES.has(toks[b].text)) || W.time.has(lowerOf(toks[b])) || W.preposition.has(lowerOf(toks[b])))) a = b;
  const first = toks[a];
  // ("“…,” she said of the mayor": after a quotation, what it was said about, not what was said;
  // "said about 160 people came" counts them.)
  // ("“…,” Rubio said Dec. 6 on CNN": a month says when.)
  if (first && first.kind === 'word' && isCapitalised(first) && MONTHS.has(lowerOf(first))) return nothingAfter(toks, a + 1 + (toks[a + 1]?.text === '.' ? 1 : 0), quoted);
  // ("“…,” Rubio responded before adding that …": a participle's clause after a preposition is what was done next.)
  if (first && first.kind === 'word' && W.preposition.has(lowerOf(first)) && isParticiple(toks[a + 1])) return true;
  const topic = quoted && !!first && W.topic.has(lowerOf(first)) && toks[a + 1]?.kind === 'word' && !isDigits(toks[a + 1].text.slice(0, 1)) && !W.numberWord.has(lowerOf(toks[a + 1]));
  if (first && first.kind === 'word' && !W.time.has(lowerOf(first)) && !W.preposition.has(lowerOf(first)) && !topic) return false;
  for (let k = a; k < toks.length; k++) {
    const t = toks[k];
    // ("wrote in an email on Monday, meaning that …", "said, adding that …": a participle set off
    // after the verb is a clause of its own.)
    // (Only after a circumstance that opens with a preposition or a time: "denied this, telling …" has an object.)
    if (t.text === ',' && k > a && (W.preposition.has(lowerOf(first)) || W.time.has(lowerOf(first)) || topic) && isParticiple(toks[k + 1])) return true;
    // ("said when asked about it", "said Saturday at the debate, which was aired …": a clause of
    // time, or a relative clause on the circumstance's noun, says when or where, not what.)
    if (circumstanceClause(toks, k)) return true;
    if (t.text === ':' || OPEN_QUOTES.has(t.text) || W.complementiser.has(lowerOf(t))) return false;
    // ("agreed on Monday to buy …": an infinitive is what the verb governs.)
    if (lowerOf(t) === 'to' && toks[k + 1] && !W.det.has(lowerOf(toks[k + 1])) && !isCapitalised(toks[k + 1]) && !PRONOUNS.has(lowerOf(toks[k + 1]))) return false;
  }
  return true;
}

/** A clause of time ("when asked about it": a word that is both a preposition and a
 *  complementiser) or, after a comma, a relative clause ("…, which was aired live") at `k`. */
function circumstanceClause(toks: Token[], k: number): boolean {
  const w = lowerOf(toks[k]);
  if (toks[k]?.kind !== 'word' || !W.complementiser.has(w)) return false;
  return W.preposition.has(w) || (W.relative.has(w) && w !== 'that' && toks[k - 1]?.text === ',');
}

/**
 * "In the end, Mr. Rosen said, union voters …": the speaker and verb between two commas (at
 * `comma` and right after the verb at `cueEnd`), after a short opener (a few words, no quotation)
 * and before a longer run of words that opens with no preposition or participle (not "…, he said,
 * after the vote."). The index of the second comma, or -1.
 */
function afterAside(toks: Token[], comma: number, cueEnd: number): number {
  const second = cueEnd + 1;
  if (toks[second]?.text !== ',' || comma < 1) return -1;
  let before = 0;
  for (let q = 0; q < comma; q++) {
    if (isQuoteMark(toks[q]) || toks[q].text === ':' || toks[q].text === ',') return -1;
    if (toks[q].kind === 'word') before++;
  }
  const nx = toks[second + 1];
  if (!nx || nx.kind !== 'word' || W.preposition.has(lowerOf(nx)) || isParticiple(nx) || W.coordinator.has(lowerOf(nx))) return -1;
  let after = 0;
  for (let q = second + 1; q < toks.length; q++) {
    if (isQuoteMark(toks[q])) return -1;
    if (toks[q].kind === 'word') after++;
  }
  return before <= 5 && after > before + 1 ? second : -1;
}

/** "some of | the women", "one of | the witnesses": where a quantifier (clause-words.json
 *  partitiveHeads, or a number word) and "of" open the clause before the phrase at `first`, the
 *  quantifier's index; else -1. */
function partitiveStart(toks: Token[], first: number): number {
  const q = first - 2;
  if (q < 0 || lowerOf(toks[first - 1]) !== 'of' || toks[q].kind !== 'word') return -1;
  const w = lowerOf(toks[q]);
  if (!W.partitive.has(w) && !W.numberWord.has(w)) return -1;
  const lead = toks[q - 1];
  return !lead || (lead.kind === 'punct' && !isGenitiveMark(toks, q - 1)) || W.coordinator.has(lowerOf(lead)) || W.sampleLead.has(lowerOf(lead)) ? q : -1;
}

/** "Many said that …", "some argued Monday the plan …": a quantifier for people opening its
 *  clause before the past or -s form of a verb of saying or believing, a clause after it ("many
 *  reported cases" is a noun phrase). */
function crowdBeforeClause(toks: Token[], i: number, cueEnd: number, v: CueVerb): boolean {
  if ((v.form !== 'past' && v.form !== 's') || (v.cls !== 'speech' && v.cls !== 'belief')) return false;
  const lead = toks[i - 2];
  if (lead && lead.kind === 'word' && !W.coordinator.has(lowerOf(lead)) && !W.sampleLead.has(lowerOf(lead))) return false;
  return clauseFollows(toks, cueEnd, false);
}

/** A closing quotation mark at `q`, or a comma right after one ("“…,” she said", "“…”, she said"). */
function closesQuote(toks: Token[], q: number): boolean {
  const x = toks[q];
  return !!x && ((isQuoteMark(x) && CLOSE_QUOTES.has(x.text)) || (x.text === ',' && isQuoteMark(toks[q - 1])));
}

/** "“…,” Carson said on a talk show, but …", "“…,” he asserted to reporters on Tuesday, repeating
 *  …": the speaker and the verb right after a quotation set off with a comma (or "?", "!"), and
 *  the verb followed by when, where, to whom or how it was said (a preposition, a time word or a
 *  comma), not by a clause, a colon or another quotation: the words said are the quotation. */
function quoteThenCircumstance(toks: Token[], head: Phrase | null | undefined, cueEnd: number): boolean {
  if (!head || head.first < 2) return false;
  const q = head.first - 1;
  const mark = toks[q];
  const setOff = (isQuoteMark(mark) && CLOSE_QUOTES.has(mark.text) && [',', '?', '!'].includes(toks[q - 1].text))
    || (mark.text === ',' && isQuoteMark(toks[q - 1]) && CLOSE_QUOTES.has(toks[q - 1].text));
  if (!setOff) return false;
  let a = cueEnd + 1;
  while (toks[a] && toks[a].kind === 'word' && isMannerAdverb(toks[a].text)) a++;
  const f = toks[a];
  if (!f || f.text === '.') return false;
  if (f.text === ',' || f.text === ';' || DASHES.has(f.text)) return !isQuoteMark(toks[a + 1]) && !W.complementiser.has(lowerOf(toks[a + 1]));
  const w = lowerOf(f);
  const nx = toks[a + 1];
  // ("she said that night": "that" before a time noun says when.)
  if (w === 'that' && nx && nx.kind === 'word' && W.timeNoun.has(lowerOf(nx))) return true;
  if (f.kind !== 'word' || W.complementiser.has(w)) return false;
  // ("said to reporters", not "agreed to leave": "to" before a bare verb governs an infinitive.)
  if (w === 'to') return !!nx && nx.kind === 'word' && (W.det.has(lowerOf(nx)) || isCapitalised(nx) || PRONOUNS.has(lowerOf(nx)) || (isPluralWord(lowerOf(nx)) && !cueVerb(lowerOf(nx))));
  return W.preposition.has(w) || W.time.has(w);
}

/** A possessive mark after a plural ("the victims' families"): attached to the word before, a
 *  space and a word after — not a closing quotation mark. */
function isGenitiveMark(toks: Token[], q: number): boolean {
  const x = toks[q];
  const p = toks[q - 1];
  const n = toks[q + 1];
  return !!x && (x.text === "'" || x.text === '’') && !!p && p.kind === 'word' && p.end === x.start && lowerOf(p).endsWith('s')
    && !!n && n.kind === 'word' && n.start > x.end && !isCapitalised(n);
}

/** A lower-case -ing word: "adding", "meaning" ("thing", "king" and "spring" are no participles). */
function isParticiple(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.length > 5 && t.text.endsWith('ing') && t.text === t.text.toLowerCase();
}

/**
 * After a verb of saying: only how, when or where it was said (manner adverbs, then what
 * `nothingAfter` allows), with an addressee first when `addressee` ("asked reporters
 * rhetorically during the briefing"). A subject pronoun after the verb opens a clause.
 */
function onlyCircumstanceAfter(toks: Token[], a: number, addressee: boolean): boolean {
  const skipAdverbs = (k: number) => {
    while (k < toks.length && toks[k].kind === 'word' && isMannerAdverb(toks[k].text)) k++;
    return k;
  };
  let k = skipAdverbs(a);
  if (addressee && toks[k]?.kind === 'word' && !W.preposition.has(lowerOf(toks[k])) && !W.time.has(lowerOf(toks[k]))) {
    // The addressee: a few words up to a preposition, a time, an adverb or punctuation.
    const from = k;
    while (k < toks.length && k - from < 6 && toks[k].kind === 'word' && !W.preposition.has(lowerOf(toks[k])) && !W.time.has(lowerOf(toks[k])) && !isMannerAdverb(toks[k].text)) {
      if (PRONOUNS.has(lowerOf(toks[k])) || W.complementiser.has(lowerOf(toks[k])) || lowerOf(toks[k]) === 'to') return false;
      k++;
    }
    if (k - from >= 6) return false;
    k = skipAdverbs(k);
  }
  if (toks[k] && toks[k].kind === 'word' && PRONOUNS.has(lowerOf(toks[k]))) return false;
  return nothingAfter(toks, k);
}

/** The subject the sentence opened with, for a participle or a second verb. */
function mainSubject(c: ClauseContext, verb: number, earlier: Found[]): ClauseSource | null {
  const { toks } = c;
  // The speaker the sentence has already given, when it opens the sentence.
  const last = earlier[earlier.length - 1];
  // ("Several Democrats cautioned against …, saying": a crowd too, but not the cue of a passive
  // that names nobody.)
  if (last && !last.agentless && toks.slice(0, 4).some((x) => x.start === last.source.start)) return last.source;
  // ("…, Spicer said, adding …": a participle right after a verb of saying shares its speaker.)
  if (last && !last.agentless && last.cue.end <= toks[verb].start && toks.slice(0, verb).every((x) => x.start < last.cue.end || x.kind === 'punct')) return last.source;
  // ("The retired surgeon has given no details about how he planned …, saying", "In an interview
  // with CNN, Trump questioned …, saying": the phrase that opens the clause, after an opener that
  // starts with a preposition or a time, and that a verb follows.)
  const opening = openingPhrase(c, verb);
  if (opening) return opening;
  for (let q = 0; q < verb && q < 14; q++) {
    const t = toks[q];
    // (Nor is the object of a preposition: "cautioned against drawing lessons from the Brexit vote, saying".)
    if (governedMention(c, q)) continue;
    // (Words inside a quotation the sentence opens with are the speaker's, not the subject:
    // "“We need more …,” Carson said, adding …".)
    if (c.inQuote(t.start)) continue;
    // (The object of the main verb is not its subject: "it attacked Trump, saying …", "the groups
    // granted Mr. Clarke an extension, saying …".)
    if (afterVerb(toks, q)) continue;
    // ("Meanwhile, it attacked Trump, saying …": "it" opening the clause stands for a body.)
    const opensClause = q === 0 || toks[q - 1].text === ',';
    if (PRONOUNS.has(lowerOf(t)) && (lowerOf(t) !== 'it' || (opensClause && !W.be.has(lowerOf(toks[q + 1]))))) return toSource(c, { first: q, last: q, head: q, entity: null, owner: null }, c.recent);
    const m = c.mentionByStart.get(t.start);
    if (m) {
      const e = c.entityById.get(m.id);
      if (e && e.kind !== 'place') return { start: m.start, end: m.end, kind: kindOfEntity(e), entity: m.id };
    }
  }
  if (last && last.source.kind !== 'vague') return last.source;
  // "The veteran councillor lost the vote and says …": the phrase the sentence opens with.
  // ("Meanwhile, the union attacked …": over one word set off before the subject.)
  const w0 = lowerOf(toks[0]);
  const from = toks[0]?.kind === 'word' && toks[1]?.text === ',' && (W.aux.has(w0) || (w0.endsWith('ly') && !W.lyNoun.has(w0))) ? 2 : 0;
  const ph = phraseStartingAt(c, from);
  return ph && ph.last < verb ? toSource(c, ph, c.recent) : null;
}

/** The subject phrase opening the sentence (or its clause after an opener set off by a comma that
 *  starts with a preposition or a time word), typed as a source, when a lower-case word that is no
 *  function word follows it — its verb — and it ends before the verb at `verb`. */
function openingPhrase(c: ClauseContext, verb: number): ClauseSource | null {
  const { toks } = c;
  let from = 0;
  const w0 = lowerOf(toks[0]);
  if (toks[0]?.kind === 'word' && (W.preposition.has(w0) || W.time.has(w0))) {
    let q = 1;
    while (q < Math.min(verb, 12) && toks[q].text !== ',' && toks[q].kind !== 'punct') q++;
    if (toks[q]?.text !== ',') return null;
    from = q + 1;
  }
  const f = toks[from];
  if (!f || f.kind !== 'word' || c.inQuote(f.start) || W.coordinator.has(lowerOf(f))) return null;
  const ph = phraseStartingAt(c, from);
  if (!ph || ph.last + 1 >= verb) return null;
  const nx = toks[ph.last + 1];
  const nw = lowerOf(nx);
  if (nx.kind !== 'word' || nx.text !== nw || W.preposition.has(nw) || W.det.has(nw) || W.coordinator.has(nw) || W.complementiser.has(nw) || W.relative.has(nw) || W.npLink.has(nw) || nw === 'of' || W.topic.has(nw)) return null;
  // (Not a time, "A few minutes later they …", and not when the verb stands in a clause of its own:
  // "The crowd cheered when Trump spotted a sign and asked …".)
  if (W.time.has(lowerOf(toks[ph.head])) || W.timeNoun.has(lowerOf(toks[ph.head]))) return null;
  for (let q = ph.last + 1; q < verb; q++) if (toks[q].kind === 'word' && (W.complementiser.has(lowerOf(toks[q])) || CLAUSE_BREAKS.has(lowerOf(toks[q]))) && !c.inQuote(toks[q].start)) return null;
  // (Only a phrase the lexicon or the names found type, no guess: "Indeed, …" is no speaker.)
  return toSource(c, ph, c.recent, false);
}

/** A name at token `q` governed by a preposition (over a determiner or an owner before it): "from
 *  the Brexit vote", "with CNN" — no subject. */
function governedMention(c: ClauseContext, q: number): boolean {
  const { toks } = c;
  if (!c.mentionByStart.has(toks[q].start)) return false;
  let p = q - 1;
  if (p >= 0 && (W.det.has(lowerOf(toks[p])) || W.possessive.has(lowerOf(toks[p])))) p--;
  const w = lowerOf(toks[p]);
  return p >= 0 && toks[p].kind === 'word' && (W.preposition.has(w) || W.topic.has(w) || w === 'of');
}

/** The word before token `q` (over a title's full stop and the title: "granted Mr. Clarke") is a
 *  lower-case word of no phrase — a verb whose object `q` starts. */
function afterVerb(toks: Token[], q: number): boolean {
  let p = q - 1;
  if (toks[p]?.text === '.' && p > 0 && W.abbreviation.has(lowerOf(toks[p - 1]))) p -= 2;
  else if (toks[p] && W.abbreviation.has(lowerOf(toks[p]))) p--;
  const x = toks[p];
  if (!x || x.kind !== 'word' || x.text !== lowerOf(x)) return false;
  const w = lowerOf(x);
  return !W.det.has(w) && !W.possessive.has(w) && !W.preposition.has(w) && !W.coordinator.has(w) && !W.complementiser.has(w) && !W.relative.has(w) && !W.aux.has(w)
    && !W.be.has(w) && !W.modal.has(w) && !W.time.has(w) && !CLAUSE_BREAKS.has(w) && !isMannerAdverb(x.text) && (w.endsWith('ed') || !!cueVerb(w) || w.endsWith('s'));
}

/** Only a description runs from a closing quotation to the phrase at `first` ("“…,” Harbour Radio
 *  music and marketing manager Ann Lowe said"): a few words, none of them a verb or an auxiliary. */
function describedFromQuote(toks: Token[], first: number): number {
  for (let q = first - 1; q >= Math.max(0, first - 8); q--) {
    const x = toks[q];
    if (isQuoteMark(x) && CLOSE_QUOTES.has(x.text) && q > 0 && (toks[q - 1].text === ',' || toks[q - 1].text === '?' || toks[q - 1].text === '!')) return q;
    if (x.kind !== 'word' || W.aux.has(lowerOf(x)) || W.be.has(lowerOf(x)) || W.npStop.has(lowerOf(x)) && lowerOf(x) !== 'and') return -1;
    const v = cueVerb(lowerOf(x));
    if (v && v.form !== 'ing') return -1;
  }
  return -1;
}

/** Personal pronouns that are only ever subjects ("it" and "you" are objects too). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** A clause or a quotation follows the verb (needed by verbs that also take plain objects). */
function clauseFollows(toks: Token[], i: number, tell: boolean): boolean {
  // A wh-word or "whether" before an infinitive ("do not know how to park", "have not decided whether
  // to run") opens no clause: it names a skill or a choice, not something held true. (After a verb
  // of telling it is an instruction, "told voters how to register", which is reported.)
  const whInfinitive = (q: number) => !tell && lowerOf(toks[q]) !== 'that' && W.complementiser.has(lowerOf(toks[q])) && lowerOf(toks[q + 1]) === 'to';
  // A clause, a colon or a quotation a few words on ("wrote in a blog post that …", "told reporters
  // that …", "urged residents to …", "dismissed the claims as “nonsense”"), before any other punctuation.
  if (thatAfterCircumstance(toks, i)) return true;
  for (let q = i + 1; q < Math.min(toks.length, i + 7); q++) {
    const x = toks[q];
    if (whInfinitive(q)) return false;
    if (W.complementiser.has(lowerOf(x)) || x.text === ':' || isQuoteMark(x) || (tell && lowerOf(x) === 'to')) return true;
    // ("wrote to the players, “…”": a comma before a quotation.)
    if (x.text === ',' && isQuoteMark(toks[q + 1])) return true;
    if (x.kind === 'punct') break;
  }
  // A clause without "that": a subject, then an auxiliary a few words on ("noted Latinos and Blacks have …").
  const nx0 = toks[i + 1];
  // (A pronoun that can only be a subject opens a clause by itself: "said he left on good terms".)
  if (nx0 && SUBJECT_PRONOUNS.has(lowerOf(nx0)) && toks[i + 2]?.kind === 'word') return true;
  if (nx0 && (W.det.has(lowerOf(nx0)) || PRONOUNS.has(lowerOf(nx0)) || isCapitalised(nx0))) {
    for (let q = i + 2; q < Math.min(toks.length, i + 10); q++) {
      const w = lowerOf(toks[q]);
      // (Not past a new clause: "supported Linux although critics have said …".)
      if (toks[q].kind === 'punct' || CLAUSE_BREAKS.has(w) || W.coordinator.has(w)) break;
      // ("added two players in May": a capitalised "May" inside the sentence is the month.)
      if (W.be.has(w) || (W.modal.has(w) && w !== 'to' && !isCapitalised(toks[q])) || w === 'has' || w === 'have' || w === 'had') return true;
    }
  }
  let k = i + 1;
  while (k < toks.length && W.time.has(lowerOf(toks[k])) && toks[k].kind === 'word') k++;
  const nx = toks[k];
  if (!nx) return true;
  const w = lowerOf(nx);
  if (whInfinitive(k)) return false;
  return W.complementiser.has(w) || nx.text === ':' || nx.text === ',' || nx.text === '.' || isQuoteMark(nx) || DASHES.has(nx.text);
}

/**
 * "claimed in a letter to the Harbour Gazette on Monday that …", "wrote in her book that …":
 * after the verb at `i`, phrases opened by prepositions (a determiner or an owner only right after
 * the preposition: "added in the final minute a goal that …" has an object), then "that", a colon
 * or a quotation, within 15 tokens and before any other punctuation, clause break or cue verb.
 */
function thatAfterCircumstance(toks: Token[], i: number): boolean {
  if (!describingPreposition(lowerOf(toks[i + 1]))) return false;
  for (let q = i + 2; q < Math.min(toks.length, i + 16); q++) {
    const x = toks[q];
    const w = lowerOf(x);
    // (A clause's subject after "that", not a verb: "through the lies that come out" is a relative clause.)
    if (w === 'that') {
      const nx = toks[q + 1];
      const nw = lowerOf(nx);
      return q > i + 2 && !describingPreposition(lowerOf(toks[q - 1])) && !!nx && (nx.kind === 'number' || isQuoteMark(nx) || W.det.has(nw) || W.possessive.has(nw) || PRONOUNS.has(nw) || isCapitalised(nx));
    }
    if (x.text === ':' || isQuoteMark(x)) return true;
    if (x.kind === 'punct' || CLAUSE_BREAKS.has(w) || W.coordinator.has(w) || W.complementiser.has(w) || (x.kind === 'word' && cueVerb(w))) return false;
    if ((W.det.has(w) || W.possessive.has(w)) && !describingPreposition(lowerOf(toks[q - 1]))) return false;
  }
  return false;
}

/** A quotation next to the verb at `i` (opening or closing a few words before it, or right after
 *  it), or a colon or "that" after it (over a comma). */
function wordsGiven(c: ClauseContext, i: number, cueEnd: number): boolean {
  const { toks } = c;
  let q = cueEnd + 1;
  if (toks[q]?.text === ',') q++;
  const nx = toks[q];
  if (nx && (isQuoteMark(nx) || nx.text === ':' || lowerOf(nx) === 'that')) return true;
  return c.quoteNear(toks[Math.max(0, i - 6)].start, toks[cueEnd].end);
}

/** A noun phrase for a thing before a verb of evidence and its that-clause ("the emails show that
 *  …", "the same polling suggests that …"): a lower-case head that is no noun for people, no
 *  pronoun and no name. */
function thingShows(c: ClauseContext, ph: Phrase, cueEnd: number): boolean {
  const { toks } = c;
  if (lowerOf(toks[cueEnd + 1]) !== 'that' || ph.entity) return false;
  // (Only a phrase that opens its clause: not "the survey on chip and | pin found that …".)
  const lead = toks[ph.first - 1];
  const lw = lowerOf(lead);
  if (lead && (lead.kind === 'word' ? !CLAUSE_BREAKS.has(lw) && !(W.complementiser.has(lw) && !W.relative.has(lw)) : lead.text !== ',' && !DASHES.has(lead.text))) return false;
  const h = toks[ph.head];
  const hw = lowerOf(h);
  // (A bare word alone is a saying, not a finding: "history has shown that …".)
  const fw = lowerOf(toks[ph.first]);
  if (ph.first === ph.head && !W.det.has(fw) && !W.possessive.has(fw)) return false;
  return h.kind === 'word' && h.text === hw && !PRONOUNS.has(hw) && !isPersonNoun(hw) && !W.relative.has(hw) && !W.det.has(hw) && !c.mentionByStart.has(h.start);
}

/** A vague crowd ("many analysts", "some critics") earlier in the sentence than `pos`, with no
 *  name or other pronoun for people between it and `pos`. */
function crowdBefore(c: ClauseContext, pos: number): Phrase | null {
  const { toks } = c;
  for (let q = pos - 1; q >= 0; q--) {
    const w = lowerOf(toks[q]);
    if (c.mentionByEnd.has(toks[q].end) || (q < pos - 1 && (w === 'they' || w === 'he' || w === 'she'))) return null;
    if (!isPluralWord(w) || !isPersonNoun(w)) continue;
    // (The nearest group of people is the one "they" stands for: "some critics met the ministers, and they …".)
    const ph = phraseEndingAt(c, q);
    if (!ph || !VAGUE_SOURCES.has(w) || !W.crowd.has(lowerOf(toks[ph.first]))) return null;
    return toSource(c, ph, c.recent)?.kind === 'vague' ? ph : null;
  }
  return null;
}

/** "see the merger as a rescue": an object, then "as" and what it is judged to be, before any
 *  punctuation or other verb ("as far as", "as it spread" are no judgement). */
function asFollows(toks: Token[], i: number): boolean {
  for (let q = i + 2; q < Math.min(toks.length - 1, i + 14); q++) {
    const x = toks[q];
    // (Over a hyphen, a possessive or an abbreviation's full stop: "Mr. Kerry's cease-fire plan as …".)
    if (x.kind === 'punct' && /^(?:-|‑|’s|'s|’|')$/.test(x.text)) continue;
    if (x.text === '.' && W.abbreviation.has(lowerOf(toks[q - 1]))) continue;
    if (x.kind !== 'word' || cueVerb(lowerOf(x))) return false;
    if (lowerOf(x) === 'as') return toks[q + 1].kind === 'word' && !W.asConjunction.has(lowerOf(toks[q + 1]));
  }
  return false;
}

/** The verb of saying raised by the word at `i` ("seemed to suggest", "went on to argue"), as its
 *  index, or -1. */
function raisedCue(toks: Token[], i: number): number {
  const w = lowerOf(toks[i]);
  if (!W.raiser.has(w)) return -1;
  let j = i + 1;
  if (W.raiserOn.has(w)) {
    if (lowerOf(toks[j]) !== 'on') return -1;
    j++;
  }
  if (lowerOf(toks[j]) !== 'to' || !toks[j + 1] || toks[j + 1].kind !== 'word') return -1;
  const v = cueVerb(lowerOf(toks[j + 1]));
  return v && v.form === 'base' && v.cls !== 'record' ? j + 1 : -1;
}

/** The index of the word before the adverbs right before token `i` ("is | already | saying",
 *  "are | now openly | questioning"), or `i - 1` when no "be" stands there: the adverbs are words
 *  of the auxiliaries list that are no verb, and manner adverbs. */
function beforeAdverbs(toks: Token[], i: number): number {
  let q = i - 1;
  while (q > 0 && toks[q].kind === 'word') {
    const w = lowerOf(toks[q]);
    if (!isMannerAdverb(toks[q].text) && !(W.aux.has(w) && !W.be.has(w) && !W.modal.has(w) && !HAVE.has(w) && !w.endsWith("n't") && !w.endsWith('n’t'))) break;
    q--;
  }
  return q < i - 1 && q >= 0 && W.be.has(lowerOf(toks[q])) ? q : i - 1;
}

/** Adverbs only (manner adverbs, and words of the auxiliaries list that are no verb) between a
 *  comma or a dash and the -ing form at `i`: "…, quickly reminding viewers that …", "…, later
 *  alleging that …" set the participle off as a comma right before it does. */
function adverbsSetOff(toks: Token[], i: number): boolean {
  let q = i - 1;
  while (q > 0 && q >= i - 3 && toks[q].kind === 'word') {
    const w = lowerOf(toks[q]);
    if (!isMannerAdverb(toks[q].text) && !(W.aux.has(w) && !W.be.has(w) && !W.modal.has(w) && !HAVE.has(w) && !w.endsWith("n't") && !w.endsWith('n’t') && w !== 'not')) return false;
    q--;
  }
  return q < i - 1 && (toks[q].text === ',' || DASHES.has(toks[q].text));
}

/**
 * "Party leaders in the north said", "The engineers who built the tunnel, in fact, said", "Ann
 * Cole of Leeds and Tom Hale of York, for their part, said", "…, but a survey of farmers
 * taken in May shows …": the phrase that opens the clause is the subject of the verb whose subject
 * slot ends at `k` when all that stands between them only describes it: phrases each opened by a
 * preposition ("in the north", "of Leeds"), a participle with its preposition ("taken in May",
 * "named by the court"), a relative clause ("who heard the case"), and asides set off by commas or
 * dashes; no clause break, colon, quotation or verb of saying. The clause opens the sentence (after
 * an opener set off by a comma), or follows a conjunction; the nearest such opening is tried first.
 * The phrase must be typed as a source.
 */
function postmodifiedSubject(c: ClauseContext, k: number, guess = false): { phrase: Phrase; source: ClauseSource } | null {
  const { toks } = c;
  let from = 0;
  const w0 = lowerOf(toks[0]);
  // (After "But", "And": the clause still opens there; after an opener set off by a comma that starts
  // with a preposition or a time word, or a one-word adverb and a comma, "Still, …", it opens after.)
  if (W.coordinator.has(w0)) from = 1;
  else if (toks[0]?.kind === 'word' && (W.preposition.has(w0) || W.time.has(w0))) {
    let q = 1;
    while (q < Math.min(k, 12) && toks[q].kind !== 'punct') q++;
    from = toks[q]?.text === ',' ? q + 1 : -1;
  } else if (toks[1]?.text === ',' && (W.aux.has(w0) || isMannerAdverb(toks[0].text))) from = 2;
  for (let q = k - 2; q >= Math.max(0, from, k - 30); q--) {
    const w = lowerOf(toks[q]);
    if (toks[q].kind === 'word' && (CLAUSE_BREAKS.has(w) || W.coordinator.has(w) || (W.complementiser.has(w) && !W.relative.has(w) && w !== 'what'))) {
      const found = describedSubjectFrom(c, q + 1, k, guess);
      if (found) return found;
    }
  }
  return from >= 0 ? describedSubjectFrom(c, from, k, guess) : null;
}

/** Prepositions that may open a phrase describing a subject ("in the north", "of Leeds", "about trade"). */
function describingPreposition(w: string): boolean {
  return (W.preposition.has(w) || W.samplePlace.has(w) || W.topic.has(w) || W.objectPreposition.has(w) || w === 'of') && !W.complementiser.has(w) && w !== 'as' && w !== 'while';
}

function describedSubjectFrom(c: ClauseContext, from: number, k: number, guess = false): { phrase: Phrase; source: ClauseSource } | null {
  const { toks } = c;
  const f = toks[from];
  if (!f || f.kind !== 'word' || c.inQuote(f.start) || PRONOUNS.has(lowerOf(f))) return null;
  const ph = phraseStartingAt(c, from);
  if (!ph || ph.last + 1 >= k) return null;
  for (let q = ph.last + 1; q <= k; q++) {
    const x = toks[q];
    const w = lowerOf(x);
    if (x.text === ':' || x.text === ';' || isQuoteMark(x) || CLAUSE_BREAKS.has(w) || c.inQuote(x.start)) return null;
    const cv = x.kind === 'word' ? cueVerb(w) : undefined;
    if (cv && (cv.cls === 'speech' || cv.cls === 'tell')) return null;
  }
  // Walk the modifiers: each must end right where the next begins, the last at `k`.
  let q = ph.last + 1;
  let relativeOpen = false;
  while (q <= k) {
    const x = toks[q];
    const w = lowerOf(x);
    if (x.text === ',' || DASHES.has(x.text)) {
      // (An aside: to the next comma or dash, or the one that closes the subject at `k`.)
      if (q === k) return toSourceOf(c, ph, guess);
      let e = q + 1;
      while (e < k && toks[e].text !== x.text) e++;
      if (e > k || toks[e].text !== x.text) return null;
      if (e === k) return toSourceOf(c, ph, guess);
      relativeOpen = false;
      q = e + 1;
      continue;
    }
    if (relativeOpen) {
      q++;
      continue;
    }
    if (w === 'who' || w === 'whose') {
      relativeOpen = true;
      q++;
      continue;
    }
    // ("named by the court", "taken in May", "clamouring for change": a participle with its preposition.)
    const participle = x.kind === 'word' && x.text === w && (w.endsWith('ed') || w.endsWith('ing')) && describingPreposition(lowerOf(toks[q + 1]));
    if (participle) {
      q++;
      continue;
    }
    // ("Ann Cole of Leeds and Tom Hale of York": a second phrase joined.)
    if (!describingPreposition(w) && w !== 'and') return null;
    const np = phraseStartingAt(c, q + 1);
    if (!np || np.last > k) return null;
    q = np.last + 1;
  }
  return q === k + 1 ? toSourceOf(c, ph, guess) : null;
}

function toSourceOf(c: ClauseContext, ph: Phrase, guess = false): { phrase: Phrase; source: ClauseSource } | null {
  const source = toSource(c, ph, c.recent, guess || W.det.has(lowerOf(c.toks[ph.first])));
  return source ? { phrase: ph, source } : null;
}

/**
 * "Ms Cole opened the fair and said …", "while the mayor met the board and argued …": for a verb
 * after the "and" at `and`, the subject of the verb before it — the nearest name, or a personal
 * pronoun, that opens its clause (the sentence's start, a comma, a dash or a conjunction before
 * it) and that a lower-case word, its verb, follows. None across a quotation, a semicolon or a
 * colon; within 25 tokens.
 */
function firstConjunctSubject(c: ClauseContext, and: number, plain: boolean): ClauseSource | null {
  const { toks } = c;
  for (let q = and - 2; q >= Math.max(0, and - 25); q--) {
    const t = toks[q];
    if (isQuoteMark(t) || t.text === ';' || t.text === ':' || c.inQuote(t.start)) return null;
    const w = lowerOf(t);
    const m = c.mentionByStart.get(t.start);
    const pronoun = SUBJECT_PRONOUNS.has(w);
    if (!m && !pronoun) continue;
    const lead = toks[q - 1];
    const lw = lowerOf(lead);
    const opens = !lead || lead.text === ',' || DASHES.has(lead.text) || W.coordinator.has(lw) || CLAUSE_BREAKS.has(lw) || (W.complementiser.has(lw) && !W.relative.has(lw));
    if (!opens) continue;
    // (The whole phrase the name opens: "the party's spokesman Tom Hale", not "party".)
    const ph = pronoun ? { first: q, last: q, head: q, entity: null, owner: null } : phraseStartingAt(c, q);
    if (!ph) continue;
    const verb = toks[ph.last + 1];
    const vw = lowerOf(verb);
    if (!verb || verb.kind !== 'word' || verb.text !== vw || ph.last + 1 >= and || W.preposition.has(vw) || W.det.has(vw) || W.coordinator.has(vw) || W.relative.has(vw) || W.complementiser.has(vw)) continue;
    // ("whether he backs the plan and fear …": "he" or "she" is no subject of a plain present.)
    if (plain && (w === 'he' || w === 'she')) return null;
    const src = toSource(c, ph, c.recent);
    if (src && !(src.kind === 'person' && !src.entity && !pronoun)) return src;
  }
  return null;
}

/** The form of a raising verb: "declined" past, "seems" -s, "appear" base. */
function formOf(w: string): CueVerb['form'] {
  if (w.endsWith('ed') || w === 'went') return 'past';
  if (w.endsWith('s')) return 's';
  return w.endsWith('ing') ? 'ing' : 'base';
}

/** Words that end a phrase and open another clause ("praised the plan but critics said …"). */
const CLAUSE_BREAKS = new Set(['but', 'although', 'though', 'while', 'whereas', 'because', 'since', 'unless', 'yet', ';']);

/** Where the phrase after the verb at `i` ends: at a comma, a clause break or another cue verb. */
function phraseEnd(toks: Token[], i: number, limit: number): number {
  let end = limit;
  for (let q = i + 1; q < toks.length && toks[q].end <= limit; q++) {
    const x = toks[q];
    // (A cue verb's form after a determiner or an owner is a noun: "defended her remarks".)
    if (x.text === ',' || CLAUSE_BREAKS.has(lowerOf(x)) || (q > i + 1 && x.kind === 'word' && cueVerb(lowerOf(x)) && !isCapitalised(x) && !W.det.has(lowerOf(toks[q - 1])) && !W.possessive.has(lowerOf(toks[q - 1])) && !GENITIVES.has(toks[q - 1].text))) {
      end = toks[q - 1].end;
      break;
    }
  }
  return end;
}

/** "vowed to repeal", "promised on Monday to cut": an infinitive right after the verb (times between). */
function infinitiveFollows(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (k < toks.length && toks[k].kind === 'word' && W.time.has(lowerOf(toks[k])) && lowerOf(toks[k]) !== 'to') k++;
  const nx = toks[k + 1];
  return lowerOf(toks[k]) === 'to' && !!nx && nx.kind === 'word' && !W.det.has(lowerOf(nx)) && !isCapitalised(nx) && !PRONOUNS.has(lowerOf(nx));
}

/** A speaker the story has named, or a pronoun standing for one: a judgement such a speaker makes
 *  of someone or something ("Ms Cole praised the nurses") is an attribution even with a plain object. */
function knownSpeaker(c: ClauseContext, src: ClauseSource, head: Phrase | null, modal = false, placeActs = true): boolean {
  if (src.entity) return true;
  // ("She praised the nurses and criticised the board": the speaker the sentence opened with.)
  if (!head) return src.kind === 'person' || src.kind === 'organisation';
  // ("Russia supports the government", "China and Russia back the plan": a named place that acts,
  // read as the body that speaks for it.)
  // (Not for a plan: "China plans to launch a mission" is what a country does, not a view it states.)
  if (placeActs && src.kind === 'organisation' && isCapitalised(c.toks[head.head]) && c.mentionByEnd.has(c.toks[head.last].end)) return true;
  const hw = lowerOf(c.toks[head.head]);
  // ("the governor", "the union", "its chairman": a definite person or body the lexicon knows.)
  const fw = lowerOf(c.toks[head.first]);
  // ("the government would confirm the second batch": an act to come, not a judgement made.)
  if (!modal && (W.definite.has(fw) || W.possessive.has(fw)) && (src.kind === 'person' || src.kind === 'organisation') && toSource(c, head, c.recent, false)) return true;
  return head.first === head.head && PRONOUNS.has(hw) && hw !== 'it' && hw !== 'i' && hw !== 'you' && hw !== 'we';
}

/** "quoted a port official as …": the phrase before "as" (at `asIdx`), when a verb of quoting
 *  (word-lists.json quotingVerbs) comes right before it. */
function quotedBefore(c: ClauseContext, asIdx: number): Phrase | null {
  const ph = asIdx >= 2 ? phraseEndingAt(c, asIdx - 1) : null;
  if (!ph || ph.first < 1) return null;
  return wordList('quotingVerbs').has(lowerOf(c.toks[ph.first - 1])) ? ph : null;
}

/** The object of a verb of judging: a name, a pronoun for a person, or a determined noun phrase
 *  (a bare noun too after a verb of voicing: "expressed concern", "voiced support"). */
function objectFollows(c: ClauseContext, i: number, lemma = ''): boolean {
  const nx = c.toks[i + 1];
  if (!nx || nx.kind !== 'word') return false;
  const w = lowerOf(nx);
  if (w === 'him' || w === 'her' || w === 'them' || w === 'it' || w === 'his' || w === 'their') return true;
  if (W.det.has(w) && w !== 'no' && w !== 'one' && !isDigits(w.slice(0, 1))) return true;
  if (W.bareObject.has(lemma) && nx.text === w && !W.preposition.has(w) && !W.time.has(w) && !W.complementiser.has(w) && w !== 'to' && !PRONOUNS.has(w)) return true;
  // ("Mr. Trump", "Sen. Cruz": a title before the name.)
  if (isCapitalised(nx) && (!!c.mentionByStart.get(nx.start) || !!phraseStartingAt(c, i + 1)?.entity)) return true;
  // ("condemned Friday's test", "supported Democrats": a capitalised word mid-sentence opens a name
  // or a name's possession; a day or month alone says when, not what.)
  const after = c.toks[i + 2];
  if (isCapitalised(nx)) return (!WEEKDAY_SET.has(w) && !MONTHS.has(w)) || (!!after && GENITIVES.has(after.text));
  // ("criticized long-standing free-trade deals", "praised local volunteers": an unmarked phrase of
  // content words that ends in a plural noun.)
  if (W.preposition.has(w) || W.time.has(w) || W.complementiser.has(w) || w === 'to' || PRONOUNS.has(w) || W.aux.has(w) || W.be.has(w) || W.modal.has(w) || W.coordinator.has(w) || cueVerb(w) || isMannerAdverb(nx.text)) return false;
  // ("supports raising the minimum wage", "opposed building the road": a gerund and its object.)
  if (isParticiple(nx) && !W.preposition.has(lowerOf(after)) && (W.det.has(lowerOf(after)) || W.possessive.has(lowerOf(after)) || isCapitalised(after) || objectWord(after))) return true;
  const ph = phraseStartingAt(c, i + 1);
  return !!ph && !ph.entity && isPluralWord(lowerOf(c.toks[ph.head])) && !W.time.has(lowerOf(c.toks[ph.head]));
}

/** A lower-case word that may start a plain object: no function word, time or verb of saying. */
function objectWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== lowerOf(t)) return false;
  const w = lowerOf(t);
  return !W.time.has(w) && !W.complementiser.has(w) && w !== 'to' && !PRONOUNS.has(w) && !W.aux.has(w) && !W.be.has(w) && !W.modal.has(w) && !W.coordinator.has(w) && !cueVerb(w);
}

/** "accused the mayor of lying", "blamed the storm for the delays": the verb's object (a few words,
 *  no punctuation or clause between), then the preposition that says what it is charged with. */
function chargeFollows(c: ClauseContext, i: number, preps: readonly string[]): boolean {
  const { toks } = c;
  for (let q = i + 2; q < Math.min(toks.length - 1, i + 10); q++) {
    const x = toks[q];
    if (x.kind !== 'word') return false;
    const w = lowerOf(x);
    if (preps.includes(w)) return toks[q + 1].kind === 'word' || isQuoteMark(toks[q + 1]);
    if (W.complementiser.has(w) || W.coordinator.has(w) || cueVerb(w)) return false;
  }
  return false;
}

/** "asked residents to stay indoors": an addressee of a few words, then "to" and a verb. */
function requestFollows(toks: Token[], i: number): boolean {
  for (let q = i + 2; q < Math.min(toks.length - 1, i + 6); q++) {
    const x = toks[q];
    if (x.kind !== 'word') return false;
    if (lowerOf(x) === 'to') {
      const nx = toks[q + 1];
      return nx.kind === 'word' && !W.det.has(lowerOf(nx)) && !isCapitalised(nx) && !PRONOUNS.has(lowerOf(nx));
    }
  }
  return false;
}

/** What was talked about, a few words on: "spoke (to reporters) about the flooding", "wrote of his
 *  fears" — the preposition before any other punctuation, and no time after it. */
function topicFollows(toks: Token[], i: number): boolean {
  let q = i + 1;
  // (Over an adverb or a time, and whom it was said to: "spoke briefly to reporters about …".)
  while (q < toks.length && toks[q].kind === 'word' && (isMannerAdverb(toks[q].text) || W.time.has(lowerOf(toks[q])))) q++;
  if (lowerOf(toks[q]) === 'to' || lowerOf(toks[q]) === 'with') {
    const ph = q + 1;
    q = ph;
    while (q < Math.min(toks.length, ph + 4) && toks[q].kind === 'word' && !W.topic.has(lowerOf(toks[q]))) {
      // ("speaking to MPs amid rumours of a rift": the topic follows whom it was said to, with no
      // other preposition between.)
      if (W.preposition.has(lowerOf(toks[q])) || W.time.has(lowerOf(toks[q]))) return false;
      q++;
    }
  }
  const x = toks[q];
  const nx = toks[q + 1];
  return !!x && !!nx && W.topic.has(lowerOf(x)) && nx.kind === 'word' && !W.time.has(lowerOf(nx)) && !cueVerb(lowerOf(nx));
}

/** "called the plan a disgrace", "called him a liar": an object, then what it is called. */
function namesAs(c: ClauseContext, i: number): boolean {
  const ph = phraseStartingAt(c, i + 1);
  if (!ph) return false;
  const a = c.toks[ph.last + 1];
  const nx = c.toks[ph.last + 2];
  if ((lowerOf(a) === 'a' || lowerOf(a) === 'an') && !!nx && nx.kind === 'word' && !W.time.has(lowerOf(nx))) return true;
  return complementAfterObject(c, i) || adjectiveAfterObject(c, i);
}

/** Object pronouns "call" may name: "called him divisive", "called herself a moderate". */
const NAMED_PRONOUNS = new Set(['him', 'her', 'it', 'them', 'himself', 'herself', 'itself', 'themselves', 'me', 'us', 'myself', 'ourselves']);

/**
 * "called him divisive", "called the Harbour Trust’s plan reckless", "called Ms Cole unqualified":
 * an object pronoun or a name (with its genitive and a noun after it), then one lower-case word (an
 * adverb of degree before it allowed: "very conservative") that ends the clause — at punctuation,
 * "and", "but", "for" or the sentence's end: what the object was called. ("called him back",
 * "called Ms Cole twice": a particle or a time says how or when.)
 */
function adjectiveAfterObject(c: ClauseContext, i: number): boolean {
  const { toks } = c;
  const nx = toks[i + 1];
  if (!nx || nx.kind !== 'word') return false;
  let q = i + 2;
  // ("called the charges baseless", "called his remarks outrageous": a determined phrase of up to
  // three words, then a word with an adjective's ending.)
  if ((W.definite.has(lowerOf(nx)) || W.possessive.has(lowerOf(nx))) && !c.mentionByStart.get(toks[i + 2]?.start ?? -1)) {
    let n = 0;
    while (n < 3 && isObjectWord(toks, q) && isComplementWord(toks, q + 1)) {
      q++;
      n++;
    }
    if (n === 0) return false;
    const adj = lowerOf(toks[q]);
    if (!W.adjectiveEnding.some((e) => adj.endsWith(e) && adj.length > e.length + 2)) return false;
  } else if (!NAMED_PRONOUNS.has(lowerOf(nx))) {
    // ("the Harbour Trust's plan": "the" before a name.)
    const first = lowerOf(nx) === 'the' && toks[i + 2] ? toks[i + 2] : nx;
    const m = c.mentionByStart.get(first.start);
    const e = m ? c.entityById.get(m.id) : undefined;
    if (!m || !e || e.kind === 'place') return false;
    q = i + 1;
    while (q < toks.length && toks[q].end <= m.end) q++;
    // ("the Harbour Trust's plan": a genitive and up to two words of what it owns.)
    if (GENITIVES.has(toks[q]?.text ?? '')) {
      // (The owned noun, then a second one when two content words follow: "housing plan reckless".)
      if (!isComplementWord(toks, q + 1)) return false;
      q += 2;
      if (isComplementWord(toks, q) && isComplementWord(toks, q + 1)) q++;
    }
  }
  // (An adverb of degree first: "called himself very conservative".)
  if (toks[q]?.kind === 'word' && (isMannerAdverb(toks[q].text) || W.degree.has(lowerOf(toks[q]))) && toks[q + 1]?.kind === 'word') q++;
  if (!isComplementWord(toks, q)) return false;
  const after = toks[q + 1];
  return !after || after.kind === 'punct' && after.text !== '-' && after.text !== '’s' && after.text !== "'s" || W.coordinator.has(lowerOf(after)) || lowerOf(after) === 'for';
}

/** A lower-case content word of an object ("his remarks": a cue word as a noun too). */
function isObjectWord(toks: Token[], q: number): boolean {
  const x = toks[q];
  return !!x && x.kind === 'word' && (isComplementWord(toks, q) || (!!cueVerb(lowerOf(x)) && x.text === lowerOf(x)));
}

/** A lower-case content word at `q` that may be what something is called: no particle, time,
 *  function word or verb of saying. */
function isComplementWord(toks: Token[], q: number): boolean {
  const x = toks[q];
  if (!x || x.kind !== 'word' || isCapitalised(x) || isDigits(x.text.slice(0, 1))) return false;
  const w = lowerOf(x);
  return !W.namingParticle.has(w) && !W.time.has(w) && !W.preposition.has(w) && !W.det.has(w) && !PRONOUNS.has(w) && !W.aux.has(w) && !W.be.has(w)
    && !W.modal.has(w) && !W.complementiser.has(w) && !W.coordinator.has(w) && !cueVerb(w) && !isMannerAdverb(x.text);
}

/** Words an object of "call" may span before its complement: "called half of the rival's voters". */
const MAX_OBJECT_WORDS = 12;
const GENITIVES = new Set(["'s", '’s', "'", '’']);

/**
 * "called climate change a hoax", "called half of her rival's voters “lazy”": after the object
 * (words, "of" and genitives only, no verb, preposition or clause word) comes "a"/"an" and a
 * noun, or a quotation — the complement the speaker gave it.
 */
function complementAfterObject(c: ClauseContext, i: number): boolean {
  const { toks } = c;
  for (let q = i + 2; q < Math.min(toks.length, i + 2 + MAX_OBJECT_WORDS); q++) {
    const x = toks[q];
    const w = lowerOf(x);
    if (isQuoteMark(x) && x.text !== '’' && x.text !== "'") return true;
    // (Not right after a preposition: "called the police to a house" says where.)
    if ((w === 'a' || w === 'an') && toks[q + 1]?.kind === 'word' && !W.time.has(lowerOf(toks[q + 1])) && !W.preposition.has(lowerOf(toks[q - 1]))) return true;
    if (GENITIVES.has(x.text) || w === 'of') continue;
    // ("called her vote in favor of the war a mistake", "called the citation and the demand a
    // ploy": a longer object may hold prepositions and a second phrase.)
    if (x.kind === 'word' && (w === 'and' || (W.preposition.has(w) && w !== 'to' && w !== 'as')) && q > i + 2) continue;
    // (A cue word after an owner or a determiner is a noun of the object: "called Trump's remarks … “racist”".)
    const nounUse = !!cueVerb(w) && (GENITIVES.has(toks[q - 1]?.text ?? '') || W.det.has(lowerOf(toks[q - 1])) || W.possessive.has(lowerOf(toks[q - 1])));
    if (x.kind !== 'word' || (cueVerb(w) && !nounUse) || W.complementiser.has(w) || W.preposition.has(w) || W.be.has(w) || W.aux.has(w)) return false;
  }
  return false;
}

/** The phrase a restrictive relative clause ending at `first - 1` hangs on: "people | who have
 *  battled fraud", "some | who advocate free speech" — a noun for people or a crowd before "who",
 *  with no punctuation between. */
function restrictiveHead(c: ClauseContext, first: number): Phrase | null {
  const { toks } = c;
  for (let q = first - 1; q > 0 && q >= first - 10; q--) {
    const x = toks[q];
    const w = lowerOf(x);
    if (x.kind !== 'word') return null;
    if (w !== 'who') continue;
    // ("file-sharers who it says infringe …", "people who the mayor says …": a pronoun, a determined
    // phrase or a name right after "who" is the subject itself.)
    const f = toks[first];
    if (q === first - 1 && (PRONOUNS.has(lowerOf(f)) || W.det.has(lowerOf(f)) || isCapitalised(f))) return null;
    const ph = phraseEndingAt(c, q - 1);
    if (!ph || ph.entity) return null;
    const hw = lowerOf(toks[ph.head]);
    // ("those who know him say": "those" alone, the people the clause describes.)
    return W.crowdPronoun.has(hw) || (hw === 'those' && ph.first === ph.head) || (isPersonNoun(hw) && !PRONOUNS.has(hw)) ? ph : null;
  }
  return null;
}

/**
 * A verb of saying, believing or judging in the passive (its past participle at `i`, after a form
 * of "be" or opening an "asked" clause), with what is reported right after it: an infinitive ("is
 * expected to win", "was asked to resign"), a clause or a question ("was told that …", "asked
 * whether …"), a topic or a charge ("was asked about …", "was accused of …", "has been criticised
 * for …"), an "as" phrase ("is seen as a rescue"), a quotation or a colon. The source is the agent
 * after "by" when one follows; otherwise nobody is named (agentless, the cue as source). Content: the
 * phrase after the participle.
 */
function passiveFrame(c: ClauseContext, s: Sentence, i: number, cueEnd: number, v: CueVerb): Found | null {
  const { toks, text } = c;
  if (v.form !== 'past' || v.cls === 'record' || v.intention === 'only' || v.topicOnly || v.generated || v.noPassiveFrame) return null;
  let k = cueEnd + 1;
  // (Over manner adverbs and times: "was asked repeatedly whether", "was asked on Sunday about".)
  while (k < toks.length && toks[k].kind === 'word' && (isMannerAdverb(toks[k].text) || (W.time.has(lowerOf(toks[k])) && lowerOf(toks[k]) !== 'to'))) k++;
  const nx = toks[k];
  if (!nx) return null;
  const w = lowerOf(nx);
  let source: ClauseSource | null = null;
  let agentless = true;
  let from = k;
  if (w === 'by') {
    const ph = phraseStartingAt(c, k + 1);
    const typed = ph ? toSource(c, ph, c.recent, false) : null;
    // (An agent that is a named or typed speaker; "by a landslide", "by 5 percent" say how.)
    if (!ph || !typed || typed.kind === 'vague' || typed.kind === 'anonymous' || (typed.kind === 'person' && !typed.entity)) return null;
    source = typed;
    agentless = false;
    from = ph.last + 1;
  }
  const f = toks[from];
  const fw = lowerOf(f);
  if (!f) { if (agentless) return null; }
  else if (fw === 'to') {
    const vb = toks[from + 1];
    if (!vb || vb.kind !== 'word' || W.det.has(lowerOf(vb)) || isCapitalised(vb) || PRONOUNS.has(lowerOf(vb)) || isDigits(vb.text.slice(0, 1))) return null;
  } else if (fw === 'as') {
    if (!toks[from + 1] || toks[from + 1].kind !== 'word' || W.asConjunction.has(lowerOf(toks[from + 1]))) return null;
  } else if (!(W.complementiser.has(fw) || WH.has(fw) || f.text === ':' || isQuoteMark(f) || PASSIVE_TOPIC.has(fw) || v.charge?.includes(fw))) {
    if (agentless) return null;
  }
  const cue = { start: toks[i].start, end: toks[cueEnd].end };
  const content = contentAfter(text, s, toks[from - 1].end);
  content.end = Math.max(content.start, phraseEnd(toks, from - 1, content.end));
  // ("have been described as reckless by the Harbour Trust": a named agent after what is said is
  // the source; after an infinitive, "is said to have been hurt by …", it is the infinitive's.)
  for (let q = from; agentless && fw !== 'to' && q < toks.length && toks[q].end <= content.end; q++) {
    if (lowerOf(toks[q]) !== 'by') continue;
    const ph = phraseStartingAt(c, q + 1);
    const typed = ph ? toSource(c, ph, c.recent, false) : null;
    if (!ph || !typed || !typed.entity) continue;
    source = typed;
    agentless = false;
    content.end = toks[q - 1].end;
    break;
  }
  if (content.end <= content.start) return null;
  return { cue, source: source ?? { ...cue, kind: 'vague', entity: null }, content, cls: v.cls, lemma: v.lemma, inverted: false, agentless };
}

/**
 * "After blasting the report, Glenn Beck doubled down", "Since announcing in October that …, Mr.
 * Biden has …": an -ing verb at `i` after only a word that opens a participle's clause (and a
 * coordinator), and a comma after its clause (within a bounded stretch, outside
 * quotations); the phrase after the comma, typed as a source, with a lower-case word that is no
 * function word after it (its verb), is the participle's speaker.
 */
function frontedSubject(c: ClauseContext, i: number): { phrase: Phrase; source: ClauseSource } | null {
  const { toks } = c;
  // (Not a participle opening the sentence by itself: "Citing privacy rules, county officials have
  // not said why" names a reason, not a report.)
  if (i > 3 || i < 1) return null;
  // (Only after a word that opens a participle's clause: "Despite urging to ease the peg" has a noun.)
  for (let q = 0; q < i; q++) {
    const w = lowerOf(toks[q]);
    // ("Having said that …, Ms Cole left": the perfect participle, "having" before the past one.)
    if (toks[q].kind !== 'word' || !(W.participleLead.has(w) || W.coordinator.has(w) || w === 'since' || w === 'without' || w === 'upon' || (w === 'having' && q === i - 1))) return null;
  }
  let comma = -1;
  for (let q = i + 1; q < Math.min(toks.length, i + 30); q++) {
    if (c.inQuote(toks[q].start)) continue;
    if (toks[q].text === ',') {
      comma = q;
      break;
    }
    if (toks[q].kind === 'punct' && toks[q].text !== '-' && toks[q].text !== '’s' && toks[q].text !== "'s" && !isQuoteMark(toks[q]) && toks[q].text !== '.') return null;
  }
  if (comma < 0) return null;
  const ph = phraseStartingAt(c, comma + 1);
  if (!ph) return null;
  const nx = toks[ph.last + 1];
  const nw = lowerOf(nx);
  if (!nx || nx.kind !== 'word' || nx.text !== nw || W.preposition.has(nw) || W.det.has(nw) || W.coordinator.has(nw) || W.complementiser.has(nw) || W.npLink.has(nw) || nw === 'of') return null;
  const source = toSource(c, ph, c.recent, false);
  return source ? { phrase: ph, source } : null;
}

/** The name given after a verb of naming at `k`: the inside of a quotation that opens right
 *  after it (to its closing mark, within the sentence), or the noun phrase after it. */
function nameGiven(c: ClauseContext, k: number): Span | null {
  const { toks } = c;
  const x = toks[k + 1];
  if (x && isQuoteMark(x)) {
    for (let q = k + 2; q < Math.min(toks.length, k + 40); q++) if (isQuoteMark(toks[q]) && !isGenitiveMark(toks, q)) return q > k + 2 ? { start: toks[k + 2].start, end: toks[q - 1].end } : null;
    return null;
  }
  const ph = phraseStartingAt(c, k + 1);
  return ph ? { start: toks[ph.first].start, end: toks[ph.last].end } : null;
}

/** "reported | on Saturday," : a few words of when or where (opening with a time word or a
 *  preposition) up to a comma at most eight tokens on; the comma's index, or -1. */
function circumstanceTo(toks: Token[], a: number, toEnd = false): number {
  const f = toks[a];
  if (!f || f.kind !== 'word' || !(W.time.has(lowerOf(f)) || W.preposition.has(lowerOf(f)))) return -1;
  for (let q = a + 1; q < Math.min(toks.length, a + 8); q++) {
    if (toks[q].text === ',') return q;
    // (Or, asked for, the sentence's end: "…, as Ms Cole wrote in her column.")
    if (toEnd && q === toks.length - 1 && toks[q].kind === 'punct') return q;
    if (toks[q].kind !== 'word' && toks[q].kind !== 'number' && toks[q].text !== '.') return -1;
    if (W.complementiser.has(lowerOf(toks[q]))) return -1;
  }
  return -1;
}

/** "what | officials called", "who | Beck on Wednesday called": a relative word (GAP_LEADS) at most
 *  five words (the subject, a time, an auxiliary) before the verb at `i`, only words between; its
 *  index, or -1. */
function movedObjectLead(toks: Token[], i: number): number {
  for (let q = i - 2; q >= 0 && q >= i - 6; q--) {
    const x = toks[q];
    // (Not a question: "What do you call …?")
    if (x.kind !== 'word' || lowerOf(x) === 'do' || lowerOf(x) === 'does' || lowerOf(x) === 'did') return -1;
    if (GAP_LEADS.has(lowerOf(x))) return q;
  }
  return -1;
}

/** A name given right after a verb of naming: a quotation or a word that is no particle, time,
 *  preposition or clause word ("called a hate crime", "call “sensible laws”"; not "called for",
 *  "called back", "called on Tuesday"). */
function namingFollows(toks: Token[], k: number): boolean {
  const x = toks[k + 1];
  if (!x) return false;
  if (isQuoteMark(x)) return OPEN_QUOTES.has(x.text) && toks[k + 2]?.kind === 'word';
  const w = lowerOf(x);
  return x.kind === 'word' && !W.namingParticle.has(w) && !W.time.has(w) && !W.preposition.has(w) && !W.topic.has(w) && !W.complementiser.has(w) && !W.coordinator.has(w)
    && !PRONOUNS.has(w) && !W.aux.has(w) && !W.be.has(w) && !W.modal.has(w) && w !== 'to' && w !== 'for' && w !== 'of';
}

/** Relative words before a speaker whose reported clause has its subject moved out: "what she
 *  said is …", "who he claims has …", "which critics say was …", "that he believes will …". */
const GAP_LEADS = new Set(['what', 'who', 'which', 'that']);

/** Words that open a question put to someone: "was asked whether", "asked how". */
const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'whom', 'which', 'when', 'where']);
/** A contracted "is" or "are": "he’s", "they're". */
const CONTRACTED_BE = new Set(["'s", '’s', "'re", '’re']);

/** The contraction at token k ("’s", "’ve") between a pronoun and the past participle of verb `v`
 *  is "has" or "have": "he’s said he will run", not the passive "he’s said to be ill", "it’s
 *  reported by …". */
function contractedHas(toks: Token[], k: number, cueEnd: number, v: CueVerb): boolean {
  if (v.form !== 'past' || !CONTRACTED_HAS.has(toks[k].text)) return false;
  const nx = lowerOf(toks[cueEnd + 1]);
  return nx !== 'to' && nx !== 'by' && lowerOf(toks[k - 1]) !== 'it';
}
const CONTRACTED_HAS = new Set(["'s", '’s', "'ve", '’ve']);

/** The named person or body that opens the sentence and is set off by the sentence's first
 *  comma, when only comma-set asides (no quotation, clause break or colon) run from there to the
 *  comma at `k` before the verb: "Ann Cole, 61, of Leeds, who ran the shop, said …". */
export function openingSubject(c: ClauseContext, k: number): { phrase: Phrase; source: ClauseSource } | null {
  const { toks } = c;
  let f = 0;
  // ("“We will win,” Ann Dalton, 81, of Leeds, said": after a quotation that opens the sentence.)
  if (isQuoteMark(toks[0])) {
    let q = 1;
    while (q < k && isQuoteMark(toks[q])) q++;
    while (q < k && !(isQuoteMark(toks[q]) && toks[q + 1]?.kind === 'word' && (toks[q - 1].text === ',' || isQuoteMark(toks[q - 1])))) q++;
    if (q >= k) return null;
    f = q + 1;
  }
  if (toks[f] && W.coordinator.has(lowerOf(toks[f]))) f++;
  if (!toks[f] || toks[f].kind !== 'word') return null;
  let comma = -1;
  for (let q = f + 1; q < k; q++) {
    const x = toks[q];
    if (x.text === ',') {
      comma = q;
      break;
    }
    if (x.kind !== 'word' && x.text !== '.' && x.text !== '-' && x.text !== "'" && x.text !== '’') return null;
  }
  if (comma < 0) return null;
  const ph = phraseEndingAt(c, comma - 1);
  if (!ph || ph.first !== f || !ph.entity) return null;
  const kind = c.entityById.get(ph.entity)?.kind;
  if (kind !== 'person' && kind !== 'organisation') return null;
  for (let q = comma + 1; q < k; q++) {
    const x = toks[q];
    // ("now 81 and retired in Leeds": "and" may join two asides.)
    if (isQuoteMark(x) || x.text === ':' || x.text === ';' || DASHES.has(x.text) || CLAUSE_BREAKS.has(lowerOf(x))) return null;
  }
  const source = toSource(c, ph, c.recent);
  return source ? { phrase: ph, source } : null;
}

/** "asked the mayor if …", "asked several times whether …": "if" or "whether" within a few words
 *  after "asked", with only words between. */
function askedWhether(toks: Token[], i: number): boolean {
  // ("asked the former secretary of state during a televised chat if …": an addressee and when.)
  for (let q = i + 1; q < Math.min(toks.length, i + 14); q++) {
    const w = lowerOf(toks[q]);
    if (w === 'if' || w === 'whether') return true;
    // ("asked the crowd “If …”": a quotation after the addressee is the question.)
    if (q > i + 1 && OPEN_QUOTES.has(toks[q].text) && toks[q + 1]?.kind === 'word') return true;
    if (toks[q].kind !== 'word') return false;
  }
  return false;
}

/** Prepositions after a passive verb of saying that give what was asked or said about. */
const PASSIVE_TOPIC = new Set(['about', 'of', 'for', 'on']);

export function clauseAttributions(c: ClauseContext, s: Sentence, headline = false): Found[] {
  const { toks, text } = c;
  const out: Found[] = [];
  // (A title inside the text, as live blogs run them: "Mayor Says Bridge Will Reopen".)
  // (Counted in one pass: two lists made per sentence were a share of the stage's garbage.)
  let wordCount = 0;
  let capitalised = 0;
  for (const x of toks) {
    if (x.kind !== 'word') continue;
    wordCount++;
    if (isCapitalised(x)) capitalised++;
  }
  const titleCase = (headline || wordCount >= 5) && capitalised * 4 >= wordCount * 3;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const w = lowerOf(t);
    if (c.inQuote(t.start)) continue;
    // "Tenant groups are concerned the council will sell", "Many residents were worried that …": a
    // view held, read from "be" and an adjective of stance before a clause.
    if (W.stance.has(w) && i >= 2 && W.be.has(lowerOf(toks[i - 1])) && (lowerOf(toks[i + 1]) === 'that' || clauseFollows(toks, i, false) && W.det.has(lowerOf(toks[i + 1])))) {
      let k = i - 2;
      while (k >= 0 && toks[k].kind === 'word' && (W.aux.has(lowerOf(toks[k])) || isMannerAdverb(toks[k].text))) k--;
      const head = k >= 0 ? phraseEndingAt(c, k) : null;
      const lead = head ? toks[head.first - 1] : undefined;
      const opens = !!head && (!lead || lead.kind !== 'word' || W.coordinator.has(lowerOf(lead)));
      const src = head && opens && isPersonNoun(lowerOf(toks[head.head])) && !PRONOUNS.has(lowerOf(toks[head.head])) ? toSource(c, head, c.recent) : null;
      if (src && head) {
        out.push({ cue: { start: toks[i - 1].start, end: t.end }, source: src, content: contentAfter(text, s, t.end), cls: 'belief', lemma: w, inverted: false });
        continue;
      }
    }
    // Phrasal cues: "according to X", "as reported by X", "pointed out", "called for".
    let cueEnd = i;
    let phraseCls: CueClass | null = null;
    let phraseLemma = '';
    let phraseNeedsClause = false;
    for (const p of cuePhrases(w)) {
      // ("called Friday for the videos to be released": a day may stand inside the phrase.)
      const gap = p.rest.length > 0 && toks[i + 1] && isDayWord(toks[i + 1]) && lowerOf(toks[i + 2]) === p.rest[0] ? 1 : 0;
      if (p.rest.every((r, n) => lowerOf(toks[i + 1 + gap + n]) === r)) {
        cueEnd = i + gap + p.rest.length;
        phraseCls = p.cls;
        phraseLemma = p.lemma;
        phraseNeedsClause = p.needsClause;
        break;
      }
    }
    if (phraseCls === 'according') {
      // ("according to him": an object pronoun stands for the person last named.)
      // ("according to even his own supporters": a focusing adverb before the source.)
      if (W.focus.has(lowerOf(toks[cueEnd + 1])) && toks[cueEnd + 2]?.kind === 'word') cueEnd++;
      const objectPronoun = OBJECT_PRONOUNS[lowerOf(toks[cueEnd + 1])];
      let ph = objectPronoun ? { first: cueEnd + 1, last: cueEnd + 1, head: cueEnd + 1, entity: c.recent.before(toks[cueEnd + 1].start, objectPronoun), owner: null } : phraseStartingAt(c, cueEnd + 1);
      // ("according to size": a bare noun only guessed at is no source; "citing participants in the
      // meeting", "according to farmers": a bare plural noun for people is.)
      const phw = ph ? lowerOf(toks[ph.head]) : '';
      // ("citing a lack of money": after "citing" a phrase only guessed to be someone is the reason
      // cited, read below as the verb's object: "Cole said, citing low growth".)
      const cites = phraseLemma === 'citing';
      let src = ph ? toSource(c, ph, c.recent, (!cites && W.det.has(lowerOf(toks[ph.first]))) || (isPluralWord(phw) && isPersonNoun(phw))) : null;
      // ("according to one of his senior aides": a part of a group, typed as the group after "of",
      // as "…, said one of those advisers" is.)
      if (ph && !objectPronoun && ph.head === ph.first && lowerOf(toks[ph.first + 1]) === 'of' && (W.partitive.has(phw) || W.numberWord.has(phw))) {
        const inner = phraseStartingAt(c, ph.first + 2);
        const typed = inner ? toSource(c, inner, c.recent, true) : null;
        if (inner && typed) {
          ph = { ...ph, last: Math.max(ph.last, inner.last) };
          src = { ...typed, start: toks[ph.first].start, end: Math.max(typed.end, toks[inner.last].end), entity: null };
        }
      }
      if (ph && src) {
        const before = toks.slice(0, i).some(isWordTok);
        const content = before ? contentBefore(text, s, t.start) : contentAfter(text, s, toks[ph.last].end);
        out.push({ cue: { start: t.start, end: toks[cueEnd].end }, source: src, content, cls: 'according', lemma: phraseLemma, inverted: false });
        i = ph.last;
        continue;
      }
      if (!cites) continue;
      phraseCls = null;
      cueEnd = i;
    }
    // "seemed to suggest that …", "went on to argue …": a verb that raises the verb of saying after
    // "to" is the cue's start, and its subject the speaker. ("declined to comment" says nothing.)
    const raised = phraseCls ? -1 : raisedCue(toks, i);
    if (raised >= 0) cueEnd = raised;
    // "The plan seemed to work", "the senator appears to have changed course": an impression
    // nobody is named for, the subject raised over "seem" or "appear" (agentless, a belief).
    else if (!phraseCls && W.evidential.has(w) && lowerOf(toks[i + 1]) === 'to' && toks[i + 2]?.kind === 'word' && !isCapitalised(toks[i + 2])
      && !W.det.has(lowerOf(toks[i + 2])) && !PRONOUNS.has(lowerOf(toks[i + 2])) && lowerOf(toks[i - 1]) !== 'to' && !W.modal.has(lowerOf(toks[i + 2]))) {
      const cue = { start: t.start, end: t.end };
      const content = contentAfter(text, s, t.end);
      content.end = Math.max(content.start, phraseEnd(toks, i + 1, content.end));
      if (content.end > content.start) out.push({ cue, source: { ...cue, kind: 'vague', entity: null }, content, cls: 'belief', lemma: w, inverted: false, agentless: true });
      continue;
    }
    const v: CueVerb | undefined = phraseCls
      ? { lemma: phraseLemma, cls: phraseCls, form: w.endsWith('ing') && (phraseCls === 'speech' || phraseCls === 'attitude') ? 'ing' : 'past', needsClause: phraseNeedsClause, notBeforeInfinitive: false, passiveAgent: false, infinitive: false, plainObject: false, asObject: false, topicOnly: false }
      : raised >= 0 ? { ...cueVerb(lowerOf(toks[raised]))!, form: formOf(w) } : cueVerb(w, true);
    if (!v) continue;
    // ("“Out!” Ann Cole yelled", "the guard yelled: …": a verb of the manner of speaking reports only
    // the words given next to it; "the admiral chuckled." alone is no report. Not its -ing form:
    // "…, holding signs and chanting “…”" is what a crowd at the scene did.)
    if (v.wordsOnly && (v.form === 'ing' || !wordsGiven(c, i, cueEnd))) continue;
    const prev = toks[i - 1];
    // ("are increasingly admitting", "is openly questioning": "be" before an -ing form over a manner
    // adverb is the progressive as it is right before it.)
    // ("is already claiming", "are now openly questioning", "isn’t saying": over the adverbs of time,
    // degree and negation that may stand between them too.)
    // ("…, quickly reminding viewers that …": adverbs after a comma set the participle off as the comma does.)
    const setOffAdverbs = v.form === 'ing' && prev?.kind === 'word' && adverbsSetOff(toks, i);
    const pw = setOffAdverbs ? ',' : v.form === 'ing' && prev?.kind === 'word' ? lowerOf(toks[beforeAdverbs(toks, i)]) : lowerOf(prev);
    const next = toks[cueEnd + 1];
    const nw = lowerOf(next);
    // A capitalised form inside a sentence is a name ("Says Law"), not the verb, except in a
    // headline written in title case ("Mayor Says Bridge Will Reopen").
    if (i > 0 && isCapitalised(t) && !isQuoteMark(prev) && prev.kind !== 'punct' && !titleCase) continue;
    // Noun uses: "the claims", "official figures", "his warning".
    // ("Many believe", "few doubt": a bare form after a quantifier for people is its verb; a noun
    // after "many" would be plural; "for many state workers": after a preposition it is an object.)
    // ("was first reported by", "has earlier said": after an auxiliary such a word is an adverb.)
    const adverbAfterAux = W.aux.has(pw) && i >= 2 && (W.aux.has(lowerOf(toks[i - 2])) || W.be.has(lowerOf(toks[i - 2])));
    // ("Fox News said", "the Free Press reported": a capitalised such word that ends a name is the
    // name's, the verb's subject, not a noun before "reports".)
    const nameEnd = !!prev && isCapitalised(prev) && c.mentionByEnd.has(prev.end);
    // ("state media said", "Turkish media reported that": the news outlets of a kind, word-lists.json
    // massOutletHeads, before a past form are its subject; "media reports" is a noun.)
    const outletSubject = v.form === 'past' && nw !== 'by' && wordList('massOutletHeads').has(pw);
    if (prev && W.nounBlocker.has(pw) && !nameEnd && !outletSubject && !adverbAfterAux && !(pw === 'that' && v.form !== 'ing' && v.cls !== 'tell' && thatRelative(c, i - 1)) && !((v.form === 'base' || crowdBeforeClause(toks, i, cueEnd, v)) && !phraseCls && !v.needsClause && W.crowdPronoun.has(pw) && !W.preposition.has(lowerOf(toks[i - 2])) && !W.npLink.has(lowerOf(toks[i - 2])))) continue;
    // "declined to comment", "wants to say": an infinitive reports no statement made (but "are quick
    // to point out that …" does: an adjective of eagerness after "be", word-lists.json eagerToSay).
    if (pw === 'to' && !(i >= 3 && wordList('eagerToSay').has(lowerOf(toks[i - 2])) && v.cls === 'speech')) continue;
    // A passive with its agent: "figures compiled by X", "as reported by X", "the jobs promised by X".
    if (v.form === 'past' && nw === 'by' && !phraseCls && v.passiveAgent) {
      const ph = phraseStartingAt(c, cueEnd + 2);
      const src = ph ? toSource(c, ph, c.recent, false) : null;
      // (An unnamed agent is a source only of words: "claims made by sources"; "found by a member of
      // the public", "collected by volunteers" report what was done, not said.)
      const unnamed = !!src && (src.kind === 'anonymous' || src.kind === 'vague');
      if (ph && src && (src.kind !== 'person' || src.entity) && !(unnamed && v.cls !== 'speech')) {
        const from = pw === 'as' ? prev.start : t.start;
        out.push({ cue: { start: from, end: next.end }, source: src!, content: contentBefore(text, s, from), cls: v.cls, lemma: v.lemma, inverted: false });
        i = ph!.last;
      }
      // ("“…,” Ann Hale said by telephone.": no agent after "by", only how it was said; the verb is
      // active, and its subject is read below.)
      // (Only after a name or a personal pronoun: "the words said by phone" are words.)
      // (Or after the asides that follow a name, when a quotation opens the sentence: "“…,” Mr. Dalton, now 81, said by telephone.")
      const named = prev && (c.mentionByEnd.has(prev.end) || (PRONOUNS.has(pw) && pw !== 'it') || (prev.text === ',' && isQuoteMark(toks[0])));
      if (src || !named) continue;
    }
    if (v.cls === 'record') continue;
    // ("He’s said he will run": "has", no passive.)
    // ("He’s also said …": over adverbs between the contraction and the verb.)
    let cq = i - 1;
    while (cq > 0 && toks[cq].kind === 'word' && (isMannerAdverb(toks[cq].text) || (W.aux.has(lowerOf(toks[cq])) && !W.be.has(lowerOf(toks[cq])) && !HAVE.has(lowerOf(toks[cq]))))) cq--;
    const perfect = cq >= 1 && PRONOUNS.has(lowerOf(toks[cq - 1])) && contractedHas(toks, cq, cueEnd, v);
    // Passives: "was told", "is expected": the frame without its speaker, or with the agent after "by".
    if (v.form !== 'ing' && W.be.has(pw) && !perfect) {
      const f = passiveFrame(c, s, i, cueEnd, v);
      if (f) {
        out.push(f);
        i = cueEnd;
      }
      continue;
    }
    // ("Asked whether …, Cole said", "when asked about …": a question put to the subject of the
    // main clause by someone the sentence does not name.)
    if (v.lemma === 'ask' && v.form === 'past' && (i === 0 || W.askedLead.has(pw) || prev.text === ',')) {
      const f = passiveFrame(c, s, i, cueEnd, v);
      if (f) {
        out.push(f);
        i = cueEnd;
        continue;
      }
    }
    // "an official report says", "the claim states": a noun before the verb of its own clause.
    const after = next && next.kind === 'word' ? cueVerb(nw) : undefined;
    // (Not "…, say reports.": after a comma or a quotation the next word is the subject.)
    const inverts = !prev || prev.text === ',' || isQuoteMark(prev);
    if ((v.form === 'base' || v.form === 's') && !phraseCls && after && (after.form === 's' || after.form === 'past') && !isCapitalised(next) && !inverts) continue;
    // "Insurance claims for fire damage": a plural noun before its preposition.
    // (A charge verb right before its preposition is kept for a moved-out object: "the rules that
    // critics blame for the rise"; the gap test below decides.)
    // ("Ann Cole talks about her childhood", "they boast about the jobs": right after a person's
    // name or a personal pronoun, before what was talked about, it is the verb.)
    if ((v.form === 's' || v.form === 'base') && W.nounBefore.has(nw) && !phraseCls && !v.charge?.includes(nw) && !(v.cls === 'speech' && W.topic.has(nw) && personRightBefore(c, i, v.form))) continue;
    // "hoping to raise output": an intention, not a statement.
    // ("what many believed to be a mistake": "to be" after a verb of belief is what is believed.)
    const toBe = nw === 'to' && lowerOf(toks[cueEnd + 2]) === 'be' && W.toBeBelief.has(v.lemma);
    // ("the rules that critics blame for the rise": the charged object moved out before the subject.)
    // ("Cole wants to rebuild the pier", "the firm agreed to sell": what someone intends; whether
    // the speaker is known is asked once the subject is found.)
    const intends = !!v.intention && v.form !== 'ing' && infinitiveFollows(toks, cueEnd);
    if (v.intention === 'only' && !intends) continue;
    if ((v.cls === 'belief' || v.cls === 'attitude') && (nw === 'to' || nw === 'for') && !toBe && !v.charge?.includes(nw) && !intends) continue;
    if (v.notBeforeInfinitive && nw === 'to' && !intends) continue;
    // "profit beats forecasts as demand recovers": a plural noun before a conjunction.
    if (v.form === 's' && (nw === 'as' || nw === 'because' || nw === 'despite' || nw === 'amid')) continue;
    // An -ing form reports after "is", a comma, a quotation, "by/while/after" or "and" (the main
    // subject speaks), or right after the phrase that speaks ("voters saying they want …").
    const afterPhrase = v.form === 'ing' && prev?.kind === 'word' && !setOffAdverbs && !W.be.has(pw) && !W.participleLead.has(pw);
    // ("After blasting the report, Glenn Beck …": a participle in a fronted adverbial; its speaker
    // is the main clause's subject after the comma.)
    const front = (v.form === 'ing' || (v.form === 'past' && lowerOf(prev) === 'having')) && !phraseCls ? frontedSubject(c, i) : null;
    // ("Having said that …": "having" is no subject; without the main clause's, no source.)
    if (v.form === 'past' && lowerOf(prev) === 'having' && !front) continue;
    if (v.form === 'ing' && !front && !W.be.has(pw) && pw !== ',' && !DASHES.has(pw) && !CLOSE_QUOTES.has(prev?.text ?? '') && !W.participleLead.has(pw) && !afterPhrase) continue;
    // ("in what officials called a hate crime", "Bannon, who Beck called “a despicable human
    // being”": the object named moved out before the speaker; the name given follows the verb.)
    const movedLead = v.lemma === 'call' && !phraseCls && v.form !== 'ing' ? movedObjectLead(toks, i) : -1;
    // ("records indicate that a company called …": "that" after a verb is no relative word.)
    // ("a company called Harbour Lines": after an indefinite subject the word is a participle.)
    const namedMoved = movedLead >= 0 && namingFollows(toks, cueEnd) && (lowerOf(toks[movedLead]) !== 'that' || (thatRelative(c, movedLead) && !cueVerb(lowerOf(toks[movedLead - 1]))))
      && lowerOf(toks[movedLead + 1]) !== 'a' && lowerOf(toks[movedLead + 1]) !== 'an';
    if (v.lemma === 'call' && !phraseCls && !namedMoved && !c.quoteNear(toks[cueEnd].end, toks[Math.min(toks.length - 1, cueEnd + 6)].end) && !namesAs(c, cueEnd)) continue;
    // ("asked residents to stay indoors", "asked the council about the delay": a request, a question.)
    // ("“…?” Clinton asked.": the question closed the sentence before.)
    const afterQuote = !!c.quoteBefore && i <= 5;
    if (v.lemma === 'ask' && !afterQuote && !c.quoteNear(toks[Math.max(0, i - 5)].start, toks[Math.min(toks.length - 1, cueEnd + 3)].end)
      && !toks.slice(cueEnd + 1, cueEnd + 5).some((x) => W.complementiser.has(lowerOf(x)) || x.text === ':')
      // ("asked the 2016 Democratic contender if he …": a longer addressee before the question.)
      && !askedWhether(toks, cueEnd)
      && !requestFollows(toks, cueEnd) && !topicFollows(toks, cueEnd)) continue;

    // The subject: over auxiliaries and adverbs to the phrase before the verb.
    let k = i - 1;
    let aux = false;
    let hypothetical = false;
    // ("Ms Hart on Tuesday said": a time between subject and verb is walked over too.)
    // ("Officials there said", "activists here argue": a place adverb after the subject is walked over too.)
    while (k >= 0 && toks[k].kind === 'word' && (W.aux.has(lowerOf(toks[k])) || isMannerAdverb(toks[k].text) || (W.placeAdverb.has(toks[k].text) && k > 0 && toks[k - 1].kind === 'word' && k === i - 1) || (W.time.has(lowerOf(toks[k])) && k < i - 1 && toks[k].text !== 'This' && (W.time.has(lowerOf(toks[k + 1])) || W.aux.has(lowerOf(toks[k + 1]))))
      || timeBeforeVerb(toks, k, i)) && !PRONOUNS.has(lowerOf(toks[k]))) {
      if (W.modal.has(lowerOf(toks[k])) || W.be.has(lowerOf(toks[k]))) aux = true;
      if (W.hypothetical.has(lowerOf(toks[k]))) hypothetical = true;
      k--;
    }
    // ("He’s claiming", "they’re saying": a contracted "is" or "are" after a pronoun.)
    // (Over adverbs too: "he’s also praising", "she’s not saying".)
    if (k >= 1 && CONTRACTED_BE.has(toks[k].text) && PRONOUNS.has(lowerOf(toks[k - 1]))) {
      // ("He’s said he will run", "she’s argued that …": before a past participle that no agent or
      // infinitive follows, the contraction is "has", the perfect, and the pronoun speaks.)
      if (!perfect) aux = true;
      k--;
    }
    // ("Advisers to the mayor are quick to point out that …", "she was keen to stress that …": "be",
    // an adjective of eagerness (word-lists.json eagerToSay) and "to" before the verb; the subject
    // is the speaker, and the "be" makes no passive.)
    let eager = false;
    if (k >= 2 && !v.generated && lowerOf(toks[k]) === 'to' && wordList('eagerToSay').has(lowerOf(toks[k - 1]))) {
      let b = k - 2;
      while (b > 0 && (isMannerAdverb(toks[b].text) || W.aux.has(lowerOf(toks[b]))) && !W.be.has(lowerOf(toks[b]))) b--;
      if (b >= 0 && W.be.has(lowerOf(toks[b])) && lowerOf(toks[b]) !== 'being') {
        eager = true;
        aux = true;
        k = b - 1;
        while (k >= 0 && toks[k].kind === 'word' && (W.aux.has(lowerOf(toks[k])) || isMannerAdverb(toks[k].text)) && !PRONOUNS.has(lowerOf(toks[k]))) k--;
      }
    }
    // (Only before what was said: "was keen to talk" is no report.)
    if (eager && !clauseFollows(toks, cueEnd, false)) continue;
    // (A generated verb after a modal is no report: "should remember that …", "will decide whether …".)
    if (v.generated && hypothetical) continue;
    if (k >= 0 && (toks[k].text === '’t' || toks[k].text === "n't")) k--;
    // "is not assured", "had doubts": a passive, or a plural noun after "have".
    if (!eager && !perfect && v.form !== 'ing' && toks.slice(k + 1, i).some((x) => W.be.has(lowerOf(x)))) {
      const f = passiveFrame(c, s, i, cueEnd, v);
      if (f) {
        out.push(f);
        i = cueEnd;
      }
      continue;
    }
    // (An -s form after an auxiliary verb is a noun: "has claims", "is reports"; after an adverb
    // it is the verb: "the mayor often says", "the firm now argues".)
    if (v.form === 's' && toks.slice(k + 1, i).some((x) => W.modal.has(lowerOf(x)) || W.be.has(lowerOf(x)) || HAVE.has(lowerOf(x)))) continue;
    let src: ClauseSource | null = null;
    let inverted = false;
    let relative = false;
    let sample = -1;
    let setOffRelative = false;
    let head: Phrase | null = null;
    const before = toks[k];
    const bw = lowerOf(before);
    const participle = v.form === 'ing' && !afterPhrase && !W.be.has(pw);
    // ("is defending", "are still demanding", "he’s saying": "be" before the -ing form.)
    const progressive = v.form === 'ing' && (W.be.has(pw) || toks.slice(k + 1, i).some((x) => W.be.has(lowerOf(x)) || CONTRACTED_BE.has(x.text)));
    const tryInverted = () => {
      if (v.cls !== 'speech' && v.cls !== 'evidence') return null;
      // ("…, has promised an audit": after an auxiliary the verb is not inverted.)
      if (k < i - 1 && (W.be.has(pw) || pw === 'has' || pw === 'have' || pw === 'had' || W.modal.has(pw))) return null;
      // ("…,” Hale, a campaign aide, said Thursday morning": a day after the verb is when, not who;
      // "said Monday the senator, Bill Grant": the speaker may follow it.)
      let from = cueEnd + 1;
      while (from < toks.length && isDayWord(toks[from])) from++;
      const ph = phraseStartingAt(c, from);
      if (!ph) return null;
      const after = toks[ph.last + 1];
      // (Right after a quotation the verb can only be inverted, and the speaker may be described on:
      // "said Ann Lowe of the trust's board", "… whispered an aide as the hall emptied".)
      const describedOn = isQuoteMark(prev);
      // ("…, asked the crowd “If …”": a quotation opening after the phrase is the question put to it.)
      if (v.lemma === 'ask' && isQuoteMark(after) && toks[ph.last + 2]?.kind === 'word') return null;
      // ("…, said Lee “never understood” the port": a quotation that goes on in lower case after the
      // phrase continues a clause the phrase is the subject of: what was said, not who said it.)
      if (!describedOn && isQuoteMark(after) && toks[ph.last + 2]?.kind === 'word' && isLowerWord(toks[ph.last + 2].text)) return null;
      if (after && !describedOn && after.text !== ',' && after.text !== '.' && after.text !== ':' && !W.time.has(lowerOf(after)) && !W.relative.has(lowerOf(after)) && !isQuoteMark(after) && after.text !== '!' && after.text !== '?' && after.text !== '(') return null;
      // "said the bank's head of lending, Ann Lowe.": the name in apposition closing the sentence.
      let comma = ph.last + 1;
      while (comma < Math.min(toks.length, ph.last + 8) && toks[comma].kind === 'word') comma++;
      const m = toks[comma]?.text === ',' ? c.mentionByStart.get(toks[comma + 1]?.start ?? -1) : undefined;
      const e = m ? c.entityById.get(m.id) : undefined;
      if (m && e && e.kind === 'person') {
        const endTok = toks.findIndex((x) => x.start >= m.end);
        if (endTok < 0 || toks[endTok].kind === 'punct') {
          head = ph;
          return { start: m.start, end: m.end, kind: 'person' as SourceKind, entity: m.id };
        }
      }
      head = ph;
      // ("…,” said one of those advisers": a part of a group, typed as the group after "of".)
      if (ph.head === ph.first && lowerOf(toks[ph.first + 1]) === 'of' && ph.last > ph.first + 1 && (W.partitive.has(lowerOf(toks[ph.first])) || W.numberWord.has(lowerOf(toks[ph.first])))) {
        const inner = phraseStartingAt(c, ph.first + 2);
        const typed = inner ? toSource(c, inner, c.recent, true) : null;
        if (inner && typed) {
          head = { ...ph, last: Math.max(ph.last, inner.last) };
          return { ...typed, start: toks[ph.first].start, end: Math.max(typed.end, toks[inner.last].end), entity: null };
        }
      }
      // (A guess at a bare phrase after the verb is no speaker: "said always", "say contracts".)
      return toSource(c, ph, c.recent, W.det.has(lowerOf(toks[ph.first])));
    };
    // ("the Gazette quoted a port official as saying …", "Reuters cited sources as saying …": the
    // one quoted speaks; word-lists.json quotingVerbs.)
    const quotedAs = v.lemma === 'say' && v.form === 'ing' && pw === 'as' ? quotedBefore(c, i - 1) : null;
    if (quotedAs) {
      head = quotedAs;
      src = toSource(c, quotedAs, c.recent);
    } else if (front) {
      head = front.phrase;
      src = front.source;
    } else if (participle) src = mainSubject(c, i, out);
    else if (afterPhrase && (v.cls === 'speech' || v.cls === 'belief') && (sample = sampleStart(toks, i - 1, true)) >= 0 && clauseFollows(toks, cueEnd, false)) {
      // ("with 50 percent saying she is prepared", "with three in 10 saying …": a poll's sample
      // and what it says, after "with" or opening its clause.)
      head = { first: sample, last: i - 1, head: i - 1, entity: null, owner: null };
      src = { start: toks[sample].start, end: toks[i - 1].end, kind: 'vague', entity: null };
    } else if (afterPhrase) {
      head = phraseEndingAt(c, i - 1);
      // ("attacked the plans for pensioners saying …": the object of a preposition is not who speaks.)
      const lead = head ? lowerOf(toks[head.first - 1]) : '';
      if (head && (lead === 'for' || lead === 'of' || lead === 'to' || lead === 'on' || lead === 'about') && !head.entity) continue;
      // (Only a plural or a known source: "voters saying", not "began arguing".)
      const hw = head ? lowerOf(toks[head.head]) : '';
      // ("issued an official warning to the trio": after a singular phrase the -ing word is a noun
      // unless a clause, a colon or a quotation follows it.)
      const nounUse = !!head && !hw.endsWith('s') && !head.entity && !PRONOUNS.has(hw) && !DOCUMENT_WORDS.has(hw) && !clauseFollows(toks, i, false);
      // ("…, with Senator Cole calling the plan a disgrace": after "with", the absolute
      // construction, a person or a body named right before the -ing form is its subject; "met
      // Ms Cole at Acme talking about …" leaves the name to the verb before.)
      const namedHead = lead === 'with' && !!head?.entity && c.entityById.get(head.entity)?.kind !== 'place';
      src = head && !nounUse && (hw.endsWith('s') || isSourceNoun(hw) || namedHead) ? toSource(c, head, c.recent, v.cls === 'speech') : null;
      // ("The union issued a statement saying …": a document its subject put out speaks for them.)
      const issuer = src?.kind === 'document' && head ? issuerOf(c, head.first - 1) : null;
      if (issuer) {
        head = issuer.phrase;
        src = issuer.source;
      }
    }
    else if (!before || isQuoteMark(before) || before.text === ':') {
      src = tryInverted();
      inverted = !!src;
    } else if (W.relative.has(bw) && (bw !== 'that' || thatRelative(c, k))) {
      // "Smith, who said …": the phrase the relative clause hangs on.
      const j = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
      head = phraseEndingAt(c, j);
      src = head ? toSource(c, head, c.recent, bw !== 'that') : null;
      // ("a letter that says …", "an advert that shows …": after "that" only a document or a
      // publication; a body or a person so described, "the central bank that called for …", is
      // mostly part of a description, and "who" is the usual word for people.)
      if (bw === 'that' && src && src.kind !== 'document' && src.kind !== 'publication') src = null;
      // ("including 18% who say they would stay home": a sample the relative clause hangs on.)
      const sampleFirst = !src && (v.cls === 'speech' || v.cls === 'belief') && j >= 0 ? sampleStart(toks, j, true) : -1;
      if (sampleFirst >= 0) {
        head = { first: sampleFirst, last: j, head: j, entity: null, owner: null };
        src = { start: toks[sampleFirst].start, end: toks[j].end, kind: 'vague', entity: null };
        sample = sampleFirst;
      }
      // ("the digital TV generation, which expects …": "which" stands for a thing or a body, never
      // for a person only guessed from the phrase's shape.)
      if (bw === 'which' && src && src.kind === 'person' && !src.entity) src = null;
      relative = true;
      // ("Legal experts, who worry that …": set off by a comma, the clause reports what they say.)
      setOffRelative = toks[k - 1]?.text === ',' && (v.cls === 'speech' || v.cls === 'belief') && bw === 'who' && clauseFollows(toks, cueEnd, false);
    } else if (W.coordinator.has(bw) || (before.text === ',' && W.coordinator.has(lowerOf(toks[k + 1])))) {
      // ("Ms Cole paused, then said …": "then" after the comma joins a second verb, as "and" does.)
      // ("…, while Ms Cole opened the fair and said …": the subject of the first verb the "and"
      // joins, when it opens a clause nearer than the sentence's start.)
      const joined = bw === 'and' ? firstConjunctSubject(c, k, v.form === 'base') : null;
      src = joined ?? mainSubject(c, i, out);
    } else if (before.text === ',' || DASHES.has(before.text)) {
      src = tryInverted();
      inverted = !!src;
      // ("Ann Cole, 61, of Leeds, who ran the shop, said the rent …", "Ann Cole, the mayor's
      // adviser, noted the change": a name opening the sentence, set off by its first comma, is the
      // subject of a verb after the asides; the phrase after the verb is then its object, not an
      // inverted speaker — unless that phrase is itself a name: "The tariff, said Ann Cole, …".)
      const opener = before.text === ',' && !src?.entity ? openingSubject(c, k) : null;
      if (opener) {
        head = opener.phrase;
        src = opener.source;
        inverted = false;
      }
      // "its finance director, Alan Pryce, told": the name in apposition.
      const named = !src ? phraseEndingAt(c, k - 1) : null;
      if (named?.entity && toks[named.first - 1]?.text === ',') {
        head = named;
        src = toSource(c, named, c.recent);
      }
      if (!src) {
        // An aside between commas: "Smith, a spokesman for the firm, said"; "Birch, 71, who …, said".
        let commas = 0;
        for (let q = k - 1; q > Math.max(0, k - 30) && commas < 3; q--) {
          if (toks[q].text !== before.text) continue;
          commas++;
          head = phraseEndingAt(c, q - 1);
          // (Only a phrase that opens its clause is the subject: not "of the councils, …".)
          const lead = head ? toks[head.first - 1] : undefined;
          // (Or a clause opened by a conjunction: "… ago that Ann Cole, who chairs the board, said …",
          // "…, but when Ann Cole, the chair, said …".)
          const lw = lowerOf(lead);
          if (head && lead && lead.kind === 'word' && !W.coordinator.has(lw) && !CLAUSE_BREAKS.has(lw) && !(W.complementiser.has(lw) && !W.relative.has(lw) && lw !== 'what') && lw !== 'that') head = null;
          // (A phrase opening the sentence before a verb of saying is guessed at as it is with no
          // aside: "Cement makers, for instance, argue that …".)
          src = head ? toSource(c, head, c.recent, W.det.has(lowerOf(toks[head.first])) || (!lead && (v.cls === 'speech' || v.cls === 'tell'))) : null;
          // ("A former pilot -- Ian Greer, who ran the port -- said": an unnamed phrase whose aside
          // opens with a person's name, closed there or by "who": the name says who.)
          const named = src && !src.entity ? asideName(c, q) : null;
          if (named) src = named;
          // "Some residents, such as Edna Moss, said": a named example makes the group known.
          if (src && (src.kind === 'vague' || src.kind === 'anonymous') && W.example.has(lowerOf(toks[q + 1]))
            && toks.slice(q + 1, k).some((x) => { const m = c.mentionByStart.get(x.start); return !!m && c.entityById.get(m.id)?.kind === 'person'; })) {
            src = { ...src, kind: 'person' };
          }
          if (src) break;
        }
      }
      // ("Party leaders in the north, for instance, said": the phrase opening the clause, over what describes it.)
      // (Not before the shape of an inverted speaker: "The contrast, said Ann Cole and others, is …".)
      const after = phraseStartingAt(c, cueEnd + 1);
      const invertedShape = !!after && (toks[after.last + 1] === undefined || toks[after.last + 1].kind === 'punct' || W.coordinator.has(lowerOf(toks[after.last + 1])));
      const described = !src && !inverted && !invertedShape ? postmodifiedSubject(c, k) : null;
      if (described) {
        head = described.phrase;
        src = described.source;
      }
    } else if ((v.cls === 'speech' || v.cls === 'belief') && (sample = sampleStart(toks, k)) >= 0 && (v.lemma === 'say' || v.cls === 'belief' || clauseFollows(toks, cueEnd, false))) {
      // (What a sample says is a clause: "3 percent reported fatigue" is a symptom counted.)
      // "Sixty percent of voters said", "About four in 10 say": a poll's sample.
      head = { first: sample, last: k, head: k, entity: null, owner: null };
      src = { start: toks[sample].start, end: toks[k].end, kind: 'vague', entity: null };
    } else {
      head = phraseEndingAt(c, k);
      // ("A chief reason he has given …": one person or thing, counted by "a" or "one", and a verb
      // in its plain present do not agree; the verb is a noun, and there is no report.)
      if (head && k === i - 1 && head.head === head.last && isPlainPresent(v) && wordList('singleUnnamedDeterminers').has(lowerOf(toks[head.first])) && !isPluralWord(lowerOf(toks[head.head]))) head = null;
      // (A belief is held by people: "the businessman believes …", "Democrats think …" take a
      // phrase only guessed to be someone when it names people and a clause follows.)
      const hwk = head ? lowerOf(toks[head.head]) : '';
      // (Only a phrase that starts as one: "let players know" is no subject.)
      const opensPhrase = !!head && (head.first === head.head || W.det.has(lowerOf(toks[head.first])) || isCapitalised(toks[head.first]));
      const believer = v.cls === 'belief' && !!head && opensPhrase && (isPersonNoun(hwk) || isCapitalised(toks[head.head])) && clauseFollows(toks, cueEnd, false);
      // ("Some of the women said …", "one of the witnesses told …": a part of a group, its
      // quantifier opening the clause before "of" and the group; who speaks is that part.)
      // (The phrase may hold the part already: "one of the farmers" walked left over "of".)
      const held = !!head && head.first + 2 <= head.last && lowerOf(toks[head.first + 1]) === 'of' && partitiveStart(toks, head.first + 2) === head.first;
      // (The group is plural, a number or a pronoun: "one of the largest member | states" is a
      // compound before a noun, not a verb.)
      const groupWord = head ? lowerOf(toks[head.last]) : '';
      // ("some of the women": a plural without an -s, clause-words.json pluralNouns.)
      const plural = isPluralWord(groupWord) || W.pluralNoun.has(groupWord) || W.numberWord.has(groupWord) || PRONOUNS.has(groupWord) || toks[head?.last ?? 0]?.kind === 'number';
      const part = head && plural ? (held ? head.first : partitiveStart(toks, head.first)) : -1;
      const whole: Phrase | null = head && part >= 0 ? { ...head, first: part } : null;
      // (Headed by its last word: "the farmers" in "some of the farmers".)
      const inner: Phrase | null = head && held ? { ...head, first: head.first + 2, head: head.last } : head;
      // (A thing that shows a that-clause is taken too, and typed a document below: thingShows.)
      const shows = v.cls === 'evidence' && !!head && !whole && thingShows(c, head, cueEnd);
      src = head ? toSource(c, whole ?? head, c.recent, v.cls === 'speech' || v.cls === 'tell' || believer || shows) : null;
      // (Typed as the group when the part alone is not: "some of the farmers" are farmers.)
      if (!src && whole && inner) {
        const typed = toSource(c, inner, c.recent, v.cls === 'speech' || v.cls === 'tell' || believer);
        if (typed) src = { ...typed, start: toks[part].start, entity: null };
      }
      if (whole) head = whole;
      if (!src || W.time.has(lowerOf(toks[head!.head]))) {
        // "figures released earlier this year showed": the subject before a participle that modifies it.
        for (let q = k; q > Math.max(0, k - 6) && toks[q].kind === 'word'; q--) {
          // (Not across a conjunction: "motorists campaigned against it but environmentalists believe".)
          if (W.coordinator.has(lowerOf(toks[q]))) break;
          if (!lowerOf(toks[q]).endsWith('ed')) continue;
          const before = phraseEndingAt(c, q - 1);
          const typed = before ? toSource(c, before, c.recent) : null;
          if (typed) {
            head = before;
            src = typed;
          }
          break;
        }
      }
      // "people who have battled fraud say", "some who advocate free speech argue": the phrase
      // before the verb ends a restrictive relative clause; who speaks is the phrase it hangs on.
      const rel = head ? restrictiveHead(c, head.first) : null;
      const relSrc = rel ? toSource(c, rel, c.recent) ?? (lowerOf(toks[rel.head]) === 'those' ? { start: toks[rel.first].start, end: toks[rel.last].end, kind: 'vague' as const, entity: null } : null) : null;
      // (A verb of telling needs its clause: "people who use it tell their friends" is no report.)
      if (rel && relSrc && (v.cls !== 'tell' || clauseFollows(toks, cueEnd, true))) {
        head = rel;
        src = { ...relSrc, end: toks[k].end };
      }
      // ("Party leaders in the north said", "the engineers who built the tunnel said": the phrase opening
      // the clause, over what describes it. Also over a phrase only guessed to be someone: "Engineers
      // working on the bridge said" is no report by "the bridge".)
      // (Only a guess that is the object of a preposition, not of one that opens a clause — "after
      // the man had posted" is the man's — or one that ends a relative clause: "Parents whose
      // children use the bus said".)
      const guessed = !!src && !src.entity && !!head && !!sourceKind(c, head, c.recent)?.guessed && guessInDescription(c, head.first) && (v.cls !== 'tell' || clauseFollows(toks, cueEnd, true));
      const described = !src || guessed ? postmodifiedSubject(c, k, guessed) : null;
      if (described) {
        head = described.phrase;
        src = described.source;
      }
      if (!src && (isQuoteMark(prev) || prev?.text === ',')) {
        src = tryInverted();
        inverted = !!src;
      }
    }
    if (!src) continue;
    // "That worries many analysts because they believe …": "they" after a crowd in its own
    // sentence, with nobody named between, is that crowd.
    if (head && head.first === head.last && lowerOf(toks[head.head]) === 'they' && !inverted) {
      const crowd = crowdBefore(c, head.first);
      if (crowd) src = { ...src, kind: 'vague', entity: null };
    }
    // Verbs that also take plain objects ("added two players") report speech before a clause, a
    // quotation or a colon, inverted after a quotation, or (showing) with a document as subject.
    const leadTok = head ? toks[(head as Phrase).first - 1] : undefined;
    // Where the speaker's phrase starts: "Mr. Hale" (the source is the name, the phrase holds the title).
    const headFirst = head ? toks[(head as Phrase).first] : undefined;
    const srcFrom = headFirst && headFirst.start < src.start && toks[(head as Phrase).last].end >= src.end ? headFirst.start : src.start;
    const setOff = src.start < t.start && !!leadTok && (leadTok.text === ',' || isQuoteMark(leadTok) || DASHES.has(leadTok.text)) && nothingAfter(toks, cueEnd + 1);
    // ("polls showing her lead gone": findings nobody named show things without a clause too.)
    const hearsayHead = src.kind === 'vague' && !!head && (W.hearsay.has(lowerOf(toks[(head as Phrase).head])) || W.unnamedFinding.has(lowerOf(toks[(head as Phrase).head])));
    // (A commitment's infinitive, or the plain object judged, is a phrase: its content ends with it.
    // A participle with an object is what the subject did: "…, rejecting a higher offer".)
    // ("a camp which the church calls a retreat but critics charge is a prison": after "which" or
    // "that" a verb of saying right before "is" or "would" has its object moved out: a clause.)
    const nxw = lowerOf(toks[cueEnd + 1]);
    // (Only for a crowd nobody names: "the goals that he added are not enough" are goals.)
    const finiteNext = W.be.has(nxw) || (W.modal.has(nxw) && nxw !== 'to' && nxw !== 'do' && nxw !== 'did' && nxw !== 'does');
    // ("what she said is growing demand", "a judge who he claims has been unfair": a speaker right
    // after "what", "who", "which" or "that", and a finite verb right after the verb of saying or
    // believing — the subject of the reported clause moved out; not "What she said was shocking",
    // where "what" opens the sentence.)
    const gapLead = head ? toks[(head as Phrase).first - 1] : undefined;
    const movedSubject = !!head && finiteNext && !inverted && (v.cls === 'speech' || v.cls === 'belief') && v.form !== 'ing' && !v.plainObject && v.lemma !== 'ask' && !!gapLead && GAP_LEADS.has(lowerOf(gapLead))
      && (lowerOf(gapLead) !== 'what' || ((head as Phrase).first >= 2 && toks[(head as Phrase).first - 2].kind === 'word'))
      // (After "that" or "which" the noun before may be the verb's object: "the goals that fans
      // added were …"; only a verb that takes no plain object reads the gap there.)
      && (!v.needsClause || lowerOf(gapLead) === 'what' || lowerOf(gapLead) === 'who');
    const gap = movedSubject || !!head && src.kind === 'vague' && (finiteNext || !!v.charge?.includes(nxw))
      && toks.slice(Math.max(0, (head as Phrase).first - 12), (head as Phrase).first).some((x) => lowerOf(x) === 'which' || lowerOf(x) === 'that');
    // (An intention is held by someone the story names, not by a crowd: "many want to leave".)
    // (Nor is it a report of its own inside what a speaker is reported to say: "Ms Cole said she
    // plans to stand again" reports one statement.)
    if (intends && (inverted || !knownSpeaker(c, src, head, aux, false) || out.some((f) => f.content.start <= t.start && t.start < f.content.end))) continue;
    // ("Cruz says he supports the law", "she said she believes …": a view the speaker is reported
    // to hold, by a pronoun for them inside what they are reported to say, is that one report.)
    if ((v.cls === 'belief' || v.cls === 'attitude') && !inverted && head && head.first === head.last && PRONOUNS.has(lowerOf(toks[head.head]))
      && out.some((f) => !f.agentless && f.source.kind !== 'vague' && f.content.start <= t.start && t.start < f.content.end)) continue;
    let phraseOnly = intends;
    // ("Many economists applaud the idea", "critics derided it as a stunt": a crowd's judgement of a
    // thing is their view, a vague source, as a named speaker's is theirs; not a stance shared by a
    // crowd, "many residents oppose the plan", word-lists.json crowdPositionVerbs.)
    const crowdJudge = v.cls === 'attitude' && src.kind === 'vague' && !!head && !inverted && !participle
      && isPersonNoun(lowerOf(toks[(head as Phrase).head])) && !wordList('crowdPositionVerbs').has(v.lemma);
    // ("a plan that many economists applaud.": the object moved out before "that" or "which".)
    let crowdJudged = v.plainObject && crowdJudge && v.form !== 'ing' && ['that', 'which'].includes(lowerOf(toks[(head as Phrase).first - 1]))
      && (!toks[cueEnd + 1] || toks[cueEnd + 1].kind === 'punct');
    // ("“….” Will wrote.": the words are the quotation that closed the sentence before.)
    const quoteOpens = afterQuote && !toks.some((x) => x.kind === 'word' && x.end <= Math.min(srcFrom, t.start)) && nothingAfter(toks, cueEnd + 1);
    // ("“…?” Trump asked reporters rhetorically during the briefing.": the speaker and a verb of
    // speech open the sentence after the quotation, and what follows is only who heard it, how
    // and when, no clause: the words said are still that quotation.)
    const quoteTail = afterQuote && !quoteOpens && !!v.quoteTail && !inverted
      && !toks.some((x) => x.kind === 'word' && x.end <= Math.min(srcFrom, t.start)) && onlyCircumstanceAfter(toks, cueEnd + 1, v.quoteTail === 'addressee');
    if (v.topicOnly && !inverted && !setOff && !quoteOpens && !isQuoteMark(prev) && !(knownSpeaker(c, src, head, aux) && topicFollows(toks, cueEnd))) continue;
    // ("As Ms Cole wrote in her column, the fares …", "…, as Ms Cole wrote.": an aside opened by
    // "as", whose verb's object is the rest of the sentence.)
    const afterCue = toks[cueEnd + 1];
    const asAside = !inverted && asAsideStart(toks, head as Phrase | null, cueEnd) >= 0 && !(afterCue && (isQuoteMark(afterCue) || afterCue.text === ':'));
    if (v.needsClause && !intends && !inverted && !setOff && !asAside && !gap && !quoteOpens && !quoteTail && !clauseFollows(toks, cueEnd, v.cls === 'tell' || v.lemma === 'ask') && !(v.lemma === 'ask' && askedWhether(toks, cueEnd)) && !isQuoteMark(prev)
      && !(v.cls === 'evidence' && (src.kind === 'document' || src.kind === 'organisation' || src.kind === 'publication' || hearsayHead))) {
      // ("Ms Cole is defending her remarks", "the union is demanding a recount": the progressive,
      // "be" before the -ing form, judges its object as the simple past does; a participle without
      // "be", "…, rejecting a higher offer", is what the subject did.)
      // ("Huckabee agreed, praising his former rival as …": a judgement set off after the main
      // clause is the subject's too.)
      // ("Ann Cole, defending her title, won": right after the subject it describes the subject.)
      const afterClause = participle && v.cls === 'attitude' && (pw === ',' || DASHES.has(pw)) && src.end < prev.start
        && toks.some((x) => x.kind === 'word' && x.start >= src!.end && x.end <= prev.start);
      const finite = v.form !== 'ing' || progressive || afterClause || !!front;
      const modalBefore = toks.slice(k + 1, i).some((x) => W.modal.has(lowerOf(x)));
      // ("Harbour Trust Chief Praises Volunteers": in a title-case headline, which the name finder
      // leaves alone, a capitalised subject is a name.)
      const titleName = titleCase && !!head && isCapitalised(toks[(head as Phrase).head]) && (src.kind === 'person' || src.kind === 'organisation');
      crowdJudged = v.plainObject && finite && crowdJudge && objectFollows(c, cueEnd, v.lemma);
      phraseOnly = (v.infinitive && infinitiveFollows(toks, cueEnd)) || (v.plainObject && finite && (titleName || knownSpeaker(c, src, head, progressive ? modalBefore : aux)) && objectFollows(c, cueEnd, v.lemma)) || crowdJudged
        || (!!v.charge && finite && objectFollows(c, cueEnd, v.lemma) && chargeFollows(c, cueEnd, v.charge))
        || (v.cls === 'speech' && knownSpeaker(c, src, head, aux) && topicFollows(toks, cueEnd));
      // (A crowd's or an unnamed source's view: "some analysts see the merger as a rescue"; "he saw
      // the film as a child" is no view.)
      // ("a viewer poll saw the drama emerge as the favourite": only people hold views.)
      const viewer = !!head && (isPersonNoun(lowerOf(toks[(head as Phrase).head])) || W.crowdPronoun.has(lowerOf(toks[(head as Phrase).head])));
      // ("Ms Cole sees the vote as a warning": a named speaker's present view too; "saw the film as
      // a child" in the past may say only when.)
      const namedView = v.asObject && (v.form === 's' || v.form === 'base') && knownSpeaker(c, src, head, aux) && asFollows(toks, cueEnd);
      if (namedView) phraseOnly = true;
      if (!phraseOnly && !namedView && !(v.asObject && viewer && (src.kind === 'vague' || src.kind === 'anonymous') && asFollows(toks, cueEnd))) continue;
    }
    const group = src.kind === 'vague' || src.kind === 'anonymous';
    // (Nor a crowd crying out, "protesters chanted", "fans jeered": part of the scene, no source.)
    if (group && ((relative && !setOffRelative && sample < 0) || hypothetical || v.generated || v.wordsOnly)) continue;
    // ("One analyst suggested that …": one unnamed person's view is still a source.)
    const onePerson = src.kind === 'anonymous' && !!head && W.counted.has(lowerOf(toks[(head as Phrase).first])) && !isPluralWord(lowerOf(toks[(head as Phrase).head]));
    // ("studies show", "recent polls have shown": findings nobody named, the plainest vague attribution.)
    // ("press reports suggest that …": bare reports too; one report is judged with its author, unnamedFindingSource.)
    const unnamedFindings = v.cls === 'evidence' && hearsayHead && lowerOf(toks[(head as Phrase).head]) !== 'report';
    // ("experts estimate it will take a decade": a crowd's estimate of a clause is their view.)
    // (Only a crowd that opens its clause: not the object of "help people find what …".)
    const crowdLead = head ? toks[(head as Phrase).first - 1] : undefined;
    // ("executives there indicate that …": unnamed people pointing to a that-clause speak too.)
    const crowdView = v.cls === 'evidence' && !!head && ((src.kind === 'vague' && VAGUE_SOURCES.has(lowerOf(toks[(head as Phrase).head])) && clauseFollows(toks, cueEnd, false))
      || (src.kind === 'anonymous' && isPluralWord(lowerOf(toks[(head as Phrase).head])) && isPersonNoun(lowerOf(toks[(head as Phrase).head])) && lowerOf(toks[cueEnd + 1]) === 'that'))
      && (!crowdLead || crowdLead.kind !== 'word' || W.coordinator.has(lowerOf(crowdLead)) || W.complementiser.has(lowerOf(crowdLead)));
    // ("critics accused the mayor of lying": a charge is a claim, whoever makes it.)
    const charged = !!v.charge && (gap || (v.form !== 'ing' && objectFollows(c, cueEnd, v.lemma) && chargeFollows(c, cueEnd, v.charge)));
    // ("his aides portrayed the win as a sign that …", "rivals cast the mayor as out of touch": a
    // characterisation, the object and what it is cast as, is a claim whoever makes it.)
    const characterised = v.cls === 'attitude' && (v.plainObject || v.asObject) && v.form !== 'ing' && asFollows(toks, cueEnd);
    if (group && (v.cls === 'attitude' || v.cls === 'evidence') && !onePerson && !unnamedFindings && !crowdView && !charged && !crowdJudged && !namedMoved && !characterised) continue;
    // ("the emails show that …", "their experience suggests that …": a thing, no noun for people,
    // that shows a that-clause is a finding's source, as a document is.)
    // ("Recent evidence suggests that …": with no determiner or owner, findings nobody names, vague.)
    if (v.cls === 'evidence' && src.kind === 'person' && !src.entity && !inverted && head && thingShows(c, head as Phrase, cueEnd)) {
      const fw = lowerOf(toks[(head as Phrase).first]);
      src = { ...src, kind: W.det.has(fw) || W.possessive.has(fw) || !!(head as Phrase).owner ? 'document' : 'vague' };
    }
    if (v.cls === 'evidence' && src.kind === 'person' && !src.entity && v.form !== 'past') continue;
    // ("A handful of analysts said", "a number of economists believe": "a", a loose count of
    // word-lists.json looseCountNouns and "of" before the crowd lead it; who speaks is the whole.)
    if (group && !inverted && head && head.first >= 3 && lowerOf(toks[head.first - 1]) === 'of' && lowerOf(toks[head.first - 3]) === 'a' && wordList('looseCountNouns').has(lowerOf(toks[head.first - 2]))) {
      head = { ...head, first: head.first - 3 };
      src = { ...src, start: toks[head.first].start };
    }
    const ph = head as Phrase | null;
    if (ph) {
      const lead = lowerOf(toks[ph.first - 1]);
      // ("huddled with other party leaders announced …": a crowd governed by a preposition is its
      // object, not the subject of the verb after it; "with polls showing …" and "among experts,
      // who worry …" still report.)
      if (!inverted && !relative && v.form !== 'ing' && group && W.objectPreposition.has(lead)) continue;
      // "what the mayor says", "how they vote", "do you think": a question or a free relative, no report.
      // ("what many people believed to be a mistake", "what some think is right": a crowd's view of a thing.)
      // ("what his aides describe as a rout": a characterisation the source gives, not a question.)
      const crowdView2 = (src.kind === 'vague' && v.cls === 'belief' && lead === 'what') || (lead === 'what' && nxw === 'as' && (v.lemma === 'describe' || v.cls === 'attitude'));
      // ("which is why analysts say …", "that's why critics argue …": a reason given, then the report.)
      const reason = lead === 'why' && W.be.has(lowerOf(toks[ph.first - 2]));
      if (!inverted && !crowdView2 && !reason && !crowdJudged && !movedSubject && !namedMoved && (W.embedding.has(lead) || W.embedding.has(lowerOf(toks[ph.first])))) continue;
      // "I think", "you know": a hedge, not a source.
      if (v.cls === 'belief' && ph.first === ph.last && W.firstPerson.has(lowerOf(toks[ph.head]))) continue;
      // "59% of people said": a sample, not a source. "let people write": the object of a causative.
      if (group && lead === 'of' && sample < 0) continue;
      // ("had many critics thinking he …", "left observers wondering whether …": a crowd made to
      // hold a view still holds it.)
      const heldView = group && v.cls === 'belief' && v.form === 'ing' && (W.complementiser.has(nxw) || /^(?:he|she|they|it|we)$/.test(nxw) || clauseFollows(toks, cueEnd, false));
      if (W.causative.has(lead) && !heldView) continue;
      // A bare base form agrees with a plural or "I/you/we/they" subject, or follows an auxiliary.
      // ("member state officials": a singular unnamed head is no subject of a base form either.)
      if (v.form === 'base' && !aux && !inverted && !ph.joined && (!group || (W.unnamed.has(lowerOf(toks[ph.head])) && !isPluralWord(lowerOf(toks[ph.head]))))) {
        const hw = lowerOf(toks[ph.head]);
        const plural = hw.endsWith('s') || hw === 'i' || hw === 'you' || hw === 'we' || hw === 'they' || W.pluralNoun.has(hw) || W.crowdPronoun.has(hw) || src.kind === 'organisation' || src.kind === 'document';
        if (!plural) continue;
      }
      // "member states", "tax claims": a singular common noun right before a plural form is a compound.
      // (A subject without a determiner before an -s form is a compound: "to meet member states".)
      // ("ratified by all member states": a quantifier for many before a singular noun makes a compound.)
      if (v.form === 's' && ph.last === i - 1 && (W.crowd.has(lowerOf(toks[ph.first])) || lowerOf(toks[ph.first]) === 'all') && !isPluralWord(lowerOf(toks[ph.head]))) continue;
      // ("…, analyst says.", "But expert says …": a bare noun for a person that opens its clause is
      // a headline's speaker, not the first half of a compound.)
      const bareSpeaker = isPersonNoun(lowerOf(toks[ph.head])) && !isPluralWord(lowerOf(toks[ph.head])) && (ph.first === 0 || toks[ph.first - 1].text === ',' || W.coordinator.has(lead));
      if (v.form === 's' && ph.last === i - 1 && !W.det.has(lowerOf(toks[ph.first])) && !isCapitalised(toks[ph.first]) && !src.entity && !PRONOUNS.has(lowerOf(toks[ph.head])) && src.kind !== 'organisation' && src.kind !== 'document' && src.kind !== 'publication' && !bareSpeaker) continue;
    }
    // Content: the clause after the verb, or the quotation or clause before the source.
    let content: Span;
    const srcFirst = src.start < t.start;
    const textBefore = srcFirst ? toks.some((x) => x.end <= srcFrom && x.kind === 'word') : toks.some((x) => x.end <= t.start && x.kind === 'word');
    if (inverted && !textBefore && head) {
      // "Said Ann Lowe, a neighbour: …": what follows the speaker.
      content = contentAfter(text, s, toks[(head as Phrase).last].end);
    } else if (inverted || (srcFirst && textBefore && (nothingAfter(toks, cueEnd + 1, !!head && closesQuote(toks, (head as Phrase).first - 1)) || quoteThenCircumstance(toks, head, cueEnd) || toldAfterQuote(toks, v, head, cueEnd) || toldAfterClause(c, v, head, cueEnd)) && !participle && !(charged && v.charge!.includes(nxw)) && !(nxw === 'as' && lowerOf(leadTok) === 'what'))) {
      // ("…, X said." and "“…,” X said.": the words before are set off; "in many coastal states." is no report.)
      const lead = head ? toks[(head as Phrase).first - 1] : undefined;
      const described = !inverted && head ? describedFromQuote(toks, (head as Phrase).first) : -1;
      // "As Ann Smith said, the plan failed", "…, as the mayor noted.": an aside with "as" gives
      // the rest of the sentence its source.
      const asIdx = inverted ? -1 : asAsideStart(toks, head as Phrase | null, cueEnd);
      const aside = asIdx >= 0;
      // ("As The Times reported on Saturday, …": when and where it was said may close the aside.)
      const asideEnd = asIdx === 0 ? circumstanceTo(toks, cueEnd + 1) : -1;
      if (aside && asIdx === 0) {
        content = contentAfter(text, s, toks[asideEnd >= 0 ? asideEnd : cueEnd].end);
      } else {
        // ("a plan that many economists applaud.": what is judged is the phrase before "that".)
        const moved = crowdJudged && !!lead && (lowerOf(lead) === 'that' || lowerOf(lead) === 'which');
        if (!inverted && !quotedAs && !moved && lead && lead.text !== ',' && !isQuoteMark(lead) && !DASHES.has(lead.text) && lead.text !== ':' && described < 0 && !aside) continue;
        content = contentBefore(text, s, moved ? lead!.start : aside ? toks[asIdx].start : described >= 0 ? toks[described].end : Math.min(srcFrom, t.start));
        // ("In the end, Mr. Rosen said, union voters …": the speaker set between commas after a
        // short opener; what is said goes on after the second comma.)
        const inside = !inverted && !moved && !aside && described < 0 && !!head && lead?.text === ',' ? afterAside(toks, (head as Phrase).first - 1, cueEnd) : -1;
        if (inside >= 0) content = contentAfter(text, s, toks[inside].end);
      }
    } else {
      let from = toks[cueEnd].end;
      // "told reporters that …": the addressee is not what was said.
      if (v.cls === 'tell') {
        for (let q = cueEnd + 1; q < Math.min(toks.length, cueEnd + 6); q++) {
          if (W.complementiser.has(lowerOf(toks[q])) || toks[q].text === ':' || isQuoteMark(toks[q])) {
            from = toks[q].start;
            break;
          }
        }
      }
      if (inverted && head) from = Math.max(from, toks[(head as Phrase).last].end);
      content = contentAfter(text, s, from);
      // ("what she called “bullying” tactics", "what officials called a hate crime": the name given,
      // a quotation or the phrase after the verb.)
      if (namedMoved) content = nameGiven(c, cueEnd) ?? content;
      else if (phraseOnly || front) content = { start: content.start, end: Math.max(content.start, phraseEnd(toks, cueEnd, content.end)) };
    }
    // "“The bridge will reopen.” Harris said.": the sentence splitter closed the quotation's
    // sentence, and this one is only its speaker and verb; what they say is that quotation.
    if (content.end <= content.start && c.quoteBefore && !toks.some((x) => x.kind === 'word' && x.end <= Math.min(srcFrom, t.start))) content = c.quoteBefore;
    if ((quoteTail || quoteOpens) && c.quoteBefore) content = c.quoteBefore;
    // Nothing said ("Acme profit beats forecasts"): no attribution, unless a colon hands the words
    // to the next sentence ("The minister said:").
    if (content.end <= content.start && toks[cueEnd + 1]?.text !== ':') continue;
    out.push({ cue: { start: t.start, end: toks[cueEnd].end }, source: src, content, cls: v.cls, lemma: v.lemma, inverted });
    i = cueEnd;
  }
  return out;
}

/**
 * "“…,” Cole told reporters.": a verb of telling right after a quotation, with only whom it was told after it (no "that", colon or quotation that would hold the
 * words): what was said is the part before.
 */
function toldAfterQuote(toks: Token[], v: CueVerb, head: Phrase | null | undefined, cueEnd: number): boolean {
  if (v.cls !== 'tell' || !head) return false;
  const lead = toks[head.first - 1];
  // (Right after the quotation, or its comma: "The mayor, Ann Cole, told reporters." is no report.)
  const closed = lead && (isQuoteMark(lead) || (lead.text === ',' && head.first >= 2 && isQuoteMark(toks[head.first - 2])));
  if (!closed) return false;
  for (let q = cueEnd + 1; q < toks.length; q++) {
    const x = toks[q];
    // ("“…,” Warren told Hale, after he admitted …": a comma closes whom it was told.)
    if (x.text === ',' && q > cueEnd + 1 && !isQuoteMark(toks[q + 1])) return true;
    // ("“…,” the senator told the Gazette when asked …", "told the victims' families.")
    if (q > cueEnd + 1 && circumstanceClause(toks, q)) return true;
    if (isGenitiveMark(toks, q)) continue;
    if (W.complementiser.has(lowerOf(x)) || x.text === ':' || isQuoteMark(x) || (x.kind === 'word' && cueVerb(lowerOf(x)))) return false;
  }
  return true;
}

/**
 * "The pier will close in May, Ann Cole told the Harbour Gazette on Thursday.": a verb of telling with
 * only whom it was told (and when, where, how) after it, its speaker set off by a comma from a clause
 * before — not from a single phrase the name stands beside ("The harbour master, Ivo Brandt, told
 * the council.").
 */
function toldAfterClause(c: ClauseContext, v: CueVerb, head: Phrase | null | undefined, cueEnd: number): boolean {
  const { toks } = c;
  if (v.cls !== 'tell' || !head || head.first < 2 || toks[head.first - 1].text !== ',') return false;
  if (!onlyCircumstanceAfter(toks, cueEnd + 1, true)) return false;
  const before = phraseEndingAt(c, head.first - 2);
  if (before && (before.first === 0 || isQuoteMark(toks[before.first - 1]))) return false;
  // (A clause: a verb form among the words before the comma.)
  return toks.slice(0, head.first - 1).some((x) => x.kind === 'word' && (W.be.has(lowerOf(x)) || W.modal.has(lowerOf(x)) || HAVE.has(lowerOf(x)) || lowerOf(x).endsWith('ed')));
}

/** A person's name or a personal pronoun right before the verb at `i` (a singular one before an
 *  -s form): its subject, so the word is a verb and not a noun ("Ann Cole talks about …"). */
function personRightBefore(c: ClauseContext, i: number, form: CueVerb['form']): boolean {
  const p = c.toks[i - 1];
  if (!p || p.kind !== 'word') return false;
  const w = lowerOf(p);
  if (form === 's') {
    if (w === 'he' || w === 'she') return true;
  } else if (w === 'they' || w === 'we' || w === 'i' || w === 'you') return true;
  const m = c.mentionByEnd.get(p.end);
  return form === 's' && !!m && c.entityById.get(m.id)?.kind === 'person';
}

/** "a letter that says …", "the group that represents the nurses argues": "that" right before the
 *  verb (only adverbs or auxiliaries between) after a noun phrase, a relative pronoun and not a
 *  complementiser, when no verb of saying or thinking stands right before the phrase. */
function thatRelative(c: ClauseContext, k: number): boolean {
  const { toks } = c;
  const ph = k >= 1 ? phraseEndingAt(c, k - 1) : null;
  if (!ph || ph.last !== k - 1) return false;
  const lead = toks[ph.first - 1];
  // ("he said that reports show …" has "that" as the complementiser, and then no verb follows it;
  // "argued the point that says …" is too rare to tell apart: a verb before the phrase says no.)
  return !lead || lead.kind !== 'word' || !cueVerb(lowerOf(lead));
}

/** "As Ms Cole wrote, …", "…, as the mayor noted.", "…, as Ms Cole wrote in her column.": the index
 *  of the "as" before the speaker `head` that opens an aside (at the sentence's start, or after a
 *  comma or a dash) with nothing after its verb at `cueEnd` but punctuation or when and where; else -1. */
function asAsideStart(toks: Token[], head: Phrase | null, cueEnd: number): number {
  const a = head ? head.first - 1 : -1;
  if (a < 0 || lowerOf(toks[a]) !== 'as' || (a > 0 && toks[a - 1].text !== ',' && !DASHES.has(toks[a - 1].text))) return -1;
  const next = toks[cueEnd + 1];
  return !next || next.kind === 'punct' || circumstanceTo(toks, cueEnd + 1, true) >= 0 ? a : -1;
}

/** "The bank last week announced", "Cole earlier this year said": a time noun right before the
 *  verb, after a time word ("last", "this") that follows a word of the subject. */
function timeBeforeVerb(toks: Token[], k: number, i: number): boolean {
  // ("Ann Cole, the mayor, on Tuesday called …": a day after "on", and after a comma too; "Ann Cole
  // (Lab, Leeds) last week said …": after a closing bracket.)
  return k === i - 1 && k >= 2 && (W.timeNoun.has(lowerOf(toks[k])) || isDayWord(toks[k])) && W.time.has(lowerOf(toks[k - 1])) && (toks[k - 2].kind === 'word' || toks[k - 2].text === ',' || toks[k - 2].text === ')');
}

/** Words naming a day or a part of it ("Thursday", "yesterday", "morning"): when something was said. */
const DAY_PARTS = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night']);
function isDayWord(t: Token): boolean {
  const w = lowerOf(t);
  return t.kind === 'word' && (WEEKDAY_SET.has(w) || DAY_PARTS.has(w));
}

/** The person named first in the aside that opens after the separator at `q` ("…, Ian Greer, who
 *  …", "… -- Ian Greer --"), when the name ends at a comma, a dash or "who". */
function asideName(c: ClauseContext, q: number): ClauseSource | null {
  const { toks } = c;
  let first = q + 1;
  while (first < toks.length && DASHES.has(toks[first].text)) first++;
  const m = c.mentionByStart.get(toks[first]?.start ?? -1);
  const e = m ? c.entityById.get(m.id) : undefined;
  if (!m || !e || e.kind !== 'person') return null;
  let end = first;
  while (end < toks.length && toks[end].start < m.end) end++;
  const next = toks[end];
  if (!next || !(next.text === ',' || DASHES.has(next.text) || lowerOf(next) === 'who')) return null;
  return { start: m.start, end: m.end, kind: 'person', entity: m.id };
}

/** Who put out the document whose phrase follows the verb at `verb` ("The union issued …", "Ann
 *  Cole has released …"): the known speaker right before that verb of issuing (word-lists.json
 *  issuingVerbs), over an auxiliary. */
function issuerOf(c: ClauseContext, verb: number): { phrase: Phrase; source: ClauseSource } | null {
  const { toks } = c;
  // ("sent out a release", "put out a statement": the verb before its particle.)
  if (verb > 1 && lowerOf(toks[verb]) === 'out') verb--;
  if (verb < 1 || toks[verb].kind !== 'word' || !wordList('issuingVerbs').has(lowerOf(toks[verb]))) return null;
  let end = verb - 1;
  while (end > 0 && toks[end].kind === 'word' && (W.aux.has(lowerOf(toks[end])) || isMannerAdverb(toks[end].text) || lowerOf(toks[end]) === 'also')) end--;
  if (end < 0 || c.inQuote(toks[end].start)) return null;
  // (phraseEndingAt takes a pronoun, "she issued …", and walks over a bracket after a name:
  // "Senator Ann Cole (D-Vale) issued …".)
  const ph = phraseEndingAt(c, end);
  if (!ph) return null;
  const source = toSource(c, ph, c.recent, false);
  return source && source.kind !== 'document' ? { phrase: ph, source } : null;
}

/** Whether the phrase at `first` stands in a description of an earlier subject: right after a
 *  preposition that opens no clause ("working on | the bridge"), or inside a relative clause begun
 *  with "who" or "whose" within the eight words before it. */
function guessInDescription(c: ClauseContext, first: number): boolean {
  const { toks } = c;
  const lead = lowerOf(toks[first - 1]);
  if (W.preposition.has(lead) && !W.askedLead.has(lead) && !CLAUSE_BREAKS.has(lead) && lead !== 'as') return true;
  for (let q = first - 1; q >= Math.max(0, first - 8); q--) {
    const w = lowerOf(toks[q]);
    if (toks[q].kind === 'punct' || W.askedLead.has(w) || CLAUSE_BREAKS.has(w)) return false;
    if (w === 'who' || w === 'whose') return true;
  }
  return false;
}
