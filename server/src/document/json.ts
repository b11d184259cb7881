// The CLI's JSON shape: a public contract. Keys may be added, never renamed or dropped.
import type { Analysis, Finding } from '../analysis/types';
import { lineIndex } from './lines';

export interface JsonAnnotation {
  id: string;
  motivation: string;
  status: 'anchored' | 'orphaned';
  start: number | null;
  end: number | null;
}

export function toJson(file: string, a: Analysis, findings: Finding[], annotations?: JsonAnnotation[]) {
  const lines = lineIndex(a.text);
  // Each entity's descriptions, in the analysis's order: one pass, not one over every
  // description for each entity (10^4 entities times their descriptions).
  const descriptionsOf = new Map<string, { start: number; end: number; text: string }[]>();
  for (const d of a.descriptions) {
    const own = descriptionsOf.get(d.entity);
    const item = { start: d.span.start, end: d.span.end, text: d.text };
    if (own) own.push(item);
    else descriptionsOf.set(d.entity, [item]);
  }
  return {
    file,
    entities: a.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      nerClass: e.nerClass,
      roles: e.roles,
      descriptions: descriptionsOf.get(e.id) ?? [],
      knowledge: e.knowledge ?? null,
    })),
    quotes: a.quotes
      .filter((q) => q.speech)
      .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, speakerSpan: q.speakerSpan, continued: q.continued })),
    attributions: a.attributions.map((at) => ({
      cue: { start: at.cue.start, end: at.cue.end, text: at.cue.text },
      source: { start: at.source.start, end: at.source.end, text: at.source.text, kind: at.source.kind, entity: at.source.entity },
      content: { start: at.content.start, end: at.content.end },
      anonymityReason: at.anonymityReason ?? null,
      attributionKind: at.kind ?? 'statement',
      agentless: at.agentless ?? false,
    })),
    claims: a.claims.map((c) => ({
      start: c.start,
      end: c.end,
      kinds: c.kinds,
      supportedBy: c.supportedBy,
      twin: c.twin ?? null,
    })),
    findings: findings.map((f) => {
      const p = lines.position(f.start);
      return { rule: f.rule, severity: f.severity, start: f.start, end: f.end, line: p.line + 1, character: p.character + 1, message: f.message };
    }),
    quantities: a.quantities.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, value: q.value, unit: q.unit, role: q.role ?? null, roleEvidence: q.roleEvidence ? { start: q.roleEvidence.start, end: q.roleEvidence.end } : null, roleReason: q.roleReason ?? null, roleRule: q.roleRule ?? null })),
    dates: a.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, relative: d.relative })),
    blocks: a.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, section: b.section ?? 0 })),
    articleDate: a.articleDate,
    articleDateSource: a.articleDateSource,
    ...(annotations ? { annotations } : {}),
  };
}
