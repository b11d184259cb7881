// Attributions marked by punctuation alone: a speaker's name and a colon before what they say
// ("Senator Ann Cole: the bill is dead"), or a quotation dash before the name that closes a
// quotation ("… the bill is dead. ― Ann Cole").
import type { Sentence, Span, Token } from './types';
import type { ClauseContext, Found } from './attribution-clause';
import { kindOfEntity } from './source-kind';
import { cueVerb } from './attribution-cues';

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

export function punctuationAttributions(c: ClauseContext, s: Sentence): Found[] {
  const { toks, text } = c;
  const out: Found[] = [];
  for (let j = 1; j < toks.length; j++) {
    const t = toks[j];
    if (c.inQuote(t.start)) continue;
    if (t.text === ':') {
      // The name ends right before the colon, and only a title stands before it.
      const src = namedAt(c, toks[j - 1].end, true);
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
