// What a crowd nobody names says or thinks in a restrictive relative clause ("critics who say the
// fees will fall have written …") is a view credited to nobody in particular: vague-attribution
// reports it (docs/rules/vague-attribution.md, "a crowd's view"). Sentences of our own; needs
// dist/core.js (build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vagueSpans as vague } from './findings-lib.mjs';

test('a crowd that says something in a relative clause is a vague source', () => {
  assert.deepEqual(vague('Critics who say the fees will fall have written to the council.'), ['Critics who say']);
  assert.deepEqual(vague('Many passenger groups who feel that the fees are too high have written to the council.'), ['Many passenger groups who feel']);
});

test('a verb that also takes a plain object reports nothing without "that"', () => {
  assert.deepEqual(vague('Many anglers who maintain their own boats use the pier.'), []);
});

test('a group with a name in a relative clause is no crowd', () => {
  assert.deepEqual(vague('Democrats who say the fees will fall have written to the council.'), []);
});
