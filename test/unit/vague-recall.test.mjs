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
