// Named-entity coreference on GUM: B-cubed and MUC over the named mentions of the reduction
// (gum-named.mjs). Gold clusters = GUM clusters restricted to the named mentions (a named mention
// in no cluster is a singleton). Predicted clusters = the JSON entities (one cluster per entity),
// restricted to predicted mentions whose span exactly equals a gold named mention's span; the
// other predicted mentions are counted (unmatched) but not scored.
import { b3, muc, spanKey } from '../lib/scoring.mjs';

/**
 * gold: [{ start, end, cluster }] (cluster null = singleton); json: one CLI JSON result.
 * Returns summable parts: B-cubed sums, MUC counts, mention counts.
 */
export function scoreCoref(gold, json) {
  const goldMentions = gold.map((m, i) => ({ start: m.start, end: m.end, cluster: m.cluster ?? `single:${i}` }));
  const goldKeys = new Set(goldMentions.map(spanKey));
  const predMentions = [];
  const seen = new Set();
  let unmatched = 0, predTotal = 0;
  for (const e of json.entities ?? []) {
    for (const m of e.mentions ?? []) {
      predTotal++;
      const k = spanKey(m);
      if (!goldKeys.has(k)) { unmatched++; continue; }
      if (seen.has(k)) continue; // one span in two entities: the first entity keeps it
      seen.add(k);
      predMentions.push({ start: m.start, end: m.end, cluster: e.id });
    }
  }
  return {
    b3: b3(goldMentions, predMentions),
    muc: muc(goldMentions, predMentions),
    goldMentions: goldMentions.length,
    goldClusters: new Set(goldMentions.map((m) => m.cluster)).size,
    predMentions: predTotal,
    predMatched: predMentions.length,
    predUnmatched: unmatched,
  };
}

export const emptyCorefCounts = () => ({
  b3: { p: 0, r: 0, nPred: 0, nGold: 0 }, muc: { pNum: 0, pDen: 0, rNum: 0, rDen: 0 },
  goldMentions: 0, goldClusters: 0, predMentions: 0, predMatched: 0, predUnmatched: 0,
});

export function addCorefCounts(acc, c) {
  for (const k of Object.keys(acc.b3)) acc.b3[k] += c.b3[k];
  for (const k of Object.keys(acc.muc)) acc.muc[k] += c.muc[k];
  for (const k of ['goldMentions', 'goldClusters', 'predMentions', 'predMatched', 'predUnmatched']) acc[k] += c[k];
  return acc;
}
