// Crowds and views the vague-attribution rule reads beyond the clause reader's sources: "they" and
// "the experts" taking up a crowd nobody named ("Researchers say funding is short. It is an
// investment, they say, …"), a crowd's view set before its clause ("For many analysts, …"), a view
// nobody holds as a subject ("A common refrain is that …"), and a crowd's estimates ("below the
// expectations of some City analysts", "less than most assessments of its value").
import type { Analysis, Attribution, Span, Token } from '../analysis/types';
import { W, cueVerb } from '../analysis/attribution-cues';
import { lowerCase } from '../analysis/lower-case';
import { lowerOf } from '../analysis/noun-phrase';
import { VAGUE_SOURCES } from '../analysis/lexicon';
import { lowerBound, mentionsIn } from '../analysis/spans';
import { startsUpper, words as wordList } from '../analysis/tokens';
import { reportsInSentence } from './util';

/** Determiners that make a crowd one the story has already introduced. */
const DEFINITE = new Set(['the', 'these', 'those', 'their', 'its', 'his', 'her', 'our']);

/** Kinds of entity whose mention is a name the pronoun may take up. */
const NAMED_KINDS = new Set(['person', 'organisation', 'publication', 'document', 'platform']);

/** What the word at `k` is to a pronoun reading back: 'crowd', a crowd word (lexicon.json
 *  vagueSources, not one of the scene's own people, word-lists.json sceneCrowds, nor definite) as
 *  the subject of a verb; 'named', such a word right after a capitalised word inside its sentence
 *  ("the Save the Pier campaigners", "Kestrel analysts"): a group the story names; else null. */
function crowdWord(a: Analysis, k: number): 'crowd' | 'named' | null {
  const t = a.tokens[k];
  const w = lowerOf(t);
  const opening = k === 0 || a.tokens[k - 1].sentence !== t.sentence;
  if (w !== t.text && !opening) return null;
  if (!W.crowdPronoun.has(w) && !(w.endsWith('s') && VAGUE_SOURCES.has(w) && !wordList('sceneCrowds').has(w))) return null;
  const before = opening ? undefined : a.tokens[k - 1];
  if (before && before.kind === 'word' && startsUpper(before.text) && k - 1 > 0 && a.tokens[k - 2].sentence === t.sentence) return 'named';
  // (A definite crowd takes up one named before: "A team from the Kestrel Institute … The
  // scientists found …"; the reading goes on back to it.)
  for (let j = k - 1; j >= k - 2 && j >= 0 && a.tokens[j].sentence === t.sentence && a.tokens[j].kind === 'word'; j--) {
    if (DEFINITE.has(lowerOf(a.tokens[j]))) return null;
  }
  // (Only a crowd that is a subject: an auxiliary, a modal or a verb of saying or believing after
  // it, over an adverb or two — "researchers say", "Many had expected", "analysts also said"; not
  // "using language experts to determine …", "many years ago".)
  for (let j = k + 1; j < k + 4 && j < a.tokens.length && a.tokens[j].sentence === t.sentence && a.tokens[j].kind === 'word'; j++) {
    const x = lowerOf(a.tokens[j]);
    if ((W.aux.has(x) || W.modal.has(x) || cueVerb(x)) && x !== 'to') return 'crowd';
    if (!(x.length > 3 && x.endsWith('ly')) && x !== 'also' && x !== 'still' && x !== 'now') return null;
  }
  return null;
}

/** "…, they say," or "the experts say" ("the", "these" or "those" and a plural of vagueSources) whose nearest antecedent, read back over its own sentence and the two
 *  before it, is a crowd nobody named ("what researchers say they need. It's an investment, they
 *  say", "Outside experts also say …. Unless …, the experts say, …"), not a name ("Analysts at
 *  Kestrel Bank said …. They say …" takes up a bank's analysts). The crowd's token, or -1. */
export function crowdAnaphor(a: Analysis, at: Attribution): number {
  if (at.agentless || at.source.kind === 'vague') return -1;
  const words = lowerCase(a.text.slice(at.source.start, at.source.end).trim()).split(' ');
  const pronoun = words.length === 1 && words[0] === 'they';
  const definite = words.length === 2 && (words[0] === 'the' || words[0] === 'these' || words[0] === 'those') && words[1].endsWith('s') && VAGUE_SOURCES.has(words[1]) && !wordList('sceneCrowds').has(words[1]);
  if (!pronoun && !definite) return -1;
  // ("Activists said they fear …": inside another report of its sentence it is that report's
  // speaker again, judged there.)
  if (reportsInSentence(a, at.sentence).some((o) => o !== at && !o.agentless && o.content.start <= at.source.start && at.cue.end <= o.content.end + 1)) return -1;
  const s = a.sentences[at.sentence];
  const from = a.sentences[Math.max(0, at.sentence - 2)].start;
  // (Mentions whose text is a crowd word are no names: "Analysts" opening a sentence.)
  const names = mentionsIn(a, from, at.source.start).filter((m) => NAMED_KINDS.has(m.kind) && !VAGUE_SOURCES.has(lowerCase(a.text.slice(m.start, m.end))));
  let n = names.length - 1;
  const toks = a.tokens;
  for (let k = lowerBound(toks, at.source.start) - 1; k >= 0 && toks[k].start >= from; k--) {
    // (Not across a headline: the story's first sentence has no antecedent there.)
    if (a.blocks[a.sentences[toks[k].sentence]?.block]?.kind === 'headline') return -1;
    while (n >= 0 && names[n].start > toks[k].start) n--;
    if (n >= 0 && names[n].end > toks[k].start) return -1;
    const c = toks[k].kind === 'word' ? crowdWord(a, k) : null;
    if (c === 'named') return -1;
    // (Not back across more than one paragraph break.)
    if (c === 'crowd') return toks[k].sentence === at.sentence || a.sentences[toks[k].sentence].block >= s.block - 1 ? k : -1;
  }
  return -1;
}

/** Where a crowd of lexicon.json vagueSources that starts at token `k` ends ("most economists",
 *  "some legal experts", "critics"): over a quantifier and up to two plain lower-case words to a
 *  plural of vagueSources that is not one of the scene's people (word-lists.json sceneCrowds); -1
 *  when there is none ("by most members", "by the experts"). */
export function vagueCrowdEnd(toks: readonly Token[], k: number, si: number): number {
  let j = k;
  if (j < toks.length && toks[j].sentence === si && (W.crowd.has(toks[j].text) || W.group.has(toks[j].text))) j++;
  for (let m = j; m < j + 3 && m < toks.length && toks[m].sentence === si && toks[m].kind === 'word' && toks[m].text === lowerOf(toks[m]); m++) {
    const t = toks[m].text;
    if (t.endsWith('s') && VAGUE_SOURCES.has(t) && !W.crowdPronoun.has(t)) return wordList('sceneCrowds').has(t) ? -1 : m;
    if (W.det.has(t) || W.preposition.has(t) || W.coordinator.has(t)) return -1;
  }
  return -1;
}

/** The sentences' kinds of block where the story speaks for itself. */
function bodyText(a: Analysis, si: number): boolean {
  const kind = a.blocks[a.sentences[si]?.block]?.kind;
  return kind === 'paragraph' || kind === 'standfirst';
}

/** The first word of a sentence's clause from token `k`: its first token, or the one after a
 *  coordinator opening it ("But for many analysts, …"). */
function clauseOpening(toks: readonly Token[], k: number): boolean {
  const si = toks[k].sentence;
  if (k === 0 || toks[k - 1].sentence !== si) return true;
  return (k === 1 || toks[k - 2].sentence !== si) && W.coordinator.has(lowerOf(toks[k - 1]));
}

/** "For many analysts, a weaker dollar is here to stay", "To some economists, the plan …": a
 *  preposition of word-lists.json crowdViewPrepositions opening the sentence, a crowd of
 *  vagueSources (vagueCrowdEnd) and a comma: the clause after it is that crowd's view. Not "For
 *  many families, …" (a crowd of the scene's own people, or of people not in vagueSources). */
export function crowdViewOpeners(a: Analysis): (Span & { sentence: number })[] {
  const out: (Span & { sentence: number })[] = [];
  const preps = wordList('crowdViewPrepositions');
  const toks = a.tokens;
  for (let i = 0; i < toks.length - 3; i++) {
    if (!preps.has(toks[i].text) || !clauseOpening(toks, i) || !bodyText(a, toks[i].sentence)) continue;
    const si = toks[i].sentence;
    const end = vagueCrowdEnd(toks, i + 1, si);
    if (end < 0 || end + 1 >= toks.length || toks[end + 1].text !== ',') continue;
    out.push({ sentence: si, start: toks[i].start, end: toks[end].end });
  }
  return out;
}

/** "A common refrain is that …", "The conventional wisdom was that …": a noun of a view nobody is
 *  said to hold (word-lists.json heldViewSubjects), with "a", "an" or "the" and up to two plain
 *  words before it, as the subject of "is", "was" or "remains" and "that", opening its clause. Not
 *  "His view is that …", "The mayor's belief is that …", "The view of the board is that …": a
 *  holder named. */
export function heldViewSubjects(a: Analysis): (Span & { sentence: number })[] {
  const out: (Span & { sentence: number })[] = [];
  const nouns = wordList('heldViewSubjects');
  const toks = a.tokens;
  for (let i = 0; i < toks.length - 2; i++) {
    const w = lowerOf(toks[i]);
    if ((w !== 'a' && w !== 'an' && w !== 'the') || !clauseOpening(toks, i) || !bodyText(a, toks[i].sentence)) continue;
    const si = toks[i].sentence;
    let k = i + 1;
    while (k < i + 3 && k < toks.length && toks[k].sentence === si && toks[k].kind === 'word' && toks[k].text === lowerOf(toks[k]) && !nouns.has(toks[k].text)) k++;
    if (k >= toks.length - 2 || toks[k].sentence !== si || !nouns.has(toks[k].text) || toks[k].text !== lowerOf(toks[k])) continue;
    const be = lowerOf(toks[k + 1]);
    if ((be !== 'is' && be !== 'was' && be !== 'remains') || lowerOf(toks[k + 2]) !== 'that' || toks[k + 2].sentence !== si) continue;
    out.push({ sentence: si, start: toks[i].start, end: toks[k + 1].end });
  }
  return out;
}

/** "below the expectations of some City analysts", "much less than most assessments of its
 *  value": a noun of word-lists.json crowdEstimateNouns after "of" a crowd of vagueSources (a
 *  quantifier, up to two words, a plural of vagueSources), or after "than" or "as" and a
 *  quantifier; the estimate is that crowd's, nobody named. Not "the forecasts of the Harbour
 *  Trust", "than the forecasts", "than forecasts" (no crowd, no quantifier). */
export function crowdEstimates(a: Analysis): (Span & { sentence: number })[] {
  const out: (Span & { sentence: number })[] = [];
  const nouns = wordList('crowdEstimateNouns');
  const toks = a.tokens;
  for (let i = 1; i < toks.length - 2; i++) {
    if (!nouns.has(toks[i].text) || toks[i].text !== lowerOf(toks[i]) || !bodyText(a, toks[i].sentence)) continue;
    const si = toks[i].sentence;
    const before = lowerOf(toks[i - 1]);
    // ("than most assessments", "as many forecasts"): a quantifier after "than" or "as".
    if (toks[i - 1].sentence === si && W.crowd.has(before) && i >= 2 && toks[i - 2].sentence === si && (lowerOf(toks[i - 2]) === 'than' || lowerOf(toks[i - 2]) === 'as')) {
      out.push({ sentence: si, start: toks[i - 1].start, end: toks[i].end });
      continue;
    }
    // ("the expectations of some City analysts"): "of", a quantifier, up to two words (a name
    // among them), a plural of vagueSources.
    if (lowerOf(toks[i + 1]) !== 'of' || toks[i + 1].sentence !== si) continue;
    const q = toks[i + 2];
    if (q.sentence !== si || (!W.crowd.has(q.text) && !W.group.has(q.text))) continue;
    for (let m = i + 3; m < i + 6 && m < toks.length && toks[m].sentence === si && toks[m].kind === 'word'; m++) {
      const t = toks[m].text;
      if (t === lowerCase(t) && t.endsWith('s') && VAGUE_SOURCES.has(t) && !W.crowdPronoun.has(t) && !wordList('sceneCrowds').has(t)) {
        out.push({ sentence: si, start: toks[i].start, end: toks[m].end });
        break;
      }
      if (W.det.has(lowerCase(t)) || W.preposition.has(lowerCase(t)) || W.coordinator.has(lowerCase(t))) break;
    }
  }
  return out;
}
