// No name spans Markdown markup: a mark at the start of a line that only a carriage return
// begins ("…Ibrahim \r# Heading") is masked for the analysis, and a name read up to it stops
// before it. The text is the counterexample the news-like property test (analysis-news.test.mjs) shrank to,
// made of its own generated words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const core = createRequire(import.meta.url)('../../dist/core.js');
const kb = core.loadKnowledge();

test('a name before a carriage return and a Markdown heading mark ends before the mark', () => {
  const text = 'said (Reuters 7 per cent Anwar Ibrahim \r# Heading 7 per cent said ';
  const a = core.analyze(text, kb, { languageId: 'markdown' });
  const mentions = a.entities.flatMap((e) => e.mentions);
  assert.ok(mentions.length > 0);
  for (const m of mentions) {
    assert.equal(m.text, text.slice(m.start, m.end));
    assert.ok(!text.slice(m.start, m.end).includes('#'), `${JSON.stringify(m.text)} reaches over the heading mark`);
  }
  for (const e of a.entities) assert.ok(!e.name.includes('\u0001'), e.name);
});
