// Protocol: the entity hover gives each person's role as the text writes it, the whole title
// ('Russian Security Council Secretary', not 'Secretary'), through the built server. The
// article is invented (test/fixtures/roles/titles.news, which the unit tests read too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, startServer, find, positionAt, textAt } from './harness.mjs';

const ARTICLE = readFileSync(join(REPO, 'test', 'fixtures', 'roles', 'titles.news'), 'utf8');

let s;
before(async () => { s = await startServer({ pull: true }); });
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

/** The hover at `delta` characters into the first `needle`. */
async function hoverAt(uri, needle, delta) {
  return s.request('textDocument/hover', { textDocument: { uri }, position: positionAt(ARTICLE, find(ARTICLE, needle, { delta })) });
}

/** The roles line of a hover: the roles between its asterisks. */
function rolesOf(markdown) {
  const line = markdown.split('\n').find((l) => l.startsWith('Roles in the text:'));
  assert.ok(line, `no roles line in:\n${markdown}`);
  return line.slice('Roles in the text:'.length).split(';').map((r) => r.trim().replace(/^\*|\*$/g, ''));
}

test('hover on a name gives its whole title; the mention is the name alone', async () => {
  const u = await s.open('roles-hover.news', ARTICLE);
  const cases = [
    ['Nikolai Pavlenko', 'Russian Security Council Secretary'],
    ['Irina Volkova', 'Deputy Foreign Minister'],
    ['Daniel Marsh', 'former US Treasury Secretary'],
    ['Marta Quill', 'chief executive of Acme Corp'],
    ['Amir Doss', 'Health Secretary'],
    ['Halvor Brekke', 'Transport Minister'],
  ];
  for (const [name, role] of cases) {
    const h = await hoverAt(u, name, 2);
    assert.ok(h, `no hover on ${name}`);
    assert.equal(textAt(ARTICLE, h.range), name, 'the hovered span is the name, not the title');
    assert.match(h.contents.value, new RegExp(`\\*\\*${name}\\*\\* — person`));
    assert.deepEqual(rolesOf(h.contents.value), [role], `${name}:\n${h.contents.value}`);
  }
});

test('a later bare surname hovers with the same whole title', async () => {
  const u = await s.open('roles-hover-later.news', ARTICLE);
  const h = await hoverAt(u, 'Pavlenko said the meeting', 2);
  assert.equal(textAt(ARTICLE, h.range), 'Pavlenko');
  assert.deepEqual(rolesOf(h.contents.value), ['Russian Security Council Secretary']);
});

test('the hover lists what a person is cited saying, not their stances (a refusal, backing a plan)', async () => {
  const text = 'Ferry levy splits the council\n\nCouncillor Ann Vale said the ferry levy would pay for the new pier.\n\nVale declined to comment on the cost and backed the harbour board in the vote.\n';
  const u = await s.open('stance-hover.news', text);
  const h = await s.request('textDocument/hover', { textDocument: { uri: u }, position: positionAt(text, find(text, 'Ann Vale', { delta: 2 })) });
  assert.ok(h, 'a hover on the name');
  const said = h.contents.value.split('\n').filter((l) => l.startsWith('- '));
  assert.deepEqual(said.map((l) => l.split(':')[0]), ['- said'], h.contents.value);
});
