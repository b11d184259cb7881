import type { Analysis, Attribution } from '../analysis/types';
import { mentionsIn } from '../analysis/spans';
import { cueVerb } from '../analysis/attribution-cues';

/** What may stand before the name at the head of the next paragraph: words of a role, with no mark
 *  between them ("Local government spokesman", "Norfolk police chief", "Factory Workers Union
 *  secretary general"), at most six of them. */
const ROLE_WORDS = /^(?:[\p{L}'’-]+\s+){0,6}$/u;
/** A linking word and its comma at the head of a paragraph ("However, …"). */
const LINK_COMMA = /^\p{Lu}\p{Ll}+,\s+/u;
/** A source whose last word is a plural noun in lower case ("officials", "union officers", "party sources"). */
function pluralLast(text: string): boolean {
  const t = text.trim();
  const last = t.slice(t.lastIndexOf(' ') + 1);
  return last.length >= 3 && last.endsWith('s') && last === last.toLowerCase();
}
/** "The" before a body's name. */
const THE_ONLY = /^(?:the\s+)?$/i;

/**
 * A delayed identification in the opening, the way agency copy writes it: the story's first
 * sentence gives the claim to someone unnamed ("…, one of their frontbenchers has predicted.",
 * "…, officials have warned.") and the next paragraph opens on who it is — a person named for the
 * first time, after the words of a role ("Local government spokesman Ann Kite was speaking as …",
 * "However, Norfolk police chief Tom Reed also warned …"), or a body as the source of what it
 * says ("The Harbour Banks Association said …"). The reader learns the source a line later.
 * (A name with no role words before it, after "a"/"an", is `namedNext` of anonymous-source.)
 */
export function identifiedNext(a: Analysis, at: Attribution): boolean {
  const s = a.sentences[at.sentence];
  if (!s) return false;
  const block = s.block;
  // (Only the first sentence of the story's first paragraph: headlines and standfirsts before it.)
  if (block > 6 || !a.blocks.slice(0, block).every((b) => b.kind === 'headline' || b.kind === 'standfirst' || b.kind === 'frontMatter' || b.kind === 'heading')) return false;
  if (at.sentence > 0 && a.sentences[at.sentence - 1].block === block) return false;
  let next: (typeof a.blocks)[number] | undefined;
  for (let i = block + 1; i < a.blocks.length && !next; i++) {
    const b = a.blocks[i];
    if (b.end > b.start && a.text.slice(b.start, b.end).trim() !== '') next = b;
  }
  if (!next || next.kind !== 'paragraph') return false;
  const head = a.text.slice(next.start, Math.min(next.end, next.start + 100));
  const lead = head.length - head.trimStart().length;
  const link = LINK_COMMA.exec(head.slice(lead));
  const from = next.start + lead + (link ? link[0].length : 0);
  const there = mentionsIn(a, from, Math.min(next.end, next.start + 100));
  // A person met here for the first time, by full name, after role words only (a body's or a
  // place's name among them: "Factory Workers Union secretary general Ann Kite blamed …").
  const person = there.find((m) => m.kind === 'person');
  // (Given name and surname; no verb of saying among the words before: "The Gazette claims Ann
  // Kite …" is about her.)
  const role = person ? a.text.slice(from, person.start) : '';
  if (person && ROLE_WORDS.test(role) && !role.split(/\s+/).some((w) => cueVerb(w.toLowerCase()))) {
    const e = a.entities.find((x) => x.id === person.entity);
    const m = e?.mentions.find((x) => x.start === person.start);
    if (e && m && m.form === 'full' && /\s/.test(m.text) && e.mentions.every((x) => x.start >= next!.start)) return true;
  }
  // Unnamed people ("officials", "union officers") whose body opens the next paragraph as the source
  // of what it says: "The Harbour Banks Association said …". (A body names no one person.)
  const first = there[0];
  if (!first || first.kind !== 'organisation' || !pluralLast(at.source.text) || !THE_ONLY.test(a.text.slice(from, first.start))) return false;
  return a.attributions.some((x) => x !== at && x.source.start <= first.start && first.end <= x.source.end && a.sentences[x.sentence]?.block === next!.index);
}
