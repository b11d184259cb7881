// Source kinds typed from the source phrase (issue 15): a crowd nobody names is vague, one unnamed
// person anonymous, an outlet a publication. Each case is a sentence of our own under a headline;
// the kind is read from the CLI JSON's attributions (dist/core.js: build it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const core = createRequire(import.meta.url)('../../dist/core.js');
const kb = core.loadKnowledge();

/** The kind of the attribution whose source text is `source`, or null when there is none. */
function kindOf(body, source) {
  const text = `Harbour plan goes to council\n\nThe council met on Monday to discuss the harbour plan.\n\n${body}\n`;
  const a = core.analyze(text, kb, { languageId: 'news' });
  const j = core.toJson('t', a, core.check(a, { kb }));
  return j.attributions.find((x) => x.source.text === source)?.source.kind ?? null;
}

const CASES = [
  ['a people is vague', 'Europeans especially say the harbour plan is too timid.', 'Europeans', 'vague'],
  ['the newspaper is a publication', 'The newspaper reported that the berth would cost more.', 'The newspaper', 'publication'],
  ['one unnamed official is anonymous', 'A senior official said the berth would open late.', 'A senior official', 'anonymous'],
  // A plural noun for people opening the sentence is capitalised only for that (WordNet's list).
  ['an opening plural noun for people is a crowd', 'Nurses said the new ward at the harbour hospital was unsafe.', 'Nurses', 'vague'],
  ['an opening plural the lexicon lacks is a crowd', 'Shopkeepers complained that trade on the quay had fallen.', 'Shopkeepers', 'vague'],
  ['taxpayers are a crowd', 'In the town, taxpayers say the berth is a waste of money.', 'taxpayers', 'vague'],
  // ... but not a word the text writes as a name inside a sentence.
  ['a plural written as a name elsewhere is no crowd', 'Republicans said the berth was too costly. The vote was close, the Republicans said.', 'Republicans', 'person'],
  // ... nor the people who act in the story's own case, nor those close to someone.
  ['the prosecution is no crowd', 'The ferry owner appeared in court. Prosecutors said he ignored the warnings.', 'Prosecutors', 'organisation'],
  ['friends are unnamed people, not a crowd', 'His views on the harbour are firm, friends say.', 'friends', 'anonymous'],
  ['a party’s people opening a sentence are no crowd', 'Democrats claim the levy on the ferry is too high.', 'Democrats', 'organisation'],
  // One person the story does not name, described by a noun for people, is anonymous.
  ['one unnamed person described is anonymous', 'A local fisherman said the levy would ruin him.', 'A local fisherman', 'anonymous'],
  ['one person described and named by a body is not', 'A Harbour Lines engineer said the berth was unsafe.', 'A Harbour Lines engineer', 'person'],
  // People who work for a person the story names are unnamed, however the person is attached.
  ['a named person’s strategists are unnamed', 'Ann Vale wants the berth. Vale strategists said the vote would be close.', 'Vale strategists', 'anonymous'],
  ['strategists possessed by a named person are unnamed', 'Ann Vale wants the berth. Ms Vale’s campaign strategists said the vote would be close.', 'Ms Vale’s campaign strategists', 'anonymous'],
  ['a body’s engineers speak for the body', 'Harbour Lines wants the berth. Harbour Lines engineers said the berth was unsafe.', 'Harbour Lines engineers', 'organisation'],
];

for (const [name, body, source, kind] of CASES) {
  test(`source kind: ${name}`, () => assert.equal(kindOf(body, source), kind));
}
