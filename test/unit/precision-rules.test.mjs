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
  { name: 'estimates named by their author in the phrase', body: 'Sales fell 4% in March, according to estimates published by the Harbour Retail Group.', rule: 'vague-attribution', quiet: true },

  // Anonymous sources.
  { name: "a poll's sample is no vague source", body: 'A poll by the Harbour Institute found tenants split. About four in 10 tenants said the rent rise was fair, while half of those polled said it was not.', rule: 'vague-attribution', quiet: true },
  { name: 'a crowd in a relative clause set off by commas', body: 'Housing experts, who worry that the plan will raise rents, have called for a review.', rule: 'vague-attribution', fires: 'experts, who worry' },
  { name: 'many lawmakers are not an anonymous source', body: 'But unions and many county lawmakers claim the scheme will cost jobs.', rule: 'anonymous-source', quiet: true },
  { name: 'an anonymity condition with "the"', body: 'The talks are close to a deal, according to a senior council official who spoke on the condition of anonymity.', rule: 'anonymous-source', fires: 'a senior council official', severity: 'hint' },
  { name: 'a title and a name the name finder may miss', body: 'Minister of Transport Ilse Brandvold said the bridge would reopen in May.', rule: 'anonymous-source', quiet: true },
  { name: 'executives described by a person they worked with are still unnamed', body: 'Executives who have worked with Ilse Brandvold say she will not sell the ferry line.', rule: 'anonymous-source', fires: 'Executives who have worked with' },
  { name: 'a group inside a named councillor\'s words', body: 'Councillor Ilse Brandvold says meeting participants outlined a plan to sell the depot.', rule: 'anonymous-source', quiet: true },
  { name: 'officials of a body whose announcement opens the story', body: 'The harbour board announced plans on Tuesday to restore the winter ferry.\n\nThe timetable will change in November, officials said.', rule: 'anonymous-source', quiet: true },
  { name: 'bare officials in a story with no announcement', body: 'The harbour board met on Tuesday to discuss the winter ferry.\n\nThe timetable will change in November, officials said.', rule: 'anonymous-source', fires: 'officials' },
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
  { name: 'a headline name run into its verb', headline: 'Ann Lowe slams Harbour Trust over pier', body: 'Councillor Ann Lowe on Friday criticised the Harbour Trust for delays to the pier repairs.', rule: 'headline-unsupported', quiet: true },
  { name: 'a deck under the headline', headline: 'Senator leaves campaign trail for talks', body: 'Velikova praises governor after long meeting.\n\nWith five days to go, the candidate Marta Velikova met the governor in the capital.', rule: 'first-reference', quiet: true },
];

for (const c of CASES) {
  test(`${c.rule}: ${c.name}`, () => {
    const fs = findings(c.body, c.headline);
    if (c.quiet) assert.ok(c.rule === 'anonymous-source' || c.rule === 'vague-attribution' ? !fs.some((f) => f.rule === c.rule && f.severity === 'warning') : none(fs, c.rule), JSON.stringify(fs.filter((f) => f.rule === c.rule)));
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
