// Protocol: what a workspace's .sourced.yaml and settings decide in the editor — files it
// ignores are not checked, and an annotation made right after opening carries its author.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, find, ruleOf } from './harness.mjs';
import { ARTICLE, FIGURE_SENTENCE } from './article.mjs';

test('a file matching an ignore pattern of .sourced.yaml gets no findings; the others do', async () => {
  const s = await startServer({ pull: true, files: { '.sourced.yaml': 'ignore:\n  - "drafts/**"\n' } });
  try {
    const ignored = await s.open('drafts/notes.news', ARTICLE);
    const checked = await s.open('stories/notes.news', ARTICLE);
    assert.deepEqual(await s.diagnostics(ignored), [], 'drafts/** is ignored');
    const found = await s.diagnostics(checked);
    assert.ok(found.some((d) => ruleOf(d) === 'unsourced-statistic'), `the same article elsewhere is checked: ${found.map(ruleOf)}`);
  } finally {
    assert.equal(await s.stop(), 0, s.stderr);
  }
});

test('an annotation made at once after the document opens records the author from the settings', async () => {
  const s = await startServer({ pull: true, settings: { author: 'Night Editor' } });
  try {
    const uri = await s.open('fresh.news', ARTICLE, { write: true });
    // No diagnostics pulled first: the command arrives while the settings are being read.
    const start = find(ARTICLE, FIGURE_SENTENCE);
    const result = await s.request('workspace/executeCommand', {
      command: 'sourced.server.annotate',
      arguments: [{ uri, motivation: 'assessing', status: 'verified', start, end: start + FIGURE_SENTENCE.length }],
    });
    assert.equal(result.ok, true, JSON.stringify(result));
    const stored = JSON.parse(readFileSync(s.path('.sourced/annotations/fresh.news.json'), 'utf8'));
    assert.equal(stored[0].creator?.name, 'Night Editor');
  } finally {
    assert.equal(await s.stop(), 0, s.stderr);
  }
});
