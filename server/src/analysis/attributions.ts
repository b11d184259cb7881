// Attributions: who says so. Each relation is a cue ("said", "according to"), a source
// (the noun phrase that speaks) and the content it covers. Quotes get their speakers here.
import type { Attribution, AttributionKind, Block, Entity, Quote, Sentence, SourceKind, Span, Token } from './types';
import { GROUP_ANONYMITY_PHRASES, ANONYMITY_REASONS, VAGUE_CUES } from './lexicon';
import { firstAtOrAfter, lastStartingBy, lowerBound, spanContaining } from './spans';
import { tokensBySentence } from './sentences';
import { type CueClass, W, cueVerb } from './attribution-cues';
import { SPACES, hasLetter, lettersOnly, skipSpaceAnd, startsUpper } from './tokens';
import { type ClauseContext, clauseAttributions } from './attribution-clause';
import { punctuationAttributions } from './attribution-marks';
import { nounAttributions } from './attribution-nouns';
import { frameAttributions } from './attribution-frames';
import { lowerCase } from './lower-case';
import { lowerOf } from './noun-phrase';
import { datelineLength } from './layout';
import { stanceAttributions, withStances } from './stance-cues';

const lower = lowerCase;
const isBlank = (s: string) => s.trim() === '';
const endsWithColon = (s: string) => s.trimEnd().endsWith(':');
const isSpaceChar = (c: string) => c.trim() === '';


export interface AttributionContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  blocks: Block[];
  entities: Entity[];
  mentionAt: Map<number, string>;
  quotes: Quote[];
  demonyms?: { span: Span; place: string }[];
}


/** Pronouns that open a sentence about a source just given ("He spoke on condition of …"); "the"
 *  and the source's own head word do too ("The official spoke …"). */
const PRONOUN_BACK = ['he', 'she', 'they'];
/** The words naming a source, before what describes it ("a senior official familiar with the
 *  talks": senior, official), lower case, without the short words. */
function sourceWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of lower(text).split(SPACES)) {
    const w = lettersOnly(raw);
    // (Up to what describes the source: "familiar with the talks" is about the talks.)
    if (W.preposition.has(w) || w === 'of' || W.familiar.has(w) || W.relative.has(w)) break;
    if (w.length > 3) out.push(w);
  }
  return out;
}

/** Where a reason for anonymity ("on condition of anonymity", "asked not to be named") stands in
 *  the sentence, or undefined. */
function reasonIn(text: string, s: Sentence): Span | undefined {
  const sl = lower(text.slice(s.start, s.end));
  for (const r of ANONYMITY_REASONS) {
    const at = sl.indexOf(r);
    if (at >= 0) return { start: s.start + at, end: s.start + at + r.length };
  }
  return undefined;
}

export function findAttributions(ctx: AttributionContext): Attribution[] {
  const { text, tokens, sentences, blocks } = ctx;
  const out: Attribution[] = [];
  const bySentence = tokensBySentence(tokens, sentences);
  const entityById = new Map(ctx.entities.map((e) => [e.id, e]));
  // Mention spans by start and by end for noun-phrase boundaries.
  const mentionByEnd = new Map<number, { start: number; end: number; id: string }>();
  const mentionByStart = new Map<number, { start: number; end: number; id: string }>();
  for (const e of ctx.entities) {
    for (const m of e.mentions) {
      // One record in both maps (a document of 10^4 names made two for each mention).
      const r = { start: m.start, end: m.end, id: e.id };
      mentionByEnd.set(m.end, r);
      mentionByStart.set(m.start, r);
    }
  }
  const recent = new RecentEntities(ctx.entities);
  const demonymAt = new Set((ctx.demonyms ?? []).map((d) => d.span.start));
  // Speech quotes' insides, sorted, for "is this word inside a quotation?" by binary search.
  const inner = ctx.quotes.filter((q) => q.speech).map((q) => q.inner).sort((a, b) => a.start - b.start);
  const inQuote = (pos: number) => spanContaining(inner, pos) !== undefined;
  // Quote starts and ends, each sorted, for "does a quotation mark fall in [from, to]?" by binary search.
  const quoteStarts = ctx.quotes.map((q) => q.start).sort((a, b) => a - b);
  const quoteEnds = ctx.quotes.map((q) => q.end).sort((a, b) => a - b);
  const anyWithin = (xs: number[], from: number, to: number) => {
    const i = firstAtOrAfter(xs, from);
    return i < xs.length && xs[i] <= to;
  };
  const quotesByEnd = [...ctx.quotes].sort((a, b) => a.end - b.end);
  const quoteNear = (from: number, to: number) => anyWithin(quoteStarts, from, to) || anyWithin(quoteEnds, from, to);
  const stances: Attribution[] = [];

  for (const s of sentences) {
    const b = blocks[s.block];
    if (b.kind !== 'paragraph' && b.kind !== 'standfirst' && b.kind !== 'heading' && b.kind !== 'headline') continue;
    const toks = clauseTokens(text, bySentence[s.index], s, b);
    const sentenceFirst = out.length;
    // Cues read from the clause: "X said …", "…, said X", "according to X".
    const cctx: ClauseContext = {
      text, toks, mentionByEnd, mentionByStart, entityById, recent, inQuote, demonymAt,
      quoteNear, quoteBefore: quoteEndingBefore(quotesByEnd, sentences, s, text),
    };
    // (The three readers' lists read one after the other, not copied into one per sentence.)
    const clause = clauseAttributions(cctx, s, b.kind === 'headline');
    const marks = punctuationAttributions(cctx, s, b.kind === 'headline');
    const nouns = nounAttributions(cctx, s);
    const frames = frameAttributions(cctx, s);
    for (const list of [clause, marks, nouns, frames]) for (let k = 0; k < list.length; k++) {
      const f = list[k];
      // (A frame read where the clause reader already found a cue adds nothing.)
      if (list === frames && overlapsAny(out, sentenceFirst, f.cue)) continue;
      const content = f.content.end > f.content.start ? f.content : afterColon(text, sentences, blocks, s, f.cue.end) ?? f.content;
      const at = make({ start: f.cue.start, end: f.cue.end, text: text.slice(f.cue.start, f.cue.end) }, f.source, content, s, text);
      at.kind = attributionKind(f.cls, f.lemma, text.slice(f.content.start, f.content.end));
      if (f.agentless) at.agentless = true;
      out.push(at);
    }
    for (const st of stanceAttributions(cctx, s)) {
      // ("critics who say the plan will fail point to …": what a crowd nobody names says or thinks
      // in a restrictive relative clause is a report of its view, credited to nobody in particular —
      // a sourcing attribution, not only a stance; a group with a name, "Democrats who say", stays
      // a stance.)
      const v = st.source.kind === 'vague' && inRelative(toks, st.cue.start) ? cueVerb(lower(st.cue.text)) : undefined;
      // (A verb that also takes plain objects only before "that": "pundits who maintain their own
      // journals" keep journals, "who feel that …" hold a view.)
      const clauseNext = v && (!v.needsClause || lower(text.slice(st.content.start, st.content.start + 5)) === 'that ');
      if (v && clauseNext && !v.generated && (v.cls === 'speech' || v.cls === 'belief') && !overlapsAny(out, sentenceFirst, st.cue)) {
        st.content = relativeContent(toks, st.content);
        st.kind = attributionKind(v.cls, v.lemma, text.slice(st.content.start, st.content.end));
        out.push(st);
      } else stances.push(st);
    }
    // Vague cue phrases: "it is understood", "reportedly", "is said to".
    for (let i = 0; i < toks.length; i++) {
      const phrase = vagueCueAt(toks, i);
      if (!phrase || inQuote(toks[i].start)) continue;
      const last = toks[i + phrase.length - 1];
      const cue = { start: toks[i].start, end: last.end, text: text.slice(toks[i].start, last.end) };
      // (A vague phrase, "is thought to", "it is reported", hides a source: it replaces the
      // agentless passive read from the same words.)
      for (let n = sentenceFirst; n < out.length; n++) {
        if (out[n].agentless && overlaps(out[n].cue, cue)) {
          out.splice(n, 1);
          break;
        }
      }
      if (!overlapsAny(out, sentenceFirst, cue)) {
        out.push(make(cue, { ...cue, kind: 'vague', entity: null }, { start: s.start, end: s.end }, s));
      }
    }
  }
  // Anonymity reasons: in the source's sentence, or said once of every source in the article.
  let groupReason: Span | null | undefined;
  const reasonByHead = new Map<string, Span>();
  for (const a of out) {
    if (a.source.kind !== 'anonymous') continue;
    const s = sentences[a.sentence];
    let reason = reasonIn(text, s);
    const own = sourceWords(a.source.text);
    // ("A senior official said … . The official spoke on condition of anonymity because …": the
    // sentence after, about the same source by "the …" or a pronoun, gives the reason.)
    const next = sentences[a.sentence + 1];
    if (!reason && next && next.block - s.block <= 1) {
      const nl = lower(text.slice(next.start, next.end));
      // (Letters only: "The official, who spoke on condition …" ends its word with a comma.)
      const first = nl.slice(skipSpaceAnd(nl, '"“‘')).split(SPACES, 4).map(lettersOnly);
      if (PRONOUN_BACK.includes(first[0]) || (first[0] === 'the' && first.slice(1).some((w) => own.includes(w)))) reason = reasonIn(text, next);
    }
    // ("The official said …" after "a senior official, who asked not to be named, …": the source
    // the story introduced with its reason, mentioned again.)
    if (!reason && lower(a.source.text).split(SPACES, 1)[0] === 'the') reason = own.map((w) => reasonByHead.get(w)).find((r) => r);
    if (!reason) {
      if (groupReason === undefined) groupReason = groupAnonymityReason(text, sentences);
      reason = groupReason ?? undefined;
    }
    if (reason) {
      a.anonymityReason = reason;
      for (const w of own) if (!reasonByHead.has(w)) reasonByHead.set(w, reason);
    }
  }
  // Wire credits and datelines cover the whole article.
  const body = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'standfirst');
  const bodySpan = body.length ? { start: body[0].start, end: body[body.length - 1].end } : { start: 0, end: 0 };
  for (const b of blocks) {
    if (b.kind !== 'credit') continue;
    const cueText = text.slice(b.start, b.end);
    const sent = sentences.find((x) => x.start <= b.start && b.start < x.end);
    const ent = ctx.mentionAt.get(b.start) ?? null;
    out.push({
      cue: { start: b.start, end: b.end, text: cueText },
      source: { start: b.start, end: b.end, text: cueText, kind: 'wire', entity: ent },
      content: bodySpan,
      sentence: sent ? sent.index : sentences.length - 1,
    });
  }
  const first = body[0];
  if (first) {
    const dl = /^[A-Z][A-Za-z0-9 .,'-]{0,60}\((Reuters|AP|AFP|Bloomberg|Xinhua|Bernama|Antara|Kyodo|Yonhap|Tass|TASS|dpa|DPA|UPI|PA|AAP)\)\s*[-–—]/.exec(text.slice(first.start, first.start + 100));
    if (dl) {
      const start = first.start + dl.index + dl[0].indexOf('(') + 1;
      const end = start + dl[1].length;
      const ent = ctx.mentionAt.get(start) ?? null;
      const cue = { start, end, text: dl[1] };
      out.push({ cue, source: { ...cue, kind: 'wire', entity: ent }, content: bodySpan, sentence: first.index === undefined ? 0 : sentences.findIndex((x) => x.start <= start && start < x.end) });
    }
  }
  out.sort((a, b) => a.cue.start - b.cue.start);
  // One cue, one attribution ("Sources say" is both a vague phrase and a verb).
  const deduped: Attribution[] = [];
  let lastEnd = -1;
  for (const a of out) {
    if (a.cue.start < lastEnd) continue;
    deduped.push(a);
    lastEnd = Math.max(lastEnd, a.cue.end);
  }
  linkQuotes(ctx, deduped, bySentence);
  // (Stances last, after the quotes' speakers are linked: they source nothing.)
  return withStances(deduped, stances, text);
}

/** The inside of the quotation that ends right before sentence `s` (only white space between), in
 *  the same paragraph, if any. `quotes` sorted by end. */
function quoteEndingBefore(quotes: Quote[], sentences: Sentence[], s: Sentence, text: string): Span | undefined {
  if (s.index === 0 || sentences[s.index - 1].block !== s.block) return undefined;
  let lo = 0;
  let hi = quotes.length;
  // (The last quotation that ends by the sentence's start.)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo - 1];
  if (!q || q.unclosed || !isBlank(text.slice(q.end, s.start)) || q.inner.end - q.inner.start < 3) return undefined;
  const first = lastStartingBy(sentences, q.start);
  return sentences[first]?.block === s.block ? q.inner : undefined;
}

/** "The minister said:" closing its paragraph (or its sentence): what was said is the next
 *  sentence of the paragraph, or else the next paragraph, whole — one paragraph at most. */
function afterColon(text: string, sentences: Sentence[], blocks: Block[], s: Sentence, cueEnd: number): Span | undefined {
  // (Only a colon, with white space or closing quote marks, between the cue and the sentence's end.)
  let colons = 0;
  for (let k = cueEnd; k < s.end; k++) {
    const ch = text[k];
    if (ch === ':') colons++;
    else if (!isSpaceChar(ch) && ch !== '”' && ch !== '"' && ch !== '’') return undefined;
  }
  if (colons !== 1) return undefined;
  const next = sentences[s.index + 1];
  if (!next) return undefined;
  let span: Span;
  if (next.block === s.block) span = { start: next.start, end: next.end };
  else {
    const b = blocks[next.block];
    if (next.block !== s.block + 1 || !b || b.kind !== 'paragraph') return undefined;
    span = { start: b.start, end: b.end };
  }
  while (span.end > span.start && isSpaceChar(text[span.end - 1])) span.end--;
  return span.end > span.start ? span : undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether an attribution of `out` from index `from` on has a cue overlapping `cue` (no closure
 *  made in the loop over a sentence's tokens, which would cost every token an allocation). */
function overlapsAny(out: Attribution[], from: number, cue: Span): boolean {
  for (let k = from; k < out.length; k++) if (overlaps(out[k].cue, cue)) return true;
  return false;
}







/** What a cue reports, from its class: a belief ("thinks", "expects"), what a finding shows
 *  ("the audit found"), an intention (a commitment verb before "to": "vowed to repeal"), else a
 *  statement. */
function attributionKind(cls: CueClass, lemma: string, content: string): AttributionKind {
  if (cls === 'belief') return 'belief';
  if (cls === 'evidence') return 'evidence';
  const v = cueVerb(lemma, true);
  if ((v?.infinitive || v?.intention) && content.slice(0, 3).toLowerCase() === 'to ') return 'intention';
  return 'statement';
}

function make(cue: Span & { text: string }, np: Span & { text?: string; kind: SourceKind; entity: string | null }, content: Span, s: Sentence, text?: string): Attribution {
  // Nothing said after the cue ("Anwar said ."): an empty content span at the cue, never reversed.
  if (content.end < content.start) content = { start: content.start, end: content.start };
  return {
    cue,
    source: { start: np.start, end: np.end, text: np.text ?? text!.slice(np.start, np.end), kind: np.kind, entity: np.entity },
    content,
    sentence: s.index,
  };
}

/** Vague cue phrases (lexicon.json) as word sequences, by first word. */
const VAGUE_BY_FIRST = new Map<string, string[][]>();
for (const c of VAGUE_CUES) {
  const words = c.split(' ');
  const list = VAGUE_BY_FIRST.get(words[0]) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  VAGUE_BY_FIRST.set(words[0], list);
}

/** The vague cue phrase starting at token `i`, as its words. */
/** An adverb a passive cue may take inside it: "it is widely believed", "it was previously reported". */
const CUE_ADVERB = /^(?:\p{L}+ly|also|now|long|still|already)$/u;

/** The tokens of the vague cue phrase starting at token i (one adverb may stand inside it), or null. */
function vagueCueAt(toks: Token[], i: number): string[] | null {
  // (Most words start no phrase: no list, and no empty one made for them.)
  const phrases = VAGUE_BY_FIRST.get(lowerOf(toks[i]));
  if (phrases === undefined) return null;
  // (One array for the words matched, copied only for the phrase returned: "it" and "is" start
  // dozens of phrases each, and an array for each try was a visible share of all allocation.)
  const matched = MATCHED;
  for (const words of phrases) {
    matched.length = 0;
    let k = i;
    let skipped = false;
    for (let n = 0; n < words.length; n++, k++) {
      const t = toks[k] === undefined ? undefined : lowerOf(toks[k]);
      if (t === words[n]) {
        matched.push(t);
        continue;
      }
      if (n >= 1 && !skipped && t && CUE_ADVERB.test(t) && toks[k + 1]?.text.toLowerCase() === words[n]) {
        skipped = true;
        matched.push(t, words[n]);
        k++;
        continue;
      }
      matched.length = 0;
      break;
    }
    if (!matched.length) continue;
    // "Word is (that) …" opens its sentence; elsewhere "word is" is a noun and its verb.
    if (W.clauseInitialVague.has(words.join(' ')) && (i > 0 || toks[i + words.length]?.text.toLowerCase() === 'not')) continue;
    // ("Allegedly, …" opens its sentence and is set off: "allegedly stole" hedges a charge, and
    // the charge has its source.)
    if (W.clauseInitialVague.has(words.join(' ')) && words.length === 1 && toks[i + 1]?.text !== ',') continue;
    if (W.setOffVague.has(words.join(' '))) {
      const before = toks[i - 1];
      const after = toks[i + words.length];
      // (After a participle it is the agent: "audited by all accounts firms".)
      if (before?.kind === 'word' && before.text.toLowerCase().endsWith('ed') && after?.kind === 'word') continue;
    }
    // ("has been described as “3G on steroids” by the makers": a passive whose agent is given.)
    if (words.length > 2 && /^(?:described|regarded|seen|considered)$/.test(words[words.length - 2] === 'widely' ? words[words.length - 1] : words[words.length - 2])
      && toks.slice(i + words.length).some((x, n, rest) => x.text.toLowerCase() === 'by' && !!rest[n + 1] && (W.det.has(rest[n + 1].text.toLowerCase()) || startsUpper(rest[n + 1].text)))) continue;
    return matched.slice();
  }
  return null;
}
const MATCHED: string[] = [];

/** "in the polls", "in several recent New Hampshire surveys": "in", a few plain words (or places),
 *  then a plural of findings that rank people, and no owner after it. The index of the head, or -1.
 *  (Not an attribution — nobody says the words that follow — but a ground nobody names, which
 *  vague-attribution reports.) */
export function standingFindingAt(toks: Token[], i: number, mention: (t: Token) => { id: string; end: number } | undefined, entityById: Map<string, Entity>, demonymAt: Set<number>): number {
  if (lower(toks[i].text) !== 'in') return -1;
  let placeEnd = -1;
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const x = toks[k];
    if (x.kind !== 'word') return -1;
    const w = lower(x.text);
    if (W.standingFinding.has(w)) {
      const nx = toks[k + 1];
      if (nx && (ownerAfterFindings(toks, k + 1) || nx.text === '(')) return -1;
      return k;
    }
    // (A name before the head says whose they are: "in the Gallup polls"; a place says only where.)
    if (x.end <= placeEnd) continue;
    if (startsUpper(x.text)) {
      const m = mention(x);
      if (demonymAt.has(x.start)) continue;
      if (!m || entityById.get(m.id)?.kind !== 'place') return -1;
      placeEnd = m.end;
      continue;
    }
    if (W.possessive.has(w) || w === "'s" || w === '’s' || W.npStop.has(w) || W.preposition.has(w)) return -1;
  }
  return -1;
}

/** Whether the word at `k`, right after findings, brings in their owner (clause-words.json
 *  standingFindingOwners): a preposition ("by", "for", "of"), or a participle ("conducted",
 *  "published", "run") with "by", "for" or "out" within its next four words, before any mark ("polls
 *  conducted last week by Gallup"; not "the polls conducted before the vote"). */
export function ownerAfterFindings(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.sentence !== toks[k - 1]?.sentence || !W.standingFindingOwner.has(lower(t.text))) return false;
  const w0 = lower(t.text);
  if (!w0.endsWith('ed') && w0 !== 'run') return true;
  for (let j = k + 1; j < k + 5 && j < toks.length && toks[j].sentence === t.sentence && toks[j].kind === 'word'; j++) {
    const w = lower(toks[j].text);
    if (w === 'by' || w === 'for' || w === 'out') return true;
  }
  return false;
}

/** Tracks the last person/organisation mentioned, to resolve "he" and "it". */
class RecentEntities {
  private mentions: { start: number; id: string; kind: string }[] = [];
  constructor(entities: Entity[]) {
    for (const e of entities) for (const m of e.mentions) this.mentions.push({ start: m.start, id: e.id, kind: e.kind });
    this.mentions.sort((a, b) => a.start - b.start);
  }
  before(pos: number, kinds: string[]): string | null {
    const lo = lowerBound(this.mentions as unknown as Span[], pos);
    // A pronoun points back a few sentences at most.
    for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) if (kinds.includes(this.mentions[i].kind)) return this.mentions[i].id;
    return null;
  }
}












/** The nearest person or organisation named (or a pronoun) before `end` in a sentence. */
function subjectBefore(ctx: AttributionContext, start: number, end: number, sorted: { start: number; end: number; id: string }[]): { start: number; end: number; entity: string | null } | null {
  // The last person or organisation mention that ends before `end` and starts after `start`.
  for (let i = lowerBound(sorted, end) - 1; i >= 0 && sorted[i].start >= start; i--) {
    if (sorted[i].end <= end) return { start: sorted[i].start, end: sorted[i].end, entity: sorted[i].id };
  }
  const pro = /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\b|\b(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?\b/.exec(ctx.text.slice(start, end));
  return pro ? { start: start + pro.index, end: start + pro.index + pro[0].length, entity: null } : null;
}

/** Gives each speech quote its speaker, from the attribution that introduces or follows it. */
function linkQuotes(ctx: AttributionContext, atts: Attribution[], bySentence: Token[][]): void {
  const { quotes, sentences, text } = ctx;
  const sentenceOf = (pos: number) => lastStartingBy(sentences, pos);
  const bySentenceAtt = new Map<number, number[]>();
  atts.forEach((a, i) => {
    // (An agentless passive speaks for nobody: "Asked about the vote, …" gives no quotation a speaker.)
    if (a.source.kind === 'wire' || a.agentless) return;
    const list = bySentenceAtt.get(a.sentence) ?? [];
    list.push(i);
    bySentenceAtt.set(a.sentence, list);
  });
  const agents = ctx.entities.filter((e) => e.kind !== 'place').flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id }))).sort((a, b) => a.start - b.start);
  // Each entity's kind by id, made once when first needed (once per quote, a map of every entity
  // or a search of the list was quotes × entities on an article of many people).
  let kindById: Map<string, Entity['kind']> | undefined;
  const kindOf = (id: string) => (kindById ??= new Map(ctx.entities.map((e) => [e.id, e.kind]))).get(id);
  const speechSentences = new Set(quotes.filter((o) => o.speech).map((o) => o.sentence));
  let prevQuote: Quote | null = null;
  for (const q of quotes) {
    if (!q.speech && !q.unclosed) {
      // A short quoted phrase inside what a source is reported to say is a partial quotation:
      // 'the minister said the figures were “hard to reconcile”'. Elsewhere it is a scare quote.
      for (const ai of bySentenceAtt.get(q.sentence) ?? []) {
        const a = atts[ai];
        if (a.source.kind === 'vague') continue;
        // (Or anywhere after the verb in the same sentence: 'Hafiz said the cabinet would decide on the
        // proposal “within weeks”' — unless a word of naming makes it a label.)
        const afterCue = q.start >= a.cue.end && a.source.kind !== 'document' && !/\b(?:so-called|dubbed|termed|labell?ed|branded|nicknamed|known as|called)\s*$/i.test(text.slice(Math.max(0, q.start - 20), q.start));
        if ((a.content.start <= q.start && q.end <= a.content.end + 1) || Math.abs(a.cue.start - q.end) < 40 || Math.abs(q.start - a.cue.end) < 40 || afterCue) {
          q.speech = true;
          break;
        }
      }
    }
    if (!q.speech) continue;
    const s1 = q.sentence;
    const s2 = sentenceOf(Math.max(q.start, q.end - 1));
    let best = -1;
    let bestDist = Infinity;
    for (const si of new Set([s1, s2, s2 + 1 < sentences.length && sentences[s2 + 1].block === sentences[s2].block && /^[,\s]*[a-z]/.test(text.slice(q.end, q.end + 3)) ? s2 + 1 : s2])) {
      for (const ai of bySentenceAtt.get(si) ?? []) {
        const a = atts[ai];
        if (a.source.kind === 'vague' && overlaps(a.cue, q)) continue;
        if (a.cue.start >= q.start && a.cue.end <= q.end) continue; // a cue inside the quote speaks for someone else
        const d = a.cue.start >= q.end ? a.cue.start - q.end : q.start - a.cue.end;
        if (d >= 0 && d < bestDist) {
          bestDist = d;
          best = ai;
        }
      }
    }
    // "He said:" ending the previous sentence.
    if (best < 0 && s1 > 0) {
      const prev = sentences[s1 - 1];
      if (prev.block === sentences[s1].block || endsWithColon(text.slice(prev.start, prev.end))) {
        if (endsWithColon(text.slice(prev.start, q.start))) {
          const list = bySentenceAtt.get(prev.index) ?? [];
          if (list.length) best = list[list.length - 1];
        }
      }
    }
    // "Blackburn boss Mark Hughes: “…”": a name and a colon introduce the quote.
    if (best < 0) {
      const lead = text.slice(Math.max(sentences[s1].start, q.start - 6), q.start);
      if (endsWithColon(lead)) {
        const colon = q.start - lead.length + lead.lastIndexOf(':');
        const subj = subjectBefore(ctx, Math.max(0, colon - 80), colon, agents);
        if (subj && subj.entity && subj.end >= colon - 1) {
          q.speaker = subj.entity;
          q.speakerSpan = { start: subj.start, end: subj.end };
        }
      }
    }
    // A later quote in the same paragraph, or one continuing from the last paragraph, keeps the speaker.
    if (best < 0 && prevQuote && prevQuote.attribution >= 0) {
      const pb = sentences[prevQuote.sentence].block;
      const qb = sentences[s1].block;
      if (pb === qb || (prevQuote.continued && qb > pb)) best = prevQuote.attribution;
    }
    // The next part of a run of quotes ("…too. “I think…”", paragraphs merged into one) keeps the
    // speaker the run already has, however it was found.
    let inherited = false;
    if (best < 0 && prevQuote && prevQuote.speech && prevQuote.speakerSpan && sentences[prevQuote.sentence].block === sentences[s1].block && isBlank(text.slice(prevQuote.end, q.start))) {
      q.speaker = prevQuote.speaker;
      q.speakerSpan = prevQuote.speakerSpan;
      inherited = true;
    }
    // The speaker named in the next sentence: "“...” That was the verdict of Jane Smith, ..."
    if (best < 0 && s2 + 1 < sentences.length && sentences[s2 + 1].block === sentences[s2].block) {
      for (const ai of bySentenceAtt.get(s2 + 1) ?? []) {
        const a = atts[ai];
        if ((a.source.kind === 'person' || a.source.kind === 'organisation') && a.source.entity && !speechSentences.has(s2 + 1)) {
          const rest = text.slice(a.cue.end, sentences[s2 + 1].end);
          if (rest.split(SPACES).length <= 10 || /^\s*(?:,|in|on|at|during|when|after|to)\b/.test(rest)) best = ai;
        }
      }
    }
    // A new paragraph that opens with a quote right after a paragraph whose last quote was
    // attributed: the same speaker goes on (the usual run of quote paragraphs).
    if (best < 0 && prevQuote && prevQuote.attribution >= 0 && s1 > 0) {
      const pb = sentences[prevQuote.sentence].block;
      const qb = sentences[s1].block;
      const opensBlock = ctx.blocks[qb] && ctx.blocks[qb].start === q.start;
      if (opensBlock && pb < qb && ctx.blocks.slice(pb + 1, qb).every((b) => b.kind === 'boilerplate')) best = prevQuote.attribution;
    }
    // The sentence before, in the same paragraph, names who is talking: "She said she wished... “I always…”".
    if (best < 0 && s1 > 0 && sentences[s1 - 1].block === sentences[s1].block) {
      const list = (bySentenceAtt.get(s1 - 1) ?? []).filter((ai) => atts[ai].source.kind !== 'vague');
      if (list.length) best = list[list.length - 1];
    }
    // The speaker named a few sentences earlier in the same paragraph, with only narration
    // between: "Mr Dein said that … . Since 1992, clubs have … . “Television has been …”".
    if (best < 0 && !inherited && isBlank(text.slice(sentences[s1].start, q.start))) {
      for (let back = 2; back <= 3 && s1 - back >= 0; back++) {
        const sb = sentences[s1 - back];
        if (sb.block !== sentences[s1].block) break;
        const between = sentences.slice(s1 - back + 1, s1);
        if (between.some((x) => (bySentenceAtt.get(x.index) ?? []).length || speechSentences.has(x.index))) break;
        const list = (bySentenceAtt.get(sb.index) ?? []).filter((ai) => (atts[ai].source.kind === 'person' || atts[ai].source.kind === 'organisation') && atts[ai].source.entity);
        if (list.length) {
          best = list[list.length - 1];
          break;
        }
      }
    }
    // The sentence before, in the same paragraph, is about a named person: "Graham Barlow, editor of
    // Mac Format, has a partisan view. “It's just a Mac…”".
    if (best < 0 && !inherited && s1 > 0 && sentences[s1 - 1].block === sentences[s1].block && !speechSentences.has(s1 - 1)
      && isBlank(text.slice(sentences[s1].start, q.start))) {
      const prev = sentences[s1 - 1];
      const lead = /^\s*(?:(?:But|And|So|Yet|However|Now|Still),?\s+)?/.exec(text.slice(prev.start, prev.end))![0].length;
      const first = agents[lowerBound(agents, prev.start + lead)];
      const pro = /^(?:he|she|his|her)\b/i.exec(text.slice(prev.start + lead, prev.end));
      // The person opens the sentence, after at most a title ("Goalkeeper Dan Reyes, …").
      const opensWith = first && first.start < prev.end && /^(?:[\p{L}'’-]+\s+){0,4}$/u.test(text.slice(prev.start + lead, first.start));
      if (first && opensWith && kindOf(first.id) === 'person') {
        q.speaker = first.id;
        q.speakerSpan = { start: first.start, end: first.end };
      } else if (pro) {
        const from = prev.start + lead;
        q.speakerSpan = { start: from, end: from + pro[0].length };
        q.speaker = recentPerson(agents, kindOf, from);
      } else {
        // Or names one person, and only one: "… research done by its director Dr Alastair Sibbald. “We are …”".
        const people = agents.slice(lowerBound(agents, prev.start), lowerBound(agents, prev.end)).filter((m) => kindOf(m.id) === 'person');
        if (people.length && people.every((m) => m.id === people[0].id)) {
          const m = people[people.length - 1];
          q.speaker = m.id;
          q.speakerSpan = { start: m.start, end: m.end };
        }
      }
    }
    // A colon after a clause that names who speaks: "Mr Dean is confident though: “…”", "As Gavin
    // Cox put it: “…”", "BBC Two controller Roly Keating: “…”".
    if (best < 0 && !q.speakerSpan && endsWithColon(text.slice(Math.max(0, q.start - 4), q.start))) {
      const colon = text.lastIndexOf(':', q.start);
      const from = sentences[sentenceOf(colon)].start;
      const subj = subjectBefore(ctx, from, colon, agents);
      const named = trailingName(text.slice(Math.max(from, colon - 60), colon));
      if (subj) {
        q.speaker = subj.entity;
        q.speakerSpan = { start: subj.start, end: subj.end };
      } else if (named) {
        q.speakerSpan = { start: Math.max(from, colon - 60) + named.start, end: Math.max(from, colon - 60) + named.end };
      } else {
        // The clause opens with a name: "Mr Dean is confident though:", "As Gavin Cox put it:".
        const lead = leadingName(text.slice(from, colon));
        if (lead) q.speakerSpan = { start: from + lead.start, end: from + lead.end };
      }
    }
    if (best >= 0) {
      const a = atts[best];
      q.attribution = best;
      q.speaker = a.source.entity;
      q.speakerSpan = { start: a.source.start, end: a.source.end };
    } else {
      // A partial quote woven into a sentence takes the sentence's subject as speaker:
      // "Mrs Kumaratunga called for the tragedy to be “the start of a new beginning”."
      const s = sentences[s1];
      const lead = text.slice(s.start, q.start);
      if (/[\p{L},]\s*$/u.test(lead) && !endsWithColon(lead)) {
        const subj = subjectBefore(ctx, s.start, q.start, agents);
        if (subj) {
          q.speaker = subj.entity;
          q.speakerSpan = { start: subj.start, end: subj.end };
        }
      }
    }
    prevQuote = q;
  }
  // A run of quotes whose speaker is named only at its end ("“…. “… ,” said Jones."): the earlier
  // parts of the run are the same speaker's.
  for (let k = quotes.length - 2; k >= 0; k--) {
    const q = quotes[k];
    const nx = quotes[k + 1];
    if (!q.speech || q.attribution >= 0 || q.speakerSpan || !nx.speech || !(nx.attribution >= 0 || nx.speakerSpan)) continue;
    if (sentences[q.sentence].block !== sentences[nx.sentence].block || !isBlank(text.slice(q.end, nx.start))) continue;
    q.attribution = nx.attribution;
    q.speaker = nx.speaker;
    q.speakerSpan = nx.speakerSpan;
  }
  void bySentence;
}

/** Words with their offsets (split at white space), for the name scans below. */
function wordsOf(str: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < str.length) {
    while (i < str.length && isSpaceChar(str[i])) i++;
    const start = i;
    while (i < str.length && !isSpaceChar(str[i])) i++;
    if (i > start) out.push({ w: str.slice(start, i), start, end: i });
  }
  return out;
}
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;

/** A capitalised name of up to four words ending the text ("… controller Roly Keating"). */
function trailingName(str: string): Span | null {
  const ws = wordsOf(str);
  if (!ws.length || ws[ws.length - 1].end !== str.trimEnd().length) return null;
  let k = ws.length;
  while (k > 0 && ws.length - k < 4 && NAME_WORD.test(ws[k - 1].w)) k--;
  return k < ws.length ? { start: ws[k].start, end: ws[ws.length - 1].end } : null;
}

/** A name opening the text, after a linking word: "Mr Dean is …", "As Gavin Cox put it". */
function leadingName(str: string): Span | null {
  const ws = wordsOf(str);
  let k = 0;
  while (k < ws.length && !hasLetter(ws[k].w)) k++;
  if (k < ws.length && /^(?:As|But|And|So|Yet|Now|Here|Then)$/.test(ws[k].w)) k++;
  const first = ws[k];
  if (!first) return null;
  if (/^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?$/.test(first.w) && ws[k + 1] && NAME_WORD.test(ws[k + 1].w)) return { start: first.start, end: ws[k + 1].end };
  let j = k;
  while (j < ws.length && NAME_WORD.test(ws[j].w)) j++;
  return j - k >= 2 ? { start: first.start, end: ws[j - 1].end } : null;
}

/** The person last mentioned before `pos`. */
function recentPerson(agents: { start: number; end: number; id: string }[], kindOf: (id: string) => Entity['kind'] | undefined, pos: number): string | null {
  const at = lowerBound(agents, pos);
  for (let i = at - 1; i >= 0 && i >= at - 50; i--) if (kindOf(agents[i].id) === 'person') return agents[i].id;
  return null;
}

/** A sentence that gives every unnamed source of the article its reason for anonymity: a group
 *  phrase ("responded anonymously") with "all", "every" or "each" in the sentence ("Like all
 *  respondents, he responded anonymously"). The phrase's span, or null. */
function groupAnonymityReason(text: string, sentences: readonly Sentence[]): Span | null {
  for (const s of sentences) {
    const sl = lowerCase(text.slice(s.start, s.end));
    if (!sl.includes('anonym')) continue;
    if (!sl.split(SPACES).some((w) => w === 'all' || w === 'every' || w === 'each')) continue;
    for (const r of GROUP_ANONYMITY_PHRASES) {
      const at = sl.indexOf(r);
      if (at >= 0) return { start: s.start + at, end: s.start + at + r.length };
    }
  }
  return null;
}

/** The token at `start` comes right after "who" or "that": the verb of a relative clause. */
function inRelative(toks: Token[], start: number): boolean {
  let i = 0;
  while (i < toks.length && toks[i].start < start) i++;
  const w = i > 0 ? lower(toks[i - 1].text) : '';
  return w === 'who' || w === 'that';
}

/** Finite forms of "be", "have" and the modals (not "to", "be", "been", "being", nor a "’s" that may be a genitive). */
const FINITE_AUX = new Set([...W.be, ...W.modal, 'has', 'have', 'had'].filter((w) => !['to', 'be', 'been', 'being', "'s", '’s'].includes(w)));

/** What a relative clause's crowd says, up to the main clause's verb: the second finite auxiliary,
 *  "be" or modal of the sentence from the content's start ("critics who say the plan is too costly
 *  | were ignored", "who feel that the fees are too high | have written"). */
function relativeContent(toks: Token[], content: Span): Span {
  let finite = 0;
  let prevEnd = content.start;
  for (const t of toks) {
    if (t.start < content.start) continue;
    if (t.start >= content.end) break;
    const w = lower(t.text);
    if (t.kind === 'word' && FINITE_AUX.has(w) && ++finite === 2) return { start: content.start, end: prevEnd };
    prevEnd = t.end;
  }
  return content;
}

/**
 * A sentence's tokens as its clauses read them: after the wire dateline that opens its paragraph
 * ("PORT ELLIS, March 3 (Harbour Wire) - The mayor toured the harbour and said …": the agency in
 * brackets credits the story and is no subject of "said"; the wire credit is read apart).
 */
function clauseTokens(text: string, toks: Token[], s: Sentence, b: Block): Token[] {
  if (!toks.length || s.start < b.start || text.slice(b.start, s.start).trim() !== '') return toks;
  const n = datelineLength(text.slice(s.start, Math.min(s.end, s.start + 120)));
  if (!n) return toks;
  const k = firstTokenFrom(toks, s.start + n);
  return k === 0 ? toks : toks.slice(k);
}

function firstTokenFrom(toks: Token[], pos: number): number {
  let k = 0;
  while (k < toks.length && toks[k].start < pos) k++;
  return k;
}
