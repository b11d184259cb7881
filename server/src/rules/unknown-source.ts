import type { Finding } from '../analysis/types';
import type { Rule } from './types';
import { ignoreFix } from './util';

export const unknownSource: Rule = {
  id: 'unknown-source',
  defaultSeverity: 'warning',
  summary: 'A cited publication that is not in the sources registry.',
  check(a, ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const at of a.attributions) {
      if (at.source.kind !== 'publication') continue;
      const e = at.source.entity ? a.entities.find((x) => x.id === at.source.entity) : undefined;
      if (e?.knowledge) continue;
      const name = (e?.name ?? at.source.text).replace(/^the\s+/i, '');
      const mention = e?.mentions.find((m) => m.start >= at.source.start && m.end <= at.source.end) ?? at.source;
      if (ctx.kb.lookup(name)) continue;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: mention.start,
        end: mention.end,
        message: `“${name}” is not in the sources registry: check that the publication exists and is spelled right, then add it to the workspace registry.`,
        related: [],
        fixes: [
          { title: `Add “${name}” to the workspace sources registry`, edits: [], command: { id: 'sourced.addSource', args: [{ name }] } },
          ignoreFix(this.id, mention),
        ],
      });
    }
    return out;
  },
};
