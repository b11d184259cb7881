import type { Finding } from '../analysis/types';
import type { Rule } from './types';
import { ignoreFix, quoteText } from './util';

export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  defaultSeverity: 'warning',
  summary: 'An attribution to nobody in particular: "analysts say", "experts believe", "it is understood", "reportedly".',
  check(a) {
    const out: Finding[] = [];
    for (const at of a.attributions) {
      // Headlines compress attribution ("…, aide says"); the body is where sourcing is judged.
      if (a.blocks[a.sentences[at.sentence]?.block]?.kind === 'headline') continue;
      if (at.source.kind !== 'vague') continue;
      const start = Math.min(at.cue.start, at.source.start);
      const end = Math.max(at.cue.end, at.source.end);
      const phrase = quoteText(a, { start, end });
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start,
        end,
        message: `“${phrase}” does not say who: name the source, or the organisation they speak for.`,
        related: [],
        fixes: [ignoreFix(this.id, { start, end })],
      });
    }
    return out;
  },
};
