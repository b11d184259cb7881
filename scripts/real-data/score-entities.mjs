// Named entities, exact span: a prediction is right when its start, end and type (PER, ORG, LOC)
// equal a gold entity's. Gold MISC entities are not scored: they are dropped from the gold, and a
// predicted span that exactly equals a gold MISC span is dropped from the predictions too (the
// product has no MISC class, so such a prediction is neither right nor a false positive).
// "untyped" scores the spans alone (right span, any type) to separate boundary errors from type
// errors.
import { NER_CLASS, addCounts, counter, spanKey } from '../lib/scoring.mjs';

export const NER_TYPES = ['PER', 'ORG', 'LOC'];

/** Predicted entity mentions of one CLI JSON result: [{ start, end, type }], one per span+type. */
export function predictedMentions(json) {
  const out = new Map();
  for (const e of json.entities ?? []) {
    const type = NER_CLASS[e.kind] ?? e.nerClass;
    if (!NER_TYPES.includes(type)) continue;
    for (const m of e.mentions ?? []) {
      if (!(m.end > m.start)) continue;
      out.set(`${spanKey(m)}:${type}`, { start: m.start, end: m.end, type });
    }
  }
  return [...out.values()];
}

export const emptyEntityCounts = () => ({
  PER: counter(), ORG: counter(), LOC: counter(), untyped: counter(), droppedAsMisc: 0,
});

/**
 * Counts for one document. gold: [{ start, end, type }] with type PER/ORG/LOC/MISC (others are
 * ignored like MISC); pred: [{ start, end, type }].
 */
export function scoreEntities(gold, pred) {
  const c = emptyEntityCounts();
  const misc = new Set(gold.filter((g) => !NER_TYPES.includes(g.type)).map(spanKey));
  const G = gold.filter((g) => NER_TYPES.includes(g.type));
  const P = pred.filter((p) => !misc.has(spanKey(p)));
  c.droppedAsMisc = pred.length - P.length;
  const gTyped = new Set(G.map((g) => `${spanKey(g)}:${g.type}`));
  for (const t of NER_TYPES) {
    c[t].gold = G.filter((g) => g.type === t).length;
    const pt = P.filter((p) => p.type === t);
    c[t].pred = pt.length;
    c[t].correct = pt.filter((p) => gTyped.has(`${spanKey(p)}:${t}`)).length;
  }
  const gSpans = new Set(G.map(spanKey));
  const pSpans = new Set(P.map(spanKey));
  c.untyped = { gold: gSpans.size, pred: pSpans.size, correct: [...pSpans].filter((k) => gSpans.has(k)).length };
  return c;
}

export function addEntityCounts(acc, c) {
  for (const t of [...NER_TYPES, 'untyped']) addCounts(acc[t], c[t]);
  acc.droppedAsMisc += c.droppedAsMisc;
  return acc;
}

/** Micro-average over PER, ORG and LOC. */
export function overall(c) {
  return NER_TYPES.reduce((acc, t) => addCounts(acc, c[t]), counter());
}
