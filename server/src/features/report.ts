// The sourcing report: what an editor checks before publishing, as Markdown.
import type { Anchored } from '../annotations/model';
import { hasMotivation, linkOf, noteOf, quotedText, statusOf } from '../annotations/model';
import type { Analysis, Finding } from '../analysis/types';
import { sourcingAttributions } from '../analysis/stance-cues';

/** Text for a table cell: one line, pipes escaped, cut at the last word boundary before `n` characters. */
/** One line, pipes escaped: what a table cell holds before it is cut. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

function cell(s: string, n = 90): string {
  const t = oneLine(s);
  if (t.length <= n) return t;
  const space = t.lastIndexOf(' ', n - 1);
  // One very long word: cut inside it rather than keep nothing.
  const cut = space > n / 2 ? space : n - 1;
  let end = cut;
  while (end > 0 && ' ,;:–—-'.includes(t[end - 1])) end--;
  return `${t.slice(0, end)}…`;
}

/** True when cell() would shorten the text. */
const isCut = (s: string, n = 90) => oneLine(s).length > n;

export function sourcingReport(uri: string, a: Analysis, findings: Finding[], annotations: Anchored[]): string {
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  const head = a.blocks.find((b) => b.kind === 'headline');
  const out: string[] = [];
  out.push(`# Sourcing report: ${name}`);
  if (head) out.push(`> ${cell(a.text.slice(head.start, head.end), 200)}`);
  const supported = a.claims.filter((c) => c.supportedBy.length || c.twin !== undefined).length;
  const verifiedAnns = annotations.filter((x) => x.start !== null && hasMotivation(x.annotation, 'assessing'));
  out.push(`**${a.claims.length}** claims · **${supported}** sourced · **${a.claims.length - supported}** unsourced · **${verifiedAnns.length}** verified · **${findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length}** open warnings`);

  out.push('## Claims');
  out.push('| # | Claim | Source | Kind | Status | Verified by |');
  out.push('|---|---|---|---|---|---|');
  a.claims.forEach((c, i) => {
    const at = c.supportedBy.map((k) => a.attributions[k]).find((x) => x && x.source.kind !== 'wire') ?? a.attributions[c.supportedBy[0]];
    const ver = verifiedAnns.find((x) => x.start! < c.end && c.start < x.end!);
    const source = at ? cell(at.source.text, 40) : c.twin !== undefined ? `same figure, line ${lineOf(a.text, a.sentences[c.twin].start)}` : '—';
    const status = ver ? `verified${statusOf(ver.annotation) !== 'verified' ? ` (${statusOf(ver.annotation)})` : ''}` : at || c.twin !== undefined ? 'sourced' : '**unsourced**';
    const by = ver ? `${ver.annotation.creator?.name ?? '—'}${linkOf(ver.annotation) ? ` ([link](${linkOf(ver.annotation)}))` : ''}` : '';
    out.push(`| ${i + 1} | ${cell(a.text.slice(c.start, c.end))} | ${source} | ${at ? at.source.kind : c.kinds.join(', ')} | ${status} | ${by} |`);
  });

  // The claims the table shortened, whole.
  const cut = a.claims.map((c, i) => ({ i, text: a.text.slice(c.start, c.end) })).filter((x) => isCut(x.text));
  if (cut.length) {
    out.push('<details><summary>Shortened claims in full</summary>\n');
    for (const x of cut) out.push(`- **${x.i + 1}** ${x.text.replace(/\s+/g, ' ').trim()}`);
    out.push('\n</details>');
  }

  out.push('## People quoted');
  const people = a.entities.filter((e) => e.kind === 'person');
  let anyQuoted = false;
  for (const p of people) {
    const said = sourcingAttributions(a.attributions).filter((x) => x.source.entity === p.id);
    if (!said.length) continue;
    anyQuoted = true;
    out.push(`- **${p.name}**${p.roles.length ? ` (${p.roles[0]})` : ''}`);
    for (const s of said) out.push(`  - ${s.cue.text}: “${cell(a.text.slice(s.content.start, s.content.end), 140)}”`);
  }
  if (!anyQuoted) out.push('No named person is quoted or cited.');

  out.push('## Sources by kind');
  const byKind = new Map<string, Set<string>>();
  for (const x of sourcingAttributions(a.attributions)) {
    const e = x.source.entity ? a.entities.find((y) => y.id === x.source.entity) : undefined;
    const set = byKind.get(x.source.kind) ?? new Set<string>();
    set.add(e?.name ?? cell(x.source.text, 50));
    byKind.set(x.source.kind, set);
  }
  if (!byKind.size) out.push('No attributions found.');
  for (const [k, set] of byKind) out.push(`- **${k}**: ${[...set].join('; ')}`);

  out.push('## Open findings');
  if (!findings.length) out.push('None.');
  for (const f of findings) out.push(`- line ${lineOf(a.text, f.start)} — ${f.severity} \`${f.rule}\`: ${f.message}`);

  out.push('## Annotations');
  if (!annotations.length) out.push('None.');
  for (const x of annotations) {
    const what = [statusOf(x.annotation), noteOf(x.annotation), linkOf(x.annotation)].filter(Boolean).join(' · ');
    out.push(x.start === null
      ? `- **orphaned** (${x.annotation.motivation || 'no motivation'}): “${cell(exactOf(x), 60)}” is no longer in the text${what ? ` — ${what}` : ''}`
      : `- line ${lineOf(a.text, x.start)} (${x.annotation.motivation || 'no motivation'}): “${cell(a.text.slice(x.start, x.end!), 60)}”${what ? ` — ${what}` : ''}`);
  }
  return out.join('\n\n').replace(/\n\n(\|)/g, '\n$1').replace(/\n\n(  - )/g, '\n$1').replace(/\n\n(- )/g, '\n$1');
}

function exactOf(x: Anchored): string {
  return quotedText(x.annotation);
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
