// Attributions of stance: a subject's wish, plan, attempt or refusal ("Ms Cole declined to comment",
// "the council wants to sell the site"), an act of position towards someone or something named as
// the object ("Mr Reyes attacked the government", "the union backed Ms Cole"), and what a group
// named in a restrictive relative clause says or thinks ("voters who say the economy matters").
// They report a position held or shown, never a source for the facts around them: their
// attributionKind is 'stance', they come after every other attribution of the document (so the
// indexes of the others stay as they are), and neither the claims nor the rules read them
// (sourcingAttributions). The verbs: data/stance-cues.json (a hand list from general English), and
// the verbs of the cue lexicon whose entries say they take an infinitive or a plain object.
import type { Attribution, Sentence, Span, Token } from './types';
import data from './data/stance-cues.json';
import { W, cueVerb } from './attribution-cues';
import { type ClauseContext, openingSubject } from './attribution-clause';
import { type Phrase, isCapitalised, lowerOf, phraseEndingAt, phraseStartingAt } from './noun-phrase';
import { sourceKind } from './source-kind';
import { MONTHS, WEEKDAY_SET } from './lexicon';

type Frame = 'infinitive' | 'object' | 'topic' | 'light';

const FRAMES = new Map<string, ReadonlySet<Frame>>();
/** Forms of a position a whole group may hold ("most voters want a change"): a crowd may be the subject. */
const CROWD_FORMS = new Set<string>();
/** For a verb of the 'topic' frame, the prepositions that open what it answers or is about
 *  ("responded to the charge", "commented on the vote"). */
const TOPIC_PREPOSITIONS = new Map<string, ReadonlySet<string>>();
for (const v of data.verbs as { forms: string[]; frames: string[]; crowd?: boolean; prepositions?: string[] }[]) {
  for (const f of v.forms) {
    FRAMES.set(f, new Set(v.frames as Frame[]));
    if (v.crowd) CROWD_FORMS.add(f);
    if (v.prepositions) TOPIC_PREPOSITIONS.set(f, new Set(v.prepositions));
  }
}
const WORDS = data.words;
const SUBJECT_LEADS = new Set(WORDS.subjectLeads);
const CLAUSE_ENDS = new Set(WORDS.clauseEnds);
const OBJECT_STARTS = new Set(WORDS.objectStarts);
const NEGATIONS = new Set(WORDS.negations);
const LIGHT_NOUNS = new Set(WORDS.lightNouns);
/** Words a light verb's object may open with before its noun of saying: "laid out", "made no". */
const LIGHT_PARTICLES = new Set(['out', 'up', 'no']);
/** Marks that end the clause before a passive: what the stance is about starts after them. */
const BREAKS = new Set([',', ';', ':', '—', '–', '(']);
const NONE: ReadonlySet<Frame> = new Set();
/** A possessive mark after a word ("Monday's vote"). */
const GENITIVES = new Set(["'s", '’s']);
const INFINITIVE: ReadonlySet<Frame> = new Set(['infinitive']);
const OBJECT: ReadonlySet<Frame> = new Set(['object']);
const BOTH: ReadonlySet<Frame> = new Set(['infinitive', 'object']);

/** The frames a lower-case word form takes as a stance verb: the hand list first, then the cue
 *  lexicon's verbs of intention or commitment (an infinitive) and of judging (a plain object). */
function framesOf(w: string): ReadonlySet<Frame> {
  const own = FRAMES.get(w);
  if (own) return own;
  const v = cueVerb(w, true);
  if (!v || v.generated) return NONE;
  const inf = !!(v.intention || v.infinitive);
  return inf && v.plainObject ? BOTH : inf ? INFINITIVE : v.plainObject ? OBJECT : NONE;
}

/** "lower-case word, not a determiner, a name or a pronoun": the verb of an infinitive after "to". */
function infinitiveAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  const nx = toks[k + 1];
  return lowerOf(t) === 'to' && !!nx && nx.kind === 'word' && nx.text === lowerOf(nx) && !W.det.has(lowerOf(nx)) && !W.preposition.has(lowerOf(nx));
}

/** An object opens at token k: a determiner, a possessive, a name, a number or an object pronoun. */
function objectAt(c: ClauseContext, k: number): boolean {
  const t = c.toks[k];
  if (!t) return false;
  const w = lowerOf(t);
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  // ("the poll released Monday", "a report published in May": a date after the verb is when, not
  // what; "backed Monday's vote" has an object.)
  if ((WEEKDAY_SET.has(w) || MONTHS.has(w)) && !GENITIVES.has(c.toks[k + 1]?.text ?? '')) return false;
  return W.det.has(w) || W.possessive.has(w) || OBJECT_STARTS.has(w) || isCapitalised(t) || c.mentionByStart.has(t.start);
}

/** A noun of saying (words.lightNouns) at most five words after the light verb at `i`, with only
 *  words that are no preposition, time or verb of saying between: "made a plea", "gave her a
 *  lengthy answer", "laid out his vision" (not "made a cake", "raised money for the appeal"). */
function lightNounFollows(toks: Token[], i: number): boolean {
  for (let q = i + 1; q < Math.min(toks.length, i + 6); q++) {
    const t = toks[q];
    if (t.kind !== 'word') return false;
    const w = lowerOf(t);
    if (LIGHT_NOUNS.has(w)) return true;
    if (W.preposition.has(w) && !LIGHT_PARTICLES.has(w)) return false;
    if (W.time.has(w) || W.aux.has(w) || cueVerb(w)) return false;
  }
  return false;
}

/** Where the clause from token k on ends: before a semicolon, a dash or a conjunction that opens
 *  another clause, or at the sentence's end (without its closing mark). */
function clauseEnd(c: ClauseContext, s: Sentence, k: number): number {
  const { toks, text } = c;
  let end = s.end;
  for (let q = k; q < toks.length; q++) {
    const t = toks[q];
    if (CLAUSE_ENDS.has(t.text) || (t.text === ',' && CLAUSE_ENDS.has(lowerOf(toks[q + 1])))) {
      end = t.start;
      break;
    }
  }
  while (end > 0 && ' \t\n.”"'.includes(text[end - 1])) end--;
  return end;
}

/** A word between a subject and its verb: an auxiliary, a negation ("don't", "cannot") or an
 *  adverb ("also", "openly"). */
function skippable(t: Token): boolean {
  const w = lowerOf(t);
  if (W.aux.has(w) || NEGATIONS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
  return w.endsWith('ly') && t.text === w && !W.lyNoun.has(w);
}

/** The subject before the verb at token i (over auxiliaries, "not" and adverbs), as a source;
 *  `relative`: the subject is a group a restrictive relative clause is about ("voters who say"). */
function subjectBefore(c: ClauseContext, i: number, crowd = false): { src: Attribution['source']; relative: boolean; modal: boolean } | null {
  const { toks, text } = c;
  let k = i - 1;
  let modal = false;
  while (k >= 0 && toks[k].kind === 'word' && skippable(toks[k])) {
    if (W.modal.has(lowerOf(toks[k]))) modal = true;
    k--;
  }
  if (k < 0) return null;
  let relative = false;
  const kw = lowerOf(toks[k]);
  if (kw === 'who' || kw === 'that') {
    // ("Ms Hoff, who declined to comment, …": the name a relative clause set off by a comma is about.)
    if (kw === 'who' && k >= 2 && toks[k - 1].text === ',') {
      const named = phraseEndingAt(c, k - 2);
      const src = named?.entity && named.last === k - 2 ? asSource(c, named, false, false) : null;
      return src ? { src, relative: false, modal } : null;
    }
    // ("voters who say", "groups that back the plan": the group before the relative word.)
    if (k < 1 || toks[k - 1].kind !== 'word') return null;
    relative = true;
    k--;
  }
  // ("Mr Reyes lost the vote and attacked the board", "…, attacking the board": a second verb or
  // a participle shares the subject the sentence opens with.)
  const kw2 = lowerOf(toks[k]);
  if (!relative && (W.coordinator.has(kw2) || (toks[k].text === ',' && lowerOf(toks[i]).endsWith('ing')))) {
    if (kw2 !== 'and' && toks[k].text !== ',') return null;
    const open = phraseStartingAt(c, 0);
    // (Only a subject that opens the sentence and a verb right after it: "Ms Cole criticised …".)
    if (!open || open.last >= k - 1 || toks[open.last + 1]?.kind !== 'word' || lowerOf(toks[open.last + 1]) === 'and') return null;
    const src = asSource(c, open, false, false);
    return src ? { src, relative, modal } : null;
  }
  if (!relative && toks[k].text === ',') {
    // ("Ann Cole, the council's lawyer, declined to comment": a name opening the sentence, set off
    // by its first comma, over asides; "the council's lawyer, Ann Cole, declined": the name in
    // apposition just before the verb.)
    const opener = openingSubject(c, k);
    const named = opener ? opener.phrase : phraseEndingAt(c, k - 1);
    const src = named && (opener || (named.entity && named.last === k - 1 && toks[named.first - 1]?.text === ',')) ? asSource(c, named, false, false) : null;
    return src ? { src, relative, modal } : null;
  }
  const ph = phraseEndingAt(c, k);
  if (!ph || ph.last !== k) return null;
  const lead = toks[ph.first - 1];
  // (The phrase opens the clause: nothing before it, punctuation, or a word that opens a clause.)
  if (lead && lead.kind === 'word' && !SUBJECT_LEADS.has(lowerOf(lead)) && !W.coordinator.has(lowerOf(lead))) return null;
  // (Someone the story names or a pronoun for one, a body, a document; but for a group a relative
  // clause is about, not a phrase only guessed to be someone, and no crowd or unnamed source:
  // "hackers have targeted", "insiders are trying".)
  // ("most voters want a change": a position a crowd may hold takes a crowd as its subject.)
  const src = asSource(c, ph, relative || crowd, relative || crowd);
  return src ? { src, relative, modal } : null;
}

/** A phrase as a source: someone the story names, a pronoun for one, a body or a document — not a
 *  phrase only guessed to be someone (unless `guessOk`), a crowd or an unnamed source (unless
 *  `crowdOk`), nor a wire. */
function asSource(c: ClauseContext, ph: Phrase, guessOk: boolean, crowdOk: boolean): Attribution['source'] | null {
  const { toks, text } = c;
  const typed = sourceKind(c, ph, c.recent);
  if (!typed || (typed.guessed && !guessOk) || typed.kind === 'wire') return null;
  if (!crowdOk && (typed.kind === 'vague' || typed.kind === 'anonymous')) return null;
  // (A relative word as the subject stands for no one: "which", "that" alone.)
  if (ph.first === ph.last && W.relative.has(lowerOf(toks[ph.first]))) return null;
  const m = ph.entity && typed.entity === ph.entity ? c.mentionByEnd.get(toks[ph.head].end) : undefined;
  const span: Span = m ? { start: m.start, end: m.end } : { start: toks[ph.first].start, end: toks[ph.last].end };
  return { ...span, text: text.slice(span.start, span.end), kind: typed.kind, entity: typed.entity };
}

/** "The plan was backed by the union": the agent after "by" of a stance verb in the passive (the
 *  verb at i, a form of "be" before it over adverbs), with the subject before "be" as what the
 *  stance is about. */
function passiveAgent(c: ClauseContext, s: Sentence, i: number): Attribution | null {
  const { toks, text } = c;
  if (lowerOf(toks[i + 1]) !== 'by') return null;
  let k = i - 1;
  while (k >= 0 && toks[k].kind === 'word' && !W.be.has(lowerOf(toks[k])) && skippable(toks[k])) k--;
  if (k < 1 || !W.be.has(lowerOf(toks[k]))) return null;
  const ph = phraseStartingAt(c, i + 2);
  const src = ph ? asSource(c, ph, false, false) : null;
  if (!ph || !src) return null;
  // (What the stance is about: the sentence up to "be", from its clause's start.)
  let from = k - 1;
  while (from > 0 && !BREAKS.has(toks[from - 1].text)) from--;
  let be = k;
  while (be - 1 > from && W.aux.has(lowerOf(toks[be - 1]))) be--;
  const content = { start: toks[from].start, end: toks[be].start };
  // ("Ms Cole, who is backed by the union": what is backed is the phrase the relative word is about.)
  if (W.relative.has(lowerOf(toks[from]))) {
    const about = from >= 2 && toks[from - 1].text === ',' ? phraseEndingAt(c, from - 2) : null;
    if (!about) return null;
    // (A name is the name itself: "The runoff pits Ann Lowe, who …".)
    const m = c.mentionByEnd.get(toks[about.last].end);
    content.start = m ? m.start : toks[about.first].start;
    content.end = toks[about.last].end;
  }
  while (content.end > content.start && ' \t'.includes(text[content.end - 1])) content.end--;
  if (content.end <= content.start) return null;
  return { cue: { start: toks[k].start, end: toks[i + 1].end, text: text.slice(toks[k].start, toks[i + 1].end) }, source: src, content, sentence: s.index, kind: 'stance' };
}

/** The stance attributions of sentence `s` (withStances drops those whose cue another attribution
 *  has). */
export function stanceAttributions(c: ClauseContext, s: Sentence): Attribution[] {
  const { toks, text } = c;
  const out: Attribution[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || t.text !== lowerOf(t)) continue;
    const w = lowerOf(t);
    const frames = framesOf(w);
    const lexicon = frames === NONE ? cueVerb(w) : undefined;
    // (Only a lexicon verb of saying or believing after a relative word: "voters who say …".)
    const rel = lexicon && !lexicon.generated && (lowerOf(toks[i - 1]) === 'who' || lowerOf(toks[i - 1]) === 'that');
    if (frames === NONE && !rel) continue;
    if (c.inQuote(t.start)) continue;
    // The verb's frame: "to" and an infinitive, or an object, right after it.
    let from = -1;
    let object = false;
    if (frames.has('infinitive') && infinitiveAt(toks, i + 1)) from = i + 1;
    else if (frames.has('object') && objectAt(c, i + 1)) {
      from = i + 1;
      object = true;
    }
    // ("responded to the charge", "agreed with the ruling": the verb's own preposition, then a word.)
    // ("made a plea for calm", "gave the crowd a short speech": a noun of saying a few words on.)
    else if (frames.has('light') && lightNounFollows(toks, i)) {
      from = i + 1;
      object = true;
    }
    else if (frames.has('topic') && TOPIC_PREPOSITIONS.get(w)?.has(lowerOf(toks[i + 1])) && toks[i + 2]?.kind === 'word' && !W.time.has(lowerOf(toks[i + 2]))) {
      from = i + 1;
      object = true;
    }
    // (What a group says or thinks, a clause: "who claim to have seen it" describes them.)
    // ("who asked not to be named": an auxiliary or "not" after the verb opens no clause either.)
    else if (rel && toks[i + 1] && toks[i + 1].kind === 'word' && lowerOf(toks[i + 1]) !== 'to' && !W.aux.has(lowerOf(toks[i + 1]))) from = i + 1;
    if (from < 0) {
      // ("The bill was backed by the union": the agent of a stance verb's passive.)
      const pa = frames.has('object') && (w.endsWith('ed') || w.endsWith('en')) ? passiveAgent(c, s, i) : null;
      if (pa) out.push(pa);
      continue;
    }
    const subject = subjectBefore(c, i, CROWD_FORMS.has(w));
    if (!subject || (rel && !subject.relative)) continue;
    // ("The actor will portray a sailor": an act to come, no position taken.)
    if (object && subject.modal) continue;
    const start = toks[from].start;
    const end = clauseEnd(c, s, from);
    if (end <= start) continue;
    out.push({ cue: { start: t.start, end: t.end, text: t.text }, source: subject.src, content: { start, end }, sentence: s.index, kind: 'stance' });
  }
  return out;
}

/** "who" or "that" (with white space) right before offset `at`: "voters who say". */
function relativeBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\n')) k--;
  for (const w of RELATIVE_WORDS) {
    const from = k - w.length;
    const before = text[from - 1] ?? ' ';
    // (The word whole: "somewhat" does not end in the relative "what", nor "Twho" in "who".)
    if (from >= 0 && text.slice(from, k).toLowerCase() === w && before.toLowerCase() === before.toUpperCase()) return true;
  }
  return false;
}
const RELATIVE_WORDS = ['who', 'that'];

/** `found` (sorted by cue) with the stance attributions whose cues no attribution has already,
 *  put after all of them. */
export function withStances(found: Attribution[], stances: Attribution[], text: string): Attribution[] {
  if (!stances.length) return found;
  const bySentence = new Map<number, Attribution[]>();
  for (const a of found) (bySentence.get(a.sentence) ?? bySentence.set(a.sentence, []).get(a.sentence)!).push(a);
  for (const st of stances) {
    const same = bySentence.get(st.sentence) ?? [];
    // (A cue already read: "said", "vowed to" of the clause reader; or the verb inside the content
    // of another stance read just before.)
    if (same.some((a) => a.cue.start < st.cue.end && st.cue.start < a.cue.end)) continue;
    // ("Ms Cole said she wanted to move on", "the report shows the council backed the plan": a
    // position inside what another attribution of the sentence reports is part of that report;
    // what a group a relative clause names says is its own: "the poll found that voters who say …".)
    if (!relativeBefore(text, st.cue.start) && same.some((a) => a.kind !== 'stance' && a.source.kind !== 'wire' && a.content.start <= st.cue.start && st.cue.end <= a.content.end)) continue;
    found.push(st);
    same.push(st);
    bySentence.set(st.sentence, same);
  }
  return found;
}

/** The attributions that may source something: all but the stance ones, which come last. */
export function sourcingAttributions(all: Attribution[]): Attribution[] {
  let n = all.length;
  while (n > 0 && all[n - 1].kind === 'stance') n--;
  return n === all.length ? all : all.slice(0, n);
}
