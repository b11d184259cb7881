import type { Finding } from '../analysis/types';
import type { Rule } from './types';
import { ignoreFix, quoteText } from './util';

export const anonymousSource: Rule = {
  id: 'anonymous-source',
  defaultSeverity: 'warning',
  summary: 'An unnamed source; a warning when no reason for anonymity is given, information when one is.',
  check(a) {
    const out: Finding[] = [];
    for (const at of a.attributions) {
      // Headlines compress attribution ("…, aide says"); the body is where sourcing is judged.
      if (a.blocks[a.sentences[at.sentence]?.block]?.kind === 'headline') continue;
      if (at.source.kind !== 'anonymous') continue;
      const src = quoteText(a, at.source);
      const reason = at.anonymityReason;
      out.push({
        rule: this.id,
        severity: reason ? 'information' : this.defaultSeverity,
        start: at.source.start,
        end: at.source.end,
        message: reason
          ? `Unnamed source “${src}”; the reason for anonymity is given (“${quoteText(a, reason)}”).`
          : `Unnamed source “${src}” with no reason for anonymity: name them, or say why they cannot be named.`,
        related: reason ? [{ start: reason.start, end: reason.end, message: 'The reason given for anonymity' }] : [],
        fixes: reason ? [] : [
          { title: 'Add a reason for anonymity', edits: [{ start: at.source.end, end: at.source.end, newText: ', who asked not to be identified because ${1:reason},' }], snippet: true },
          ignoreFix(this.id, at.source),
        ],
      });
    }
    return out;
  },
};
