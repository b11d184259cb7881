// Protocol: hover and rename where two people share a surname (an invented article). Renaming
// the surname at one person's mention renames that person's mentions and no one else's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, startServer, find, positionAt, textAt } from './harness.mjs';

// The invented article the unit tests use too.
const ARTICLE = readFileSync(join(REPO, 'test', 'fixtures', 'namesakes', 'couple.news'), 'utf8');

let s;
before(async () => { s = await startServer({ pull: true }); });
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

const at = (text, needle, delta) => positionAt(text, find(text, needle, { delta }));

test('hover on a bare surname names the namesake it belongs to', async () => {
  const u = await s.open('namesakes-hover.news', ARTICLE);
  const hover = (needle, delta) => s.request('textDocument/hover', { textDocument: { uri: u }, position: at(ARTICLE, needle, delta) });
  const mrs = await hover('Mrs Pellworth', 6);
  assert.equal(textAt(ARTICLE, mrs.range), 'Pellworth');
  assert.match(mrs.contents.value, /Miriam Pellworth/);
  assert.doesNotMatch(mrs.contents.value, /Gerald/);
  const mr = await hover('Mr Pellworth', 5);
  assert.match(mr.contents.value, /Gerald Pellworth/);
  assert.doesNotMatch(mr.contents.value, /Miriam/);
  const he = await hover('Pellworth said he', 2);
  assert.match(he.contents.value, /Gerald Pellworth/);
});

test('rename at the wife\'s bare surname renames her mentions only', async () => {
  const u = await s.open('namesakes-rename.news', ARTICLE);
  const position = at(ARTICLE, 'Pellworth said she', 2);
  const prep = await s.request('textDocument/prepareRename', { textDocument: { uri: u }, position });
  assert.equal(textAt(ARTICLE, prep.range), 'Pellworth');
  const edit = await s.request('textDocument/rename', { textDocument: { uri: u }, position, newName: 'Pellwood' });
  const edits = edit.documentChanges[0].edits;
  assert.equal(edits.length, 3, 'the full name, "Mrs Pellworth" and "Pellworth said she"');
  assert.ok(edits.every((e) => textAt(ARTICLE, e.range) === 'Pellworth' && e.newText === 'Pellwood'));
  await s.applyEdit(edit);
  const text = s.text(u);
  for (const renamed of ['Miriam Pellwood', 'Mrs Pellwood', 'Pellwood said she']) assert.ok(text.includes(renamed), `${renamed} in:\n${text}`);
  for (const kept of ['Gerald Pellworth', 'Mr Pellworth', 'Pellworth said he']) assert.ok(text.includes(kept), `${kept} in:\n${text}`);
});

test('rename at the husband\'s title-led surname renames his mentions only', async () => {
  const u = await s.open('namesakes-rename-2.news', ARTICLE);
  const position = at(ARTICLE, 'Mr Pellworth', 4);
  const edit = await s.request('textDocument/rename', { textDocument: { uri: u }, position, newName: 'Pellham' });
  assert.equal(edit.documentChanges[0].edits.length, 3, 'the full name, "Mr Pellworth" and "Pellworth said he"');
  await s.applyEdit(edit);
  const text = s.text(u);
  for (const renamed of ['Gerald Pellham', 'Mr Pellham', 'Pellham said he']) assert.ok(text.includes(renamed), `${renamed} in:\n${text}`);
  for (const kept of ['Miriam Pellworth', 'Mrs Pellworth', 'Pellworth said she']) assert.ok(text.includes(kept), `${kept} in:\n${text}`);
  // The references from the renamed husband are his three mentions.
  const refs = await s.request('textDocument/references', { textDocument: { uri: u }, position: positionAt(text, find(text, 'Mr Pellham', { delta: 4 })), context: { includeDeclaration: true } });
  assert.equal(refs.length, 3);
});
