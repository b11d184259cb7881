// Recall of the sourcing rules (issue 16): the general mechanisms that stopped hiding unsourced
// figures and vague sources, each with an invented case that must fire and one that must stay
// quiet. Runs against dist/core.js (build it first: `node esbuild.mjs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsUnder } from './findings-lib.mjs';

const findings = (body, headline = 'Harbour plan goes to council') => findingsUnder(headline, body);
const show = (fs, rule) => JSON.stringify(fs.filter((f) => !rule || f.rule === rule).map((f) => [f.rule, f.severity, f.text]));
/** A finding of `rule` on `words` (at `severity` or, when `severity` is 'shown', above a hint). */
const fires = (fs, rule, words, severity) => fs.some((f) => f.rule === rule && f.text.includes(words) && (!severity || (severity === 'shown' ? f.severity !== 'hint' : f.severity === severity)));

const CASES = [
  // A clause put before the sentence's own ends at its comma (issue 16, us13).
  { name: 'a source in a clause put first holds no figure after its comma', rule: 'unsourced-statistic', fires: '12,000',
    body: 'The ferry service was cut in the spring. Since May 3, when the mayor asked islanders to write to the ferry company, at least 12,000 said they would.' },
  { name: 'a clause after the sentence\'s own runs to its end', rule: 'unsourced-statistic', quiet: '9,000',
    body: 'The ferry service was cut in the spring. Her sharpest attack came in March, when she told a radio show that the company was failing the island, including its promise to carry 9,000 cars a week.' },
  // A margin in points in a poll or a vote is a figure; a team's points are not (issue 16, us13).
  { name: 'a lead in the polls in points is a figure', rule: 'unsourced-statistic', fires: '25',
    body: 'The ferry service was cut in the spring. The mayor was about 25 points ahead of her rival in polls taken in the summer.' },
  { name: 'a margin among voters in points is a figure', rule: 'unsourced-statistic', fires: '15',
    body: 'The ferry service was cut in the spring. On Tuesday the senator won by more than 15 points among older voters.' },
  { name: 'a team\'s lead in points is no figure', rule: 'unsourced-statistic', quiet: '10',
    body: 'The ferry service was cut in the spring. The harbour club are 10 points ahead of their rivals at the top of the table.' },
  // A figure of the economy before a market's thing is named is no market price; "in bilateral
  // trade" is no trading session (issue 16, us13).
  { name: 'an economy\'s figure before the market it moved is still a statistic', rule: 'unsourced-statistic', fires: '1.9%',
    body: 'The island\'s main index closed up 14 points on Friday. A drop in the rate of inflation to 1.9% in March gave a lift to shares, which have gained 3% this month.' },
  { name: 'a market\'s move after the economic news is a price', rule: 'unsourced-statistic', quiet: '0.5%',
    body: 'The ferry service was cut in the spring. Unemployment data pushed the pound up 0.5% against the dollar.' },
  { name: 'trade between two countries is no trading session', rule: 'unsourced-statistic', fires: '$2 billion',
    body: 'The ferry service was cut in the spring. The two islands do more than $2 billion in bilateral trade each week.' },
  { name: 'a session of trading is still one', rule: 'unsourced-statistic', quiet: '0.4%',
    body: 'The ferry service was cut in the spring. The euro slipped 0.4% in Asian trade.' },
  // A study's or an organisation's figures end at a paragraph break once another named voice has
  // spoken (issue 16, us13).
  { name: 'another named voice ends the reach of a ministry\'s figures', rule: 'unsourced-statistic', fires: '0.4%',
    body: 'Factory output on the island fell 2.1% in May, according to figures from the Harbour Ministry of Trade. "The slowdown is deeper than we feared," said Ann Lowe, an economist at Coldwater Bank.\n\nGrowth slowed to 0.4% in the three months to June, down from 1.2% in the quarter before.' },
  { name: 'the figures go on after a voice of the study\'s own body', rule: 'unsourced-statistic', quiet: '0.4%',
    body: 'Factory output on the island fell 2.1% in May, according to figures from the Harbour Ministry of Trade. "The slowdown is deeper than we feared," said Ann Lowe, the Harbour Ministry of Trade\'s chief statistician.\n\nFactory output slowed to 0.4% in the three months to June, down from 1.2% in the quarter before.' },
  { name: 'a voice in the figure\'s own paragraph does not end a survey\'s reach', rule: 'unsourced-statistic', quiet: '78%',
    body: 'Island ferry workers are paid less than mainland crews, according to a survey by the Harbour Workers Guild released on Monday.\n\nThe survey found that 40% of ferry workers earn less than £20,000.\n\n"Crews deserve better," said Tom Reyes of the Coldwater Union. Some 78% of ferry workers live on the island itself.' },
  // Shares, multiples and ranges the quantity reader once skipped (issue 16).
  { name: 'a share in words is a figure', rule: 'unsourced-statistic', fires: 'three out of 10',
    body: 'The ferry service was cut in the spring. Now three out of 10 commuters on the island drive to work.' },
  { name: 'a round of a contest is no share', rule: 'unsourced-statistic', quiet: 'four in nine',
    body: 'The ferry service was cut in the spring. The rower has never got past round four in nine attempts.' },
  { name: 'a fraction in words is a figure', rule: 'unsourced-statistic', fires: 'two-fifths',
    body: 'The ferry service was cut in the spring. About two-fifths of the island\'s households now own a second car.' },
  { name: 'a period in words is no fraction', rule: 'unsourced-statistic', quiet: 'three quarters',
    body: 'The ferry service was cut in the spring. The island economy shrank for the last three quarters of the year.' },
  { name: 'a multiple is a figure', rule: 'unsourced-statistic', fires: '12-fold',
    body: 'The ferry service was cut in the spring. Car traffic over the causeway has risen 12-fold since then.' },
  { name: 'an organisation things go to is not the doer', rule: 'unsourced-statistic', fires: '30%',
    body: 'The ferry service was cut in the spring. Bookings to the island hotel had increased by 30% by the summer.' },
  { name: 'a source in a with-clause after the figure speaks of something else', rule: 'unsourced-statistic', fires: 'nine million',
    body: 'The ferry service was cut in the spring. At its height the island soap drew an audience of nine million, with the Harbour Gazette calling it "the nation\'s favourite".' },
  { name: 'a source before the figure still covers it', rule: 'unsourced-statistic', quiet: 'nine million',
    body: 'The ferry service was cut in the spring. The Harbour Gazette said the island soap drew an audience of nine million at its height.' },
  { name: 'a time before a figure is no label', rule: 'unsourced-statistic', fires: '64,000',
    body: 'The ferry service was cut in the spring. Last year 64,000 passengers were carried to the island.' },
  { name: 'both ends of a range opened by Between are read', rule: 'unsourced-statistic', fires: '3,000',
    body: 'The ferry service was cut in the spring. Between 3,000 and 4,000 islanders now commute by car every day.' },
  // A speaker quoted word for word vouches for no figure outside the quotation.
  { name: 'a quotation without figures carries nothing', rule: 'unsourced-statistic', fires: '240,000',
    body: '"It has been a hard year for all of us," said Ann Lowe, the trust\'s director. Visitor numbers at the castle fell to 240,000 last year.' },
  { name: 'reported speech still carries to the next sentence', rule: 'unsourced-statistic', quiet: '240,000',
    body: 'Ann Lowe, the trust\'s director, said visitor numbers at the castle had fallen sharply. They fell to 240,000 last year.' },
  // A person's words reach two sentences on; a long paragraph moves on from them.
  { name: 'a speaker three sentences back covers nothing', rule: 'unsourced-statistic', fires: '£4m',
    body: 'Marta Velikova said the pier would reopen in May. The council met on Monday to discuss the plan. Divers inspected the piles in the spring. Repairs to the pier have cost more than £4m so far.' },
  { name: 'a speaker just before still covers the figure', rule: 'unsourced-statistic', quiet: '£4m',
    body: 'Marta Velikova said the pier would reopen in May. Repairs to the pier have cost more than £4m so far.' },
  { name: 'a speaker who gave figures covers the paragraph', rule: 'unsourced-statistic', quiet: '£4m',
    body: 'Marta Velikova said repairs had already cost £2m. The council met on Monday to discuss the plan. Divers inspected the piles in the spring. Repairs to the pier have cost more than £4m so far.' },
  // An indefinite poll names no poll: it covers no figure of its paragraph.
  { name: 'a recent poll covers no other sentence', rule: 'unsourced-statistic', fires: '40 percent',
    body: 'The bridge is due to open in 2027, although a recent poll found most residents oppose it. Support for it was 40 percent the year before.' },
  { name: 'a named poll covers its paragraph', rule: 'unsourced-statistic', quiet: '40 percent',
    body: 'The Harbour Gazette poll found most residents oppose the bridge. Support for it was 40 percent the year before.' },
  // A document subject in a later clause does not source a figure a clause before it.
  { name: 'a survey after "although" covers no figure before it', rule: 'unsourced-statistic', fires: '£26 million',
    body: 'The new bridge across the estuary will cost £26 million, although a recent survey found most residents oppose it.' },
  { name: 'a survey in the same clause covers the figure', rule: 'unsourced-statistic', quiet: '12%',
    body: 'Sales of bicycles in the county rose 12% last year, a survey of 1,300 shops suggests.' },
  // What something cost somebody measures the damage; it is no organisation's own result.
  { name: 'a loss that something cost a person', rule: 'unsourced-statistic', fires: '$900 million',
    body: 'The investor is known for big bets. His stake in Kestrel Foods has cost him more than $900 million in losses this year.' },
  // "our exclusive interview", "spoke to us": the outlet's voice, not a writer's first person.
  { name: 'the outlet speaking of itself is no first-person column', rule: 'unsourced-statistic', fires: '£90m',
    body: 'Harbour Sport looks ahead after our exclusive interview with chairman Tom Reed.\n\nReed must deliver a new 40,000-seat stadium by 2027 amid costs rising above £90m.\n\nIn a quiet room at the ground, Reed spoke to us about the months ahead.' },
  { name: 'a reader writing in the first person is the source', rule: 'unsourced-statistic', quiet: '£900',
    body: 'I have lived in the harbour flats for twenty years.\n\nThe rent for each flat has risen to £900 a month since the sale.\n\nWe cannot afford to stay much longer.' },
  // A named forecaster in the progressive: "X is projecting 5% growth".
  { name: 'a named forecaster in the progressive', rule: 'unsourced-statistic', quiet: '5%',
    body: 'For 2026, Harbourline is projecting operating earnings growth of around 5% on the route.' },
  { name: 'a forecast nobody owns', rule: 'unsourced-statistic', fires: '5%',
    body: 'For 2026, operating earnings growth of around 5% is projected on the route.' },
  // A figure hedged as hearsay: "a reported $85m".
  { name: 'a reported figure names nobody', rule: 'vague-attribution', fires: 'a reported $85m',
    body: 'The show ran for three series, earning its makers a reported $85m.' },
  { name: 'a figure a named outlet reported', rule: 'vague-attribution', quiet: '$85m',
    body: 'The show ran for three series, earning its makers $85m, the Harbour Gazette reported.' },
  { name: 'the reported figure goes back to a report named before', rule: 'vague-attribution', quiet: '$85m',
    body: 'The Harbour Gazette said the show earned its makers $85m. The reported $85m includes overseas sales.' },
  // A person quoted next is not the author of an unnamed account.
  { name: 'an unnamed account followed by a quoted person', rule: 'vague-attribution', fires: 'One news account',
    body: 'The summit broke up without a deal.\n\nIt was a long night. One news account described the mayor sitting glumly at the back of the hall. "It was a hard night for me," the mayor, Ann Lowe, said.' },
  { name: 'an unnamed account whose outlet is named next', rule: 'vague-attribution', quiet: 'One news account',
    body: 'The summit broke up without a deal.\n\nIt was a long night. One news account described the mayor sitting glumly at the back of the hall. The account, by Harbour Gazette reporter Tom Reed, was widely shared.' },
  { name: 'an estimate in a dated named paper', rule: 'vague-attribution', quiet: 'estimate',
    body: 'The speed limit may be lowered. A previous estimate, contained in a 1998 Harbour Board paper, suggested such a move could save 50 lives a year.' },
  // A crowd named right after it, between commas, is named.
  { name: 'analysts named in apposition', rule: 'vague-attribution', quiet: 'analysts',
    body: 'According to technology analysts, Kestrel Research, there will be 20 million subscribers to the service by 2030.' },
  { name: 'a figure from analysts named in apposition', rule: 'unsourced-statistic', quiet: '20 million',
    body: 'According to technology analysts, Kestrel Research, there will be 20 million subscribers to the service by 2030.' },
  { name: 'analysts nobody names', rule: 'vague-attribution', fires: 'analysts',
    body: 'According to technology analysts, there will be 20 million subscribers to the service by 2030.' },
  // "people" is plural: "Ms Hale, these people said, …" is a new subject, not a description of her.
  { name: 'unnamed people set off after a name', rule: 'anonymous-source', fires: 'these people',
    body: 'The talks resume on Monday.\n\nMarta Hale has said little about the plan, and people familiar with her thinking say it has stalled. Mrs. Hale, these people said, would be open to other measures.' },
  { name: 'a description set off after a name', rule: 'anonymous-source', quiet: 'official',
    body: 'The talks resume on Monday.\n\nMarta Hale, a senior official, said the plan has stalled.' },
  // Hedges that credit a claim to nobody (lexicon.json vagueCues), each with a near miss.
  { name: 'a hedge: widely tipped', rule: 'vague-attribution', fires: 'widely tipped',
    body: 'The harbour scheme is widely tipped to win the design prize.' },
  { name: 'tipped by a named source', rule: 'vague-attribution', quiet: 'tipped',
    body: 'The harbour scheme was tipped to win the design prize by the judge, Ann Cole.' },
  { name: 'a hedge: in some quarters', rule: 'vague-attribution', fires: 'in some quarters',
    body: 'The harbour master was accused in some quarters of ignoring the fishermen.' },
  { name: 'quarters that are a place', rule: 'vague-attribution', quiet: 'quarters',
    body: 'The crew slept in the old quarters behind the harbour.' },
  { name: 'a hedge: by all accounts', rule: 'vague-attribution', fires: 'by all accounts',
    body: 'The harbour master is, by all accounts, enjoying the new job.' },
  { name: 'accounts that are kept', rule: 'vague-attribution', quiet: 'accounts',
    body: 'The harbour trust is audited by all accounts firms in the town.' },
  { name: 'a hedge: it\'s been reported', rule: 'vague-attribution', fires: "It's been reported",
    body: "It's been reported that the harbour master has resigned." },
  { name: 'reported by a named paper', rule: 'vague-attribution', quiet: 'reported',
    body: 'The Evening Ledger has reported that the harbour master has resigned.' },
  // A standing grounded in polls nobody names (vague-attribution reads it; it is no attribution).
  { name: 'a standing in the polls', rule: 'vague-attribution', fires: 'in the polls',
    body: 'The mayor trails her rival in the polls.' },
  { name: 'a standing in unnamed surveys of a place', rule: 'vague-attribution', fires: 'in several recent Ohio surveys',
    body: 'The mayor has led the race in several recent Ohio surveys.' },
  { name: 'surveys whose owner follows', rule: 'vague-attribution', quiet: 'surveys',
    body: 'The mayor has led the race in several surveys by the Harbour Institute.' },
  { name: 'polls a name owns', rule: 'vague-attribution', quiet: 'polls',
    body: 'The mayor is ahead in the Gallup polls.' },
  { name: 'polls as an election', rule: 'vague-attribution', quiet: 'polls',
    body: 'Voters went to the polls on Thursday.' },
  { name: 'polls in a named person\'s words', rule: 'vague-attribution', quiet: 'polls',
    body: 'Ann Cole said she was ahead in the polls.' },
  // A hedge inside what a crowd is already flagged for saying is not a second finding; one in a new clause is.
  { name: 'a hedge inside a crowd\'s words', rule: 'vague-attribution', quiet: 'in some quarters',
    body: 'Analysts attributed the fall to gloomy expectations in some quarters of the market.' },
  { name: 'a hedge in a new clause after a crowd', rule: 'vague-attribution', fires: 'said to',
    body: 'Others claim the merger will hurt the port, while dockers are also said to be angry.' },
  // Unnamed people inside what a named person says are that person's account, unless a new clause starts.
  { name: 'unnamed people inside a named person\'s words', rule: 'anonymous-source', quiet: 'participants',
    body: 'Ann Cole, the harbour master, says meeting participants outlined a plan to dredge the channel.' },
  { name: 'unnamed people after a named person, in a new clause', rule: 'anonymous-source', fires: 'people familiar',
    body: 'Marta Hale has said little about the dredging, and people familiar with her thinking say she now favours it.' },
  // A body's officials insisting state its line; a person's advisers insisting are people nobody names.
  { name: 'a person\'s advisers insisting are unnamed', rule: 'anonymous-source', fires: 'Hale advisers',
    body: 'Marta Hale toured the harbour on Monday. Hale advisers insisted that the dredging would start in May.' },
  { name: 'a body\'s officials insisting state its line', rule: 'anonymous-source', quiet: 'officials',
    body: 'The Harbour Board met on Monday. Board officials insisted that the dredging would start in May.' },  // One unnamed official of a named body is unnamed; the body's officials, or its spokeswoman, speak for it.
  { name: 'one official of a named body is unnamed', rule: 'anonymous-source', fires: 'a Harbour Board official',
    body: 'The Harbour Board met on Monday. The dredging will start in May, said a Harbour Board official.' },
  { name: 'a named body\'s spokeswoman speaks for it', rule: 'anonymous-source', quiet: 'spokeswoman',
    body: 'The Harbour Board met on Monday. The dredging will start in May, said a Harbour Board spokeswoman.' },
  { name: 'a reason given as asking for anonymity', rule: 'anonymous-source', quiet: 'official',
    body: 'The Harbour Board met on Monday. The dredging will start in May, said a Harbour Board official, asking for anonymity to discuss the plan.' },
  // A spokesman with no body named near speaks for nobody the reader can name; one after the body, for it.
  { name: 'a spokesman with no body near is unnamed', rule: 'anonymous-source', fires: 'a spokesman', headline: 'School run fines planned',
    body: 'Parents who skip the school run rota may be fined. The fines would be small and rarely used, a spokesman said.' },
  { name: 'a spokesman after the body named speaks for it', rule: 'anonymous-source', quiet: 'spokesman',
    body: 'The Harbour Board says parents who skip the school run rota may be fined. The fines would be small and rarely used, a spokesman said.' },
  { name: 'a spokeswoman after the body pointed at speaks for it', rule: 'anonymous-source', quiet: 'spokeswoman',
    body: 'The ministry says parents who skip the school run rota may be fined. The fines would be small and rarely used, a spokeswoman said.' },
  // A person's friends are unnamed people around them, as "his aides" are.
  { name: 'a couple\'s friends are unnamed', rule: 'anonymous-source', fires: 'their friends',
    body: 'The Vales sold the boatyard in May. According to their friends and neighbours, the couple had wanted to leave for years.' },
  { name: 'friends thanked are no source', rule: 'anonymous-source', quiet: 'friends',
    body: 'The Vales sold the boatyard in May. They thanked their friends and neighbours for years of custom.' },
  // "according to one of …": a part of a group, typed as the group, as after "said".
  { name: 'according to one of his aides', rule: 'anonymous-source', fires: 'one of his senior aides',
    body: 'Piet Varga toured the harbour on Monday. The union will join the lawsuit, according to one of his senior aides.' },
  { name: 'according to one of the reports is no unnamed person', rule: 'anonymous-source', quiet: 'one of',
    body: 'Piet Varga toured the harbour on Monday. The union will join the lawsuit, according to one of the Gazette\'s reports.' },
  // A characterisation by unnamed people ("cast", "portrayed" … "as …") is their claim.
  { name: 'a person\'s aides casting a result as a sign', rule: 'anonymous-source', fires: 'Marta Hale\'s aides',
    body: 'Marta Hale won the harbour seat on Monday. Marta Hale\'s aides cast the win as a sign that her housing message had worked.' },
  { name: 'aides portraying a result as a sign', rule: 'anonymous-source', fires: 'Her aides',
    body: 'Marta Hale won the harbour seat on Monday. Her aides portrayed the win as a sign that her housing message had worked.' },
  { name: 'aides casting votes is no claim', rule: 'anonymous-source', quiet: 'aides',
    body: 'Marta Hale won the harbour seat on Monday. Her aides cast their votes early in the day.' },
  { name: 'a part cast in a play is no claim', rule: 'anonymous-source', quiet: 'aides',
    body: 'Marta Hale won the harbour seat on Monday. In the town pageant she was cast as the harbour master.' },
  // A named body's people, the body named after them, speak for it; some singled out do not.
  { name: 'officials with a named body speak for it', rule: 'anonymous-source', quiet: 'officials',
    body: 'The harbour vote is close. However, officials with the Harbour Board made clear on Monday that they would not fund either side.' },
  { name: 'senior officials with a named body are unnamed', rule: 'anonymous-source', fires: 'senior officials',
    body: 'The harbour vote is close. However, senior officials with the Harbour Board said on Monday that they would not fund either side.' },
  // A person named before a clause of their own does not name the unnamed source inside it.
  { name: 'an aside inside a named person\'s relative clause', rule: 'anonymous-source', fires: 'a visiting diplomat',
    body: 'Piet Varga, who owed his seat to, as a visiting diplomat put it, a costly makeover, left the island in May.' },
  { name: 'a source named after its own relative clause', rule: 'anonymous-source', quiet: 'the deputy',
    body: 'The harbour master, Ann Cole, said the deputy who replaced her in May, Piet Varga, should resign.' },
];

for (const c of CASES) {
  test(`${c.rule}: ${c.name}`, () => {
    const fs = findings(c.body, c.headline);
    if (c.quiet) assert.ok(!fs.some((f) => f.rule === c.rule && f.text.includes(c.quiet) && f.severity !== 'hint'), show(fs, c.rule));
    else assert.ok(fires(fs, c.rule, c.fires, c.severity), show(fs));
  });
}
