import type { Finding } from '../analysis/types';
import type { Rule } from './types';
import { blockKindAt, ignoreFix } from './util';

/** Titles that go before a surname ("President Blair", "Lord Goldsmith"). */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|President|Premier|Minister|Chancellor|Senator|Governor|Mayor|Judge|General|Captain|Coach|Manager|Chairman|Chairwoman|Director|Secretary|Bishop|Archbishop|Cardinal|Rabbi|Imam|King|Queen|Prince|Princess|Sheikh|Emir|Sultan|Pope|Father|Sister|Brother|Rev|Reverend|Officer|Detective|Inspector|Sergeant|Constable|Colonel|Major|Lieutenant|Admiral|Commander)\.?$/;

export const firstReference: Rule = {
  id: 'first-reference',
  defaultSeverity: 'warning',
  summary: 'A short form (surname, or given name where that is the convention) before the full name; headlines are exempt.',
  check(a) {
    const out: Finding[] = [];
    for (const e of a.entities) {
      if (e.kind !== 'person' || !e.name.includes(' ')) continue;
      const body = e.mentions.filter((m) => {
        const k = blockKindAt(a, m.start);
        return k === 'paragraph';
      });
      if (!body.length) continue;
      const first = body[0];
      if (first.text.includes(' ') || first.text.length >= e.name.length) continue;
      // Part of another name ("BBC One"), or a family or a government named after the person
      // ("the Osbourne family", "the Blair government"): not a reference to the person.
      const lead = a.text.slice(Math.max(0, first.start - 30), first.start);
      const wordBefore = lead.length > lead.trimEnd().length ? lead.trimEnd().split(/\s/).pop() ?? '' : '';
      const beforeAt = first.start - (lead.length - lead.trimEnd().length);
      const otherName = a.entities.some((o) => o !== e && o.kind !== 'person' && o.mentions.some((m) => m.end === beforeAt));
      if (!TITLE_WORD.test(wordBefore) && (/^[A-Z]{2,}$/.test(wordBefore) || otherName)) continue;
      if (/^(?:'s|’s)?\s+(?:family|families|government|administration|era|camp|brothers|sisters|household|clan|dynasty|years|estate|children|siblings|name)\b/.test(a.text.slice(first.end, first.end + 20))) continue;
      // A pair of given names ("Richard and Judy", "his parents, Graham and Sherry"): a show's
      // name or a family's, not a first reference that drops the surname.
      if (e.name.startsWith(first.text + ' ') && (/^\s+(?:and|&)\s+\p{Lu}\p{Ll}+\b/u.test(a.text.slice(first.end, first.end + 30)) || /\b\p{Lu}\p{Ll}+\s+(?:and|&)\s+$/u.test(lead))) continue;
      // The full name is written there, split by the entity pass ("Ask Jeeves" read as "Jeeves").
      if (e.name.endsWith(first.text) && a.text.slice(Math.max(0, first.end - e.name.length), first.end) === e.name) continue;
      const full = body.find((m) => m.text.split(' ').length >= 2);
      if (!full) continue;
      // A title written before the full mention ("President") goes with the name.
      const before = a.text.slice(Math.max(0, full.start - 40), full.start);
      const title = /(?:^|\s)((?:[A-Z][a-z]+\.? ){1,3})$/.exec(before)?.[1]?.trim();
      const replacement = title && !/^(?:The|A|In|On|At|But|And)$/.test(title) ? `${title} ${e.name}` : e.name;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: first.start,
        end: first.end,
        message: `First reference to ${e.name} uses only “${first.text}”: give the full name${title ? ' and title' : ''} here, and the short form after.`,
        related: [{ start: full.start, end: full.end, message: `The full name comes later, here` }],
        fixes: [
          { title: `Use the full name (“${replacement}”)`, edits: [{ start: first.start, end: first.end, newText: replacement }], preferred: true },
          ignoreFix(this.id, first),
        ],
      });
    }
    return out;
  },
};
