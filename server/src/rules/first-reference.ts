import type { Finding } from '../analysis/types';
import type { Rule } from './types';
import { blockKindAt, ignoreFix } from './util';

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
