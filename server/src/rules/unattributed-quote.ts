import type { Analysis, Finding, Quote } from '../analysis/types';
import type { Rule } from './types';
import { ignoreFix, quoteText, verifyFix } from './util';

function isLabel(a: Analysis, q: Quote): boolean {
  if (!q.speech || q.continued || q.unclosed) return false;
  const inner = a.text.slice(q.inner.start, q.inner.end).trim();
  const words = inner.split(/\s+/).filter(Boolean).length;
  if (words > 4 || /[.!?,;:…]$/.test(inner) || /^\p{Lu}/u.test(inner) && /^\p{Lu}/u.test(inner.split(/\s+/).pop() ?? '') && words > 1) return false;
  const s = a.sentences[q.sentence];
  const before = a.text.slice(s.start, q.start);
  // Mid-sentence, after a word (not after a colon or a verb of saying that would make it speech).
  const last = before.trimEnd().slice(-1);
  if (!last || !/[\p{L}'’-]/u.test(last) || before.trimEnd().endsWith(':')) return false;
  if (/\b(?:said|says|say|told|tells|called|calls|described|describes|added|warned|insisted)\s*$/i.test(before)) return false;
  return true;
}

export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  defaultSeverity: 'warning',
  summary: 'A direct quotation with no speaker.',
  check(a) {
    const out: Finding[] = [];
    const speakerIds = new Set(a.quotes.map((q) => q.speaker));
    const speakers = a.entities.filter((e) => e.kind === 'person' && speakerIds.has(e.id));
    // For each run of continued quotes: does the part that closes it have a speaker? (One pass from the end.)
    const runAttributed = new Array<boolean>(a.quotes.length).fill(false);
    for (let k = a.quotes.length - 1; k >= 0; k--) {
      const x = a.quotes[k];
      const own = x.attribution >= 0 || !!x.speakerSpan;
      runAttributed[k] = own || (x.continued && k + 1 < a.quotes.length && runAttributed[k + 1]);
    }
    const people = speakers.length ? speakers : a.entities.filter((e) => e.kind === 'person');
    for (let qi = 0; qi < a.quotes.length; qi++) {
      const q = a.quotes[qi];
      if (!q.speech || q.attribution >= 0 || q.speakerSpan || q.unclosed) continue;
      // A quote continued across paragraphs is one quotation: its speaker is usually named in
      // the closing part (“…,” Okafor said.), which then speaks for the opening parts too.
      if (q.continued && qi + 1 < a.quotes.length && runAttributed[qi + 1]) continue;
      // A short phrase inside a sentence, with no sentence of its own ("held as part of the US-led
      // “war on terror”"), is a label or a scare quote, not a quotation that needs a speaker.
      if (isLabel(a, q)) continue;
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
