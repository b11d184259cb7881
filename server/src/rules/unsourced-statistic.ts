import type { Finding } from '../analysis/types';
import { isStatistic, sameFigure } from '../analysis/claims';
import type { Rule } from './types';
import { attributeFixes, quoteText } from './util';

export const unsourcedStatistic: Rule = {
  id: 'unsourced-statistic',
  defaultSeverity: 'warning',
  summary: 'A figure (percentage, money, count, ranking) with no source in its sentence and no sourced twin elsewhere.',
  check(a) {
    const out: Finding[] = [];
    for (const c of a.claims) {
      if (!c.kinds.includes('figure') || c.twin !== undefined) continue;
      // Headlines are checked by headline-unsupported: they summarise the body.
      if (a.blocks[a.sentences[c.sentence].block].kind === 'headline') continue;
      if (c.supportedBy.some((i) => a.attributions[i].source.kind !== 'wire')) continue;
      const qs = c.quantities.map((i) => a.quantities[i]).filter(isStatistic);
      if (!qs.length) continue;
      const s = a.sentences[c.sentence];
      const figures = qs.map((q) => `“${q.text}”`).join(', ');
      const span = { start: qs[0].start, end: qs[qs.length - 1].end };
      // The same figure elsewhere, also without a source: point at it.
      const related = [];
      for (const other of a.claims) {
        if (other === c) continue;
        const shared = other.quantities.map((i) => a.quantities[i]).filter((q) => qs.some((x) => sameFigure(x, q)));
        if (shared.length) related.push({ start: shared[0].start, end: shared[0].end, message: `The same figure here has no source either: “${quoteText(a, other)}”` });
      }
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: span.start,
        end: span.end,
        message: `${qs.length > 1 ? 'Figures' : 'Figure'} ${figures} ${qs.length > 1 ? 'have' : 'has'} no source: say who measured or reported ${qs.length > 1 ? 'them' : 'it'} (", according to …"), or mark the claim verified.`,
        related,
        fixes: attributeFixes(a, s, this.id, span),
      });
    }
    return out;
  },
};
