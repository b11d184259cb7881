// Precision and recall of the sourcing and quotation rules on patterns editors meet in real copy
// (issue 16): each case is an invented article, and says which rule must or must not fire on
// which words. Runs against dist/core.js (build it first: `node esbuild.mjs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsUnder } from './findings-lib.mjs';

const findings = (body, headline = 'Council weighs housing plan') => findingsUnder(headline, body);
const has = (fs, rule, words, severity) => fs.some((f) => f.rule === rule && f.text.includes(words) && (!severity || f.severity === severity));
const none = (fs, rule) => !fs.some((f) => f.rule === rule);

// Each entry: a body, the rule, and what must (fires: words) or must not (quiet: true) be found.
const CASES = [
  // Issue 16, a fresh sample of real copy: background, results and terms read as measurements, and
  // officials who keep a public record read as unnamed sources (invented sentences of the same shapes).
  { name: 'a place given "a population under" a figure is background', body: 'The candidate drove to Kelderby, a hamlet with a population under 500, for one last rally.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a place "home to" people is background', body: 'The ferry stops at Tarnby, a port home to about 45,000 people, twice a week.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a place "home to" people described further is still counted', body: 'Tarnby, a port home to about 45,000 people without a family doctor, is short of clinics.', rule: 'unsourced-statistic', fires: '45,000', severity: 'information' },
  { name: 'the residents of a named place are background', body: 'The radio station is run by the 8,000 residents of Tarnby, who film their own news.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'delegates won "of the" delegates at stake are a result', body: 'Her wins in five states assure the governor of at least 318 of the 865 delegates at stake on Tuesday.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a bare delegate count after "at least" is a result', body: 'In the delegate race the senator now has at least 882. The governor has at least 232.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a share of the remaining delegates needed is an election rule', body: 'To clinch the nomination the governor must now win 58 percent of the remaining delegates.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a share of the delegates needed is an election rule', body: 'As of Wednesday, the governor had 90% of the delegates needed to clinch the nomination.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'what a party has agreed to pay is the terms of its deal', body: 'Norland has agreed to pay 30% more for gas from its neighbour.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'what a machine can make is a capacity', body: 'The council bought a new press. The new press can print up to 4,000 leaflets an hour.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'election officials give turnout on the record', body: 'Turnout on the island was the highest in twenty years, county election officials said on Wednesday.', rule: 'anonymous-source', quiet: true },
  { name: 'party officials are still unnamed', body: 'Turnout on the island was the highest in twenty years, county party officials said on Wednesday.', rule: 'anonymous-source', fires: 'county party officials' },
  { name: 'an unnamed person named in the next sentence by the same noun', body: 'A dismissed driver said the mayor broke the law. The lawsuit, filed by a former driver named Ben Royle, lists six complaints.', rule: 'anonymous-source', quiet: true },
  { name: 'the same noun without a word of naming leaves the person unnamed', body: 'A dismissed driver said the mayor broke the law. The lawsuit, filed by a former driver with Ben Royle, lists six complaints.', rule: 'anonymous-source', fires: 'A dismissed driver' },
  // Issue 16, a second fresh sample of 2016 political copy: a poll's shares named before or after
  // in other words, an election's results, and crowds that are a poll's sample (invented sentences).
  { name: 'shares "N in 10" after exit polls named with who they were conducted for', body: 'Islanders voted on Tuesday in the harbour referendum.\n\nAccording to early results of exit polls conducted for the Harbour Gazette, most voters were over 50.\n\nAbout 6 in 10 islanders who voted are unhappy with the ferry service.', rule: 'unsourced-statistic', quiet: true },
  { name: 'shares "N in 10" with no poll named before still ask', body: 'Islanders voted on Tuesday in the harbour referendum.\n\nMost voters were over 50, and many came by bus.\n\nAbout 6 in 10 islanders who voted are unhappy with the ferry service.', rule: 'unsourced-statistic', fires: '6 in 10' },
  { name: 'shares whose exit polls the next paragraph credits with who ran them', body: 'Islanders voted on Tuesday in the harbour referendum.\n\nAbout 6 in 10 islanders who voted are unhappy with the ferry service.\n\nThat is according to early results of exit polls conducted for the Harbour Gazette by Kestrel Research.', rule: 'unsourced-statistic', quiet: true },
  { name: 'shares whose polls the next paragraph names by nobody still ask', body: 'Islanders voted on Tuesday in the harbour referendum.\n\nAbout 6 in 10 islanders who voted are unhappy with the ferry service.\n\nThat is according to early results of exit polls taken on the quay.', rule: 'unsourced-statistic', fires: '6 in 10' },
  { name: 'an approval rating after the poll is named', body: 'The Harbour Gazette poll of islanders was taken last week.\n\nAcross the island, the mayor averages 48 percent job approval.', rule: 'unsourced-statistic', quiet: true },
  { name: 'an approval rating after a report, not a poll, still asks', body: 'The Harbour Gazette report on islanders was published last week.\n\nAcross the island, the mayor averages 48 percent job approval.', rule: 'unsourced-statistic', fires: '48 percent' },
  { name: 'standings in the past tense under a poll headline', headline: 'Polls suggest the mayor is ahead in the harbour race', body: 'In their own head-to-head races, both rivals trailed the mayor by 5 and 10 percentage points.', rule: 'unsourced-statistic', quiet: true },
  { name: 'standings in the past tense under a headline with no poll still ask', headline: 'The mayor is ahead in the harbour race', body: 'In their own head-to-head races, both rivals trailed the mayor by 5 and 10 percentage points.', rule: 'unsourced-statistic', fires: '10 percentage points' },
  { name: 'a majority in a poll story', body: 'Islanders want the late ferry kept, a new Harbour Gazette Poll finds.\n\nThe ferry company says the timetable will be reviewed in May.\n\nCouncillors meet on Tuesday.\n\nA 54% majority of younger islanders endorse the late ferry.', rule: 'unsourced-statistic', quiet: true },
  { name: 'a majority in a story whose lead names no poll still asks', body: 'Islanders want the late ferry kept, a letter in the Harbour Gazette says.\n\nThe ferry company says the timetable will be reviewed in May.\n\nCouncillors meet on Tuesday.\n\nA 54% majority of younger islanders endorse the late ferry.', rule: 'unsourced-statistic', fires: '54%' },
  { name: 'a share of "the Labour vote" is a result', body: 'Together the three rivals collected just 7 percent of the Labour vote on Tuesday.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a share of Labour members is still measured', body: 'Together the three rivals are backed by just 7 percent of Labour members in the county.', rule: 'unsourced-statistic', fires: '7 percent' },
  { name: 'the people who voted for a candidate are a result', body: 'In the primary, 93,500 people voted for the independent on Tuesday, and the gap closed.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'people who moved are still counted', body: 'In the primary, 93,500 people moved to the island on Tuesday, and the gap closed.', rule: 'unsourced-statistic', fires: '93,500' },
  { name: 'a margin a state went by is a result', body: 'Eight years ago the state primary went to the mayor over her rival by more than 20 percentage points.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a margin among a group of voters is measured by exit polls and still asks', body: 'The mayor has won older voters on average by 10 percentage points over her rivals in primary contests this year.', rule: 'unsourced-statistic', fires: '10 percentage points' },
  { name: 'primaries won with a share of the vote are results', body: 'The senator has won only two primaries with more than 60 percent support, both on the coast.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a crowd that says "by" a poll\'s split is its sample', body: 'Supporters of the mayor say by 55%-41% that the ferry should stay in public hands.', rule: 'vague-attribution', quiet: true },
  { name: 'the same crowd with no split is a crowd', body: 'Supporters of the mayor say that the ferry should stay in public hands.', rule: 'vague-attribution', fires: 'Supporters of the mayor say' },
  { name: 'a counted few who have not said are no source', body: 'Two superdelegates back the mayor. Two others have not said who they would vote for.', rule: 'vague-attribution', quiet: true },
  { name: 'others who said are a crowd', body: 'Two superdelegates back the mayor. Others said they would vote for her rival.', rule: 'vague-attribution', fires: 'Others said' },
  { name: 'a memo released on a day by a possessive body names its maker', body: 'The council removed the files from its archive, according to a memo released Friday by the agency\'s watchdog.', rule: 'vague-attribution', quiet: true },
  { name: 'a memo released on a day by nobody still names nobody', body: 'The council removed the files from its archive, according to a memo released Friday.', rule: 'vague-attribution', fires: 'according to a memo' },
  { name: 'an opinion passive beside the survey share that holds it', body: 'The mayor is seen as far more capable of running the port than her rival - 60 percent of voters said she would be better at it.', rule: 'vague-attribution', quiet: true },
  { name: 'an opinion passive beside no survey share', body: 'The mayor is seen as far more capable of running the port than her rival, and she is running again.', rule: 'vague-attribution', fires: 'is seen as' },
  // Vague attribution: hearsay the reader cannot trace.
  { name: 'a passive cue with an adverb inside', body: 'It was previously reported that the depot would close in spring.', rule: 'vague-attribution', fires: 'It was previously reported' },
  { name: 'it is widely believed', body: 'It is widely believed that the treasurer will step down before the vote.', rule: 'vague-attribution', fires: 'widely believed' },
  { name: 'amid speculation', body: 'The chairman met the board on Friday amid speculation that he will resign.', rule: 'vague-attribution', fires: 'amid speculation' },
  { name: 'a crowd of experts estimating a clause', body: 'Work on the bypass has stalled. Experts estimate it will take another decade to finish.', rule: 'vague-attribution', fires: 'Experts estimate' },
  { name: 'polls showing, with no clause', body: 'The two candidates are level in the county, with polls showing the mayor’s lead gone.', rule: 'vague-attribution', fires: 'polls showing' },
  { name: 'estimates nobody owns', body: 'Estimates suggest 4,000 families are waiting for a home in the district.', rule: 'vague-attribution', fires: 'Estimates suggest' },
  { name: 'investigations nobody names', body: 'Investigations have revealed that the warnings were sent to the depot twice.', rule: 'vague-attribution', fires: 'Investigations have revealed' },
  { name: 'many lawmakers are a crowd, not an unnamed source', body: 'But unions and many county lawmakers claim the scheme will cost jobs.', rule: 'vague-attribution', fires: 'many county lawmakers' },
  { name: 'studio estimates are owned by the studio', body: 'The comedy took $12.4m at the weekend, according to studio estimates.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd that is the object of "help"', body: 'The new guide would help people find what they want to watch on the night.', rule: 'vague-attribution', quiet: true },
  { name: 'researchers at a named firm speak for it, even one read as a place', body: 'Insolvencies rose by a fifth in the spring, say researchers at BDO Stoy Hayward.', rule: 'vague-attribution', quiet: true },
  { name: 'researchers in a named place are still a crowd', body: 'Insolvencies rose by a fifth in the spring, say researchers in Port Ellery.', rule: 'vague-attribution', fires: 'say researchers' },
  { name: 'a crowd governed by a preposition is no subject', body: 'The mayor huddled briefly with other council leaders announced they would call the vote.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd after "with" and a participle still reports', body: 'The two are locked in a tight race, with polls showing the mayor’s lead gone.', rule: 'vague-attribution', fires: 'polls showing' },
  { name: 'a compound of plain nouns ending in a source noun is one source', body: 'The campaign has reserved air time in four states, according to media buying sources.', rule: 'anonymous-source', fires: 'media buying sources' },
  { name: 'a source noun and then a verb of saying are a subject and its verb', body: 'The campaign has reserved air time in four states, the media say officials confirmed.', rule: 'anonymous-source', quiet: true },
  { name: 'a crowd described by a belief participle, then a modal of its own', body: 'But investors expecting a quick sale of the ferry line may want to think again.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd with a participle of saying, the modal inside what it says', body: 'The plan has support, with recent polls suggesting islanders would rather keep the ferry.', rule: 'vague-attribution', fires: 'polls suggesting' },
  { name: 'an adverb of time between a crowd and its verb is walked over', body: 'Analysts soon noted that the ferry figures did not add up.', rule: 'vague-attribution', fires: 'Analysts' },
  { name: 'a hyphenated noun for people is read by its last part', body: 'Fact-checkers said the ferry figures did not add up.', rule: 'vague-attribution', fires: 'Fact-checkers said' },
  { name: 'modifiers joined by "and" share their noun', body: 'The levy will fail, according to Western and independent analysts.', rule: 'vague-attribution', fires: 'Western and independent analysts' },
  { name: 'a name and a crowd joined by "and" stay two', body: 'The levy will fail, according to Ann Vale and two analysts.', rule: 'vague-attribution', quiet: true },
  { name: 'a loose group of a named body is a crowd', body: 'Some Harbour Party activists say the levy will fail.', rule: 'vague-attribution', fires: 'Some Harbour Party activists say' },
  { name: 'a study whose authors are named after "by" and a time', body: 'The levy cut emissions by 5 percent, according to a study last year by economists at Harbour University.', rule: 'vague-attribution', quiet: true },
  { name: 'a study "by" nobody named', body: 'The levy cut emissions by 5 percent, according to a study by economists.', rule: 'vague-attribution', fires: 'according to a study' },
  { name: 'estimates named by their author in the phrase', body: 'Sales fell 4% in March, according to estimates published by the Harbour Retail Group.', rule: 'vague-attribution', quiet: true },

  // Anonymous sources.
  { name: "a poll's sample is no vague source", body: 'A poll by the Harbour Institute found tenants split. About four in 10 tenants said the rent rise was fair, while half of those polled said it was not.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd in a relative clause set off by commas', body: 'Housing experts, who worry that the plan will raise rents, have called for a review.', rule: 'vague-attribution', fires: 'experts, who worry' },
  { name: 'many lawmakers are not an anonymous source', body: 'But unions and many county lawmakers claim the scheme will cost jobs.', rule: 'anonymous-source', quiet: true },
  { name: 'the reason given in the next sentence, the source taken up with a comma after it', body: 'A port police official familiar with the inquiry said that charging anyone would be hard. The official, who spoke on the condition of anonymity to discuss the case, said detectives were still at work.', rule: 'anonymous-source', fires: 'A port police official', severity: 'hint' },
  { name: 'an anonymity condition with "the"', body: 'The talks are close to a deal, according to a senior council official who spoke on the condition of anonymity.', rule: 'anonymous-source', fires: 'a senior council official', severity: 'hint' },
  { name: 'a title and a name the name finder may miss', body: 'Minister of Transport Ilse Brandvold said the bridge would reopen in May.', rule: 'anonymous-source', quiet: true },
  { name: 'executives described by a person they worked with are still unnamed', body: 'Executives who have worked with Ilse Brandvold say she will not sell the ferry line.', rule: 'anonymous-source', fires: 'Executives who have worked with' },
  { name: 'a group inside a named councillor\'s words', body: 'Councillor Ilse Brandvold says meeting participants outlined a plan to sell the depot.', rule: 'anonymous-source', quiet: true },
  { name: 'officials of a body whose announcement opens the story', body: 'The harbour board announced plans on Tuesday to restore the winter ferry.\n\nThe timetable will change in November, officials said.', rule: 'anonymous-source', quiet: true },
  { name: 'bare officials in a story with no announcement', body: 'The harbour board met on Tuesday to discuss the winter ferry.\n\nThe timetable will change in November, officials said.', rule: 'anonymous-source', fires: 'officials' },
  { name: 'associates of a named person are unnamed people around her', body: 'Ilse Brandvold runs the ferry line. Ms. Brandvold’s associates said the sale would go ahead.', rule: 'anonymous-source', fires: 'associates' },
  { name: 'aides joined by "and" to the person they serve', body: 'The vote is next week, and Ilse Brandvold and her aides believe they can win it.', rule: 'anonymous-source', quiet: true },
  { name: 'aides on their own', body: 'The vote is next week, and her aides believe they can win it.', rule: 'anonymous-source', fires: 'her aides' },
  { name: 'a counted group pointing back to people just named', body: 'Senators Ana Roth and Tom Bale wrote to the harbour board on Monday. The two lawmakers, however, argue that the berth is unsafe.', rule: 'anonymous-source', quiet: true },
  { name: 'a counted group larger than the people named before it', body: 'Senator Ana Roth wrote to the harbour board on Monday. The two lawmakers, however, argue that the berth is unsafe.', rule: 'anonymous-source', fires: 'The two lawmakers' },
  { name: '"a" with a verb in its plain present is a noun phrase, not a speaker', body: 'A chief reason he has given for staying is the ferry contract.', rule: 'anonymous-source', quiet: true },
  { name: '"a" with a verb that agrees is a speaker', body: 'A chief engineer says the ferry contract is too costly.', rule: 'anonymous-source', fires: 'A chief engineer' },
  { name: 'a crowd beside a person it follows', body: 'The depot closed in June. Ilse Brandvold and others said the closure was rushed.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd beside a crowd', body: 'The depot closed in June. Dockers and others said the closure was rushed.', rule: 'vague-attribution', fires: 'others said' },
  { name: "a figure inside someone's assertion is theirs", body: "Readers asked about Ilse Brandvold's assertion that 90 to 95 percent of the tickets were sold online.", rule: 'unsourced-statistic', quiet: true },
  { name: 'a figure after an assertion nobody owns', body: 'Readers asked about the assertion that 90 to 95 percent of the tickets were sold online.', rule: 'unsourced-statistic', fires: '90 to 95 percent' },
  { name: 'figures as of a report the sentence names', body: 'As of the last fundraising report, Ilse Brandvold had raised $293,565 for the ferry campaign.', rule: 'unsourced-statistic', quiet: true },
  { name: 'figures as of a date name no source', body: 'As of the last week of June, Ilse Brandvold had raised $293,565 for the ferry campaign.', rule: 'unsourced-statistic', fires: '$293,565' },
  { name: 'a crowd with an adjective before it is vague, not anonymous', body: 'The ferry levy was raised again. Rural voters believe the levy will hurt the islands.', rule: 'vague-attribution', fires: 'Rural voters believe' },
  { name: 'a crowd with an adjective before it is no unnamed source', body: 'The ferry levy was raised again. Rural voters believe the levy will hurt the islands.', rule: 'anonymous-source', quiet: true },
  { name: "a body's people with its name before them are not a crowd", body: 'The ferry levy was raised again. Harbour Lines engineers say the hull is sound.', rule: 'vague-attribution', quiet: true },
  { name: 'a reason for anonymity in the sentence after, about the same source', body: 'A senior harbour official said the deal would be signed on Friday. The official spoke on condition of anonymity because the talks are private.', rule: 'anonymous-source', quiet: true },
  { name: 'a reason in the sentence after, about someone else', body: 'A senior harbour official said the deal would be signed on Friday. The talks are private and the mayor asked not to be named in them.', rule: 'anonymous-source', fires: 'A senior harbour official' },
  { name: 'the same unnamed source again, introduced with its reason', body: 'A senior harbour official, who asked not to be named because the talks are private, said the deal was close. The official said the board would vote on Friday.', rule: 'anonymous-source', quiet: true },
  { name: 'lawmakers vowing in public state a position', body: 'Island lawmakers have vowed to block the sale of the harbour.', rule: 'anonymous-source', quiet: true },
  { name: 'lawmakers calling on the government make a public demand', body: 'Island lawmakers called on the government on Wednesday to block the sale.', rule: 'anonymous-source', quiet: true },
  { name: 'some of them singled out still fire', body: 'Some island lawmakers urged the board to wait for the survey.', rule: 'anonymous-source', fires: 'Some island lawmakers' },
  { name: 'a reason the sentence after gives for a source described by what it knows', body: 'A harbour official familiar with the talks said the deal would be signed on Friday. The official spoke on condition of anonymity because the talks are private.', rule: 'anonymous-source', quiet: true },
  { name: 'words of what a source knows are not the source', body: 'A harbour official familiar with the talks said the deal would be signed on Friday. The talks are private and the mayor asked not to be named in them.', rule: 'anonymous-source', fires: 'A harbour official' },
  { name: 'a verb after a modal is no speaker', body: 'In a nod to the mayor, they will hold banners proclaiming: “Keep the ferry!”', rule: 'anonymous-source', quiet: true },
  { name: 'a delegate tally with superdelegates is a result', body: 'Including superdelegates, Ilse Brandvold now has at least 501 delegates and Tom Bale at least 69.', rule: 'unsourced-statistic', quiet: true },
  { name: 'reports a relative clause says a campaign filed are its documents', body: 'The campaign raised $2m in January. That is according to fundraising reports that the Sanders campaign is filing on Saturday.', rule: 'vague-attribution', quiet: true },
  { name: 'reports that say something about a campaign are hearsay', body: 'The campaign raised $2m in January, according to reports that the Sanders campaign will close on Saturday.', rule: 'vague-attribution', fires: 'according to reports' },
  { name: "a crowd's demand asserts nothing to source", body: 'The ferry sale was delayed again. Critics called on the board to resign before the vote.', rule: 'vague-attribution', quiet: true },
  { name: "a crowd's claim is still vague", body: 'The ferry sale was delayed again. Critics say the board should resign before the vote.', rule: 'vague-attribution', fires: 'Critics say' },
  { name: "a group's share in a story whose poll is named paragraphs before", body: 'The Harbour Gazette poll asked 900 islanders about the ferry in March.\n\nMost want a later sailing.\n\nThirty percent of islanders want the old timetable back.', rule: 'unsourced-statistic', quiet: true },
  { name: "a group's share with no poll named before", body: 'The harbour authority published its accounts in March.\n\nMost islanders want a later sailing.\n\nThirty percent of islanders want the old timetable back.', rule: 'unsourced-statistic', fires: 'Thirty percent' },
  { name: 'a study by a capitalised maker the name finder may miss', body: 'A study by the liberal watchdog group Media Matters found the mayor got twice as much airtime.', rule: 'vague-attribution', quiet: true },
  { name: 'a study by people nobody names', body: 'A study by researchers found the mayor got twice as much airtime.', rule: 'vague-attribution', fires: 'A study by researchers found' },
  { name: 'officials who are singled out insist', body: 'Some port officials insist that the berth is unsafe for the island ferry.', rule: 'anonymous-source', fires: 'Some port officials' },
  { name: 'a number in a hashtag is no figure', body: 'The campaign, called #4000Ferries, asks islanders to post pictures of the old boats.', rule: 'unsourced-statistic', quiet: true },
  { name: 'a compound modifier in words is no figure', body: 'Members must sign a billion-year contract before they join the order.', rule: 'unsourced-statistic', quiet: true },
  { name: 'the usual spelling wins over a misspelt full name', body: 'Harbour chair Ilse Brandvolt opened the meeting. Brandvold said the ferry would run again. Brandvold added that fares would rise.', rule: 'inconsistent-name', fires: 'Brandvolt', severity: 'warning' },
  { name: 'two spellings used as often are information', body: 'Harbour chair Ilse Brandvolt opened the meeting. Brandvold said the ferry would run again.', rule: 'inconsistent-name', fires: 'Brandvold', severity: 'information' },
  { name: 'the writer of a cited article is no publication', body: 'The network was rocked again on Friday, this time by an article in Harbour magazine by Ilse Brandvold, who reported that the ferry fund was empty.', rule: 'unknown-source', quiet: true },
  { name: 'officials who have not said anything', body: 'Citing privacy rules, county officials have not said why the permit was refused.', rule: 'anonymous-source', quiet: true },
  { name: 'a definite description cut at a comma', body: '"We will not back down," the soft-spoken, 64-year-old diplomat said in an interview.', rule: 'anonymous-source', quiet: true },
  { name: 'both candidates are known people', body: 'During the debate on Thursday night, both candidates said the recount was no big deal.', rule: 'anonymous-source', quiet: true },
  { name: 'an adviser named in the next paragraph', body: 'The count went on all night.\n\nA senior campaign adviser says the governor is on course to win.\n\nMarta Velikova spoke to reporters outside the hall on Thursday.', rule: 'anonymous-source', quiet: true },
  { name: 'officials set off after a name are no apposition', body: 'The ceasefire talks resume on Monday.\n\nMr. Hale, officials said, has grown sceptical about the plan.', rule: 'anonymous-source', fires: 'officials' },
  { name: 'an unnamed official still fires', body: 'The count went on all night.\n\nA senior campaign adviser says the governor is on course to win.\n\nThe result is due on Friday.', rule: 'anonymous-source', fires: 'A senior campaign adviser' },

  // Quotation marks.
  { name: 'a quote whose close comes in the next paragraph', body: 'After the match, the coach Teodor Brand said, "We learned a lot today.\n\nIt was an emotional day for the whole squad." He left soon after.', rule: 'unbalanced-quote', quiet: true },
  { name: 'a quote with a credit line under it', body: '"The vote must not happen in a lame-duck session.\nAnn Lowe, Harbour Action."\n\nThe council meets on Monday.', rule: 'unbalanced-quote', quiet: true },
  { name: 'an unclosed quote still fires', body: 'The mayor said, "We will rebuild the pier by summer.\n\nThe council meets on Monday to discuss the budget.', rule: 'unbalanced-quote', fires: '"' },
  { name: 'markup attribute values are no quotation', body: 'He listed his reasons. <embed embed-author="just look at the harbour" embed-date="May">Here they are.</embed>', rule: 'unattributed-quote', quiet: true },
  { name: 'a speaker at the end of the paragraph before', body: 'The inquiry into the harbour contract heard its last witness on Monday.\n\nAccording to the report, the inspector was given the files by the firm. Marta Velikova stated,\n\n"The inspector was taken to an office on the top floor and questioned for two hours."', rule: 'unattributed-quote', quiet: true },
  { name: 'the words of an advert', body: 'The campaign has bought airtime in three states.\n\nThe ad targets a "rigged system that keeps the same people in power year after year."', rule: 'unattributed-quote', quiet: true },

  // Names.
  { name: 'a title\'s short form before a surname the body gives in full', headline: 'Former AG Vellmar at summit: port deal is dead', body: 'Former Attorney General Michael Vellmar told delegates on Tuesday that the port deal was dead.', rule: 'headline-unsupported', quiet: true },
  { name: 'a hashtag in the headline', headline: 'Singers announce #SaveTheQuay benefit concert', body: 'The band said on Tuesday it would play a concert for the harbour fund in May.', rule: 'headline-unsupported', quiet: true },
  { name: 'a surname the body never gives', headline: 'Former AG Vellmar at summit: port deal is dead', body: 'A former attorney general told delegates on Tuesday that the port deal was dead.', rule: 'headline-unsupported', fires: 'Vellmar' },
  { name: 'a state\'s abbreviation in the headline, named in full in the body', headline: 'Mayor sharpens focus on housing as N.Y. vote nears', body: 'The mayor is keeping housing at the centre of her campaign in New York, her aides said on Monday.', rule: 'headline-unsupported', quiet: true },
  { name: 'a headline name run into its verb', headline: 'Ann Lowe slams Harbour Trust over pier', body: 'Councillor Ann Lowe on Friday criticised the Harbour Trust for delays to the pier repairs.', rule: 'headline-unsupported', quiet: true },
  { name: 'a surname first, the full name later', body: 'Velikova told the council the depot would close. The candidate Marta Velikova later met the governor.', rule: 'first-reference', fires: 'Velikova' },
  { name: 'a world figure the knowledge base lists, by surname and no title', body: 'Reagan told the council the depot would close. Ronald Reagan later met the governor.', rule: 'first-reference', quiet: true },
  { name: 'a surname first inside a quotation', body: '"We will not back Velikova on this," the mayor said. The candidate Marta Velikova later met the governor.', rule: 'first-reference', quiet: true },
  { name: 'a surname after a quotation closes is the writer\'s', body: '"We will not back the plan," the mayor said. Velikova told the council the depot would close. The candidate Marta Velikova later met the governor.', rule: 'first-reference', fires: 'Velikova' },
  { name: 'a surname as the second part of a compound', body: 'Hundreds joined an anti-Velikova march on Sunday. The candidate Marta Velikova later met the governor.', rule: 'first-reference', quiet: true },
  { name: 'a surname after a hyphenated word and a space', body: 'The long-serving Velikova told the council the depot would close. The candidate Marta Velikova later met the governor.', rule: 'first-reference', fires: 'Velikova' },
  { name: 'a deck under the headline', headline: 'Senator leaves campaign trail for talks', body: 'Velikova praises governor after long meeting.\n\nWith five days to go, the candidate Marta Velikova met the governor in the capital.', rule: 'first-reference', quiet: true },

  // Issue 16, "Rules on real copy": each bullet, on words written for it. (`silent`: no finding of
  // the rule at any level, hints included; `hintAtMost`: nothing above a hint, which is not shown
  // by default.)
  { name: 'comment that was unavailable is no anonymous source', body: 'The bill passed the committee on Tuesday. Comment from the Harbour Board was unavailable.', rule: 'anonymous-source', silent: true },
  { name: 'officials who could not be reached gave nothing', body: 'The bill passed the committee on Tuesday. Port officials could not be reached for comment.', rule: 'anonymous-source', silent: true },
  { name: 'a counted group named in the next sentence is named', body: 'Three senators said they would vote against the bill when it reaches the floor. Garn, Shelby and Heinz all cited the cost of dredging.', rule: 'anonymous-source', silent: true },
  { name: 'a counted group followed by parties, not people, stays unnamed', body: 'Two aides said the bill would fail. Republicans and Democrats alike have doubts about it.', rule: 'anonymous-source', fires: 'Two aides' },
  { name: 'a lead figure covered by a release named in the next paragraph', body: 'Container traffic through the port rose 12% last year.\n\nThe figures, released on Monday by the Harbour Statistics Office, also showed a 3% fall in passenger numbers.', rule: 'unsourced-statistic', silent: true },
  { name: 'a figure whose source comes later in the paragraph', body: 'Unemployment in the harbour towns fell to 4.2% in March. The figure, the lowest for a decade, was published by the regional statistics bureau on Monday.', rule: 'unsourced-statistic', silent: true },
  { name: 'a figure whose speaker is credited at the end of the next sentence', body: 'The firm has signed up seven ferry lines as customers, with 25 million passengers a year between them. Its deal with Harbour Lines was the largest to date, said Ilse Brandvold, its chief executive.', rule: 'unsourced-statistic', silent: true },
  { name: 'a figure before a sentence that only quotes a speaker keeps its finding', body: 'Crime in the harbour district has fallen 25% since 2001. "We are proud of our officers," said Ilse Brandvold, the chief constable.', rule: 'unsourced-statistic', fires: '25%' },
  { name: 'market data', body: 'The FTSE 100 closed 23 points higher at 4,812, while the dollar fell to 1.92 against the pound. Shares in the ferry operator rose 4% to 212p.', rule: 'unsourced-statistic', silent: true },
  { name: 'sports results', body: 'United beat City 3-1 on Saturday, and Rovers drew 2-2 with Athletic. Smith has scored 12 goals this season.', rule: 'unsourced-statistic', silent: true },
  { name: 'poll figures in a paragraph that names the poll', body: 'The Harbour Gazette poll was taken last week. The mayor had 46% and her rival 41%, with 13% undecided.', rule: 'unsourced-statistic', silent: true },
  { name: 'a joint poll of two outlets named in the sentence', body: 'In the previous Harbour Gazette/KBC News county poll, taken in May, the mayor led her rival by 6 percentage points among likely voters.', rule: 'unsourced-statistic', silent: true },
  { name: 'two outlets named, but no poll, report or survey', body: 'In the latest Harbour Gazette/KBC News debate, held in May, the mayor sat with 6 percent of the town’s voters behind her.', rule: 'unsourced-statistic', fires: '6 percent' },
  { name: 'poll figures credited to a named average of polls', body: 'The senator leads the governor by roughly 9 percentage points, 42%-33%, in the Harbour Pollster average of recent state polls.', rule: 'unsourced-statistic', silent: true },
  { name: 'a poll story goes on giving its poll\'s figures', headline: 'Poll: mayor pulls ahead in harbour race', body: 'The mayor is up from 37 percent in January, and her rival is down from 45 percent.', rule: 'unsourced-statistic', silent: true },
  { name: 'an election-night count: a margin and a place while precincts report', body: 'With 88 percent of precincts reporting, the county clerk led her challenger by 12 percentage points. The challenger was in second with 31 percent.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a lead while precincts are tallied', body: 'Shortly before midnight, with roughly three-quarters of precincts tallied, the county clerk had a lead of 12 percent.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a vote won with a share, the count named in the sentence before', body: 'The count of the members’ ballots ended at midnight. The ferry merger won with a razor-thin 51 percent.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a place in a race among likely voters is a poll’s, and asks for it', body: 'Among likely voters in the county primary, the clerk is now in second with 31 percent, behind the treasurer.', rule: 'unsourced-statistic', fires: '31 percent', severity: 'information' },
  { name: 'a study’s finding goes on in the next paragraph about the people it named', body: 'Ilse Brandvold drew more money from harbour workers than Tom Bale in March, according to a Harbour Gazette analysis of campaign filings.\n\nBrandvold received more than 900 donations and raised more than $41,000 from dock workers, against the $39,000 Bale raised from about 450 such donors.', rule: 'unsourced-statistic', silent: true },
  { name: 'a study’s finding does not reach a paragraph about someone it did not name', body: 'Ilse Brandvold drew more money from harbour workers than Tom Bale in March, according to a Harbour Gazette analysis of campaign filings.\n\nAnn Lowe received more than 900 donations and raised more than $41,000 from dock workers, against the $39,000 Bale raised from about 450 such donors.', rule: 'unsourced-statistic', fires: '$41,000', severity: 'information' },
  { name: 'a poll named in the opening paragraphs owns the opinion shares further down', body: 'Most islanders want the late ferry kept, according to a new Harbour Gazette poll.\n\nThe ferry company says the timetable will be reviewed in May.\n\nCouncillors meet on Tuesday.\n\nThe harbour master wrote to the council last week.\n\nThe mayor is trusted by 41 percent of islanders, down from 48 percent in March.', rule: 'unsourced-statistic', silent: true },
  { name: 'a poll named in the opening paragraphs does not own a rate of the economy', body: 'Most islanders want the late ferry kept, according to a new Harbour Gazette poll.\n\nThe ferry company says the timetable will be reviewed in May.\n\nCouncillors meet on Tuesday.\n\nThe harbour master wrote to the council last week.\n\nThe late boat leaves at ten.\n\nUnemployment on the island rose to 6.2 percent last year.', rule: 'unsourced-statistic', fires: '6.2 percent', severity: 'information' },
  { name: 'a report described and then its issuer covers the next paragraph', body: 'A report on the health of island fishermen issued in the spring by the Harbour Medical Trust noted that a fifth of them smoke.\n\nOne in four of the men over 50 is out of work on the north coast.', rule: 'unsourced-statistic', silent: true },
  { name: 'a report with no issuer after it covers only its own paragraph', body: 'A report on the health of island fishermen was discussed in the spring, Ilse Brandvold noted.\n\nOne in four of the men over 50 is out of work on the north coast.', rule: 'unsourced-statistic', fires: 'One in four', severity: 'information' },
  { name: 'the share of voters who turned out, and a bill passed by a vote of a share, are the record of the vote', body: 'Less than a third of island voters turned out for the ferry referendum in April. Both chambers had passed the levy by a vote of more than 90 percent.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a union balloting its members gives its own size', body: 'In four days the harbour workers’ union will start balloting 12,000 dock and ferry workers on strikes.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a share-price quote: a change in money, or in percent, to a price', body: 'Kestrel Lines, the ferry operator, jumped $2.50, or 3.3 percent, to $79.34.', rule: 'unsourced-statistic', silent: true },
  { name: 'a total grown to a sum in billions is no price quote', body: 'Ferry takings across the region rose 31 percent to $30.4 billion.', rule: 'unsourced-statistic', fires: '31 percent', severity: 'information' },
  { name: 'a poll named as "In a … Poll" in the opening paragraphs owns the shares further down', body: 'Islanders are split over the late ferry.\n\nIn a new Harbour Gazette Poll, islanders given four options mostly chose to keep it.\n\nThe ferry company says the timetable will be reviewed in May.\n\nCouncillors meet on Tuesday.\n\nThe harbour master wrote to the council last week.\n\nThe late boat leaves at ten.\n\nFor the mayor, 38% of islanders would be scared if she won again.', rule: 'unsourced-statistic', silent: true },
  { name: 'a loss by a score in a paragraph about a primary is the vote’s result', body: 'In the county primary on Tuesday she lost the harbour ward 36 percent to 51 percent.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a place’s population is background', body: 'Though Portugal has fewer than 11 million residents, both candidates flew to Lisbon twice in May.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'people of a place out of work are a measurement', body: 'Though Portugal has 400,000 people out of work, both candidates flew to Lisbon twice in May.', rule: 'unsourced-statistic', fires: '400,000', severity: 'information' },
  { name: 'the same figures in a story that announces no poll', headline: 'Mayor pulls ahead in harbour race', body: 'The mayor is up from 37 percent in January, and her rival is down from 45 percent.', rule: 'unsourced-statistic', fires: '37 percent' },
  { name: 'poll figures whose survey the next paragraph describes', body: 'Four in 10 ferry users see the new timetable as unfair, and 12 percent want the old one back.\n\nThe survey was conducted for the Harbour Gazette by Kestrel Research at three piers.', rule: 'unsourced-statistic', silent: true },
  { name: 'ticket prices after a name with an abbreviation', body: 'Tickets for a dinner at the home of investor Ilse Brandvold Jr. on Wednesday start at $25,000.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a sample quizzed by a named pollster', body: 'And 87% of the 1,000 adults quizzed by Kestrel Research for the Harbour Gazette said the ferry was late.', rule: 'unsourced-statistic', silent: true },
  { name: 'a body credited at the end with its description in lower case', body: 'Prices of homes in the region rose a seasonally adjusted 0.5% in February, says the Harbour building society.', rule: 'unsourced-statistic', silent: true },
  { name: 'the reading of a named index', body: 'The Kestrel optimism index edged up in January to 102.5, from 102.2 in October.', rule: 'unsourced-statistic', silent: true },
  { name: 'an official statistic named only by its title still needs its publisher', body: 'The Consumer Prices Index rose 2.9% in the year to March.', rule: 'unsourced-statistic', fires: '2.9%' },
  { name: 'figures that filings named after them show', body: 'The group raised about $58 million last year. More than 40 percent of that money arrived in February alone, new fundraising reports show.', rule: 'unsourced-statistic', silent: true },
  { name: 'figures that unnamed reports suggest stay unsourced', body: 'The group raised a great deal last year. More than 40 percent of its money arrived in February alone, reports suggest.', rule: 'unsourced-statistic', fires: '40 percent' },
  { name: 'a sample surveyed by a described, named body', body: 'More than 45,000 people were surveyed by digital radio station Harbour FM, and 38% chose the old anthem.', rule: 'unsourced-statistic', silent: true },
  { name: 'the result and the turnout of a referendum', body: 'The harbour levy passed with 57.5 percent of the vote (53 percent turnout) in March.', rule: 'unsourced-statistic', silent: true },
  { name: 'a tax rate set by law', body: 'Lawmakers remain at odds over whether to lower the corporate tax rate of 35 percent.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'word forms on one stem are no misspelt name', body: 'Harbour Democrats have left the party in droves. The Democratic primary is on Tuesday. Governor Ilse Christie, a Christian conservative, spoke first.', rule: 'inconsistent-name', silent: true },
  { name: 'a long name misspelt in its middle still is', body: 'Ilse Barrionuevo runs the harbour board. "Fares will rise," Ms Barrionuevo said. Ms Barrioneuvo says the ferry will run again in May.', rule: 'inconsistent-name', fires: 'Barrioneuvo' },
  { name: 'a participle after the object of a preposition describes, it does not report', body: 'The union filed 700 lawsuits against people alleged to have copied its songs.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd inside what an unnamed source says is the source\'s', body: 'A senior port official said that some analysts believe the berth is unsafe.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd after a new clause is its own', body: 'Port officials say the plan would work, but critics fear it will raise fares.', rule: 'vague-attribution', fires: 'critics fear' },
  { name: 'a passer-by heard crying out is no source', body: 'The mayor walked along the pier. "Oh, my God," a young woman exclaimed upon seeing her.', rule: 'anonymous-source', silent: true },
  { name: 'a passer-by who says something is an unnamed source', body: 'The mayor walked along the pier. "It is a disgrace," a young woman said.', rule: 'anonymous-source', fires: 'a young woman' },
  { name: 'someone described by a participle after a preposition is no source', body: 'The paper wrote about a college student referred to online as the sticker boy, who got into the rally.', rule: 'anonymous-source', silent: true },
  { name: 'two reports whose authors the next paragraph names', body: 'Mobiles are not yet ready to replace music players, say two reports.\n\nPeople do not want to trade battery life for music, said Kestrel Research. A separate study by Harbour Analytics found the same.', rule: 'vague-attribution', quiet: true },
  { name: 'two reports nobody names', body: 'The ferry company made a loss last year.\n\nMobiles are not yet ready to replace music players, say two reports.\n\nThe ferry will run in May.', rule: 'vague-attribution', fires: 'say two reports' },
  { name: "a poll credited in a digest's brackets", body: '-One poll shows the senator 16 points ahead in the county. [Kestrel Research]', rule: 'vague-attribution', quiet: true },
  { name: 'many in a wider group', body: 'Many in the party believe the mayor should stand down.', rule: 'vague-attribution', fires: 'Many in the party believe' },
  { name: 'some of a group the story named is no crowd', body: 'The harbour board met on Tuesday. Some of them said the mayor should stand down.', rule: 'vague-attribution', quiet: true },
  { name: 'fears nobody is said to have', body: 'There are fears that the plant will close before the summer.', rule: 'vague-attribution', fires: 'There are fears' },
  { name: 'speculation nobody is said to make', body: 'There has been speculation that the mayor will stand down.', rule: 'vague-attribution', fires: 'There has been speculation' },
  { name: 'seen by many', body: 'The move is seen by many as a betrayal of the island.', rule: 'vague-attribution', fires: 'seen by many as' },
  { name: 'polls show', body: 'Polls show the ferry plan is popular with commuters.', rule: 'vague-attribution', fires: 'Polls show' },
  { name: 'a passive of hearsay after the paragraph credits a paper', body: 'The Harbour Times reported that two investors plan a bid. They are said to believe that the £800m offer undervalues the club.', rule: 'vague-attribution', quiet: true },
  { name: 'a passive of hearsay with no paper credited', body: 'Two investors plan a bid. They are said to believe that the £800m offer undervalues the club.', rule: 'vague-attribution', fires: 'are said to' },
  { name: 'digits joined by a slash are a date or a name, not a count', body: 'The bill makes it easier for families of 9/11 victims to sue the airline.', rule: 'unsourced-statistic', quiet: true },
  { name: 'the same count without the slash is a figure', body: 'The bill makes it easier for families of 911 victims to sue the airline.', rule: 'unsourced-statistic', fires: '911' },
  { name: 'an adjective of familiarity with nobody it describes is no source', body: 'After a close call on a slick road last month, Mr Seacord said he felt he had to come.', rule: 'anonymous-source', quiet: true },
  { name: 'people close to the talks are an unnamed source', body: 'People close to the talks said a deal on the ferry was near.', rule: 'anonymous-source', fires: 'People close to the talks' },
  { name: 'a reason for anonymity given once for every respondent', body: 'The Harbour Gazette asks 40 harbour insiders about the port each month; all respondents answer anonymously.\n\n“The ferry will fail,” said one harbour insider.', rule: 'anonymous-source', fires: 'one harbour insider', severity: 'hint' },
  { name: 'no reason for anonymity given for the respondents', body: 'The Harbour Gazette asks 40 harbour insiders about the port each month.\n\n“The ferry will fail,” said one harbour insider.', rule: 'anonymous-source', fires: 'one harbour insider', severity: 'information' },
  { name: 'an opinion in the passive with nobody holding it', body: 'The ferry deal is seen as part of the port’s plan to win back freight.', rule: 'vague-attribution', fires: 'is seen as', severity: 'information' },
  { name: 'an opinion in the passive with its holder after "by"', body: 'The ferry deal is seen by the harbour board as part of its plan to win back freight.', rule: 'vague-attribution', quiet: true },
  { name: 'an opinion in the passive inside a named source’s words', body: 'Before now, Ms Vance said, the ferry has been seen as a luxury.', rule: 'vague-attribution', quiet: true },
  { name: 'a following named by whom it follows is a crowd', body: 'Tull supporters believe he can win the north of the county.', rule: 'vague-attribution', fires: 'Tull supporters believe' },
  { name: 'the campaign of the same man is a named source', body: 'The Tull campaign believes he can win the north of the county.', rule: 'vague-attribution', quiet: true },
  { name: 'polls show, then the poll named in the same sentence', body: 'Early polls show commuters backing the ferry plan: a Harbour Institute poll this month found it ahead by ten points.', rule: 'vague-attribution', quiet: true },
  { name: 'polls show, and no poll named after', body: 'Early polls show commuters backing the ferry plan: it is ahead by ten points in most of them.', rule: 'vague-attribution', fires: 'Early polls show' },
  { name: 'a passive of reporting that names its outlet', body: 'It was reported live on the Harbour Gazette’s website that the ferry had sunk.', rule: 'vague-attribution', quiet: true },
  { name: 'a passive of reporting with no outlet', body: 'It was reported live that the ferry had sunk near the pier.', rule: 'vague-attribution', fires: 'It was reported' },
  { name: 'a group as the object of a verb, with an -ing verb', body: 'The council released a film featuring critics telling their stories about the ferry.', rule: 'vague-attribution', quiet: true },
  { name: 'a group with an -ing verb after "with"', body: 'The council released a film, with critics telling their stories about the ferry.', rule: 'vague-attribution', fires: 'critics telling' },
  { name: 'some historians think', body: 'Some historians think the old pier was built on a Roman landing.', rule: 'vague-attribution', fires: 'Some historians think' },
  { name: 'Europeans say', body: 'Europeans say the crossing is among the most scenic in the region.', rule: 'vague-attribution', fires: 'Europeans say' },
  { name: 'residents say', body: 'Residents say the noise from the terminal keeps them awake.', rule: 'vague-attribution', fires: 'Residents say' },
  { name: 'critics argue', body: 'Critics argue the money would be better spent on the bridge.', rule: 'vague-attribution', fires: 'Critics argue' },
  { name: 'experts believe', body: 'Experts believe the estuary will silt up within a decade.', rule: 'vague-attribution', fires: 'Experts believe' },
  { name: 'a quantifier and people, whatever follows, is a crowd', body: 'It is a sign, some people in Harbour world believe, that the deal is off.', rule: 'vague-attribution', fires: 'some people in Harbour world' },
  { name: 'advocates described by their cause are a crowd', body: 'Harbour biofuels advocates say the rule will cost jobs.', rule: 'vague-attribution', fires: 'advocates say' },
  { name: 'proponents of a plan are a crowd', body: 'Proponents of the plan say it will save money.', rule: 'vague-attribution', fires: 'Proponents of the plan say' },
  { name: 'supporters with one named among them are named', body: 'Supporters of the plan, including Ilse Brandvold, say it will save money.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd heard shouting is part of the scene', body: 'The mayor left the hall on Tuesday. Others, angry at the delay, shouted, "Stop the cover-up."', rule: 'vague-attribution', silent: true },
  { name: 'one finding for hearsay, not a second for the word inside it', body: 'The band has had a good year. However, recent rumours have suggested that its singer wants to quit.', rule: 'vague-attribution', fires: 'recent rumours have suggested', once: true },
  // Issue 16, a third fresh sample: an organisation's own doing, given with it as the subject, is
  // its own figure (invented sentences); a figure somebody else measured about it still asks.
  { name: 'pages a named department released are its own doing', body: 'The Harbour Department released more than 2,300 additional pages of ferry records on Friday night.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'pages "the agency" released, the agency named before', body: 'The Harbour Agency faces questions over the ferry.\n\nThe agency released roughly 4,200 more pages of records on Monday.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'households a bureau is sending its survey to', body: 'The Harbour Statistics Bureau is sending its new survey to more than 2 million households a year.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'patients a named body is monitoring', body: 'The Kelderby Health Trust is monitoring 340 patients at its two clinics.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a second count with no noun of its own goes with the body\'s own', body: 'The Kelderby Health Trust is monitoring 340 patients on the mainland and 120 on the islands.', rule: 'unsourced-statistic', hintAtMost: true },
  { name: 'a rate measured beside the body\'s own count still asks', body: 'The Kelderby Health Trust is monitoring 340 patients on the mainland, where the flu rate has risen to 12%.', rule: 'unsourced-statistic', fires: '12%', severity: 'information' },
  { name: 'pages released by somebody inside a body are no body\'s doing', body: 'A clerk who worked inside the Harbour Department released more than 2,300 additional pages of ferry records on Friday night.', rule: 'unsourced-statistic', fires: '2,300', severity: 'information' },
  { name: 'pages released, with nobody named as the subject', body: 'More than 2,300 additional pages of ferry records were released on Friday night.', rule: 'unsourced-statistic', fires: '2,300', severity: 'information' },
  { name: 'what a named body lost in value is measured by others', body: 'The Harbour Ferry Company lost 2,300 passengers a week after the fares rose.', rule: 'unsourced-statistic', fires: '2,300', severity: 'information' },
  // Issue 16, a fourth fresh sample: an opening's unnamed source identified at the head of the next
  // paragraph, a standfirst's summary of the body, and a hedge whose report the next sentence
  // credits (invented sentences of the shapes agency copy uses).
  { name: 'an opening source named with a role at the head of the next paragraph', body: 'Harbour fees will rise again next year, one of the council\'s senior members has predicted.\n\nFinance spokesman Tomas Hale was speaking as the council set its budget.', rule: 'anonymous-source', quiet: true },
  { name: 'the same after a linking word and its comma', body: 'A chief inspector has backed longer opening hours for harbour bars, saying police had a duty to keep order.\n\nHowever, Kelderby police chief Anna Marsh also warned that more officers would be needed.', rule: 'anonymous-source', quiet: true },
  { name: 'a name later in the next paragraph identifies nobody', body: 'Harbour fees will rise again next year, one of the council\'s senior members has predicted.\n\nThe budget, which Tomas Hale presented on Monday, is tight.', rule: 'anonymous-source', fires: 'one of the council' },
  { name: 'a source after the opening named at the head of the next paragraph stays unnamed', body: 'The council met on Monday to set the budget.\n\nHarbour fees will rise again next year, one of its senior members has predicted.\n\nFinance spokesman Tomas Hale was speaking as the meeting ended.', rule: 'anonymous-source', fires: 'one of its senior members' },
  { name: 'officials in the opening whose body speaks at the head of the next paragraph', body: 'Harbour banks face hard times after the storm, officials have warned.\n\nThe Kelderby Bankers Association said the floods had washed away property that secured many loans.', rule: 'anonymous-source', quiet: true },
  { name: 'one person in the opening is not identified by a body speaking next', body: 'Harbour banks face hard times after the storm, a senior banker has warned.\n\nThe Kelderby Bankers Association said the floods had washed away property that secured many loans.', rule: 'anonymous-source', fires: 'a senior banker' },
  { name: 'an unnamed source in a standfirst is left to the body', headline: 'Ferry crews to strike on Monday;', body: 'One union organiser says the talks have failed.\n\nFerry crews will strike on Monday. Union organiser Anna Marsh said on Tuesday that the talks had failed.', rule: 'anonymous-source', quiet: true },
  { name: 'the same words in the body are reported', body: 'Ferry crews will strike on Monday.\n\nOne union organiser says the talks have failed.', rule: 'anonymous-source', fires: 'One union organiser' },
  { name: 'a hedge whose report the next sentence credits', body: 'The harbour authority is reportedly planning to sell the ferry company.\n\nThe Kelderby Gazette reported that talks with two buyers began in May.', rule: 'vague-attribution', quiet: true },
  { name: 'a hedge whose source told a paper in the next sentence', body: 'The harbour authority is reportedly planning to sell the ferry company. An official at the authority told the Kelderby Gazette that talks had begun.', rule: 'vague-attribution', quiet: true },
  { name: 'a hedge whose report is credited two sentences on still asks', body: 'The harbour authority is reportedly planning to sell the ferry company. It has run the ferries since 1990.\n\nThe Kelderby Gazette reported that talks began in May.', rule: 'vague-attribution', fires: 'reportedly' },
  { name: 'a paper\'s own tally in the next sentence is no report of the hedge', body: 'The harbour authority is reportedly planning to sell the ferry company.\n\nIt has 12 boats, according to a Kelderby Gazette tally.', rule: 'vague-attribution', fires: 'reportedly' },
];

for (const c of CASES) {
  test(`${c.rule}: ${c.name}`, () => {
    const fs = findings(c.body, c.headline);
    if (c.silent) assert.ok(none(fs, c.rule), JSON.stringify(fs.filter((f) => f.rule === c.rule).map((f) => [f.severity, f.text])));
    else if (c.once) assert.equal(fs.filter((f) => f.rule === c.rule).length, 1, JSON.stringify(fs.filter((f) => f.rule === c.rule).map((f) => f.text)));
    if (c.hintAtMost) assert.ok(!fs.some((f) => f.rule === c.rule && f.severity !== 'hint'), JSON.stringify(fs.filter((f) => f.rule === c.rule).map((f) => [f.severity, f.text])));
    if (c.silent || c.hintAtMost) return;
    // (Quiet: nothing shown by default — no warning and no information; a hint the rule lowers
    // itself to, which is not shown, may stay.)
    if (c.quiet) assert.ok(c.rule === 'anonymous-source' || c.rule === 'vague-attribution' ? !fs.some((f) => f.rule === c.rule && f.severity !== 'hint') : none(fs, c.rule), JSON.stringify(fs.filter((f) => f.rule === c.rule)));
    else assert.ok(has(fs, c.rule, c.fires, c.severity), JSON.stringify(fs.map((f) => [f.rule, f.severity, f.text])));
  });
}

test('first-reference: a lower-case word inside a "name" makes it no person', () => {
  const fs = findings('The £2bn Harbourline rail plan is to get the go-ahead. Ministers backed the Bill for Harbourline in May.');
  assert.ok(none(fs, 'first-reference'), JSON.stringify(fs));
});

test('unknown-source: a section of a publication the registry knows', () => {
  const fs = findings("The Mail on Sunday's Weekend Money said the fund would be split into three parts.");
  assert.ok(!fs.some((f) => f.rule === 'unknown-source' && f.text.includes('Weekend Money')), JSON.stringify(fs));
});

test('inconsistent-figure: vote counts of different people are different figures', () => {
  const fs = findings('In the east, Marta Velikova was elected with 58,825 votes, the highest in the district.\n\nIn the west, Tomas Hale was re-elected with 60,760 votes on a low turnout.', 'Election results in the two districts');
  assert.ok(none(fs, 'inconsistent-figure'), JSON.stringify(fs));
});

test('inconsistent-figure: a body sentence narrowed by a name it alone gives is another figure; the same name on both sides still compares', () => {
  const narrowed = findings('The ferry carries 1,237 passengers a day on the Harbour Lines route.\n\nThe service began in May.\n\nThe ferry carries 1,326 passengers a day on the route.', 'Ferry numbers');
  assert.ok(none(narrowed, 'inconsistent-figure'), JSON.stringify(narrowed));
  const same = findings('The ferry carries 1,237 passengers a day on the Harbour Lines route.\n\nThe service began in May.\n\nThe ferry carries 1,326 passengers a day on the Harbour Lines route.', 'Ferry numbers');
  assert.ok(has(same, 'inconsistent-figure', '1,326'), JSON.stringify(same));
});

test('inconsistent-figure: two vote results in the body are two votes; a headline result the body contradicts is reported', () => {
  const body = findings('The ferry levy passed with 56 percent of the vote in March.\n\nThe bridge toll was put to the islanders in June.\n\nThe toll passed with 57.5 percent of the vote.', 'Two votes on the island');
  assert.ok(none(body, 'inconsistent-figure'), JSON.stringify(body));
  const top = findings('The ferry levy passed with 57.5 percent of the vote on Sunday.\n\nTurnout was low.', 'Ferry levy passes with 56 percent of the vote');
  assert.ok(has(top, 'inconsistent-figure', '57.5 percent'), JSON.stringify(top));
});

test('unbalanced-quote: a closing mark typed as an opening one is reported as turned, and the fix turns it', () => {
  const body = '“Apparently not,“ he said. “A leopard does not change its spots.”';
  const fs = findings(body);
  const f = fs.find((x) => x.rule === 'unbalanced-quote');
  assert.ok(f && /turned the wrong way/.test(f.message), JSON.stringify(fs));
  const text = `Council weighs housing plan\n\n${body}`;
  const edit = f.fixes.find((x) => x.preferred).edits[0];
  assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), 'Council weighs housing plan\n\n“Apparently not,” he said. “A leopard does not change its spots.”');
  // An opening mark after a space still opens: a quotation left open is reported as unclosed.
  const open = findings('She said: “The bridge will close in May. Nobody has told the ferry crews.');
  assert.ok(open.some((x) => x.rule === 'unbalanced-quote' && /never closes/.test(x.message)), JSON.stringify(open));
});
