// Attributions (PolNeAR scoring): a predicted span is right when it overlaps a gold span of the
// same role. Per role (cue, source, content), predicted and gold spans are matched one-to-one by
// largest overlap (identical spans on one side count once: "X and Y said" shares a content);
// precision = matched predicted spans / predicted spans, recall = matched gold spans / gold spans.
// Gold roles that are null (an attribution without source) are skipped.
// "same attribution": attributions are first paired one-to-one by cue overlap; a source or content
// then counts only when it overlaps the gold role of the attribution its cue was paired with.
// Source kinds: the predicted kind of every predicted source matched to a gold source (role
// level), as information only (PolNeAR has no kinds).
import { addCounts, counter, matchByOverlap, spanKey } from '../lib/scoring.mjs';

export const ROLES = ['cue', 'source', 'content'];

const toSpan = (x) => {
  if (!x) return null;
  const [start, end] = Array.isArray(x) ? x : [x.start, x.end];
  return Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
};

/** [{ cue, source, content }] with { start, end } or null, from PolNeAR gold or CLI JSON. */
export function normaliseAttributions(list) {
  return (list ?? []).map((a) => ({
    // (An agentless passive in the CLI JSON names no source, as a PolNeAR attribution whose source is null.)
    cue: toSpan(a.cue), source: a.agentless ? null : toSpan(a.source), content: toSpan(a.content),
    kind: a.source && !Array.isArray(a.source) ? a.source.kind ?? null : null,
  }));
}

const unique = (spans) => {
  const m = new Map();
  for (const s of spans) if (s && !m.has(spanKey(s))) m.set(spanKey(s), s);
  return [...m.values()];
};

export const emptyAttributionCounts = () => ({
  cue: counter(), source: counter(), content: counter(),
  sameSource: counter(), sameContent: counter(), kinds: {},
});

/** Counts for one document; gold and pred as normaliseAttributions returns them. */
export function scoreAttributions(gold, pred) {
  const c = emptyAttributionCounts();
  for (const role of ROLES) {
    const g = unique(gold.map((a) => a[role]));
    const p = unique(pred.map((a) => a[role]));
    const m = matchByOverlap(g, p);
    c[role] = { correct: m.size, pred: p.length, gold: g.length };
    if (role === 'source') {
      const matchedKeys = new Set([...m.values()].map((pi) => spanKey(p[pi])));
      const counted = new Set();
      for (const a of pred) {
        if (!a.source || !matchedKeys.has(spanKey(a.source)) || counted.has(spanKey(a.source))) continue;
        counted.add(spanKey(a.source));
        const k = a.kind ?? 'none';
        c.kinds[k] = (c.kinds[k] ?? 0) + 1;
      }
    }
  }
  // Same attribution: pair by cue, then compare the roles of each pair.
  const gc = gold.filter((a) => a.cue), pc = pred.filter((a) => a.cue);
  const pairs = matchByOverlap(gc, pc, (a) => a.cue);
  for (const [role, key] of [['source', 'sameSource'], ['content', 'sameContent']]) {
    c[key].gold = gc.filter((a) => a[role]).length;
    c[key].pred = pc.filter((a) => a[role]).length;
    for (const [gi, pi] of pairs) {
      const a = gc[gi][role], b = pc[pi][role];
      if (a && b && Math.min(a.end, b.end) > Math.max(a.start, b.start)) c[key].correct++;
    }
  }
  return c;
}

export function addAttributionCounts(acc, c) {
  for (const k of [...ROLES, 'sameSource', 'sameContent']) addCounts(acc[k], c[k]);
  for (const [k, n] of Object.entries(c.kinds)) acc.kinds[k] = (acc.kinds[k] ?? 0) + n;
  return acc;
}
