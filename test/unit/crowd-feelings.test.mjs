// A crowd nobody names, described as feeling or doubting something with no verb of saying ("Many
// members were surprised", "concerns among security experts"), is a view credited to nobody in
// particular: vague-attribution reports it (docs/rules/vague-attribution.md, "a crowd's feelings").
// Sentences of our own; needs dist/core.js (build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vagueSpans as vague } from './findings-lib.mjs';

test('a crowd described as feeling something after a linking verb is a vague source', () => {
  assert.deepEqual(vague('Many members were surprised by the vote on the pier.'), ['Many members were surprised']);
  assert.deepEqual(vague('Some analysts remain sceptical about the ferry plan.'), ['Some analysts remain sceptical']);
  assert.deepEqual(vague('Analysts are divided over the ferry plan.'), ['Analysts are divided']);
  assert.deepEqual(vague('Many were unconvinced by the mayor.'), ['Many were unconvinced']);
});

test('a feeling held among a crowd is a vague source', () => {
  assert.deepEqual(vague('The ferry plan has raised concerns among security experts.'), ['concerns among security experts']);
  assert.deepEqual(vague('There was hesitation among some in the harbour trade.'), ['hesitation among some']);
});

test('the people of the scene, a feeling before a noun, and a particular group are no crowd', () => {
  // (Residents and witnesses are the people the story's events happen among: no quantifier, no view credited.)
  assert.deepEqual(vague('Residents were worried about the flood.'), []);
  assert.deepEqual(vague('Concerned parents wrote to the school.'), []);
  assert.deepEqual(vague('The plan raised concerns among the board\'s members.'), []);
  assert.deepEqual(vague('Many members were present for the vote on the pier.'), []);
});

test('a feeling inside a named source\'s words is theirs', () => {
  assert.deepEqual(vague('The mayor, Ann Lowe, said many members were surprised by the vote.'), []);
});
