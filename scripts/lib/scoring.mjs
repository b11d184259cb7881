// Scoring helpers shared by the fixture eval (scripts/eval.mjs) and the real-data section
// (scripts/real-data/). Spans are { start, end } with `end` exclusive; mentions for the coreference
// scores also carry `cluster` (any value; equal values = same cluster).

/** Coarse classes as CoNLL counts them: publications and platforms are organisations. */
export const NER_CLASS = {
  person: 'PER', organisation: 'ORG', publication: 'ORG', platform: 'ORG', place: 'LOC',
};

export const spanKey = (s) => `${s.start}:${s.end}`;
export const overlapLength = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** correct/pred/gold counters; precision = correct/pred, recall = correct/gold. */
export const counter = () => ({ correct: 0, pred: 0, gold: 0 });

export function addCounts(acc, c) {
  acc.correct += c.correct;
  acc.pred += c.pred;
  acc.gold += c.gold;
  return acc;
}

export function prf(c) {
  const p = c.pred ? c.correct / c.pred : c.gold ? 0 : 1;
  const r = c.gold ? c.correct / c.gold : c.pred ? 0 : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: p, recall: r, f1: f };
}

/**
 * One-to-one matching of spans by overlap, largest overlap first (ties: earlier gold, then
 * earlier prediction). Returns a Map gold index -> prediction index.
 */
export function matchByOverlap(goldItems, predItems, spanOf = (x) => x) {
  const pairs = [];
  goldItems.forEach((g, gi) => predItems.forEach((p, pi) => {
    const a = spanOf(g), b = spanOf(p);
    if (!a || !b) return;
    const ov = overlapLength(a, b);
    if (ov > 0) pairs.push([ov, gi, pi]);
  }));
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const gUsed = new Map(), pUsed = new Set();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.set(gi, pi);
    pUsed.add(pi);
  }
  return gUsed;
}

/** Mention key -> cluster, and cluster -> Set of mention keys. */
function clustering(mentions) {
  const of = new Map(mentions.map((m) => [spanKey(m), m.cluster]));
  const sets = new Map();
  for (const [k, c] of of) {
    if (!sets.has(c)) sets.set(c, new Set());
    sets.get(c).add(k);
  }
  return { of, sets, setOf: (k) => (of.has(k) ? sets.get(of.get(k)) : new Set([k])) };
}

/**
 * B-cubed as sums: r = sum over gold mentions of |G∩P|/|G|, p = sum over predicted mentions of
 * |G∩P|/|P|. A mention absent from the other side counts as a singleton there.
 * Precision = p / nPred, recall = r / nGold.
 */
export function b3(goldMentions, predMentions) {
  const G = clustering(goldMentions), P = clustering(predMentions);
  const share = (A, B) => { let n = 0; for (const x of A) if (B.has(x)) n++; return n; };
  let r = 0, p = 0;
  for (const k of G.of.keys()) { const g = G.setOf(k); r += share(g, P.setOf(k)) / g.size; }
  for (const k of P.of.keys()) { const q = P.setOf(k); p += share(q, G.setOf(k)) / q.size; }
  return { r, p, nGold: G.of.size, nPred: P.of.size };
}

/**
 * MUC (Vilain et al. 1995) as counts: recall numerator = sum over gold clusters K of
 * |K| - |partitions of K by the predicted clusters| (a mention the prediction lacks is its own
 * partition), denominator = sum of |K| - 1; precision the same with the sides swapped.
 */
export function muc(goldMentions, predMentions) {
  const side = (A, B) => {
    let num = 0, den = 0;
    for (const set of A.sets.values()) {
      const parts = new Set();
      for (const k of set) parts.add(B.of.has(k) ? `c:${B.of.get(k)}` : `m:${k}`);
      num += set.size - parts.size;
      den += set.size - 1;
    }
    return { num, den };
  };
  const G = clustering(goldMentions), P = clustering(predMentions);
  const rec = side(G, P), pre = side(P, G);
  return { rNum: rec.num, rDen: rec.den, pNum: pre.num, pDen: pre.den };
}

/** P/R/F1 from summed B-cubed or MUC parts. */
export function ratioPrf(pNum, pDen, rNum, rDen) {
  const p = pDen ? pNum / pDen : 0, r = rDen ? rNum / rDen : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
