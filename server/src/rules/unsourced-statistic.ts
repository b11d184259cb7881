import type { Analysis, Claim, Finding, Quantity, Span } from '../analysis/types';
import { figureKey, isStatistic, shareTopic } from '../analysis/claims';
import { lastStartingBy } from '../analysis/spans';
import { PAST_EVENTS } from '../analysis/lexicon';
import { escapeRegExp, PrefixThenPhrase } from '../analysis/regexp';
import { ESTIMATE, MEASURED_WORLD, companyOpens, measured } from '../analysis/figure-words';
import { coverageOf, coveredBy } from '../analysis/figure-coverage';
import { MARKET_MOVE, economyBeforeMarket, eventTerms as termsOf, isMarketReport } from '../analysis/figure-roles';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { attributeFixes, attributionsBySentence, nameInApposition, quoteText } from './util';
import { mentionsIn } from '../analysis/spans';
import { SPACES, words as wordList } from '../analysis/tokens';
import { isPersonNoun } from '../analysis/noun-phrase';
import { OPENING_MARKS, endsWithOneOf, endsWithSpace, hasDigit, hasUpper, indexOfOneOf, isSpace, markThenSpace, onlySpaceAnd, skipSpaceAnd, withoutPossessive } from '../analysis/tokens';

/** The word "its" (global: for `replace`, and `search` to test). */
const ITS_WORD = /\bits\b/gi;
/** What joins two figures of a range or a pair: "10 to 12", "5-6", "two or three". */
const RANGE_JOINERS = ['and', 'to', '-', '–', 'or'];
/** A comma and a white-space character at `i`. */
const commaSpaceAt = (s: string, i: number): boolean => s[i] === ',' && isSpace(s[i + 1]);
/** Four ASCII digits in a row somewhere: a year, perhaps. */
function hasFourDigits(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}
/** A digit or a per-cent sign somewhere. */
const hasDigitOrPercent = (s: string): boolean => hasDigit(s) || s.includes('%');
/** "also" with white space on both sides and nothing else. */
const isSpacedAlso = (s: string): boolean => s.trim() === 'also' && isSpace(s[0]) && endsWithSpace(s);
/** How far the opening marks and a "Shares in " or "Shares of " before a sentence's first name reach. */
function openingAndShares(s: string): number {
  const i = skipSpaceAnd(s, OPENING_MARKS);
  return s.startsWith('Shares in ', i) || s.startsWith('Shares of ', i) ? i + 10 : i;
}

/** "A viewer poll saw Hero emerge as the favourite with 32% of votes": the poll is the source. */
/** A document as the subject: "a viewer poll saw …", "the analysis of the market found …". */
const DOCUMENT_NOUN = /\b(?:a|an|the|its|their) (?:[\w'’-]+ ){0,3}(?:poll|survey|study|census|ballot|audit|review|analysis|report|figures|data|statistics|numbers|prediction|forecast|estimate|projection|calculation|proposal|proposals|plan|plans|budget|bill|white paper|green paper|document|strategy|blueprint)\b/gi;
const DOCUMENT_VERB_AFTER = /^(?: (?:from|by|of|into|on|for)(?: [\w'’&-]+(?:,\d{3})*){1,6}?)? (?:also )?(?:saw|found|finds|showed|shows|show|gave|gives|put|puts|suggested|suggests|suggest|revealed|reveals|reveal|estimated|estimates|indicate|indicates|indicated|states|stated|says|said|sets out|set out|envisages|calls for|projects|projected)\b/i;
/** A clause of its own opening between a figure and a document named after it: "…, although a
 *  recent poll found …", "…; a survey shows …", "…, but a study found …". */
const CLAUSE_BREAK = /(?:;|,\s(?:(?:al)?though|while|whereas|but|yet|and yet|even though)\s|\s(?:(?:al)?though|whereas|even though)\s)/i;
/** True when a document subject names the source of all the figures: those after it, and those
 *  before it in the same clause ("Sales rose 5%, a survey found"), not a figure a clause before
 *  ("It will cost $26m, although a recent poll found few want it"). `offsets`: the figures' starts
 *  and ends in the sentence. */
function documentSubject(sentence: string, offsets: readonly { start: number; end: number }[] = []): boolean {
  for (const m of sentence.matchAll(DOCUMENT_NOUN)) {
    const at = m.index! + m[0].length;
    if (!DOCUMENT_VERB_AFTER.test(sentence.slice(at, at + 90))) continue;
    if (offsets.every((q) => q.start >= m.index! || !CLAUSE_BREAK.test(sentence.slice(q.end, m.index!)))) return true;
  }
  return false;
}
const SAMPLE_REF = /(?:(?<=\p{L}\s)(?:surveyed|polled|questioned|interviewed|sampled)\b|\b(?:those|people|adults|respondents|consumers|users|voters|parents)\s+asked|respondents|of (?:its |their |the )?(?:readers|listeners|viewers))\b/iu;
const SURVEY_WORD = /\b(?:survey|poll|study|questionnaire|research)\b/i;

/** What an organisation counts about itself. */
const OWN_NOUN_MODIFIERS = String.raw`(?:pre-tax |net |operating |annual |quarterly |full-year |half-year |first-half |underlying |total |key |main |benchmark |headline |interest ){0,3}`;
/** What an organisation counts about itself, one by one (PrefixThenPhrase reads them after an
 *  organisation's possessive; OWN_NOUN is them as an alternation). */
const OWN_NOUNS: readonly string[] = ['profit', 'profits', 'sales', 'revenue', 'revenues', 'turnover', 'earnings', 'income', 'loss', 'losses', 'margin', 'margins', 'dividend', 'dividends', 'subscriber base', 'customer base', 'user base', 'membership', 'subscribers', 'customers', 'users', 'members', 'workforce', 'staff', 'stake', 'offer', 'bid', 'budget', 'debt', 'debts', 'market share', 'orders', 'rate', 'rates', 'bill', 'payout', 'fee', 'fees', 'price', 'prices', 'capital', 'reserves', 'assets', 'spending', 'investment'];
const OWN_NOUN = String.raw`${OWN_NOUN_MODIFIERS}(?:${OWN_NOUNS.map(escapeRegExp).join('|')})`;
/** What an organisation does with its own figures: "BMW sold", "the bank lifted rates", "it posted a profit".
 *  (Read by PrefixThenPhrase after the patterns' openings: as one alternation of a hundred verbs after
 *  a lazy opening, V8 took up to a quarter of a second to compile each pattern.) */
const OWN_VERBS: readonly string[] = [
  'forecast', 'forecasts', 'forecasting', 'predicted', 'predicts', 'predicting', 'expects', 'expected',
  'expecting', 'estimated', 'estimates', 'estimating', 'projected', 'projecting', 'turned in', 'turning in',
  'boost', 'lift', 'double', 'triple', 'expand', 'posted', 'posts', 'reported', 'reports', 'made', 'makes',
  'generated', 'generates', 'received', 'receives', 'receive', 'tabled', 'sold', 'sells', 'sell', 'shipped',
  'delivered', 'lifted', 'raised', 'raises', 'cut', 'cuts', 'lowered', 'held', 'holds', 'kept', 'keeps',
  'left', 'leaves', 'set', 'sets', 'paid', 'pays', 'offered', 'offers', 'bought', 'buys', 'buy', 'acquired',
  'acquire', 'invested', 'invest', 'invests', 'bid', 'bidding', 'earned', 'earns', 'recorded', 'booked',
  'returned', 'spent', 'spends', 'saw', 'sees', 'enjoyed', 'suffered', 'achieved', 'employs', 'employed',
  'added', 'adds', 'attracted', 'contributed', 'contributes', 'swelled', 'swelling', 'signed up', 'gained',
  'interviewed', 'surveyed', 'polled', 'questioned', 'increased', 'reduced', 'increase', 'reduce', 'save',
  'saves', 'saved', 'create', 'creates', 'created', 'hire', 'hires', 'hired', 'attract', 'attracts',
  'cancelled', 'canceled', 'cancelling', 'canceling', 'cancels', 'axed', 'axes', 'flew', 'flies', 'carried',
  'carries', 'served', 'serves', 'plans to cut', 'plans to raise', 'plans to invest', 'plans to spend',
  'plans to buy', 'plans to pay', 'plans to create', 'aims to cut', 'aims to raise', 'aims to invest',
  'aims to spend', 'aims to buy', 'aims to pay', 'aims to create', 'aims to sell', 'is to cut',
  'is to raise', 'is to invest', 'is to spend', 'is to buy', 'is to pay', 'is to deploy', 'is to build',
  'is to open', 'is to hire', 'is to recruit', 'is to create', 'is to launch', 'agreed to pay',
  'agreed to buy', 'agreed to sell',
];
const ORG = '\u00a7ORG\u00a7';
const OWN_RES = [
  new PrefixThenPhrase(String.raw`${ORG}(?:'s|’s|')\s+(?:[\w,.-]+\s+){0,5}?${OWN_NOUN_MODIFIERS}`, 'i', OWN_NOUNS),
  new RegExp(String.raw`\b${OWN_NOUN}\s+(?:at|of|for)\s+(?:[\w-]+\s+){0,4}?${ORG}`, 'i'),
  new PrefixThenPhrase(String.raw`^[\s"“‘(]*${ORG}\b[^.;]{0,100}?\band\s(?:has\s|have\s|had\s)?(?:also\s|now\s|since\s)?`, 'i', OWN_VERBS),
  // (Not an organisation that things go to: "Traffic to the website had increased 18-fold" counts
  // the visitors, not what the site did.)
  new PrefixThenPhrase(String.raw`^[\s"“‘(]*(?:(?:[\w,'’§-]+\s+){0,6}?)(?<!\bto\s)${ORG}(?:\s*\([^()]{1,15}\))?,?\s+(?:(?:which|that|has|have|had|is|was|will|would|also|now|already|just|then|last|this|year|week|month|today|yesterday|on|\w+day|\w+ly|seeking|trying|hoping|looking|planning|aiming|offering|expected|set|going|to|ended\s+up)\s+){0,4}?`, 'i', OWN_VERBS),
  // "2004 was a good year for BMW, which saw revenues … rise 11%": the company a relative clause is about.
  new RegExp(String.raw`${ORG},?\s(?:which|that)\s(?:has\s|had\s|have\s|also\s)?(?:saw|sees|posted|posts|reported|reports|made|makes|recorded|booked|enjoyed|suffered|earned|generated)\b`, 'i'),
  // "Toyota sales jumped 11%", "Unison membership rose": a company's name before its results.
  new RegExp(String.raw`(?:^|[,;:]\s|\s[-–—]\s|\b(?:while|and|but|as|with)\s)(?:rival\s|[\p{L}-]+\s(?:rival|group)\s)?${ORG}\s(?:(?:UK|US|European|global|worldwide|domestic|overseas|group|total|annual|quarterly)\s)?(?:sales|profits?|revenues?|turnover|earnings|shipments|deliveries|output|membership|subscribers)\s(?:have\s|has\s|had\s)?(?:rose|fell|jumped|dropped|slipped|climbed|increased|decreased|declined|grew|surged|soared|slumped|plunged|tumbled|were up|were down|was up|was down)\b`, 'iu'),
  // "IAEA inspectors make around 3,000 visits a year": what an organisation's staff do is its own count.
  new RegExp(String.raw`^[\s"“‘(]*(?:The\s)?${ORG}(?:['’]s)?\s(?:inspectors|staff|employees|workers|engineers|officers|agents|volunteers|scientists|researchers|teams?)\s(?:have\s|has\s|had\s|now\s|also\s){0,2}(?:make|made|carry out|carried out|conduct|conducted|visit|visited|handle|handled|process|processed|answer|answered|inspect|inspected|check|checked|treat|treated|test|tested|deal with|dealt with)\b`, 'iu'),
];
/** An aside right after an organisation's name (or its possession): ", the Netherlands' largest bank,", " - dubbed X -", " (S&N)". */
const APPOSITIVE = /^(?:['’]s\s(?:[\p{L}§-]+\s){0,3}?[\p{L}§-]+)?(,\s(?=(?:the|a|an|one|its|their|his|her|part|formerly|now|owned|based|\p{Lu})\b)[^,;.]{1,70},|\s[-–—]\s[^-–—;.]{1,60}\s[-–—]|\s\([^()]{1,50}\))(?=\s)/u;

/** The sentence with the asides after its organisations' names taken out. */
function withoutAsides(str: string): string {
  let out = '';
  let from = 0;
  for (let at = str.indexOf(ORG); at >= 0; at = str.indexOf(ORG, at + ORG.length)) {
    if (at < from) continue;
    const m = APPOSITIVE.exec(str.slice(at + ORG.length, at + ORG.length + 160));
    if (!m) continue;
    const asideStart = at + ORG.length + m[0].length - m[1].length;
    out += str.slice(from, asideStart);
    from = asideStart + m[1].length;
  }
  return out + str.slice(from);
}
const OWN_POSSESSION = new PrefixThenPhrase(String.raw`^[\s"“‘(]*(?:But\s|And\s|Meanwhile,?\s)?${ORG}'s\s(?:[\p{L}§-]+\s){1,3}?(?:has\s|have\s|had\s|is\s|was\s)?(?:so far\s|now\s|also\s|already\s|since\s)?`, 'iu', OWN_VERBS);
/** "Amicus has 1.2 million members", "Sky Plus …, with 474,000 subscribers": checked after an organisation's name. */
const OWN_COUNT_RE = /\b(?:has|had|with|have)\s+(?:[\w,.-]+\s+){1,3}?(?:subscribers|customers|users|members|employees|staff|workers|stores|shops|branches|outlets|clients|visitors|readers|players|downloads)\b/i;
const ORG_ANAPHOR = /(?<![\p{L}\p{N}_'’])(?:(?:the|\p{Lu}\p{L}+['’]s) (?:[\p{L}-]+ ){0,2}?(?:company|firm|group|bank|airline|carrier|retailer|club|business|chain|operator|manufacturer|maker|insurer|lender|brewer|broadcaster|publisher|studio|network|giant|conglomerate|supermarket|carmaker|automaker|drugmaker|chipmaker|steelmaker|miner|producer|exporter|telecoms firm|service|system|site|website|platform|console)|it|its)\b/giu;

/** True when the sentence gives figures as an organisation's own, with the organisation named in it. */
const CALENDAR_OR_TITLE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Christmas|Easter|I|Mr|Mrs|Ms|Dr)$/;

/**
 * Company names the entity pass left untyped ("Danish brewer Carlsberg suffered …"): capitalised
 * names inside the span, after a lower-case word or a comma (the sentence's first word is
 * capitalised anyway), that overlap none of the `typed` mentions and are no month, day or title.
 */
function untypedNames(a: Analysis, start: number, end: number, typed: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of a.text.slice(start, end).matchAll(/(?<=(?:[\p{Ll},]|\s[-–—])\s)\p{Lu}[\p{L}&'’.-]*[\p{L}](?:\s\p{Lu}[\p{L}&.-]*[\p{L}])*/gu)) {
    const name = withoutPossessive(m[0]);
    const ms = start + m.index!;
    const me = ms + name.length;
    if (typed.some((o) => o.start < me && ms < o.end) || CALENDAR_OR_TITLE.test(name)) continue;
    out.push({ start: ms, end: me });
  }
  return out;
}

/**
 * The sentences of blocks `from` to `to`, found outward from sentence `si` of one of them
 * (sentences run in block order): a scan of every sentence of the article for each figure was
 * figures × sentences on a long one.
 */
function sentencesOfBlocks(a: Analysis, si: number, from: number, to: number): Analysis['sentences'] {
  let i = si;
  while (i > 0 && a.sentences[i - 1].block >= from) i--;
  let j = si;
  while (j + 1 < a.sentences.length && a.sentences[j + 1].block <= to) j++;
  return a.sentences.slice(i, j + 1);
}

export function ownFigures(a: Analysis, start: number, end: number, firstFigure: number, kb?: { isCommonWord(w: string): boolean }): boolean {
  const orgs: { start: number; end: number }[] = [];
  let others: { start: number; end: number }[] = [];
  for (const m of mentionsIn(a, start, end)) (m.kind === 'organisation' || m.kind === 'publication' ? orgs : others).push(m);
  // A name read as an organisation's whatever the entity pass made of it.
  const takeAsOrg = (ms: number, me: number) => {
    others = others.filter((o) => o.end <= ms || o.start >= me);
    if (!orgs.some((o) => o.start < me && ms < o.end)) orgs.push({ start: ms, end: me });
  };
  // "Ford's auto unit", "Sony's games division": a name owning a business unit is an organisation's.
  for (const m of a.text.slice(start, end).matchAll(/(?<![\p{L}])\p{Lu}[\p{L}&.-]*(?=['’]s\s(?:[\p{Ll}-]+\s){0,2}(?:unit|division|arm|subsidiary|business|operations|wing)\b)/gu)) {
    takeAsOrg(start + m.index!, start + m.index! + m[0].length);
  }
  // A name opening the sentence that reads as a company's ("EBay's net revenue …"), or that an
  // aside calls one ("ABN Amro, the Netherlands' largest bank, …").
  const lead = /^[\s"“‘(]*(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3})(?=['’]s\s|,\s(?:the|a|an|one)\s(?:[\p{L}'’-]+\s){0,4}?(?:bank|firm|company|group|carmaker|airline|retailer|insurer|lender|maker|manufacturer|operator|broadcaster|giant|conglomerate|chain|brewer|miner|producer|publisher|studio|supermarket|business)[,\s])/u.exec(a.text.slice(start, start + 140));
  if (lead && kb && (commaSpaceAt(a.text, start + lead[0].length) || companyOpens(a, lastStartingBy(a.sentences, start), kb))) {
    takeAsOrg(start + lead[0].length - lead[1].length, start + lead[0].length);
  }
  orgs.push(...untypedNames(a, start, end, [...orgs, ...others]));
  let str = a.text.slice(start, end);
  const marks: { start: number; end: number }[] = [...orgs];
  for (const m of str.matchAll(ORG_ANAPHOR)) {
    if (m[0].toLowerCase() === 'its') continue;
    marks.push({ start: start + m.index!, end: start + m.index! + m[0].length });
  }
  marks.sort((x, y) => y.start - x.start);
  for (let i = marks.length - 1; i > 0; i--) if (marks[i - 1].start < marks[i].end) marks.splice(i - 1, 1);
  let first = Infinity;
  for (const m of marks) {
    if (m.start < firstFigure) first = Math.min(first, m.start);
    str = str.slice(0, m.start - start) + ORG + str.slice(m.end - start);
  }
  // (Nothing of an organisation's before the first figure: no need to rewrite the sentence.)
  if (first === Infinity && a.text.slice(start, firstFigure).search(ITS_WORD) < 0) return false;
  // "its profits": the owner is the organisation the sentence is about.
  str = str.replace(ITS_WORD, `${ORG}'s`);
  // Asides between a name and its verb ("ABN Amro, the Netherlands' largest bank, is to cut",
  // "Its paid service - dubbed Skype Out - has attracted", "a firm, which received") are dropped.
  str = withoutAsides(str).replace(/\b(?:a|an|one)\s(?:[\p{L}-]+\s){0,3}?(?:firm|company|group|business|bank|retailer|carmaker|maker|manufacturer|operator|start-up|startup)(?=,?\s(?:which|that)\s)/giu, ORG);
  if (OWN_RES.some((re) => re.test(str)) || OWN_POSSESSION.test(str)) return true;
  const at = str.indexOf(ORG);
  return at >= 0 && OWN_COUNT_RE.test(str.slice(at, at + 100).split(/[.;]/)[0]);
}


/** A company's results, one by one (PrefixThenPhrase reads them after a name's possessive;
 *  RESULT_NOUN is them as an alternation). */
const RESULT_NOUNS: readonly string[] = ['profit', 'profits', 'sales', 'revenue', 'revenues', 'turnover', 'earnings', 'income', 'output', 'production', 'shipments', 'deliveries', 'orders', 'margin', 'margins', 'losses', 'dividend', 'dividends', 'capacity', 'market share'];
const RESULT_NOUN = String.raw`(?:${RESULT_NOUNS.map(escapeRegExp).join('|')})`;
const RESULT_SUBJECT = new RegExp(String.raw`^[\s"“‘(]*(?:(?:but|and|however|meanwhile|overall|in total|also|while),?\s+)?(?:(?:its|the (?:firm|company|group|bank|carmaker|airline|retailer|business)['’]s)\s+)?(?:[\p{L}-]+\s+){0,3}?${RESULT_NOUN}\b`, 'iu');
const OWN_WORKFORCE = /\bof (?:its|their|the (?:bank|firm|company|group|business|carmaker|airline|retailer|club)['’]s) (?:global |worldwide |total |entire |\w+ )?(?:workforce|staff|employees|jobs|stores|branches|shops|outlets)\b/i;
const RESULT_SHARE = new RegExp(String.raw`\b(?:accounting for|accounts for|accounted for|makes? up|made up|makes|made|generates|generated|earns|earned|derives|derived|gets|got)\s+(?:about |around |nearly |almost |more than |over |roughly |some |just )?\S+\s+(?:of|in)\s+(?:its |their |the (?:firm|company|group|bank)['’]s |total |annual |overall )?(?:${RESULT_NOUN}|loans|lending|deposits|assets|portfolio|business|customers)\b`, 'i');

/** A clause opened by "with" after a comma: ", with a magazine describing …". */
const WITH_CLAUSE = /,\s(?:and\s)?with\s/;
/** A figure named as the one just given: "that figure", "the same rate". */
const THAT_FIGURE = /\b(?:that|this|the same) (?:figure|number|rate|estimate|proportion|share|percentage)\b/i;
/** A rate or price right after what pays or charges it: "paying 5.35%", "which charges £9.99". */
const OFFER_TERM = /$(?<=\b(?:pays?|paying|offers?|offering|charges?|charging)\s(?:up to |just |only |as much as |an? |interest of |a rate of )?)/i;
/** Authorities doing their work: "police arrested 224 people", "customs officers seized 2,000 cartons". */
const AUTHORITY_DEED = /\b(?:authorities|police|officers|customs|regulators|inspectors|officials)\s(?:have\s|has\s|had\s)?(?:also\s)?(?:shut down|closed|arrested|detained|seized|deported|raided|fined|charged|banned|blocked|expelled|confiscated|impounded|questioned|inspected)\b/i;
/** A judgement with its grounds, by whoever is named before it: "The National Audit Office praised ministers for reaching …". */
const JUDGED_FOR = /(?<!\b(?:was|were|is|are|been|be|being|get|got)\s)\b(?:praised|praises|criticised|criticized|criticises|criticizes|condemned|condemns|congratulated|congratulates|commended|commends|applauded|applauds|faulted|faults|rapped|blamed|blames|attacked|attacks|accused|accuses|censured|censures)\s(?:[\p{L}'’-]+\s){1,5}?(?:for|of)\s/u;

/** "…as Indonesia said it expected …": a named speaker the attribution pass did not type. */
const NAMED_SAID_ALL = /(?<![\p{L}\p{N}_'’&-])(?!(?:It|He|She|They|We|I|This|That|There|These|Those|Analysts|Experts|Critics|Officials|Sources|Observers)\b)\p{Lu}[\p{L}&'’-]+\)? (?:still |also |now |already |previously |recently |currently |itself |then )?(?:(?:is |are |was |were )(?:projecting|forecasting|predicting|expecting|estimating)\b|(?:has |have |had )?(?:said|says|announced|reported|estimated|estimates|expects|expected|forecast|forecasts|predicted|predicts|told|reckons|reckoned|believes|believed|calculates|calculated|projects|projected|claims|claimed|states|stated|found|finds|learned|learnt|understands|can reveal|has been told|points to|pointed to|pointed out|highlights|highlighted|notes|noted|cites|cited|is expected to say|are expected to say|will say|is to say|are to say|is set to say))\b/gu;
/** Verbs that are also plural nouns: "Insurance claims have risen", "Regional forecasts show". */
const NOUN_LIKE_VERB = /\s(?:estimates|forecasts|projects|claims|states|finds|notes|highlights)$/;
/** NAMED_SAID, except for a common word opening the sentence before a verb that is also a noun
 *  ("Insurance claims in the town have risen 18%" names nobody). */
/** "one research firm", "a report", "an industry study": a single body or document the story
 *  does not name (wordList singleUnnamedDeterminers before it, no entity, no name inside, and not a
 *  noun for people: "a spokesman" speaks for the body the story is about). */
function singleUnnamed(a: Analysis, x: Analysis['attributions'][number]): boolean {
  if (x.source.entity || (x.source.kind !== 'organisation' && x.source.kind !== 'document' && x.source.kind !== 'publication')) return false;
  const words = a.text.slice(x.source.start, x.source.end).trim().split(SPACES);
  if (words.length < 2 || words.length > 4 || !wordList('singleUnnamedDeterminers').has(words[0].toLowerCase())) return false;
  if (words.slice(1).some((w) => w !== w.toLowerCase())) return false;
  return !isPersonNoun(words[words.length - 1].toLowerCase()) && !mentionsIn(a, x.source.start, x.source.end).length;
}

/** A body or a document the article does not name ("both countries said", "the report states",
 *  "television shows"): its figures are those of its own sentence and the next; a sentence further
 *  on, or in another paragraph, is the writer's again ("… both countries said. India's production
 *  has stagnated. India imports about 70% of its oil." gives the 70% no source). */
function unnamedAway(a: Analysis, x: Analysis['attributions'][number], si: number): boolean {
  if (x.source.entity || (x.source.kind !== 'organisation' && x.source.kind !== 'publication')) return false;
  if (a.sentences[x.sentence].block === a.sentences[si].block && si - x.sentence < 2) return false;
  const words = a.text.slice(x.source.start, x.source.end).trim().split(SPACES);
  // (A definite "the company", "the statistical office" refers back to a body named before: it
  // keeps the reach of that body.)
  // (Nor a name in capitals the analysis left unlinked: "RICS added".)
  if (words.length > 4 || words.slice(1).some((w) => w !== w.toLowerCase()) || words[0].slice(1) !== words[0].slice(1).toLowerCase() || wordList('definiteDeterminers').has(words[0].toLowerCase())) return false;
  return !mentionsIn(a, x.source.start, x.source.end).length;
}

/** A person's belief or intention ("He believes that …", "she hopes to …"): what someone thinks or
 *  means to do sources the figures inside it, not those of the sentences after it ("He believes
 *  the ban should stay. Only a quarter of voters agree with him." gives the quarter no source). */
function heldOnly(x: Analysis['attributions'][number]): boolean {
  // (A person's: a body's fears and expectations are its forecasts, "The ADB fears that 1 million
  // could join them. A quarter of a million Sri Lankans are also facing poverty.")
  return (x.kind === 'belief' || x.kind === 'intention') && x.source.kind === 'person';
}

function namedSaid(str: string, kb: { isCommonWord(w: string): boolean }): boolean {
  for (const m of str.matchAll(NAMED_SAID_ALL)) {
    const word = m[0].slice(0, indexOfOneOf(m[0], ' )'));
    if (NOUN_LIKE_VERB.test(m[0]) && onlySpaceAnd(str.slice(0, m.index), OPENING_MARKS) && kb.isCommonWord(word.toLowerCase())) continue;
    return true;
  }
  return false;
}

const RESULT_NEAR = new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:(?:rise|fall|jump|surge|drop|increase|decrease|gain|decline|growth|boost|slump|slide|climb)\s+in\s+(?:its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?)?${RESULT_NOUN}\b`, 'iu');

/** What something cost somebody, just before the figure: "has cost him more than", "costing
 *  investors an estimated". */
const COST_TO = /\bcost(?:s|ing)?\s(?:him|her|them|us|me|(?:the\s|its\s|their\s|his\s|her\s)?(?:[\p{Ll}-]+\s)?(?:investors|shareholders|taxpayers|customers|consumers|owners|families|households|farmers|workers|insurers|economy|country|city|state|government))\s(?:an\sestimated\s|about\s|around\s|roughly\s|nearly\s|almost\s|more\sthan\s|over\s|at\sleast\s|some\s|up\sto\s|as\smuch\sas\s)?$/u;
/** "global sales were up 1%", "profits fell 9% to": a result named just before the figure. */
const RESULT_BEFORE = new RegExp(String.raw`$(?<=\b${RESULT_NOUN}\s+(?:[\p{L}\d.,%-]+\s+){0,4})`, 'iu');

/** An organisation's own doing right after its name: "Skyline, which sold …", "Kestrel has shipped …"
 *  (its results after its name, or one of its doings). */
const NAME_OPENING = String.raw`^[\s"“‘(]*\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,3}`;
const OWN_AFTER_NAME = ([
  [String.raw`${NAME_OPENING}['’]s\s(?:[\p{Ll}-]+\s){0,3}?`, RESULT_NOUNS],
  [String.raw`${NAME_OPENING},?\s(?:which\s|that\s)?(?:(?:currently|now|also|has|have|had|is|was|are|were|so far|still|already|hoping to|planning to|aiming to|trying to|seeking to|set to|going to)\s){0,3}`, OWN_VERBS],
] as const).map(([opening, words]) => new PrefixThenPhrase(opening, 'u', words));


/** "revenues grew", "sales growth": a result of the organisation's own, not the growth of an economy. */
const RESULT_GREW = new RegExp(String.raw`\b${RESULT_NOUN}\s(?:grew|growth)\b`, 'gi');

/** "Borussia Dortmund posted a record loss of 68m euros", "For the full year, Globex posted a profit
 *  of …": a named body giving its own results (after a time it opens on), whatever the name is taken for. */
const OWN_RESULT_LEAD = /^[\s"“‘(]*(?:(?:For|In|During|Over|By|Last|This)\s[^,.;]{1,30},\s)?\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,3}\s(?:has\s|have\s|had\s|also\s){0,2}(?:posted|reported|announced|recorded|booked|suffered|unveiled)\s(?:a|an|its|their)\s(?:[\p{Ll}-]+\s){0,3}?(?:loss|losses|profit|profits)\b/u;

const ORG_NOUN_SUBJECT = /^[\s"“‘(]*(?:It|The (?:[\p{Ll}-]+ )?(?:firm|company|group|bank|carmaker|airline|retailer|insurer|lender|broadcaster|chain|operator|business|conglomerate|giant|maker|manufacturer|publisher|studio|network|brewer|supermarket))\s/u;

/** "It has sold …", "It launched its DS … and has sold …": the organisation's own doing right after the pronoun. */
const ANAPHOR_OWN = new PrefixThenPhrase(String.raw`^[\s"“‘(]*(?:It|The (?:[\p{Ll}-]+ )?\p{Ll}+|\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3})\s(?:[^.;]{0,100}?\band\s)?(?:has\s|have\s|had\s|also\s|now\s|so far\s){0,2}`, 'u', OWN_VERBS);

/** True when the sentence is about an organisation: an organisation entity opens it, or "It" / "The
 *  firm" opens it right after a sentence that an organisation opened. */
function orgSubject(a: Analysis, si: number, kb: { isCommonWord(w: string): boolean }): boolean {
  const s = a.sentences[si];
  if (startsWithOrganisation(a, s.start)) return true;
  const head = a.text.slice(s.start, s.start + 160);
  if (companyOpens(a, si, kb) && ANAPHOR_OWN.test(head)) return true;
  if (!ORG_NOUN_SUBJECT.test(head) || !ANAPHOR_OWN.test(head) || si === 0) return false;
  const p = a.sentences[si - 1];
  return p.block >= s.block - 1 && (startsWithOrganisation(a, p.start) || companyOpens(a, si - 1, kb));
}

/** True when the sentence opens with an organisation's name ("Singapore Airlines dropped 2.6%"). */
function startsWithOrganisation(a: Analysis, start: number): boolean {
  const lead = openingAndShares(a.text.slice(start, start + 20));
  // ("The EPA is already working with …": the article before an acronym.)
  const the = /^The\s\p{Lu}{2,6}\b/u.test(a.text.slice(start + lead, start + lead + 12)) ? 4 : 0;
  return mentionsIn(a, start + lead, start + lead + 200).some((m) => m.kind === 'organisation' && (m.start === start + lead || (the > 0 && m.start === start + lead + the)));
}

/** True when the sentence opens with a place ("Japan posted a record trade surplus"). */
function startsWithPlace(a: Analysis, start: number): boolean {
  const lead = skipSpaceAnd(a.text.slice(start, start + 10), OPENING_MARKS);
  return mentionsIn(a, start + lead, start + lead + 60).some((m) => m.kind === 'place' && m.start === start + lead) || a.demonyms.some((d) => d.span.start === start + lead);
}

/** True when an organisation, typed or not, is named in the span: an organisation entity, or a
 *  capitalised name inside the sentence that is no person or place. */
function namesCompany(a: Analysis, start: number, end: number): boolean {
  const taken = mentionsIn(a, start, end);
  if (taken.some((m) => m.kind === 'organisation')) return true;
  return untypedNames(a, start, end, taken).length > 0;
}

/** True when a person or an organisation is named in the span (places do not count). */
function namesActorIn(a: Analysis, start: number, end: number): boolean {
  return mentionsIn(a, start, end).some((m) => m.kind === 'person' || m.kind === 'organisation' || m.kind === 'publication');
}


/** "… focused on the fact that", "hammering home the fact that": a fact pressed by whoever is named before it. */
const FACT_PRESSED = /\b(?:focused|focuses|focusing|hammering|hammered|hammers|pointing|pointed|points|stressed|stresses|stressing|emphasised|emphasized|emphasising|emphasizing|highlighted|highlights|highlighting|seized|seizing|boasted|boasting|boasts|citing|cited|cites)(?:\s(?:on|home|to|out|upon))?\sthe\sfact\sthat\b/;

const SHARE_MOVE = new RegExp(String.raw`^[\s"“‘(]*(?:(?:Shares in|Shares of|Stock in)\s+)?(?:\p{Lu}\p{Ll}+\s(?:[\p{Ll}-]+\s){1,2}(?=\p{Lu}))?\p{Lu}[\p{L}&'’.-]*(?:\s(?:\p{Lu}[\p{L}&'’.-]*|&|of|de|du))*\s(?:shares\s)?${MARKET_MOVE}\s(?:by\s)?(?:almost |nearly |about |around |more than |over |some |just |a further |another )?$`, 'u');

/** "…, with Japan's Kinki Nippon sliding 1.5% and HIS dropping 3.3%": named companies' share moves inside a sentence. */
const SHARE_MOVE_WITH = new RegExp(String.raw`$(?<=(?:\b(?:with|while|and|as)|,)\s(?:(?:shares in|shares of)\s)?(?:\p{Lu}[\p{L}]*['’]s\s)?\p{Lu}[\p{L}&'’.-]*(?:\s(?:\p{Lu}[\p{L}&'’.-]*|&))*\s(?:shares\s)?${MARKET_MOVE}\s(?:by\s)?(?:almost |nearly |about |around |more than |over |some |just |a further |another )?)`, 'u');

/** "Clive Calder, whose wealth has risen to £1.3bn", in a story about a rich list. */
const RICH_LIST = /\b(?:rich list|richest list|wealth list|power list)\b/i;

const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|my|me|we|our|us|we're|we’re|we've|we’ve)(?![\p{L}'’])/u;

/** The outlet speaking of itself: "our exclusive interview", "our correspondent", "he told us",
 *  "speaking to us". */
const OUTLET_VOICE = /\bour\s(?:(?:exclusive|own|recent|special|latest)\s)?(?:interview|interviews|correspondent|correspondents|reporter|reporters|poll|survey|website|site|readers|viewers|listeners|team|programme|program|audience|investigation|sister\s\p{L}+)\b|\b(?:told|tells|telling|spoke\sto|speaks\sto|speaking\sto|talked\sto|talking\sto|said\sto|wrote\sto|writes\sto|explained\sto|confirmed\sto|admitted\sto|contacted|emailed|e-mailed|joins|joined)\sus\b/giu;

/** Whether OUTLET_VOICE could match: each of its shapes has "our" or "us" (in any case), so a
 *  "u" before an "r" or an "s". A paragraph without one is not rewritten (a replace of every
 *  paragraph with a figure searched it for two dozen phrases). */
function mayNameOutlet(text: string): boolean {
  for (let i = text.indexOf('u'), j = text.indexOf('U'); i >= 0 || j >= 0; ) {
    const at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
    // (r, s, or the long s "ſ", which the pattern's case folding reads as an s.)
    const next = text.charCodeAt(at + 1);
    if ((next | 32) === 114 || (next | 32) === 115 || next === 0x17f) return true;
    if (at === i) i = text.indexOf('u', at + 1);
    else j = text.indexOf('U', at + 1);
  }
  return false;
}

const SECOND_PERSON = /(?<![\p{L}'’])(?:you|your|you're|you’re|you've|you’ve|you'd|you’d)(?![\p{L}'’])/iu;

/** "the Labor Department figures", "Land Registry data", "government statistics": published figures with their owner. */
const OWNED_DATA = /^(?:['’]s)?\s(?:(?:latest|new|official|monthly|quarterly|annual|provisional|own)\s)?(?:figures|data|statistics|numbers)\b/;
/** Words for a set of figures or what was drawn from them. */
const DATA_NOUN = String.raw`(?:figures|data|statistics|numbers?|findings|totals?|tally|count|estimates?|recommendations|proposals|forecasts?|projections?)`;
/** A sentence that refers back to the figures before it: "The figures, from …", "These numbers …". */
const DATA_BACK = /^[\s"“‘(]*(?:The|These|Those|Such)\s(?:latest\s|new\s|official\s)?(?:figures|data|statistics|numbers|findings)\b/;
/** The same, in more words, for a sentence that names the figures' owner itself: "The huge number was revealed by …". */
const DATA_BACK_OWNED = new RegExp(String.raw`^[\s"“‘(]*(?:The|These|Those|Such|This|That)\s(?:[\p{Ll}-]+\s)?${DATA_NOUN}\b`, 'u');
const OFFICIAL_DATA = /\b(?:official|government|provisional) (?:figures|data|statistics)\b/i;
const OWNER_AFTER = new RegExp(String.raw`\b${DATA_NOUN},?\s(?:(?:was|were|is|are|has been|have been|came|come|comes)\s)?(?:(?:compiled|released|published|gathered|revealed|produced|made|drawn up|put together)\s)?(?:from|by)\s`, 'u');
/** People whose work yields figures, named as a group: "revealed by security researchers". */
const FINDERS = /^(?:the\s)?(?:[\p{Ll}-]+\s){0,2}(?:researchers|analysts|scientists|economists|academics|statisticians|investigators|auditors|inspectors|surveyors)\b/u;

/** "The figures, from the mail security firm Postguard, …", "The recommendations came from the Low
 *  Pay Commission", "The huge number was revealed by security researchers": an owner after "from"
 *  or "by", before the next comma: a capitalised name, or a group whose work yields figures. */
function ownerNamed(sentence: string): boolean {
  const m = OWNER_AFTER.exec(sentence);
  if (!m) return false;
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const stop = indexOfOneOf(after, ',;.');
  return hasUpper(stop < 0 ? after : after.slice(0, stop)) || FINDERS.test(after);
}

/** Sentences naming an organisation's published figures ("the Labor Department figures", "The figures, from …, …", "official figures"). */
/** The sentences that name their figures' data (indexes in order), and the same as a set. */
interface NamedData { list: number[]; has: Set<number> }
function namedData(a: Analysis): NamedData {
  const out = new Set<number>();
  for (const e of a.entities) {
    if (e.kind !== 'organisation') continue;
    for (const m of e.mentions) {
      if (OWNED_DATA.test(a.text.slice(m.end, m.end + 40))) out.add(lastStartingBy(a.sentences, m.start));
    }
  }
  for (const s of a.sentences) {
    const str = a.text.slice(s.start, s.end);
    if (OFFICIAL_DATA.test(str) || ownerNamed(str)) out.add(s.index);
  }
  return { list: [...out].sort((x, y) => x - y), has: out };
}

/** Whether a sentence before `s`, at most two blocks back, names data and passes `ok`: read
 *  backwards from `s` by binary search (sentences run in block order), not over every such
 *  sentence of the article for each claim. */
function dataNamedBefore(a: Analysis, d: NamedData, s: Analysis['sentences'][number], ok: (i: number) => boolean): boolean {
  let lo = 0;
  let hi = d.list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.list[mid] < s.index) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && s.block - a.sentences[d.list[k]].block <= 2; k--) if (ok(d.list[k])) return true;
  return false;
}

/** What a plan would do: "There would be 385 members", "creditors are likely to see … fall from 7.3% to 6.9%". */
const PLAN_CONDITIONAL = /\b(?:would|will)\s(?:also\s)?(?:be|see|get|receive|give|have|include|serve|sit|cost|mean|number|comprise)\b|\b(?:is|are)\s(?:likely|set|due)\sto\s(?:see|get|give|receive|be given)\b/i;
const PLAN_WORD_NEAR = /\b(?:plan|plans|blueprint|bill|draft|proposals?|scheme|package|restructuring|manifesto|reform|reforms|offer|promotion|deal|agreement|contract|merger|takeover)\b/i;

const BACKGROUND = 'background from years before the story';
/** A year named as one: "in 1997", "from 1971 to 1987", "as recently as 2001", "October 2003". */
const YEAR_NAMED = /(?:\b(?:in|from|to|until|till|since|as recently as|during|between|of|and|early|late|mid|the|January|February|March|April|May|June|July|August|September|October|November|December)\s|-)(1[89]\d\d|20\d\d)(?![\d,.%]\d|\s?%)\b/gi;
/** Words that tie a sentence to the time of the story ("now", "up from 21% in 2001"). */
const CURRENT = /\b(?:now|currently|still|previous|previously|record|beat|beats|beating|overtook|overtaken|this year|so far|to date|latest|today|compared with|compared to|up from|down from|(?<!\b(?:more|less|fewer|greater|higher|lower|rather|other) )than|since|expected|forecast|will|would|could|may|might)\b/i;

const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'built', 'sold', 'made', 'took', 'fell', 'rose', 'grew', 'won', 'lost', 'paid', 'spent', 'drew', 'saw', 'gave', 'went', 'came', 'left', 'led', 'bought', 'brought', 'held', 'kept', 'met', 'ran', 'sent', 'began', 'became', 'fought', 'told', 'wrote', 'stood', 'flew', 'drove', 'broke', 'chose', 'spoke', 'struck', 'threw', 'sank', 'fled']);
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'has', 'have', 'do', 'does', 'can', 'remain', 'remains', 'stand', 'stands', 'say', 'says', 'will', 'would']);
/** True when the sentence has a verb in the past and none in the present: "were killed", "produced". */
function pastOnly(str: string): boolean {
  let past = false;
  for (const w of str.toLowerCase().split(/[^a-z]+/)) {
    if (PRESENT_WORDS.has(w)) return false;
    if (PAST_WORDS.has(w) || (w.length >= 5 && w.endsWith('ed'))) past = true;
  }
  return past;
}
/** Times relative to the story: "last year", "this month", "recently". */
const PRESENT_TIME = /\b(?:last|this|next|recent|recently|ago|yesterday|today|tomorrow|week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

function yearsIn(str: string): number[] {
  // (A year is four digits in a row: a sentence without them is not searched.)
  if (!hasFourDigits(str)) return [];
  return [...str.matchAll(YEAR_NAMED)].map((m) => Number(m[1]));
}

/** A well-known past event by its name ("the Holocaust", "the Rwandan genocide"; the names are
 *  data, pastEvents in lexicon.json), but not its remembrance or the people living now ("Holocaust
 *  Memorial Day", "Second World War veterans"). */
const PAST_EVENT = new RegExp(`\\b(?:${[...PAST_EVENTS.keys()].sort((x, y) => y.length - x.length).map(escapeRegExp).join('|')})\\b(?!\\s(?:Memorial|Remembrance|Museum|Day|memorial|remembrance|commemorations?|anniversary|survivors?|veterans?|denial))`, 'g');
/** The years named in a sentence, and those of the well-known past events it names. */
function yearsWithEvents(str: string): number[] {
  return [...yearsIn(str), ...[...str.matchAll(PAST_EVENT)].map((m) => PAST_EVENTS.get(m[0])!)];
}

const ORDINAL_WORDS: Record<string, number> = { tenth: 10, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, 'seventy-fifth': 75, eightieth: 80, hundredth: 100 };
/** "the 60th anniversary of the camp's liberation": how many years on, and what from. */
const ANNIVERSARY = /\b(\d{1,3}(?:st|nd|rd|th)|tenth|twentieth|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy-fifth|eightieth|hundredth)\s+anniversary\s+of\s+([^.;:]{1,80})/gi;

/** The story's year from an anniversary: "the 20th anniversary of the original recording" and, elsewhere,
 *  "the recording session … in January 1985" make it 2005. 0 when no anniversary ties to a year. */
function anniversaryYear(a: Analysis): number {
  let best = 0;
  for (const m of a.text.matchAll(ANNIVERSARY)) {
    const n = ORDINAL_WORDS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
    const object = m[2].split(/,|\s(?:in|at|which|that|who|and|when|where|it|is|was|has)\s/)[0];
    let year = Math.min(...yearsWithEvents(object), Infinity);
    if (year === Infinity) {
      // The event's word with a year near it in another sentence: "the Soviets' 1945 liberation of the camp".
      const words = (object.match(/\p{L}{4,}/gu) ?? []).filter((w) => !/^(?:former|original|first|last|death|birth|start|founding|opening|release|their|which|this|that|when|with|from)$/i.test(w));
      const head = words[words.length - 1];
      if (!head) continue;
      const near = new RegExp(`\\b${escapeRegExp(head)}\\b`, 'gi');
      for (const s of a.sentences) {
        const str = a.text.slice(s.start, s.end);
        for (const h of str.matchAll(near)) {
          for (const y of str.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) if (Math.abs(y.index! - h.index!) <= 60) year = Math.min(year, Number(y[1]));
        }
      }
    }
    if (year !== Infinity && n > 0 && n <= 500) best = Math.max(best, year + n);
  }
  return best;
}

/** Words of a sentence about the future ("will", "by 2010", "is expected to"). */
const FUTURE = /\b(?:will|would|could|shall|expected|expects|forecast|forecasts|predicted|predicts|plans?|planned|planning|target|targets|aims?|aiming|due|set to|looking to|hopes?|hoping|intends?|intending|promised?|pledged?|by\s(?:19|20)\d\d|until|till|next)\b/i;

/** The year of the story: its date, or else the latest year named by a sentence not about the future. */
function storyYear(a: Analysis): number {
  if (a.articleDate) return Number(a.articleDate.slice(0, 4));
  let latest = anniversaryYear(a);
  for (const s of a.sentences) {
    const str = a.text.slice(s.start, s.end);
    if (!hasFourDigits(str) || FUTURE.test(str)) continue;
    for (const y of yearsIn(str)) latest = Math.max(latest, y);
  }
  return latest || Infinity;
}

/** True when the paragraph, outside its quotations, is written in the first person. */
/** The quotations overlapping each block, by block index: listed in one pass, where each
 *  paragraph read every quotation of the article (paragraphs × quotations on a long one). */
function quotesByBlock(a: Analysis): Map<number, Analysis['quotes']> {
  const by = new Map<number, Analysis['quotes']>();
  for (const q of a.quotes) {
    for (let bi = lastStartingBy(a.blocks, q.start); bi < a.blocks.length && a.blocks[bi].start < q.end; bi++) {
      const b = a.blocks[bi];
      if (q.end <= b.start || q.start >= b.end) continue;
      const list = by.get(bi);
      if (list) list.push(q);
      else by.set(bi, [q]);
    }
  }
  return by;
}

/** `quotes`: the quotations overlapping the block (quotesByBlock); blanked in any order, the text is the same. */
function firstPerson(a: Analysis, block: number, quotes: Analysis['quotes']): boolean {
  const b = a.blocks[block];
  // Each quotation's stretch inside the block, blanked in one pass over the block (a copy of the
  // block per quotation made a long paragraph of quotations quadratic).
  const cuts: [number, number][] = [];
  for (const q of quotes) {
    if (q.end <= b.start || q.start >= b.end) continue;
    cuts.push([Math.max(q.start, b.start), Math.min(q.end, b.end)]);
  }
  let text: string;
  if (!cuts.length) text = a.text.slice(b.start, b.end);
  else {
    cuts.sort((x, y) => x[0] - y[0]);
    text = '';
    let at = b.start;
    for (const [from, to] of cuts) {
      if (to <= at) continue;
      const blankFrom = Math.max(from, at);
      text += a.text.slice(at, blankFrom) + ' '.repeat(to - blankFrom);
      at = to;
    }
    text += a.text.slice(at, b.end);
  }
  // A paragraph that asks the reader questions and answers them ("… have lifted? That way you
  // could …") is an advice column's, in its writer's voice.
  // ("… after our exclusive interview", "Parry spoke to us": the outlet's voice, not a writer's own account.)
  if (mayNameOutlet(text)) text = text.replace(OUTLET_VOICE, ' ');
  return FIRST_PERSON.test(text) || (text.includes('?') && SECOND_PERSON.test(text));
}

/** Figures the table reads as public results, a study's sample or a reference back: never reported. */
const SKIPPED = new Set(['player-ranked-in', 'player-ranked-before', 'chart-place-spot', 'chart-place-count', 'chart-place-became', 'sample-size', 'sports-record', 'back-reference', 'chart-place-reached', 'survey-margin', 'survey-included', 'survey-conducted-with', 'vote-share-received', 'voted-at']);
const VOTE = new Set(['vote-tally', 'vote-majority', 'vote-to', 'vote-result']);

export const unsourcedStatistic: Rule = {
  ...ruleMeta('unsourced-statistic'),
  check(a, ctx) {
    const out: Finding[] = [];
    // Each figure's other occurrences, found once.
    const byFigure = new Map<string, { claim: Claim; q: Quantity }[]>();
    for (const c of a.claims) {
      for (const i of c.quantities) {
        const q = a.quantities[i];
        const key = figureKey(q);
        const l = byFigure.get(key);
        if (l) l.push({ claim: c, q });
        else byFigure.set(key, [{ claim: c, q }]);
      }
    }
    // Attributions by sentence, a rich list and a named survey, each looked up once per check.
    const attributedIn = attributionsBySentence(a);
    let richList: boolean | undefined;
    let namedSurvey: boolean | undefined;
    // Whether each paragraph is written in the first person, worked out once per paragraph.
    const firstPersonBlocks = new Map<number, boolean>();
    let quotesInBlock: Map<number, Analysis['quotes']> | undefined;
    const inFirstPerson = (block: number) => {
      let v = firstPersonBlocks.get(block);
      if (v === undefined) firstPersonBlocks.set(block, (v = firstPerson(a, block, (quotesInBlock ??= quotesByBlock(a)).get(block) ?? [])));
      return v;
    };
    let results: boolean | undefined;
    let refYear: number | undefined;
    let dataNamed: NamedData | undefined;
    // The sentences whose figures read as the terms of an event or a plan, and which.
    const termsIn = new Map<number, string>();
    // A results story: some sentence gives an organisation's own figures, or one of the first
    // three ("Deutsche Telekom saw strong fourth quarter profits") speaks of its results.
    // (ownFigures asked once per sentence and first figure: the results story reads every claim,
    // and the claim's own test below often asks the same again.)
    // (Keyed by the sentence's start and end, then the first figure: no key string made per ask.)
    const owned = new Map<number, Map<number, Map<number, boolean>>>();
    const ownFiguresOnce = (start: number, end: number, firstFigure: number) => {
      let byEnd = owned.get(start);
      if (!byEnd) owned.set(start, (byEnd = new Map()));
      let byFigure = byEnd.get(end);
      if (!byFigure) byEnd.set(end, (byFigure = new Map()));
      let v = byFigure.get(firstFigure);
      if (v === undefined) byFigure.set(firstFigure, (v = ownFigures(a, start, end, firstFigure, ctx.kb)));
      return v;
    };
    const resultsStory = () => (results ??= a.claims.some((c) => {
      const s = a.sentences[c.sentence];
      return c.quantities.length > 0 && ownFiguresOnce(s.start, s.end, Math.min(...c.quantities.map((i) => a.quantities[i].start)));
    }) || a.sentences.slice(0, 3).some((s) => ownFiguresOnce(s.start, s.end, s.end)));
    for (const c of a.claims) {
      if (!c.kinds.includes('figure') || c.twin !== undefined) continue;
      // Headlines are checked by headline-unsupported: they summarise the body.
      if (a.blocks[a.sentences[c.sentence].block].kind === 'headline') continue;
      // (A vague source, "estimates suggest", "reportedly", says nobody: the figure stays unsourced.)
      // (Unless the group is named right after it: "according to analysts, Kestrel Research, …".)
      // (Nor does a source in a "with …" clause after the figures that speaks of something else: "had
      // an audience of eight million, with a TV magazine describing the series as …".)
      const lastFigure = Math.max(...c.quantities.map((i) => a.quantities[i].end));
      const withClauseAfter = (i: number) => {
        const x = a.attributions[i];
        return x.sentence === c.sentence && x.content.start >= lastFigure && x.source.start >= lastFigure && WITH_CLAUSE.test(a.text.slice(lastFigure, Math.min(x.source.start, x.content.start)));
      };
      // (Nor does a single body or document nobody names, "according to one research firm", "a
      // report found", beyond its own sentence: it answers for the figures it gives, not for the
      // rest of the story.)
      // (Nor does a source carried from an earlier sentence when the sentence gives its figures a
      // vague source of its own: "Sorrell told the paper WPP had made an offer. Analysts say the
      // unit could sell for up to £350m" — the analysts, nobody named, are where the figure is from.)
      const s0 = a.sentences[c.sentence];
      const vagueOwn = c.supportedBy.some((i) => {
        const x = a.attributions[i];
        // (Not a share of a poll's sample that "thought" something: the sample is no source.)
        // (Nor a bare passive forecast, "Growth is expected to reach 4%", which goes on with the
        // forecast of the body credited before it: data/word-lists.json carriedForecastCues.)
        if (x.sentence !== c.sentence || x.source.kind !== 'vague' || nameInApposition(a, x)) return false;
        if (c.quantities.some((qi) => a.quantities[qi].start < x.source.end && x.source.start < a.quantities[qi].end)) return false;
        if (x.source.start === x.cue.start && x.source.end === x.cue.end && wordList('carriedForecastCues').has(x.cue.text.toLowerCase())) return false;
        return c.quantities.some((qi) => a.quantities[qi].start >= x.content.start && a.quantities[qi].end <= x.content.end);
      });
      // (A study or a report the story names, before or after, stays the source: "By 2025, 40% will
      // be offline, says a study. / The study, by Kestrel Research, …".)
      // (Nor does a source in a clause of its own, opened by "after", "when", "although" …, whose
      // name and words hold none of the figures: "Canova received $250,000 from donors after Sanders
      // endorsed him", "Since June 16, when he asked supporters to run, at least 21,000 said they
      // would": data/word-lists.json asideClauseOpeners.)
      const aside = (i: number) => {
        const x = a.attributions[i];
        if (x.sentence !== c.sentence) return false;
        const from = Math.min(x.source.start, x.content.start, x.cue.start);
        let to = Math.max(x.source.end, x.content.end, x.cue.end);
        const before = a.text.slice(Math.max(s0.start, from - 12), from).trimEnd().split(SPACES);
        if (!wordList('asideClauseOpeners').has((before[before.length - 1] ?? '').toLowerCase())) return false;
        // (A clause put before the sentence's own ends at its comma, where the content read may run
        // on: "Since June 16, when he asked supporters to run for office, at least 21,000 said they
        // would". Not one after a clause of the sentence: "It came in May, when he told a paper
        // that …, including his promise to deport 11 million" is all the clause's.)
        const comma = a.text.indexOf(', ', Math.max(x.cue.end, x.source.end));
        if (comma >= 0 && comma < to && a.text.slice(s0.start, from).trim().split(SPACES).length <= 5) to = comma;
        return !c.quantities.some((qi) => a.quantities[qi].end > from && a.quantities[qi].start < to);
      };
      if (c.supportedBy.some((i) => a.attributions[i].source.kind !== 'wire' && (a.attributions[i].source.kind !== 'vague' || nameInApposition(a, a.attributions[i])) && !withClauseAfter(i) && !aside(i)
        && !(vagueOwn && a.attributions[i].sentence !== c.sentence && a.attributions[i].source.kind !== 'document')
        && !(a.attributions[i].sentence !== c.sentence && (singleUnnamed(a, a.attributions[i]) || heldOnly(a.attributions[i]) || unnamedAway(a, a.attributions[i], c.sentence))))) continue;
      // Public results (a player's ranking, a chart place, a sports record, an election's delegates:
      // every 'result' of the figure-roles table but a vote's tally, read below), a study's sample
      // and a figure referred back to are no statistics to source.
      // (Prices made on a market, a share, a currency, crude, an index, are public record, not
      // somebody's statistic; a figure of the economy before them in the sentence still is one.)
      const all = c.quantities.map((i) => a.quantities[i]).filter((q) => isStatistic(q) && !SKIPPED.has(q.roleRule ?? '') && !(q.role === 'result' && !VOTE.has(q.roleRule ?? '')));
      const s = a.sentences[c.sentence];
      const str = a.text.slice(s.start, s.end);
      const qs = all.some((q) => q.role === 'market') ? all.filter((q) => q.role !== 'market' && economyBeforeMarket(str, q.start - s.start) && isMarketReport(str)) : all;
      if (!qs.length) continue;
      // The writer's own account or opinion (a reader's comment, a columnist's "I", a letter):
      // the writer is the source.
      // (A paragraph between two such paragraphs is one more comment in a run of readers' letters.)
      if (inFirstPerson(s.block) || (s.block > 0 && s.block + 1 < a.blocks.length && inFirstPerson(s.block - 1) && inFirstPerson(s.block + 1))) continue;
      // "Brown reallocated £512m in his pre-Budget report", "…, it said in a statement": the
      // document the figures were given in is named in the sentence.
      // (And the shapes of data/figure-coverage.json: an agent after "by", a research firm, a maker's estimate, …)
      if (documentSubject(str, qs.map((q) => ({ start: q.start - s.start, end: q.end - s.start }))) || coverageOf(a, s.index, qs)) continue;
      // A person's wealth or a place in a rich list the story is about.
      if (/\b(?:wealth|fortune|worth|richest)\b/i.test(str) && (richList ??= RICH_LIST.test(a.text))) continue;
      // "12% of those surveyed …": a figure about a survey's sample, in an article that names the survey.
      if (SAMPLE_REF.test(str) && (namedSurvey ??= a.attributions.some((x) => x.source.kind !== 'vague' && x.source.kind !== 'wire' && SURVEY_WORD.test(a.text.slice(a.sentences[x.sentence].start, a.sentences[x.sentence].end))))) continue;
      // (A converted sum in brackets, "$32,500 (£17,320)", goes with the figure before it.)
      const conversion = (q: Quantity) => q.kind === 'money' && endsWithOneOf(a.text.slice(Math.max(0, q.start - 3), q.start).trimEnd(), '(;');
      // A legal maximum ("could be fined up to £5,000", "faces up to five years") is the law's, not a statistic.
      if (qs.every((q) => conversion(q) || q.roleRule === 'legal-maximum')) continue;
      // "a 100% record", "100% certain", "the 1 percent": an idiom, not a measurement.
      if (qs.every((q) => q.roleRule === 'idiom-hundred' || q.roleRule === 'idiom-the-one-percent')) continue;
      // The price a seller charges ("the service costs $15 per month") is the seller's, stated with it.
      if (qs.every((q) => conversion(q) || q.roleRule === 'seller-price')) continue;
      // "the Ladybird account from the Saffron Walden Building Society, paying 5.35%": what a named
      // product or firm pays or charges is its own published term.
      if (OFFER_TERM.test(a.text.slice(Math.max(s.start, qs[0].start - 30), qs[0].start)) && namesCompany(a, s.start, Math.min(...qs.map((q) => q.start)))) continue;
      // "Chinese authorities shut down 700 websites and arrested 224 people": an authority's own deed.
      const deed = AUTHORITY_DEED.exec(str);
      if (deed && qs.every((q) => q.start >= s.start + deed.index)) continue;
      // A tally of votes ("by 297 votes to 203"), or the share a vote gave: the record of the vote itself.
      if (qs.every((q) => VOTE.has(q.roleRule ?? ''))) continue;
      // "Singapore Airlines dropped 2.6%": a company's name and a move, with no result named, is its share price.
      if (qs.every((q) => q.kind === 'percent' && SHARE_MOVE_WITH.test(a.text.slice(Math.max(s.start, q.start - 70), q.start)) && !RESULT_NEAR.test(a.text.slice(q.end, q.end + 40))) && sentencesOfBlocks(a, s.index, s.block - 2, s.block + 2).some((o) => /\b(?:shares|stocks?|stock market|traders|trading|index)\b/i.test(a.text.slice(o.start, o.end)))) continue;
      if (qs.every((q) => q.kind === 'percent') && SHARE_MOVE.test(a.text.slice(s.start, qs[0].start)) && !RESULT_NEAR.test(a.text.slice(qs[0].end, qs[0].end + 40)) && (startsWithOrganisation(a, s.start) || (/^[\s"“‘(]*\p{Lu}\p{L}+\s(?:[\p{Ll}-]+\s){0,2}\p{Lu}/u.test(str) && sentencesOfBlocks(a, s.index, s.block, s.block).some((o) => o.index !== s.index && isMarketReport(a.text.slice(o.start, o.end)))))) continue;
      // An organisation's own figures stated with it ("profits at TimeWarner rose 76%", "BMW sold
      // 95,000 cars", "the central bank left its rate at 2%"): the organisation is the source.
      if (ownFiguresOnce(s.start, s.end, Math.min(...qs.map((q) => q.start)))) continue;
      // A results story (a company's figures stated with its name elsewhere) goes on with them
      // without naming it each time ("Net profit surged 70%…", "Sales in its generics business fell
      // 8.6%"), unless another organisation is named here.
      if ((RESULT_SUBJECT.test(str) || RESULT_SHARE.test(str) || OWN_WORKFORCE.test(str)) && !mentionsIn(a, s.start, s.end).some((m) => m.kind === 'organisation') && resultsStory()) continue;
      // "Hyundai … turning in a 19% surge in February sales": a company's own results, with a
      // company named in the sentence (or the story being about its results).
      // ("In 2004, China increased its generating capacity by 12.6%": a country's figures are measured.)
      const placeFirst = (() => {
        const first = Math.min(...qs.map((q) => q.start));
        let place = Infinity;
        let org = Infinity;
        for (const m of mentionsIn(a, s.start, s.end)) {
          if (m.start >= first) continue;
          if (m.kind === 'place') place = Math.min(place, m.start);
          else if (m.kind === 'organisation') org = Math.min(org, m.start);
        }
        return org === Infinity && place < Infinity && /^[\s"“‘(]*(?:(?:In|By|During|Since|Last|This|Over)\s[^,]{1,25},\s)?$/.test(a.text.slice(s.start, place));
      })();
      // ("Valeant has cost him more than a billion dollars in losses": what something cost somebody is
      // a measure of the damage, not the organisation's own result.)
      if (!MEASURED_WORLD.test(str) && !placeFirst && qs.every((q) => conversion(q) || ((RESULT_NEAR.test(a.text.slice(q.end, q.end + 40)) || RESULT_BEFORE.test(a.text.slice(Math.max(0, q.start - 45), q.start))) && !COST_TO.test(a.text.slice(Math.max(s.start, q.start - 50), q.start)))) && (namesCompany(a, s.start, s.end) || resultsStory())) continue;
      // "…, with the BBC reporting five million boxes": a source given by a participle; "plans …
      // unveiled by the Conservatives": by its agent.
      if (namedSaid(str, ctx.kb)) continue;
      // "President Bush focused on the fact that …", "Senator Kerry attacked Bush's record,
      // hammering home the fact that a net 800,000 jobs were lost": a fact pressed by a person or an
      // organisation named before it in the sentence, or by a name just before the verb.
      const pressed = FACT_PRESSED.exec(str) ?? JUDGED_FOR.exec(str);
      if (pressed && (mentionsIn(a, s.start, s.start + pressed.index).some((m) => m.kind === 'person' || m.kind === 'organisation')
        || str.slice(0, pressed.index).trim().split(/\s+/).slice(-4).some((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w)))) continue;
      // "In Sri Lanka, some observers have said that as much as 1% of growth may be lost. For
      // Thailand, that figure is much lower at 0.1%": the same estimate for another place, with the
      // same source (a vague one covers neither).
      if (THAT_FIGURE.test(str) && s.index > 0 && a.sentences[s.index - 1].block === s.block && attributedIn(s.index - 1).some((x) => x.source.kind !== 'wire' && x.source.kind !== 'vague')) continue;
      // "… recorded by the Mobile Data Association. It represents an increase of 20%": a sentence
      // that goes on about the figure before it shares that figure's source.
      if (/^[\s"“‘(]*(?:It|This|That|The figure|The total|The number|The rise|The fall|The increase|The drop)\s/.test(str) && s.index > 0 && a.sentences[s.index - 1].block === s.block) {
        const p = a.sentences[s.index - 1];
        const prev = a.text.slice(p.start, p.end);
        if (attributedIn(p.index).some((x) => x.source.kind !== 'vague' && x.source.kind !== 'wire') || coveredBy(a, p.index, 'passive-agent') || namedSaid(prev, ctx.kb) || /\b(?:estimates|estimated|says|said|reports|reported|calculates|found|according to)\s(?:the\s)?\p{Lu}/u.test(prev)) continue;
      }
      // "Forecasts for Japanese growth were scaled back to 4.0% … But the outlook was worst for the
      // eurozone, with growth forecasts slipping to 1.8%, the OECD said.": an organisation or a
      // document credited at the end of the next sentence of the paragraph gives both sentences'
      // figures, when this one names nobody else.
      if (s.index + 1 < a.sentences.length && a.sentences[s.index + 1].block === s.block && !namesActorIn(a, s.start, s.end)) {
        const n = a.sentences[s.index + 1];
        if (attributedIn(n.index).some((x) => (x.source.kind === 'organisation' || x.source.kind === 'document' || x.source.kind === 'publication') && x.source.start > x.content.start && hasDigitOrPercent(a.text.slice(n.start, x.source.start)))) continue;
        // "The budget deficit hit a record $412bn … The CBO also forecast …": "also" says the source
        // named next gave the figures before too.
        if (attributedIn(n.index).some((x) => (x.source.kind === 'organisation' || x.source.kind === 'document' || x.source.kind === 'publication') && x.source.end <= x.cue.start && isSpacedAlso(a.text.slice(x.source.end, x.cue.start)))) continue;
      }
      // "… the Labor Department figures come after a slow summer. … the unemployment rate went up to
      // 5.5%": figures an organisation published, named in this sentence ("…, reflecting recent Land
      // Registry figures"), earlier in the paragraph or up to two paragraphs before on the same
      // topic, when this sentence names nobody else.
      if ((dataNamed ??= namedData(a)).has.has(s.index) || !namesActorIn(a, s.start, s.end) && dataNamedBefore(a, dataNamed, s, (d) => a.sentences[d].block === s.block || shareTopic(a.text, a.sentences[d], s))) continue;
      // "Spam traffic is up by 40%. / The figures, from e-mail management firm Email Systems, will
      // alarm firms": the next sentence names the owner of the figures before it.
      if (s.index + 1 < a.sentences.length) {
        const next = a.text.slice(a.sentences[s.index + 1].start, a.sentences[s.index + 1].end);
        if ((DATA_BACK_OWNED.test(next) && (dataNamed ??= namedData(a)).has.has(s.index + 1)) || (DATA_BACK.test(next) && attributedIn(s.index + 1).some((x) => x.source.kind !== 'vague' && x.source.kind !== 'wire' && x.source.kind !== 'anonymous'))) continue;
      }
      // A bulleted item ("- Increased spending on health to …") summarises the document the list
      // is drawn from: the paragraph before it names it. Either the sentence opens with the mark
      // (an item on its own line, or items run together in one paragraph, as copy pasted from a
      // page gives them), or its block is an item whose mark is masked (Markdown).
      if (markThenSpace(str, '-–•*') || (a.blocks[s.block].listItem && s.start === a.blocks[s.block].start)) continue;
      // A deal's value, a stake, a rate decision: the terms of an event, given by its parties and
      // rarely attributed in professional copy. Still shown, as information.
      // The second end of a range or a pair ("between £19 and £29", "from 49% to 74%") is read
      // with the first.
      const terms: (string | null)[] = [];
      // (Which of them the figure-roles stage read as no measurement at all: a detail of the story.)
      const detail: boolean[] = [];
      let prior: Quantity | undefined;
      for (const q of qs) {
        if (conversion(q)) continue;
        // (", down from 340,000": the same count a year before.)
        const joined = prior && ((q.start - prior.end <= 6 && RANGE_JOINERS.includes(a.text.slice(prior.end, q.start).trim())) || /^(?:\s+[\p{L}-]+)?,?\s*(?:down|up)\s+from\s+$/u.test(a.text.slice(prior.end, q.start)));
        // "Unison's 800,000 workers, the TGWU's 70,000 and Amicus' 20,000": a list of the same count.
        // "About 1,100 jobs will go in banking while 1,200 and 550 will go in IT": a bare figure
        // further on in the same clause, with no noun of its own, counts the same thing.
        const listed = prior && terms[terms.length - 1] !== null && ((terms[terms.length - 1] === 'the size of an organisation' && /$(?<=\p{Lu}[\p{L}&.-]*['’]s?\s)/u.test(a.text.slice(Math.max(0, q.start - 40), q.start)))
          || (/^[^.;:]{0,60}$/.test(a.text.slice(prior.end, q.start)) && /^\s*(?:(?:and|or)\s[\d.,]+\s)?(?:will|would|are|were|have|had|respectively)\b/.test(a.text.slice(q.end, q.end + 25))));
        // "up to 250 screens in up to 150 cinemas": a count of where the first figure's things are.
        const spread = prior && /^\s+[\p{L}-]+\s(?:in|across|at)\s(?:about |around |some |nearly |almost |more than |over |up to |at least )?$/u.test(a.text.slice(prior.end, q.start));
        terms.push(joined || listed || spread ? terms[terms.length - 1] : termsOf(a, q, str, ctx.kb));
        detail.push(q.roleRule === 'not-measured');
        prior = q;
      }
      // "The $2.58 trillion budget … But foreign aid is due to rise by 10%": the plan the sentence before names.
      const prevText = s.index > 0 && a.sentences[s.index - 1].block === s.block ? a.text.slice(a.sentences[s.index - 1].start, a.sentences[s.index - 1].end) : '';
      const blockBefore = a.text.slice(Math.max(a.blocks[s.block].start, s.start - 400), s.start);
      // "… its plan would win support. / There would be 385 members, including 270 elected":
      // what a plan named just before would do, in the conditional, is its terms.
      const planBefore = () => {
        if (PLAN_WORD_NEAR.test(blockBefore) || PLAN_WORD_NEAR.test(a.text.slice(s.start, Math.min(...qs.map((q) => q.start))))) return true;
        const first = s.index === 0 || a.sentences[s.index - 1].block !== s.block;
        const prevBlock = s.block > 0 ? a.blocks[s.block - 1] : undefined;
        return first && !!prevBlock && PLAN_WORD_NEAR.test(a.text.slice(Math.max(prevBlock.start, prevBlock.end - 400), prevBlock.end));
      };
      // (What each of these reads is worked out only when the ones before it in the chain below
      // found nothing: most claims stop at the first.)
      const planTerms = () => ((/\b(?:is|are) (?:also |now |still )?(?:due|set) to\b/i.test(str) && !ESTIMATE.test(str) || /\b(?:is|are) (?:also |now |still )?(?:forecast|projected|budgeted|planned) to\b/i.test(str)) && /\b(?:budget|plan|plans|bill|manifesto|proposals|package|programme)\b/i.test(blockBefore))
        || (PLAN_CONDITIONAL.test(str) && !MEASURED_WORLD.test(str) && planBefore()) ? 'the terms of a plan or pledge' : null;
      // "EBay's net revenue for the quarter rose to $935.8m", "Hardie, which makes more than 80% of
      // its revenues in the US": a company named first, with its results or its own doing.
      // ("a record loss" is no record of the world's.)
      // (Nor is "revenues grew 6.4%" the growth of an economy: a result's own words are taken out first.)
      const ownResult = () => OWN_RESULT_LEAD.test(str) && !startsWithPlace(a, s.start) && !MEASURED_WORLD.test(str.replace(/\brecord (?=loss|profit)/gi, '').replace(RESULT_GREW, ''));
      const ownLead = () => ownResult() || (!MEASURED_WORLD.test(str) && (orgSubject(a, s.index, ctx.kb) || (RESULT_SHARE.test(str) && /\b(?:of|in) (?:its|their) /i.test(str)) || (companyOpens(a, s.index, ctx.kb) && (qs.every((q) => conversion(q) || RESULT_NEAR.test(a.text.slice(q.end, q.end + 40)) || RESULT_BEFORE.test(a.text.slice(Math.max(0, q.start - 45), q.start))) || OWN_AFTER_NAME.some((re) => re.test(str)) || RESULT_SHARE.test(str)))))
        ? 'an organisation\'s own figures' : null;
      // "The show ran from 1971 to 1987 and drew 17 million viewers at its peak": a figure of years
      // before the story is background, on record elsewhere.
      const old = (years: number[]) => years.length > 0 && Math.max(...years) <= (refYear ??= storyYear(a)) - 3;
      // "In 1999 … the Oxford factory was producing the Rover 75. During that year, 3,500 people
      // produced 56,000 cars": a sentence in the past, with no time of its own, goes on in the
      // years of the sentence before it.
      const prevYears = () => (prevText && !PRESENT_TIME.test(prevText) ? yearsIn(prevText) : []);
      // "inflation which, as recently as 2001, was as high as 70%": the sentence itself sets the year in the past.
      const recentlyAs = () => /\bas recently as (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?(?:1[89]|20)\d\d\b/i.test(str) && pastOnly(str);
      const background = () => {
        if (CURRENT.test(str)) return null;
        const yearsHere = yearsWithEvents(str);
        return old(yearsHere) || recentlyAs() || (yearsHere.length === 0 && pastOnly(str) && !PRESENT_TIME.test(str) && old(prevYears())) ? BACKGROUND : null;
      };
      // "The plan is likely to give creditors shares worth about 5.7% of the debts. This is lower than
      // the 11.3% creditors hoped to receive": a sentence going on about the terms just given.
      // (Not one that sets them against a measure of the world: "This would have capped arrivals at
      // 16,000, against the average 80,000 a year" asks for the average's source.)
      const followsTerms = () => /^[\s"“‘(]*(?:This|That|It)\s/.test(str) && !ESTIMATE.test(str) && !MEASURED_WORLD.test(str) && !/\b(?:could|might|may)\b/.test(str) && s.index > 0 && a.sentences[s.index - 1].block === s.block
        ? termsIn.get(s.index - 1) ?? (PLAN_CONDITIONAL.test(prevText) && PLAN_WORD_NEAR.test(prevText) ? 'the terms of a plan or pledge' : null) : null;
      // "The agency is monitoring 265 women on the mainland and 189 in the islands": a figure that
      // is only a detail of the story goes with the terms or own figures beside it.
      const given = terms.find((t) => t !== null);
      const eventTerms = given && terms.every((t, i) => t !== null || detail[i]) ? given : planTerms() ?? followsTerms() ?? ownLead() ?? background() ?? (!measured(a, qs.filter((q) => !conversion(q)), str) && !qs.some((q) => q.role === 'measurement') ? 'a detail of the story rather than a measured statistic' : null);
      if (eventTerms && eventTerms !== BACKGROUND) termsIn.set(s.index, eventTerms);
      // (A hint the engine drops anyway is not built: its message, related figures and fixes. Two
      // findings never share a span here, one claim a sentence, so none is lost to deduplication.)
      if (eventTerms && ctx.dropsOwnHints) continue;
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
        severity: eventTerms ? 'hint' : this.defaultSeverity,
        start: span.start,
        end: span.end,
        message: `${qs.length > 1 ? 'Figures' : 'Figure'} ${figures} ${qs.length > 1 ? 'have' : 'has'} no source: say who measured or reported ${qs.length > 1 ? 'them' : 'it'} (", according to …"), or mark the claim verified.${eventTerms ? ` A hint only: it reads as ${eventTerms}, ${eventTerms === BACKGROUND ? 'usually taken from the record' : 'which is usually stated by those involved'}.` : ''}`,
        related,
        fixes: attributeFixes(a, s, this.id, span),
      });
    }
    return out;
  },
};
