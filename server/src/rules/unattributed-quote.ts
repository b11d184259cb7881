import type { Analysis, Finding, Quote, Span } from '../analysis/types';
import { DOCUMENT_WORDS, ORG_DESCRIPTORS, ORG_WORDS, SPEECH_VERBS } from '../analysis/lexicon';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { lastStartingBy } from '../analysis/spans';
import { speakerShapeBefore } from '../analysis/quote-speakers';
import { ignoreFix, quoteText, verifyFix } from './util';
import { OPENING_MARKS, SPACES, endsWithOneOf, isBlank, isDigits, isLetter, isSpace, lettersOnly, onlySpaceAnd, skipSpaceAnd, startsLower, startsUpper } from '../analysis/tokens';

/** What ends a sentence or a clause inside a quotation. */
const SENTENCE_PUNCTUATION = '.!?,;:…';
/** "he" or "she", in any case. */
function isHeOrShe(w: string): boolean {
  const x = w.toLowerCase();
  return x === 'he' || x === 'she';
}
/** Lower-case ASCII letters and hyphens only, at least one. */
const isLowerHyphenated = (w: string): boolean => w.length > 0 && [...w].every((c) => c === '-' || (c >= 'a' && c <= 'z'));
/** Opening marks only, with or without a final "The ": what comes before an organisation that opens a sentence. */
function onlyOpeningThe(s: string): boolean {
  const rest = s.slice(skipSpaceAnd(s, OPENING_MARKS));
  return rest === '' || (rest.length === 4 && rest.startsWith('The') && isSpace(rest[3]));
}

/**
 * A title or a name in quotation marks, not speech: “Northern Towns Renewal Plan 2030”,
 * “Welcome to Harbour Street”. Every longer word is capitalised and nothing ends a sentence.
 */
function isTitle(a: Analysis, q: Quote): boolean {
  if (q.continued || q.unclosed) return false;
  const inner = a.text.slice(q.inner.start, q.inner.end).trim();
  if (!inner || endsWithOneOf(inner, SENTENCE_PUNCTUATION)) return false;
  const words = inner.split(SPACES);
  if (words.length < 2 || words.length > 12 || words[0] === 'I') return false;
  let caps = 0;
  for (const w of words) {
    const letters = lettersOnly(w);
    if (startsUpper(w) || isDigits(w.slice(0, 1))) caps++;
    else if (letters.length >= 4) return false;
  }
  return caps >= 2;
}

/** Opening a sentence, a phrase that points back at the quotation before it: “That was…”, “The words came from…”. */
const POINTS_BACK = /^[\s“"‘]*(?:That|This|These|Those|Such|So|Thus|The (?:words|question|questions|message|verdict|view|warning|plea|remark|remarks|comment|comments|claim|boast|promise|pledge|answer|reply|response|advice))\b/;

/**
 * Which speech quotes have a speaker a careful reader would see, beyond the attributions the
 * analysis linked: the speaker right after the quote in words the parser did not take as an
 * attribution (“…,” Harbour Capital's Whitlock.), the run of quote paragraphs that follows a
 * speaker's quote, a first-person quote after a paragraph about one person, a later quote in the
 * same paragraph with only narration between, an opening quote whose speaker the next paragraph
 * names, a quote the next sentence points back at.
 */
function speakersSeen(a: Analysis): boolean[] {
  const { text, quotes, sentences, blocks } = a;
  // (No speech quote left without a speaker: nothing to look for, and no index to build over a
  // long article's mentions and sentences.)
  if (!quotes.some((q) => q.speech && q.attribution < 0 && !q.speakerSpan)) return quotes.map((q) => q.attribution >= 0 || !!q.speakerSpan);
  const mentions = a.entities.filter((e) => e.kind !== 'place').flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, kind: e.kind })))
    .sort((x, y) => x.start - y.start);
  const atts = a.attributions.filter((t) => t.source.kind !== 'wire').sort((x, y) => x.cue.start - y.cue.start);
  // The first index in a list sorted by `at` whose key is at or after `pos` (binary search).
  const firstFrom = <T>(list: T[], at: (x: T) => number, pos: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(list[mid]) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const mentionsIn = (from: number, to: number) => {
    const out: typeof mentions = [];
    for (let k = firstFrom(mentions, (m) => m.start, from); k < mentions.length && mentions[k].start < to; k++) out.push(mentions[k]);
    return out;
  };
  const attsIn = (from: number, to: number) => {
    const out: typeof atts = [];
    for (let k = firstFrom(atts, (t) => t.cue.start, from); k < atts.length && atts[k].cue.start < to; k++) out.push(atts[k]);
    return out;
  };
  // The first and last sentence of each block.
  const firstOfBlock = new Map<number, number>();
  const lastOfBlock = new Map<number, number>();
  for (const x of sentences) {
    if (!firstOfBlock.has(x.block)) firstOfBlock.set(x.block, x.index);
    lastOfBlock.set(x.block, x.index);
  }
  const overlaps = (x: Span | null, y: Span) => !!x && x.start < y.end && y.start < x.end;
  const clear = quotes.map((q) => q.attribution >= 0 || !!q.speakerSpan);
  // The closing part of a quote continued over paragraphs speaks for the opening parts.
  const closeRuns = () => {
    for (let k = quotes.length - 2; k >= 0; k--) if (!clear[k] && quotes[k].continued && clear[k + 1]) clear[k] = true;
  };
  closeRuns();
  // Nothing between `from` and `to` brings in another speaker: no other person named, no attribution
  // to a different source (a pronoun goes on with the same speaker).
  const quiet = (from: number, to: number, spk: Quote | null) => {
    if (to <= from) return true;
    for (const m of mentionsIn(from, to)) {
      if (m.kind !== 'person') continue;
      if (spk && (m.id === spk.speaker || overlaps(spk.speakerSpan, m))) continue;
      return false;
    }
    for (const t of attsIn(from, to)) {
      if (spk && (overlaps(spk.speakerSpan, t.source) || (spk.speaker && t.source.entity === spk.speaker))) continue;
      if (isHeOrShe(t.source.text)) continue;
      return false;
    }
    return true;
  };
  const bodyBefore = (bi: number) => {
    for (let k = bi - 1; k >= 0; k--) {
      if (blocks[k].kind === 'paragraph') return k;
      if (blocks[k].kind !== 'boilerplate') return -1;
    }
    return -1;
  };
  const bodyAfter = (bi: number) => {
    for (let k = bi + 1; k < blocks.length; k++) {
      if (blocks[k].kind === 'paragraph') return k;
      if (blocks[k].kind !== 'boilerplate') return -1;
    }
    return -1;
  };
  const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
  const firstSentenceOf = (bi: number) => (firstOfBlock.has(bi) ? sentences[firstOfBlock.get(bi)!] : undefined);
  const namesPerson = (from: number, to: number) => mentionsIn(from, to).some((m) => m.kind === 'person');

  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.speech || clear[i]) continue;
    const s = sentences[q.sentence];
    const bi = s.block;
    const b = blocks[bi];
    if (!b || b.kind !== 'paragraph') continue;
    const innerText = text.slice(q.inner.start, q.inner.end).trimEnd();

    // 1. Named right after the quote, in words the parser did not read as an attribution:
    //    “…,” Harbour Capital's Whitlock.  “…,” a company statement read.  “…?” Whitlock asked.
    if (!q.unclosed && !q.continued && endsWithOneOf(innerText, ',?!')) {
      const s2 = sentences[lastStartingBy(a.sentences, Math.max(q.start, q.end - 1))];
      let end = s2.end;
      const nx = sentences[s2.index + 1];
      if (endsWithOneOf(innerText, '?!') && nx && nx.block === s2.block && isBlank(text.slice(q.end, nx.start))) end = nx.end;
      const tail = text.slice(q.end, Math.min(end, q.end + 80));
      const clause = /^\s*([^.,;:!?"“”‘’]*)/.exec(tail)![1];
      const words = clause.split(SPACES).filter(Boolean);
      if (words.length && words.length <= 8 && !/^(?:and|but|or|which|who|that|because|while|when|if|as)$/i.test(words[0])) {
        const verb = words.slice(0, 5).some((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
        const named = mentionsIn(q.end, q.end + clause.length + 1).length > 0;
        const np = innerText.endsWith(',') && /^(?:the|a|an|his|her|its|their|he|she|they)$/i.test(words[0]);
        if (verb || named || np) {
          clear[i] = true;
          continue;
        }
      }
    }

    // A partial quotation in a sentence about someone "quoted as" saying it.
    if (/\bquoted\s+(?:[\p{L}]+\s+){0,3}?as\b/iu.test(text.slice(s.start, q.start))) {
      clear[i] = true;
      continue;
    }
    const lead = text.slice(b.start, q.start);
    // The quote opens its paragraph (after a lost speaker label's colon), or what comes before it is
    // the speaker's own first-person words without marks ("I lost by eleven votes. “For three years …”").
    let p = i - 1;
    while (p >= 0 && !quotes[p].speech) p--;
    const prev = p >= 0 ? quotes[p] : null;
    const prevBlock = prev ? sentences[prev.sentence].block : -1;
    const ownWords = prevBlock !== bi && quiet(b.start, q.start, null) && attsIn(b.start, q.start).length === 0;
    const opens = onlySpaceAnd(lead, ':') || (ownWords && (lead.trimStart().startsWith(':') || /\bI\b/.test(lead)));
    const pb = bodyBefore(bi);

    // 2. A later quote in the same paragraph as a quote with a speaker, with only narration between.
    if (prev && clear[p] && prevBlock === bi) {
      const after = sentences[lastStartingBy(a.sentences, Math.max(prev.start, prev.end - 1))];
      if (quiet(Math.max(prev.end, after.end), q.start, prev) || isBlank(text.slice(prev.end, q.start))) {
        clear[i] = true;
        continue;
      }
    }
    // 3. A quote paragraph right after a paragraph whose last quote has a speaker (or that runs on
    //    into this one): the same speaker goes on, unless someone else is brought in after that quote.
    if (prev && clear[p] && pb >= 0 && prevBlock === pb && opens) {
      const after = sentences[lastStartingBy(a.sentences, Math.max(prev.start, prev.end - 1))];
      if (prev.continued || quiet(Math.max(prev.end, after.end), blocks[pb].end, prev)) {
        clear[i] = true;
        continue;
      }
    }
    // 4. A quote in the first person singular opening a paragraph, after a paragraph that ends on a
    //    sentence about one person and reports nobody's words: "Here, Tomas Lindqvist becomes
    //    animated." ¶ “I met the group's leader at a wedding …”
    if (opens && pb >= 0 && prevBlock !== pb && /\b(?:I|me|my|myself)\b/.test(innerText)) {
      const last = lastOfBlock.has(pb) ? sentences[lastOfBlock.get(pb)!] : undefined;
      const reports = attsIn(blocks[pb].start, blocks[pb].end).length > 0;
      if (last && !reports) {
        const m = mentionsIn(last.start, last.end)[0];
        const before = m ? text.slice(last.start, m.start) : '';
        const aboutPerson = m && m.kind === 'person' && /^[\s“"]*(?:(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}$/u.test(before);
        if (aboutPerson) {
          clear[i] = true;
          continue;
        }
      }
    }
    // 4b. A quote opening its paragraph right after a paragraph that ends on a verb of saying and a
    //    comma or colon: "Ann Lowe told the inquiry, ¶ “We were never warned …”" (a speaker and her
    //    words split by a paragraph break).
    if (opens && pb >= 0 && prevBlock !== bi) {
      const tail = text.slice(Math.max(blocks[pb].start, blocks[pb].end - 40), blocks[pb].end).trimEnd();
      const verb = endsWithOneOf(tail, ',:') ? tail.slice(0, -1).trimEnd().split(/[^\p{L}]/u).pop() ?? '' : '';
      if (verb && SPEECH_VERBS.has(verb.toLowerCase())) {
        clear[i] = true;
        continue;
      }
    }
    // 5. The article opens with a quotation and the next paragraph names who said it:
    //    “Can you run for ninety minutes …?” ¶ Ana Ferreira puts that to every academy player …
    if (bi === firstParagraph && opens) {
      const outside = text.slice(b.start, b.end).replace(/[“"«][^”"»]*[”"»]?/g, '');
      const nb = bodyAfter(bi);
      const ns = nb >= 0 ? firstSentenceOf(nb) : undefined;
      if (onlySpaceAnd(outside, '.,:;') && ns && namesPerson(ns.start, ns.end)) {
        clear[i] = true;
        continue;
      }
    }
    // 6. The next sentence points back at the quotation and names a person: “…” The words came
    //    from Mayor Ruth Okafor.
    {
      const s2 = sentences[lastStartingBy(a.sentences, Math.max(q.start, q.end - 1))];
      let ns: typeof s2 | undefined = sentences[s2.index + 1];
      if (ns && ns.block !== bi) ns = isBlank(text.slice(q.end, b.end)) && bodyAfter(bi) === ns.block ? ns : undefined;
      if (ns && POINTS_BACK.test(text.slice(ns.start, ns.end)) && namesPerson(ns.start, ns.end)) {
        clear[i] = true;
        continue;
      }
    }
    // 7. A partial quotation (it opens in lower case, inside a sentence) whose holder the sentence
    //    names before it, with nobody else between: “Standard Chartered sees “the opportunity to …”",
    //    "The government's main problems are “slumping consumption …”"; or, in a sentence naming
    //    nobody, whose holder opens the sentence before in the paragraph: "The report calculated … /
    //    … vegetable oil for “targeted supplementary food distributions …” will be needed."
    if (startsLower(innerText) && /[\p{L},]\s*$/u.test(text.slice(s.start, q.start))) {
      const before = text.slice(s.start, q.start);
      const holders = mentionsIn(s.start, q.start);
      const people = holders.filter((m) => m.kind === 'person');
      const named = holders.length > 0 && (people.length === 0 || new Set(people.map((m) => m.id)).size === 1) && attsIn(s.start, q.start).length === 0;
      const institution = HOLDER_SUBJECT.test(before) || (NAME_VERB_BEFORE.test(before) && !/^[\s"“‘(]*(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|But|And|Yet|So|Then|Now|Here|There)\s/.test(before));
      const ps = s.index > 0 && sentences[s.index - 1].block === bi ? sentences[s.index - 1] : undefined;
      const orgOpens = (x: Span) => {
        const first = mentionsIn(x.start, x.end)[0];
        return !!first && first.kind === 'organisation' && onlyOpeningThe(text.slice(x.start, first.start));
      };
      const previous = !holders.length && !!ps && (HOLDER_SUBJECT.test(text.slice(ps.start, ps.end)) || orgOpens(ps));
      if (named || institution || previous) {
        clear[i] = true;
        continue;
      }
    }
  }
  closeRuns();
  return clear;
}

/** A name opening the sentence and its verb, right before the quotation: "Standard Chartered sees “". */
const NAME_VERB_BEFORE = /^[\s"“‘(]*\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3}\s(?:\p{Ll}+s|\p{Ll}+ed)\s(?:it\s(?:as\s)?|them\s(?:as\s)?)?$/u;
/** A sentence opening with a body or a document as its subject: "The government's …", "The report
 *  calculated …" (the words for bodies and documents are the lexicon's, with "plan" and "manifesto"). */
const HOLDER_SUBJECT = new RegExp(String.raw`^[\s"“‘(]*(?:The|Its|Their)\s(?:[\p{Ll}-]+\s)?(?:${[...ORG_WORDS, ...ORG_DESCRIPTORS, ...DOCUMENT_WORDS, 'plan', 'manifesto'].filter(isLowerHyphenated).join('|')})(?:['’]s)?\s`, 'u');

function isLabel(a: Analysis, q: Quote): boolean {
  if (!q.speech || q.continued || q.unclosed) return false;
  const inner = a.text.slice(q.inner.start, q.inner.end).trim();
  const words = inner.split(SPACES).filter(Boolean).length;
  if (words > 4 || endsWithOneOf(inner, SENTENCE_PUNCTUATION) || startsUpper(inner) && startsUpper(inner.split(SPACES).pop() ?? '') && words > 1) return false;
  const s = a.sentences[q.sentence];
  const before = a.text.slice(s.start, q.start);
  // Mid-sentence, after a word (not after a colon or a verb of saying that would make it speech).
  const last = before.trimEnd().slice(-1);
  if (!last || !(isLetter(last) || "'’-".includes(last)) || before.trimEnd().endsWith(':')) return false;
  if (/\b(?:said|says|say|told|tells|called|calls|described|describes|added|warned|insisted)\s*$/i.test(before)) return false;
  return true;
}

export const unattributedQuote: Rule = {
  ...ruleMeta('unattributed-quote'),
  check(a) {
    const out: Finding[] = [];
    if (!a.quotes.length) return out;
    const speakerIds = new Set(a.quotes.map((q) => q.speaker));
    const speakers = a.entities.filter((e) => e.kind === 'person' && speakerIds.has(e.id));
    // Quotes whose speaker is clear: linked by an attribution, named in the closing part of a quote
    // continued across paragraphs (“…,” Okafor said.), or clear from the paragraphs around it.
    const seen = speakersSeen(a);
    const people = speakers.length ? speakers : a.entities.filter((e) => e.kind === 'person');
    for (let qi = 0; qi < a.quotes.length; qi++) {
      const q = a.quotes[qi];
      if (!q.speech || seen[qi] || q.unclosed) continue;
      // A short phrase inside a sentence, with no sentence of its own ("held as part of the US-led
      // “war on terror”"), is a label or a scare quote, not a quotation that needs a speaker; so is
      // a title in capitals (“Northern Towns Renewal Plan 2030”).
      // A speaker given before the quotation in words the attribution pass does not link (the
      // shapes of data/quote-speakers.json: "if somebody walks in and says, …", "his catchphrase — …").
      if (isLabel(a, q) || isTitle(a, q) || speakerShapeBefore(a, q)) continue;
      const fixes = [];
      const closeAt = q.end;
      const closing = a.text.slice(q.start, q.end);
      const endsWithComma = closing.length >= 2 && endsWithOneOf(closing, '”"') && ',.'.includes(closing[closing.length - 2]);
      for (const p of people.slice(0, 3)) {
        const surname = p.name.split(' ').pop()!;
        const tail = a.text.slice(q.end, q.end + 2);
        const sentenceEnds = tail === '' || isSpace(tail[0]);
        if (endsWithComma && sentenceEnds) {
          // “...,” → “...,” Smith said.
          const inner = a.text.slice(q.start, q.end);
          const punct = inner.at(-2);
          const edits = punct === '.'
            ? [{ start: q.end - 2, end: q.end - 1, newText: ',' }, { start: closeAt, end: closeAt, newText: ` ${surname} said.` }]
            : [{ start: closeAt, end: closeAt, newText: ` ${surname} said.` }];
          fixes.push({ title: `Attribute to ${p.name} (“…,” ${surname} said.)`, edits });
        }
      }
      fixes.push({ title: 'Insert a speaker placeholder', edits: [{ start: q.end, end: q.end, newText: ' ${1:Name} said.' }], snippet: true });
      fixes.push(verifyFix(a, q));
      fixes.push(ignoreFix(this.id, q));
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: q.start,
        end: q.end,
        message: `Quotation “${quoteText(a, q.inner, 50)}” has no speaker: say who said it.`,
        related: [],
        fixes,
      });
    }
    return out;
  },
};
