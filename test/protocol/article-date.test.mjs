// Protocol: an article with no date of its own. The hover on a weekday says why it is not
// checked; the quick fix there adds `date:` front matter, after which a wrong weekday is found.
// The article is invented for this test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, find, positionAt, ruleOf } from './harness.mjs';

const ARTICLE = 'Ferry service back after storms\n\nThe ferry service resumed on Friday, March 5 after a week of storms, the operator said.\n';

let s;
before(async () => { s = await startServer({ pull: true }); });
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

test('no article date: the weekday hover says so and a quick fix adds the date as front matter', async () => {
  const uri = await s.open('undated.news', ARTICLE);
  const position = positionAt(ARTICLE, find(ARTICLE, 'Friday', { delta: 2 }));
  assert.equal((await s.diagnostics(uri)).filter((d) => ruleOf(d) === 'weekday-date').length, 0, 'no year, nothing to check yet');

  const hover = await s.request('textDocument/hover', { textDocument: { uri }, position });
  assert.match(hover.contents.value, /No article date found/);
  assert.match(hover.contents.value, /date:/);

  const actions = await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
  const add = actions.find((x) => /Add the article date/.test(x.title));
  assert.ok(add, `actions: ${actions.map((x) => x.title).join(' | ')}`);
  const today = new Date().toISOString().slice(0, 10);
  assert.equal(add.edit.documentChanges[0].edits[0].newText, `---\ndate: ${today}\n---\n\n`);

  // With a date in the year of 5 March 2026 (a Thursday), "Friday, March 5" is wrong.
  await s.applyEdit({ documentChanges: [{ textDocument: { uri, version: add.edit.documentChanges[0].textDocument.version }, edits: [{ ...add.edit.documentChanges[0].edits[0], newText: '---\ndate: 2026-03-04\n---\n\n' }] }] });
  const after = (await s.diagnostics(uri)).filter((d) => ruleOf(d) === 'weekday-date');
  assert.equal(after.length, 1);
  assert.match(after[0].message, /Friday does not match March 5 2026, which was a Thursday/);

  const dated = await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: positionAt(ARTICLE, 0), end: positionAt(ARTICLE, 0) }, context: { diagnostics: [] } });
  assert.ok(!dated.some((x) => /Add the article date/.test(x.title)), 'no offer once the article has a date');
});
