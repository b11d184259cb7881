// Attributions framed by a phrase with "in" set off by a comma: a finding read from a poll ("In a
// poll released on Monday, 40 percent of voters backed the plan") or a view credited to its holder
// ("In the mayor's view, the plan is a waste", "In his words, …", "…, in the view of many
// economists."). The cue is "in"; the source the poll, or the view's owner; the content the clause
// the phrase frames. The head nouns are in data/clause-words.json (inFindingHeads, inViewNouns).
// Also a question framing the clause after it: "Asked on Harbour Radio who leads the council, Hart
// said …", "When asked by a reporter whether the depot would close, Hart shrugged": the cue
// "asked", its content the question, its source the asker after "by" or nobody (agentless).
import type { Sentence, Span, Token } from './types';
import { W } from './attribution-cues';
import type { ClauseContext, ClauseSource, Found } from './attribution-clause';
import { ownerBefore } from './attribution-nouns';
import { isPersonNoun, lowerOf, phraseStartingAt } from './noun-phrase';
import { sourceKind } from './source-kind';

/** Words that open the question after "asked": "whether", "if", "who", "about" (what it was about). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'whom', 'which', 'when', 'where', 'about']);
/** The farthest the question may open from "asked" ("Asked during a televised debate in May why …"). */
const MAX_ASKED_GAP = 12;
const GENITIVE = new Set(["'s", '’s', "'", '’']);
/** Marks that may stand inside the framing phrase: "a CNN/ORC poll", "a Lee-Hart survey", "Gov. Hale's view". */
const INNER_MARKS = new Set(['/', '-', '.', '&', ...GENITIVE]);
/** Marks that may close the sentence after a framing phrase at its end. */
const CLOSING = new Set(['.', '!', '?', '”', '"', '’', "'", ')']);
/** The farthest the comma that ends the framing phrase may stand from "in". */
const MAX_FRAME = 16;

/** The comma that ends the phrase after "in" at `i`, or the sentence's end (its closing mark, or
 *  `toks.length`); -1 when neither. */
function frameEnd(toks: Token[], i: number): number {
  for (let k = i + 1; k <= i + MAX_FRAME; k++) {
    const t = toks[k];
    if (!t) return k;
    if (t.kind === 'word' || t.kind === 'number') continue;
    if (t.text === ',') return k;
    if (INNER_MARKS.has(t.text) && k < toks.length - 1) continue;
    return toks.slice(k).every((x) => x.kind === 'punct' && CLOSING.has(x.text)) ? k : -1;
  }
  return -1;
}

/** The text of the sentence after the comma at `k`, without its closing marks. */
function contentAfter(c: ClauseContext, s: Sentence, k: number): Span {
  let start = c.toks[k].end;
  let end = s.end;
  while (start < end && ' \t“"‘'.includes(c.text[start])) start++;
  while (end > start && '\n\r\t .!?”"’\''.includes(c.text[end - 1])) end--;
  return { start, end };
}

/** The text of the sentence before the comma at `k`. */
function contentBefore(c: ClauseContext, s: Sentence, k: number): Span {
  let start = s.start;
  let end = c.toks[k].start;
  while (start < end && ' \t“"‘'.includes(c.text[start])) start++;
  while (end > start && ' \t,—–'.includes(c.text[end - 1])) end--;
  return { start, end };
}

/** "in a poll …": the finding's source, the phrase from after "in" to the comma (its kind read
 *  as "according to a poll …" reads it). */
function findingSource(c: ClauseContext, i: number, end: number): ClauseSource | null {
  const { toks } = c;
  let head = -1;
  for (let k = i + 1; k < end && k <= i + 9; k++) {
    if (!W.inFinding.has(lowerOf(toks[k]))) continue;
    // ("In the poll's last week, …": a poll that owns something is no frame.)
    if (GENITIVE.has(toks[k + 1]?.text ?? '')) return null;
    head = k;
    break;
  }
  if (head < 0) return null;
  // (Only words that describe the poll before it: "a new national", "the latest CNN/ORC".)
  for (let k = i + 1; k < head; k++) if (toks[k].kind === 'word' && W.preposition.has(lowerOf(toks[k]))) return null;
  const ph = phraseStartingAt(c, i + 1);
  const typed = ph ? sourceKind(c, ph, c.recent) : null;
  return { start: toks[i + 1].start, end: toks[end - 1].end, kind: typed?.kind ?? 'document', entity: typed?.entity ?? null };
}

/** "in his view", "in the mayor's words", "in the eyes of many voters": the view's holder. */
function viewSource(c: ClauseContext, i: number, end: number): ClauseSource | null {
  const { toks } = c;
  // "in the view of X": the phrase after "of".
  if (lowerOf(toks[i + 1]) === 'the' && W.inView.has(lowerOf(toks[i + 2])) && lowerOf(toks[i + 3]) === 'of') {
    const ph = phraseStartingAt(c, i + 4);
    if (!ph || ph.last !== end - 1) return null;
    const typed = sourceKind(c, ph, c.recent);
    // ("in the eyes of many voters": a plural noun for people is a holder the lexicon need not know.)
    if (!typed || (typed.guessed && !isPersonNoun(lowerOf(toks[ph.head])))) return null;
    return { start: toks[ph.first].start, end: toks[ph.last].end, kind: typed.kind, entity: typed.entity };
  }
  // "in his view", "in the mayor's own words": the owner before the noun that ends the phrase.
  const k = end - 1;
  if (k <= i + 1 || !W.inView.has(lowerOf(toks[k])) || toks[k].text !== lowerOf(toks[k])) return null;
  const src = ownerBefore(c, k);
  if (!src || src.start < toks[i + 1].start) return null;
  return src;
}

/** "Asked …, X said", "When asked …, X …" at `i` ("asked", opening the sentence or after a
 *  word of askedLeads): the question up to the comma, put by the agent after "by" or by nobody
 *  named. Over words of when and where between ("Asked at a briefing on Monday about …"). */
function askedFrame(c: ClauseContext, i: number): Found | null {
  const { toks } = c;
  for (let q = 0; q < i; q++) if (toks[q].kind === 'word' && !(q === i - 1 && W.askedLead.has(lowerOf(toks[q])))) return null;
  let source: ClauseSource | null = null;
  let open = -1;
  for (let q = i + 1; q < toks.length && q <= i + MAX_ASKED_GAP; q++) {
    const t = toks[q];
    const w = lowerOf(t);
    if (QUESTION_OPENERS.has(w)) {
      open = q;
      break;
    }
    if (w === 'by' && !source) {
      const ph = phraseStartingAt(c, q + 1);
      const typed = ph ? sourceKind(c, ph, c.recent) : null;
      if (!ph || !typed) return null;
      // (Only a named asker is a source: "a reporter" who asks vouches for nothing, and the
      // question stays agentless, as "Asked whether …" is.)
      if (typed.entity) source = { start: toks[ph.first].start, end: toks[ph.last].end, kind: typed.kind, entity: typed.entity };
      q = ph.last;
      continue;
    }
    // (Only words of when, where and whom between: "Asked to resign, …" is a request, no question.)
    if (w === 'to' || w === 'that' || (t.kind !== 'word' && t.kind !== 'number' && !INNER_MARKS.has(t.text))) return null;
  }
  if (open < 0) return null;
  let comma = -1;
  for (let q = open + 1; q < toks.length; q++) if (toks[q].text === ',') { comma = q; break; }
  // (A clause after the comma: its subject and more.)
  if (comma < 0 || toks.length - comma < 3 || toks[comma + 1].kind !== 'word') return null;
  const cue = { start: toks[i].start, end: toks[i].end };
  const content = { start: toks[open].start, end: toks[comma - 1].end };
  return { cue, source: source ?? { ...cue, kind: 'vague', entity: null }, content, cls: 'speech', lemma: 'ask', inverted: false, agentless: !source };
}

export function frameAttributions(c: ClauseContext, s: Sentence): Found[] {
  const { toks } = c;
  const out: Found[] = [];
  for (let i = 0; i < toks.length - 3; i++) {
    if (lowerOf(toks[i]) !== 'asked' || c.inQuote(toks[i].start)) continue;
    const f = askedFrame(c, i);
    if (f) out.push(f);
    break;
  }
  for (let i = 0; i < toks.length - 2; i++) {
    if (lowerOf(toks[i]) !== 'in' || c.inQuote(toks[i].start)) continue;
    // The phrase opens the sentence (after a coordinator at most: "But in a later poll, …") or
    // closes it after a comma ("…, in his view.").
    let q = i - 1;
    while (q >= 0 && toks[q].kind !== 'word' && toks[q].text !== ',') q--;
    const opens = q < 0 || (q === 0 && W.coordinator.has(lowerOf(toks[0])));
    const closes = q >= 0 && toks[q].text === ',' && q === i - 1;
    if (!opens && !closes) continue;
    const end = frameEnd(toks, i);
    if (end < 0) continue;
    const atEnd = toks[end]?.text !== ',';
    if (opens === atEnd) continue;
    const finding = findingSource(c, i, end);
    const source = finding ?? viewSource(c, i, end);
    if (!source) continue;
    const content = opens ? contentAfter(c, s, end) : contentBefore(c, s, q);
    // (A clause of three words or more: "In his view, yes." frames nothing to report.)
    const words = toks.filter((t) => t.kind === 'word' && t.start >= content.start && t.end <= content.end).length;
    if (words < 3) continue;
    out.push({ cue: { start: toks[i].start, end: toks[i].end }, source, content, cls: finding ? 'evidence' : 'belief', lemma: 'in', inverted: false });
    i = end;
  }
  return out;
}
