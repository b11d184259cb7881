import type { Analysis, Claim, Finding, Quantity } from '../analysis/types';
import { figureKey, isStatistic } from '../analysis/claims';
import type { Rule } from './types';
import { attributeFixes, quoteText } from './util';

const MARKET_THING = String.raw`(?:shares|stocks?|share prices?|stock prices?|(?:crude|oil|brent|gold|copper|silver|platinum|aluminium|commodity) prices?|crudes|\w+ futures|(?:the )?prices? of (?:gold|oil|crude|silver|copper|platinum|brent)|crude|brent|(?:a|per|an) (?:barrel|ounce|gallon)|barrel of|the (?:index|nikkei|dow(?: jones)?|ftse(?: 100| 250)?|nasdaq|dax|cac(?: 40)?|hang seng|s&p 500|kospi|sensex)|nikkei|ftse|nasdaq|dow jones|(?:the|a) (?:us |american |canadian |australian |new zealand |hong kong |singapore )?(?:dollar|euro|yen|pound|sterling|rupiah|baht|won|yuan|rouble|ruble|franc|peso|rupee|ringgit|real|rand|lira|krona|krone|currency)|sterling|bond yields?|yields? on|gilts?|treasury (?:yields?|bonds?))`;
const MARKET_MOVE = String.raw`(?:above|below|topped|topping|clos(?:ed|ing)|ended|finished|open(?:ed|ing)|trad(?:ed|ing|e)|rose|rising|risen|fell|falling|fallen|gained|gaining|lost|losing|slipped|slid|sliding|jumped|climbed|dropped|soared|surged|plunged|tumbled|rallied|rebounded|bounc(?:ed|ing)|eased|edged|hit|touched|reached|added|adding|shed|down|up|higher|lower|peak(?:ed)?|dipped|dipping|sank|sunk|sinking|slumped|slumping|recovered|recovering|weakened|weakening|strengthened|strengthening|firmed|firming|advanced|advancing|declined|declining|plummeted|plummeting|plunging|tumbling|soaring|surging|rallying|edging|retreated|retreating|dived|dove|diving|climbing|jumping|dropping|leapt|leaped|crashed|spiked|rebounding|steadied|unchanged|flat)`;
const MARKET_THING_RE = new RegExp(String.raw`\b${MARKET_THING}\b`, 'i');
const MARKET_MOVE_RE = new RegExp(String.raw`\b${MARKET_MOVE}\b`, 'i');
const MARKET_SESSION_RE = /\b(?:against (?:both )?the (?:us )?(?:dollar|euro|yen|pound)|in (?:\w+ )?(?:morning |afternoon |early |late |after-hours |overnight )?trad(?:e|ing)|at the close|(?:was |is |were |are )?trading at|in the (?:past|last) (?:\w+ )?(?:trading )?sessions?)\b/i;

/** "A viewer poll saw Hero emerge as the favourite with 32% of votes": the poll is the source. */
const DOCUMENT_SUBJECT = /\b(?:a|an|the|its|their) (?:[\w'’-]+ ){0,3}(?:poll|survey|study|census|ballot|audit|review|analysis|report) (?:also )?(?:saw|found|finds|showed|shows|gave|gives|put|puts|suggested|suggests|revealed|reveals|estimated|estimates)\b/i;
const DOCUMENT_IN = /\b(?:in|according to|on) (?:his|her|its|their|the|a|an) (?:[\w'’-]+ ){0,4}(?:report|statement|budget|speech|filing|accounts|results|letter|announcement|forecast|prospectus|submission|testimony|survey|poll|study|research|investigation|review|inquiry|audit|list|rankings|league table|chart|index)\b/i;
const SAMPLE_REF = /(?:(?<=\p{L}\s)(?:surveyed|polled|questioned|interviewed|sampled)\b|\b(?:those|people|adults|respondents|consumers|users|voters|parents)\s+asked|respondents|of (?:its |their |the )?(?:readers|listeners|viewers))\b/iu;
const SURVEY_WORD = /\b(?:survey|poll|study|questionnaire|research)\b/i;

/** A sentence reporting prices on a financial market: "Shares in X closed down 8%", "crude rose to $42.30 a barrel". */
export function isMarketReport(sentence: string): boolean {
  // A market's thing and a move in one clause, or a trading session named.
  for (const clause of sentence.split(/[.;:]/)) {
    const thing = MARKET_THING_RE.exec(clause);
    if (!thing) continue;
    const rest = clause.slice(thing.index + thing[0].length, thing.index + thing[0].length + 120);
    if (MARKET_MOVE_RE.test(rest)) return true;
  }
  return MARKET_SESSION_RE.test(sentence);
}

/** What an organisation counts about itself. */
const OWN_NOUN = String.raw`(?:pre-tax |net |operating |annual |quarterly |full-year |half-year |first-half |underlying |total |key |main |benchmark |headline |interest ){0,3}(?:profits?|sales|revenues?|turnover|earnings|income|loss(?:es)?|margins?|dividends?|subscribers|customers|users|members|workforce|staff|stake|offer|bid|budget|debts?|market share|orders|rates?|bill|payout|fees?|prices?|capital|reserves|assets|spending|investment)`;
/** What an organisation does with its own figures: "BMW sold", "the bank lifted rates", "it posted a profit". */
const OWN_VERB = String.raw`(?:posted|posts|reported|reports|made|makes|generated|generates|received|receives|receive|tabled|sold|sells|sell|shipped|delivered|lifted|raised|raises|cut|cuts|lowered|held|holds|kept|keeps|left|leaves|set|sets|paid|pays|offered|offers|bought|buys|buy|acquired|acquire|invested|invest|invests|bid|bidding|earned|earns|recorded|booked|returned|spent|spends|saw|sees|enjoyed|suffered|achieved|employs|employed|added|adds|attracted|signed up|gained|interviewed|surveyed|polled|questioned|increased|reduced|plans to (?:cut|raise|invest|spend|buy|pay|create)|aims to (?:cut|raise|invest|spend|buy|pay|create|sell)|is to (?:cut|raise|invest|spend|buy|pay)|agreed to (?:pay|buy|sell))`;
const ORG = '\u00a7ORG\u00a7';
const OWN_RES = [
  new RegExp(String.raw`${ORG}(?:'s|’s|')\s+(?:[\w,.-]+\s+){0,3}?${OWN_NOUN}\b`, 'i'),
  new RegExp(String.raw`\b${OWN_NOUN}\s+(?:at|of|for)\s+(?:[\w-]+\s+){0,4}?${ORG}`, 'i'),
  new RegExp(String.raw`^[\s"“‘(]*(?:(?:[\w,'’§-]+\s+){0,6}?)${ORG}(?:\s*\([^()]{1,15}\))?,?\s+(?:(?:has|have|had|is|was|will|would|also|now|already|just|then|last|this|year|week|month|today|yesterday|on|\w+day|\w+ly|seeking|trying|hoping|looking|planning|offering|expected|set|going|to)\s+){0,4}?${OWN_VERB}\b`, 'i'),
];
/** "Amicus has 1.2 million members", "Sky Plus …, with 474,000 subscribers": checked after an organisation's name. */
const OWN_COUNT_RE = /\b(?:has|had|with|have)\s+(?:[\w,.-]+\s+){1,3}?(?:subscribers|customers|users|members|employees|staff|workers|stores|shops|branches|outlets|clients)\b/i;
const ORG_ANAPHOR = /\b(?:the (?:[\p{L}-]+ ){0,2}?(?:company|firm|group|bank|airline|carrier|retailer|club|business|chain|operator|manufacturer|maker|insurer|lender|brewer|broadcaster|publisher|studio|network|giant|conglomerate|supermarket)|it|its)\b/giu;

/** True when the sentence gives figures as an organisation's own, with the organisation named in it. */
export function ownFigures(a: Analysis, start: number, end: number, firstFigure: number): boolean {
  const orgs: { start: number; end: number }[] = [];
  const others: { start: number; end: number }[] = [];
  for (const e of a.entities) {
    for (const m of e.mentions) {
      if (m.start < start || m.end > end) continue;
      (e.kind === 'organisation' || e.kind === 'publication' ? orgs : others).push(m);
    }
  }
  // Company names the entity pass left untyped ("Danish brewer Carlsberg suffered …"): a capitalised
  // name inside the sentence that is no person or place. Not the sentence's first word, which is
  // capitalised anyway ("Exports rose …").
  const sentence = a.text.slice(start, end);
  for (const m of sentence.matchAll(/(?<=[\p{Ll},]\s)\p{Lu}[\p{L}&'’.-]*[\p{L}](?:\s\p{Lu}[\p{L}&.-]*[\p{L}])*/gu)) {
    const ms = start + m.index!;
    const me = ms + m[0].replace(/(?:'s|’s)$/, '').length;
    if ([...orgs, ...others].some((o) => o.start < me && ms < o.end)) continue;
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|Mr|Mrs|Ms|Dr)$/.test(m[0].replace(/(?:'s|’s)$/, ''))) continue;
    orgs.push({ start: ms, end: me });
  }
  let str = a.text.slice(start, end);
  const marks: { start: number; end: number }[] = [...orgs];
  for (const m of str.matchAll(ORG_ANAPHOR)) {
    if (/^its$/i.test(m[0])) continue;
    marks.push({ start: start + m.index!, end: start + m.index! + m[0].length });
  }
  marks.sort((x, y) => y.start - x.start);
  for (let i = marks.length - 1; i > 0; i--) if (marks[i - 1].start < marks[i].end) marks.splice(i - 1, 1);
  let first = Infinity;
  for (const m of marks) {
    if (m.start < firstFigure) first = Math.min(first, m.start);
    str = str.slice(0, m.start - start) + ORG + str.slice(m.end - start);
  }
  // "its profits": the owner is the organisation the sentence is about.
  str = str.replace(/\bits\b/gi, `${ORG}'s`);
  if (first === Infinity && !/\bits\b/i.test(a.text.slice(start, firstFigure))) return false;
  if (OWN_RES.some((re) => re.test(str))) return true;
  const at = str.indexOf(ORG);
  return at >= 0 && OWN_COUNT_RE.test(str.slice(at, at + 100).split(/[.;]/)[0]);
}

export const unsourcedStatistic: Rule = {
  id: 'unsourced-statistic',
  defaultSeverity: 'warning',
  summary: 'A figure (percentage, money, count, ranking) with no source in its sentence and no sourced twin elsewhere.',
  check(a) {
    const out: Finding[] = [];
    // Each figure's other occurrences, found once.
    const byFigure = new Map<string, { claim: Claim; q: Quantity }[]>();
    for (const c of a.claims) {
      for (const i of c.quantities) {
        const q = a.quantities[i];
        const l = byFigure.get(figureKey(q)) ?? [];
        l.push({ claim: c, q });
        byFigure.set(figureKey(q), l);
      }
    }
    for (const c of a.claims) {
      if (!c.kinds.includes('figure') || c.twin !== undefined) continue;
      // Headlines are checked by headline-unsupported: they summarise the body.
      if (a.blocks[a.sentences[c.sentence].block].kind === 'headline') continue;
      if (c.supportedBy.some((i) => a.attributions[i].source.kind !== 'wire')) continue;
      const qs = c.quantities.map((i) => a.quantities[i]).filter(isStatistic);
      if (!qs.length) continue;
      const s = a.sentences[c.sentence];
      const str = a.text.slice(s.start, s.end);
      // Prices made on a market (a share, a currency, crude, an index) are public record, not
      // somebody's statistic.
      if (isMarketReport(str)) continue;
      // "Brown reallocated £512m in his pre-Budget report", "…, it said in a statement": the
      // document the figures were given in is named in the sentence.
      if (DOCUMENT_IN.test(str) || DOCUMENT_SUBJECT.test(str)) continue;
      // "12% of those surveyed …": a figure about a survey's sample, in an article that names the survey.
      if (SAMPLE_REF.test(str) && a.attributions.some((x) => x.source.kind !== 'vague' && x.source.kind !== 'wire' && SURVEY_WORD.test(a.text.slice(a.sentences[x.sentence].start, a.sentences[x.sentence].end)))) continue;
      // (A converted sum in brackets, "$32,500 (£17,320)", goes with the figure before it.)
      const conversion = (q: Quantity) => q.kind === 'money' && /[(;]\s*$/.test(a.text.slice(Math.max(0, q.start - 3), q.start));
      // A legal maximum ("could be fined up to £5,000", "faces up to five years") is the law's, not a statistic.
      if (qs.every((q) => conversion(q) || /\b(?:fined?|fines|penalty|penalties|damages|compensation|sentence|jail|prison)(?: of)? up to\s+$|\bmaximum (?:fine|penalty|sentence)s? (?:of|is|was|stands at|will be)\s+$/i.test(a.text.slice(Math.max(0, q.start - 30), q.start)))) continue;
      // "a 100% record", "100% certain": an idiom, not a measurement.
      if (qs.every((q) => q.kind === 'percent' && q.value === 100 && /^\s*(?:record|certain|sure|committed|fit|behind|confident|right|wrong|effort|success)\b/i.test(a.text.slice(q.end, q.end + 12)))) continue;
      // The price a seller charges ("the service costs $15 per month") is the seller's, stated with it.
      if (qs.every((q) => conversion(q) || /\b(?:costs?|costing|priced at|charges?|charging|sells? for|selling for|retails? (?:at|for))\s+(?:just |only |about |around |from )?$/i.test(a.text.slice(Math.max(0, q.start - 30), q.start)) && /^\s*(?:per|a|an|each)\s+(?:month|year|week|day|copy|ticket|download|song|track|minute|call|message|user|head|unit|game|issue)\b/i.test(a.text.slice(q.end, q.end + 20)))) continue;
      // A tally of votes ("by 297 votes to 203") is the record of the vote itself.
      const tally = (q: Quantity) => /^\s*votes?\b/.test(a.text.slice(q.end, q.end + 8)) || /\bmajority of\s+$/.test(a.text.slice(Math.max(0, q.start - 14), q.start)) || /\bvotes?\s+to\s+$/.test(a.text.slice(Math.max(0, q.start - 12), q.start));
      if (qs.every(tally)) continue;
      // An organisation's own figures stated with it ("profits at TimeWarner rose 76%", "BMW sold
      // 95,000 cars", "the central bank left its rate at 2%"): the organisation is the source.
      if (ownFigures(a, s.start, s.end, Math.min(...qs.map((q) => q.start)))) continue;
      const figures = qs.map((q) => `“${q.text}”`).join(', ');
      const span = { start: Math.min(...qs.map((q) => q.start)), end: Math.max(...qs.map((q) => q.end)) };
      // The same figure elsewhere, also without a source: point at it.
      const related = [];
      for (const x of qs) {
        for (const other of byFigure.get(figureKey(x)) ?? []) {
          if (related.length >= 3) break;
          if (other.claim === c) continue;
          related.push({ start: other.q.start, end: other.q.end, message: `The same figure here has no source either: “${quoteText(a, other.claim)}”` });
        }
      }
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: span.start,
        end: span.end,
        message: `${qs.length > 1 ? 'Figures' : 'Figure'} ${figures} ${qs.length > 1 ? 'have' : 'has'} no source: say who measured or reported ${qs.length > 1 ? 'them' : 'it'} (", according to …"), or mark the claim verified.`,
        related,
        fixes: attributeFixes(a, s, this.id, span),
      });
    }
    return out;
  },
};
