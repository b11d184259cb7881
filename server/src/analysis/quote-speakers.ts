// Shapes that give a quotation's speaker before it in words the attribution pass does not link:
// the subject of a verb of saying just before the quotation ("if somebody walks in and says, …",
// also inside another speaker's quotation), or the person whose catchphrase, slogan or line it is
// ("his stump act — …"). The shapes are a declarative table (data/quote-speakers.json), each with
// its examples.
import type { Analysis, Quote } from './types';
import table from './data/quote-speakers.json';

interface ShapeEntry { id: string; reason: string; pattern: string; flags?: string }
const LISTS = table.lists as Record<string, string[]>;
const expand = (pattern: string) => pattern.replace(/@(\w+)/g, (_, name: string) => {
  const list = LISTS[name];
  if (!list) throw new Error(`quote-speakers.json: no word list ${name}`);
  return list.join('|');
});
const ENTRIES = (table.entries as ShapeEntry[]).map((e) => ({ id: e.id, reason: e.reason, re: new RegExp(expand(e.pattern), e.flags ?? '') }));

/** The first shape that gives quotation `q` a speaker before it in its sentence (id and reason), or null. */
export function speakerShapeBefore(a: Analysis, q: Quote): { id: string; reason: string } | null {
  const s = a.sentences[q.sentence];
  if (!s || q.start < s.start) return null;
  const before = a.text.slice(Math.max(s.start, q.start - 200), q.start);
  for (const e of ENTRIES) if (e.re.test(before)) return { id: e.id, reason: e.reason };
  return null;
}
