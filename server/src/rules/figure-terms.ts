// What a figure is, read from the words around it: a measurement of the world that needs a
// source (a rate, a share, people counted, an estimate), or the terms of one event that the
// people involved state themselves (a deal's value, a price, a stake, a rate decision, a plan).
// unsourced-statistic warns on the first and gives the second as information.
import type { Analysis, Quantity } from '../analysis/types';
import { mentionsIn } from './util';

/** Money that names the size of one transaction: a deal, an offer, a bill, a prize, a price. */
const DEAL_NOUN = String.raw`(?:deal|deals|agreement|agreements|accord|pact|contract|contracts|bid|bids|offer|offers|takeover|merger|buyout|buy-out|acquisition|purchase|sale|fine|fines|bill|claim|claims|lawsuit|suit|damages|settlement|compensation|payout|pay-out|package|bail-?out|rescue|loan|loans|grant|grants|donation|donations|gift|prize|prizes|purse|jackpot|award|fee|fees|salary|bonus|ransom|bribes?|fraud|scam|sponsorship|advance|budget|price tag|case|action|appeal|profit share|windfall|handout|pipeline|project|plant|factory|stadium|musical|film|movie|production|show|album|video|game|building|hospital|school|ship|jet|aircraft|car|house|home|mansion|painting|scheme|programme|redevelopment|development|expansion|refit|refurbishment|upgrade|facility|complex|centre|bridge|tunnel|railway|network|venture|investment|fund|funding|endowment|stake|transfer|signing|tax bill|pay rise|pay deal|pay offer)`;
const DEAL_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:[\p{Ll}-]+\s+){0,2}?${DEAL_NOUN}\b`, 'u');
const DEAL_AFTER_IN = /^\s*(?:\([^()]{1,40}\)\s*)?(?:in|of)\s+(?:total\s+)?(?:damages|compensation|the vote|the votes|fines|prize money|winnings|funding|investment|sponsorship|bonuses|fees|donations|loans|grants|bribes|aid|unpaid taxes|back taxes|taxes|tax)\b/;
const DEAL_BEFORE = /$(?<=\b(?:(?:deal|deals|offer|bid|contract|contracts|package|takeover|order|orders|agreement|stake|sale|merger|acquisition|purchase|loan|fine|settlement|transfer|grant|award|voucher|prize|gift|drive|plan|programme|scheme|project|fund|bonus|payment|profit share|windfall|handout|dividend|cheque|ticket|issue|flotation|listing|debut|offering|bond|rights issue)s?,? (?:worth|valued at|amounting to|totalling|totaling)|valuing (?:it|the \w+|\p{Lu}\w*) at|priced at|for|to the tune of|paid|pay|pays|paying|gave|give|gives|donated|donate|donating|offered|offer|offering|promises|promised|raised|raising|put|putting|pump|pumping|inject|injecting|injected|won|wins|winning|awarded|fined|bid|bidding|charge|charges|charged|(?:a|an|the|its|their|his|her) (?:\p{L}+ ){0,2}?(?:fine|bill|claim|offer|bid|price|prize|purse|pot|fee|salary|payout|settlement|loan|deal|budget|donation|grant|bonus|payment|reward|ransom|investment|contribution|subsidy|levy) of|costing|costs? just|costs? only|cost (?:just |only )?)\s(?:up to |about |around |some |nearly |almost |more than |over |under |just |only |less than |at least |an estimated |a reported |a further |an extra |another |a total of |on average |an average of ){0,2})/iu;
/** A holding: "own 28.9% of the club", "a 45% stake". */
const STAKE_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:-?\s?(?:owned|controlled|held) by|stake|holding|share(?:holding)?|interest|equity|ownership|of (?:the|its|their|his|her) (?:shares|equity|stock)|of (?:the )?(?:club|company|firm|group|business|bank|airline|team))\b/i;
const STAKE_BEFORE = /\b(?:(?:a|an|its|his|her|their) (?:\w+ )?(?:stake|holding|shareholding|interest) of|owns?|owned|owning|holds?|held|holding|controls?|controlled|acquired?|bought|buy|buying|sold|sell|selling|took|take|taking|(?:its|his|her|their) (?:stake|holding|shareholding) (?:to|at|of)|increased (?:its|his|her|their) stake to|raised (?:its|his|her|their) stake to)\s+(?:(?:about|around|some|nearly|almost|more than|over|just|a further|another|an? extra)\s+)*$/i;
/** A rate set by a decision: "China raised rates by 0.27 percentage points to 5.8%". */
const RATE_DECISION = /\b(?:keep|keeping|hold|holding|leave|leaving|raised|raises|raise|raising|cut|cuts|cutting|lowered|lowers|lowering|lifted|lifts|lifting|increased|hiked|held|holds|kept|keeps|left|leaves|set|sets|trimmed|reduced)\s+(?:its |their |the )?(?:key |main |benchmark |base |official |overnight |lending |borrowing |short-term |interest ){0,3}rates?\b/i;

/** True when the sentence opens with a name that reads as a company's: not a place or a person,
 *  not an ordinary word capitalised at the start ("Exports rose …"), unless a second capitalised
 *  word follows it ("Sky Plus"). */
export function companyOpens(a: Analysis, si: number, kb: { isCommonWord(w: string): boolean }): boolean {
  const s = a.sentences[si];
  const m = /^[\s"“‘(]*(\p{Lu}[\p{L}&.-]*)(\s\p{Lu}[\p{L}&.-]*)?/u.exec(a.text.slice(s.start, s.start + 60));
  if (!m) return false;
  const first = m[1];
  if (/^(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|I|In|On|At|By|For|But|And|About|Some|More|Most|All|Many|Few|Last|Next|Since|After|Before|While|When|If|As|Over|Under|Almost|Nearly|Around|Total|Overall|Meanwhile|However|Mr|Mrs|Ms|Dr|Sir|Lord|President|Prime|Chancellor)$/.test(first)) return false;
  if (!m[2] && kb.isCommonWord(first.toLowerCase())) return false;
  const at = s.start + m[0].length - m[1].length - (m[2]?.length ?? 0);
  if (mentionsIn(a, Math.max(0, at - 120), at + 200).some((x) => (x.kind === 'place' || x.kind === 'person') && x.start <= at && at < x.end)) return false;
  return !a.demonyms.some((d) => d.span.start <= at && at < d.span.end);
}

/** Words that make a figure somebody's estimate or forecast. */
export const ESTIMATE = /\b(?:estimated?|estimates|estimating|expected|expects?|projected|projections?|forecasts?|forecasting|predicted|predicts?|predictions?|thought|believed|reckoned|calculated|likely|approximately|roughly|as (?:much|many|high|low) as|up to|at least)\b/i;
/** Quantities of the world that somebody had to count or measure. */
export const MEASURED_WORLD = /\b(?:economy|economies|economic|inflation|unemployment|unemployed|jobless|gdp|gross domestic product|exports?|imports?|deficit|surplus|house prices|property prices|prices rose|prices fell|retail sales|consumer spending|consumer|box office|audience|audiences|ratings|viewing figures|market share|of the market|(?:domestic|global|world|uk|us|european|online) market|industry|industries|worldwide|nationwide|across the country|population|poverty|on average|average|per head|per capita|growth|grew|shrank|contracted|expanded|productivity|wages|earnings growth|crime|birth rate|death toll|turnout|(?:a|an|the|new|all-time|record) (?:record|high|low)|record (?:high|low|level|levels|figure|number|numbers|year|month|quarter|takings|sales|was set|has been set|was broken|has been broken|holder|breaking|-breaking))\b/i;
/** Counted people and things sold or suffered: what a count after a figure usually needs a source for. */
const COUNTED = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:people|persons|viewers|listeners|readers|voters|users|visitors|fans|spectators|deaths|dead|killed|injured|victims|casualties|refugees|migrants|immigrants|asylum seekers|homeless|cases|patients|children|pupils|students|adults|teenagers|women|men|girls|boys|workers|employees|jobs|households|homes|houses|families|copies|units|records|albums|singles|tickets|downloads|complaints|signatures|applications|crimes|offences|arrests|incidents|attacks|births|marriages|divorces|troops|soldiers|civilians|residents|citizens|consumers|shoppers|passengers|travellers|tourists|smokers|drivers|cars|vehicles|computers|pcs|phones|handsets|mobiles|devices|players|gamers|subscribers|customers|members|websites|sites|e-mails|emails|messages|viruses|spam|pages|hits)\b/iu;
const DEMONYM_PLURAL = /^\s*(?:\p{Lu}\p{Ll}+(?:ans|ers|ese|ish|ons|is)|Britons|Scots|Welsh|Irish|French|Dutch|Swiss|Chinese|Japanese)\b/u;

/** A change, a rate or a share of a group: what makes a percentage a measurement ("exports are up
 *  30%", "90% of Britons", "a jobless rate of 5%"). A bare percentage in the terms of a deal or a rule
 *  ("foreign investment of up to 100% will be allowed", "will account for 25% of the final decision")
 *  is not one. */
const CHANGE = /(?<![\p{L}])(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|up|down|increase[sd]?|increasing|decrease[sd]?|decreasing|growth|grew|grow|grows|growing|grown|jump(?:ed|s)?|drop(?:ped|s)?|decline[sd]?|declining|gain(?:ed|s)?|climb(?:ed|s)?|slump(?:ed|s)?|surge[sd]?|soar(?:ed|s)?|plunge[sd]?|slip(?:ped|s)?|dip(?:ped|s)?|higher|lower|expand(?:ed|s)?|expansion|contract(?:ed|s|ion)?|shr[ai]nk|shrunk|slowed|accelerated|boost(?:ed)?|doubled|halved|more|less|fewer|than|compared|from|rate|rates|share|proportion|percentage|majority|turnout|margin|average|level|ahead|behind|recorded|record)(?![\p{L}])/iu;
const OF_GROUP = /^\s*(?:of|among)\s(?!(?:its|their|his|her|the (?:firm|company|group|bank|club)['’]s)\s)(?:the\s|all\s|those\s|these\s)?(?:[\p{L}\d,.'’-]+\s){0,3}?(?:[\p{Ll}-]+s|people|adults|children|women|men|public|population|country|nation|workforce|market|electorate|vote|votes|audience|respondents|Britons|Americans|Europeans|total|content|output|production|supply|trade|traffic|gdp|GDP|income|spending|demand|consumption|world|globe|industry)\b/u;
function percentMeasured(a: Analysis, q: Quantity): boolean {
  const s = a.sentences[q.sentence];
  const near = a.text.slice(Math.max(s.start, q.start - 80), Math.min(s.end, q.end + 50));
  return CHANGE.test(near) || OF_GROUP.test(a.text.slice(q.end, q.end + 60)) || DEMONYM_PLURAL.test(a.text.slice(q.end + 4, q.end + 40));
}

/** True when the figures read as a measurement of the world (a rate, a share, a count of people,
 *  an estimate) rather than a detail of one event (an amount paid, a model number, a capacity). */
export function measured(a: Analysis, qs: Quantity[], sentence: string): boolean {
  if (ESTIMATE.test(sentence) || MEASURED_WORLD.test(sentence)) return true;
  for (const q of qs) {
    if (q.kind === 'rank') return true;
    if (q.kind === 'percent' && percentMeasured(a, q)) return true;
    const after = a.text.slice(q.end, q.end + 50);
    if ((q.kind === 'count' || q.kind === 'money') && (COUNTED.test(after) || DEMONYM_PLURAL.test(after))) return true;
    // "the film took $22.7m in its first three days", "has raked in $80m in the first week of its
    // DVD release": a release's takings over a period, counted across its whole market.
    if (q.kind === 'money' && /\b(?:took|taken|taking|takes|earned|earning|earns|grossed|grossing|grosses|raked in|pulled in|pulling in|brought in|bringing in|banked)\s(?:(?:just|only|about|around|nearly|almost|more than|over|an estimated|a further|a record|some)\s)*$/i.test(a.text.slice(Math.max(0, q.start - 40), q.start))
      && /^\s*(?:\([^()]{1,40}\)\s*)?(?:in|over|during|on|from)\s(?:its|their|the)\s(?:first|opening|debut|launch|second|third|three|four|five|seven|ten|\d+)\b/i.test(a.text.slice(q.end, q.end + 60))) return true;
    // "losses of $2bn", "lost $180bn", "spent £5bn on…": money gone or spent across a whole group.
    if (q.kind === 'money' && /\b(?:lost|losses? of|cost(?:ing)? (?:the|taxpayers|consumers|businesses|firms|the economy)|spent|spend|spending of|worth of)\s(?:\S+\s){0,3}$/i.test(a.text.slice(Math.max(0, q.start - 40), q.start))) return true;
  }
  return false;
}

/** "Bonus rates … are to be cut from 2% to 1%": a rate, then a passive decision within the clause. */
function passiveRateDecision(sentence: string): boolean {
  const m = /\brates?\b/i.exec(sentence);
  if (!m) return false;
  const clause = sentence.slice(m.index, m.index + 90).split(/[.;]/)[0];
  return /\b(?:are|is|will be|were|was|have been|has been) (?:to be )?(?:cut|raised|lowered|increased|reduced|held|frozen|set)\b/i.test(clause);
}

/** People at or taking part in one event, counted by its organisers: "120,000 people are expected to
 *  attend the show", "a record crowd … of 27,000 spectators", "voted for by about 6,000 children".
 *  Protests and strikes are left out: their size is disputed and needs a source. */
const EVENT_PEOPLE_AFTER = /^\s(?:[\p{L}-]+\s){0,10}?(?:(?:people|fans|spectators|visitors|guests|delegates|leaders|exhibitors|competitors|runners|entrants|children|listeners|members|users)\s)?(?:are |were |is |was )?(?:expected to |set to |due to |estimated to have |thought to have |believed to have |said to have )?(?:attend|attended|attending|travel to|travelled to|travel|visit|visited|arrive|arriving|arrived|turned up|turn up|turned out|turn out|gathered (?:at|in|for)|took part|take part|taking part|voted in|voted for|entered|competed|registered for|registered|signed up|queued|converge on|converging on|converged on|descend on|descended on|flock to|flocked to|pass through|passed through|come through|(?:abandoned|left|fled|filled|packed|streamed out of|poured into|evacuated) (?:the )?(?:ground|stadium|arena|venue|hall|stands|terraces))\b/iu;
const EVENT_PEOPLE_BEFORE = /$(?<=\b(?:(?:record |capacity |sell-out |sellout )?(?:crowd|attendance|gate)\b[^.;]{0,60}?\bof|(?:voted|chosen|picked|selected|nominated|judged) (?:for )?by|attended by|(?:played|performed|sang|spoke|speaking|talking|talked) (?:to|for|in front of)(?: an?)?)\s(?:about |around |nearly |almost |more than |over |some |just |up to |an estimated )?)/i;
const DISPUTED_CROWD = /\b(?:protest|protests|protesters|protestors|demonstrat\w*|march|marched|marchers|rally|rallies|riot\w*|strike|strikes|strikers|walkout|walk-out|vigil)\b/i;
/** A place that counts its own visitors. */
const VENUE = String.raw`(?:gallery|museum|zoo|attraction|exhibition|castle|cathedral|palace|theme park|garden|gardens)`;
/** "… visitors made the London gallery …" after the figure. */
const VISITORS_TO_VENUE = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s)?visitors\b[^.;]{0,40}?\b${VENUE}\b`, 'u');
/** "the museum welcomed " before the figure. */
const VENUE_WELCOMED = new RegExp(String.raw`\b${VENUE}\b[^.;]{0,40}?\b(?:attracted|drew|welcomed|received|had|recorded|pulled in)\s(?:about |around |some |nearly |almost |more than |over |a record )?$`);
/** "Around 10,000 people visited the campaign's website": a site's or a campaign's own count. */
const OWN_SITE = /^\s+(?:[\p{Ll}-]+\s){0,2}?(?:people\s|users\s|visitors\s|supporters\s)?(?:had\s|have\s|has\s)?(?:visited|signed up|registered|joined|logged on|pledged|signed)\b/iu;
/** Jobs an employer cuts or creates: "ABN Amro is to cut 2,850 jobs", "200 new jobs are to be created at the factory". */
const JOBS_AFTER = /^\s+(?:new\s|more\s|extra\s|additional\s|permanent\s|full-time\s|part-time\s|manufacturing\s|\p{Lu}[\p{L}-]*\s){0,2}(?:jobs|posts|positions|roles|staff|workers|employees|redundancies|job cuts|job losses|job)\b/u;
const JOBS_VERB = /\b(?:cut|cuts|cutting|axe|axes|axed|axing|shed|sheds|shedding|slash|slashes|slashed|slashing|lay off|lays off|laid off|laying off|create|creates|created|creating|add|adds|adding|hire|hires|hired|hiring|recruit|recruits|recruiting|go|going|lead to|leads to|mean|means|bring|brings|be lost|be cut|be created|be axed|be shed|be made redundant|lose|losing)\b/i;
const EMPLOYER_AFTER = /^(?:(?:the |its |a |an )?(?:[\p{L}&'’.-]+\s){0,4}?(?:firm|company|group|bank|factory|plant|site|works|mill|mine|depot|office|offices|centre|center|store|stores|branch|branches|airline|carrier|retailer|business|operator|maker|manufacturer|insurer|broker|chain|giant)\b|\p{Lu})/u;
/** True when the sentence places jobs at an employer: "at the Oxford factory", "at Marsh & McLennan". */
function namesEmployer(sentence: string): boolean {
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:at|by|from) /gu)) {
    if (EMPLOYER_AFTER.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) return true;
  }
  return false;
}
const PLAN_WORD = /\b(?:plans?|planned|planning|pledges?|pledged|promises?|promised|threaten(?:s|ed|ing)? to|committed to|proposals?|proposes|proposed|proposing|draft bill|aims? to|intends to|wants?|wanted|polic(?:y|ies) (?:would|will|could))\b/gi;
/** A population is background knowledge: "a population of more than one billion". */
const POPULATION_BEFORE = /$(?<=\bpopulations?(?: of| is| was| stands at| now| now stands at| rises? from| rose from| swells? from| grows? from| (?:rises?|rose|swells?|grows?|grew) from \S+ to)?(?:\s[-–—])?\s(?:about |around |nearly |almost |more than |over |some |roughly |just over |just under |fewer than |less than )?)/i;

/** Why a figure names an event's own terms (a deal's value, a stake, a rate decision) rather than a measurement, or null. */
export function eventFigure(a: Analysis, q: Quantity, sentenceText: string, kb: { isCommonWord(w: string): boolean }): string | null {
  const before = a.text.slice(Math.max(0, q.start - 60), q.start).replace(/[£$€¥]\s*$/, '');
  const after = a.text.slice(q.end, q.end + 60);
  // "a 2,700-strong audience", "its 300-strong workforce": the people at an event or in a body.
  if (q.kind === 'count' && /^-strong\s(?:[\p{L}-]+\s){0,3}?(?:audience|crowd|congregation|delegation|team|squad|workforce|staff|force|army|membership|group|party|community|union|club|panel|jury|committee|board|council|cast|choir|orchestra|crew)\b/u.test(after)) return /\b(?:audience|crowd|congregation)\b/.test(after.slice(0, 30)) ? 'an attendance' : 'the size of an organisation';
  // "efforts to have 3 million people on the drugs by the end of 2005": a target with its date.
  if (/\b(?:efforts?|plans?|aims?|goal|target|bid|drive|campaign|push|pledge|promise|commitment|attempts?)\s(?:is\s|was\s)?to\s(?:[\p{L}-]+\s){1,4}(?:about |around |some |nearly |almost |more than |over |up to |at least )?$/iu.test(before) && /^[^.;]{0,60}\bby\s(?:the\s(?:end|middle)\sof\s|mid-)?(?:(?:19|20)\d\d|next year|the end of the (?:year|decade))\b/i.test(after)) return 'the terms of a plan or pledge';
  // "the new network will see up to 250 screens in up to 150 cinemas fitted", "a new housing project
  // intended to provide 6,000 homes": what a project will provide.
  if (!/\b(?:estimated?|estimates|expected|expects?|projected|forecasts?|predicted|predicts?|thought|believed|likely)\b/i.test(sentenceText) && !MEASURED_WORLD.test(sentenceText) && /$(?<=\b(?:the|a|an|this|its|their)\s(?:[\p{L}-]+\s){0,2}(?:network|scheme|project|programme|program|initiative|venture|facility|plant|pipeline|railway|line|route|link|stadium|terminal|airport|development)\s(?:will|would|is to|is set to|is due to|aims to|(?:intended|designed|meant|planned) to)\s(?:[\p{L}-]+\s){0,3}(?:about |around |some |nearly |almost |more than |over |up to |at least |as many as )?)/iu.test(before)) return 'the terms of a plan or pledge';
  // "A merger would create a global player with revenues of A$2.6bn": the terms of a deal not yet made.
  if ((q.kind === 'money' || q.kind === 'count' || q.kind === 'percent') && /\b(?:merger|deal|takeover|tie-up|combination|combined (?:group|company|firm|business)|new (?:group|company))\s(?:would|will|could)\s(?:create|have|give|make|form|become|employ)\b/i.test(sentenceText)) return 'the terms of a deal';
  // "The settlement includes a 16.4% rise in capital support": what an agreed package contains.
  if (/^[\s"“‘(]*(?:The|This|That|Its|Their|His|Her)\s(?:[\p{L}-]+\s){0,2}?(?:settlement|deal|package|budget|plan|agreement|offer|contract|bill|proposals?|manifesto|programme|scheme|award)\s(?:also\s)?(?:includes|included|will include|contains|contained|provides|provided|will provide|offers|offered|sets out|promises|allows)\b/u.test(sentenceText)) return 'the terms of a plan or pledge';
  // "voted for a quarter point rise in interest rates to 5%": a rate decision, argued over.
  if (q.kind === 'percent' && /\b(?:rise|rises|cut|cuts|increase|increases|reduction|hike|hikes)\sin\s(?:[\p{L}-]+\s)?rates?\s(?:to|of)\s$/iu.test(before)) return 'a rate set by a decision';
  // "about $250,000 has been raised" for a campaign or an appeal: its own tally.
  if (q.kind === 'money' && /^\s*(?:\([^()]{1,40}\)\s*)?(?:has|have|had)\sbeen\s(?:raised|donated|pledged|collected)\b/i.test(after) && /\b(?:campaign|appeal|fund|charity|drive|petition)\b/i.test(sentenceText)) return 'an organisation\'s own figures';
  // A country's or a city's population, given as background.
  if (q.kind === 'count' && POPULATION_BEFORE.test(before)) return 'background knowledge (a population)';
  // The people at one event, counted by those who run it.
  // (The event may be named in the sentence or earlier in its paragraph: "… the annual festival in
  // Park City. … Some 45,000 people are estimated to have descended on this small ski town".)
  const eventContext = () => sentenceText + ' ' + a.text.slice(Math.max(a.blocks[a.sentences[q.sentence].block].start, a.sentences[q.sentence].start - 300), a.sentences[q.sentence].start);
  if (q.kind === 'count' && !DISPUTED_CROWD.test(sentenceText) && (EVENT_PEOPLE_BEFORE.test(before) || (EVENT_PEOPLE_AFTER.test(a.text.slice(q.end, q.end + 120)) && /\b(?:show|fair|festival|event|conference|summit|forum|exhibition|expo|concert|ceremony|awards?|final|match|game|tournament|race|marathon|championships?|convention|gig|tour|premiere|launch|auction|farm|stadium|arena|venue|poll|vote|voting|competition|contest|category|categories|prize|tribute|memorial|funeral|parade|celebration|celebrations|service|launch|exhibitors|doors|stands|ground|terraces)\b/i.test(eventContext())))) return 'an attendance';
  // "Five million visitors made the London gallery the most visited museum", "the museum welcomed
  // 2.1 million visitors": a venue's count of its own visitors.
  if (q.kind === 'count' && (VISITORS_TO_VENUE.test(a.text.slice(q.end, q.end + 80)) || (VENUE_WELCOMED.test(before) && /^\s+(?:[\p{Ll}-]+\s)?visitors\b/u.test(after)))) return 'an attendance';
  // "an online petition that notched more than 18,000 signatures": the petition's own count.
  if (q.kind === 'count' && /^\s+(?:[\p{L}-]+\s)?signatures\b/u.test(after) && /\bpetitions?\b/i.test(sentenceText)) return 'an organisation\'s own figures';
  // A company's debts, from its own accounts: "weighed down by debts of more than £230m", "helped to bring debt down to 35.8bn euros".
  if (q.kind === 'money' && (/\b(?:debts?|borrowings|liabilities|pension deficit) of\s(?:about |around |some |nearly |almost |more than |over |up to )?$/i.test(before) || /\b(?:bring|brought|bringing|cut|cutting|reduce|reduced|reducing)\s(?:its\s|their\s|the\s)?(?:net\s)?(?:debts?|borrowings)\s(?:down\s)?to\s(?:about |around |just )?$/i.test(before)) && !MEASURED_WORLD.test(sentenceText) && !/\b(?:national|government|public|household|consumer|personal|country's)\s(?:debts?|borrowing)/i.test(sentenceText)) return 'an organisation\'s own figures';
  // "With the Pension Benefit Guaranty Corporation some $23bn in deficit": a body's own accounts.
  if (q.kind === 'money' && /^\s*(?:\([^()]{1,40}\)\s*)?in (?:deficit|debt|the red)\b/.test(after) && mentionsIn(a, Math.max(a.sentences[q.sentence].start, q.start - 90), q.start).some((m) => m.kind === 'organisation')) return 'an organisation\'s own figures';
  // "Last year, members shared £42m, but the average payment was only £38": a payout's own terms.
  if (q.kind === 'money' && (/\b(?:shared|split|divided|received|receive|receives|got|get|gets)\s(?:a\s)?(?:total\sof\s|about |around |some |nearly |almost |more than |over )?$/i.test(before) && /\b(?:members|shareholders|customers|policyholders|savers|staff|employees|winners|investors)\b/i.test(before.slice(-40)) || /\b(?:payment|payout|bonus|dividend|windfall|award|refund)s?\s(?:was|is|were|are|will be|of)\s(?:only |just |about |around |up to )?$/i.test(before))) return 'the amount of a deal, payment, bill or price';
  // "duty-free access, provided that 35% of their components are made locally": a condition of an agreement.
  if (/(?:\b(?:provided|providing|on (?:the )?condition) that|,\sprovided)\s(?:[^.;:]{0,50}\s)?(?:about |around |some |at least |no more than |no less than |more than |over |up to |a minimum of |a maximum of )?$/i.test(before)) return 'a condition set by an agreement';
  // "A public vote will account for 25% of the final decision": the rules of a contest.
  if (q.kind === 'percent' && /^\s+of the (?:final |overall |total )?(?:decision|result|score|marks|vote|judging|verdict)\b/i.test(after) && /\b(?:account for|count for|make up|worth|carry|carries)\s$/i.test(before)) return 'a limit set by a rule';
  // "to keep next year's council tax rises below 5%": a ceiling a plan aims at.
  if (q.kind === 'percent' && /\b(?:keep|keeps|keeping|kept|hold|holds|holding|held|cap|caps|capping|capped|limit|limits|limiting|limited)\s(?:[\p{L}'’-]+\s){0,5}?(?:below|under|beneath|within|to)\s(?:about |around |just )?$/iu.test(before)) return 'a limit set by a rule';
  // "the limit on other kinds of bank remains at 30%".
  if (q.kind === 'percent' && /$(?<=\b(?:limit|cap|ceiling|threshold|quota)\b[^.;]{0,50}\b(?:remains|remained|is|was|stays|stands|stood|set) at\s(?:just |only )?)/i.test(before)) return 'a limit set by a rule';
  // A site's or a campaign's own count of its visitors and supporters.
  if (q.kind === 'count' && OWN_SITE.test(after) && /\b(?:website|web site|site|page|campaign|petition|appeal|fund|service)\b/i.test(sentenceText) && !MEASURED_WORLD.test(sentenceText)) return 'an organisation\'s own figures';
  // Jobs cut or created by one employer, which announces them.
  if (q.kind === 'count' && JOBS_AFTER.test(after) && JOBS_VERB.test(sentenceText) && !MEASURED_WORLD.test(sentenceText) && (namesEmployer(sentenceText) || companyOpens(a, q.sentence, kb) || mentionsIn(a, a.blocks[a.sentences[q.sentence].block].start, a.sentences[q.sentence].end).some((m) => m.kind === 'organisation') || /\b(?:the|its) (?:bank|firm|company|group|business|carmaker|airline|retailer)['’]s (?:[\p{L}-]+ )?(?:workforce|staff|employees)\b/iu.test(a.text.slice(a.blocks[a.sentences[q.sentence].block].start, a.sentences[q.sentence].start)))) return 'an employer\'s own job figures';
  if (q.kind === 'count' && /\bjobs? (?:to go|cuts?|losses|lost|axed|shed|created)\b[^.;]{0,40}\b(?:at|by) (?:the |its )?(?:firm|company|group|bank|factory|plant|site|business|insurer|lender|retailer|carmaker|airline|broker|operator|chain|maker|manufacturer|supermarket|publisher|broadcaster|\p{Lu})[^.;]{0,30}\bto\s(?:about |around |some |nearly |almost |more than |over )?$/u.test(before)) return 'an employer\'s own job figures';
  // "The layoffs … are expected to lead to annual savings of more than $375m": what a firm's cuts will save, its own estimate.
  if (q.kind === 'money' && /\b(?:(?:annual|yearly|cost|total)\s)?savings of\s(?:about |around |some |nearly |almost |more than |over |up to |at least )?$|\b(?:save|saves|saving)\s(?:it\s|the (?:firm|company|group|bank)\s)?(?:about |around |some |nearly |almost |more than |over |up to |at least )?$/i.test(before) && /\b(?:cuts?|layoffs|lay-offs|jobs?|restructuring|cost-cutting|merger|closures?|redundancies)\b/i.test(sentenceText) && !MEASURED_WORLD.test(sentenceText)) return 'the terms of a plan or pledge';
  // "About 150 federal programmes could be cut as part of a $2.5 trillion package": a plan's terms.
  if (!ESTIMATE.test(sentenceText) && /\bas part of (?:a|an|the|its|their|his|her) (?:[\p{L}\d$£€.,()-]+\s){0,6}?(?:plan|plans|package|budget|deal|programme|program|proposals|scheme|strategy|reform|reforms|restructuring|shake-up|overhaul)\b/iu.test(sentenceText)) return 'the terms of a plan or pledge';
  // "up to 100bn rupees to be spent on infrastructure": money a plan sets aside.
  if (q.kind === 'money' && /^\s*(?:\([^()]{1,40}\)\s*)?(?:is |are |was |were |will be )?(?:to be|earmarked|set aside|allocated|budgeted) (?:spent|invested|allocated|used|put|earmarked|for|to)\b/i.test(after)) return 'the terms of a plan or pledge';
  // "More than 13,000 rural inhabitants … will also benefit from the network": those a project will serve.
  // "Some 1,000 fans of the band will have to pay £5 for a ticket": what an arrangement asks of them.
  if (q.kind === 'count' && /^\s+(?:[\p{L}\d.'’-]+[\s,]+){0,12}?will (?:also )?(?:benefit|gain access|be connected|be served|receive|have to|need to|be able to|be allowed to|be asked to)\b/u.test(a.text.slice(q.end, q.end + 90))) return 'the terms of a plan or pledge';
  // "a trade show which stretches over more than 1.5 million square feet": the size of a site.
  if (q.kind === 'count' && /\b(?:stretches|stretching|stretched|covers|covering|covered|spans|spanning|occupies|occupying|measures|measuring)\s(?:over\s|across\s)?(?:about |around |some |nearly |almost |more than |over |up to )?$/i.test(before) && /^\s+(?:square|sq|acres|hectares|metres|meters|feet|miles|kilometres|kilometers|km)\b/i.test(after)) return 'a capacity';
  // "will have to pay 20 euros for a seat": the price asked for one thing.
  if (q.kind === 'money' && /\b(?:pay|pays|paying|charge|charges|charging|charged)\s(?:just |only |about |around |up to |from )?$/i.test(before) && /^\s*(?:\([^()]{1,40}\)\s*)?(?:for|per|a|an|each)\s(?:a |an |each |one |the |their )?(?:[\p{L}-]+\s)?(?:ticket|seat|entry|place|pass|copy|download|song|track|game|night|visit|session|month|week|year)\b/iu.test(after) && !MEASURED_WORLD.test(sentenceText)) return 'a price';
  // "expected to fetch up to $1m at an auction": an auction house's estimate of a price.
  if (q.kind === 'money' && /\b(?:fetch|fetches|fetched|fetching|go for|went for|sell for|sold for|sells for|raise at auction|reserve price of|estimate of)\s(?:up to |about |around |between |as much as |more than |over |a record |nearly |almost )?$/i.test(before)) return 'a price';
  // "Adults must be paid at least £5.05 an hour": a legal minimum.
  if (q.kind === 'money' && (/\bminimum wage\b/i.test(sentenceText) || /\b(?:must|will|should) be paid at least\s$/i.test(before))) return 'a rate set by a decision';
  // "can hold anything up to 10,000 songs", "a 60GB drive": a product's capacity or specification.
  if (q.kind === 'count' && /\b(?:hold|holds|store|stores|storing|carry|carries|fit|fits)\s(?:anything |as many as |up to |about |around |over |more than )*(?:up to )?$/i.test(before)) return 'a capacity';
  // "The remaining 12% will be retained by the city government", "for 20% of Fiat": a holding.
  if (q.kind === 'percent' && (/^\s+(?:will be |is |was |are |were )?(?:retained|held|kept|owned|controlled) by\b/i.test(after) || (/\b(?:for|in exchange for|in return for)\s$/i.test(before) && !/\b(?:account|accounts|accounted|accounting|responsible|reason|reasons)\sfor\s$/i.test(before) && /^\s+of\s\p{Lu}/u.test(after)))) return 'a holding in a company';
  // "The £200 handheld computers": a price used to describe the thing.
  if (q.kind === 'money' && /(?:^|[\s"“‘(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s$/.test(before) && /^\s(?![\p{Ll}-]*(?:loss|losses|deficit|profit|profits|surplus|shortfall|debt|debts|gap|hole|cost|costs|increase|rise|fall|drop|cut|cuts|boost|overspend|fraud|fine|bill|claim|payout|revenue|revenues|sales|turnover|income|earnings|spending|investment|budget)\b)(?:[\p{Ll}-]+\s){0,2}?(?:computers?|phones?|handsets?|devices?|consoles?|players?|cameras?|gadgets?|machines?|laptops?|tablets?|handhelds?|tickets?|tariffs?|vouchers?|cards?|coins?|notes?|bottles?|meals?|dresses|dress|shoes|watches|watch|bags?|suits?|rings?|books?|albums?|discs?|games?|subscriptions?|services?|packages?|upgrades?|models?|versions?)\b/u.test(after)) return 'a price';
  // "will pay 310p a share": the price of a share in a deal.
  if (/^p?\s+(?:a|per)\s+share\b/i.test(after)) return 'a price';
  if (q.kind === 'money' && /$(?<=\b(?:fined|fine of|ordered to pay)\b[^.;]{0,80})/i.test(a.text.slice(Math.max(0, q.start - 100), q.start)) && !/\b(?:people|workers|staff|employees)\b/i.test(before.slice(-40))) return 'the amount of a deal, payment, bill or price';
  if (q.kind === 'money' && /\b(?:costs?|costing|priced at|retails? (?:at|for)|sells? for|fork out|pay)\s(?:up to |from |just |only |about |around |nearly |almost |under |over |just more than |more than |less than |between )?$/i.test(before)) return 'a price';
  // "an account paying 5.35% for a minimum balance": a product's own terms.
  if (q.kind === 'percent' && /\b(?:paying|pays|pay|offering|offers|charging|charges|charge|yielding|yields)\s(?:up to |about |around |just |only )?$/i.test(before) && /^\s*(?:for|on|a year|per year|per annum|interest|gross|aer|apr|a month)\b/i.test(after)) return 'the terms of a product';
  // "sold 7 million NCCI shares, or about 70% of the company's capital": a sale's own terms.
  if ((q.kind === 'count' && /^\s+(?:\p{Lu}[\p{L}&.-]*\s)?(?:new\s|ordinary\s)?shares\b/u.test(after)) || (q.kind === 'percent' && /^\s*of\s(?:the\s)?(?:company|firm|group|bank)['’]s\s(?:total\s)?(?:capital|equity|shares)\b/i.test(after))) return 'the terms of a deal';
  // "will be given at least 8,000 tickets": an allocation.
  if (q.kind === 'count' && /\b(?:given|allocated|allotted|awarded|offered|granted|receive|receives|received|get|gets)\s(?:at least |up to |about |around |some |only |just )?$/i.test(before) && /^\s+(?:tickets|places|seats|visas|licences|licenses|permits)\b/i.test(after)) return 'an allocation';
  // "A 22-year-old gamer has spent $26,500 on …": one buyer's purchase.
  if (q.kind === 'money' && /\b(?:a|an|one|his|her)\s(?:[\p{L}\d-]+\s){0,3}(?:has\s|had\s)?(?:spent|paid)\s(?:about |around |nearly |almost |more than |over |some |just |only )?$/iu.test(before)) return 'the amount of a deal, payment, bill or price';
  // "The 8,000 fans at the ceremony": an attendance, seen by everyone there.
  if (q.kind === 'count' && (/^\s+(?:fans|people|spectators|guests|supporters|mourners|delegates|visitors)\s(?:at|in|inside|packed into|filled)\s(?:the\s)?(?:[\p{L}-]+\s){0,2}?(?:ceremony|concert|gig|event|match|game|show|stadium|ground|arena|festival|rally|funeral|service|venue|hall|final)\b/iu.test(after) || /\b(?:crowd|attendance|gate) of\s(?:about |around |nearly |almost |more than |over |some |just )?$/i.test(before))) return 'an attendance';
  // "a proposal that values the club at £800m": a bid's valuation.
  if (q.kind === 'money' && /\b(?:values?|valued|valuing)\s(?:the\s|it\s|its\s)?(?:[\p{L}-]+\s){0,2}?at\s(?:about |around |nearly |almost |more than |over |some |just |up to |between )?$/iu.test(before)) return 'the amount of a deal, payment, bill or price';
  // "managed to boost by 72% the price of their iron ore": a seller's price decision.
  if (q.kind === 'percent' && /\b(?:boost|boosted|raise|raised|lift|lifted|increase|increased|cut|reduce|reduced|lower|lowered)\s(?:\w+\s)?by\s$/i.test(before) && /^\s+(?:the\s)?(?:prices?|fares?|charges?|fees?|tariffs?|rents?)\s(?:of|for|on)\s(?:its|their|the)\b/i.test(after)) return 'the terms of a pay or price decision';
  // "cutting domestic fares by as much as 50%": a seller's price decision.
  if (q.kind === 'percent' && /\b(?:cut|cuts|cutting|raise|raises|raising|raised|increase|increases|increasing|increased|reduce|reduces|reducing|reduced|slash|slashes|slashing|slashed|lower|lowers|lowering|lowered)\s(?:its\s|their\s)?(?:[\p{L}-]+\s)?(?:fares|prices|charges|fees|tariffs|rents|premiums|bills|rates|pay|wages|salaries|pensions)\sby\s(?:as much as |up to |about |around |nearly |almost |some |just )?$/iu.test(before)) return 'the terms of a pay or price decision';
  // "Amicus has 1.2 million members and the TGWU has 800,000.": the same count for a second body.
  if (q.kind === 'count' && /\b(?:has|had|have)\s$/i.test(before) && /^\s*[.;,]/.test(after) && /\b(?:has|had|have)\s(?:about |around |some |nearly |almost |more than |over )?[\d.,]+\s?(?:m|million|bn|billion)?\s(?:members|workers|staff|employees|customers|subscribers)\b/i.test(sentenceText)) return 'the size of an organisation';
  // "set to address 2,000 people", "accompanied by 150 students": the people at one event.
  if (q.kind === 'count' && /\b(?:address|addresses|addressed|addressing|accompanied by|joined by|perform for|performed for|performing for|entertain|entertained|greeted by|watched by a crowd of)\s(?:about |around |some |nearly |almost |more than |over |up to |at least )?$/i.test(before)) return 'an attendance';
  // "All 10,000 tickets … sold out": the size of a venue.
  if (q.kind === 'count' && /^\s+tickets\b/i.test(after) && /\bsold out\b/i.test(sentenceText)) return 'an attendance';
  // "planes that can carry as many as 840 people": a capacity, not a count of anything.
  if (q.kind === 'count' && /\b(?:carry|carries|carrying|seat|seats|seating|hold|holds|accommodate|accommodates|house|houses|capacity of|capacity for|room for)\s(?:as many as |up to |about |around |more than |over |some |nearly |almost )?$/i.test(before)) return 'a capacity';
  // "able to sell up to 49%", "holders of 5% or more": a limit or a threshold set by a rule.
  if (q.kind === 'percent' && (/\b(?:able to|allowed to|free to|permitted to|can|may)\s[\p{Ll}-]+\s(?:up to|as much as|no more than)\s$/iu.test(before) || /^\s*or (?:more|less|above|below)\b/i.test(after))) return 'a limit set by a rule';
  // "could see India invest up to $20bn": the ceiling of a plan.
  if (q.kind === 'money' && /\b(?:invest|spend|borrow|lend|raise)\s(?:up to|as much as)\s$/i.test(before)) return 'the terms of a plan or pledge';
  // "Unison's 800,000 workers", "employs 76,200 staff": an organisation's own size.
  if (q.kind === 'count' && ((/$(?<=\p{Lu}[\p{L}&.-]*['’]s?\s)/u.test(before) || /\b(?:employs|employed|employing)\s(?:about |around |some |nearly |almost |more than |over )?$/i.test(before)) && /^\s+(?:[\p{Ll}-]+\s)?(?:members|workers|staff|employees|customers|subscribers|branches|stores|shops|outlets|pubs|restaurants|hotels)\b/u.test(after))) return 'the size of an organisation';
  // "LG Card has seven million customers": a company's own count, the company opening the sentence.
  if (q.kind === 'count' && /\b(?:has|had|have|boasts|serves|served|with)\s(?:about |around |some |nearly |almost |more than |over )?$/i.test(before) && /^\s+(?:[\p{Ll}-]+\s)?(?:customers|subscribers|members|users|clients|account holders|policyholders|stores|branches|shops|outlets|employees|staff)\b/u.test(after) && companyOpens(a, q.sentence, kb)) return 'the size of an organisation';
  // "a \"super union\" of two million members": a body's own size.
  if (q.kind === 'count' && /\b(?:union|unions|association|federation|organisation|organization|club|party|society|body|group|movement|network|alliance|congress|confederation)['"’”]?\s+of\s(?:about |around |some |nearly |almost |more than |over |roughly )?$/i.test(before) && /^\s+(?:[\p{Ll}-]+\s)?(?:members|workers|staff|employees|affiliates|branches)\b/u.test(after)) return 'the size of an organisation';
  // "A union representing 5,200 flight attendants": a body's own size.
  if (q.kind === 'count' && /\b(?:union|unions|association|federation|body|group|organisation|organization|society)\s(?:which\s|that\s)?(?:represents|representing|represented|with)\s(?:about |around |some |nearly |almost |more than |over )?$/i.test(before)) return 'the size of an organisation';
  // "a first step towards reducing the deficit to $230bn by 2009": a target.
  if ((q.kind === 'money' || q.kind === 'percent' || q.kind === 'count') && /\b(?:towards|aims? to|aiming to|in order to|so as to|target of|goal of|plans? to|pledged to|promised to|intends to)\s(?:[\p{L}-]+\s){0,2}?(?:reduc\w+|cut\w*|halv\w+|bring\w*|lower\w*|rais\w+|increas\w+|boost\w*|lift\w*)\s(?:[\p{L}'’-]+\s){0,4}?(?:down\s|up\s)?to\s(?:about |around |below |under |less than |just )?$/iu.test(before)) return 'the terms of a plan or pledge';
  // "There are now 5,700 members of the Academy": a body's own size.
  if (q.kind === 'count' && /^\s+(?:members|employees|staff|workers|branches|stores) (?:of|at|in) (?:the )?\p{Lu}/u.test(after)) return 'the size of an organisation';
  // "90 journalist jobs - 17% of their editorial staff": an employer's own workforce.
  if (q.kind === 'percent' && /^\s*of (?:its|their|the (?:firm|company|group|bank|business|paper|newspaper|club)['’]s) (?:[\p{L}-]+ )?(?:workforce|staff|employees|jobs)\b/iu.test(after)) return 'an employer\'s own job figures';
  // "The 5,808 Academy voters": the size of a body the story names.
  if (q.kind === 'count' && /^\s+\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}\s(?:voters|members|employees|staff|workers|judges|delegates|stores|branches)\b/u.test(after)) return 'the size of an organisation';
  if (q.kind === 'money' && /\b(?:compensation|damages|payout|award|settlement|fine|fee|pension|bonus)\s(?:to|at|of)\s(?:about |around |nearly |almost |up to |just |some )?$/i.test(before)) return 'the amount of a deal, payment, bill or price';
  if (q.kind === 'money' && /\bup to\s+$/i.test(before) && /^\s*(?:a|an|per|each)\s+(?:year|month|week|day|person|head|child|household|family|customer)\b/i.test(after)) return 'a limit set by a rule';
  if (q.kind === 'money' && (DEAL_AFTER.test(after) || DEAL_AFTER_IN.test(after) || DEAL_BEFORE.test(before))) return 'the amount of a deal, payment, bill or price';
  if (q.kind === 'percent' && (/^\s*(?:pay|price|fare|tax|rent|tariff|wage|salary) (?:rise|increase|cut|hike|freeze|deal|offer|award)s?\b/i.test(after) || (/\b(?:offered|offer|offers|offering|proposed|proposes|agreed|accepted|rejected|demanding|demanded|demands|seeking|sought|imposed|imposes|announced|rejected|rejects|rejecting)\s(?:an?|its|their|the)\s$/i.test(before) && /^\s*(?:rise|increase|cut|hike|pay|wage|salary|reduction|discount)/i.test(after)))) return 'the terms of a pay or price decision';
  // "a deal to supply Peugeot with 30,000 vehicles": the count is the deal's own term.
  if (q.kind === 'count' && /\b(?:deal|deals|contract|contracts|agreement|order|orders)\s(?:to|for|with|worth)\b/i.test(sentenceText) && !/\b(?:people|jobs|workers|staff|deaths|victims|users|customers|viewers|voters|cases|complaints)\b/i.test(after.slice(0, 30))) return 'the terms of a deal';
  // "plans to put in place 25,000 officers", "committed to opening 200 academies": a plan's own terms.
  if (q.kind === 'count' || q.kind === 'money' || q.kind === 'percent') {
    // The plan's word, and no estimate between it and the figure ("expected to cost" is a forecast).
    const lead = a.text.slice(Math.max(a.sentences[q.sentence].start, q.start - 230), q.start);
    let plan = -1;
    for (const m of lead.matchAll(PLAN_WORD)) plan = m.index!;
    if (/\b(?:target|goal|aim) of\s(?:about |around |some |at least |up to |more than )?$/i.test(before)) return 'the terms of a plan or pledge';
    if (plan >= 0 && !/\.(?!\d)/.test(lead.slice(plan)) && !ESTIMATE.test(lead.slice(plan).replace(/\b(?:up to|at least|as (?:much|many|high|low) as)\b/gi, ''))) return 'the terms of a plan or pledge';
  }
  if (q.kind === 'percent' && /\b(?:pay|price|fare|tax|rent|tariff|wage|salary|rate) (?:rise|increase|cut|hike|freeze|reduction)s? of\s(?:about |around |up to |nearly |almost |some |just )?$/i.test(before)) return 'the terms of a pay or price decision';
  // "India has raised the limit for foreign investment … from 49% to 74%": a rule changed.
  if ((q.kind === 'percent' || q.kind === 'money') && /\b(?:raise|raised|raises|raising|lift|lifted|lifts|lifting|increase|increased|increases|cut|cuts|cutting|lower|lowered|lowers|lowering|reduce|reduced|reduces|set|sets|ease|eased|relax|relaxed|double|doubled|halve|halved|freeze|froze|frozen)\s(?:the|its|their)\s(?:[\p{L}-]+\s){0,2}?(?:limit|cap|ceiling|threshold|quota|tax|duty|tariff|levy|target|requirement|allowance|level at which|band|rate at which)\b/iu.test(sentenceText) && /\b(?:from|to|by|at)\s$/i.test(before)) return 'a limit set by a rule';
  if (q.kind === 'percent' && /\b(?:allow|allows|allowing|allowed|permit|permits|permitting|limit of|cap of|ceiling of|limited to|capped at)\s(?:up to |as much as |only |just )?$/i.test(before)) return 'a limit set by a rule';
  if (q.kind === 'percent' && /^\s*(?:tax|taxes|levy|tariff|tariffs|duty|duties|surcharge|commission|discount|royalty|cap|quota|limit|threshold|target)\b/i.test(after)) return 'a rate set by a decision';
  if (q.kind === 'percent' && (STAKE_AFTER.test(after) || STAKE_BEFORE.test(before))) return 'a holding in a company';
  if (q.kind === 'percent' && (RATE_DECISION.test(sentenceText) || /\b(?:funds|interest|base|key|benchmark|lending|repo|discount|policy) rates? (?:has |have |had )?(?:risen|rose|fallen|fell|gone up|gone down|been raised|been cut|been lifted|been lowered|increased|climbed)\b/i.test(sentenceText) || passiveRateDecision(sentenceText) || /\b(?:interest|base|key|benchmark|lending|official|bank) rates? (?:are|is|were|was|stand|stands|stood|remain|remains|remained|held|kept|left) (?:at|on)\s(?:a record low of |a record high of )?$/i.test(before) || /\b(?:taking|takes|took|bringing|brings|brought|leaving|leaves|left)\s(?:(?:its|their|the)\s)?(?:key |main |benchmark |base |official |interest |borrowing |lending )*(?:rates?|costs)\s(?:to|at)\s$/i.test(before))) return 'a rate set by a decision';
  return null;
}
