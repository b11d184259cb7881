// Attributions: who says so. Each relation is a cue ("said", "according to"), a source
// (the noun phrase that speaks) and the content it covers. Quotes get their speakers here.
import type { Attribution, Block, Entity, Quote, Sentence, SourceKind, Span, Token } from './types';
import {
  ANONYMITY_REASONS, ANONYMOUS_HEADS, DOCUMENT_WORDS, ORG_WORDS, PRONOUNS, PUBLICATION_WORDS, ROLE_WORDS,
  SPEECH_VERBS, TITLES, VAGUE_CUES, VAGUE_SOURCES,
} from './lexicon';
import { lastStartingBy, lowerBound, spanContaining } from './spans';
import { HONORIFICS as HONORIFICS_SET, MONTHS, WEEKDAYS } from './lexicon';

const WEEKDAY_NAMES = new Set(WEEKDAYS.map((w: string) => w.toLowerCase()));
import { tokensBySentence } from './sentences';
import { escapeRegExp } from './regexp';

const lower = (s: string) => s.toLowerCase();

/** Words between a subject and its speech verb: "Anwar has also said", "police later said". */
const AUX = new Set(['only', 'merely', 'simply', 'afterwards', 'later', 'subsequently', 'year', 'month', 'years', 'months', 'weeks', 'days', 'ago', 'earlier', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'might', 'may', 'also', 'later', 'previously', 'earlier', 'recently', 'repeatedly', 'separately', 'once', 'then', 'further', 'just', 'again', 'already', 'last', 'night', 'today', 'yesterday', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'this', 'in', 'a', 'an', 'the', 'statement', 'interview', 'publicly', 'privately', 'has', 'had', 'did', 'does', 'do', 'not', 'never', 'reportedly', 'had', 'been', 'being', 'widely', 'often', 'frequently', 'himself', 'herself', 'themselves', 'itself', 'both', 'all', 'each', 'too', 'initially', 'originally', 'subsequently', 'since', 'however', 'meanwhile', 'flatly', 'strongly', 'firmly', 'openly', 'quickly', 'told', 'first']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'other', 'another', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'senior', 'few', 'multiple', 'numerous', 'various', 'both']);
const NOUN_BLOCKERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'these', 'those', 'our', 'such', 'of', 'no', 'any', 'my', 'your', 'new', 'false', 'these', 'earlier', 'initial', 'official', 'latest', 'recent', 'annual', 'quarterly', 'monthly', 'weekly', 'unverified', 'similar', 'separate', 'media', 'press', 'news', 'state', 'local', 'which', 'whose', 'same']);
/** Verb forms that are also plural nouns (claims, reports): a verb only after a subject. */
const AMBIGUOUS_FORMS = new Set(['claims', 'reports', 'estimates', 'notes', 'states', 'warns', 'shows', 'finds', 'forecasts', 'forecast', 'posts', 'report', 'estimate', 'claim', 'note', 'state', 'show', 'find', 'project', 'projects', 'expects', 'expect', 'fear', 'fears', 'put', 'found', 'post', 'warning', 'saying', 'writing', 'adding', 'telling', 'arguing', 'written', 'shown', 'thought', 'signalled', 'signaled', 'maintain', 'maintained', 'observed', 'stressed', 'calculated', 'expected', 'projected', 'concluded', 'admitted', 'accused', 'asked', 'pointed', 'stated', 'noted', 'recalled', 'described', 'indicated', 'believe', 'believed', 'believes', 'think', 'thinks', 'estimated', 'revealed', 'confirmed', 'denied', 'announced', 'reported']);
/** "X announced by Y", "figures published by Y": a passive verb whose agent is the source. */
const PASSIVE_CUES = new Set(['promised', 'pledged', 'filed', 'listed', 'measured', 'counted', 'collected', 'supplied', 'gathered', 'obtained', 'tracked', 'analysed', 'analyzed', 'reported', 'said', 'quoted', 'announced', 'published', 'released', 'issued', 'compiled', 'commissioned', 'conducted', 'estimated', 'calculated', 'cited', 'claimed', 'revealed', 'disclosed', 'confirmed', 'forecast', 'predicted', 'projected', 'stated', 'written', 'produced']);
/** All vague cue phrases in one pattern, longest first. */
/** A phrase as a pattern whose spaces match any run of spaces (a wrapped line's break reads as one). */
const spacedPhrase = (p: string) => escapeRegExp(p).replace(/ /g, '\\s+');
// (Single spaces: a wrapped line's break is one space in the analysed text, except after CRLF.)
const VAGUE_CUE_RE = new RegExp([...VAGUE_CUES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
const ANONYMITY_REASON_RES = ANONYMITY_REASONS.map((r) => new RegExp(spacedPhrase(r), 'i'));
/** Nouns ending in -ly, which are not manner adverbs. */
const LY_NOUNS = new Set(['family', 'supply', 'ally', 'assembly', 'rally', 'monopoly', 'anomaly', 'bully', 'folly', 'belly', 'jelly', 'lily', 'reply', 'daily', 'weekly', 'monthly', 'quarterly', 'fortnightly', 'early', 'italy', 'emily', 'holly', 'kelly', 'sally', 'polly', 'molly', 'reilly', 'only', 'july']);
/** A manner or time adverb between a subject and its verb: "BT quietly announced", "he angrily denied". */
function isMannerAdverb(w: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(w) && !LY_NOUNS.has(w);
}
/** Heads that stay unnamed even after "the" or a possessive ("the official", "his aide"). */
const UNNAMED_HEADS = /^(?:officials?|sources?|person|people|insiders?|aides?|members?|diplomats?|employees?|staffers?|individuals?|officers?|investigators?|bankers?|traders?|lawmakers?|negotiators?|residents?|witness(?:es)?|friends?|colleagues?|allies|ally|executives|directors|managers|advisers|advisors|experts|analysts|ministers)$/;
/**
 * "its chief executive", "his former chief economic adviser", "the Spurs sporting director", "the
 * American forensics expert": one identifiable person (a unique role of someone named, or a person
 * the story has introduced), not an anonymous source.
 */
function identifiedByRole(npText: string, head: string): boolean {
  // "President Castro's chief aide": a chief or closest one is one person.
  if (/^(?:aide|adviser|advisor|associate|ally)$/.test(head) && /(?:'s|’s|\bhis|\bher|\btheir|\bits)\s+(?:former\s+)?(?:chief|closest|principal|top|senior-most)\s+(?:[\p{L}-]+\s+)?$/iu.test(npText.slice(0, npText.length - head.length))) return true;
  if (UNNAMED_HEADS.test(head)) return false;
  return /^(?:its|his|her|their|our|the)\s/i.test(npText) || /(?:'s|’s)\s/.test(npText);
}
/** People named by their relation to someone: "Jackson's mother said", "his lawyers told the court". */
const RELATION_NOUNS = /^(?:mother|father|wife|husband|son|daughter|brother|sister|parents|family|widow|widower|girlfriend|boyfriend|fianc[eé]e?|uncle|aunt|cousin|grandmother|grandfather|niece|nephew|lawyers?|solicitors?|barristers?|attorneys?|agent|publicist|biographer|doctor|mentor|team-?mate|boss|successor|predecessor|counterpart|rival|opponent|deputy|representatives?)$/;
/** Participles that open a clause whose speaker is the subject of the main clause: "…, saying …". */
const PARTICIPLE_CUES = /^(?:saying|adding|arguing|warning|claiming|insisting|stressing|explaining|noting|suggesting|admitting|acknowledging|conceding|predicting|declaring|estimating|forecasting|revealing|confirming|announcing|reporting)$/;
const FAMILIAR = /^(?:familiar|close|briefed|with knowledge|knowledgeable|involved|aware|speaking)\b/;

export interface AttributionContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  blocks: Block[];
  entities: Entity[];
  mentionAt: Map<number, string>;
  quotes: Quote[];
}

interface Np extends Span {
  kind: SourceKind;
  entity: string | null;
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
      mentionByEnd.set(m.end, { start: m.start, end: m.end, id: e.id });
      mentionByStart.set(m.start, { start: m.start, end: m.end, id: e.id });
    }
  }
  const recent = new RecentEntities(ctx.entities);
  // Speech quotes' insides, sorted, for "is this word inside a quotation?" by binary search.
  const inner = ctx.quotes.filter((q) => q.speech).map((q) => q.inner).sort((a, b) => a.start - b.start);
  const inQuote = (pos: number) => spanContaining(inner, pos) !== undefined;
  const mentionSpans = new Map(ctx.entities.map((e) => [e.id, e.mentions as Span[]]));

  for (const s of sentences) {
    const b = blocks[s.block];
    if (b.kind !== 'paragraph' && b.kind !== 'standfirst' && b.kind !== 'heading' && b.kind !== 'headline') continue;
    const toks = bySentence[s.index];
    const used = new Set<number>();
    const sentenceFirst = out.length;
    // 1. "according to X", "citing X", "as reported by X".
    for (let i = 0; i < toks.length; i++) {
      const w = lower(toks[i].text);
      let cueEnd = -1;
      if (w === 'according' && lower(toks[i + 1]?.text ?? '') === 'to') cueEnd = i + 1;
      else if (w === 'citing') cueEnd = i;
      else if (PASSIVE_CUES.has(w) && lower(toks[i + 1]?.text ?? '') === 'by' && i > 0) cueEnd = i + 1;
      if (cueEnd < 0) continue;
      const cueStartTok = PASSIVE_CUES.has(w) ? (lower(toks[i - 1]?.text ?? '') === 'as' ? i - 1 : i) : i;
      const np = nounPhraseRight(ctx, toks, cueEnd + 1, mentionByStart, entityById, recent, s, true);
      if (!np) continue;
      const cue = { start: toks[cueStartTok].start, end: toks[cueEnd].end, text: text.slice(toks[cueStartTok].start, toks[cueEnd].end) };
      const content = contentAround(s, cue.start, np.end, toks, text);
      out.push(make(text, cue, np, content, s, mentionSpans));
      for (let k = cueStartTok; k <= cueEnd; k++) used.add(k);
      // The phrase inside ("figures compiled by X") is the same attribution, not a second one.
      for (let k = cueEnd + 1; k < toks.length && toks[k].start < np.end; k++) used.add(k);
    }
    // 2. Vague cue phrases: "it is understood", "reportedly", "is said to".
    const sl = lower(text.slice(s.start, s.end));
    VAGUE_CUE_RE.lastIndex = 0;
    let vm: RegExpExecArray | null;
    while ((vm = VAGUE_CUE_RE.exec(sl))) {
      const phrase = vm[0];
      const at = vm.index;
      const before = sl[at - 1];
      const after = sl[at + phrase.length];
      if (inQuote(s.start + at) || (before !== undefined && /[a-z]/.test(before)) || (after !== undefined && /[a-z]/.test(after))) continue;
      // "the person who has the last word is …": "word is" is a cue only as "Word is (that) …".
      if (phrase === 'word is' && /\b(?:the|a|his|her|their|its|my|our|your|last|final|this|that|every|one)\s+$/.test(sl.slice(Math.max(0, at - 8), at))) continue;
      // "machines running Word is not available": the word processor, capitalised mid-sentence.
      if (phrase === 'word is' && (/^\s+not\b/.test(sl.slice(at + phrase.length, at + phrase.length + 5)) || (text[s.start + at] === 'W' && /[\p{L},]\s+$/u.test(text.slice(Math.max(s.start, s.start + at - 3), s.start + at))))) continue;
      const start = s.start + at;
      const cue = { start, end: start + phrase.length, text: text.slice(start, start + phrase.length) };
      if (!out.slice(sentenceFirst).some((a) => overlaps(a.cue, cue))) {
        const np: Np = { start: cue.start, end: cue.end, kind: 'vague', entity: null };
        out.push(make(text, cue, np, { start: s.start, end: s.end }, s));
      }
    }
    // 3. Speech and reporting verbs.
    for (let i = 0; i < toks.length; i++) {
      if (used.has(i)) continue;
      const w = lower(toks[i].text);
      const lemma = SPEECH_VERBS.get(w);
      if (!lemma) continue;
      if (i > 0 && /^\p{Lu}/u.test(toks[i].text) && !/^[“"(]$/.test(toks[i - 1].text)) continue; // "United States"
      if (inQuote(toks[i].start)) continue;
      const prev = toks[i - 1];
      // "called the results “alarming”": a verb of naming reports speech only before a quotation.
      if (lemma === 'call') {
        const limit = toks[Math.min(toks.length - 1, i + 6)].end;
        if (!ctx.quotes.some((q) => q.start > toks[i].end && q.start <= limit && !q.unclosed)) continue;
      }
      // "asked: “…”", "“Why?” asked the reporter", "How was that fair, the leader asked.": asking
      // reports speech next to the question quoted, or after the question it closes.
      if (lemma === 'ask') {
        const limit = toks[Math.min(toks.length - 1, i + 8)].end;
        const after = ctx.quotes.some((q) => q.start > toks[i].end && q.start <= limit && !q.unclosed && /:\s*$/.test(text.slice(toks[i].start, q.start)));
        const before = ctx.quotes.some((q) => q.end <= toks[i].start && toks[i].start - q.end <= 3);
        // The verb closes the sentence, a few words after its last comma, and the sentence is a question.
        const near = toks.slice(Math.max(0, i - 7), Math.min(toks.length, i + 7));
        const closesQuestion = i >= toks.length - 7 && near.some((t) => t.text === ',' && t.start < toks[i].start) && !toks.slice(i + 1).some((t) => t.text === ',')
          && /^(?:how|why|what|who|whether|if|when|where|was|is|did|does|do|could|would|should|can|will)\b/i.test(text.slice(s.start, s.end).replace(/^\W+/, ''));
        if (!after && !before && !closesQuestion) continue;
      }
      // A passive ("are expected to", "was said to") is a vague phrase or no attribution at all.
      if (prev && /^(?:is|are|was|were|be|been|being)$/.test(lower(prev.text)) && !/ing$/.test(w)) continue; // ("Deloitte is forecasting" is active)
      // "declined to comment", "refused to say": no statement was made.
      if (prev && lower(prev.text) === 'to' && /^(?:declined|refused|unable|reluctant|not|failed|fail|fails|failing|refuse|refuses|refusing|decline|declines|declining)$/.test(lower(toks[i - 2]?.text ?? ''))) continue;
      const next = toks[i + 1];
      // "agreed to settle", "people alleged to have traded": an action or a passive, not a statement.
      if (next && lower(next.text) === 'to' && (lemma === 'agree' || /^(?:have|be)$/.test(lower(toks[i + 2]?.text ?? '')))) continue;
      if (prev && AMBIGUOUS_FORMS.has(w) && /^\p{Ll}/u.test(prev.text) && NOUN_BLOCKERS.has(prev.text)) continue; // "the claims", "official figures"
      // "member states", "tax claims", "the manifesto writing team": a singular noun before a plural
      // or -ing form makes a compound noun, not a subject and its verb.
      if (prev && AMBIGUOUS_FORMS.has(w) && /(?:s|ing)$/.test(w) && /^\p{Ll}+$/u.test(prev.text) && !/s$/.test(prev.text) && !AUX.has(prev.text) && !isMannerAdverb(prev.text)
        && !PRONOUNS.has(prev.text) && !ORG_WORDS.has(prev.text) && !DOCUMENT_WORDS.has(prev.text) && !PUBLICATION_WORDS.has(prev.text) && !ROLE_WORDS.has(prev.text) && !TITLES.has(prev.text)
        && !/^(?:who|which|that|and|but|or|to|it|what|also|police|staff|people)$/.test(prev.text)) continue;
      if (next && lower(next.text) === 'by') continue; // passive: handled above or not an attribution
      if (w === 'says' && prev && lower(prev.text) === 'what') continue;
      if (lemma === 'say' && next && lower(next.text) === 'in' && lower(toks[i + 2]?.text ?? '') === 'the' && lower(toks[i + 3]?.text ?? '') === 'matter') continue;
      // Subject before the verb: "Anwar said", "a senior official said", "he told".
      // ", writing lyrics and playing guitar": a participle after a comma opens a clause of its own;
      // the phrase before the comma is not its subject (listed participles of speech are handled below).
      const participle = prev?.text === ',' && /ing$/.test(w);
      let np: Np | null = null;
      let inverted = false;
      // "…, it is thought he failed to get the numbers, said Mr Dobrow.": after a comma, a name
      // that follows the verb and ends the sentence is the source, whatever asides come before.
      if (!participle && prev?.text === ',' && INVERTING_VERB.test(w)) {
        const right = nounPhraseRight(ctx, toks, i + 1, mentionByStart, entityById, recent, s);
        const after = right ? text.slice(right.end, s.end) : '';
        if (right && right.entity && (right.kind === 'person' || right.kind === 'organisation' || right.kind === 'publication') && /^[.!?]?["”’]?$/.test(after.trim()) && nameOnly(text.slice(right.start, right.end))) {
          np = right;
          inverted = true;
        }
      }
      if (!np) np = participle ? null : nounPhraseLeft(ctx, toks, i - 1, mentionByEnd, entityById, recent, s);
      if (!np && !participle) {
        // Inverted: "..., said Anwar" / "…,” said a spokesman."
        const p = prev?.text;
        if (!prev || p === ',' || p === '”' || p === '"' || p === '—' || p === '–' || p === ':' || (prev.kind === 'punct' && /["”]/.test(p))) {
          np = nounPhraseRight(ctx, toks, i + 1, mentionByStart, entityById, recent, s);
          inverted = !!np;
        }
      }
      if (!np && !participle) np = subjectInClause(ctx, toks, i, mentionByStart, entityById);
      // "…voted for the bill but said she was concerned", "…and has accused…": the clause's subject speaks.
      let beforeAux = i - 1;
      while (beforeAux > 0 && /^(?:has|have|had|also|later|then|will|would|is|was)$/.test(lower(toks[beforeAux].text))) beforeAux--;
      const conj = toks[beforeAux] && /^(?:but|and|also)$/.test(lower(toks[beforeAux].text));
      if (conj && (!np || np.kind === 'publication' || np.kind === 'document')) np = coordinatedSubject(ctx, toks, i, out, s, mentionByStart, entityById, recent) ?? np;
      // "Tutu criticised the measures, saying: …", "…, adding that …": the main clause's subject speaks.
      if (!np && prev?.text === ',' && PARTICIPLE_CUES.test(w) && i > 3) np = coordinatedSubject(ctx, toks, i, out, s, mentionByStart, entityById, recent);
      // "mediators said": an unlisted plain noun right before a strong speech verb.
      // ("The world's richest countries have said": the same, over an auxiliary.)
      if (!np && prev && /^(?:have|has|had)$/.test(lower(prev.text)) && /^(?:said|told)$/.test(w) && toks[i - 2] && /^\p{Ll}+s$/u.test(toks[i - 2].text) && !AUX.has(lower(toks[i - 2].text)) && !/^(?:this|his|its|was|has|is|does|as|us|thus|plus|yes|less|unless|perhaps)$/.test(toks[i - 2].text)) {
        let st = i - 2;
        while (st > 0 && i - st < 5 && toks[st - 1].kind === 'word' && !/^(?:and|but|or|that|which|who|as|if|when|because|while)$/i.test(toks[st - 1].text)) st--;
        np = { start: toks[st].start, end: toks[i - 2].end, kind: 'anonymous', entity: null };
        const ht = lower(toks[i - 2].text);
        if (VAGUE_SOURCES.has(ht)) np.kind = 'vague';
        else if (/^(?:countries|nations|governments|states|companies|firms|banks|parties|unions|clubs|councils|authorities|ministries|regulators)$/.test(ht)) np.kind = 'organisation';
      }
      if (!np && prev && prev.kind === 'word' && /^\p{Ll}+$/u.test(prev.text) && /^(?:said|says|say|told|tells)$/.test(w) && !AUX.has(lower(prev.text))
        && !/^(?:and|or|nor)$/.test(lower(toks[i - 2]?.text ?? '')) && !(next && mentionByStart.has(next.start) && /^\s*(?:[,.]|$)/.test(text.slice(mentionByStart.get(next.start)!.end, mentionByStart.get(next.start)!.end + 2))) && !/^(?:and|but|or|it|that|which|who|also|not|never|then|as|than|to)$/.test(prev.text)) {
        // The modifiers before the noun belong to the phrase: "European policy makers", "other
        // browser stat gatherers".
        let first = i - 1;
        while (first - 1 >= Math.max(0, i - 4) && toks[first - 1].kind === 'word' && !NP_STOP.test(toks[first - 1].text) && !AUX.has(lower(toks[first - 1].text)) && !SPEECH_VERBS.has(lower(toks[first - 1].text))
          && (/^\p{Ll}+$/u.test(toks[first - 1].text) || /^\p{Lu}\p{Ll}+$/u.test(toks[first - 1].text)) && toks[first - 1].end + 1 === toks[first].start) first--;
        const det = toks[first - 1] && /^(?:his|her|their|its|the|a|an|our|my|other|some|many|several)$/i.test(toks[first - 1].text) ? toks[first - 1] : toks[first];
        // "the law lords said": a body the story has introduced speaks as a whole.
        let the = -1;
        for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
          if (/^the$/i.test(toks[j].text)) { the = j; break; }
          if (!/^\p{Ll}+$/u.test(toks[j].text)) break;
        }
        np = the >= 0 && /s$/.test(prev.text)
          ? { start: toks[the].start, end: prev.end, kind: 'organisation', entity: null }
          : { start: det.start, end: prev.end, kind: /s$/.test(prev.text) ? 'anonymous' : 'person', entity: null };
      }
      if (!np) continue;
      const npText = lower(text.slice(np.start, np.end));
      // "designed to let people write, edit and share": a verb after let, help or make is no speech.
      if (/^(?:let|lets|letting|help|helps|helping|helped|make|makes|making|made|watch|watched|hear|heard|see|saw)\s/.test(npText) || /\b(?:let|lets|letting|help|helps|helping|helped|make|makes|making|watch|hear)\s+$/i.test(text.slice(Math.max(s.start, np.start - 12), np.start))) continue;
      // "Some, such as 83-year-old Elizabeth Winkfield, said": a named example makes the group known.
      if ((np.kind === 'vague' || np.kind === 'anonymous') && /^,?\s*(?:such as|including|among them)\s/i.test(text.slice(np.end, np.end + 14))) {
        const npEnd = np.end;
        const between = ctx.entities.find((e) => e.kind === 'person' && e.mentions.some((m) => m.start > npEnd && m.end <= toks[i].start));
        if (between) np = { ...np, kind: 'person' };
      }
      // "employers added 23,000 jobs": add, put, post and the like report speech only before a
      // quotation, a that-clause or a colon, at the end of a sentence, or inverted.
      if (!inverted && /^(?:add|put|post|point|show|find|project|calculate|continue|signal|note)$/.test(lemma) && !((lemma === 'show' || lemma === 'find') && (np.kind === 'document' || np.kind === 'organisation' || np.kind === 'publication'))) {
        const nx = lower(next?.text ?? '');
        // ("officials pointed out that …": "point" with "out".)
        const speechNext = !next || /^(?:that|:|,|“|"|‘|\.|in|on|during|when|afterwards|later|yesterday|today)$/.test(nx) || nx === '—' || (lemma === 'point' && nx === 'out' && !/^(?:be|been|being|is|was|are|were)$/.test(lower(prev?.text ?? '')));
        if (!speechNext) continue;
      }
      // A bare base form needs a plural or pronoun subject ("analysts say"), not "a colleague describe".
      // "figures from the trade ministry show": the plural head before "from/by/of" agrees with the verb.
      const lastWords = text.slice(Math.max(s.start, np.start - 30), np.start).trim().split(/\s+/);
      const pluralHead = (lastWords.length >= 2 && /^(?:from|by|of|at|for|in)$/.test(lastWords[lastWords.length - 1]) && /^\p{Ll}+s$/u.test(lastWords[lastWords.length - 2]))
        || /^(?:the\s+)?\p{Ll}+s\s+of\s/u.test(npText); // "the minutes of the meeting show"
      // ("Sociedad say", "Arsenal say": a named organisation takes a plural verb in British English.)
      const collective = np.kind === 'organisation' && (!!np.entity || /^\p{Lu}/u.test(text.slice(np.start, np.end)));
      if (!inverted && w === lemma && !pluralHead && !collective && !/(?:s|people|police|staff|i|you|we|they)$/.test(npText) && !/^(?:will|would|could|can|may|might|should|must|to|did|do|does)$/.test(lower(prev?.text ?? ''))) continue;
      // "let people write", "helps investors find": the phrase is the object of a causative verb.
      if (!inverted && w === lemma && /\b(?:let|lets|letting|make|makes|making|made|help|helps|helping|helped|allow|allows|enable|enables|have|has|see|watch|hear)\s+$/.test(text.slice(Math.max(s.start, np.start - 12), np.start))) continue;
      // "Residents called the plan “…”": a verb of naming attributes to a named or unnamed
      // source, but is not by itself a vague attribution.
      if (np.kind === 'vague' && (lemma === 'think' || lemma === 'find' || lemma === 'call' || lemma === 'suggest' || lemma === 'show' || lemma === 'indicate')) continue;
      if ((np.kind === 'vague' || np.kind === 'anonymous') && /\bof\s*$/.test(text.slice(Math.max(s.start, np.start - 4), np.start))) continue; // "59% of people said": a survey
      // "The survey of more than 1,000 people reported …": the people are the sample, not the source.
      if ((np.kind === 'vague' || np.kind === 'anonymous') && /\bof\s+(?:(?:more than|over|about|around|nearly|almost|some|at least|fewer than|less than|up to)\s+)?(?:[\d,.]+\s*)?$/.test(text.slice(Math.max(s.start, np.start - 30), np.start)) && /^[\d,.]+\s|^(?:more than|over|about|around|nearly|almost)\s/.test(npText)) continue;
      if ((np.kind === 'vague' || np.kind === 'anonymous') && /^[\d,.]+\s/.test(npText) && /\b(?:survey|poll|study|questionnaire|sample)\b/i.test(text.slice(Math.max(s.start, np.start - 40), np.start).split('.').pop() ?? '')) continue;
      if ((np.kind === 'vague' || np.kind === 'anonymous') && /^(?:the\s+)?(?:respondents|those (?:asked|polled|surveyed|questioned))$/.test(npText)) continue;
      // "people who claim to have been injured": a verb in a relative clause describes the group; it attributes nothing.
      if ((np.kind === 'vague' || np.kind === 'anonymous') && lower(prev?.text ?? '') === 'who') continue;
      // "those clicking to complain": an infinitive of purpose; "previously state owned": the noun.
      if ((np.kind === 'vague' || np.kind === 'anonymous') && lower(prev?.text ?? '') === 'to') continue;
      if (lemma === 'state' && /^[\s-]*(?:owned|run|controlled|funded|backed|sponsored|aid|school|schools|pension|pensions|benefits?|media|television|tv|radio|broadcaster|company|companies|firm|firms|enterprises?|sector|secrets?|visit|of|-)/i.test(text.slice(toks[i].end, toks[i].end + 14))) continue;
      if (np.kind === 'vague' && /\b(?:percent|per cent|%|majority|minority|half|third|quarter)\b/.test(text.slice(Math.max(s.start, np.start - 20), np.start))) continue;
      // (After an appositive, "Vessa - its largest rival - admitted", the phrase is surely the subject.)
      if (AMBIGUOUS_FORMS.has(w) && !np.entity && (np.kind === 'document' || np.kind === 'organisation') && !/^[-–—,]$/.test(prev?.text ?? '') && !/^(?:said|says|told|reported|found|find|showed|shows|show|estimated|estimates)$/.test(w) && !/^(?:the|a|an|its|their)\s/i.test(text.slice(np.start, np.end))) continue;
      if ((lemma === 'think' || lemma === 'believe' || lemma === 'fear') && np.kind !== 'vague' && np.kind !== 'anonymous' && !/^(?:that|:)$/.test(lower(next?.text ?? ''))) continue;
      if (lemma === 'expect' && np.kind !== 'organisation' && np.kind !== 'person' && np.kind !== 'vague' && np.kind !== 'anonymous') continue;
      if (lemma === 'show' || lemma === 'find' || lemma === 'calculate' || lemma === 'project') {
        // ("The MPs found …", "the researchers found …": a body of people introduced before reports findings.)
        const introducedGroup = lemma === 'find' && np.kind === 'person' && /^the\s+\S+s$/i.test(text.slice(np.start, np.end));
        if (np.kind !== 'document' && np.kind !== 'organisation' && np.kind !== 'publication' && !introducedGroup) continue;
      }
      const cue = { start: toks[i].start, end: toks[i].end, text: toks[i].text };
      const content = inverted ? contentBefore(s, toks, np.start, cue.start, text) : contentFor(s, toks, i, np, text);
      out.push(make(text, cue, np, content, s, mentionSpans));
    }
  }
  // Anonymity reasons.
  for (const a of out) {
    if (a.source.kind !== 'anonymous') continue;
    const s = sentences[a.sentence];
    const sl = text.slice(s.start, s.end);
    for (const r of ANONYMITY_REASON_RES) {
      const m = r.exec(sl);
      if (m) {
        a.anonymityReason = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        break;
      }
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
  return deduped;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The mention (sorted by start) lying in [start, end) and ending exactly at `end`, by binary search. */
function mentionEndingAt(list: Span[], start: number, end: number): Span | undefined {
  for (let i = lowerBound(list, start); i < list.length && list[i].start < end; i++) if (list[i].end === end) return list[i];
  return undefined;
}

/** Words that end a noun phrase on its left. */
const NP_STOP = /^(?:and|but|or|nor|although|though|whereas|unless|once|where|whether|what|how|why|that|which|who|whom|also|not|never|then|to|as|than|after|before|when|while|if|because|of|in|on|at|for|with|from|by|about|into|over|under|since|until|so|yet|however|his|her|their|its|the|a|an|our|my|other|some|many|several|The|A|An|However|But|And)$/;

/** Verbs of saying that put their speaker after them ("…, said Mr Dobrow."); "told Reuters" names the audience. */
const INVERTING_VERB = /^(?:said|says|added|adds|explained|continued|insisted|argued|noted|wrote|writes|recalled|admitted|claimed|stressed|concluded|observed|declared|cautioned|conceded|acknowledged|maintained|countered|replied|responded)$/;

/** A phrase that is only a name with its titles: capitalised words, with "of", "for", "and", "the" between. */
function nameOnly(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length > 0 && words.length <= 8 && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|the|de|da|del|van|von|al|bin|le|la)$/.test(w));
}

/** An institution's head word running into "of": "Office of ", "Department of the ". */
const OFFICE_OF = /(?:Office|Ministry|Department|Bureau|Institute|Institution|Council|Board|Commission|Agency|Secretariat|Cabinet|Court|Chamber|Federation|Association|Society|Union|College|School|University|Academy|Museum|Bank|Fund|Centre|Center)\sof\s(?:the\s)?$/;

/**
 * Where an institution's name starts when it runs into the phrase at `at` ("the Office of the
 * Deputy Prime Minister", "the US Department of Energy"), or -1: its head word, up to two
 * capitalised words before it, and an article.
 */
function institutionBefore(text: string, at: number): number {
  const slice = text.slice(Math.max(0, at - 30), at);
  const head = OFFICE_OF.exec(slice);
  if (!head || (head.index > 0 && /[\p{L}]/u.test(slice[head.index - 1]))) return -1;
  let start = at - slice.length + head.index;
  for (let words = 0; words < 3; words++) {
    // The word before, when a single space separates it.
    const before = text.slice(Math.max(0, start - 20), start);
    if (!before.endsWith(' ')) break;
    const word = before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1);
    if (!word) break;
    if (words < 2 && /^\p{Lu}[\p{L}.]*$/u.test(word) && !/^(?:The|A|An)$/.test(word)) start -= word.length + 1;
    else {
      if (/^(?:the|a|an)$/i.test(word)) start -= word.length + 1;
      break;
    }
  }
  return start;
}

function make(text: string, cue: Span & { text: string }, np: Np, content: Span, s: Sentence, mentions?: Map<string, Span[]>): Attribution {
  // A named source is the name itself, without title or article ("Laura Benning", "Wall Street Journal").
  if (np.entity && mentions) {
    // Only when the name is the head of the phrase: "A Pentagon spokesperson" stays whole.
    const m = mentionEndingAt(mentions.get(np.entity) ?? [], np.start, np.end);
    const spokesperson = /\b(?:spokes\w*|official|officer|adviser|advisor|aide|representative)\s+(?:for|at|of|from)\b/i.test(text.slice(np.start, np.end));
    if (m && !spokesperson && (np.kind === 'person' || np.kind === 'organisation' || np.kind === 'publication' || np.kind === 'platform')) np = { ...np, start: m.start, end: m.end };
  }
  // "the Office of the Deputy Prime Minister has said": a title after an institution's "of" is
  // part of the institution's name, which is the source.
  const officeStart = (np.kind === 'person' || np.kind === 'organisation') ? institutionBefore(text, np.start) : -1;
  if (officeStart >= 0) np = { start: officeStart, end: np.end, kind: 'organisation', entity: null };
  // Trim what follows the head: "Officials who asked not to be named", "a study published Tuesday", "Critics have long".
  const npText = text.slice(np.start, np.end);
  const cut = /(?<!\s)\s+(?:who|which|that|published|released|issued|conducted|carried|have|has|had|were|was|are|is|will|would|also|long)\b/.exec(npText);
  const cueIsSource = np.start === cue.start && np.end === cue.end; // "it is understood"
  if (!cueIsSource && cut && cut.index > 0 && (np.kind !== 'person' || !np.entity)) np = { ...np, end: np.start + cut.index };
  // "quoted an unnamed executive at Euronext as saying": the "as" belongs to the cue.
  const npNow = text.slice(np.start, np.end);
  if (!cueIsSource && /\sas$/i.test(npNow) && npNow.trimEnd().length > 3) np = { ...np, end: np.start + npNow.slice(0, -2).trimEnd().length };
  // Nothing said after the cue ("Anwar said ."): an empty content span at the cue, never reversed.
  if (content.end < content.start) content = { start: content.start, end: content.start };
  return {
    cue,
    source: { start: np.start, end: np.end, text: text.slice(np.start, np.end), kind: np.kind, entity: np.entity },
    content,
    sentence: s.index,
  };
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

function kindOfEntity(e: Entity | undefined): SourceKind {
  if (!e) return 'person';
  return e.kind === 'place' ? 'organisation' : e.kind;
}

/** The noun phrase ending at token index `j` (walking left), if it can be a source. */
function nounPhraseLeft(
  ctx: AttributionContext, toks: Token[], j: number,
  mentionByEnd: Map<number, { start: number; end: number; id: string }>,
  entityById: Map<string, Entity>, recent: RecentEntities, s: Sentence, depth = 0,
): Np | null {
  if (depth > 2 || j < 0) return null;
  // Skip auxiliaries and adverbs: "Anwar has also said".
  let k = j;
  let skipped = 0;
  while (k >= 0 && skipped < 5 && (AUX.has(lower(toks[k].text)) || isMannerAdverb(toks[k].text)) && !PRONOUNS.has(lower(toks[k].text))) {
    k--;
    skipped++;
  }
  if (k < 0) return null;
  // "The Energy Information Administration (EIA) said": skip the bracketed acronym.
  if (toks[k].text === ')' && k >= 3 && toks[k - 2].text === '(' && /^\p{Lu}[\p{Lu}\d&]+$/u.test(toks[k - 1].text)) k -= 3;
  if (k < 0) return null;
  const t = toks[k];
  const lw = lower(t.text);
  const { text } = ctx;
  if (lw === 'and' || lw === 'but' || lw === 'or') return null;
  if ((lw === 'which' || lw === 'who') && k > 0) {
    // "…a report by the National Audit Office, published last month, which found…"
    for (let c = k - 1; c >= Math.max(0, k - 12); c--) {
      if (toks[c].text !== ',') continue;
      const np = nounPhraseLeft(ctx, toks, c - 1, mentionByEnd, entityById, recent, s, depth + 1) ?? commonNounNp(ctx, toks, c - 1, lower(toks[c - 1]?.text ?? ''), mentionByEnd, entityById);
      if (np) return np;
    }
    return nounPhraseLeft(ctx, toks, k - 1, mentionByEnd, entityById, recent, s, depth + 1);
  }
  if (PRONOUNS.has(lw)) {
    if (lw === 'i' || lw === 'you' || lw === 'we') {
      return { start: t.start, end: t.end, kind: 'person', entity: null };
    }
    const kinds = lw === 'it' ? ['organisation', 'publication'] : lw === 'they' ? ['organisation', 'person'] : ['person'];
    const id = recent.before(t.start, kinds);
    const e = id ? entityById.get(id) : undefined;
    // "It said", "It estimated": in news an "it" that speaks is a body or a document.
    if (lw === 'it' && !e) return { start: t.start, end: t.end, kind: 'organisation', entity: null };
    return { start: t.start, end: t.end, kind: e ? kindOfEntity(e) : 'person', entity: id };
  }
  // An entity mention: extend left over titles, determiners and demonyms in the same NP.
  const m = mentionByEnd.get(t.end) ?? (t.text === '.' ? mentionByEnd.get(t.end) : undefined);
  if (m) {
    const e = entityById.get(m.id);
    if (e?.kind === 'place') {
      // "Senator James Whitcombe of Utah said", "an official in Kurigram said".
      let q = k;
      while (q > 0 && toks[q - 1].start >= m.start) q--;
      const prep = lower(toks[q - 1]?.text ?? '');
      if ((prep === 'of' || prep === 'from' || prep === 'in' || prep === 'at') && q >= 2) {
        const before = nounPhraseLeft(ctx, toks, q - 2, mentionByEnd, entityById, recent, s, depth + 1);
        if (before) return before.entity ? before : { ...before, end: m.end };
        const common = commonNounNp(ctx, toks, q - 2, lower(toks[q - 2].text), mentionByEnd, entityById);
        return common ? { ...common, end: m.end } : null;
      }
      return null;
    }
    let startIdx = k;
    while (startIdx > 0 && toks[startIdx - 1].start >= m.start) startIdx--;
    startIdx = extendNpLeft(toks, startIdx);
    return { start: toks[startIdx].start, end: m.end, kind: kindOfEntity(e), entity: m.id };
  }
  // Appositive between dashes: "EADS - Airbus' majority owner - admitted".
  if (/^[-–—]$/.test(t.text) && k > 2) {
    for (let c = k - 2; c > Math.max(0, k - 14); c--) {
      if (toks[c].text !== t.text) continue;
      const inner = nounPhraseLeft(ctx, toks, c - 1, mentionByEnd, entityById, recent, s, depth + 1);
      if (inner && inner.kind !== 'document') return inner;
      break;
    }
    return null;
  }
  // Appositive between commas: "Smith, a spokesman for the firm, said".
  if (t.text === ',' && k > 1) {
    // "Registrars' spokesman, Mark Rimmer, said", "…, Eleanor Vance MP, said", "…, Lord Pennick, argued":
    // the name between the commas is the source.
    let nameEnd = k - 1;
    if (nameEnd > 0 && /^(?:MP|MEP|MSP|QC|KC|OBE|CBE|MBE|Jr|Sr|PhD)$/.test(toks[nameEnd].text)) nameEnd--;
    const named = mentionByEnd.get(toks[nameEnd].end);
    if (named && entityById.get(named.id)?.kind === 'person' && k >= 2) {
      let st = nameEnd;
      while (st > 0 && toks[st - 1].start >= named.start) st--;
      while (st > 0 && (TITLES.has(lower(toks[st - 1].text)) || HONORIFICS_SET.has(lower(toks[st - 1].text)))) st--;
      if (toks[st - 1]?.text === ',') return { start: named.start, end: named.end, kind: 'person', entity: named.id };
    }
    // Otherwise the phrase before the appositive, across up to three comma-separated asides
    // ("Pauline Birch, 71, who has lived there for 40 years, said").
    let segments = 0;
    for (let c = k - 1; c > Math.max(0, k - 40) && segments < 3; c--) {
      if (toks[c].text !== ',') continue;
      segments++;
      const inner = nounPhraseLeft(ctx, toks, c - 1, mentionByEnd, entityById, recent, s, depth + 1) ?? (c > 0 ? commonNounNp(ctx, toks, c - 1, lower(toks[c - 1].text), mentionByEnd, entityById) : null);
      if (inner && inner.kind !== 'document') return inner;
      // "Research from Halifax, the country's biggest mortgage lender, suggests": a document that
      // opens the sentence is its subject, the aside describing its author.
      if (inner && /^[\s"“‘(]*$/.test(ctx.text.slice(s.start, inner.start))) return inner;
    }
    return null;
  }
  // A source noun written with a capital at the start of a sentence ("Analysts say").
  if (t.kind === 'word' && (VAGUE_SOURCES.has(lw) || ANONYMOUS_HEADS.has(lw) || DOCUMENT_WORDS.has(lw) || ORG_WORDS.has(lw))) {
    return commonNounNp(ctx, toks, k, lw, mentionByEnd, entityById);
  }
  // "Figures from the Commerce Department for November showed": a month or a day after a
  // preposition dates the source before it and is never the source itself.
  if (t.kind === 'word' && k >= 2 && (MONTHS.has(lw) || WEEKDAY_NAMES.has(lw)) && /^(?:for|in|on|of|since|during|until|from)$/i.test(toks[k - 1].text)) {
    return nounPhraseLeft(ctx, toks, k - 2, mentionByEnd, entityById, recent, s, depth + 1) ?? commonNounNp(ctx, toks, k - 2, lower(toks[k - 2].text), mentionByEnd, entityById);
  }
  // A capitalised name the entity pass left untyped: "Chalone reported revenues…".
  if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && k > 0 && !/^[.!?"“]$/.test(toks[k - 1]?.text ?? '.')) {
    let st = k;
    while (st > 0 && toks[st - 1].kind === 'word' && /^\p{Lu}/u.test(toks[st - 1].text)) st--;
    const described = toks.slice(Math.max(0, st - 4), st).some((x) => ORG_WORDS.has(lower(x.text)) || DOCUMENT_WORDS.has(lower(x.text)));
    return { start: toks[st].start, end: t.end, kind: ORG_WORDS.has(lw) || described ? 'organisation' : 'person', entity: null };
  }
  if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && k === 0 && !ctx.text.slice(t.start, t.end).match(/^(?:The|A|An|It|This|That|These|Those|Some|Many)$/)) {
    return { start: t.start, end: t.end, kind: ORG_WORDS.has(lw) ? 'organisation' : 'person', entity: null };
  }
  // A common-noun phrase headed by a source word: "officials", "the ministry", "a person familiar with the matter".
  if (t.kind !== 'word') return null;
  return commonNounNp(ctx, toks, k, lw, mentionByEnd, entityById);
}

function extendNpLeft(toks: Token[], startIdx: number): number {
  let k = startIdx;
  while (k > 0) {
    const p = lower(toks[k - 1].text).replace(/\.$/, '');
    if (TITLES.has(p) || ROLE_WORDS.has(p) || DETERMINERS.has(p) || p === 'specialist' || p === 'publication' || p === 'newspaper' || p === 'agency' || p === 'broadcaster' || p === 'daily' || p === 'magazine' || p === 'website' || p === 'outlet' || p === 'news' || p === 'former' || p === 'deputy' || p === 'outgoing' || p === 'acting') {
      k--;
      continue;
    }
    // Capitalised title words ("Prime Minister", "Security Council Secretary") and demonyms.
    const prev = toks[k - 1];
    if (prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && k - 1 > 0 && /^\p{Lu}/u.test(toks[k].text) && toks[k - 1].end + 1 === toks[k].start) {
      k--;
      continue;
    }
    break;
  }
  // Never start on a sentence-internal conjunction or preposition.
  return k;
}

function commonNounNp(
  ctx: AttributionContext, toks: Token[], k: number, lw: string,
  mentionByEnd: Map<number, { start: number; end: number; id: string }>, entityById: Map<string, Entity>,
): Np | null {
  // "a person familiar with the matter said": the head is earlier; find "familiar/close ... " back to the head.
  let head = k;
  const { text } = ctx;
  for (let c = k; c > Math.max(-1, k - 10); c--) {
    const w = lower(toks[c].text);
    if (ANONYMOUS_HEADS.has(w) || VAGUE_SOURCES.has(w) || DOCUMENT_WORDS.has(w) || ORG_WORDS.has(w) || PUBLICATION_WORDS.has(w) || /^spokes/.test(w) || /^(?:organisers|organizers|police|prosecutors|regulators|authorities)$/.test(w) || (c === k && (ROLE_WORDS.has(w) || TITLES.has(w)))) {
      head = c;
      if (c === k) break;
      // Only accept a post-modifier when it is "familiar with...", "for X", "at X", "of X", "close to".
      const after = lower(toks[c + 1]?.text ?? '');
      if (FAMILIAR.test(after) || after === 'for' || after === 'at' || after === 'of' || after === 'from' || after === 'in' || after === 'on' || after === 'by' || after === 'who' || after === 'with') break;
      // "figures released earlier this year showed": a document head with a participle after it.
      if (DOCUMENT_WORDS.has(w) && /^(?:released|published|issued|compiled|produced|out|unveiled|seen|obtained)$/.test(after)) break;
      head = -1;
      break;
    }
    if (toks[c].kind === 'punct') {
      head = -1;
      break;
    }
  }
  if (head < 0) return null;
  // "an aide to the president": the head is the earlier noun, the rest modifies it.
  for (let c = head - 1; c > Math.max(-1, head - 6); c--) {
    const w = lower(toks[c].text);
    if (toks[c].kind === 'punct') break;
    if (/^(?:to|for|of|at|with|close)$/.test(w) && c > 0 && (ANONYMOUS_HEADS.has(lower(toks[c - 1].text)) || VAGUE_SOURCES.has(lower(toks[c - 1].text)))) {
      head = c - 1;
      break;
    }
  }
  const hw = lower(toks[head].text);
  // Walk left over determiners and adjectives.
  let start = head;
  while (start > 0) {
    const p = toks[start - 1];
    const pw = lower(p.text);
    if (p.kind === 'punct' && p.text !== '’s' && p.text !== "'s") break;
    if (/^(?:and|but|or|that|which|as|while|because|if|when|after|before|than|so|what|whom|whether|how|why|where|to|close|said|says)$/.test(pw)) break;
    if (SPEECH_VERBS.has(pw) && !DETERMINERS.has(pw)) break;
    if (start - 1 < head - 6) break;
    start--;
    if (DETERMINERS.has(pw) && /^(?:a|an|the|one|two|three|several|some|many|most|its|his|her|their)$/.test(pw)) break;
  }
  // Trim a leading word that is clearly not part of the NP (a verb or preposition).
  while (start < head && /^(?:in|on|at|to|for|with|by|of|from|into|over|under|about|after|before|said|says|told|is|was|are|were|has|have|had|also)$/.test(lower(toks[start].text))) start++;
  const npText = lower(text.slice(toks[start].start, toks[k].end));
  let owner: { start: number; end: number; id: string } | undefined;
  for (let q = start; q <= k && !owner; q++) {
    const m = mentionByEnd.get(toks[q].end);
    if (m && m.start >= toks[start].start) owner = m;
  }
  const ownerEntity = owner ? entityById.get(owner.id) : undefined;
  let kind: SourceKind;
  const determinerStart = /^(?:a|an|one|two|three|four|several|some|many|most)\b/.test(npText) || !DETERMINERS.has(lower(toks[start].text));
  if (VAGUE_SOURCES.has(hw) && /^(?:the|these|those)\s/.test(npText) && !/^(?:officials|sources)$/.test(hw) && !/\bof\b/.test(npText)) {
    // "the researchers said": people the story has already introduced.
    kind = 'person';
  } else if (VAGUE_SOURCES.has(hw) && !ownerEntity && !/familiar|close to|knowledge/.test(npText)) {
    kind = /^(?:officials|sources|diplomats|insiders)$/.test(hw) || /\b(?:a|an|one|two|three)\b/.test(npText) ? 'anonymous' : 'vague';
    if (/^(?:officials|sources)$/.test(hw) && /\b(?:government|ministry|company|police|military|u\.s\.|us|western|european|chinese|russian|israeli|palestinian|security|intelligence|industry|senior)\b/.test(npText)) kind = 'anonymous';
  } else if (/^spokes(?:man|woman|person|people|men|women)$/.test(hw)) {
    // A spokesperson speaks on the record for an organisation.
    kind = 'organisation';
  } else if (/^the\b/.test(npText) && (ROLE_WORDS.has(hw) || TITLES.has(hw)) && !/^(?:officials|sources|source|official|people|person)$/.test(hw)) {
    // "the prime minister", "the first minister": a definite role names one person.
    kind = 'person';
  } else if ((ROLE_WORDS.has(hw) || TITLES.has(hw)) && !/^(?:a|an|one|two|three|several|some)\b/.test(npText) && !/^(?:officials?|sources?|people|person|aides?|insiders?|diplomats?|members?|executives?|staff(?:ers)?)$/.test(hw)) {
    // "the Labour peer and former minister said": a role that points at someone named.
    kind = 'person';
  } else if (/^(?:organisers|organizers|police|prosecutors|regulators|authorities|organisers’|hosts)$/.test(hw)) {
    // A body speaking as a whole.
    kind = 'organisation';
  } else if (ANONYMOUS_HEADS.has(hw)) {
    if (ownerEntity && ownerEntity.kind !== 'place' && /\b(?:for|at|of|from)\b/.test(npText)) kind = 'organisation';
    else if (/^(?:the)\b/.test(npText) && /spokes/.test(hw)) kind = 'organisation';
    else if (!/familiar|close to|knowledge|briefed/.test(npText) && identifiedByRole(npText, hw)) kind = 'person';
    else if (determinerStart || /familiar|close to|knowledge|briefed/.test(npText) || /^the\b/.test(npText) === false) kind = 'anonymous';
    else kind = /^the\b/.test(npText) && /^(?:officials|sources)$/.test(hw) ? 'anonymous' : 'anonymous';
  } else if (DOCUMENT_WORDS.has(hw)) {
    kind = 'document';
  } else if (ORG_WORDS.has(hw)) {
    kind = 'organisation';
  } else if (PUBLICATION_WORDS.has(hw)) {
    kind = /^(?:the)\b/.test(npText) ? 'publication' : 'publication';
  } else if (RELATION_NOUNS.test(hw) && head > 0 && toks.slice(Math.max(0, head - 3), head).some((x) => /^(?:his|her|their|’s|'s)$/i.test(x.text))) {
    kind = 'person';
  } else return null;
  return { start: toks[start].start, end: toks[k].end, kind, entity: ownerEntity?.id ?? null };
}

/**
 * A subject the patterns above missed: the words between a closing quote (or the clause start)
 * and the verb — "…,” Dr Mike Watts, head of exploration, said" / "…,” the 36-year-old said".
 */
function subjectInClause(
  ctx: AttributionContext, toks: Token[], verb: number,
  mentionByStart: Map<number, { start: number; end: number; id: string }>, entityById: Map<string, Entity>,
): Np | null {
  let k = verb - 1;
  let words = 0;
  while (k >= 0 && words <= 9) {
    const t = toks[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’s' && t.text !== "'s" && t.text !== ',' ) break;
    if (t.text === ',' && !(k > 0 && (toks[k - 1].kind === 'word' || toks[k - 1].kind === 'number'))) break;
    if (t.text === ',') {
      // A comma is fine inside an appositive; stop at a comma that follows a closing quote.
      if (k > 0 && /^[”"]$/.test(toks[k - 1].text)) break;
    }
    if (t.kind === 'word') words++;
    k--;
  }
  const start = k + 1;
  if (start >= verb || words === 0 || words > 9) return null;
  const before = toks[k];
  // Only after a quotation or a colon; at the start of a sentence only a short phrase.
  if (before && !/^[”"':;,]$/.test(before.text)) return null;
  if (!before && words > 4) return null;
  if (AMBIGUOUS_FORMS.has(lower(toks[verb].text)) && !before) return null;
  if (before?.text === ',' && !(k > 0 && /^[”"]$/.test(toks[k - 1].text))) return null;
  let entity: string | null = null;
  let kind: SourceKind = 'person';
  for (let q = start; q < verb; q++) {
    const m = mentionByStart.get(toks[q].start);
    if (m) {
      const e = entityById.get(m.id);
      if (e && e.kind !== 'place') {
        entity = m.id;
        kind = kindOfEntity(e);
        break;
      }
    }
  }
  let end = verb - 1;
  while (end > start && toks[end].kind === 'punct') end--;
  const words2 = toks.slice(start, end + 1).map((t) => lower(t.text));
  const head = words2[words2.length - 1] ?? '';
  if (!entity) {
    if (PRONOUNS.has(words2[0]) && words2.length > 1) return null;
    if (DOCUMENT_WORDS.has(head) || words2.some((w) => DOCUMENT_WORDS.has(w))) kind = 'document';
    else if (ORG_WORDS.has(head)) kind = 'organisation';
    else if (VAGUE_SOURCES.has(head)) kind = 'vague';
    else if (ANONYMOUS_HEADS.has(head) && /^(?:a|an|one|two|three|some|several)$/.test(words2[0])) kind = 'anonymous';
    else if (!/^(?:the|a|an|his|her|their|its|one|this|that)$/.test(words2[0]) && !/^\p{Lu}/u.test(toks[start].text)) return null;
  }
  return { start: toks[start].start, end: toks[end].end, kind, entity };
}

/** The subject of a sentence whose second verb is a speech verb ("X voted … but said …"). */
function coordinatedSubject(
  ctx: AttributionContext, toks: Token[], verb: number, found: Attribution[], s: Sentence,
  mentionByStart: Map<number, { start: number; end: number; id: string }>, entityById: Map<string, Entity>, recent: RecentEntities,
): Np | null {
  const earlier: Attribution[] = [];
  for (let i = found.length - 1; i >= 0 && found[i].sentence === s.index; i--) if (found[i].cue.start < toks[verb].start && found[i].source.kind !== 'vague') earlier.unshift(found[i]);
  if (earlier.length) {
    const a = earlier[earlier.length - 1];
    return { start: a.source.start, end: a.source.end, kind: a.source.kind, entity: a.source.entity };
  }
  for (let q = 0; q < verb && q < 12; q++) {
    const t = toks[q];
    const lw = lower(t.text);
    if (q === 0 && (lw === 'he' || lw === 'she' || lw === 'they')) {
      const id = recent.before(t.start, ['person', 'organisation']);
      return { start: t.start, end: t.end, kind: id ? kindOfEntity(entityById.get(id)) : 'person', entity: id };
    }
    const m = mentionByStart.get(t.start);
    if (m) {
      const e = entityById.get(m.id);
      if (e && e.kind !== 'place') return { start: m.start, end: m.end, kind: kindOfEntity(e), entity: m.id };
    }
  }
  return null;
}

/** The noun phrase starting at token `j` (walking right): "according to specialist publication Janes". */
function nounPhraseRight(
  ctx: AttributionContext, toks: Token[], j: number,
  mentionByStart: Map<number, { start: number; end: number; id: string }>,
  entityById: Map<string, Entity>, recent: RecentEntities, s: Sentence, anyNp = false,
): Np | null {
  if (j >= toks.length) return null;
  const { text } = ctx;
  const t = toks[j];
  const lw = lower(t.text);
  if (PRONOUNS.has(lw) && lw !== 'it' && lw !== 'i') {
    const id = recent.before(t.start, lw === 'they' ? ['organisation', 'person'] : ['person']);
    return { start: t.start, end: t.end, kind: id ? kindOfEntity(entityById.get(id)) : 'person', entity: id };
  }
  // Titles and determiners before a name: "said Russian President Vladimir Putin".
  let k = j;
  let end = -1;
  let entity: string | null = null;
  let headWord = '';
  for (let n = 0; n < 12 && k < toks.length; n++, k++) {
    const tk = toks[k];
    const m = mentionByStart.get(tk.start);
    if (m) {
      const e = entityById.get(m.id);
      entity = m.id;
      end = m.end;
      while (k + 1 < toks.length && toks[k + 1].end <= m.end) k++;
      // "Janes" in "according to specialist publication Janes" ends the phrase; "Reuters calculations" go on.
      if (e && e.kind !== 'place') break;
      continue;
    }
    // "said Dr. Annika Vogel": the full stop of an abbreviated title stays inside the phrase.
    if (tk.text === '.' && k > j && /^(?:dr|mr|mrs|ms|prof|gen|sen|rep|gov|st|lt|col|capt|maj|sgt|rev|hon)$/i.test(toks[k - 1].text)) continue;
    if (tk.kind === 'punct' && tk.text !== '’s' && tk.text !== "'s" && tk.text !== '-') break;
    const w = lower(tk.text);
    // "according to figures compiled by Lattice Data": the agent after "by"/"from" is the source.
    if ((w === 'by' || w === 'from') && n > 0 && DOCUMENT_WORDS.has(headWord) || (PASSIVE_CUES.has(w) && lower(toks[k + 1]?.text ?? '') === 'by' && n > 0)) {
      const agentAt = w === 'by' || w === 'from' ? k + 1 : k + 2;
      const m2 = toks[agentAt] ? mentionByStart.get(toks[agentAt].start) : undefined;
      if (m2) {
        const e2 = entityById.get(m2.id);
        if (e2 && e2.kind !== 'place') return { start: m2.start, end: m2.end, kind: kindOfEntity(e2), entity: m2.id, covers: { start: toks[agentAt - 1].start, end: toks[agentAt - 1].end } } as Np;
      }
    }
    if (/^(?:who|which|that|and|but|said|says|on|in|at|last|this|as|when|while|because|after|before|to)$/.test(w) && n > 0) {
      if ((w === 'on' || w === 'in' || w === 'at') && /^(?:familiar|close)$/.test(headWord)) {
        // "familiar with the matter" continues the phrase
      } else break;
    }
    if (FAMILIAR.test(w)) {
      // Take "familiar with the matter/situation/plans/talks" as part of the phrase.
      let q = k + 1;
      while (q < toks.length && q < k + 6 && toks[q].kind === 'word' && !/^(?:who|said|says|and|but)$/.test(lower(toks[q].text))) q++;
      end = toks[q - 1].end;
      headWord = w;
      k = q - 1;
      break;
    }
    end = tk.end;
    headWord = w;
  }
  if (end < 0) return null;
  // "said his transport adviser, Sarah Kettle": the name in apposition is the source.
  if (!entity) {
    let q = k;
    while (q < toks.length && toks[q].end <= end) q++;
    if (toks[q]?.text === ',' && toks[q + 1]) {
      const m = mentionByStart.get(toks[q + 1].start);
      const e = m ? entityById.get(m.id) : undefined;
      if (m && e?.kind === 'person') return { start: m.start, end: m.end, kind: 'person', entity: m.id };
    }
  }
  const npText = lower(text.slice(t.start, end));
  const words = npText.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  let kind: SourceKind;
  const e = entity ? entityById.get(entity) : undefined;
  if (e && e.kind !== 'place') kind = kindOfEntity(e);
  else if (/familiar|close to|knowledge of|briefed on/.test(npText) || (ANONYMOUS_HEADS.has(last) && /^(?:a|an|one|two|three|four|several|some)\b/.test(npText))) kind = 'anonymous';
  else if (VAGUE_SOURCES.has(last) && /^\s+(?:at|from|with|of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 8))) kind = 'organisation'; // "say researchers at BDO"
  else if (VAGUE_SOURCES.has(last) && /^(?:the|these|those)\s/.test(npText) && !/^(?:officials|sources)$/.test(last) && !/\bof\b/.test(npText)) kind = 'person'; // "said the researchers": people already introduced
  else if (VAGUE_SOURCES.has(last) || /^(?:some|many|most)\b/.test(npText) && VAGUE_SOURCES.has(words[1] ?? '')) kind = /^(?:officials|sources)$/.test(last) ? 'anonymous' : 'vague';
  else if (/^(?:(?:media|press|news|local|unconfirmed|several|some|other)\s+)?reports\b/.test(npText)) kind = 'vague';
  else if (ANONYMOUS_HEADS.has(last)) kind = identifiedByRole(npText, last) ? 'person' : 'anonymous';
  else if (DOCUMENT_WORDS.has(last) || words.some((w) => DOCUMENT_WORDS.has(w))) kind = 'document';
  else if (ORG_WORDS.has(last)) kind = 'organisation';
  else if (PUBLICATION_WORDS.has(last)) kind = 'publication';
  else if (e) kind = 'organisation';
  else if (/^\p{Lu}/u.test(text[t.start])) kind = 'organisation';
  else if (/["”](?:\s*,)?\s*[^\s"”,]+\s*$/.test(text.slice(Math.max(s.start, t.start - 30), t.start)) && /^(?:the|a|an|his|her|their|its|one)$/.test(lw)) kind = 'person';
  else if (anyNp) kind = /\p{Lu}/u.test(text.slice(t.start, end)) ? 'organisation' : 'document';
  // "…, said a company spokesman": a spokesperson after an inverted verb, as after a quotation.
  else if (/^(?:spokes(?:man|woman|person)|representative)$/.test(last) && /^(?:the|a|an|one|his|her|their|its)$/.test(lw)) kind = /\b(?:company|firm|bank|group|club|police|government|ministry|department|council|party|team|airline|union|school|hospital|studio|network|league|court)\b/.test(npText) ? 'organisation' : 'person';
  else return null;
  return { start: t.start, end, kind, entity: e && e.kind !== 'place' ? entity : entity };
}

/** Content of "X said (that) ..." / "..., X said": the clause the verb governs. */
function contentFor(s: Sentence, toks: Token[], verbIdx: number, np: Np, text: string): Span {
  // Source at (or near) the start of the sentence: the content follows the verb.
  const firstWord = toks.find((t) => t.kind === 'word');
  const sourceFirst = !!firstWord && np.start <= firstWord.start + 2;
  const startsAfterComma = toks.some((t) => t.end <= np.start && (t.text === ',' || t.text === '”' || t.text === '"'));
  if (sourceFirst || !startsAfterComma) {
    let k = verbIdx + 1;
    if (toks[k] && /^(?:that|:)$/.test(lower(toks[k].text))) k++;
    const start = toks[k]?.start ?? toks[verbIdx].end;
    return { start: Math.min(start, s.end), end: trimEnd(text, s) };
  }
  return contentBefore(s, toks, np.start, np.start, text);
}

function contentBefore(s: Sentence, toks: Token[], npStart: number, cueStart: number, text: string): Span {
  let end = Math.min(npStart, cueStart);
  while (end > s.start && /[\s,—–"”]/.test(text[end - 1])) end--;
  let start = s.start;
  while (start < end && /[“"]/.test(text[start])) start++;
  void toks;
  return { start, end };
}

function contentAround(s: Sentence, cueStart: number, npEnd: number, toks: Token[], text: string): Span {
  // "According to X, CONTENT." or "CONTENT, according to X."
  const before = text.slice(s.start, cueStart).trim();
  if (before.length < 3) {
    let start = npEnd;
    while (start < s.end && /[\s,]/.test(text[start])) start++;
    return { start, end: trimEnd(text, s) };
  }
  return contentBefore(s, toks, cueStart, cueStart, text);
}

function trimEnd(text: string, s: Sentence): number {
  let end = s.end;
  while (end > s.start && /[\s.!?”"]/.test(text[end - 1])) end--;
  return end;
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
    if (a.source.kind === 'wire') return;
    const list = bySentenceAtt.get(a.sentence) ?? [];
    list.push(i);
    bySentenceAtt.set(a.sentence, list);
  });
  const agents = ctx.entities.filter((e) => e.kind !== 'place').flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id }))).sort((a, b) => a.start - b.start);
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
      if (prev.block === sentences[s1].block || /:\s*$/.test(text.slice(prev.start, prev.end))) {
        if (/:\s*$/.test(text.slice(prev.start, q.start))) {
          const list = bySentenceAtt.get(prev.index) ?? [];
          if (list.length) best = list[list.length - 1];
        }
      }
    }
    // "Blackburn boss Mark Hughes: “…”": a name and a colon introduce the quote.
    if (best < 0) {
      const lead = text.slice(Math.max(sentences[s1].start, q.start - 6), q.start);
      if (/:\s*$/.test(lead)) {
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
    if (best < 0 && prevQuote && prevQuote.speech && prevQuote.speakerSpan && sentences[prevQuote.sentence].block === sentences[s1].block && /^\s*$/.test(text.slice(prevQuote.end, q.start))) {
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
          if (rest.split(/\s+/).length <= 10 || /^\s*(?:,|in|on|at|during|when|after|to)\b/.test(rest)) best = ai;
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
    if (best < 0 && !inherited && /^\s*$/.test(text.slice(sentences[s1].start, q.start))) {
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
      && /^\s*$/.test(text.slice(sentences[s1].start, q.start))) {
      const prev = sentences[s1 - 1];
      const lead = /^\s*(?:(?:But|And|So|Yet|However|Now|Still),?\s+)?/.exec(text.slice(prev.start, prev.end))![0].length;
      const first = agents[lowerBound(agents, prev.start + lead)];
      const pro = /^(?:he|she|his|her)\b/i.exec(text.slice(prev.start + lead, prev.end));
      // The person opens the sentence, after at most a title ("Goalkeeper Dan Reyes, …").
      const opensWith = first && first.start < prev.end && /^(?:[\p{L}'’-]+\s+){0,4}$/u.test(text.slice(prev.start + lead, first.start));
      if (first && opensWith && ctx.entities.find((e) => e.id === first.id)?.kind === 'person') {
        q.speaker = first.id;
        q.speakerSpan = { start: first.start, end: first.end };
      } else if (pro) {
        const from = prev.start + lead;
        q.speakerSpan = { start: from, end: from + pro[0].length };
        q.speaker = recentPerson(agents, ctx.entities, from);
      } else {
        // Or names one person, and only one: "… research done by its director Dr Alastair Sibbald. “We are …”".
        const kinds = new Map(ctx.entities.map((e) => [e.id, e.kind]));
        const people = agents.slice(lowerBound(agents, prev.start), lowerBound(agents, prev.end)).filter((m) => kinds.get(m.id) === 'person');
        if (people.length && people.every((m) => m.id === people[0].id)) {
          const m = people[people.length - 1];
          q.speaker = m.id;
          q.speakerSpan = { start: m.start, end: m.end };
        }
      }
    }
    // A colon after a clause that names who speaks: "Mr Dean is confident though: “…”", "As Gavin
    // Cox put it: “…”", "BBC Two controller Roly Keating: “…”".
    if (best < 0 && !q.speakerSpan && /:\s*$/.test(text.slice(Math.max(0, q.start - 4), q.start))) {
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
      if (/[\p{L},]\s*$/u.test(lead) && !/:\s*$/.test(lead)) {
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
    if (sentences[q.sentence].block !== sentences[nx.sentence].block || !/^\s*$/.test(text.slice(q.end, nx.start))) continue;
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
    while (i < str.length && /\s/.test(str[i])) i++;
    const start = i;
    while (i < str.length && !/\s/.test(str[i])) i++;
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
  while (k < ws.length && !/\p{L}/u.test(ws[k].w)) k++;
  if (k < ws.length && /^(?:As|But|And|So|Yet|Now|Here|Then)$/.test(ws[k].w)) k++;
  const first = ws[k];
  if (!first) return null;
  if (/^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?$/.test(first.w) && ws[k + 1] && NAME_WORD.test(ws[k + 1].w)) return { start: first.start, end: ws[k + 1].end };
  let j = k;
  while (j < ws.length && NAME_WORD.test(ws[j].w)) j++;
  return j - k >= 2 ? { start: first.start, end: ws[j - 1].end } : null;
}

/** The person last mentioned before `pos`. */
function recentPerson(agents: { start: number; end: number; id: string }[], entities: Entity[], pos: number): string | null {
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  for (let i = lowerBound(agents, pos) - 1; i >= 0 && i >= lowerBound(agents, pos) - 50; i--) if (kinds.get(agents[i].id) === 'person') return agents[i].id;
  return null;
}
