// Quote speakers on PolNeAR: whether the speaker Sourced gives a quotation is the source the
// annotators gave the attribution whose content holds it. PolNeAR has no quote annotation of its
// own, so a quotation is judged only where a gold attribution's content covers at least half of it (where
// several do, "“…,” X said, according to Y", any of their sources is right).
//   right      the predicted speaker span (speakerSpan) overlaps that attribution's source, or the
//              speaker entity has a mention there (the same person, named at another place)
//   wrong      neither, and the gold source is a name or a description (not a pronoun)
//   pronoun    the gold source is a pronoun ("he", "she", …) that neither overlaps: the speaker may
//              well be right (the pronoun's antecedent), so it is counted apart
//   none       Sourced gives the quotation no speaker
// accuracy = right / (right + wrong); coverage = (right + wrong + pronoun) / judged quotations;
// spanRight: right by the speaker span alone (the stricter reading).
import { overlapLength } from '../lib/scoring.mjs';

const PRONOUN = /^(?:he|she|they|i|we|you|it|him|her|them|his|hers|their)$/i;

const span = (x) => (Array.isArray(x) ? { start: x[0], end: x[1] } : x && Number.isInteger(x.start) ? { start: x.start, end: x.end } : null);

export const emptyQuoteSpeakerCounts = () => ({ judged: 0, right: 0, wrong: 0, pronoun: 0, none: 0, spanRight: 0 });

/** Counts for one document: `gold` PolNeAR attributions ({cue, source, content} as [start, end]),
 *  `json` the CLI's JSON for the same text, `text` the document. */
export function scoreQuoteSpeakers(gold, json, text) {
  const c = emptyQuoteSpeakerCounts();
  const golds = gold.map((g) => ({ source: span(g.source), content: span(g.content) })).filter((g) => g.source && g.content);
  const mentionsOf = new Map((json.entities ?? []).map((e) => [e.id, (e.mentions ?? []).map(span).filter(Boolean)]));
  for (const q of json.quotes ?? []) {
    const qs = span(q);
    if (!qs || qs.end - qs.start < 8) continue;
    // The attributions whose content covers at least half of the quotation, most first: "“…,” X
    // said, according to Y" has two, and either source is a fair answer.
    const covering = golds.filter((g) => overlapLength(g.content, qs) * 2 >= qs.end - qs.start)
      .sort((x, y) => overlapLength(y.content, qs) - overlapLength(x.content, qs));
    if (!covering.length) continue;
    c.judged++;
    const sp = span(q.speakerSpan);
    if (!sp && !q.speaker) {
      c.none++;
      continue;
    }
    const mentions = mentionsOf.get(q.speaker) ?? [];
    const hitIn = (g) => (s) => !!s && overlapLength(s, g.source) > 0;
    if (covering.some((g) => hitIn(g)(sp))) c.spanRight++;
    if (covering.some((g) => hitIn(g)(sp) || mentions.some(hitIn(g)))) c.right++;
    else if (PRONOUN.test(text.slice(covering[0].source.start, covering[0].source.end).trim())) c.pronoun++;
    else c.wrong++;
  }
  return c;
}

export function addQuoteSpeakerCounts(acc, c) {
  for (const k of Object.keys(acc)) acc[k] += c[k];
  return acc;
}

/** The figures printed and kept in the JSON. */
export function quoteSpeakerFigures(c) {
  const decided = c.right + c.wrong;
  return {
    ...c,
    accuracy: decided ? c.right / decided : 0,
    coverage: c.judged ? (c.right + c.wrong + c.pronoun) / c.judged : 0,
  };
}
