import type { Finding } from '../analysis/types';
import type { Rule } from './types';
import { ignoreFix } from './util';

export const unbalancedQuote: Rule = {
  id: 'unbalanced-quote',
  defaultSeverity: 'warning',
  summary: 'A quotation mark that never closes (a quote continued into the next paragraph is fine).',
  check(a) {
    const out: Finding[] = [];
    for (const q of a.quotes) {
      if (!q.unclosed) continue;
      const open = a.text[q.start];
      const close = open === '“' ? '”' : open === '«' ? '»' : '"';
      // Close a short scare quote after its phrase, a speech quote at the end of the paragraph.
      let end = q.end;
      while (end > q.start && /\s/.test(a.text[end - 1])) end--;
      const fixes = [];
      // A mark opened mid-sentence straight after an ordinary word ("a preliminary “partner
      // country status") reads as a scare quote, however long the run to the paragraph end is.
      const before = a.text.slice(Math.max(0, q.start - 40), q.start);
      const midSentence = /[\p{L}\d]\s$/u.test(before) && !/\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|stated|declared|insisted|replied|warned|announced)\s$/i.test(before);
      if (!q.speech || midSentence) {
        // After the first two words ("partner country") — preferred — or after the first word.
        const inner = a.text.slice(q.start + 1, end);
        const two = /^[^\s.,;:!?]+\s+[^\s.,;:!?]+/.exec(inner);
        const one = /^[^\s.,;:!?]+/.exec(inner);
        for (const phrase of [two, one]) {
          if (!phrase) continue;
          const at = q.start + 1 + phrase[0].length;
          fixes.push({ title: `Close the quote after “${phrase[0]}”`, edits: [{ start: at, end: at, newText: close }], preferred: phrase === (two ?? one) });
        }
      }
      const beforePunct = /[.!?]$/.test(a.text.slice(q.start, end)) ? end - 1 : end;
      fixes.push({ title: 'Close the quote at the end of the paragraph', edits: [{ start: q.speech ? end : beforePunct, end: q.speech ? end : beforePunct, newText: close }] });
      fixes.push(ignoreFix(this.id, { start: q.start, end: q.start + 1 }));
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: q.start,
        end: q.start + 1,
        message: 'This quotation mark never closes, and the next paragraph does not continue the quote: add the closing mark.',
        related: [],
        fixes,
      });
    }
    return out;
  },
};
