// Hovers: what Sourced knows about the entity, source, quote or claim under the cursor.
import type { Analysis, Attribution, Claim, DateMention, Entity, Span } from '../analysis/types';
import { WEEKDAY_NAMES, weekdayOf } from '../analysis/dates';
import { sourcingAttributions } from '../analysis/stance-cues';

const KIND_LABEL: Record<string, string> = {
  person: 'person', organisation: 'organisation', place: 'place', publication: 'publication', platform: 'platform',
};
const SOURCE_LABEL: Record<string, string> = {
  person: 'a named person', organisation: 'an organisation', publication: 'a publication', platform: 'a platform',
  document: 'a document', anonymous: 'an unnamed source', vague: 'a vague source', wire: 'a wire service credit',
};

const inside = (s: Span, off: number) => s.start <= off && off < Math.max(s.end, s.start + 1);

function clip(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function md(s: string): string {
  return s.replace(/([\\`*_{}[\]<>|])/g, '\\$1');
}

export function entityHover(a: Analysis, e: Entity): string {
  const lines: string[] = [];
  lines.push(`**${md(e.name)}** — ${KIND_LABEL[e.kind]}`);
  if (e.roles.length) lines.push(`Roles in the text: ${e.roles.map((r) => `*${md(r)}*`).join('; ')}`);
  const first = e.mentions[0];
  const forms = [...new Set(e.mentions.map((m) => m.text))];
  lines.push(`${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} (${forms.map((f) => `“${md(f)}”`).join(', ')}); first: line ${lineOf(a.text, first.start)}`);
  const desc = a.descriptions.filter((d) => d.entity === e.id);
  if (desc.length) lines.push(`Also referred to as: ${[...new Set(desc.map((d) => `“${md(d.text)}”`))].join(', ')}`);
  // (Stances — a wish, a refusal, backing or attacking — are not what someone is cited for.)
  const said = sourcingAttributions(a.attributions).filter((at) => at.source.entity === e.id);
  if (said.length) {
    lines.push(e.kind === 'person' ? '**Quoted or cited saying:**' : '**Cited for:**');
    for (const at of said.slice(0, 5)) lines.push(`- ${md(at.cue.text)}: “${md(clip(a.text.slice(at.content.start, at.content.end)))}”`);
    if (said.length > 5) lines.push(`- and ${said.length - 5} more`);
  }
  if (e.knowledge) {
    const k = e.knowledge;
    const facts = [k.type, k.country].filter(Boolean).join(', ');
    lines.push(`Known to Sourced (${k.registry}): ${md(k.name)}${facts ? ` — ${md(facts)}` : ''}${k.aliases?.length ? `; also ${k.aliases.slice(0, 4).map(md).join(', ')}` : ''}`);
  } else if (e.kind === 'publication') {
    lines.push('Not in the sources registry.');
  }
  return lines.join('\n\n');
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export function attributionHover(a: Analysis, at: Attribution): string {
  const src = at.source;
  const lines = [`**Attribution** — “${md(at.cue.text)}”, ${SOURCE_LABEL[src.kind]}: **${md(clip(src.text, 60))}**`];
  if (src.kind === 'wire') lines.push('The wire credit covers the reporting of the whole article.');
  else lines.push(`Covers: “${md(clip(a.text.slice(at.content.start, at.content.end), 160))}”`);
  if (at.anonymityReason) lines.push(`Reason for anonymity: “${md(a.text.slice(at.anonymityReason.start, at.anonymityReason.end))}”`);
  return lines.join('\n\n');
}

export function claimHover(a: Analysis, c: Claim, verified?: string): string {
  const lines = [`**Claim** — ${c.kinds.join(', ')}`];
  const sources = c.supportedBy.map((i) => a.attributions[i]).filter(Boolean);
  if (sources.length) {
    lines.push('Supported by: ' + sources.map((s) => `${md(clip(s.source.text, 50))} (${s.source.kind}, “${md(s.cue.text)}”)`).join('; '));
  } else if (c.twin !== undefined) {
    const t = a.sentences[c.twin];
    lines.push(`Supported by the same figure, sourced, at line ${lineOf(a.text, t.start)}: “${md(clip(a.text.slice(t.start, t.end), 120))}”`);
  } else {
    lines.push('No source in this sentence or elsewhere in the article.');
  }
  if (verified) lines.push(verified);
  return lines.join('\n\n');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A resolved date in words: "Thursday 27 February 2025", "February 2025", "2024". */
function spelled(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return `${y}`;
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  return `${WEEKDAY_NAMES[weekdayOf(y, m, d)]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** What a date in the text stands for, and the article date it was read against. */
export function dateHover(a: Analysis, d: DateMention): string {
  const lines = [`**Date** — “${md(d.text)}”${d.value && !d.value.startsWith('--') ? `: ${spelled(d.value)}` : ''}`];
  if (a.articleDate) {
    lines.push(`Article date: ${spelled(a.articleDate)}, from the ${a.articleDateSource ?? 'front matter'}.`);
  } else {
    lines.push('No article date found (a `date:` in front matter, a dateline with a year, or a date line near the top), so '
      + (d.relative ? 'this relative date is not resolved.' : 'a date without a year is not checked against its weekday.')
      + ' The quick fix *Add the article date* adds `date:` front matter.');
  }
  return lines.join('\n\n');
}

/** The hover text at an offset, or null. Entities first, then cues and sources, then claims. */
export function hoverAt(a: Analysis, offset: number, verifiedNote?: (c: Claim) => string | undefined): { markdown: string; span: Span } | null {
  for (const e of a.entities) {
    for (const m of e.mentions) if (inside(m, offset)) return { markdown: entityHover(a, e), span: m };
  }
  for (const d of a.descriptions) {
    if (inside(d.span, offset)) {
      const e = a.entities.find((x) => x.id === d.entity);
      if (e) return { markdown: `“${md(d.text)}” refers to **${md(e.name)}**\n\n${entityHover(a, e)}`, span: d.span };
    }
  }
  for (const at of sourcingAttributions(a.attributions)) {
    if (inside(at.cue, offset) || inside(at.source, offset)) return { markdown: attributionHover(a, at), span: inside(at.cue, offset) ? at.cue : at.source };
  }
  for (const q of a.quantities) {
    const c = a.claims.find((x) => x.quantities.some((i) => a.quantities[i] === q));
    if (c && inside(q, offset)) return { markdown: claimHover(a, c, verifiedNote?.(c)), span: q };
  }
  for (const d of a.dates) {
    if (inside(d, offset) && (d.weekday !== undefined || d.relative || !a.articleDate)) return { markdown: dateHover(a, d), span: d };
  }
  for (const c of a.claims) {
    if (inside(c, offset)) return { markdown: claimHover(a, c, verifiedNote?.(c)), span: c };
  }
  return null;
}
