import type { Claim, Finding, Quantity } from '../analysis/types';
import { figureKey, isStatistic } from '../analysis/claims';
import type { Rule } from './types';
import { attributeFixes, quoteText } from './util';

export const unsourcedStatistic: Rule = {
  id: 'unsourced-statistic',
  defaultSeverity: 'warning',
  summary: 'A figure (percentage, money, count, ranking) with no source in its sentence and no sourced twin elsewhere.',
  check(a) {
    const out: Finding[] = [];
    // Each figure's other occurrences, found once.
    const byFigure = new Map<string, { claim: Claim; q: Quantity }[]>();
    for (const c of a.claims) {
      for (const i of c.quantities) {
        const q = a.quantities[i];
        const l = byFigure.get(figureKey(q)) ?? [];
        l.push({ claim: c, q });
        byFigure.set(figureKey(q), l);
      }
    }
    for (const c of a.claims) {
      if (!c.kinds.includes('figure') || c.twin !== undefined) continue;
      // Headlines are checked by headline-unsupported: they summarise the body.
      if (a.blocks[a.sentences[c.sentence].block].kind === 'headline') continue;
      if (c.supportedBy.some((i) => a.attributions[i].source.kind !== 'wire')) continue;
      const qs = c.quantities.map((i) => a.quantities[i]).filter(isStatistic);
      if (!qs.length) continue;
      const s = a.sentences[c.sentence];
      const figures = qs.map((q) => `“${q.text}”`).join(', ');
      const span = { start: Math.min(...qs.map((q) => q.start)), end: Math.max(...qs.map((q) => q.end)) };
      // The same figure elsewhere, also without a source: point at it.
      const related = [];
      for (const x of qs) {
        for (const other of byFigure.get(figureKey(x)) ?? []) {
          if (related.length >= 3) break;
          if (other.claim === c) continue;
          related.push({ start: other.q.start, end: other.q.end, message: `The same figure here has no source either: “${quoteText(a, other.claim)}”` });
        }
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
