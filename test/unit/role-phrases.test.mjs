// A person's role keeps the whole title the text gives ('Russian Security Council Secretary',
// not 'Secretary'), while the name's span stays the name. The sentences and the article are
// invented for these tests; data/role-phrases.json's examples run here too. Runs against
// dist/core.js and dist/cli.js (`node esbuild.mjs` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = createRequire(import.meta.url)(process.env.SOURCED_CORE ? resolve(process.env.SOURCED_CORE) : join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const ARTICLE_FILE = join(REPO, 'test', 'fixtures', 'roles', 'titles.news');
const TABLE = JSON.parse(readFileSync(join(REPO, 'server', 'src', 'analysis', 'data', 'role-phrases.json'), 'utf8'));

/** An article of a headline and `text` as its one paragraph (a lone line reads as a headline). */
const article = (text) => `Harbour talks resume\n\n${text}\n`;

/** The person named `name` in `text`, whose first mention must be exactly the name. */
function person(text, name) {
  const { entities } = core.analyze(article(text), kb);
  const e = entities.find((x) => x.kind === 'person' && x.name === name);
  assert.ok(e, `no person "${name}" in: ${text}\n${entities.map((x) => `${x.kind} ${x.name}`).join('; ')}`);
  assert.equal(e.mentions[0].text, name, 'the mention is the name alone, without its title');
  return e;
}

const CASES = [
  // The whole title before the name, with its organisation, demonym and modifiers.
  ['Russian Security Council Secretary Nikolai Pavlenko said the talks had stalled.', 'Nikolai Pavlenko', 'Russian Security Council Secretary'],
  ['The plan was backed by Deputy Foreign Minister Irina Volkova on Monday.', 'Irina Volkova', 'Deputy Foreign Minister'],
  ['The deal was attacked by former US Treasury Secretary Daniel Marsh.', 'Daniel Marsh', 'former US Treasury Secretary'],
  ['Shares fell after Acme Corp chairman Felix Oduya resigned.', 'Felix Oduya', 'Acme Corp chairman'],
  ['Prime Minister Harriet Lowe said she was pleased.', 'Harriet Lowe', 'Prime Minister'],
  ['They met Conservative MP Lionel Tate at the station.', 'Lionel Tate', 'Conservative MP'],
  ['Talks stalled, said Norway’s Foreign Minister Ivo Larsen.', 'Ivo Larsen', 'Norway’s Foreign Minister'],
  // An appositive's title with the body it serves.
  ['Marta Quill, the chief executive of Acme Corp, said sales rose.', 'Marta Quill', 'chief executive of Acme Corp'],
  // The noun the title words modify ends the appositive.
  ['Dr Ossian Reeve, the port’s chief engineer, said the beams were sound.', 'Ossian Reeve', 'port’s chief engineer'],
  // Not swallowed: a sentence's everyday first word, a dateline, another name, an honorific.
  ['Yesterday Transport Minister Halvor Brekke said the talks would resume.', 'Halvor Brekke', 'Transport Minister'],
  ['BRANVIK (Nordwire) - Health Secretary Amir Doss said lists had fallen.', 'Amir Doss', 'Health Secretary'],
  ['Separately, Harbour Board chairman Osric Pell inspected the pier.', 'Osric Pell', 'Harbour Board chairman'],
  ['The report was sent to Defence Secretary Dr Lena Fahl for comment.', 'Lena Fahl', 'Defence Secretary'],
];

for (const [text, name, role] of CASES) {
  test(`role of ${name}: "${role}"`, () => {
    const e = person(text, name);
    assert.deepEqual(e.roles, [role]);
  });
}

test('another person\'s name ends the title ("Mayor Ada Brill and Councillor ...")', () => {
  const text = 'Mayor Ada Brill and Councillor Rupert Finch opened the new library on Saturday.';
  assert.deepEqual(person(text, 'Rupert Finch').roles, ['Councillor']);
  assert.deepEqual(person(text, 'Ada Brill').roles, ['Mayor']);
});

test('a title-case headline\'s capitalised words are no part of a title', () => {
  const text = 'Ferry Crews Walk Out As Transport Minister Halvor Brekke Warns Of Delays\n\nFerry crews stopped work on Monday. Brekke said the talks would resume.\n';
  const { entities } = core.analyze(text, kb);
  const e = entities.find((x) => x.kind === 'person' && /Brekke/.test(x.name));
  assert.ok(e, entities.map((x) => x.name).join('; '));
  for (const r of e.roles) assert.doesNotMatch(r, /Walk|Out|As /, `role "${r}"`);
});

test('a description matches a role that goes on past its title ("the analyst")', () => {
  const text = 'Ed Marr, an analyst at Brightwater Securities, said prices would rise. The analyst added that demand was strong.';
  const { entities, descriptions } = core.analyze(article(text), kb);
  const marr = entities.find((x) => x.name === 'Ed Marr');
  assert.deepEqual(marr.roles, ['analyst at Brightwater Securities']);
  assert.ok(descriptions.some((d) => d.text === 'The analyst' && d.entity === marr.id), JSON.stringify(descriptions));
});

for (const group of ['modifiers', 'portfolios', 'openers', 'links']) {
  for (const entry of TABLE[group]) {
    test(`role-phrases.json ${group} [${entry.words.join(', ')}]: positive and negative examples`, () => {
      assert.ok(entry.positive && entry.negative, 'each entry has a positive and a negative example');
      assert.deepEqual(person(entry.positive.text, entry.positive.name).roles, [entry.positive.role]);
      const neg = person(entry.negative.text, entry.negative.name).roles;
      assert.deepEqual(neg, [entry.negative.role]);
      // The word the entry is about is in the positive role (an opener: in its sentence, left
      // out of the role) and in no negative role.
      const inRole = (r) => entry.words.some((w) => new RegExp(`(?:^|[\\s-])${w}(?:$|\\s)`, 'i').test(r));
      if (group === 'openers') {
        assert.ok(entry.words.some((w) => new RegExp(`^${w}\\b`, 'i').test(entry.positive.text)), 'the positive example opens with the word');
        assert.ok(!inRole(entry.positive.role));
      } else assert.ok(inRole(entry.positive.role), `none of [${entry.words}] in "${entry.positive.role}"`);
      assert.ok(!neg.some(inRole), `[${entry.words}] in a negative role: ${neg}`);
      assert.ok(entry.words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(entry.negative.text)), 'the negative example holds the word');
    });
  }
}

test('the CLI\'s JSON keeps `roles` an array of strings, now with the whole title', () => {
  const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'analyze', '--format', 'json', '--no-config', ARTICLE_FILE], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const out = JSON.parse(r.stdout);
  const file = Array.isArray(out) ? out[0] : out;
  for (const e of file.entities) {
    assert.ok(Array.isArray(e.roles), `${e.name}: roles is an array`);
    for (const x of e.roles) assert.equal(typeof x, 'string');
  }
  const roles = Object.fromEntries(file.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.roles]));
  assert.deepEqual(roles['Nikolai Pavlenko'], ['Russian Security Council Secretary']);
  assert.deepEqual(roles['Irina Volkova'], ['Deputy Foreign Minister']);
  assert.deepEqual(roles['Daniel Marsh'], ['former US Treasury Secretary']);
  assert.deepEqual(roles['Marta Quill'], ['chief executive of Acme Corp']);
  assert.deepEqual(roles['Amir Doss'], ['Health Secretary']);
  assert.deepEqual(roles['Halvor Brekke'], ['Transport Minister']);
});
