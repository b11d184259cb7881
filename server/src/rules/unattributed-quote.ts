import type { Finding } from '../analysis/types';
import type { Rule } from './types';
import { ignoreFix, quoteText, verifyFix } from './util';

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  summary: 'A direct quotation with no speaker.',
  check(a) {
    const out: Finding[] = [];
    const speakers = a.entities.filter((e) => e.kind === 'person' && a.quotes.some((q) => q.speaker === e.id));
    const people = speakers.length ? speakers : a.entities.filter((e) => e.kind === 'person');
    for (let qi = 0; qi < a.quotes.length; qi++) {
      const q = a.quotes[qi];
      if (!q.speech || q.attribution >= 0 || q.speakerSpan || q.unclosed) continue;
      // A quote continued across paragraphs is one quotation: its speaker is usually named in
      // the closing part (“…,” Okafor said.), which then speaks for the opening parts too.
      if (q.continued) {
        let k = qi + 1;
        while (k < a.quotes.length && a.quotes[k].continued && a.quotes[k].attribution < 0 && !a.quotes[k].speakerSpan) k++;
        const last = a.quotes[k];
        if (last && (last.attribution >= 0 || last.speakerSpan)) continue;
      }
      const fixes = [];
      const closeAt = q.end;
      const endsWithComma = /[,.]”$|[,.]"$/.test(a.text.slice(q.start, q.end));
      for (const p of people.slice(0, 3)) {
        const surname = p.name.split(' ').pop()!;
        const tail = a.text.slice(q.end, q.end + 2);
        const sentenceEnds = /^\s|^$/.test(tail) || tail === '';
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
