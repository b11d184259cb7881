// Crowds the vague-attribution rule reads beyond the clause reader's sources: "they" and "the
// experts" taking up a crowd nobody named ("Researchers say funding is short. It is an investment,
// they say, …").
import type { Analysis, Attribution } from '../analysis/types';
import { W, cueVerb } from '../analysis/attribution-cues';
import { lowerCase } from '../analysis/lower-case';
import { VAGUE_SOURCES } from '../analysis/lexicon';
import { lowerBound, mentionsIn } from '../analysis/spans';
import { startsUpper, words as wordList } from '../analysis/tokens';

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
  const w = lowerCase(t.text);
  const opening = k === 0 || a.tokens[k - 1].sentence !== t.sentence;
  if (w !== t.text && !opening) return null;
  if (!W.crowdPronoun.has(w) && !(w.endsWith('s') && VAGUE_SOURCES.has(w) && !wordList('sceneCrowds').has(w))) return null;
  const before = opening ? undefined : a.tokens[k - 1];
  if (before && before.kind === 'word' && startsUpper(before.text) && k - 1 > 0 && a.tokens[k - 2].sentence === t.sentence) return 'named';
  // (A definite crowd takes up one named before: "A team from the Kestrel Institute … The
  // scientists found …"; the reading goes on back to it.)
  for (let j = k - 1; j >= k - 2 && j >= 0 && a.tokens[j].sentence === t.sentence && a.tokens[j].kind === 'word'; j--) {
    if (DEFINITE.has(lowerCase(a.tokens[j].text))) return null;
  }
  // (Only a crowd that is a subject: an auxiliary, a modal or a verb of saying or believing after
  // it, over an adverb or two — "researchers say", "Many had expected", "analysts also said"; not
  // "using language experts to determine …", "many years ago".)
  for (let j = k + 1; j < k + 4 && j < a.tokens.length && a.tokens[j].sentence === t.sentence && a.tokens[j].kind === 'word'; j++) {
    const x = lowerCase(a.tokens[j].text);
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
  if (a.attributions.some((o) => o !== at && o.sentence === at.sentence && !o.agentless && o.content.start <= at.source.start && at.cue.end <= o.content.end + 1)) return -1;
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
