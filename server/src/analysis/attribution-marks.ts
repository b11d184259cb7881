// Attributions marked by a fixed frame rather than a verb of saying: a speaker's name and a colon
// before what they say ("Senator Ann Cole: the bill is dead"), a quotation dash before the name
// that closes a quotation ("… the bill is dead. ― Ann Cole"), and the aside "as X put it".
import type { Entity, Sentence, Span, Token } from './types';
import type { ClauseContext, ClauseSource, Found } from './attribution-clause';
import { kindOfEntity } from './source-kind';
import { W, cueVerb } from './attribution-cues';
import { lowerOf, phraseStartingAt } from './noun-phrase';
import { sourceKind } from './source-kind';

/** The quotation dash (U+2015) that sets a quotation's author apart. */
const QUOTATION_DASH = '―';
/** Words of a title that may stand before the name: at most this many. */
const MAX_TITLE_WORDS = 4;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && ' \t"“”‘’\'—–-'.includes(text[start])) start++;
  while (end > start && ' \t\n"“”‘’\'—–-.'.includes(text[end - 1])) end--;
  return { start, end };
}

/** The person or body named at token `k` (start or end), not a place. */
function namedAt(c: ClauseContext, pos: number, byEnd: boolean) {
  const m = byEnd ? c.mentionByEnd.get(pos) : c.mentionByStart.get(pos);
  const e = m ? c.entityById.get(m.id) : undefined;
  return m && e && e.kind !== 'place' ? { start: m.start, end: m.end, kind: kindOfEntity(e), entity: m.id } : null;
}

export function punctuationAttributions(c: ClauseContext, s: Sentence, headline = false): Found[] {
  const { toks, text } = c;
  const out: Found[] = [];
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j];
    // (A transcript set in one long quotation still opens each line with its speaker's label.)
    const quoted = c.inQuote(t.start);
    if (quoted && !(t.text === ':' && j <= 2)) continue;
    const put = t.text.toLowerCase() === 'as' ? asPutIt(c, s, j) : null;
    if (put) {
      out.push(put);
      continue;
    }
    if (j === 0) continue;
    if (t.text === ':') {
      // The name ends right before the colon, and only a title stands before it.
      // ("WALLACE: Let's start with …": a transcript's speaker label, a person's name the story
      // gives in full elsewhere, in capitals and opening the line.)
      // (The label opens the line, after at most a quotation mark; checked without copying the tokens.)
      const lead = j === 1 || (j === 2 && toks[0].kind !== 'word' && '"“'.includes(toks[0].text));
      const src = (quoted ? null : namedAt(c, toks[j - 1].end, true)) ?? (lead ? speakerLabel(c, toks[j - 1]) : null) ?? (headline && !quoted ? headlineSpeaker(c, s, j) : null);
      if (!src) continue;
      const first = toks.findIndex((x) => x.end > src.start);
      if (first < 0 || first > MAX_TITLE_WORDS) continue;
      if (toks.slice(0, j).some((x) => x.kind === 'word' && cueVerb(x.text.toLowerCase()))) continue;
      const content = trimSpan(text, t.end, s.end);
      if (content.end - content.start < 3) continue;
      out.push({ cue: { start: t.start, end: t.end }, source: src, content, cls: 'speech', lemma: ':', inverted: false });
    } else if (t.text === QUOTATION_DASH && j + 1 < toks.length) {
      const src = namedAt(c, toks[j + 1].start, false);
      if (!src) continue;
      const content = trimSpan(text, s.start, t.start);
      if (content.end - content.start < 3) continue;
      out.push({ cue: { start: t.start, end: t.end }, source: src, content, cls: 'speech', lemma: QUOTATION_DASH, inverted: false });
    }
  }
  return out;
}

/** Words of a headline's speaker before its colon: at most this many. */
const MAX_HEADLINE_SPEAKER_WORDS = 5;
const HAVE_OR_BE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'must', 'should', 'not', "isn't", "won't", "can't", 'isn’t', 'won’t', 'can’t']);

/**
 * "Campbell: E-mail row 'silly fuss'", "Poll: Trump ties Clinton in three-way race": a headline
 * that opens with a speaker — a few capitalised words (or a noun for a document or a publication
 * the lexicon types) — and a colon, before a statement: a quotation, or a verb ("is", "will", a
 * verb of saying, a lower-case -s or -ed form not after a determiner). A label for the kind of
 * piece ("Profile: …", "DVD review: …") and a subject described ("Johnny Depp: The acting
 * outlaw") are no speaker.
 */
function headlineSpeaker(c: ClauseContext, s: Sentence, j: number): ClauseSource | null {
  const { toks, text } = c;
  if (j > MAX_HEADLINE_SPEAKER_WORDS + 1) return null;
  const before = toks.slice(0, j);
  const words = before.filter((x) => x.kind === 'word');
  if (!words.length || words.length > MAX_HEADLINE_SPEAKER_WORDS || words[0].start !== toks[0].start) return null;
  // (Only words, genitives and the full stops of abbreviations before the colon.)
  if (before.some((x) => x.kind !== 'word' && !/^(?:'s|’s|\.|&)$/.test(x.text))) return null;
  if (W.headlineLabel.has(text.slice(words[0].start, words[words.length - 1].end).toLowerCase().replace(/\s+/g, ' ')) || W.headlineLabel.has(words[words.length - 1].text.toLowerCase())) return null;
  // What follows is a statement.
  let statement = false;
  // (A lower-case -s or -ed form is the verb only before any preposition: "King of the harbour
  // ballads" is a description.)
  let prepositionSeen = false;
  for (let k = j + 1; k < toks.length && !statement; k++) {
    const x = toks[k];
    if (x.kind !== 'word') {
      statement = '"“‘\''.includes(x.text);
      continue;
    }
    const w = lowerOf(x);
    const prev = lowerOf(toks[k - 1]);
    if (W.preposition.has(w) || w === 'of') prepositionSeen = true;
    statement = HAVE_OR_BE.has(w) || (x.text === w && !!cueVerb(w) && k > j + 1)
      || (x.text === w && k > j + 1 && !prepositionSeen && !W.det.has(prev) && !W.preposition.has(prev) && !W.possessive.has(prev) && w.length > 3 && (w.endsWith('ed') || (w.endsWith('s') && !w.endsWith('ss'))));
  }
  if (!statement) return null;
  const ph = phraseStartingAt(c, 0);
  const typed = ph && ph.last === j - 1 ? sourceKind(c, ph, c.recent) : null;
  const span = { start: words[0].start, end: words[words.length - 1].end };
  if (typed && typed.kind !== 'vague' && typed.kind !== 'anonymous' && !typed.guessed) return { ...span, kind: typed.kind, entity: typed.entity };
  // (Untyped, only capitalised words: a name.)
  if (!words.every((x) => /^\p{Lu}/u.test(x.text))) return null;
  // (A name nobody typed: a person's surname alone or a full name; longer, a body.)
  return { ...span, kind: words.length <= 3 ? 'person' : 'organisation', entity: null };
}

/** "As Cole put it, …", "…, as the senator puts it": the speaker between "as" and "put it". */
function asPutIt(c: ClauseContext, s: Sentence, j: number): Found | null {
  const { toks, text } = c;
  const ph = phraseStartingAt(c, j + 1);
  if (!ph) return null;
  const verb = toks[ph.last + 1];
  const it = toks[ph.last + 2];
  if (!verb || !it || !['put', 'puts'].includes(verb.text.toLowerCase()) || it.text.toLowerCase() !== 'it') return null;
  const typed = sourceKind(c, ph, c.recent);
  if (!typed) return null;
  const m = ph.entity ? c.mentionByEnd.get(toks[ph.head].end) : undefined;
  const source = m ? { start: m.start, end: m.end, kind: typed.kind, entity: typed.entity } : { start: toks[ph.first].start, end: toks[ph.last].end, kind: typed.kind, entity: typed.entity };
  // The words the aside is set in: after it when it opens the sentence, else before it.
  const content = j === 0 || toks.slice(0, j).every((x) => x.kind !== 'word')
    ? trimSpan(text, it.end, s.end)
    : trimSpan(text, s.start, toks[j].start);
  while (content.end > content.start && ',;'.includes(text[content.end - 1])) content.end--;
  while (content.start < content.end && ', '.includes(text[content.start])) content.start++;
  if (content.end - content.start < 3) return null;
  return { cue: { start: verb.start, end: it.end }, source, content, cls: 'speech', lemma: 'as put it', inverted: false };
}

const LABELS = new WeakMap<Map<string, Entity>, Map<string, string>>();

/** Words in capitals that open two lines or more, each right before a colon (a quotation mark may
 *  come first): a transcript's speakers ("WALLACE: …", "PENCE: …"). */
function repeatedLabels(text: string): Map<string, string> {
  const seen = new Map<string, number>();
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) {
    let k = i;
    if (text[k] === '"' || text[k] === '“') k++;
    const from = k;
    while (k < text.length && text[k] >= 'A' && text[k] <= 'Z') k++;
    if (k - from >= 2 && text[k] === ':') seen.set(text.slice(from, k), (seen.get(text.slice(from, k)) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [w, n] of seen) if (n >= 2) out.set(w, '');
  return out;
}

/** A speaker label: one word in capitals that is a word of a person's name in the story
 *  ("WALLACE" for Chris Wallace), as that person, or that opens two lines or more before a colon
 *  (a transcript's speaker the story may not name otherwise). */
function speakerLabel(c: ClauseContext, t: Token): ClauseSource | null {
  if (t.kind !== 'word' || t.text.length < 2 || t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase()) return null;
  let byWord = LABELS.get(c.entityById);
  if (!byWord) {
    byWord = repeatedLabels(c.text);
    for (const e of c.entityById.values()) {
      if (e.kind !== 'person') continue;
      for (const m of e.mentions) {
        const words = c.text.slice(m.start, m.end).split(/\s+/);
        // (Only names of two words or more: a surname is known to belong to its given name.)
        if (words.length < 2) continue;
        for (const w of words.slice(1)) if (!byWord.get(w.toUpperCase())) byWord.set(w.toUpperCase(), e.id);
      }
    }
    LABELS.set(c.entityById, byWord);
  }
  const id = byWord.get(t.text);
  return id !== undefined ? { start: t.start, end: t.end, kind: 'person', entity: id || null } : null;
}
