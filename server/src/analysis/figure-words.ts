// Words and tests about what a figure is, shared by the figure-roles stage and unsourced-statistic:
// whether a sentence's figures read as a measurement of the world (a rate, a share, people counted,
// an estimate), whether a company opens a sentence, where a plan is named.
import type { Analysis, Quantity } from './types';
import { mentionsIn } from './spans';
import { indexOfOneOf } from './tokens';

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
export function passiveRateDecision(sentence: string): boolean {
  const m = /\brates?\b/i.exec(sentence);
  if (!m) return false;
  const near = sentence.slice(m.index, m.index + 90);
  const stop = indexOfOneOf(near, '.;');
  const clause = stop < 0 ? near : near.slice(0, stop);
  return /\b(?:are|is|will be|were|was|have been|has been) (?:to be )?(?:cut|raised|lowered|increased|reduced|held|frozen|set)\b/i.test(clause);
}

const EMPLOYER_AFTER = /^(?:(?:the |its |a |an )?(?:[\p{L}&'’.-]+\s){0,4}?(?:firm|company|group|bank|factory|plant|site|works|mill|mine|depot|office|offices|centre|center|store|stores|branch|branches|airline|carrier|retailer|business|operator|maker|manufacturer|insurer|broker|chain|giant)\b|\p{Lu})/u;
/** True when the sentence places jobs at an employer: "at the Oxford factory", "at Marsh & McLennan". */
export function namesEmployer(sentence: string): boolean {
  for (const m of sentence.matchAll(/(?<![\p{L}])(?:at|by|from) /gu)) {
    if (EMPLOYER_AFTER.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) return true;
  }
  return false;
}
export const PLAN_WORD = /\b(?:plans?|planned|planning|pledges?|pledged|promises?|promised|threaten(?:s|ed|ing)? to|committed to|proposals?|proposes|proposed|proposing|draft bill|aims? to|intends to|wants?|wanted|polic(?:y|ies) (?:would|will|could))\b/gi;
