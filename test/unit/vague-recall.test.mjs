// Vague attributions the clause reader's sources alone did not give (issue 16, recall on real
// copy): reports and analyses nobody names as the subject of a verb of evidence ("Press reports
// suggest …"), and "they" or "the experts" taking up a crowd nobody named. Sentences of our own;
// needs dist/core.js (build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vagueSpans as vague } from './findings-lib.mjs';

test('reports and analyses nobody names, showing or suggesting something, are vague', () => {
  assert.deepEqual(vague('Press reports suggest that the ferry operator may sell its two boats.'), ['Press reports suggest']);
  assert.deepEqual(vague('Some analyses suggest that the harbour wall will need repairs within a decade.'), ['Some analyses suggest']);
  assert.deepEqual(vague('Reports show the ferry operator is in talks with a buyer.'), ['Reports show']);
});

test('reports with their outlet or author named are not vague', () => {
  assert.deepEqual(vague('Reports in the Harbour Gazette suggest that the operator may sell its boats.'), []);
  assert.deepEqual(vague('The council reports that the ferry ran on time.'), []);
});

test('"they" or "the experts" taking up a crowd nobody named is as vague as the crowd', () => {
  assert.deepEqual(vague('Critics say the fee is too high. It will drive visitors away, they say.'), ['Critics say', 'they say']);
  assert.deepEqual(vague('Many had expected the fee to fall. The rise may be short-lived, they say.'), ['Many had expected', 'they say']);
  assert.deepEqual(vague('Outside experts also say the plan is too timid. Unless the council acts, the experts say, the pier will close.'), ['Outside experts also say', 'the experts say']);
});

test('"they" taking up a named group, or a crowd the story introduced by name, is not vague', () => {
  // (Analysts of a named bank: the pronoun takes up a name.)
  assert.deepEqual(vague('Analysts at Kestrel Bank expected a loss. It is a sound investment, they say.'), []);
  // (A named campaign's members.)
  assert.deepEqual(vague('The Save the Pier campaigners met on Monday. They say the fee is unfair.'), []);
  // (A crowd only as an object, then a named speaker's people.)
  assert.deepEqual(vague('Harbour Ferries officials say they used outside experts to review the fees. Sometimes, they say, the fees must rise.'), []);
  // (A definite crowd takes up the team named before it.)
  assert.deepEqual(vague('A team from the Kestrel Institute studied the harbour. The scientists found the water was clean. They estimated that the fish would return.'), []);
});

test('"they" inside the words of a crowd already flagged is that one report', () => {
  assert.deepEqual(vague('Activists said they fear the council will sell the pier.'), ['Activists said']);
});

test('a crowd considering, blaming or agreeing with something gives a view nobody is named for', () => {
  assert.deepEqual(vague('Most analysts consider the levy a tax on jobs.'), ['Most analysts consider']);
  assert.deepEqual(vague('Fares rose again, with some observers blaming the price of fuel.'), ['some observers blaming']);
  assert.deepEqual(vague('While many agreed with the plan, the vote failed.'), ['many agreed with']);
});

test('a named body considering or blaming, or a crowd that only weighs a motion, is not vague', () => {
  assert.deepEqual(vague('The harbour board blamed the price of fuel.'), []);
  assert.deepEqual(vague('Councillors will consider the motion on Tuesday.'), []);
});

test('"cited as" and "has been called a" without an agent give a judgement to nobody', () => {
  assert.deepEqual(vague('The levy is often cited as the reason for the fall in visitors.'), ['is often cited as']);
  assert.deepEqual(vague('The levy has been called a tax on the islanders.'), ['has been called']);
  assert.deepEqual(vague('The mayor was branded a traitor after the vote.'), ['was branded']);
});

test('naming, summoning or a judgement with its agent is no vague passive', () => {
  assert.deepEqual(vague('The new ferry is called the Island Queen.'), []);
  assert.deepEqual(vague('The mayor was called to give evidence to the inquiry.'), []);
  assert.deepEqual(vague('The levy passed as what is called an emergency measure.'), []);
  assert.deepEqual(vague('The levy has been called a tax on islanders by the Harbour Trust.'), []);
  assert.deepEqual(vague('The levy is cited in the council report.'), []);
});

test('a poll nobody names stays vague when the next sentence brings in another, named, poll', () => {
  const found = vague('The mayor is struggling in the polls. In the north, a June poll found her trailing by ten points. And in the south, a Kestrel Research poll for the Harbour Gazette showed her level.');
  assert.ok(found.includes('a June poll found'), JSON.stringify(found));
  // (The same poll taken up with its maker: not vague.)
  assert.deepEqual(vague('In the north, a June poll found the mayor trailing by ten points. The poll, by Kestrel Research, asked 900 voters.'), []);
});

test('a judging participle with a crowd nobody names as its agent is vague', () => {
  assert.deepEqual(vague('The levy is a fair idea, approved by most economists.'), ['approved by most economists']);
  assert.deepEqual(vague('The figure is disputed by some experts.'), ['disputed by some experts']);
});

test('a participle whose agent is named, a vote of the scene\'s people, or no judgement is not', () => {
  assert.deepEqual(vague('The figure is disputed by the Harbour Trust.'), []);
  assert.deepEqual(vague('The levy was backed by most members at the meeting.'), []);
  assert.deepEqual(vague('The levy was drafted by most economists on the panel.'), []);
});

test('a crowd\'s view set before its clause, and a view nobody holds as a subject, are vague', () => {
  assert.deepEqual(vague('For many analysts, the levy is here to stay.'), ['For many analysts']);
  assert.deepEqual(vague('But to some economists, the levy is a mistake.'), ['to some economists']);
  assert.deepEqual(vague('A common refrain is that the levy will drive visitors away.'), ['A common refrain is']);
  assert.deepEqual(vague('The conventional wisdom was that the ferry would close.'), ['The conventional wisdom was']);
});

test('a crowd the clause is about, or a view whose holder is named, is not', () => {
  assert.deepEqual(vague('For many families, the levy is a burden.'), []);
  assert.deepEqual(vague('For many years, the levy was a burden.'), []);
  assert.deepEqual(vague('His view is that the levy will drive visitors away.'), []);
  assert.deepEqual(vague('The view of the board is that the levy will drive visitors away.'), []);
  assert.deepEqual(vague('A common outcome is that visitors stay away.'), []);
});

test('a progressive over a manner adverb, and policymakers, are read as the plain forms are', () => {
  assert.deepEqual(vague('Party leaders are increasingly admitting that they are nervous about the levy.'), ['Party leaders are increasingly admitting']);
  assert.deepEqual(vague('Across the region, policymakers have been startled by the levy.'), ['policymakers have been startled']);
  // (A named speaker's progressive is theirs: no vague source.)
  assert.deepEqual(vague('The mayor, Ann Lowe, is increasingly admitting that she is nervous about the levy.'), []);
});

test('a loose count of people nobody names is a vague source', () => {
  assert.deepEqual(vague('The levy is too high, said a handful of Conservatives.'), ['said a handful of Conservatives']);
  assert.deepEqual(vague('The levy is too high, said a number of Liberals.'), ['said a number of Liberals']);
  assert.deepEqual(vague('A handful of shipowners said the levy is too high.'), ['A handful of shipowners said']);
  assert.deepEqual(vague('A number of economists believe the levy is too high.'), ['A number of economists believe']);
  // (A count of things, or one unnamed person, is not.)
  assert.deepEqual(vague('The levy is too high, said a spokesman for the Conservatives.'), []);
  assert.deepEqual(vague('A number of ferries were cancelled on Monday.'), []);
});

test('a crowd joined by "and" to another plural still judges as a crowd', () => {
  assert.deepEqual(vague('Still, some councillors and engineers have perceived the levy as toothless.'), ['some councillors and engineers have perceived']);
  // (A named body's people joined to a plural: no crowd nobody names.)
  assert.deepEqual(vague('Still, Harbour Trust engineers and surveyors have perceived the levy as toothless.'), []);
});

test('a crowd\'s estimates nobody names are vague', () => {
  assert.deepEqual(vague('Ferry takings were below the expectations of some analysts.'), ['expectations of some analysts']);
  assert.deepEqual(vague('The pier was sold for £2m, much less than most valuations of the site.'), ['most valuations']);
});

test('estimates with their maker, or with no crowd, are not', () => {
  assert.deepEqual(vague('Ferry takings were below the forecasts of the Harbour Trust.'), []);
  assert.deepEqual(vague('Ferry takings were below the forecasts.'), []);
  assert.deepEqual(vague('Ferry takings were below the takings of some rivals.'), []);
});

test('a plural subject opening the sentence before an aside and a verb of saying is still the speaker', () => {
  assert.deepEqual(vague('Shipowners, for instance, argue that the levy is too high.'), ['Shipowners, for instance, argue']);
  // (A name before the aside is a named speaker.)
  assert.deepEqual(vague('Ann Lowe, for instance, argues that the levy is too high.'), []);
});

test('"it" with a passive of expecting, assuming or arguing and a that-clause gives the claim to nobody, contracted or not', () => {
  assert.deepEqual(vague('It is expected that the two ferry owners will meet on Friday.'), ['It is expected']);
  assert.deepEqual(vague('It has been widely argued that the toll will hurt small traders.'), ['It has been widely argued']);
  assert.deepEqual(vague('It’s feared that the storm will close the harbour for a week.'), ['It’s feared']);
  assert.deepEqual(vague("It's been reported that the mayor sold the ferry to a friend."), ["It's been reported"]);
});

test('"it is expected" before an infinitive, or with its agent, is no hearsay', () => {
  assert.deepEqual(vague('It is expected to rain on the day of the regatta.'), []);
  assert.deepEqual(vague('It was expected by the harbour board that the pier would reopen in May.'), []);
});

test('"it" with a passive of hearsay before a clause with no "that" gives the claim to nobody', () => {
  assert.deepEqual(vague('While it’s assumed the new toll will help the mayor, he still trails his rival.'), ['it’s assumed']);
  assert.deepEqual(vague('It is estimated the repairs to the sea wall will cost £3m.'), ['It is estimated']);
  assert.deepEqual(vague('It was expected he would sell the ferry before the winter.'), ['It was expected']);
});

test('"it is" with a participle and no clause, or with an agent, is not hearsay', () => {
  assert.deepEqual(vague('It is expected to be sunny for the regatta.'), []);
  assert.deepEqual(vague('It was revealed by the Harbour Gazette the ferry had been sold.'), []);
  assert.deepEqual(vague('It was decided the ferry would be sold.'), []);
});

test('a crowd moved to say or believe something by the event ("led some to speculate") is vague', () => {
  assert.deepEqual(vague('The sudden closure of the pier led some to speculate that the council had sold it.'), ['led some to speculate']);
  assert.deepEqual(vague('The poor figures prompted many analysts to forecast a rate rise.'), ['prompted many analysts to forecast']);
  assert.deepEqual(vague('The delay has caused many to wonder whether the ferry will ever sail.'), ['caused many to wonder']);
});

test('a crowd moved to act, or forced to speak, is no vague source', () => {
  assert.deepEqual(vague('The sudden closure of the pier led some to leave the island.'), []);
  assert.deepEqual(vague('The closure forced some to speculate about their jobs.'), []);
  assert.deepEqual(vague('The ruling led the harbour board to appeal.'), []);
});

test('an adjective of hearsay before its noun gives the claim to nobody', () => {
  assert.deepEqual(vague('The mayor teased the treasurer about her rumoured ambitions for the top job.'), ['rumoured ambitions']);
  assert.deepEqual(vague('Kestrel Ferries was at the centre of a rumoured takeover last year.'), ['rumoured takeover']);
  assert.deepEqual(vague('Police questioned the purported owner of the boat.'), ['purported owner']);
});

test('hearsay adjectives that are a named source\'s words, or "the alleged", are not', () => {
  assert.deepEqual(vague('The mayor said the treasurer had rumoured ambitions for the top job.'), []);
  assert.deepEqual(vague('Police questioned the alleged owner of the boat.'), []);
});

test('an opinion passive joined by "and" to another participle shares its "be"', () => {
  assert.deepEqual(vague('The mayor is already widely known and seen as the strongest candidate.'), ['is already widely known and seen as']);
});

test('a participle after "and" with no "be" before the first, or with an agent, is not', () => {
  assert.deepEqual(vague('The mayor was arrested and described as a danger by the police.'), []);
  assert.deepEqual(vague('The pier was repaired and painted last spring.'), []);
});

test('a closed compound of the vague sources written as two words is as vague ("policy makers")', () => {
  assert.deepEqual(vague('Policy makers in Europe have called the slide in the currency "brutal".'), ['Policy makers in Europe have called']);
});

test('groups of a kind, none named, are a crowd with a feeling too', () => {
  assert.deepEqual(vague('Environmental groups are worried the council will drain the marsh.'), ['Environmental groups are worried']);
  assert.deepEqual(vague('Italian fishing associations are concerned the quota will be cut.'), ['Italian fishing associations are concerned']);
});

test('particular groups, or a named one, with a feeling are not vague', () => {
  assert.deepEqual(vague('The groups are worried the council will drain the marsh.'), []);
  assert.deepEqual(vague('Harbour Trust charities are worried the council will drain the marsh.'), []);
});

test('a single finding with a year or an adjective before it, or a paper, names nobody', () => {
  assert.deepEqual(vague('One influential 2009 paper found that the sea wall was failing.'), ['One influential 2009 paper found']);
});

test('a paper named by its author, or the object of its author\'s verb, is not vague', () => {
  assert.deepEqual(vague('A 2009 paper by the Harbour Institute found that the sea wall was failing.'), []);
  assert.deepEqual(vague('"It will fail," added Ms Vale, who recently co-wrote a paper outlining how the pier could be saved.'), []);
});

test('a standing given by "be" and "polling" names no poll', () => {
  assert.deepEqual(vague('Outside the capital he is polling a distant third to the mayor.'), ['is polling a distant third']);
  assert.deepEqual(vague('Ms Vale is still polling ahead of her rival on the island.'), ['is still polling ahead']);
});

test('a pollster polling people, or polling day, is no standing', () => {
  assert.deepEqual(vague('Kestrel Research is polling voters on the island this week.'), []);
  assert.deepEqual(vague('Thursday is polling day on the island.'), []);
});

test('"has been called the …" judges too; "was called the …" and "what had been called the …" name', () => {
  assert.deepEqual(vague('The mayor has been called the "Napoleon of the Pier" for his plans.'), ['has been called']);
  assert.deepEqual(vague('The first ferry was called the Island Queen.'), []);
  assert.deepEqual(vague('The council scrapped what had been called the Golden Week of late sailings.'), []);
});

test('polls followed by a participle that brings in no owner are still nobody\'s', () => {
  assert.deepEqual(vague('Ms Vale held a clear lead in the polls conducted before the storm.'), ['in the polls']);
});

test('polls whose participle brings in their owner, or polls of a sample, are not', () => {
  assert.deepEqual(vague('Ms Vale held a clear lead in the polls conducted last week by Kestrel Research.'), []);
  assert.deepEqual(vague('Ms Vale held a clear lead in the polls of likely voters.'), []);
});

test('a party\'s members as a bare plural subject are not reported: reviewers judged them wrong or debatable more often than right', () => {
  // (Tried in the 2026-12-07 night session: 3 right, 4 wrong, 4 debatable on the review set, none
  // right on its held-aside fifth; docs/rules/vague-attribution.md.)
  assert.deepEqual(vague('Republicans have argued that the harbour levy should be scrapped.'), []);
  assert.deepEqual(vague('Leading Democrats say the ferry deal is a mistake.'), []);
  // (A crowd of another kind still is.)
  assert.deepEqual(vague('Leading economists say the ferry deal is a mistake.'), ['economists say']);
});

test('a party as a body, a caucus, a counted few, a poll\'s sample or an act is not a crowd', () => {
  assert.deepEqual(vague('The Democrats said in a statement that the levy was unfair.'), []);
  assert.deepEqual(vague('Senate Republicans said the levy would pass.'), []);
  assert.deepEqual(vague('The two leading Republicans, Ann Vale and Tom Bale, have questioned the levy.'), []);
  assert.deepEqual(vague('A 45% plurality of Democrats oppose the levy, the Harbour Poll found.'), []);
  assert.deepEqual(vague('Democrats sued after the council cut the ferry service, saying it hurt islanders.'), []);
});

test('findings after "where" still credit the claim to nobody named', () => {
  assert.deepEqual(vague('The mayor will campaign on the island, where polls show her trailing.'), ['polls show']);
  // (People where a practice is described are not a source.)
  assert.deepEqual(vague('She backs living wills, where people say they want treatment withheld.'), []);
});

test('the news outlets of a place or kind, with none named, are vague', () => {
  assert.deepEqual(vague('Local media reported that the ferry had run aground.'), ['Local media reported']);
  assert.deepEqual(vague('State media said the two ministers had met.'), ['State media said']);
  assert.deepEqual(vague('Media reports said the ferry had run aground.'), ['Media reports said']);
});

test('a hedge "by some accounts" and a consensus nobody is said to hold are vague', () => {
  assert.deepEqual(vague('Ferry fares were by some accounts the highest in Europe.'), ['by some accounts']);
  assert.deepEqual(vague('Harbour traffic, by some estimates, has fallen by a third.'), ['by some estimates']);
  assert.deepEqual(vague('There is broad agreement that the pier must be repaired.'), ['There is broad agreement']);
  // (An agreement signed, not a view.)
  assert.deepEqual(vague('The two councils signed an agreement on Monday.'), []);
});

test('an opinion passive is not answered for by an agent inside a relative clause set off after it', () => {
  assert.deepEqual(vague('The council restored the late ferries — seen as vital to islanders — that had been cut by the previous board.'), ['seen as']);
  assert.deepEqual(vague('The late ferries were seen as vital by the harbour board.'), []);
});

test('a filing named by where and by whom it was filed is not hearsay', () => {
  assert.deepEqual(vague('The exchange plans to raise $90m, according to a registration document filed with the Harbour Securities Board.'), []);
  assert.deepEqual(vague('The pier was sold twice, according to a lawsuit filed in Tarnby by Ann Vale, a former councillor.'), []);
  // (A filing nobody is said to have made or received still names nobody.)
  assert.deepEqual(vague('The pier was sold twice, according to a document filed last week.'), ['according to a document']);
});
