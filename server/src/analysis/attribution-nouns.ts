// Attributions carried by a noun of saying or believing with its owner: "Cole's claim that the
// count was rigged", "his warning that rates will rise", "their view: …". The owner (a name with
// "'s", or a possessive pronoun) is the source; the clause after "that", a colon or a quotation
// the content. The nouns are in data/attribution-cues.json ("nouns").
import type { Sentence, Span, Token } from './types';
import cues from './data/attribution-cues.json';
import type { ClauseContext, ClauseSource, Found } from './attribution-clause';
import { kindOfEntity, sourceKind } from './source-kind';
import { phraseEndingAt } from './noun-phrase';
import { lowerOf } from './lower-case';

const NOUNS = new Set<string>((cues.nouns as { forms: string[] }[]).flatMap((n) => n.forms));
const GENITIVE = new Set(["'s", '’s', "'", '’']);
/** Possessive pronouns and who they may stand for. */
const POSSESSIVE_KINDS: Record<string, string[]> = { his: ['person'], her: ['person'], their: ['organisation', 'person'], its: ['organisation'] };
const OPEN_QUOTES = new Set(['“', '"', '‘']);


/** The owner before the noun at `k` (over at most one adjective: "his latest claim"). */
export function ownerBefore(c: ClauseContext, k: number): ClauseSource | null {
  for (let q = k - 1; q >= Math.max(0, k - 2); q--) {
    const t = c.toks[q];
    const w = lowerOf(t);
    const kinds = POSSESSIVE_KINDS[w];
    if (kinds) {
      const id = c.recent.before(t.start, kinds);
      const e = id ? c.entityById.get(id) : undefined;
      if (!e || e.kind === 'place') return null;
      return { start: t.start, end: t.end, kind: kindOfEntity(e), entity: id };
    }
    if (GENITIVE.has(t.text) && q > 0) {
      const m = c.mentionByEnd.get(c.toks[q - 1].end);
      const e = m ? c.entityById.get(m.id) : undefined;
      if (m && e && e.kind !== 'place') return { start: m.start, end: m.end, kind: kindOfEntity(e), entity: m.id };
      if (m) return null;
      // ("the mayor's claim": an unnamed owner the lexicon knows as someone who speaks.)
      const ph = phraseEndingAt(c, q - 1);
      const typed = ph ? sourceKind(c, ph, c.recent) : null;
      if (!ph || !typed || typed.guessed) return null;
      return { start: c.toks[ph.first].start, end: c.toks[ph.last].end, kind: typed.kind, entity: typed.entity };
    }
    // (Only an adjective may stand between: a lower-case word that is no noun of saying itself.)
    if (t.kind !== 'word' || t.text !== w || NOUNS.has(w)) return null;
  }
  return null;
}

/** What the noun introduces: a "that" clause, a colon or a quotation right after it. */
function contentAfterNoun(c: ClauseContext, s: Sentence, k: number): Span | null {
  const nx = c.toks[k + 1];
  if (!nx) return null;
  if (lowerOf(nx) !== 'that' && nx.text !== ':' && !OPEN_QUOTES.has(nx.text)) return null;
  // ("the claim that he made": "that" opening a relative clause has no subject of its own after it.)
  if (lowerOf(nx) === 'that') {
    const after = c.toks[k + 2];
    // ("the claim that 90 percent …": a clause may open on a figure.)
    if (!after || (after.kind !== 'word' && after.kind !== 'number')) return null;
    const aw = lowerOf(after);
    if (c.toks[k + 3] && c.toks[k + 3].kind === 'word' && aw.endsWith('ed') && aw !== 'need') return null;
  }
  let start = nx.text === ':' || lowerOf(nx) === 'that' ? nx.end : nx.start;
  let end = s.end;
  while (start < end && ' \t'.includes(c.text[start])) start++;
  while (end > start && ' \t\n.”"'.includes(c.text[end - 1])) end--;
  return end - start >= 3 ? { start, end } : null;
}

export function nounAttributions(c: ClauseContext, s: Sentence): Found[] {
  const out: Found[] = [];
  for (let k = 1; k < c.toks.length; k++) {
    const t = c.toks[k];
    if (t.kind !== 'word' || !NOUNS.has(lowerOf(t)) || c.inQuote(t.start)) continue;
    const src = ownerBefore(c, k);
    if (!src) continue;
    const content = contentAfterNoun(c, s, k);
    if (!content) continue;
    out.push({ cue: { start: t.start, end: t.end }, source: src, content, cls: 'speech', lemma: lowerOf(t), inverted: false });
  }
  return out;
}
