import type { Finding } from '../analysis/types';
import { isStatistic } from '../analysis/claims';
import type { Rule } from './types';
import { blockKindAt, ignoreFix } from './util';

/** True when `body` has capitalised words whose initials spell the acronym ("Lawn Tennis Association"). */
function spelledOut(acronym: string, body: string): boolean {
  const words = body.split(/[^\p{L}&'’-]+/u).filter(Boolean);
  const caps = words.map((w) => (/^\p{Lu}/u.test(w) ? w[0] : /^(?:of|for|and|the|de|&)$/i.test(w) ? '' : '#'));
  for (let i = 0; i < caps.length; i++) {
    if (caps[i] !== acronym[0]) continue;
    let got = '';
    for (let j = i; j < caps.length && caps[j] !== '#' && got.length < acronym.length; j++) got += caps[j];
    if (got === acronym) return true;
  }
  return false;
}

export const headlineUnsupported: Rule = {
  id: 'headline-unsupported',
  defaultSeverity: 'warning',
  summary: 'A figure or name in the headline or standfirst that the body never supports.',
  check(a) {
    const out: Finding[] = [];
    const isTop = (pos: number) => {
      const k = blockKindAt(a, pos);
      return k === 'headline' || k === 'standfirst';
    };
    const bodyQs = a.quantities.filter((q) => blockKindAt(a, q.start) === 'paragraph');
    let lowerBodyCache: string | null = null;
    const body = () => (lowerBodyCache ??= a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.text.slice(b.start, b.end)).join('\n').toLowerCase());
    for (const q of a.quantities) {
      if (!isTop(q.start) || !isStatistic(q)) continue;
      // Any body figure of the same kind and unit counts: a different value is inconsistent-figure's business.
      // (Units compare as words: "jobs'" closing a quoted headline is "jobs".)
      const unit = (x: { unit?: string | null }) => (x.unit ?? '').replace(/[^\p{L}\p{N}$£€¥%]/gu, '').toLowerCase();
      if (bodyQs.some((b) => b.kind === q.kind && unit(b) === unit(q))) continue;
      // A headline figure the standfirst states is checked once, on the standfirst.
      if (blockKindAt(a, q.start) === 'headline' && a.quantities.some((b) => blockKindAt(a, b.start) === 'standfirst' && b.kind === q.kind && b.value === q.value)) continue;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: q.start,
        end: q.end,
        message: `“${q.text}” appears in the ${blockKindAt(a, q.start)} but nowhere in the body: support it in the story or take it out.`,
        related: [],
        fixes: [ignoreFix(this.id, q)],
      });
    }
    for (const e of a.entities) {
      if (e.kind !== 'person' && e.kind !== 'organisation') continue;
      const top = e.mentions.filter((m) => isTop(m.start));
      if (!top.length) continue;
      if (e.mentions.some((m) => blockKindAt(a, m.start) === 'paragraph')) continue;
      // Named in the body under another capitalisation ("Metlife" / "MetLife") counts.
      if (body().includes(e.name.toLowerCase()) || top.some((m) => body().includes(m.text.toLowerCase()))) continue;
      // An acronym in the headline, spelled out in the body ("LTA" / "the Lawn Tennis Association").
      if (/^[A-Z]{2,6}$/.test(e.name) && spelledOut(e.name, a.text.slice(a.blocks.find((b) => b.kind === 'paragraph')?.start ?? a.text.length))) continue;
      const m = top[0];
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: m.start,
        end: m.end,
        message: `${e.name} is named in the ${blockKindAt(a, m.start)} but not in the body: the story should say who they are and what they did.`,
        related: [],
        fixes: [ignoreFix(this.id, m)],
      });
    }
    return out;
  },
};
