import type { Analysis } from '../analysis/types';
import { mentionsIn } from '../analysis/spans';
import { reportsInSentence } from './util';

/** A noun of a publication's own data right after its name: "a Harbour Gazette tally", "… poll". */
const OWN_DATA_AFTER = /^\s*(?:tally|poll|survey|count|analysis|estimates?|data|figures|projections?)\b/i;

/**
 * Whether the sentence after sentence `si` credits a publication — names one as the source of what
 * it reports ("Vedomosti newspaper reported that …") or as where it was said ("An official has told
 * the Reuters news agency that …", "…, according to reports in the Harbour Gazette"): the story's
 * hedge just before ("The ministry is reportedly planning to sell the bank.") is that report's. Only
 * the next sentence, in the same paragraph or opening the next one: a report credited further on
 * leaves the hedge standing alone.
 */
export function publicationCreditedNext(a: Analysis, si: number): boolean {
  const s = a.sentences[si];
  const n = a.sentences[si + 1];
  if (!s || !n || (n.block !== s.block && n.block !== s.block + 1)) return false;
  const kind = a.blocks[n.block]?.kind;
  if (kind !== 'paragraph' && kind !== 'standfirst') return false;
  const pubs = mentionsIn(a, n.start, n.end).filter((m) => m.kind === 'publication');
  if (!pubs.length) return false;
  // (The publication the source, or named just after the cue: "told the Reuters news agency",
  // "according to reports in the Harbour Gazette". A broadcaster the story is about is neither.)
  // (Not a publication's tally or poll, "…, according to a Harbour Gazette tally": it gives its
  // own figures, not the report hedged before.)
  return reportsInSentence(a, n.index).some((x) => x.source.kind !== 'document' && !OWN_DATA_AFTER.test(a.text.slice(x.source.end, x.source.end + 14))
    && (x.source.kind === 'publication' || pubs.some((m) => m.start >= x.cue.end && m.start - x.cue.end <= 40)));
}
